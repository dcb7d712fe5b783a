/**
 * The PR admission check's pure core: AdmissionInput in, sealed EvidenceRecord out.
 *
 * Every verdict comes from `policy.evaluate` on requests built from the PR, or from the few
 * built-in rules the pack cannot express (always-forbidden paths, symlinks and submodules, the
 * required label, the open-PR cap, approval identities). The pack's own rules are never copied.
 *
 * How the PR maps to evaluator requests (all with tool_access_mode `write_branch` on the
 * configured tool namespace, branch_name = head branch, head_sha = head commit):
 * - admission + write: one request at gate_phase `admission` carrying one changed path per file
 *   (a rename counts once) and diff_line_count = additions + deletions. Its workflow, status,
 *   posture, identity, scope and branch checks make the admission gate; its file-count, diff-size
 *   and per-path checks make the write gate. (The evaluator stops before the path checks when
 *   the admission part fails; the rows then say `unchecked`.)
 * - the previous paths of renames and copies: a second request with those paths, so moving a
 *   file out of a forbidden directory is judged on where it came from too.
 * - kill: the same request with runtime_kill_signal (the kill-signal input, or the kill label).
 * - pre-merge: the same request at gate_phase `pre_merge`, once bare and once per typed approval
 *   record (as human_approval_record), so records are judged by the evaluator's approval logic.
 */
import { loadPolicy, quoteValue, decisionRank, type Decision, type DecisionName, type Policy } from '../decision/index.js';
import { finalizeEvidence, type UnhashedEvidence } from '../evidence/record.js';
import { normaliseLineEndings } from '../pack/index.js';
import { regenerateLike } from '../pack/compile-manifest.js';
import { checkDrift } from '../pack/drift.js';
import type { WorkflowPolicy } from '../pack/index.js';
import { sha256Hex } from '../util/index.js';
import { agentDirectory, declaredBranchPrefixes, isAgentAuthored, type AgentDirectory } from './agents.js';
import { countApprovals } from './approvals.js';
import { builtInRules, executableChanged, type BuiltInRules, type BuiltInVerdict } from './built-in-rules.js';
import { DEFAULT_WORKFLOW_FROM, resolveRunId, resolveWorkflow, runIdTrailerProblem } from './identify.js';
import type { AdmissionDecision, AdmissionInput, ChangedFile, EvidenceRecord, GateResult, PathRow, PathRowVerdict } from './types.js';

/**
 * Decides whether an agent-authored pull request may merge, and says why.
 *
 * Pure and synchronous: everything it needs is in `input` (filled by the GitHub adapter or the
 * local-git adapter), including the evaluation time. It never throws: a failure anywhere is a
 * `deny` record carrying the reason. The result is sealed with its own `evidence_sha256`.
 *
 * The top-level `decision` is the most restrictive gate's (`allow` when every gate passes), or
 * `not_applicable` when the PR is not agent-authored.
 */
export function admit(input: AdmissionInput): EvidenceRecord {
  let draft: UnhashedEvidence;
  try {
    draft = runAdmission(input);
  } catch (err) {
    draft = skeleton(input);
    const message = `The admission check failed before reaching a decision: ${(err as Error)?.message ?? String(err)}`;
    draft.violations.push(message);
    draft.summary = `deny: ${message}`;
  }
  return finalizeEvidence(draft);
}

const SAME_REASONS = 'Refused for the same reasons as the earlier gates.';
const WRITE_CHECKS = new Set(['changed_paths', 'diff_line_count', 'path_scope']);
const VERDICT_SEVERITY: Record<PathRowVerdict, number> = {
  always_forbidden: 0,
  symlink: 1,
  submodule: 2,
  invalid: 3,
  forbidden: 4,
  not_allowed: 5,
  unchecked: 6,
  allowed: 7,
};

function skeleton(input: AdmissionInput): UnhashedEvidence {
  const pr = input.pr;
  return {
    schema: 'mcp-gateway-policy/evidence@1',
    decision: 'deny',
    summary: '',
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
      labels: [...pr.labels],
    },
    head_sha: pr.head_sha || null,
    base_sha: pr.base_sha || null,
    ...(input.context.resolved_refs ? { resolved_refs: input.context.resolved_refs } : {}),
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
    notes: [...input.context.notes],
  };
}

function diffLines(input: AdmissionInput): number {
  return (input.files ?? []).reduce((n, f) => n + f.additions + f.deletions, 0);
}

function gate(name: GateResult['gate'], decision: AdmissionDecision, violations: string[], request: Record<string, unknown> | null = null, evaluation: Decision | null = null): GateResult {
  return { gate: name, decision, request, evaluation, violations };
}

function runAdmission(input: AdmissionInput): UnhashedEvidence {
  const record = skeleton(input);
  const agents = agentDirectory(input.config.agents);
  const now = input.context.now;

  // Trust: the base commit's pack, loaded and pinned, and equal to what the base manifest generates.
  // A pack that loads but fails the other checks still tells agent branches apart; nothing else.
  const trust = trustGate(input, record);
  const loaded = trust.policy;

  // Which PRs are agent PRs: a declared branch prefix, a known agent login, or the caller says so.
  const author = input.pr.author;
  const loginClass = author.login ? agents.classOf(author.login, author.type) : null;
  const explicitClass = input.config.agent_class?.trim() || null;
  const prefixes = loaded ? declaredBranchPrefixes(loaded.pack) : [];
  if (!isAgentAuthored(prefixes, agents, input.pr.head_ref, author) && explicitClass === null) {
    if (loaded !== null) {
      record.decision = 'not_applicable';
      record.summary = `Not an agent-authored pull request (branch ${input.pr.head_ref || '(none)'}, author ${author.login || '(unknown)'}): nothing to check.`;
      if (trust.gate.violations.length > 0) record.notes.push(...trust.gate.violations.map((v) => `Not checked for this PR, but true of the base: ${v}`));
      return record;
    }
    record.notes.push('Agent branches are recognised by the prefixes the pack declares; without a usable pack this PR cannot be told apart from an agent PR, so the check fails closed.');
  }
  record.gates.push(trust.gate);
  const killLabel = input.pr.labels.find((l) => l.toLowerCase() === input.config.kill_label.toLowerCase());
  const killSignal = input.config.kill_signal ?? (killLabel !== undefined ? `label:${killLabel}` : null);
  const killWhy = input.config.kill_signal !== null ? `The kill signal "${input.config.kill_signal}" is set.` : `The PR carries the kill label "${killLabel}".`;
  if (trust.gate.decision !== 'allow' || loaded === null) {
    // Without a trusted pack there is nothing to evaluate against; a kill still kills.
    if (killSignal !== null) record.gates.push(gate('kill', 'kill_session', [killWhy]));
    return conclude(record, input);
  }
  const policy = loaded;

  const agentClass = explicitClass ?? loginClass;
  record.agent_class = agentClass;
  const identityViolations: string[] = [];
  if (loginClass === null && explicitClass === null && author.type === 'Bot') {
    identityViolations.push(
      `The author ${author.login} is a bot on an agent branch but is not a known agent: ${input.context.surface === 'local' ? 'name its agent class with `--agent-class <class>`' : 'map it to an agent class with the `agents` input'}.`,
    );
  }

  // Workflow and run.
  const declared = new Set(policy.workflowIds());
  const local = input.context.surface === 'local';
  const workflow = resolveWorkflow(input.config.workflow_id, input.pr.head_ref, input.pr.body, prefixes, declared, { from: input.config.workflow_from, local });
  if (workflow.problem !== null) identityViolations.push(workflow.problem);
  for (const s of workflow.ignored) {
    record.notes.push(`A Workflow-Id trailer names ${quoteValue(s.value)}; it was not consulted, because workflow-from (${(input.config.workflow_from ?? DEFAULT_WORKFLOW_FROM).join(', ')}) does not allow trailers.`);
  }
  record.workflow_id = workflow.workflow_id;
  const runId = resolveRunId(input.config.run_id, input.pr.body, input.pr.number, input.pr.head_sha);
  const runIdProblem = runIdTrailerProblem(input.config.run_id, input.pr.body);
  if (runIdProblem !== null) identityViolations.push(runIdProblem);
  record.run_id = runIdProblem === null ? runId : null;
  const wf = workflow.workflow_id === null ? undefined : policy.workflow(workflow.workflow_id);
  if (wf) {
    record.limits.files.max = wf.change_scope.max_changed_files;
    record.limits.diff_lines.max = wf.change_scope.max_diff_lines;
  }

  const files = input.files ?? [];
  const baseRequest: Record<string, unknown> = {
    workflow_id: workflow.workflow_id,
    agent_id: author.login || agentClass || '',
    ...(agentClass !== null ? { agent_class: agentClass } : {}),
    run_id: runId,
    tool_namespace: input.config.tool_namespace,
    tool_access_mode: 'write_branch',
    branch_name: input.pr.head_ref,
    changed_paths: files.map((f) => f.path),
    diff_line_count: diffLines(input),
    head_sha: input.pr.head_sha,
    ...(input.config.change_class ? { change_class: input.config.change_class } : {}),
  };
  const evaluate = (extra: Record<string, unknown>) => {
    const request = { ...baseRequest, ...extra };
    return { request, decision: policy.evaluate(request, { now }) };
  };

  // Kill: the kill-signal input or the kill label ends the session whatever else holds.
  if (killSignal !== null) {
    const k = evaluate({ gate_phase: 'admission', runtime_kill_signal: killSignal });
    record.gates.push(gate('kill', k.decision.decision, [killWhy, ...k.decision.violations], k.request, k.decision));
  } else {
    record.gates.push(gate('kill', 'allow', []));
  }

  // Admission + write: one evaluation, its checks split between the two gates.
  const main = evaluate({ gate_phase: 'admission' });
  const writeStrings = new Set(main.decision.evidence.checks.filter((c) => WRITE_CHECKS.has(c.check) && c.outcome === 'fail').map((c) => c.detail ?? ''));
  const isWriteViolation = (v: string) => writeStrings.has(v) || v.startsWith('changed path ');
  const admissionViolations = [...identityViolations, ...main.decision.violations.filter((v) => !isWriteViolation(v))];
  const { labelProblem, capProblem } = prChecks(input, wf, record);
  if (labelProblem) admissionViolations.push(labelProblem);
  if (capProblem) admissionViolations.push(capProblem);
  record.gates.push(gate('admission', admissionViolations.length > 0 ? 'deny' : 'allow', admissionViolations, main.request, main.decision));

  // Write: the evaluator's path and size checks, the previous paths, and the built-in rules.
  const writeChecked = main.decision.evidence.checks.some((c) => WRITE_CHECKS.has(c.check) && c.outcome !== 'skip');
  const writeViolations = main.decision.violations.filter(isWriteViolation);
  const renamed = files.filter((f) => f.previous_path !== null);
  const previous = renamed.length > 0 && writeChecked ? evaluate({ gate_phase: 'admission', changed_paths: renamed.map((f) => f.previous_path), diff_line_count: 0 }) : null;
  if (previous) {
    // Only its path verdicts: its file count is never over a limit the current paths are not.
    for (const v of previous.decision.violations) if (v.startsWith('changed path ')) writeViolations.push(`previous ${v.slice('changed '.length)}`);
  }
  if (input.files === null) writeViolations.unshift(input.files_problem ?? 'The changed files could not be listed, so the change cannot be checked.');
  const rows = pathRows(files, main.decision, previous?.decision ?? null, builtInRules(input.base.manifest_path, input.base.pack_path), writeChecked);
  record.paths = rows.rows;
  // The built-in verdicts first: they name the real reason (e.g. a workflow file), not just "outside
  // the allowed paths"; a path they name is not listed again with the evaluator's verdict.
  const namedByBuiltIn = new Set(rows.builtInPaths.flatMap((p) => [`changed path ${quoteValue(p)} `, `previous path ${quoteValue(p)} `]));
  const deduped = writeViolations.filter((v) => ![...namedByBuiltIn].some((prefix) => v.startsWith(prefix)));
  writeViolations.splice(0, writeViolations.length, ...deduped);
  writeViolations.splice(input.files === null ? 1 : 0, 0, ...rows.builtInViolations);
  const scopeDecision = (main.decision.matched_scope?.decision as AdmissionDecision | undefined) ?? 'allow_scoped_branch';
  const writeDecision: AdmissionDecision = writeViolations.length > 0 ? 'deny' : writeChecked ? scopeDecision : 'not_applicable';
  if (!writeChecked && input.files !== null) record.notes.push("The pack's path and size rules were not evaluated because the admission gate refused the request first.");
  const unjudged = writeChecked ? record.paths.filter((p) => p.verdict === 'unchecked').length : 0;
  if (unjudged > 0) record.notes.push(`${unjudged} path(s) were not judged one by one: the change is over its file limit, which denies it anyway (the built-in rules still cover every path).`);
  record.gates.push(gate('write', writeDecision, writeViolations, previous ? { current: main.request, previous_paths: previous.request } : main.request, main.decision));
  noteFileFlags(record);

  // Pre-merge: typed approvals when the pack requires human review.
  preMergeGate(record, input, policy, wf, agents, evaluate);

  return conclude(record, input);
}

interface TrustOutcome {
  gate: GateResult;
  policy: Policy | null;
}

function trustGate(input: AdmissionInput, record: UnhashedEvidence): TrustOutcome {
  const violations: string[] = [...(input.problems ?? [])];
  const { base } = input;
  if (base.problem) violations.push(base.problem);
  let policy: Policy | null = null;
  if (base.pack_text === null) {
    if (!base.problem) violations.push(`The base commit has no pack at ${base.pack_path}.`);
  } else {
    try {
      policy = loadPolicy(base.pack_text, {
        ...(input.config.expect_pack_sha256 ? { expectPackSha256: input.config.expect_pack_sha256 } : {}),
        ...(input.config.trusted_keys ? { trustedKeys: input.config.trusted_keys } : {}),
      });
      record.policy_id = policy.policyId;
    } catch (err) {
      violations.push(`The base pack ${base.pack_path} cannot be used: ${(err as Error).message}`);
    }
  }
  if (base.manifest_text === null) {
    if (!base.problem) violations.push(`The base commit has no manifest at ${base.manifest_path}.`);
  } else if (base.pack_text !== null) {
    const drift = driftOf(base.manifest_text, base.pack_text, base.manifest_path, base.pack_path);
    if (drift) violations.push(drift);
  }
  return { gate: gate('trust', violations.length > 0 ? 'deny' : 'allow', violations), policy };
}

/** Regenerates with the committed pack's identity; any other difference is drift. */
function driftOf(manifestText: string, packText: string, manifestPath: string, packPath: string): string | null {
  let committedManifestPath = manifestPath;
  try {
    const p = (JSON.parse(packText) as { source_manifest?: { path?: unknown } }).source_manifest?.path;
    if (typeof p === 'string' && p !== '') committedManifestPath = p;
  } catch {
    // An unreadable pack is reported by loadPolicy; the comparison below fails as it should.
  }
  let generated: string;
  try {
    generated = regenerateLike(manifestText, packText, { manifestPath: committedManifestPath }).packText;
  } catch (err) {
    return `The base manifest ${manifestPath} does not compile, so the base pack cannot be trusted: ${(err as Error).message}`;
  }
  const result = checkDrift(generated, packText, { path: packPath });
  if (!result.drift) return null;
  return `The base pack ${packPath} has drifted from the base manifest ${manifestPath}: it is not what the manifest generates (first difference at line ${result.firstChangedLine ?? 1}). Regenerate the pack from the manifest on the base branch and commit it.`;
}


/** The two PR-only admission rules the pack declares but the evaluator cannot see: label and open-PR cap. */
function prChecks(input: AdmissionInput, wf: WorkflowPolicy | undefined, record: UnhashedEvidence): { labelProblem: string | null; capProblem: string | null } {
  if (!wf) return { labelProblem: null, capProblem: null };
  const label = wf.dispatch.required_pr_label;
  const labelProblem =
    label && !input.pr.labels.some((l) => l.toLowerCase() === label.toLowerCase()) ? `The PR lacks the required label "${label}".` : null;
  const cap = wf.dispatch.max_open_prs_per_repo;
  let capProblem: string | null = null;
  if (input.open_agent_prs === null) {
    capProblem = 'The open agent pull requests could not be listed, so the open-PR cap cannot be checked.';
    record.limits.open_prs = { used: 0, max: cap };
  } else {
    const open = [...new Set([...input.open_agent_prs, input.pr.number])].sort((a, b) => a - b);
    record.limits.open_prs = { used: open.length, max: cap };
    const position = open.indexOf(input.pr.number) + 1;
    if (cap !== null && position > cap) {
      capProblem = `This is open agent PR number ${position} (oldest first) and the cap is ${cap}: the ${cap} oldest pass, newer ones wait.`;
    }
  }
  return { labelProblem, capProblem };
}

function builtInMessage(v: BuiltInVerdict): string {
  switch (v.verdict) {
    case 'always_forbidden':
      return `always forbidden for agents (${v.rule})`;
    case 'symlink':
      return 'symlinks are not allowed in agent PRs';
    case 'submodule':
      return `submodules are not allowed in agent PRs (${v.rule})`;
    case 'invalid':
      return 'a path of only white space cannot be checked';
  }
}

/**
 * One row per changed file: the worst of the built-in verdict and the evaluator's verdicts on its
 * path and previous path; plus a violation for each built-in verdict.
 */
function pathRows(
  files: ChangedFile[],
  main: Decision,
  previous: Decision | null,
  rules: BuiltInRules,
  checked: boolean,
): { rows: PathRow[]; builtInViolations: string[]; builtInPaths: string[] } {
  const verdicts = new Map(main.evidence.paths.map((p) => [p.path, p]));
  const previousVerdicts = new Map((previous?.evidence.paths ?? []).map((p) => [p.path, p]));
  const builtInViolations: string[] = [];
  const builtInPaths: string[] = [];
  const rows = files.map((f): PathRow => {
    const candidates: { verdict: PathRowVerdict; rule: string | null }[] = [];
    const builtIn = rules.pathVerdict(f.path) ?? (f.previous_path !== null ? rules.pathVerdict(f.previous_path) : null) ?? rules.modeVerdict(f);
    if (builtIn) {
      candidates.push({ verdict: builtIn.verdict, rule: builtIn.rule });
      builtInViolations.push(`${f.path}${f.previous_path !== null ? ` (from ${f.previous_path})` : ''}: ${builtInMessage(builtIn)}`);
      builtInPaths.push(f.path, ...(f.previous_path !== null ? [f.previous_path] : []));
    }
    const own = verdicts.get(f.path);
    candidates.push(own ? { verdict: own.verdict, rule: own.rule ?? own.detail ?? null } : { verdict: 'unchecked', rule: null });
    if (f.previous_path !== null) {
      const prev = previousVerdicts.get(f.previous_path);
      if (prev) candidates.push({ verdict: prev.verdict, rule: `previous path: ${prev.rule ?? prev.detail ?? prev.verdict}` });
      else if (checked) candidates.push({ verdict: 'unchecked', rule: null });
    }
    candidates.sort((a, b) => VERDICT_SEVERITY[a.verdict] - VERDICT_SEVERITY[b.verdict]);
    const worst = candidates[0]!;
    return {
      status: f.status,
      path: f.path,
      previous_path: f.previous_path,
      rule: worst.rule,
      verdict: worst.verdict,
      executable_changed: executableChanged(f),
      binary: f.binary,
    };
  });
  return { rows, builtInViolations, builtInPaths };
}

function noteFileFlags(record: UnhashedEvidence): void {
  const exec = record.paths.filter((p) => p.executable_changed).map((p) => p.path);
  const binary = record.paths.filter((p) => p.binary).map((p) => p.path);
  const sample = (l: string[]) => l.slice(0, 10).join(', ') + (l.length > 10 ? `, and ${l.length - 10} more` : '');
  if (exec.length > 0) record.notes.push(`The executable bit changes on ${exec.length} file(s): ${sample(exec)}.`);
  if (binary.length > 0) record.notes.push(`${binary.length} binary file(s) change; each counts every line (newline-separated) of its old side as deleted and of its new side as added: ${sample(binary)}.`);
}

function preMergeGate(
  record: UnhashedEvidence,
  input: AdmissionInput,
  policy: Policy,
  wf: WorkflowPolicy | undefined,
  agents: AgentDirectory,
  evaluate: (extra: Record<string, unknown>) => { request: Record<string, unknown>; decision: Decision },
): void {
  if (!wf) return;
  let bare = evaluate({ gate_phase: 'pre_merge' });
  const classApprovals: { request: Record<string, unknown>; decision: Decision }[] = [];
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
      const withRecord = evaluate({ gate_phase: 'pre_merge', human_approval_record: approvalRecord });
      const judged = withRecord.decision.evidence.approval;
      if (judged.valid && classReviewIs(withRecord.decision, 'pass')) classApprovals.push(withRecord);
      return { valid: judged.valid, problems: judged.problems };
    },
  });
  record.approvals = outcome.rows;
  // A change class that needs review (manual_review_required_for) is approved by a counted typed record.
  const classHold = classReviewIs(bare.decision, 'fail');
  const recordCounted = outcome.rows.some((r) => r.counted && r.source !== 'review');
  if (classHold && recordCounted && classApprovals.length > 0) bare = classApprovals[0]!;
  // The bare pre-merge request differs from the admission request only in its gate phase: report
  // only what is new (e.g. pre_merge not declared for the workflow).
  const reported = new Set(record.gates.flatMap((g) => g.violations));
  // Path verdicts belong to the write gate, which lists each path once.
  const violations = bare.decision.decision === 'deny' ? bare.decision.violations.filter((v) => !reported.has(v) && !v.startsWith('changed path ')) : [];
  if (bare.decision.decision === 'deny' && violations.length === 0) violations.push(SAME_REASONS);
  if (classReviewIs(bare.decision, 'fail')) {
    const how = input.context.surface === 'local' ? 'pass one with `--approval FILE`' : 'post one in an `agent-approval` block of an APPROVED review';
    violations.push(`The change class "${String(input.config.change_class)}" needs review (manual_review_required_for): it needs a typed approval record from a reviewer on ${input.pr.head_sha.slice(0, 7)}; ${how}.`);
  }
  let decision: DecisionName = bare.decision.decision;
  if (!policy.pack.global_defaults.human_review_required) {
    record.notes.push('The pack does not require human review before merge.');
  } else if (!outcome.satisfied && decisionRank(decision) >= decisionRank('hold_for_approval')) {
    // (A request the pre-merge gate denies anyway is not waiting for review: no approval asks.)
    decision = 'hold_for_approval';
    const head = input.pr.head_sha.slice(0, 7);
    const what = input.context.surface === 'local' ? 'a typed approval record (`--approval FILE`)' : 'an APPROVED review';
    if (outcome.problem) violations.push(outcome.problem);
    else if (input.config.approvals === 'any') violations.push(`Needs ${what} from a member of ${outcome.missing_pools.map((p) => `"${p}"`).join(' or ')} on ${head}.`);
    else for (const pool of outcome.missing_pools) violations.push(`Needs ${what} from a member of "${pool}" on ${head}.`);
  }
  record.gates.push(gate('pre_merge', decision, violations, bare.request, bare.decision));
}

function classReviewIs(d: Decision, outcome: 'pass' | 'fail'): boolean {
  return d.evidence.checks.some((c) => c.check === 'change_class_review' && c.outcome === outcome);
}

/** Overall decision = the most restrictive gate; then the summary, violations and next steps. */
function conclude(record: UnhashedEvidence, input: AdmissionInput): UnhashedEvidence {
  let worst: DecisionName = 'allow';
  for (const g of record.gates) {
    if (g.decision !== 'not_applicable' && decisionRank(g.decision) < decisionRank(worst)) worst = g.decision;
  }
  record.decision = decisionRank(worst) === 3 ? 'allow' : worst;
  const seen = new Set(record.violations);
  for (const g of record.gates) {
    if (g.decision === 'not_applicable' || decisionRank(g.decision) === 3) continue;
    // A PR that is denied or killed is not waiting for review: its approvals are beside the point.
    if (g.gate === 'pre_merge' && g.decision === 'hold_for_approval' && record.decision !== 'hold_for_approval') continue;
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
function summarise(r: UnhashedEvidence): string {
  const who = [r.workflow_id && `workflow ${r.workflow_id}`, r.agent_class && `agent ${r.agent_class}`].filter(Boolean).join(', ');
  const size = `${r.limits.files.used}${r.limits.files.max !== null ? `/${r.limits.files.max}` : ''} files, ${r.limits.diff_lines.used}${r.limits.diff_lines.max !== null ? `/${r.limits.diff_lines.max}` : ''} lines`;
  const context = who ? ` (${who}; ${size})` : ` (${size})`;
  switch (r.decision) {
    case 'allow':
      return `Allowed${context}: every gate passed.`;
    case 'hold_for_approval':
      return `Held for approval${context}: ${r.violations[0] ?? 'human review is required'}`;
    case 'kill_session':
      return `Session killed${context}: ${r.violations[0] ?? 'a kill signal is set'}`;
    default:
      return `Denied${context}: ${r.violations.length} violation(s); first: ${r.violations[0] ?? 'see the gates'}`;
  }
}

function nextSteps(r: UnhashedEvidence, input: AdmissionInput): string[] {
  const steps: string[] = [];
  const byGate = (name: GateResult['gate']) => r.gates.find((g) => g.gate === name);
  const bad = (name: GateResult['gate']) => {
    const g = byGate(name);
    return g !== undefined && decisionRank(g.decision === 'not_applicable' ? 'allow' : g.decision) < 3;
  };
  if (bad('trust')) {
    steps.push(`Fix the policy on the base branch first (the pack ${input.base.pack_path} must be what the manifest ${input.base.manifest_path} generates): run \`mcp-gateway-policy check\`, regenerate if needed, and merge that before this PR.`);
  }
  if (bad('kill')) steps.push('A kill signal stopped this session: a maintainer investigates and clears the signal (or removes the kill label) before any agent work resumes.');
  if (bad('admission')) {
    for (const v of byGate('admission')!.violations) {
      if (v.startsWith('The PR lacks the required label')) steps.push(`Add the label ${v.slice(v.indexOf('"'), v.lastIndexOf('"') + 1)} to the pull request.`);
      else if (v.startsWith('This is open agent PR number')) steps.push('Wait until older agent pull requests are merged or closed; the check re-runs on the next event.');
      else if (v.startsWith('No workflow id') || v.startsWith('The workflow id sources disagree')) {
        steps.push(
          input.context.surface === 'local'
            ? 'Name exactly one workflow: `--workflow-id <id>`, or the branch `<prefix><workflow_id>/…` (`--branch`), agreeing.'
            : 'Name exactly one workflow: the `workflow-id` input or the branch `<prefix><workflow_id>/…`, agreeing (a `Workflow-Id: <id>` trailer counts only where `workflow-from` allows it).',
        );
      }
    }
    if (steps.length === 0 || byGate('admission')!.violations.some((v) => !/^(The PR lacks|This is open agent PR|No workflow id|The workflow id sources)/.test(v))) {
      steps.push('The workflow, agent or branch is not admitted by the pack (see the admission violations): use a workflow that allows this agent on this branch.');
    }
  }
  if (bad('write')) {
    const offending = r.paths.filter((p) => p.verdict !== 'allowed' && p.verdict !== 'unchecked').map((p) => p.path);
    if (offending.length > 0) steps.push(`Remove the changes to ${offending.length} path(s) the policy does not allow: ${offending.slice(0, 5).join(', ')}${offending.length > 5 ? ', …' : ''}.`);
    const { files, diff_lines } = r.limits;
    if ((files.max !== null && files.used > files.max) || (diff_lines.max !== null && diff_lines.used > diff_lines.max)) {
      steps.push(`Split the change: it has ${files.used} files and ${diff_lines.used} changed lines; the limits are ${files.max ?? 'none'} files and ${diff_lines.max ?? 'none'} lines.`);
    }
    if (input.files === null) steps.push('Re-run the check; if the change list cannot be read, run it where the repository history is available.');
  }
  const pre = byGate('pre_merge');
  if (pre && pre.decision === 'hold_for_approval' && r.decision === 'hold_for_approval') steps.push(...pre.violations);
  return [...new Set(steps)];
}
