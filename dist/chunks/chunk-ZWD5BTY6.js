import { createRequire as __mgpCreateRequire } from 'node:module';
const require = __mgpCreateRequire(import.meta.url);
import {
  CHECK_NAMES,
  alwaysForbiddenRule,
  decisionRank,
  hasDotGitComponent,
  loadPolicy,
  quoteValue
} from "./chunk-M7EAQHFK.js";
import {
  isYamlManifest,
  loadYamlParser,
  regenerateLikeLean
} from "./chunk-3E2C7ZGU.js";
import {
  sha256Hex
} from "./chunk-P25BMAAV.js";
import {
  normaliseLineEndings
} from "./chunk-YXQSOUEQ.js";
import {
  checkDrift
} from "./chunk-IQSXUR46.js";
import {
  agentDirectory,
  declaredBranchPrefixes,
  isAgentAuthored
} from "./chunk-MSBYZGYY.js";

// src/admission/approvals.ts
var DECISIVE_REVIEW_STATES = /* @__PURE__ */ new Set(["APPROVED", "CHANGES_REQUESTED", "DISMISSED"]);
var REVIEW_RECORD_WHY = "a review's text can be edited by anyone with write access, so a record there counts only in an APPROVED review of the head";
var HUMAN_RULES = [
  {
    code: "approval_bot",
    test: (c) => c.userType === "User" ? null : `${c.login} is a ${c.userType || "non-user"} account, not a human`
  },
  {
    code: "approval_self",
    test: (c) => c.login.toLowerCase() === c.q.author.toLowerCase() ? "the PR's author cannot approve their own PR" : null
  },
  { code: "approval_agent", test: (c) => c.q.agents.isAgentLogin(c.login) ? `${c.login} is an agent account` : null }
];
var MEMBERSHIP_RULES = [
  {
    code: "pool_unverifiable",
    test: (c) => c.membership().member.length > 0 || !c.membership().unverifiable ? null : c.membership().why
  },
  { code: "pool_not_member", test: (c) => c.membership().member.length > 0 ? null : c.membership().why }
];
var REVIEW_RULES = [
  { code: "review_superseded", test: (c) => c.superseded ? `superseded by a later ${c.superseded} review from the same reviewer` : null },
  {
    code: "approval_stale",
    test: (c) => c.review.commit_id === c.q.headSha ? null : `approved ${short(c.review.commit_id)}, not the current head ${short(c.q.headSha)}`
  },
  ...HUMAN_RULES,
  ...MEMBERSHIP_RULES
];
var RECORD_RULES = [
  {
    code: "record_unparsable",
    test: (c) => isObject(c.record) && c.record.unparsable === true ? `the agent-approval block is not valid JSON (${String(c.record.error)})` : null
  },
  { code: "record_edited", test: (c) => c.facts.edited ? "edited after it was posted; an edited approval record never counts" : null },
  // A record in a review's text counts only inside the reviewer's own, still standing APPROVED
  // review of the head: anyone with write access can edit review text, not its state or commit.
  {
    code: "record_review_dismissed",
    test: (c) => inReview(c) && reviewState(c) === "DISMISSED" ? `in a dismissed review; ${REVIEW_RECORD_WHY}` : null
  },
  {
    code: "record_review_not_approved",
    test: (c) => {
      const state = reviewState(c);
      if (!inReview(c) || state === "APPROVED") return null;
      return `in ${state === null ? "a review GitHub gave no state for" : `a ${state} review`}, not an APPROVED review; ${REVIEW_RECORD_WHY}`;
    }
  },
  {
    code: "record_review_stale",
    test: (c) => inReview(c) && c.facts.review?.commit_id !== c.q.headSha ? `in a review of ${short(c.facts.review?.commit_id ?? null)}, not the head ${short(c.q.headSha)}` : null
  },
  {
    code: "record_review_withdrawn",
    test: (c) => {
      const last = inReview(c) ? c.latest.get(c.login.toLowerCase()) : void 0;
      return last !== void 0 && last !== "APPROVED" ? `withdrawn by a later ${last} review from the same reviewer` : null;
    }
  },
  ...HUMAN_RULES,
  {
    code: "record_approver_mismatch",
    test: (c) => c.approverId.toLowerCase() === c.login.toLowerCase() ? null : `names approver "${c.approverId}" but was posted by ${c.login}`
  },
  { code: "record_unbound", test: (c) => c.commitId === null ? "not bound to a commit: the record has no scope.head_sha" : null },
  {
    code: "record_pool_unknown",
    test: (c) => c.pool !== null && c.q.pools.includes(c.pool) ? null : `names reviewer pool "${c.pool ?? ""}", which is not one of this workflow's pools (${list(c.q.pools)})`
  },
  ...MEMBERSHIP_RULES,
  {
    code: "record_invalid",
    test: (c) => {
      const verdict = c.q.validateRecord(c.record);
      return verdict.valid ? null : `the record is not a valid approval: ${verdict.problems.join("; ") || "rejected by the evaluator"}`;
    }
  }
];
var APPROVAL_COUNTED = "approval_counted";
function firstFailure(rules, ctx) {
  for (const rule of rules) {
    const why = rule.test(ctx);
    if (why !== null) return { code: rule.code, why };
  }
  return null;
}
function countApprovals(q) {
  const latest = latestDecisiveStates(q.reviews);
  const counted = [];
  const rows = [];
  for (const { review, superseded } of approvedReviews(q.reviews, latest)) {
    const row = reviewRow(q, review, superseded, latest);
    rows.push(row.row);
    if (row.row.counted) counted.push(row);
  }
  for (const facts of q.records) {
    const row = recordRow(q, facts, latest);
    rows.push(row.row);
    if (row.row.counted) counted.push(row);
  }
  return assignPools(q, rows, counted);
}
function candidate(q, login, userType, latest, eligiblePools) {
  let looked = null;
  return { q, login, userType, latest, eligiblePools, membership: () => looked ??= memberPools(q, login, eligiblePools) };
}
function reviewRow(q, review, superseded, latest) {
  const c = { ...candidate(q, review.login, review.user_type, latest, q.pools), review, superseded };
  const row = {
    source: "review",
    login: review.login,
    reviewer_pool: null,
    commit_id: review.commit_id,
    counted: false,
    code: "",
    reason: ""
  };
  const failure = firstFailure(REVIEW_RULES, c);
  if (failure) return { row: { ...row, code: failure.code, reason: failure.why }, pools: [] };
  const member = c.membership().member;
  return {
    row: {
      ...row,
      reviewer_pool: member[0],
      counted: true,
      code: APPROVAL_COUNTED,
      reason: `APPROVED on the head commit by a member of ${member.map((p) => `"${p}"`).join(", ")}`
    },
    pools: member
  };
}
function recordRow(q, facts, latest) {
  const record = facts.record;
  const approver = isObject(record) && isObject(record.approver) ? record.approver : {};
  const scope = isObject(record) && isObject(record.scope) ? record.scope : {};
  const pool = typeof approver.reviewer_pool === "string" ? approver.reviewer_pool : null;
  const commitId = typeof scope.head_sha === "string" ? scope.head_sha : null;
  const eligible = pool !== null && q.pools.includes(pool) ? [pool] : [];
  const c = {
    ...candidate(q, facts.login, facts.user_type, latest, eligible),
    facts,
    record,
    approverId: typeof approver.id === "string" ? approver.id : "",
    pool,
    commitId
  };
  const row = {
    source: facts.source === "cli" ? "cli_record" : "approval_record",
    login: facts.login,
    reviewer_pool: pool,
    commit_id: commitId,
    counted: false,
    code: "",
    reason: ""
  };
  const failure = firstFailure(RECORD_RULES, c);
  if (failure) return { row: { ...row, code: failure.code, reason: failure.why }, pools: [] };
  const id = typeof record.approval_id === "string" ? ` ${record.approval_id}` : "";
  return {
    row: {
      ...row,
      counted: true,
      code: APPROVAL_COUNTED,
      reason: `typed approval record${id} by a member of "${pool}", bound to ${short(commitId)}`
    },
    pools: [pool]
  };
}
function assignPools(q, rows, counted) {
  const qualified = /* @__PURE__ */ new Map();
  for (const { row, pools } of counted) {
    const key = row.login.toLowerCase();
    const entry = qualified.get(key) ?? { pools: /* @__PURE__ */ new Set(), rows: [] };
    pools.forEach((p) => entry.pools.add(p));
    entry.rows.push(row);
    qualified.set(key, entry);
  }
  if (q.pools.length === 0) {
    return { rows, satisfied: false, missing_pools: [], problem: "The workflow lists no reviewer pools, so no approval can count." };
  }
  const people = [...qualified.values()];
  if (q.rule === "any") {
    return { rows, satisfied: people.length > 0, missing_pools: people.length > 0 ? [] : [...q.pools], problem: null };
  }
  const assignment = matchPools(
    q.pools,
    people.map((p) => p.pools)
  );
  people.forEach((person, i) => {
    const pool = assignment.byPerson[i];
    if (pool === void 0) return;
    const row = person.rows.find((r) => r.source === "review" || r.reviewer_pool === pool) ?? person.rows[0];
    row.reviewer_pool = pool;
  });
  const missing = q.pools.filter((p) => !assignment.covered.has(p));
  return { rows, satisfied: missing.length === 0, missing_pools: missing, problem: null };
}
function inReview(c) {
  return c.facts.source === "review";
}
function reviewState(c) {
  return c.facts.review?.state.toUpperCase() ?? null;
}
function latestDecisiveStates(reviews) {
  const order = reviews.map((r, i) => ({ r, i })).filter(({ r }) => DECISIVE_REVIEW_STATES.has(r.state.toUpperCase()));
  order.sort((a, b) => (a.r.submitted_at ?? "").localeCompare(b.r.submitted_at ?? "") || a.i - b.i);
  const last = /* @__PURE__ */ new Map();
  for (const { r } of order) last.set(r.login.toLowerCase(), r.state.toUpperCase());
  return last;
}
function approvedReviews(reviews, latest) {
  return reviews.filter((r) => r.state.toUpperCase() === "APPROVED").sort((a, b) => (a.submitted_at ?? "").localeCompare(b.submitted_at ?? "")).map((r) => {
    const last = latest.get(r.login.toLowerCase());
    return { review: r, superseded: last === "APPROVED" ? null : last };
  });
}
function memberPools(q, login, pools) {
  const lower = login.toLowerCase();
  const stateIn = (pool) => {
    const members = q.membership[pool] ?? {};
    const key = Object.keys(members).find((k) => k.toLowerCase() === lower);
    return key === void 0 ? "not_member" : members[key];
  };
  const member = pools.filter((p) => stateIn(p) === "member");
  const unverifiable = pools.filter((p) => stateIn(p) === "unverifiable");
  const why = unverifiable.length > 0 ? `membership of ${login} in ${list(unverifiable)} could not be verified, so it is not counted` : `${login} is not a member of ${pools.length === 1 ? "reviewer pool" : "any reviewer pool of this workflow"} ${list(pools)}`;
  return { member, unverifiable: unverifiable.length > 0, why };
}
function matchPools(pools, personPools) {
  const owner = /* @__PURE__ */ new Map();
  const tryAssign = (person, seen) => {
    for (const pool of pools) {
      if (!personPools[person].has(pool) || seen.has(pool)) continue;
      seen.add(pool);
      const current = owner.get(pool);
      if (current === void 0 || tryAssign(current, seen)) {
        owner.set(pool, person);
        return true;
      }
    }
    return false;
  };
  personPools.forEach((_, i) => tryAssign(i, /* @__PURE__ */ new Set()));
  const byPerson = personPools.map(() => void 0);
  for (const [pool, person] of owner) byPerson[person] = pool;
  return { byPerson, covered: new Set(owner.keys()) };
}
function list(pools) {
  return pools.length === 0 ? "(none)" : pools.map((p) => `"${p}"`).join(", ");
}
function short(sha) {
  return sha === null ? "(no commit)" : sha.slice(0, 7);
}
function isObject(v) {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}

// src/admission/built-in-rules.ts
var SYMLINK = "120000";
var SUBMODULE = "160000";
function builtInRules(manifestPath, packPath) {
  const always = alwaysForbiddenRule([manifestPath], [packPath]);
  return {
    pathVerdict(raw) {
      if (raw.trim() === "") return { verdict: "invalid", rule: "a path of only white space" };
      if (hasDotGitComponent(raw)) return { verdict: "invalid", rule: 'a ".git" component' };
      const v = always(raw);
      return v === null ? null : { verdict: "always_forbidden", rule: v.rule };
    },
    modeVerdict(file) {
      if (file.mode === SYMLINK || file.previous_mode === SYMLINK) return { verdict: "symlink", rule: "symlink (mode 120000)" };
      if (file.mode === SUBMODULE || file.previous_mode === SUBMODULE) return { verdict: "submodule", rule: "submodule (mode 160000)" };
      return null;
    }
  };
}
function executableChanged(file) {
  if (file.mode === null) return false;
  return file.mode === "100755" !== (file.previous_mode === "100755");
}

// src/admission/engine.ts
function checkOutcome(d, check) {
  return d.evidence.checks[check] ?? "skip";
}
function engineReasons(d) {
  return d.evidence.reasons;
}
function pathsJudged(d, reasons) {
  const refused = d.evidence.paths.filter((p) => p.verdict !== "allowed");
  const out = /* @__PURE__ */ new Map();
  reasons.filter((r) => r.check === "path_scope").forEach((r, i) => {
    const p = refused[i];
    if (p !== void 0) out.set(r, p.path);
  });
  return out;
}

// src/admission/identify.ts
var TRAILER_ID = /^[A-Za-z0-9][A-Za-z0-9._:/@+-]{0,199}$/;
var TRAILER_ID_CHARS = "letters, digits and . _ : / @ + - (at most 200)";
function trailerValues(body, key) {
  const re = new RegExp(`^[ \\t]*${key}[ \\t]*:[ \\t]*(\\S+)[ \\t]*$`, "gim");
  return [...body.replace(/\r\n?/g, "\n").matchAll(re)].map((m) => m[1]);
}
function workflowFromBranch(branch, prefixes, declared) {
  const found = /* @__PURE__ */ new Set();
  for (const prefix of prefixes) {
    if (prefix === "" || !branch.startsWith(prefix)) continue;
    const rest = branch.slice(prefix.length);
    const slash = rest.indexOf("/");
    if (slash > 0 && declared.has(rest.slice(0, slash))) found.add(rest.slice(0, slash));
  }
  return [...found];
}
var WORKFLOW_SOURCES = ["input", "branch", "trailer"];
var DEFAULT_WORKFLOW_FROM = ["input", "branch"];
function parseWorkflowFrom(raw) {
  const values = raw.split(/[\s,]+/).filter(Boolean);
  if (values.length === 0) return [...DEFAULT_WORKFLOW_FROM];
  for (const v of values) {
    if (!WORKFLOW_SOURCES.includes(v))
      throw new Error(`"${v}" is not a workflow source; valid values: ${WORKFLOW_SOURCES.join(", ")}`);
  }
  return [...new Set(values)];
}
function resolveWorkflow(configured, branch, body, prefixes, declared, options = {}) {
  const from = options.from ?? DEFAULT_WORKFLOW_FROM;
  const words = options.local ? LOCAL_WORDS : ACTION_WORDS;
  const all = [
    ...configured ? [{ source: "input", value: configured }] : [],
    ...workflowFromBranch(branch, prefixes, declared).map((value) => ({ source: "branch", value })),
    ...trailerValues(body, "Workflow-Id").map((value) => ({ source: "trailer", value }))
  ];
  const sources = all.filter((s) => from.includes(s.source));
  const ignored = all.filter((s) => !from.includes(s.source));
  const unsafe = sources.find((s) => s.source === "trailer" && !TRAILER_ID.test(s.value));
  if (unsafe)
    return {
      workflow_id: null,
      sources,
      ignored,
      code: "workflow_trailer_invalid",
      problem: `The Workflow-Id trailer ${quoteValue(unsafe.value)} is not a workflow id: it may hold ${TRAILER_ID_CHARS}.`
    };
  const distinct = [...new Set(sources.map((s) => s.value))];
  if (distinct.length === 1) return { workflow_id: distinct[0], sources, ignored, problem: null, code: null };
  if (distinct.length === 0) {
    const ways = from.map((f) => words.ways[f]).join(", or ");
    return { workflow_id: null, sources, ignored, code: "workflow_unresolved", problem: `No workflow id: ${ways}.` };
  }
  return {
    workflow_id: null,
    sources,
    ignored,
    code: "workflow_sources_disagree",
    problem: `The workflow id sources disagree: ${sources.map((s) => `${words.names[s.source]} says "${s.value}"`).join(", ")}.`
  };
}
var ACTION_WORDS = {
  ways: {
    input: "set the `workflow-id` input",
    branch: "name the branch `<prefix><workflow_id>/\u2026`",
    trailer: "add a `Workflow-Id: <id>` trailer to the PR description"
  },
  names: { input: "the workflow-id input", branch: "the branch name", trailer: "a Workflow-Id trailer" }
};
var LOCAL_WORDS = {
  ways: {
    input: "pass `--workflow-id <id>`",
    branch: "name the branch `<prefix><workflow_id>/\u2026` (or pass it with `--branch`)",
    trailer: "add a `Workflow-Id: <id>` trailer to the head commit message"
  },
  names: { input: "--workflow-id", branch: "the branch name", trailer: "a Workflow-Id trailer" }
};
function resolveRunId(configured, body, prNumber, headSha) {
  if (configured) return configured;
  const trailer = trailerValues(body, "Run-Id")[0];
  if (trailer !== void 0) return trailer;
  return prNumber > 0 ? `pr-${prNumber}-${headSha}` : `local-${headSha}`;
}
function runIdTrailerProblem(configured, body) {
  if (configured) return null;
  const trailer = trailerValues(body, "Run-Id")[0];
  if (trailer === void 0 || TRAILER_ID.test(trailer)) return null;
  return `The Run-Id trailer ${quoteValue(trailer)} is not a run id: it may hold ${TRAILER_ID_CHARS}.`;
}

// src/admission/reasons.ts
var ADMISSION_CODES = {
  base_policy: [
    "input_incomplete",
    "base_unreadable",
    "base_pack_missing",
    "pack_unusable",
    "pack_pin_mismatch",
    "base_manifest_missing",
    "manifest_invalid",
    "pack_drift"
  ],
  kill_switch: ["kill_signal_set", "kill_label"],
  agent: ["agent_bot_unknown"],
  workflow: ["workflow_unresolved", "workflow_sources_disagree", "workflow_trailer_invalid"],
  run_id: ["run_id_trailer_invalid"],
  pr_label: ["label_missing"],
  open_prs: ["open_pr_cap", "open_prs_unknown"],
  changed_files: ["files_incomplete"],
  built_in_paths: ["always_forbidden", "symlink", "submodule", "path_invalid"],
  previous_paths: ["previous_path_refused"],
  pre_merge: ["same_as_earlier_gates"],
  class_review: ["class_approval_missing"],
  approvals: ["approval_missing", "approval_pools_none"],
  policy_change: ["policy_widened_unapproved", "policy_widening"],
  admission: ["admission_error"]
};
function reason(check, code, message) {
  return { check, code, message };
}
function isAdmissionReason(r) {
  return Object.prototype.hasOwnProperty.call(ADMISSION_CODES, r.check) && ADMISSION_CODES[r.check].includes(r.code);
}

// src/admission/next-steps.ts
var fixBase = (_r, { input }) => `Fix the policy on the base branch first (the pack ${input.base.pack_path} must be what the manifest ${input.base.manifest_path} generates): run \`mcp-gateway-policy check\`, regenerate if needed, and merge that before this PR.`;
var clearKill = () => "A kill signal stopped this session: a maintainer investigates and clears the signal (or removes the kill label) before any agent work resumes.";
var useAdmittedWorkflow = () => "The workflow, agent or branch is not admitted by the pack (see the admission violations): use a workflow that allows this agent on this branch.";
var nameWorkflow = (_r, { input }) => input.context.surface === "local" ? "Name exactly one workflow: `--workflow-id <id>`, or the branch `<prefix><workflow_id>/\u2026` (`--branch`), agreeing." : "Name exactly one workflow: the `workflow-id` input or the branch `<prefix><workflow_id>/\u2026`, agreeing (a `Workflow-Id: <id>` trailer counts only where `workflow-from` allows it).";
var addLabel = (_r, { requiredLabel }) => requiredLabel ? `Add the label "${requiredLabel}" to the pull request.` : null;
var waitForOlder = () => "Wait until older agent pull requests are merged or closed; the check re-runs on the next event.";
var removeOffending = (_r, { result }) => {
  const offending = result.paths.filter((p) => p.verdict !== "allowed" && p.verdict !== "unchecked").map((p) => p.path);
  if (offending.length === 0) return null;
  return `Remove the changes to ${offending.length} path(s) the policy does not allow: ${offending.slice(0, 5).join(", ")}${offending.length > 5 ? ", \u2026" : ""}.`;
};
var split = (_r, { result }) => {
  const { files, diff_lines } = result.limits;
  const over = files.max !== null && files.used > files.max || diff_lines.max !== null && diff_lines.used > diff_lines.max;
  return over ? `Split the change: it has ${files.used} files and ${diff_lines.used} changed lines; the limits are ${files.max ?? "none"} files and ${diff_lines.max ?? "none"} lines.` : null;
};
var rerun = () => "Re-run the check; if the change list cannot be read, run it where the repository history is available.";
var asStated = (r) => r.message;
var NEXT_STEPS = {
  input_incomplete: fixBase,
  base_unreadable: fixBase,
  base_pack_missing: fixBase,
  pack_unusable: fixBase,
  pack_pin_mismatch: fixBase,
  base_manifest_missing: fixBase,
  manifest_invalid: fixBase,
  pack_drift: fixBase,
  kill_signal_set: clearKill,
  kill_label: clearKill,
  agent_bot_unknown: useAdmittedWorkflow,
  workflow_unresolved: nameWorkflow,
  workflow_sources_disagree: nameWorkflow,
  workflow_trailer_invalid: useAdmittedWorkflow,
  run_id_trailer_invalid: useAdmittedWorkflow,
  label_missing: addLabel,
  open_pr_cap: waitForOlder,
  open_prs_unknown: useAdmittedWorkflow,
  files_incomplete: rerun,
  always_forbidden: removeOffending,
  symlink: removeOffending,
  submodule: removeOffending,
  path_invalid: removeOffending,
  previous_path_refused: removeOffending,
  same_as_earlier_gates: null,
  class_approval_missing: asStated,
  approval_missing: asStated,
  approval_pools_none: asStated,
  // The policy change adds its own step (src/admission/policy-change.ts).
  policy_widened_unapproved: null,
  policy_widening: null,
  admission_error: null
};
var ENGINE_STEPS = {
  trust: () => fixBase,
  kill: () => clearKill,
  admission: () => useAdmittedWorkflow,
  write: (check) => check === "path_scope" ? removeOffending : split,
  pre_merge: () => asStated
};
var ENGINE_CHECKS = new Set(CHECK_NAMES);
function stepFor(gate2, r) {
  if (isAdmissionReason(r)) return NEXT_STEPS[r.code];
  return ENGINE_CHECKS.has(r.check) ? ENGINE_STEPS[gate2](r.check) : null;
}
function nextSteps(result, c) {
  const ctx = { ...c, result };
  const steps = [];
  for (const g of result.gates) {
    if (g.decision === "not_applicable" || decisionRank(g.decision) === 3) continue;
    if (g.gate === "pre_merge" && !(g.decision === "hold_for_approval" && result.decision === "hold_for_approval")) continue;
    for (const r of g.reasons) {
      const step = stepFor(g.gate, r)?.(r, ctx);
      if (step) steps.push(step);
    }
  }
  return [...new Set(steps)];
}

// src/admission/admit.ts
async function admitLean(input) {
  return admit(input, { parseYaml: admissionNeedsYaml(input) ? await loadYamlParser() : void 0 });
}
function admissionNeedsYaml(input) {
  const base = input.base;
  if (base.manifest_text === null || base.pack_text === null) return false;
  return isYamlManifest(base.manifest_text, driftManifestPath(base.pack_text, base.manifest_path));
}
function admit(input, options = {}) {
  try {
    return runAdmission(input, options);
  } catch (err) {
    const result = skeleton(input);
    const r = reason(
      "admission",
      "admission_error",
      `The admission check failed before reaching a decision: ${err?.message ?? String(err)}`
    );
    result.violations.push(r.message);
    result.reasons.push(r);
    result.summary = `deny: ${r.message}`;
    return result;
  }
}
var NO_PATH = "\0";
var SAME_REASONS = "Refused for the same reasons as the earlier gates.";
var WRITE_CHECK_NAMES = ["changed_paths", "diff_line_count", "path_scope"];
var WRITE_CHECKS = new Set(WRITE_CHECK_NAMES);
var VERDICT_SEVERITY = {
  always_forbidden: 0,
  symlink: 1,
  submodule: 2,
  invalid: 3,
  forbidden: 4,
  not_allowed: 5,
  unchecked: 6,
  allowed: 7
};
var BUILT_IN_CODE = {
  always_forbidden: "always_forbidden",
  symlink: "symlink",
  submodule: "submodule",
  invalid: "path_invalid"
};
var ADMISSION_GATES = [
  { name: "trust", run: trustGate },
  { name: "applicability", run: applicability },
  { name: "identity", run: identify },
  { name: "kill", run: killGate },
  { name: "admission", run: admissionGate },
  { name: "write", run: writeGate },
  { name: "pre_merge", run: preMergeGate }
];
function runAdmission(input, options) {
  const ctx = newContext(input, options);
  for (const g of ADMISSION_GATES) {
    const flow = g.run(ctx);
    if (flow === "stop") return ctx.result;
    if (flow === "conclude") break;
  }
  return conclude(ctx);
}
function newContext(input, options) {
  const killLabel = input.pr.labels.find((l) => l.toLowerCase() === input.config.kill_label.toLowerCase());
  const kill = input.config.kill_signal !== null ? {
    signal: input.config.kill_signal,
    why: reason("kill_switch", "kill_signal_set", `The kill signal "${input.config.kill_signal}" is set.`)
  } : killLabel !== void 0 ? { signal: `label:${killLabel}`, why: reason("kill_switch", "kill_label", `The PR carries the kill label "${killLabel}".`) } : null;
  return {
    input,
    parseYaml: options.parseYaml,
    result: skeleton(input),
    agents: agentDirectory(input.config.agents),
    local: input.context.surface === "local",
    policy: null,
    trust: null,
    prefixes: [],
    kill,
    loginClass: null,
    explicitClass: input.config.agent_class?.trim() || null,
    identity: [],
    wf: void 0,
    evaluate: () => {
      throw new Error("no trusted policy to evaluate against");
    },
    main: null
  };
}
function skeleton(input) {
  const pr = input.pr;
  return {
    decision: "deny",
    summary: "",
    workflow_id: null,
    agent_class: null,
    agent_login: pr.author.login || null,
    run_id: null,
    repository: input.context.repository,
    pull_request: {
      number: pr.number,
      title: pr.title,
      url: pr.url,
      author: pr.author.login,
      head_ref: pr.head_ref,
      base_ref: pr.base_ref,
      labels: [...pr.labels]
    },
    head_sha: pr.head_sha || null,
    base_sha: pr.base_sha || null,
    ...input.context.resolved_refs ? { resolved_refs: input.context.resolved_refs } : {},
    event_name: input.context.event_name,
    github_run_id: input.context.github_run_id,
    github_run_attempt: input.context.github_run_attempt,
    policy_id: null,
    pack_path: input.base.pack_path,
    manifest_path: input.base.manifest_path,
    pack_sha256: input.base.pack_text === null ? null : sha256Hex(input.base.pack_text),
    manifest_sha256: input.base.manifest_text === null ? null : sha256Hex(normaliseLineEndings(input.base.manifest_text)),
    evaluated_at: input.context.now,
    gates: [],
    limits: { files: { used: input.files?.length ?? 0, max: null }, diff_lines: { used: diffLines(input), max: null }, open_prs: null },
    paths: [],
    approvals: [],
    violations: [],
    reasons: [],
    next_steps: [],
    notes: [...input.context.notes]
  };
}
function diffLines(input) {
  return (input.files ?? []).reduce((n, f) => n + f.additions + f.deletions, 0);
}
function gate(name, decision, reasons, evaluation = null, request = evaluation?.request ?? null) {
  return { gate: name, decision, request, evaluation: evaluation?.decision ?? null, violations: reasons.map((r) => r.message), reasons };
}
function trustGate(ctx) {
  const { input } = ctx;
  const { base } = input;
  const reasons = (input.problems ?? []).map((p) => reason("base_policy", "input_incomplete", p));
  if (base.problem) reasons.push(reason("base_policy", "base_unreadable", base.problem));
  if (base.pack_text === null) {
    if (!base.problem) reasons.push(reason("base_policy", "base_pack_missing", `The base commit has no pack at ${base.pack_path}.`));
  } else {
    const loaded = loadBasePack(input, base.pack_text);
    if ("policy" in loaded) {
      ctx.policy = loaded.policy;
      ctx.result.policy_id = loaded.policy.policyId;
    } else reasons.push(loaded.reason);
  }
  if (base.manifest_text === null) {
    if (!base.problem)
      reasons.push(reason("base_policy", "base_manifest_missing", `The base commit has no manifest at ${base.manifest_path}.`));
  } else if (base.pack_text !== null) {
    const drift = driftOf(base.manifest_text, base.pack_text, base.manifest_path, base.pack_path, ctx.parseYaml);
    if (drift) reasons.push(drift);
  }
  ctx.trust = gate("trust", reasons.length > 0 ? "deny" : "allow", reasons);
  ctx.prefixes = ctx.policy ? declaredBranchPrefixes(ctx.policy.pack) : [];
  return "next";
}
function loadBasePack(input, packText) {
  const { base, config } = input;
  const options = {
    ...config.trusted_keys ? { trustedKeys: config.trusted_keys } : {},
    ...base.pack_path ? { packPath: base.pack_path } : {},
    ...base.manifest_path ? { manifestPath: base.manifest_path } : {}
  };
  try {
    return {
      policy: loadPolicy(packText, { ...config.expect_pack_sha256 ? { expectPackSha256: config.expect_pack_sha256 } : {}, ...options })
    };
  } catch (err) {
    const message = `The base pack ${base.pack_path} cannot be used: ${err.message}`;
    return {
      reason: reason(
        "base_policy",
        config.expect_pack_sha256 && loadsUnpinned(packText, options) ? "pack_pin_mismatch" : "pack_unusable",
        message
      )
    };
  }
}
function loadsUnpinned(packText, options) {
  try {
    loadPolicy(packText, options);
    return true;
  } catch {
    return false;
  }
}
function applicability(ctx) {
  const { input, result } = ctx;
  const author = input.pr.author;
  ctx.loginClass = author.login ? ctx.agents.classOf(author.login, author.type) : null;
  if (!isAgentAuthored(ctx.prefixes, ctx.agents, input.pr.head_ref, author) && ctx.explicitClass === null) {
    if (ctx.policy !== null) {
      result.decision = "not_applicable";
      result.summary = `Not an agent-authored pull request (branch ${input.pr.head_ref || "(none)"}, author ${author.login || "(unknown)"}): nothing to check.`;
      result.notes.push(...ctx.trust.violations.map((v) => `Not checked for this PR, but true of the base: ${v}`));
      return "stop";
    }
    result.notes.push(
      "Agent branches are recognised by the prefixes the pack declares; without a usable pack this PR cannot be told apart from an agent PR, so the check fails closed."
    );
  }
  result.gates.push(ctx.trust);
  if (ctx.trust.decision !== "allow" || ctx.policy === null) {
    if (ctx.kill !== null) result.gates.push(gate("kill", "kill_session", [ctx.kill.why]));
    return "conclude";
  }
  return "next";
}
function identify(ctx) {
  const { input, result } = ctx;
  const policy = ctx.policy;
  const author = input.pr.author;
  const agentClass = ctx.explicitClass ?? ctx.loginClass;
  result.agent_class = agentClass;
  if (ctx.loginClass === null && ctx.explicitClass === null && author.type === "Bot") {
    const how = ctx.local ? "name its agent class with `--agent-class <class>`" : "map it to an agent class with the `agents` input";
    ctx.identity.push(
      reason("agent", "agent_bot_unknown", `The author ${author.login} is a bot on an agent branch but is not a known agent: ${how}.`)
    );
  }
  const declared = new Set(policy.workflowIds());
  const workflow = resolveWorkflow(input.config.workflow_id, input.pr.head_ref, input.pr.body, ctx.prefixes, declared, {
    from: input.config.workflow_from,
    local: ctx.local
  });
  if (workflow.problem !== null) ctx.identity.push(reason("workflow", workflow.code, workflow.problem));
  for (const s of workflow.ignored) {
    result.notes.push(
      `A Workflow-Id trailer names ${quoteValue(s.value)}; it was not consulted, because workflow-from (${(input.config.workflow_from ?? DEFAULT_WORKFLOW_FROM).join(", ")}) does not allow trailers.`
    );
  }
  result.workflow_id = workflow.workflow_id;
  const runId = resolveRunId(input.config.run_id, input.pr.body, input.pr.number, input.pr.head_sha);
  const runIdProblem = runIdTrailerProblem(input.config.run_id, input.pr.body);
  if (runIdProblem !== null) ctx.identity.push(reason("run_id", "run_id_trailer_invalid", runIdProblem));
  result.run_id = runIdProblem === null ? runId : null;
  ctx.wf = workflow.workflow_id === null ? void 0 : policy.workflow(workflow.workflow_id);
  if (ctx.wf) {
    result.limits.files.max = ctx.wf.change_scope.max_changed_files;
    result.limits.diff_lines.max = ctx.wf.change_scope.max_diff_lines;
  }
  const files = input.files ?? [];
  const baseRequest = {
    workflow_id: workflow.workflow_id,
    agent_id: author.login || agentClass || "",
    ...agentClass !== null ? { agent_class: agentClass } : {},
    run_id: runId,
    tool_namespace: input.config.tool_namespace,
    tool_access_mode: "write_branch",
    branch_name: input.pr.head_ref,
    changed_paths: files.map((f) => f.path),
    diff_line_count: diffLines(input),
    head_sha: input.pr.head_sha,
    ...input.config.change_class ? { change_class: input.config.change_class } : {}
  };
  const now = input.context.now;
  ctx.evaluate = (extra) => {
    const request = { ...baseRequest, ...extra };
    return { request, decision: policy.evaluate(request, { now }) };
  };
  return "next";
}
function killGate(ctx) {
  if (ctx.kill === null) {
    ctx.result.gates.push(gate("kill", "allow", []));
    return "next";
  }
  const k = ctx.evaluate({ gate_phase: "admission", runtime_kill_signal: ctx.kill.signal });
  ctx.result.gates.push(gate("kill", k.decision.decision, [ctx.kill.why, ...engineReasons(k.decision)], k));
  return "next";
}
function admissionGate(ctx) {
  const main = ctx.evaluate({ gate_phase: "admission" });
  ctx.main = main;
  const reasons = [...ctx.identity, ...engineReasons(main.decision).filter((r) => !WRITE_CHECKS.has(r.check)), ...prChecks(ctx)];
  ctx.result.gates.push(gate("admission", reasons.length > 0 ? "deny" : "allow", reasons, main));
  return "next";
}
function prChecks(ctx) {
  const { input, wf, result } = ctx;
  if (!wf) return [];
  const reasons = [];
  const label = wf.dispatch.required_pr_label;
  if (label && !input.pr.labels.some((l) => l.toLowerCase() === label.toLowerCase()))
    reasons.push(reason("pr_label", "label_missing", `The PR lacks the required label "${label}".`));
  const cap = wf.dispatch.max_open_prs_per_repo;
  if (input.open_agent_prs === null) {
    reasons.push(
      reason("open_prs", "open_prs_unknown", "The open agent pull requests could not be listed, so the open-PR cap cannot be checked.")
    );
    result.limits.open_prs = { used: 0, max: cap };
  } else {
    const open = [.../* @__PURE__ */ new Set([...input.open_agent_prs, input.pr.number])].sort((a, b) => a - b);
    result.limits.open_prs = { used: open.length, max: cap };
    const position = open.indexOf(input.pr.number) + 1;
    if (cap !== null && position > cap) {
      reasons.push(
        reason(
          "open_prs",
          "open_pr_cap",
          `This is open agent PR number ${position} (oldest first) and the cap is ${cap}: the ${cap} oldest pass, newer ones wait.`
        )
      );
    }
  }
  return reasons;
}
function writeGate(ctx) {
  const { input, result } = ctx;
  const main = ctx.main;
  const files = input.files ?? [];
  const writeChecked = WRITE_CHECK_NAMES.some((c) => checkOutcome(main.decision, c) !== "skip");
  const renamed = files.filter((f) => f.previous_path !== null);
  const previous = renamed.length > 0 && writeChecked ? ctx.evaluate({ gate_phase: "admission", changed_paths: renamed.map((f) => f.previous_path), diff_line_count: 0 }) : null;
  const rows = pathRows(
    files,
    main.decision,
    previous?.decision ?? null,
    builtInRules(input.base.manifest_path, input.base.pack_path),
    writeChecked
  );
  result.paths = rows.rows;
  const namedByBuiltIn = new Set(rows.builtInPaths);
  const mainReasons = engineReasons(main.decision);
  const pathOf = pathsJudged(main.decision, mainReasons);
  const engineWrite = mainReasons.filter((r) => WRITE_CHECKS.has(r.check) && !namedByBuiltIn.has(pathOf.get(r) ?? NO_PATH));
  const previousReasons = [];
  if (previous) {
    const previousOf = pathsJudged(previous.decision, engineReasons(previous.decision));
    for (const [r, path] of previousOf) {
      if (!namedByBuiltIn.has(path))
        previousReasons.push(reason("previous_paths", "previous_path_refused", `previous ${r.message.slice("changed ".length)}`));
    }
  }
  const reasons = [
    ...input.files === null ? [
      reason(
        "changed_files",
        "files_incomplete",
        input.files_problem ?? "The changed files could not be listed, so the change cannot be checked."
      )
    ] : [],
    ...rows.builtIns,
    ...engineWrite,
    ...previousReasons
  ];
  const scopeDecision = main.decision.matched_scope?.decision ?? "allow_scoped_branch";
  const decision = reasons.length > 0 ? "deny" : writeChecked ? scopeDecision : "not_applicable";
  if (!writeChecked && input.files !== null)
    result.notes.push("The pack's path and size rules were not evaluated because the admission gate refused the request first.");
  const unjudged = writeChecked ? result.paths.filter((p) => p.verdict === "unchecked").length : 0;
  if (unjudged > 0)
    result.notes.push(
      `${unjudged} path(s) were not judged one by one: the change is over its file limit, which denies it anyway (the built-in rules still cover every path).`
    );
  result.gates.push(
    gate("write", decision, reasons, main, previous ? { current: main.request, previous_paths: previous.request } : main.request)
  );
  noteFileFlags(result);
  return "next";
}
function preMergeGate(ctx) {
  const { input, result, wf } = ctx;
  if (!wf) return "next";
  const policy = ctx.policy;
  let bare = ctx.evaluate({ gate_phase: "pre_merge" });
  const classApprovals = [];
  const outcome = countApprovals({
    headSha: input.pr.head_sha,
    author: input.pr.author.login,
    pools: wf.identity.reviewer_pools,
    rule: input.config.approvals,
    membership: input.pool_membership,
    agents: ctx.agents,
    reviews: input.reviews,
    records: input.approval_records,
    validateRecord(approvalRecord) {
      const withRecord = ctx.evaluate({ gate_phase: "pre_merge", human_approval_record: approvalRecord });
      const judged = withRecord.decision.evidence.approval;
      if (judged.valid && checkOutcome(withRecord.decision, "change_class_review") === "pass") classApprovals.push(withRecord);
      return { valid: judged.valid, problems: judged.problems };
    }
  });
  result.approvals = outcome.rows;
  const classHold = checkOutcome(bare.decision, "change_class_review") === "fail";
  const recordCounted = outcome.rows.some((r) => r.counted && r.source !== "review");
  if (classHold && recordCounted && classApprovals.length > 0) bare = classApprovals[0];
  const reported = new Set(result.gates.flatMap((g) => g.violations));
  const reasons = bare.decision.decision === "deny" ? engineReasons(bare.decision).filter((r) => !reported.has(r.message) && r.check !== "path_scope") : [];
  if (bare.decision.decision === "deny" && reasons.length === 0) reasons.push(reason("pre_merge", "same_as_earlier_gates", SAME_REASONS));
  const head = input.pr.head_sha.slice(0, 7);
  if (checkOutcome(bare.decision, "change_class_review") === "fail") {
    const how = ctx.local ? "pass one with `--approval FILE`" : "post one in an `agent-approval` block of an APPROVED review";
    reasons.push(
      reason(
        "class_review",
        "class_approval_missing",
        `The change class "${String(input.config.change_class)}" needs review (manual_review_required_for): it needs a typed approval record from a reviewer on ${head}; ${how}.`
      )
    );
  }
  let decision = bare.decision.decision;
  if (!policy.pack.global_defaults.human_review_required) {
    result.notes.push("The pack does not require human review before merge.");
  } else if (!outcome.satisfied && decisionRank(decision) >= decisionRank("hold_for_approval")) {
    decision = "hold_for_approval";
    const what = ctx.local ? "a typed approval record (`--approval FILE`)" : "an APPROVED review";
    if (outcome.problem) reasons.push(reason("approvals", "approval_pools_none", outcome.problem));
    else if (input.config.approvals === "any")
      reasons.push(
        reason(
          "approvals",
          "approval_missing",
          `Needs ${what} from a member of ${outcome.missing_pools.map((p) => `"${p}"`).join(" or ")} on ${head}.`
        )
      );
    else
      for (const pool of outcome.missing_pools)
        reasons.push(reason("approvals", "approval_missing", `Needs ${what} from a member of "${pool}" on ${head}.`));
  }
  result.gates.push(gate("pre_merge", decision, reasons, bare));
  return "next";
}
function conclude(ctx) {
  const { result } = ctx;
  let worst = "allow";
  for (const g of result.gates) {
    if (g.decision !== "not_applicable" && decisionRank(g.decision) < decisionRank(worst)) worst = g.decision;
  }
  result.decision = decisionRank(worst) === 3 ? "allow" : worst;
  const seen = new Set(result.violations);
  for (const g of result.gates) {
    if (g.decision === "not_applicable" || decisionRank(g.decision) === 3) continue;
    if (g.gate === "pre_merge" && g.decision === "hold_for_approval" && result.decision !== "hold_for_approval") continue;
    for (const r of g.reasons) {
      if (r.code !== "same_as_earlier_gates" && !seen.has(r.message)) {
        result.violations.push(r.message);
        result.reasons.push(r);
        seen.add(r.message);
      }
    }
  }
  result.next_steps = nextSteps(result, { input: ctx.input, requiredLabel: ctx.wf?.dispatch.required_pr_label ?? null });
  result.summary = summarise(result);
  return result;
}
function driftManifestPath(packText, manifestPath) {
  try {
    const p = JSON.parse(packText).source_manifest?.path;
    if (typeof p === "string" && p !== "") return p;
  } catch {
  }
  return manifestPath;
}
function driftOf(manifestText, packText, manifestPath, packPath, parseYaml) {
  const committedManifestPath = driftManifestPath(packText, manifestPath);
  if (parseYaml === void 0 && isYamlManifest(manifestText, committedManifestPath))
    throw new Error("the base manifest is YAML and no YAML parser was loaded to read it");
  let generated;
  try {
    generated = regenerateLikeLean(manifestText, packText, { manifestPath: committedManifestPath }, parseYaml).packText;
  } catch (err) {
    return reason(
      "base_policy",
      "manifest_invalid",
      `The base manifest ${manifestPath} does not compile, so the base pack cannot be trusted: ${err.message}`
    );
  }
  const result = checkDrift(generated, packText, { path: packPath });
  if (!result.drift) return null;
  return reason(
    "base_policy",
    "pack_drift",
    `The base pack ${packPath} has drifted from the base manifest ${manifestPath}: it is not what the manifest generates (first difference at line ${result.firstChangedLine ?? 1}). Regenerate the pack from the manifest on the base branch and commit it.`
  );
}
function builtInMessage(v) {
  switch (v.verdict) {
    case "always_forbidden":
      return `always forbidden for agents (${v.rule})`;
    case "symlink":
      return "symlinks are not allowed in agent PRs";
    case "submodule":
      return `submodules are not allowed in agent PRs (${v.rule})`;
    case "invalid":
      return v.rule === 'a ".git" component' ? `git's own files (a ".git" component) are never content` : "a path of only white space cannot be checked";
  }
}
function pathRows(files, main, previous, rules, checked) {
  const verdicts = new Map(main.evidence.paths.map((p) => [p.path, p]));
  const previousVerdicts = new Map((previous?.evidence.paths ?? []).map((p) => [p.path, p]));
  const builtIns = [];
  const builtInPaths = [];
  const rows = files.map((f) => {
    const candidates = [];
    const builtIn = rules.pathVerdict(f.path) ?? (f.previous_path !== null ? rules.pathVerdict(f.previous_path) : null) ?? rules.modeVerdict(f);
    if (builtIn) {
      candidates.push({ verdict: builtIn.verdict, rule: builtIn.rule });
      builtIns.push(
        reason(
          "built_in_paths",
          BUILT_IN_CODE[builtIn.verdict],
          `${f.path}${f.previous_path !== null ? ` (from ${f.previous_path})` : ""}: ${builtInMessage(builtIn)}`
        )
      );
      builtInPaths.push(f.path, ...f.previous_path !== null ? [f.previous_path] : []);
    }
    const own = verdicts.get(f.path);
    candidates.push(own ? { verdict: own.verdict, rule: own.rule ?? own.detail ?? null } : { verdict: "unchecked", rule: null });
    if (f.previous_path !== null) {
      const prev = previousVerdicts.get(f.previous_path);
      if (prev) candidates.push({ verdict: prev.verdict, rule: `previous path: ${prev.rule ?? prev.detail ?? prev.verdict}` });
      else if (checked) candidates.push({ verdict: "unchecked", rule: null });
    }
    candidates.sort((a, b) => VERDICT_SEVERITY[a.verdict] - VERDICT_SEVERITY[b.verdict]);
    const worst = candidates[0];
    return {
      status: f.status,
      path: f.path,
      previous_path: f.previous_path,
      rule: worst.rule,
      verdict: worst.verdict,
      executable_changed: executableChanged(f),
      binary: f.binary
    };
  });
  return { rows, builtIns, builtInPaths };
}
function noteFileFlags(record) {
  const exec = record.paths.filter((p) => p.executable_changed).map((p) => p.path);
  const binary = record.paths.filter((p) => p.binary).map((p) => p.path);
  const sample = (l) => l.slice(0, 10).join(", ") + (l.length > 10 ? `, and ${l.length - 10} more` : "");
  if (exec.length > 0) record.notes.push(`The executable bit changes on ${exec.length} file(s): ${sample(exec)}.`);
  if (binary.length > 0)
    record.notes.push(
      `${binary.length} binary file(s) change; each counts every line (newline-separated) of its old side as deleted and of its new side as added: ${sample(binary)}.`
    );
}
function summarise(r) {
  const who = [r.workflow_id && `workflow ${r.workflow_id}`, r.agent_class && `agent ${r.agent_class}`].filter(Boolean).join(", ");
  const size = `${r.limits.files.used}${r.limits.files.max !== null ? `/${r.limits.files.max}` : ""} files, ${r.limits.diff_lines.used}${r.limits.diff_lines.max !== null ? `/${r.limits.diff_lines.max}` : ""} lines`;
  const context = who ? ` (${who}; ${size})` : ` (${size})`;
  switch (r.decision) {
    case "allow":
      return `Allowed${context}: every gate passed.`;
    case "hold_for_approval":
      return `Held for approval${context}: ${r.violations[0] ?? "human review is required"}`;
    case "kill_session":
      return `Session killed${context}: ${r.violations[0] ?? "a kill signal is set"}`;
    default:
      return `Denied${context}: ${r.violations.length} violation(s); first: ${r.violations[0] ?? "see the gates"}`;
  }
}

// src/admission/policy-change.ts
var SHOWN = 3;
function policyChangeSummary(d) {
  if (d.problem !== null) return `the policy change could not be compared (${d.problem})`;
  const n = d.widened.length;
  if (n === 0)
    return d.narrowed.length === 0 ? "the policy change widens nothing and narrows nothing" : `the policy change only narrows (${d.narrowed.length} narrowing${d.narrowed.length === 1 ? "" : "s"})`;
  const shown = d.widened.slice(0, SHOWN).map((e) => `${e.workflow_id ?? "all workflows"}: ${e.detail}`);
  return `${n} widening${n === 1 ? "" : "s"}: ${shown.join("; ")}${n > SHOWN ? `; and ${n - SHOWN} more` : ""}`;
}
function policyChangeHeld(d) {
  const widens = d.problem !== null || d.widened.length > 0;
  return widens && d.owners_pool !== null && d.approved_by.length === 0;
}
function applyPolicyChange(result, d, headSha) {
  const r = {
    ...result,
    policy_diff: d,
    violations: [...result.violations],
    reasons: [...result.reasons],
    next_steps: [...result.next_steps],
    notes: [...result.notes]
  };
  const summary = policyChangeSummary(d);
  if (policyChangeHeld(d)) {
    const reasons = [
      reason(
        "policy_change",
        "policy_widened_unapproved",
        `Needs an APPROVED review from a member of "${d.owners_pool}" (policy-owners) on ${headSha.slice(0, 7)}: the pull request widens the policy.`
      ),
      ...d.widened.map(
        (e) => reason(
          "policy_change",
          "policy_widening",
          `Widens ${e.workflow_id ?? "all workflows"}: ${e.detail}${e.witness === void 0 ? "" : ` (e.g. ${JSON.stringify(e.witness)})`}`
        )
      )
    ];
    r.violations.push(...reasons.map((x) => x.message));
    r.reasons.push(...reasons);
    r.next_steps.push(`Ask a member of "${d.owners_pool}" to review the policy change and approve the head commit.`);
    if (r.decision === "not_applicable" || decisionRank(r.decision) > decisionRank("hold_for_approval")) {
      r.decision = "hold_for_approval";
      r.summary = `Policy change held: ${summary}`;
    } else r.notes.push(`Policy change: ${summary}`);
  } else {
    if (r.decision === "not_applicable") {
      r.decision = "allow";
      r.summary = `Policy change: ${summary}${d.approved_by.length > 0 ? ` (approved by ${d.approved_by.join(", ")})` : ""}`;
    } else r.notes.push(`Policy change: ${summary}`);
  }
  return r;
}
function markShadow(result) {
  return { ...result, enforced: false };
}

export {
  trailerValues,
  parseWorkflowFrom,
  resolveWorkflow,
  resolveRunId,
  ADMISSION_CODES,
  admitLean,
  admissionNeedsYaml,
  admit,
  policyChangeSummary,
  policyChangeHeld,
  applyPolicyChange,
  markShadow
};
