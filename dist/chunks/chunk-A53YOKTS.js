import { createRequire as __mgpCreateRequire } from 'node:module';
const require = __mgpCreateRequire(import.meta.url);
import {
  loadPolicy,
  quoteValue,
  require_picomatch
} from "./chunk-WFMM76NW.js";
import {
  decisionRank
} from "./chunk-UDHVWCVM.js";
import {
  parseYamlManifest
} from "./chunk-UNDXOKVH.js";
import {
  checkDrift
} from "./chunk-ZZT4ZNZJ.js";
import {
  compileParsedManifest,
  identityOf,
  manifestPathOf
} from "./chunk-NCCZSBQK.js";
import {
  canonicalJson,
  sha256Hex
} from "./chunk-E4SN7ZSR.js";
import {
  detectFormat,
  normaliseLineEndings,
  parseJsonManifest
} from "./chunk-NWVMCMAX.js";
import {
  __toESM
} from "./chunk-5TZFI64R.js";

// src/evidence/record.ts
function evidenceHash(record) {
  const plain = JSON.parse(JSON.stringify(record));
  delete plain.evidence_sha256;
  return sha256Hex(canonicalJson(plain));
}
function finalizeEvidence(record) {
  const plain = JSON.parse(JSON.stringify(record));
  delete plain.evidence_sha256;
  return { ...plain, evidence_sha256: sha256Hex(canonicalJson(plain)) };
}
function verifyEvidence(value) {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return false;
  const r = value;
  if (r.schema !== "mcp-gateway-policy/evidence@1") return false;
  if (typeof r.evidence_sha256 !== "string" || !/^[0-9a-f]{64}$/.test(r.evidence_sha256)) return false;
  try {
    return evidenceHash(r) === r.evidence_sha256;
  } catch {
    return false;
  }
}

// src/pack/compile-manifest.ts
function compileManifest(text, options = {}) {
  const lf = normaliseLineEndings(text);
  const format = options.format ?? detectFormat(lf, manifestPathOf(options));
  return compileParsedManifest(format === "json" ? parseJsonManifest(lf) : parseYamlManifest(lf), lf, options);
}
function regenerateLike(manifestText, committedPackText, options = {}) {
  return compileManifest(manifestText, { ...options, ...identityOf(committedPackText) });
}

// src/pack/manifest.ts
var ACCESS_MODES = ["read", "write_branch", "write_ticket", "approval_required"];
var WORKFLOW_STATUSES = ["pilot", "active", "paused", "retired"];
var MATURITY_STAGES = ["crawl", "walk", "run"];

// src/admission/agents.ts
var KNOWN_AGENTS = [
  { login: "Copilot", agent_class: "github_copilot", type: "Bot" },
  { login: "copilot-swe-agent", agent_class: "github_copilot", type: "Bot" },
  { login: "copilot-swe-agent[bot]", agent_class: "github_copilot", type: null },
  { login: "devin-ai-integration[bot]", agent_class: "devin", type: null },
  { login: "chatgpt-codex-connector[bot]", agent_class: "codex", type: null },
  { login: "claude[bot]", agent_class: "claude", type: null },
  { login: "cursor[bot]", agent_class: "cursor", type: null }
];
function agentDirectory(extra) {
  const builtIn = new Map(KNOWN_AGENTS.map((a) => [a.login.toLowerCase(), a]));
  const configured = new Map(Object.entries(extra).map(([login, cls]) => [login.toLowerCase(), cls]));
  return {
    classOf(login, userType) {
      const key = login.toLowerCase();
      const cls = configured.get(key);
      if (cls !== void 0) return cls;
      const known = builtIn.get(key);
      if (known === void 0 || known.type !== null && known.type !== userType) return null;
      return known.agent_class;
    },
    isAgentLogin(login) {
      const key = login.toLowerCase();
      return configured.has(key) || builtIn.has(key);
    }
  };
}
function declaredBranchPrefixes(pack) {
  const all = [pack.global_defaults.required_remediation_branch_prefix, ...pack.workflow_policies.map((w) => w.dispatch.required_branch_prefix)];
  return [...new Set(all.filter((p) => typeof p === "string" && p !== ""))];
}
function isAgentAuthored(prefixes, agents, headRef, author) {
  return prefixes.some((p) => headRef.startsWith(p)) || author.login !== "" && agents.classOf(author.login, author.type) !== null;
}

// src/admission/built-in-rules.ts
var import_picomatch = __toESM(require_picomatch(), 1);
var ALWAYS_FORBIDDEN_GLOBS = [
  ".github/workflows/**",
  ".github/actions/**",
  "**/action.yml",
  "**/action.yaml",
  "CODEOWNERS",
  ".github/CODEOWNERS",
  "docs/CODEOWNERS",
  "**/.gitattributes"
];
var SYMLINK = "120000";
var SUBMODULE = "160000";
function builtInRules(manifestPath, packPath) {
  const globs = ALWAYS_FORBIDDEN_GLOBS.map((g) => ({ rule: g, test: compileGlob(g) }));
  const exact = [
    { rule: `the manifest (${manifestPath})`, path: normalise(manifestPath).toLowerCase() },
    { rule: `the pack (${packPath})`, path: normalise(packPath).toLowerCase() }
  ];
  const gitmodules = compileGlob("**/.gitmodules");
  return {
    pathVerdict(raw) {
      if (raw.trim() === "") return { verdict: "invalid", rule: "a path of only white space" };
      const path2 = normalise(raw);
      const lower = path2.toLowerCase();
      const file = exact.find((e) => e.path === lower);
      if (file) return { verdict: "always_forbidden", rule: file.rule };
      const glob = globs.find((g) => g.test(path2));
      if (glob) return { verdict: "always_forbidden", rule: glob.rule };
      if (gitmodules(path2)) return { verdict: "submodule", rule: ".gitmodules" };
      return null;
    },
    modeVerdict(file) {
      if (file.mode === SYMLINK || file.previous_mode === SYMLINK) return { verdict: "symlink", rule: "symlink (mode 120000)" };
      if (file.mode === SUBMODULE || file.previous_mode === SUBMODULE) return { verdict: "submodule", rule: "submodule (mode 160000)" };
      return null;
    }
  };
}
function compileGlob(glob) {
  const re = import_picomatch.default.makeRe(glob, { dot: true, nocase: true });
  const dotAll = new RegExp(re.source, re.flags.includes("s") ? re.flags : `${re.flags}s`);
  return (path2) => dotAll.test(path2);
}
function normalise(p) {
  return p.split("/").filter((seg) => seg !== "" && seg !== ".").join("/");
}
function executableChanged(file) {
  if (file.mode === null) return false;
  return file.mode === "100755" !== (file.previous_mode === "100755");
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
function resolveWorkflow(configured, branch, body, prefixes, declared) {
  const sources = [
    ...configured ? [{ source: "input", value: configured }] : [],
    ...workflowFromBranch(branch, prefixes, declared).map((value) => ({ source: "branch", value })),
    ...trailerValues(body, "Workflow-Id").map((value) => ({ source: "trailer", value }))
  ];
  const unsafe = sources.find((s) => s.source === "trailer" && !TRAILER_ID.test(s.value));
  if (unsafe) return { workflow_id: null, sources, problem: `The Workflow-Id trailer ${quoteValue(unsafe.value)} is not a workflow id: it may hold ${TRAILER_ID_CHARS}.` };
  const distinct = [...new Set(sources.map((s) => s.value))];
  if (distinct.length === 1) return { workflow_id: distinct[0], sources, problem: null };
  if (distinct.length === 0) {
    return {
      workflow_id: null,
      sources,
      problem: 'No workflow id: set the workflow-id input, name the branch <prefix><workflow_id>/\u2026, or add a "Workflow-Id: <id>" trailer to the PR description.'
    };
  }
  return {
    workflow_id: null,
    sources,
    problem: `The workflow id sources disagree: ${sources.map((s) => `${SOURCE_NAMES[s.source]} says "${s.value}"`).join(", ")}.`
  };
}
var SOURCE_NAMES = {
  input: "the workflow-id input",
  branch: "the branch name",
  trailer: "a Workflow-Id trailer"
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

// src/admission/approvals.ts
var DECISIVE_REVIEW_STATES = /* @__PURE__ */ new Set(["APPROVED", "CHANGES_REQUESTED", "DISMISSED"]);
function countApprovals(q) {
  const rows = [];
  const qualified = /* @__PURE__ */ new Map();
  const qualify = (row, pools) => {
    const key = row.login.toLowerCase();
    const entry = qualified.get(key) ?? { login: row.login, pools: /* @__PURE__ */ new Set(), rows: [] };
    pools.forEach((p) => entry.pools.add(p));
    entry.rows.push(row);
    qualified.set(key, entry);
  };
  const latest = latestDecisiveStates(q.reviews);
  for (const { review, superseded } of approvedReviews(q.reviews, latest)) {
    const row = {
      source: "review",
      login: review.login,
      reviewer_pool: null,
      commit_id: review.commit_id,
      counted: false,
      reason: ""
    };
    rows.push(row);
    const identityProblem = superseded ? `superseded by a later ${superseded} review from the same reviewer` : review.commit_id !== q.headSha ? `approved ${short(review.commit_id)}, not the current head ${short(q.headSha)}` : notAHumanReviewer(q, review.login, review.user_type);
    if (identityProblem) {
      row.reason = identityProblem;
      continue;
    }
    const pools = memberPools(q, review.login, q.pools);
    if (pools.member.length === 0) {
      row.reason = pools.why;
      continue;
    }
    row.counted = true;
    row.reviewer_pool = pools.member[0];
    row.reason = `APPROVED on the head commit by a member of ${pools.member.map((p) => `"${p}"`).join(", ")}`;
    qualify(row, pools.member);
  }
  for (const facts of q.records) {
    const record = facts.record;
    const approver = isObject(record) && isObject(record.approver) ? record.approver : {};
    const scope = isObject(record) && isObject(record.scope) ? record.scope : {};
    const pool = typeof approver.reviewer_pool === "string" ? approver.reviewer_pool : null;
    const approverId = typeof approver.id === "string" ? approver.id : "";
    const row = {
      source: facts.source === "cli" ? "cli_record" : "approval_record",
      login: facts.login,
      reviewer_pool: pool,
      commit_id: typeof scope.head_sha === "string" ? scope.head_sha : null,
      counted: false,
      reason: ""
    };
    rows.push(row);
    let problem = null;
    if (isObject(record) && record.unparsable === true) {
      problem = `the agent-approval block is not valid JSON (${String(record.error)})`;
    } else if (facts.edited) {
      problem = "edited after it was posted; an edited approval record never counts";
    } else if (facts.source === "review") {
      problem = reviewRecordProblem(q, facts, latest);
    }
    if (!problem) {
      problem = notAHumanReviewer(q, facts.login, facts.user_type);
    }
    if (!problem && approverId.toLowerCase() !== facts.login.toLowerCase()) {
      problem = `names approver "${approverId}" but was posted by ${facts.login}`;
    }
    if (!problem && row.commit_id === null) {
      problem = "not bound to a commit: the record has no scope.head_sha";
    }
    if (!problem) {
      const pools = memberPools(q, facts.login, pool !== null && q.pools.includes(pool) ? [pool] : []);
      if (pools.member.length === 0) problem = pool === null || !q.pools.includes(pool) ? `names reviewer pool "${pool ?? ""}", which is not one of this workflow's pools (${list(q.pools)})` : pools.why;
    }
    if (!problem) {
      const verdict = q.validateRecord(record);
      if (!verdict.valid) problem = `the record is not a valid approval: ${verdict.problems.join("; ") || "rejected by the evaluator"}`;
    }
    if (problem) {
      row.reason = problem;
      continue;
    }
    const id = typeof record.approval_id === "string" ? ` ${record.approval_id}` : "";
    row.counted = true;
    row.reason = `typed approval record${id} by a member of "${pool}", bound to ${short(row.commit_id)}`;
    qualify(row, [pool]);
  }
  if (q.pools.length === 0) {
    return { rows, satisfied: false, missing_pools: [], problem: "The workflow lists no reviewer pools, so no approval can count." };
  }
  const people = [...qualified.values()];
  if (q.rule === "any") {
    return { rows, satisfied: people.length > 0, missing_pools: people.length > 0 ? [] : [...q.pools], problem: null };
  }
  const assignment = matchPools(q.pools, people.map((p) => p.pools));
  people.forEach((person, i) => {
    const pool = assignment.byPerson[i];
    if (pool === void 0) return;
    const row = person.rows.find((r) => r.source === "review" || r.reviewer_pool === pool) ?? person.rows[0];
    row.reviewer_pool = pool;
  });
  const missing = q.pools.filter((p) => !assignment.covered.has(p));
  return { rows, satisfied: missing.length === 0, missing_pools: missing, problem: null };
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
function reviewRecordProblem(q, facts, latest) {
  const why = "a review's text can be edited by anyone with write access, so a record there counts only in an APPROVED review of the head";
  const state = facts.review?.state.toUpperCase() ?? null;
  if (state === "DISMISSED") return `in a dismissed review; ${why}`;
  if (state !== "APPROVED") return `in ${state === null ? "a review GitHub gave no state for" : `a ${state} review`}, not an APPROVED review; ${why}`;
  if (facts.review.commit_id !== q.headSha) return `in a review of ${short(facts.review.commit_id)}, not the head ${short(q.headSha)}`;
  const last = latest.get(facts.login.toLowerCase());
  if (last !== void 0 && last !== "APPROVED") return `withdrawn by a later ${last} review from the same reviewer`;
  return null;
}
function notAHumanReviewer(q, login, userType) {
  if (userType !== "User") return `${login} is a ${userType || "non-user"} account, not a human`;
  if (login.toLowerCase() === q.author.toLowerCase()) return "the PR's author cannot approve their own PR";
  if (q.agents.isAgentLogin(login)) return `${login} is an agent account`;
  return null;
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
  return { member, why };
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

// src/admission/admit.ts
function admit(input) {
  let draft;
  try {
    draft = runAdmission(input);
  } catch (err) {
    draft = skeleton(input);
    const message = `The admission check failed before reaching a decision: ${err?.message ?? String(err)}`;
    draft.violations.push(message);
    draft.summary = `deny: ${message}`;
  }
  return finalizeEvidence(draft);
}
var SAME_REASONS = "Refused for the same reasons as the earlier gates.";
var WRITE_CHECKS = /* @__PURE__ */ new Set(["changed_paths", "diff_line_count", "path_scope"]);
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
function skeleton(input) {
  const pr = input.pr;
  return {
    schema: "mcp-gateway-policy/evidence@1",
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
    next_steps: [],
    notes: [...input.context.notes]
  };
}
function diffLines(input) {
  return (input.files ?? []).reduce((n, f) => n + f.additions + f.deletions, 0);
}
function gate(name, decision, violations2, request = null, evaluation = null) {
  return { gate: name, decision, request, evaluation, violations: violations2 };
}
function runAdmission(input) {
  const record = skeleton(input);
  const agents = agentDirectory(input.config.agents);
  const now = input.context.now;
  const trust = trustGate(input, record);
  const loaded = trust.policy;
  const author = input.pr.author;
  const loginClass = author.login ? agents.classOf(author.login, author.type) : null;
  const explicitClass = input.config.agent_class?.trim() || null;
  const prefixes = loaded ? declaredBranchPrefixes(loaded.pack) : [];
  if (!isAgentAuthored(prefixes, agents, input.pr.head_ref, author) && explicitClass === null) {
    if (loaded !== null) {
      record.decision = "not_applicable";
      record.summary = `Not an agent-authored pull request (branch ${input.pr.head_ref || "(none)"}, author ${author.login || "(unknown)"}): nothing to check.`;
      if (trust.gate.violations.length > 0) record.notes.push(...trust.gate.violations.map((v) => `Not checked for this PR, but true of the base: ${v}`));
      return record;
    }
    record.notes.push("Agent branches are recognised by the prefixes the pack declares; without a usable pack this PR cannot be told apart from an agent PR, so the check fails closed.");
  }
  record.gates.push(trust.gate);
  const killLabel = input.pr.labels.find((l) => l.toLowerCase() === input.config.kill_label.toLowerCase());
  const killSignal = input.config.kill_signal ?? (killLabel !== void 0 ? `label:${killLabel}` : null);
  const killWhy = input.config.kill_signal !== null ? `The kill signal "${input.config.kill_signal}" is set.` : `The PR carries the kill label "${killLabel}".`;
  if (trust.gate.decision !== "allow" || loaded === null) {
    if (killSignal !== null) record.gates.push(gate("kill", "kill_session", [killWhy]));
    return conclude(record, input);
  }
  const policy = loaded;
  const agentClass = explicitClass ?? loginClass;
  record.agent_class = agentClass;
  const identityViolations = [];
  if (loginClass === null && explicitClass === null && author.type === "Bot") {
    identityViolations.push(`The author ${author.login} is a bot on an agent branch but is not a known agent: map it to an agent class with the agents input.`);
  }
  const declared = new Set(policy.workflowIds());
  const workflow = resolveWorkflow(input.config.workflow_id, input.pr.head_ref, input.pr.body, prefixes, declared);
  if (workflow.problem !== null) identityViolations.push(workflow.problem);
  record.workflow_id = workflow.workflow_id;
  const runId = resolveRunId(input.config.run_id, input.pr.body, input.pr.number, input.pr.head_sha);
  const runIdProblem = runIdTrailerProblem(input.config.run_id, input.pr.body);
  if (runIdProblem !== null) identityViolations.push(runIdProblem);
  record.run_id = runIdProblem === null ? runId : null;
  const wf = workflow.workflow_id === null ? void 0 : policy.workflow(workflow.workflow_id);
  if (wf) {
    record.limits.files.max = wf.change_scope.max_changed_files;
    record.limits.diff_lines.max = wf.change_scope.max_diff_lines;
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
    head_sha: input.pr.head_sha
  };
  const evaluate = (extra) => {
    const request = { ...baseRequest, ...extra };
    return { request, decision: policy.evaluate(request, { now }) };
  };
  if (killSignal !== null) {
    const k = evaluate({ gate_phase: "admission", runtime_kill_signal: killSignal });
    record.gates.push(gate("kill", k.decision.decision, [killWhy, ...k.decision.violations], k.request, k.decision));
  } else {
    record.gates.push(gate("kill", "allow", []));
  }
  const main = evaluate({ gate_phase: "admission" });
  const writeStrings = new Set(main.decision.evidence.checks.filter((c) => WRITE_CHECKS.has(c.check) && c.outcome === "fail").map((c) => c.detail ?? ""));
  const isWriteViolation = (v) => writeStrings.has(v) || v.startsWith("changed path ");
  const admissionViolations = [...identityViolations, ...main.decision.violations.filter((v) => !isWriteViolation(v))];
  const { labelProblem, capProblem } = prChecks(input, wf, record);
  if (labelProblem) admissionViolations.push(labelProblem);
  if (capProblem) admissionViolations.push(capProblem);
  record.gates.push(gate("admission", admissionViolations.length > 0 ? "deny" : "allow", admissionViolations, main.request, main.decision));
  const writeChecked = main.decision.evidence.checks.some((c) => WRITE_CHECKS.has(c.check) && c.outcome !== "skip");
  const writeViolations = main.decision.violations.filter(isWriteViolation);
  const renamed = files.filter((f) => f.previous_path !== null);
  const previous = renamed.length > 0 && writeChecked ? evaluate({ gate_phase: "admission", changed_paths: renamed.map((f) => f.previous_path), diff_line_count: 0 }) : null;
  if (previous) {
    for (const v of previous.decision.violations) if (v.startsWith("changed path ")) writeViolations.push(`previous ${v.slice("changed ".length)}`);
  }
  if (input.files === null) writeViolations.unshift(input.files_problem ?? "The changed files could not be listed, so the change cannot be checked.");
  const rows = pathRows(files, main.decision, previous?.decision ?? null, builtInRules(input.base.manifest_path, input.base.pack_path), writeChecked);
  record.paths = rows.rows;
  writeViolations.splice(input.files === null ? 1 : 0, 0, ...rows.builtInViolations);
  const scopeDecision = main.decision.matched_scope?.decision ?? "allow_scoped_branch";
  const writeDecision = writeViolations.length > 0 ? "deny" : writeChecked ? scopeDecision : "not_applicable";
  if (!writeChecked && input.files !== null) record.notes.push("The pack's path and size rules were not evaluated because the admission gate refused the request first.");
  const unjudged = writeChecked ? record.paths.filter((p) => p.verdict === "unchecked").length : 0;
  if (unjudged > 0) record.notes.push(`${unjudged} path(s) were not judged one by one: the change is over its file limit, which denies it anyway (the built-in rules still cover every path).`);
  record.gates.push(gate("write", writeDecision, writeViolations, previous ? { current: main.request, previous_paths: previous.request } : main.request, main.decision));
  noteFileFlags(record);
  preMergeGate(record, input, policy, wf, agents, evaluate);
  return conclude(record, input);
}
function trustGate(input, record) {
  const violations2 = [...input.problems ?? []];
  const { base } = input;
  if (base.problem) violations2.push(base.problem);
  let policy = null;
  if (base.pack_text === null) {
    if (!base.problem) violations2.push(`The base commit has no pack at ${base.pack_path}.`);
  } else {
    try {
      policy = loadPolicy(base.pack_text, input.config.expect_pack_sha256 ? { expectPackSha256: input.config.expect_pack_sha256 } : {});
      record.policy_id = policy.policyId;
    } catch (err) {
      violations2.push(`The base pack ${base.pack_path} cannot be used: ${err.message}`);
    }
  }
  if (base.manifest_text === null) {
    if (!base.problem) violations2.push(`The base commit has no manifest at ${base.manifest_path}.`);
  } else if (base.pack_text !== null) {
    const drift = driftOf(base.manifest_text, base.pack_text, base.manifest_path, base.pack_path);
    if (drift) violations2.push(drift);
  }
  return { gate: gate("trust", violations2.length > 0 ? "deny" : "allow", violations2), policy };
}
function driftOf(manifestText, packText, manifestPath, packPath) {
  let committedManifestPath = manifestPath;
  try {
    const p = JSON.parse(packText).source_manifest?.path;
    if (typeof p === "string" && p !== "") committedManifestPath = p;
  } catch {
  }
  let generated;
  try {
    generated = regenerateLike(manifestText, packText, { manifestPath: committedManifestPath }).packText;
  } catch (err) {
    return `The base manifest ${manifestPath} does not compile, so the base pack cannot be trusted: ${err.message}`;
  }
  const result = checkDrift(generated, packText, { path: packPath });
  if (!result.drift) return null;
  return `The base pack ${packPath} has drifted from the base manifest ${manifestPath}: it is not what the manifest generates (first difference at line ${result.firstChangedLine ?? 1}). Regenerate the pack from the manifest on the base branch and commit it.`;
}
function prChecks(input, wf, record) {
  if (!wf) return { labelProblem: null, capProblem: null };
  const label = wf.dispatch.required_pr_label;
  const labelProblem = label && !input.pr.labels.some((l) => l.toLowerCase() === label.toLowerCase()) ? `The PR lacks the required label "${label}".` : null;
  const cap = wf.dispatch.max_open_prs_per_repo;
  let capProblem = null;
  if (input.open_agent_prs === null) {
    capProblem = "The open agent pull requests could not be listed, so the open-PR cap cannot be checked.";
    record.limits.open_prs = { used: 0, max: cap };
  } else {
    const open = [.../* @__PURE__ */ new Set([...input.open_agent_prs, input.pr.number])].sort((a, b) => a - b);
    record.limits.open_prs = { used: open.length, max: cap };
    const position = open.indexOf(input.pr.number) + 1;
    if (cap !== null && position > cap) {
      capProblem = `This is open agent PR number ${position} (oldest first) and the cap is ${cap}: the ${cap} oldest pass, newer ones wait.`;
    }
  }
  return { labelProblem, capProblem };
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
      return "a path of only white space cannot be checked";
  }
}
function pathRows(files, main, previous, rules, checked) {
  const verdicts = new Map(main.evidence.paths.map((p) => [p.path, p]));
  const previousVerdicts = new Map((previous?.evidence.paths ?? []).map((p) => [p.path, p]));
  const builtInViolations = [];
  const rows = files.map((f) => {
    const candidates = [];
    const builtIn = rules.pathVerdict(f.path) ?? (f.previous_path !== null ? rules.pathVerdict(f.previous_path) : null) ?? rules.modeVerdict(f);
    if (builtIn) {
      candidates.push({ verdict: builtIn.verdict, rule: builtIn.rule });
      builtInViolations.push(`${f.path}${f.previous_path !== null ? ` (from ${f.previous_path})` : ""}: ${builtInMessage(builtIn)}`);
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
  return { rows, builtInViolations };
}
function noteFileFlags(record) {
  const exec = record.paths.filter((p) => p.executable_changed).map((p) => p.path);
  const binary = record.paths.filter((p) => p.binary).map((p) => p.path);
  const sample = (l) => l.slice(0, 10).join(", ") + (l.length > 10 ? `, and ${l.length - 10} more` : "");
  if (exec.length > 0) record.notes.push(`The executable bit changes on ${exec.length} file(s): ${sample(exec)}.`);
  if (binary.length > 0) record.notes.push(`${binary.length} binary file(s) change; their lines are not counted: ${sample(binary)}.`);
}
function preMergeGate(record, input, policy, wf, agents, evaluate) {
  if (!wf) return;
  const bare = evaluate({ gate_phase: "pre_merge" });
  const outcome = countApprovals({
    headSha: input.pr.head_sha,
    author: input.pr.author.login,
    pools: wf.identity.reviewer_pools,
    rule: input.config.approvals,
    membership: input.pool_membership,
    agents,
    reviews: input.reviews,
    records: input.approval_records,
    validateRecord(approvalRecord) {
      const judged = evaluate({ gate_phase: "pre_merge", human_approval_record: approvalRecord }).decision.evidence.approval;
      return { valid: judged.valid, problems: judged.problems };
    }
  });
  record.approvals = outcome.rows;
  const reported = new Set(record.gates.flatMap((g) => g.violations));
  const violations2 = bare.decision.decision === "deny" ? bare.decision.violations.filter((v) => !reported.has(v)) : [];
  if (bare.decision.decision === "deny" && violations2.length === 0) violations2.push(SAME_REASONS);
  let decision = bare.decision.decision;
  if (!policy.pack.global_defaults.human_review_required) {
    record.notes.push("The pack does not require human review before merge.");
  } else if (!outcome.satisfied) {
    if (decisionRank(decision) > decisionRank("hold_for_approval")) decision = "hold_for_approval";
    const head = input.pr.head_sha.slice(0, 7);
    if (outcome.problem) violations2.push(outcome.problem);
    else if (input.config.approvals === "any") violations2.push(`Needs an APPROVED review from a member of ${outcome.missing_pools.map((p) => `"${p}"`).join(" or ")} on ${head}.`);
    else for (const pool of outcome.missing_pools) violations2.push(`Needs an APPROVED review from a member of "${pool}" on ${head}.`);
  }
  record.gates.push(gate("pre_merge", decision, violations2, bare.request, bare.decision));
}
function conclude(record, input) {
  let worst = "allow";
  for (const g of record.gates) {
    if (g.decision !== "not_applicable" && decisionRank(g.decision) < decisionRank(worst)) worst = g.decision;
  }
  record.decision = decisionRank(worst) === 3 ? "allow" : worst;
  const seen = new Set(record.violations);
  for (const g of record.gates) {
    if (g.decision === "not_applicable" || decisionRank(g.decision) === 3) continue;
    for (const v of g.violations) {
      if (v !== SAME_REASONS && !seen.has(v)) {
        record.violations.push(v);
        seen.add(v);
      }
    }
  }
  record.next_steps = nextSteps(record, input);
  record.summary = summarise(record);
  return record;
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
function nextSteps(r, input) {
  const steps = [];
  const byGate = (name) => r.gates.find((g) => g.gate === name);
  const bad = (name) => {
    const g = byGate(name);
    return g !== void 0 && decisionRank(g.decision === "not_applicable" ? "allow" : g.decision) < 3;
  };
  if (bad("trust")) {
    steps.push(`Fix the policy on the base branch first (the pack ${input.base.pack_path} must be what the manifest ${input.base.manifest_path} generates): run "mcp-gateway-policy check", regenerate if needed, and merge that before this PR.`);
  }
  if (bad("kill")) steps.push("A kill signal stopped this session: a maintainer investigates and clears the signal (or removes the kill label) before any agent work resumes.");
  if (bad("admission")) {
    for (const v of byGate("admission").violations) {
      if (v.startsWith("The PR lacks the required label")) steps.push(`Add the label ${v.slice(v.indexOf('"'), v.lastIndexOf('"') + 1)} to the pull request.`);
      else if (v.startsWith("This is open agent PR number")) steps.push("Wait until older agent pull requests are merged or closed; the check re-runs on the next event.");
      else if (v.startsWith("No workflow id") || v.startsWith("The workflow id sources disagree")) steps.push('Name exactly one workflow: the workflow-id input, the branch <prefix><workflow_id>/\u2026, or a "Workflow-Id:" trailer, all agreeing.');
    }
    if (steps.length === 0 || byGate("admission").violations.some((v) => !/^(The PR lacks|This is open agent PR|No workflow id|The workflow id sources)/.test(v))) {
      steps.push("The workflow, agent or branch is not admitted by the pack (see the admission violations): use a workflow that allows this agent on this branch.");
    }
  }
  if (bad("write")) {
    const offending2 = r.paths.filter((p) => p.verdict !== "allowed" && p.verdict !== "unchecked").map((p) => p.path);
    if (offending2.length > 0) steps.push(`Remove the changes to ${offending2.length} path(s) the policy does not allow: ${offending2.slice(0, 5).join(", ")}${offending2.length > 5 ? ", \u2026" : ""}.`);
    const { files, diff_lines } = r.limits;
    if (files.max !== null && files.used > files.max || diff_lines.max !== null && diff_lines.used > diff_lines.max) {
      steps.push(`Split the change: it has ${files.used} files and ${diff_lines.used} changed lines; the limits are ${files.max ?? "none"} files and ${diff_lines.max ?? "none"} lines.`);
    }
    if (input.files === null) steps.push("Re-run the check; if the change list cannot be read, run it where the repository history is available.");
  }
  const pre = byGate("pre_merge");
  if (pre && pre.decision === "hold_for_approval") steps.push(...pre.violations);
  return [...new Set(steps)];
}

// src/evidence/escape.ts
var WORD_JOINER = "\u2060";
var INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u115f\u1160\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff9-\ufffb\u{e0000}-\u{e007f}]/gu;
var NAMED = { "\n": "\\n", "\r": "\\r", "	": "\\t" };
function escapeInvisibleInJson(json) {
  return json.replace(
    INVISIBLE,
    (ch) => (
      // Raw newlines in JSON text are only ever its own line breaks (string newlines are \n).
      ch === "\n" ? ch : Array.from({ length: ch.length }, (_, i) => "\\u" + ch.charCodeAt(i).toString(16).padStart(4, "0")).join("")
    )
  );
}
function makeVisible(s) {
  return s.replace(INVISIBLE, (ch) => NAMED[ch] ?? `\\u{${ch.codePointAt(0).toString(16).toUpperCase().padStart(4, "0")}}`);
}
function truncate(s, max) {
  const cps = Array.from(s);
  return cps.length <= max ? s : cps.slice(0, Math.max(0, max - 1)).join("") + "\u2026";
}
var INLINE_SYNTAX = /[\\`*_[\]<>&|~!(){}#@$]/g;
var BLOCK_START = /^(\s*)([-+=]|\d+(?=[.)]))/;
function escapeText(raw, o = {}) {
  const visible = truncate(makeVisible(raw), o.max ?? 300);
  return visible.replace(INLINE_SYNTAX, (ch) => "\\" + ch).replace(BLOCK_START, (_m, sp, lead) => /\d/.test(lead) ? `${sp}${lead}\\` : `${sp}\\${lead}`).replace(/\\([@#])/g, `\\$1${WORD_JOINER}`).replace(/:/g, `:${WORD_JOINER}`).replace(/\b(gh)-/gi, `$1${WORD_JOINER}-`).replace(/\b(www)\./gi, `$1${WORD_JOINER}.`);
}
var escapeLinkText = escapeText;
function codeSpan(raw, o = {}) {
  let s = truncate(makeVisible(raw), o.max ?? 200);
  if (s === "") return "*(empty)*";
  if (s.trim() === "") s = JSON.stringify(s);
  if (o.inTable) {
    s = s.replace(/\\(?=\|)/g, "\\u{005C}").replace(/\|/g, "\\|");
  }
  const longest = Math.max(0, ...Array.from(s.matchAll(/`+/g), (m) => m[0].length));
  const fence = "`".repeat(longest + 1);
  const pad = s.startsWith("`") || s.endsWith("`") || s.startsWith(" ") && s.endsWith(" ") && s.trim() !== "" ? " " : "";
  return `${fence}${pad}${s}${pad}${fence}`;
}
function escapeSentence(raw, o = {}) {
  const max = o.max ?? 600;
  const parts = truncate(raw, max).split("`");
  const paired = parts.length % 2 === 1 ? parts.length : parts.length - 1;
  return parts.map((part, i) => {
    if (i % 2 === 0) return escapeText(part, { max });
    if (i < paired) return codeSpan(part, { max, inTable: o.inTable });
    return escapeText("`" + part, { max });
  }).join("");
}
function escapeHtml(raw) {
  return makeVisible(raw).replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

// src/evidence/markdown.ts
var EVIDENCE_MARKER = "<!-- mcp-gateway-policy:evidence -->";
var GITHUB_COMMENT_LIMIT = 65536;
var DEFAULT_MAX_CHARS = 6e4;
var RECORD_MARKER = "mcp-gateway-policy:record";
var HEADLINE = {
  allow: "\u2705 Allowed",
  allow_scoped_branch: "\u2705 Allowed, scoped to the branch",
  allow_scoped_ticket: "\u2705 Allowed, scoped to the ticket",
  hold_for_approval: "\u23F8\uFE0F Held for approval",
  deny: "\u26D4 Denied",
  kill_session: "\u{1F6D1} Session killed",
  not_applicable: "\u2796 Not applicable"
};
var VERDICT_ICON = {
  allow: "\u2705",
  allow_scoped_branch: "\u2705",
  allow_scoped_ticket: "\u2705",
  hold_for_approval: "\u23F8\uFE0F",
  deny: "\u26D4",
  kill_session: "\u{1F6D1}",
  not_applicable: "\u2796"
};
var GATE_TITLE = {
  trust: "Trust: pack and manifest from the base",
  kill: "Kill switch",
  admission: "Admission",
  write: "Write: paths and limits",
  pre_merge: "Pre-merge approval"
};
var PATH_VERDICT = {
  allowed: "\u2705&nbsp;allowed",
  forbidden: "\u26D4&nbsp;forbidden",
  not_allowed: "\u26D4&nbsp;not&nbsp;allowed",
  invalid: "\u26D4&nbsp;invalid",
  always_forbidden: "\u26D4&nbsp;always&nbsp;forbidden",
  symlink: "\u26D4&nbsp;symlink",
  submodule: "\u26D4&nbsp;submodule",
  unchecked: "\u2796&nbsp;not&nbsp;checked"
};
var PATH_LEGEND = "*not allowed*: outside the paths the workflow may change. *always forbidden*: forbidden for agents whatever the manifest says (workflows, actions, CODEOWNERS, the policy files). *symlink*, *submodule*: denied by default. *not checked*: the request was refused before its path checks.";
var DEFAULT_NEXT_STEPS = {
  hold_for_approval: "A reviewer from the listed pool approves the current head commit; the check re-runs on the review.",
  deny: "Fix every violation above and push a new commit; the check re-runs on the push.",
  kill_session: "The session was stopped by a kill signal. A maintainer clears the signal before any agent work resumes."
};
var LAYOUTS = [
  { pathRows: 200, violations: 100, approvals: 50, listItems: 30, completeness: "complete" },
  { pathRows: 50, violations: 50, approvals: 50, listItems: 30, completeness: "complete" },
  { pathRows: 50, violations: 50, approvals: 50, listItems: 30, completeness: "paths_omitted" },
  { pathRows: 50, violations: 50, approvals: 30, listItems: 20, completeness: "abridged" },
  { pathRows: 20, violations: 20, approvals: 20, listItems: 10, completeness: "abridged" },
  { pathRows: 10, violations: 10, approvals: 10, listItems: 10, completeness: "headline" },
  { pathRows: 0, violations: 5, approvals: 5, listItems: 5, completeness: "headline" }
];
function renderEvidenceMarkdown(record, options = {}) {
  const max = Math.min(options.maxChars ?? DEFAULT_MAX_CHARS, GITHUB_COMMENT_LIMIT - 1);
  const marker = options.marker === false ? "" : EVIDENCE_MARKER + "\n";
  if (record.decision === "not_applicable") {
    return `${marker}${HEADLINE.not_applicable}: ${escapeSentence(record.summary || "not an agent-authored pull request.")}
`;
  }
  for (const layout of LAYOUTS) {
    const out = marker + renderBody(record, layout);
    if (out.length <= max) return out;
  }
  const minimal = `${marker}## ${HEADLINE[record.decision]}

The evidence is too large for a comment; see the job's evidence record (evidence_sha256 ${codeSpan(record.evidence_sha256)}).
`;
  return minimal.slice(0, max);
}
function renderBody(r, layout) {
  const out = [];
  out.push(`## ${HEADLINE[r.decision]}: agent pull request admission`, "");
  if (r.summary) out.push(`**${escapeSentence(r.summary)}**`, "");
  out.push(...identity(r), "");
  out.push(...gates(r.gates, layout.listItems), "");
  out.push(...limits(r.limits), "");
  if (r.violations.length > 0) out.push(...violations(r.violations, layout.violations), "");
  const steps = r.next_steps.length > 0 ? r.next_steps : DEFAULT_NEXT_STEPS[r.decision] ? [DEFAULT_NEXT_STEPS[r.decision]] : [];
  if (steps.length > 0) out.push("### What to do next", "", ...list2(steps, layout.listItems, "step"), "");
  out.push(...paths(r.paths, layout.pathRows), "");
  out.push(...approvals(r.approvals, layout.approvals), "");
  if (r.notes.length > 0) out.push("### Notes", "", ...list2(r.notes, layout.listItems, "note"), "");
  out.push(...recordBlock(r, layout.completeness));
  return out.join("\n") + "\n";
}
var dash = "\u2014";
var code = (v, max) => v === null || v === void 0 || v === "" ? dash : codeSpan(v, { inTable: true, max });
function identity(r) {
  const rows = [];
  const pr = r.pull_request;
  if (pr) {
    const label = pr.number > 0 ? `${escapeText(`#${pr.number}`)} ` : "local change: ";
    rows.push(["Pull request", `${label}${escapeText(pr.title, { max: 200 })}`]);
    rows.push(["Author", code(pr.author, 100)]);
    rows.push(["Branch", `${code(pr.head_ref)} \u2192 ${code(pr.base_ref)}`]);
    if (pr.labels.length > 0) {
      const shown = pr.labels.slice(0, 20).map((l) => code(l, 60));
      rows.push(["Labels", shown.join(" ") + (pr.labels.length > 20 ? ` (+${pr.labels.length - 20} more)` : "")]);
    }
  }
  rows.push(["Workflow", code(r.workflow_id)]);
  rows.push(["Agent class", r.agent_login ? `${code(r.agent_class)} (login ${code(r.agent_login, 100)})` : code(r.agent_class)]);
  rows.push(["Run id", code(r.run_id)]);
  rows.push(["Head SHA", code(r.head_sha)]);
  rows.push(["Base SHA", `${code(r.base_sha)} (pack and manifest read from here)`]);
  rows.push(["Pack SHA-256", r.pack_path ? `${code(r.pack_sha256)} (${code(r.pack_path)})` : code(r.pack_sha256)]);
  rows.push(["Manifest SHA-256", r.manifest_path ? `${code(r.manifest_sha256)} (${code(r.manifest_path)})` : code(r.manifest_sha256)]);
  if (r.policy_id) rows.push(["Policy id", code(r.policy_id)]);
  const run = [r.event_name && `event ${code(r.event_name)}`, r.github_run_id && `run ${code(r.github_run_id)}`, r.github_run_attempt && `attempt ${code(r.github_run_attempt)}`].filter(Boolean).join(", ");
  if (run) rows.push(["GitHub Actions", run]);
  rows.push(["Evaluated at", code(r.evaluated_at)]);
  return ["| Evidence | |", "| --- | --- |", ...rows.map(([k, v]) => `| **${k}** | ${v} |`)];
}
function gates(list3, maxReasons) {
  if (list3.length === 0) return ["### Gates", "", "No gate was evaluated."];
  const rows = list3.map((g) => {
    const title = GATE_TITLE[g.gate] ?? escapeText(String(g.gate));
    const shown = g.violations.slice(0, Math.min(3, maxReasons)).map((v) => escapeSentence(v, { inTable: true, max: 300 }));
    const more = g.violations.length - shown.length;
    const reasons = shown.length === 0 ? dash : shown.join("; ") + (more > 0 ? ` (+${more} more below)` : "");
    return `| ${title} | ${VERDICT_ICON[g.decision] ?? ""}&nbsp;${escapeText(g.decision)} | ${reasons} |`;
  });
  return ["### Gates", "", "| Gate | Verdict | Why |", "| --- | --- | --- |", ...rows];
}
function limitCell(l) {
  const text = `${l.used} / ${l.max === null ? "no limit" : l.max}`;
  const over = l.max !== null && l.used > l.max;
  return `${codeSpan(text)} ${over ? "\u26D4 over the limit" : "\u2705"}`;
}
function limits(l) {
  const rows = [`| Files changed (a rename counts once) | ${limitCell(l.files)} |`, `| Diff lines (additions + deletions) | ${limitCell(l.diff_lines)} |`];
  if (l.open_prs) rows.push(`| Open agent pull requests | ${limitCell(l.open_prs)} |`);
  return ["### Limits", "", "| Limit | Used / max |", "| --- | --- |", ...rows];
}
function violations(list3, max) {
  const shown = list3.slice(0, max).map((v, i) => `${i + 1}. ${escapeSentence(v, { max: 400 })}`);
  const more = list3.length - shown.length;
  return [`### Violations (${list3.length})`, "", ...shown, ...more > 0 ? ["", `\u2026and ${more} more, listed in the evidence record.`] : []];
}
function list2(items, max, noun) {
  const shown = items.slice(0, max).map((s) => `- ${escapeSentence(s, { max: 400 })}`);
  const more = items.length - shown.length;
  return [...shown, ...more > 0 ? [`- \u2026and ${more} more ${noun}s in the evidence record.`] : []];
}
var OFFENDING_VERDICTS = /* @__PURE__ */ new Set(["forbidden", "not_allowed", "invalid", "always_forbidden", "symlink", "submodule"]);
var isOffendingPath = (p) => OFFENDING_VERDICTS.has(p.verdict);
var offending = isOffendingPath;
function paths(rows, max) {
  const bad = rows.filter(offending).length;
  const head = `### Changed paths (${rows.length}${bad > 0 ? `, ${bad} offending` : ""})`;
  if (rows.length === 0) return [head, "", "No changed paths."];
  const ordered = [...rows.filter(offending), ...rows.filter((p) => !offending(p))];
  const shown = ordered.slice(0, max);
  const out = [head, ""];
  if (shown.length > 0) {
    out.push("| Verdict | Status | Path | Previous path | Rule |", "| --- | --- | --- | --- | --- |");
    for (const p of shown) {
      const flags = [p.executable_changed ? "executable bit changed" : "", p.binary ? "binary" : ""].filter(Boolean);
      const verdict = (PATH_VERDICT[p.verdict] ?? escapeText(String(p.verdict))) + (flags.length ? ` (${flags.join(", ")})` : "");
      out.push(`| ${verdict} | ${escapeText(p.status)} | ${code(p.path, 200)} | ${code(p.previous_path, 200)} | ${code(p.rule, 120)} |`);
    }
    if (shown.some((p) => p.verdict !== "allowed")) out.push("", PATH_LEGEND);
  }
  const more = ordered.length - shown.length;
  if (more > 0) out.push("", `Showing ${shown.length} of ${ordered.length} paths, offending first; the evidence record lists every path.`);
  return out;
}
function approvals(rows, max) {
  const counted = rows.filter((a) => a.counted).length;
  const head = `### Approvals (${counted} counted of ${rows.length} found)`;
  if (rows.length === 0) return [head, "", "No approvals found."];
  const shown = rows.slice(0, max);
  const out = [head, "", "| Reviewer | Pool | Source | Commit | Counted | Why |", "| --- | --- | --- | --- | --- | --- |"];
  for (const a of shown) {
    out.push(
      `| ${code(a.login, 100)} | ${code(a.reviewer_pool)} | ${escapeText(a.source.replace(/_/g, " "))} | ${code(a.commit_id ? a.commit_id.slice(0, 12) : null)} | ${a.counted ? "\u2705 yes" : "\u274C no"} | ${escapeSentence(a.reason, { inTable: true, max: 300 })} |`
    );
  }
  if (rows.length > shown.length) out.push("", `Showing ${shown.length} of ${rows.length} approvals; the evidence record lists all.`);
  return out;
}
var HEADLINE_FIELDS = [
  "schema",
  "decision",
  "summary",
  "workflow_id",
  "agent_class",
  "agent_login",
  "run_id",
  "repository",
  "pull_request",
  "head_sha",
  "base_sha",
  "event_name",
  "github_run_id",
  "github_run_attempt",
  "policy_id",
  "pack_path",
  "manifest_path",
  "pack_sha256",
  "manifest_sha256",
  "evaluated_at",
  "limits",
  "evidence_sha256"
];
function abridge(value, items, chars) {
  if (typeof value === "string") return value.length > chars ? value.slice(0, chars) + "\u2026" : value;
  if (Array.isArray(value)) return value.slice(0, items).map((v) => abridge(v, items, chars));
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, abridge(v, items, chars)]));
  }
  return value;
}
function embeddedRecord(r, level) {
  switch (level) {
    case "complete":
      return r;
    case "paths_omitted":
      return { ...r, paths: [] };
    case "abridged":
      return abridge({ ...r, paths: [] }, 10, 300);
    case "headline":
      return abridge(Object.fromEntries(HEADLINE_FIELDS.map((k) => [k, r[k]])), 10, 300);
  }
}
var COMPLETENESS_TEXT = {
  complete: "the complete evidence record",
  paths_omitted: "the evidence record without its per-path list (too long for a comment)",
  abridged: "the evidence record abridged: no per-path list, long lists cut to 10 entries",
  headline: "the evidence record\u2019s headline fields only (the whole record is too long for a comment)"
};
function recordBlock(r, level) {
  const json = escapeInvisibleInJson(JSON.stringify(embeddedRecord(r, level), null, 2)).replace(
    /[<>&`\u2028\u2029]/g,
    (ch) => "\\u" + ch.charCodeAt(0).toString(16).padStart(4, "0")
  );
  const omitted = level === "complete" ? 0 : r.paths.length;
  const note = level === "complete" ? "" : `This is ${COMPLETENESS_TEXT[level]}; the whole record is the job's evidence file, whose evidence_sha256 is below.

`;
  return [
    `<details><summary>Evidence record (JSON), evidence_sha256 <code>${escapeHtml(r.evidence_sha256)}</code></summary>`,
    "",
    note + `<!-- ${RECORD_MARKER} ${level} paths-omitted=${omitted} -->`,
    "```json",
    json,
    "```",
    "",
    "</details>"
  ];
}
function parseEvidenceFromComment(body) {
  const re = new RegExp(`<!-- ${RECORD_MARKER} (complete|paths_omitted|abridged|headline) paths-omitted=(\\d+) -->\\r?\\n\`\`\`json\\r?\\n([\\s\\S]*?)\\r?\\n\`\`\``, "g");
  const m = Array.from(body.matchAll(re)).pop();
  if (!m) return null;
  let record;
  try {
    record = JSON.parse(m[3]);
  } catch {
    return null;
  }
  if (!record || typeof record !== "object" || record.schema !== "mcp-gateway-policy/evidence@1") return null;
  return { record, completeness: m[1], pathsOmitted: Number(m[2]) };
}

// src/git/diff.ts
var STATUS = {
  A: "added",
  C: "copied",
  D: "removed",
  M: "modified",
  R: "renamed",
  T: "type_changed"
};
function parseRawNumstat(out) {
  const fields = out.toString("utf8").split("\0");
  if (fields[fields.length - 1] === "") fields.pop();
  let i = 0;
  const raw = [];
  while (i < fields.length && fields[i].startsWith(":")) {
    const meta = fields[i++].slice(1).split(" ");
    if (meta.length !== 5) throw new Error(`unexpected git raw diff record "${fields[i - 1]}"`);
    const [oldMode, newMode, , , status] = meta;
    const twoPaths = status.startsWith("R") || status.startsWith("C");
    const first = fields[i++];
    const second = twoPaths ? fields[i++] : void 0;
    if (first === void 0 || twoPaths && second === void 0) throw new Error("truncated git raw diff output");
    raw.push({
      oldMode,
      newMode,
      status,
      path: twoPaths ? second : first,
      previousPath: twoPaths ? first : null
    });
  }
  const files = [];
  for (const entry of raw) {
    const stat = fields[i++];
    if (stat === void 0) throw new Error("git numstat output has fewer records than the raw diff");
    const tab1 = stat.indexOf("	");
    const tab2 = tab1 === -1 ? -1 : stat.indexOf("	", tab1 + 1);
    if (tab2 === -1) throw new Error(`unexpected git numstat record "${stat}"`);
    const adds = stat.slice(0, tab1);
    const dels = stat.slice(tab1 + 1, tab2);
    const inlinePath = stat.slice(tab2 + 1);
    let statPath = inlinePath;
    if (inlinePath === "") {
      i++;
      statPath = fields[i++] ?? "";
    }
    if (statPath !== entry.path) throw new Error(`git numstat and raw diff disagree on "${entry.path}"`);
    const binary = adds === "-" && dels === "-";
    files.push({
      path: entry.path,
      previous_path: entry.previousPath,
      status: STATUS[entry.status[0]] ?? "changed",
      additions: binary ? 0 : toCount(adds),
      deletions: binary ? 0 : toCount(dels),
      mode: entry.newMode === "000000" ? null : entry.newMode,
      previous_mode: entry.oldMode === "000000" ? null : entry.oldMode,
      binary
    });
  }
  if (i !== fields.length) throw new Error("git numstat output has more records than the raw diff");
  return files;
}
function toCount(s) {
  if (!/^\d+$/.test(s)) throw new Error(`unexpected git numstat count "${s}"`);
  return Number(s);
}
async function readChangedFiles(git, base, head) {
  const mergeBase = (await git.text(["merge-base", "--end-of-options", base, head])).trim();
  const { stdout, stderr } = await git.runWithStderr([
    "diff-tree",
    "-r",
    "-z",
    "-M",
    "--raw",
    "--numstat",
    "--no-ext-diff",
    "--no-textconv",
    "--end-of-options",
    mergeBase,
    head
  ]);
  const notes = /rename detection was skipped/i.test(stderr) ? ["Git skipped rename detection because the change has too many added and deleted files: each rename counts as a deletion plus an addition."] : [];
  return { files: parseRawNumstat(stdout), mergeBase, notes };
}

// src/git/exec.ts
import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
var GitError = class extends Error {
  constructor(message, stderr) {
    super(message);
    this.stderr = stderr;
  }
  stderr;
  name = "GitError";
};
var GitReader = class _GitReader {
  constructor(gitDir, scratch) {
    this.gitDir = gitDir;
    this.scratch = scratch;
  }
  gitDir;
  scratch;
  /** Opens the repository that contains `repoDir` (its work tree or a bare repository). */
  static async open(repoDir) {
    const gitDir = (await runGit(["rev-parse", "--absolute-git-dir"], { cwd: repoDir, env: baseEnv() })).stdout.toString("utf8").trim();
    const scratch = await mkdtemp(path.join(tmpdir(), "mcp-gateway-policy-git-"));
    return new _GitReader(gitDir, scratch);
  }
  async close() {
    await rm(this.scratch, { recursive: true, force: true });
  }
  /** Runs `git <args>` and returns stdout as bytes. */
  async run(args) {
    return (await this.runWithStderr(args)).stdout;
  }
  /** Runs `git <args>`; stdout as bytes and stderr (warnings) as text. */
  runWithStderr(args) {
    return runGit(args, {
      cwd: this.scratch,
      env: {
        ...baseEnv(),
        GIT_DIR: this.gitDir,
        GIT_WORK_TREE: this.scratch,
        GIT_INDEX_FILE: path.join(this.scratch, "index")
      }
    });
  }
  async text(args) {
    return (await this.run(args)).toString("utf8");
  }
};
var SAFE_CONFIG = [
  "-c",
  "core.hooksPath=/dev/null",
  "-c",
  "core.fsmonitor=false",
  "-c",
  "core.attributesFile=/dev/null",
  "-c",
  "core.pager=cat",
  "-c",
  "diff.external="
];
function baseEnv() {
  const env = { ...process.env };
  for (const key of ["GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_EXTERNAL_DIFF", "GIT_PAGER", "GIT_ASKPASS", "SSH_ASKPASS"]) {
    delete env[key];
  }
  return {
    ...env,
    GIT_ATTR_NOSYSTEM: "1",
    GIT_TERMINAL_PROMPT: "0",
    GIT_NO_LAZY_FETCH: "1",
    GIT_OPTIONAL_LOCKS: "0",
    LC_ALL: "C"
  };
}
function runGit(args, options) {
  return new Promise((resolve, reject) => {
    execFile(
      "git",
      ["--no-pager", ...SAFE_CONFIG, ...args],
      { cwd: options.cwd, env: options.env, encoding: "buffer", maxBuffer: 1 << 30, windowsHide: true },
      (err, stdout, stderr) => {
        if (err) {
          const message = stderr.toString("utf8").trim().split("\n").filter(Boolean).pop() ?? err.message;
          reject(new GitError(`git ${args[0]} failed: ${message}`, stderr.toString("utf8")));
        } else {
          resolve({ stdout, stderr: stderr.toString("utf8") });
        }
      }
    );
  });
}

export {
  evidenceHash,
  finalizeEvidence,
  verifyEvidence,
  compileManifest,
  regenerateLike,
  ACCESS_MODES,
  WORKFLOW_STATUSES,
  MATURITY_STAGES,
  KNOWN_AGENTS,
  agentDirectory,
  declaredBranchPrefixes,
  isAgentAuthored,
  ALWAYS_FORBIDDEN_GLOBS,
  trailerValues,
  resolveWorkflow,
  resolveRunId,
  admit,
  WORD_JOINER,
  escapeInvisibleInJson,
  makeVisible,
  truncate,
  escapeText,
  escapeLinkText,
  codeSpan,
  escapeSentence,
  escapeHtml,
  EVIDENCE_MARKER,
  GITHUB_COMMENT_LIMIT,
  DEFAULT_MAX_CHARS,
  renderEvidenceMarkdown,
  OFFENDING_VERDICTS,
  isOffendingPath,
  parseEvidenceFromComment,
  parseRawNumstat,
  readChangedFiles,
  GitError,
  GitReader
};
