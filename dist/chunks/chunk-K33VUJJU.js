import { createRequire as __mgpCreateRequire } from 'node:module';
const require = __mgpCreateRequire(import.meta.url);
import {
  agentDirectory,
  declaredBranchPrefixes,
  isAgentAuthored
} from "./chunk-UDAMTYLP.js";
import {
  finalizeEvidence
} from "./chunk-TX3TERAY.js";
import {
  decisionRank
} from "./chunk-UDHVWCVM.js";
import {
  DEFAULT_WORKFLOW_FROM,
  resolveRunId,
  resolveWorkflow,
  runIdTrailerProblem
} from "./chunk-I3XZDJ3W.js";
import {
  checkDrift
} from "./chunk-ZZT4ZNZJ.js";
import {
  regenerateLike
} from "./chunk-YWJJRCFL.js";
import {
  alwaysForbiddenRule,
  hasDotGitComponent,
  loadPolicy
} from "./chunk-YXL6J2HR.js";
import {
  sha256Hex
} from "./chunk-UJ5YAZDM.js";
import {
  quoteValue
} from "./chunk-NG3PRXOB.js";
import {
  normaliseLineEndings
} from "./chunk-NWVMCMAX.js";

// src/pack/manifest.ts
var ACCESS_MODES = ["read", "write_branch", "write_ticket", "approval_required"];
var WORKFLOW_STATUSES = ["pilot", "active", "paused", "retired"];
var MATURITY_STAGES = ["crawl", "walk", "run"];

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
    next_steps: [],
    notes: [...input.context.notes]
  };
}
function diffLines(input) {
  return (input.files ?? []).reduce((n, f) => n + f.additions + f.deletions, 0);
}
function gate(name, decision, violations, request = null, evaluation = null) {
  return { gate: name, decision, request, evaluation, violations };
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
    identityViolations.push(
      `The author ${author.login} is a bot on an agent branch but is not a known agent: ${input.context.surface === "local" ? "name its agent class with `--agent-class <class>`" : "map it to an agent class with the `agents` input"}.`
    );
  }
  const declared = new Set(policy.workflowIds());
  const local = input.context.surface === "local";
  const workflow = resolveWorkflow(input.config.workflow_id, input.pr.head_ref, input.pr.body, prefixes, declared, { from: input.config.workflow_from, local });
  if (workflow.problem !== null) identityViolations.push(workflow.problem);
  for (const s of workflow.ignored) {
    record.notes.push(`A Workflow-Id trailer names ${quoteValue(s.value)}; it was not consulted, because workflow-from (${(input.config.workflow_from ?? DEFAULT_WORKFLOW_FROM).join(", ")}) does not allow trailers.`);
  }
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
    head_sha: input.pr.head_sha,
    ...input.config.change_class ? { change_class: input.config.change_class } : {}
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
  const namedByBuiltIn = new Set(rows.builtInPaths.flatMap((p) => [`changed path ${quoteValue(p)} `, `previous path ${quoteValue(p)} `]));
  const deduped = writeViolations.filter((v) => ![...namedByBuiltIn].some((prefix) => v.startsWith(prefix)));
  writeViolations.splice(0, writeViolations.length, ...deduped);
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
  const violations = [...input.problems ?? []];
  const { base } = input;
  if (base.problem) violations.push(base.problem);
  let policy = null;
  if (base.pack_text === null) {
    if (!base.problem) violations.push(`The base commit has no pack at ${base.pack_path}.`);
  } else {
    try {
      policy = loadPolicy(base.pack_text, {
        ...input.config.expect_pack_sha256 ? { expectPackSha256: input.config.expect_pack_sha256 } : {},
        ...input.config.trusted_keys ? { trustedKeys: input.config.trusted_keys } : {},
        ...base.pack_path ? { packPath: base.pack_path } : {},
        ...base.manifest_path ? { manifestPath: base.manifest_path } : {}
      });
      record.policy_id = policy.policyId;
    } catch (err) {
      violations.push(`The base pack ${base.pack_path} cannot be used: ${err.message}`);
    }
  }
  if (base.manifest_text === null) {
    if (!base.problem) violations.push(`The base commit has no manifest at ${base.manifest_path}.`);
  } else if (base.pack_text !== null) {
    const drift = driftOf(base.manifest_text, base.pack_text, base.manifest_path, base.pack_path);
    if (drift) violations.push(drift);
  }
  return { gate: gate("trust", violations.length > 0 ? "deny" : "allow", violations), policy };
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
      return v.rule === 'a ".git" component' ? `git's own files (a ".git" component) are never content` : "a path of only white space cannot be checked";
  }
}
function pathRows(files, main, previous, rules, checked) {
  const verdicts = new Map(main.evidence.paths.map((p) => [p.path, p]));
  const previousVerdicts = new Map((previous?.evidence.paths ?? []).map((p) => [p.path, p]));
  const builtInViolations = [];
  const builtInPaths = [];
  const rows = files.map((f) => {
    const candidates = [];
    const builtIn = rules.pathVerdict(f.path) ?? (f.previous_path !== null ? rules.pathVerdict(f.previous_path) : null) ?? rules.modeVerdict(f);
    if (builtIn) {
      candidates.push({ verdict: builtIn.verdict, rule: builtIn.rule });
      builtInViolations.push(`${f.path}${f.previous_path !== null ? ` (from ${f.previous_path})` : ""}: ${builtInMessage(builtIn)}`);
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
  return { rows, builtInViolations, builtInPaths };
}
function noteFileFlags(record) {
  const exec = record.paths.filter((p) => p.executable_changed).map((p) => p.path);
  const binary = record.paths.filter((p) => p.binary).map((p) => p.path);
  const sample = (l) => l.slice(0, 10).join(", ") + (l.length > 10 ? `, and ${l.length - 10} more` : "");
  if (exec.length > 0) record.notes.push(`The executable bit changes on ${exec.length} file(s): ${sample(exec)}.`);
  if (binary.length > 0) record.notes.push(`${binary.length} binary file(s) change; each counts every line (newline-separated) of its old side as deleted and of its new side as added: ${sample(binary)}.`);
}
function preMergeGate(record, input, policy, wf, agents, evaluate) {
  if (!wf) return;
  let bare = evaluate({ gate_phase: "pre_merge" });
  const classApprovals = [];
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
      const withRecord = evaluate({ gate_phase: "pre_merge", human_approval_record: approvalRecord });
      const judged = withRecord.decision.evidence.approval;
      if (judged.valid && classReviewIs(withRecord.decision, "pass")) classApprovals.push(withRecord);
      return { valid: judged.valid, problems: judged.problems };
    }
  });
  record.approvals = outcome.rows;
  const classHold = classReviewIs(bare.decision, "fail");
  const recordCounted = outcome.rows.some((r) => r.counted && r.source !== "review");
  if (classHold && recordCounted && classApprovals.length > 0) bare = classApprovals[0];
  const reported = new Set(record.gates.flatMap((g) => g.violations));
  const violations = bare.decision.decision === "deny" ? bare.decision.violations.filter((v) => !reported.has(v) && !v.startsWith("changed path ")) : [];
  if (bare.decision.decision === "deny" && violations.length === 0) violations.push(SAME_REASONS);
  if (classReviewIs(bare.decision, "fail")) {
    const how = input.context.surface === "local" ? "pass one with `--approval FILE`" : "post one in an `agent-approval` block of an APPROVED review";
    violations.push(`The change class "${String(input.config.change_class)}" needs review (manual_review_required_for): it needs a typed approval record from a reviewer on ${input.pr.head_sha.slice(0, 7)}; ${how}.`);
  }
  let decision = bare.decision.decision;
  if (!policy.pack.global_defaults.human_review_required) {
    record.notes.push("The pack does not require human review before merge.");
  } else if (!outcome.satisfied && decisionRank(decision) >= decisionRank("hold_for_approval")) {
    decision = "hold_for_approval";
    const head = input.pr.head_sha.slice(0, 7);
    const what = input.context.surface === "local" ? "a typed approval record (`--approval FILE`)" : "an APPROVED review";
    if (outcome.problem) violations.push(outcome.problem);
    else if (input.config.approvals === "any") violations.push(`Needs ${what} from a member of ${outcome.missing_pools.map((p) => `"${p}"`).join(" or ")} on ${head}.`);
    else for (const pool of outcome.missing_pools) violations.push(`Needs ${what} from a member of "${pool}" on ${head}.`);
  }
  record.gates.push(gate("pre_merge", decision, violations, bare.request, bare.decision));
}
function classReviewIs(d, outcome) {
  return d.evidence.checks.some((c) => c.check === "change_class_review" && c.outcome === outcome);
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
    if (g.gate === "pre_merge" && g.decision === "hold_for_approval" && record.decision !== "hold_for_approval") continue;
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
    steps.push(`Fix the policy on the base branch first (the pack ${input.base.pack_path} must be what the manifest ${input.base.manifest_path} generates): run \`mcp-gateway-policy check\`, regenerate if needed, and merge that before this PR.`);
  }
  if (bad("kill")) steps.push("A kill signal stopped this session: a maintainer investigates and clears the signal (or removes the kill label) before any agent work resumes.");
  if (bad("admission")) {
    for (const v of byGate("admission").violations) {
      if (v.startsWith("The PR lacks the required label")) steps.push(`Add the label ${v.slice(v.indexOf('"'), v.lastIndexOf('"') + 1)} to the pull request.`);
      else if (v.startsWith("This is open agent PR number")) steps.push("Wait until older agent pull requests are merged or closed; the check re-runs on the next event.");
      else if (v.startsWith("No workflow id") || v.startsWith("The workflow id sources disagree")) {
        steps.push(
          input.context.surface === "local" ? "Name exactly one workflow: `--workflow-id <id>`, or the branch `<prefix><workflow_id>/\u2026` (`--branch`), agreeing." : "Name exactly one workflow: the `workflow-id` input or the branch `<prefix><workflow_id>/\u2026`, agreeing (a `Workflow-Id: <id>` trailer counts only where `workflow-from` allows it)."
        );
      }
    }
    if (steps.length === 0 || byGate("admission").violations.some((v) => !/^(The PR lacks|This is open agent PR|No workflow id|The workflow id sources)/.test(v))) {
      steps.push("The workflow, agent or branch is not admitted by the pack (see the admission violations): use a workflow that allows this agent on this branch.");
    }
  }
  if (bad("write")) {
    const offending = r.paths.filter((p) => p.verdict !== "allowed" && p.verdict !== "unchecked").map((p) => p.path);
    if (offending.length > 0) steps.push(`Remove the changes to ${offending.length} path(s) the policy does not allow: ${offending.slice(0, 5).join(", ")}${offending.length > 5 ? ", \u2026" : ""}.`);
    const { files, diff_lines } = r.limits;
    if (files.max !== null && files.used > files.max || diff_lines.max !== null && diff_lines.used > diff_lines.max) {
      steps.push(`Split the change: it has ${files.used} files and ${diff_lines.used} changed lines; the limits are ${files.max ?? "none"} files and ${diff_lines.max ?? "none"} lines.`);
    }
    if (input.files === null) steps.push("Re-run the check; if the change list cannot be read, run it where the repository history is available.");
  }
  const pre = byGate("pre_merge");
  if (pre && pre.decision === "hold_for_approval" && r.decision === "hold_for_approval") steps.push(...pre.violations);
  return [...new Set(steps)];
}

export {
  ACCESS_MODES,
  WORKFLOW_STATUSES,
  MATURITY_STAGES,
  admit
};
