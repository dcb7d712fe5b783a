/**
 * One request in, one decision out (spec: decision-semantics.md). Pure and synchronous; never
 * throws. The order of checks is the spec's; every check appears in `evidence.checks` as pass,
 * fail or skip, and every violation found is listed.
 *
 * Where the spec is silent the reference evaluator's (docs/architecture.md#glossary) reading is kept (white space around names is
 * ignored, a kill signal is any Python-truthy value), so decisions on ordinary requests stay equal
 * to the reference evaluator's; where the spec is stricter, the spec wins.
 */
import type { McpScope } from '../pack/index.js';
import { emptyApprovalVerdict, isAbsentRecord, judgeApproval, type CompiledTrustedKey } from './approval.js';
import type { CompiledWorkflow } from './compile.js';
import { cleanPath, originalPathForm } from './paths.js';
import { describeType, hasOuterWhitespace, isBlank, plainValue, pyStrip, quoteValue } from './text.js';
import type { ApprovalVerdict, Decision, DecisionCheck, DecisionEvidence, DecisionName, EvaluateOptions, PathVerdict } from './types.js';

/** Everything evaluate() needs from the loaded policy; built once by loadPolicy. */
export interface EvaluatorContext {
  packSha256: string;
  manifestSha256: string;
  policyId: string;
  generatedAt: string;
  workflows: ReadonlyMap<string, CompiledWorkflow>;
  manualReviewClasses: ReadonlySet<string>;
  /** Every agent class any workflow allows, lowercased: none of them may approve. */
  agentClasses: ReadonlySet<string>;
  trustedKeys: Map<string, CompiledTrustedKey> | null;
  maxApprovalWindowMs: number;
}

/** The request attributes the spec names (readAttributes reads exactly these); anything else is listed as unknown. */
export const KNOWN_ATTRIBUTES: ReadonlySet<string> = new Set([
  'workflow_id',
  'agent_id',
  'agent_class',
  'run_id',
  'tool_namespace',
  'tool_access_mode',
  'branch_name',
  'changed_paths',
  'diff_line_count',
  'gate_phase',
  'change_class',
  'head_sha',
  'human_approval_record',
  'runtime_kill_signal',
  'triggered_kill_signal',
]);

/** The checks, in the order the spec runs them. */
export const CHECK_NAMES = [
  'request_readable',
  'kill_signal',
  'workflow_declared',
  'default_deny',
  'workflow_active',
  'maturity_posture',
  'required_attributes',
  'gate_phase',
  'agent_identity',
  'tool_scope',
  'branch_name',
  'changed_paths',
  'diff_line_count',
  'path_scope',
  'change_class_review',
  'scope_approval',
] as const;
export type CheckName = (typeof CHECK_NAMES)[number];

// Outcomes without detail are shared frozen objects: most checks pass, and a decision should not
// allocate a dozen identical objects to say so.
const PASS = frozenOutcomes('pass');
const SKIP = frozenOutcomes('skip');
function frozenOutcomes(outcome: 'pass' | 'skip'): Record<CheckName, DecisionCheck> {
  const out = {} as Record<CheckName, DecisionCheck>;
  for (const c of CHECK_NAMES) out[c] = Object.freeze({ check: c, outcome });
  return out;
}
/**
 * Entries judged one by one: every entry of any change up to this size (GitHub lists at most 3,000
 * files of a PR), so evidence names every offending path; past it, the write is denied for its count
 * and the rest are only counted, so a request with a hundred thousand paths stays cheap.
 */
const JUDGED_ENTRIES_AT_LEAST = 5000;
/** Beyond a larger max_changed_files, a few entries past the limit are still judged. */
const JUDGED_BEYOND_LIMIT = 32;
/**
 * Total characters of changed paths judged in one request. Matching is linear in path length, but
 * 5,000 crafted 4,096-character paths would still cost seconds; a real change of 3,000 files is
 * far below this. Past it the write is refused, not judged.
 */
const JUDGED_CHARS_LIMIT = 1 << 20;

const NOT_A_BRANCH_WRITE = (() => {
  const m = {} as Record<string, DecisionCheck>;
  for (const c of ['branch_name', 'changed_paths', 'diff_line_count', 'path_scope'] as const) {
    m[c] = Object.freeze({ check: c, outcome: 'skip', detail: 'the scope is not a branch write' });
  }
  return m;
})();

function fail(check: CheckName, detail: string): DecisionCheck {
  return { check, outcome: 'fail', detail };
}

/** Python truthiness of a JSON value: null, false, 0, "", [] and {} are falsy. */
function pyTruthy(v: unknown): boolean {
  if (v === undefined || v === null || v === false || v === 0 || v === '') return false;
  if (typeof v !== 'object') return true;
  if (Array.isArray(v)) return v.length > 0;
  for (const k in v) if (Object.prototype.hasOwnProperty.call(v, k)) return true;
  return false;
}

/** A value echoed back in `request`: JSON-ish values as given, anything else as null. */
function echo(v: unknown): unknown {
  if (v === undefined) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'string' || typeof v === 'boolean' || v === null || typeof v === 'object') return v;
  return null;
}

/**
 * The request's own attributes, read in one pass. Only own properties count: a value inherited
 * from a polluted Object.prototype, or from a prototype set through a "__proto__" literal, is not
 * something the caller sent.
 */
class Attributes {
  workflow_id: unknown = undefined;
  agent_id: unknown = undefined;
  agent_class: unknown = undefined;
  run_id: unknown = undefined;
  tool_namespace: unknown = undefined;
  tool_access_mode: unknown = undefined;
  branch_name: unknown = undefined;
  changed_paths: unknown = undefined;
  diff_line_count: unknown = undefined;
  gate_phase: unknown = undefined;
  change_class: unknown = undefined;
  head_sha: unknown = undefined;
  human_approval_record: unknown = undefined;
  runtime_kill_signal: unknown = undefined;
  triggered_kill_signal: unknown = undefined;
  unknown: string[] = [];
  observed: string[] = [];
}

function readAttributes(req: Record<string, unknown>): Attributes {
  const a = new Attributes();
  for (const k in req) {
    if (!Object.prototype.hasOwnProperty.call(req, k)) continue;
    const v = req[k];
    switch (k) {
      case 'workflow_id': a.workflow_id = v; break;
      case 'agent_id': a.agent_id = v; break;
      case 'agent_class': a.agent_class = v; break;
      case 'run_id': a.run_id = v; break;
      case 'tool_namespace': a.tool_namespace = v; break;
      case 'tool_access_mode': a.tool_access_mode = v; break;
      case 'branch_name': a.branch_name = v; break;
      case 'changed_paths': a.changed_paths = v; break;
      case 'diff_line_count': a.diff_line_count = v; break;
      case 'gate_phase': a.gate_phase = v; break;
      case 'change_class': a.change_class = v; break;
      case 'head_sha': a.head_sha = v; break;
      case 'human_approval_record': a.human_approval_record = v; break;
      case 'runtime_kill_signal': a.runtime_kill_signal = v; break;
      case 'triggered_kill_signal': a.triggered_kill_signal = v; break;
      default:
        a.unknown.push(k);
        continue;
    }
    if (pyTruthy(v)) a.observed.push(k);
  }
  if (a.unknown.length > 1) a.unknown.sort();
  if (a.observed.length > 1) a.observed.sort();
  return a;
}

/** A required string attribute's stripped value, or null after recording why it cannot be used. */
function requiredString(name: string, v: unknown, violations: string[]): string | null {
  if (typeof v === 'string') {
    if (!isBlank(v)) return pyStrip(v);
  } else if (pyTruthy(v)) {
    violations.push(`${name} must be a string, got ${describeType(v)}`);
    return null;
  }
  violations.push(`${name} is required`);
  return null;
}

/** The kill signal as text ("" when none fired). Any Python-truthy value fires, as in the reference evaluator. */
function killSignalText(v: unknown): string {
  if (v === undefined || v === null) return '';
  if (typeof v === 'string') return pyStrip(v);
  if (!pyTruthy(v)) return '';
  try {
    return JSON.stringify(v) ?? describeType(v);
  } catch {
    return describeType(v);
  }
}

export interface Clock {
  lastMs: number;
  lastIso: string;
}

function resolveNow(options: EvaluateOptions | undefined): number {
  const now = options?.now;
  if (now === undefined) return Date.now();
  if (now instanceof Date) return now.getTime();
  if (typeof now === 'number') return now;
  if (typeof now === 'string') return Date.parse(now);
  return NaN;
}

function isoOf(ms: number, clock: Clock): string {
  if (ms !== clock.lastMs) {
    clock.lastIso = new Date(ms).toISOString();
    clock.lastMs = ms;
  }
  return clock.lastIso;
}

export function evaluateRequest(ctx: EvaluatorContext, clock: Clock, request: unknown, options?: EvaluateOptions): Decision {
  try {
    return evaluateUnsafe(ctx, clock, request, options);
  } catch (err) {
    // Reached only by hostile non-JSON values (throwing getters, proxies): fail closed.
    return unreadable(ctx, clock, safeNow(options), `the request could not be read (${errorText(err)})`);
  }
}

export function refuseInput(ctx: EvaluatorContext, clock: Clock, violation: string, options?: EvaluateOptions): Decision {
  return unreadable(ctx, clock, safeNow(options), typeof violation === 'string' ? violation : 'the input is not a request');
}

/** The evaluation time, or the current time when `now` is unusable (the decision is a deny then anyway). */
function safeNow(options: EvaluateOptions | undefined): number {
  let ms: number;
  try {
    ms = resolveNow(options);
  } catch {
    ms = NaN;
  }
  return validTime(ms) ? ms : Date.now();
}

function validTime(ms: number): boolean {
  return Number.isFinite(ms) && Math.abs(ms) <= 8.64e15;
}

function errorText(err: unknown): string {
  try {
    return err instanceof Error ? err.message : String(err);
  } catch {
    return 'unprintable error';
  }
}

/** The verdict when no record was sent: shared, frozen. */
const NO_APPROVAL: ApprovalVerdict = Object.freeze({ ...emptyApprovalVerdict(), problems: Object.freeze([]) as unknown as string[] });

function newEvidence(ctx: EvaluatorContext, evaluatedAt: string, unknown: string[], observed: string[]): DecisionEvidence {
  return {
    pack_sha256: ctx.packSha256,
    manifest_sha256: ctx.manifestSha256,
    source_manifest_sha256: ctx.manifestSha256,
    policy_id: ctx.policyId,
    policy_generated_at: ctx.generatedAt,
    evaluated_at: evaluatedAt,
    workflow_id: null,
    workflow_policy_sha256: null,
    run_id: null,
    agent_class: null,
    scope_id: null,
    maturity_stage: null,
    required_pr_label: null,
    checks: [],
    paths: [],
    approval: NO_APPROVAL,
    observed_runtime_attributes: observed,
    unknown_attributes: unknown,
  };
}

function unreadable(ctx: EvaluatorContext, clock: Clock, nowMs: number, violation: string): Decision {
  const evidence = newEvidence(ctx, isoOf(nowMs, clock), [], []);
  evidence.checks.push(fail('request_readable', violation));
  return result(evidence, {}, [violation], null, 'deny', 'the request cannot be read', null, false, false);
}

function result(
  evidence: DecisionEvidence,
  request: Record<string, unknown>,
  violations: string[],
  wf: CompiledWorkflow | undefined | null,
  decision: DecisionName,
  reason: string,
  scope: McpScope | null,
  approvalRequired: boolean,
  approvalPresent: boolean,
): Decision {
  const checks = evidence.checks;
  while (checks.length < CHECK_NAMES.length) checks.push(SKIP[CHECK_NAMES[checks.length]!]);
  return {
    allowed: decision === 'allow' || decision === 'allow_scoped_branch' || decision === 'allow_scoped_ticket',
    approval_present: approvalPresent,
    approval_required: approvalRequired,
    decision,
    evidence,
    matched_policy: wf ? (wf.matchedPolicy) : null,
    matched_scope: scope as Record<string, unknown> | null,
    reason,
    request,
    violations,
  };
}

function echoRequest(a: Attributes): Record<string, unknown> {
  const paths = a.changed_paths;
  return {
    agent_class: echo(a.agent_class),
    agent_id: echo(a.agent_id),
    branch_name: echo(a.branch_name),
    change_class: echo(a.change_class),
    changed_paths:
      paths === undefined || paths === null ? [] : Array.isArray(paths) ? paths.slice() : typeof paths === 'string' ? [paths] : echo(paths),
    // The reference evaluator echoes the count it judged: absent or null is 0.
    diff_line_count: a.diff_line_count === undefined || a.diff_line_count === null ? 0 : echo(a.diff_line_count),
    gate_phase: echo(a.gate_phase),
    head_sha: echo(a.head_sha),
    run_id: echo(a.run_id),
    runtime_kill_signal: null,
    tool_access_mode: echo(a.tool_access_mode),
    tool_namespace: echo(a.tool_namespace),
    workflow_id: echo(a.workflow_id),
  };
}

function evaluateUnsafe(ctx: EvaluatorContext, clock: Clock, request: unknown, options: EvaluateOptions | undefined): Decision {
  const nowMs = resolveNow(options);
  if (!validTime(nowMs)) return unreadable(ctx, clock, Date.now(), 'the evaluation time (now) is not a valid time');
  if (request === null || typeof request !== 'object' || Array.isArray(request)) {
    return unreadable(ctx, clock, nowMs, `the request must be a JSON object, got ${describeType(request)}`);
  }
  const a = readAttributes(request as Record<string, unknown>);
  const evidence = newEvidence(ctx, isoOf(nowMs, clock), a.unknown, a.observed);
  const checks = evidence.checks;
  const violations: string[] = [];
  const echoed = echoRequest(a);
  checks.push(PASS.request_readable);

  let workflowId: string | null = null;
  let workflowProblem: string | null = null;
  if (typeof a.workflow_id === 'string') {
    workflowId = pyStrip(a.workflow_id);
    if (workflowId === '') workflowId = null;
  } else if (pyTruthy(a.workflow_id)) {
    workflowProblem = `workflow_id must be a string, got ${describeType(a.workflow_id)}`;
  }
  const wf = workflowId === null ? undefined : ctx.workflows.get(workflowId);
  if (workflowId !== null) evidence.workflow_id = workflowId;
  if (wf) {
    evidence.workflow_policy_sha256 = wf.policySha256;
    evidence.maturity_stage = wf.policy.maturity_stage;
    evidence.required_pr_label = wf.requiredPrLabel;
  }

  // 1. A kill signal ends the session, whatever else the request says.
  const kill = killSignalText(a.runtime_kill_signal) || killSignalText(a.triggered_kill_signal);
  if (kill !== '') {
    echoed.runtime_kill_signal = kill;
    if (!wf || !wf.killSignals.has(kill)) violations.push(`unregistered kill signal: ${quoteValue(kill)}`);
    checks.push(fail('kill_signal', `kill signal fired: ${quoteValue(kill)}`));
    return result(evidence, echoed, violations, wf, 'kill_session', 'runtime kill signal fired', null, false, false);
  }
  checks.push(PASS.kill_signal);

  // 2. The workflow must be declared.
  if (!wf) {
    const problem = workflowProblem ?? (workflowId === null ? 'missing workflow_id' : `unknown workflow_id: ${quoteValue(workflowId)}`);
    violations.push(problem);
    checks.push(fail('workflow_declared', problem));
    // Nothing else can be judged without the workflow, but missing attributes are still worth listing.
    requiredString('agent_id', a.agent_id, violations);
    requiredString('run_id', a.run_id, violations);
    requiredString('tool_namespace', a.tool_namespace, violations);
    requiredString('tool_access_mode', a.tool_access_mode, violations);
    requiredString('gate_phase', a.gate_phase, violations);
    const reason = workflowId === null ? 'workflow_id is required' : 'workflow_id is not declared in the gateway policy pack';
    return result(evidence, echoed, violations, wf, 'deny', reason, null, false, false);
  }
  checks.push(PASS.workflow_declared);

  // 3. Default deny (checked at load, so it holds), active status, maturity posture.
  checks.push(PASS.default_deny);
  if (wf.active) checks.push(PASS.workflow_active);
  else {
    const problem = `workflow status is ${quoteValue(wf.policy.status)}, not active`;
    violations.push(problem);
    checks.push(fail('workflow_active', problem));
  }
  if (wf.posture.inside) checks.push(PASS.maturity_posture);
  else {
    const problem = `workflow is outside its maturity posture (${String(wf.policy.maturity_stage)}): ${wf.posture.problems.join('; ')}`;
    violations.push(problem);
    checks.push(fail('maturity_posture', problem));
  }

  // 4. Required attributes, and the types of the optional ones that steer the decision.
  const before4 = violations.length;
  const agentId = requiredString('agent_id', a.agent_id, violations);
  const runId = requiredString('run_id', a.run_id, violations);
  const ns = requiredString('tool_namespace', a.tool_namespace, violations);
  const mode = requiredString('tool_access_mode', a.tool_access_mode, violations);
  const gatePhase = requiredString('gate_phase', a.gate_phase, violations);
  let changeClass = '';
  if (typeof a.change_class === 'string') changeClass = pyStrip(a.change_class);
  else if (a.change_class !== undefined && a.change_class !== null) {
    // A list or object here could dodge the manual-review list; refuse rather than guess.
    violations.push(`change_class must be a string, got ${describeType(a.change_class)}`);
  }
  if (a.head_sha !== undefined && a.head_sha !== null && typeof a.head_sha !== 'string') {
    violations.push(`head_sha must be a string, got ${describeType(a.head_sha)}`);
  }
  if (runId !== null) evidence.run_id = runId;
  if (violations.length === before4) checks.push(PASS.required_attributes);
  else checks.push(fail('required_attributes', violations.slice(before4).join('; ')));

  if (gatePhase === null) checks.push(fail('gate_phase', 'gate_phase is missing'));
  else if (wf.gatePhases.has(gatePhase)) checks.push(PASS.gate_phase);
  else {
    const problem = `gate_phase ${quoteValue(gatePhase)} is not declared for workflow`;
    violations.push(problem);
    checks.push(fail('gate_phase', problem));
  }

  // 5. Agent identity.
  const identity = resolveAgentClass(a.agent_class, agentId, wf);
  const agentClass = identity === null ? null : typeof identity === 'string' ? identity : identity.agentClass;
  if (agentClass !== null) {
    evidence.agent_class = agentClass;
    echoed.agent_class = agentClass;
  } else if (identity === null && (typeof a.agent_id === 'string' || !pyTruthy(a.agent_id))) {
    echoed.agent_class = ''; // the class the reference evaluator derives from an empty agent_id
  }
  if (typeof identity === 'string') checks.push(PASS.agent_identity);
  else {
    const problem = identity === null ? 'agent identity cannot be established without agent_id' : identity.problem;
    violations.push(problem);
    checks.push(fail('agent_identity', problem));
  }

  // 6. The tool scope.
  const scope = ns !== null && mode !== null ? wf.scopes.get(ns)?.get(mode) : undefined;
  if (scope) {
    evidence.scope_id = scope.scope_id;
    checks.push(PASS.tool_scope);
  } else {
    const problem = `tool scope ${plainValue(ns ?? '')}:${plainValue(mode ?? '')} is not allowed`;
    violations.push(problem);
    checks.push(fail('tool_scope', problem));
  }

  const record = a.human_approval_record;
  const hasRecord = !isAbsentRecord(record);
  if (violations.length > 0 || !scope) {
    if (hasRecord) evidence.approval = notConsidered(record);
    return result(evidence, echoed, violations, wf, 'deny', 'runtime request failed gateway policy checks', scope ?? null, false, false);
  }

  // 7. A branch write must stay inside its scope before anything may be held or approved.
  if (scope.decision === 'allow_scoped_branch') {
    checkBranchWrite(a, wf, evidence, violations);
    if (violations.length > 0) {
      if (hasRecord) evidence.approval = notConsidered(record);
      return result(evidence, echoed, violations, wf, 'deny', 'scoped branch write failed path, branch, or diff limits', scope, false, false);
    }
  } else {
    checks.push(NOT_A_BRANCH_WRITE.branch_name!, NOT_A_BRANCH_WRITE.changed_paths!, NOT_A_BRANCH_WRITE.diff_line_count!, NOT_A_BRANCH_WRITE.path_scope!);
  }

  // 8–9. Human approval, when a change class or the scope asks for it.
  let approval: ApprovalVerdict | null = null;
  if (hasRecord) {
    approval = judgeApproval(record, {
      workflowId: wf.id,
      runId: runId!,
      gatePhase: gatePhase!,
      agentId: agentId!,
      agentClasses: withClass(ctx.agentClasses, agentClass),
      reviewerPools: wf.reviewerPools,
      attribute: (name) => (name === 'agent_class' ? agentClass : (a as unknown as Record<string, unknown>)[name]),
      changedPaths: a.changed_paths,
      nowMs,
      maxWindowMs: ctx.maxApprovalWindowMs,
      trustedKeys: ctx.trustedKeys,
    });
    evidence.approval = approval;
  }
  const approved = approval !== null && approval.valid;
  const approvalProblems = (): void => {
    if (approval !== null) for (const p of approval.problems) violations.push(`human_approval_record: ${p}`);
  };

  const classNeedsReview = changeClass !== '' && ctx.manualReviewClasses.has(changeClass);
  if (!classNeedsReview) checks.push(SKIP.change_class_review);
  else if (approved) checks.push({ check: 'change_class_review', outcome: 'pass', detail: `change class ${quoteValue(changeClass)} approved` });
  else {
    approvalProblems();
    checks.push(fail('change_class_review', `change class ${quoteValue(changeClass)} requires a typed human approval record`));
    return result(evidence, echoed, violations, wf, 'hold_for_approval', 'change class requires a typed human approval record', scope, true, false);
  }

  if (scope.decision === 'hold_for_approval') {
    if (!approved) {
      approvalProblems();
      checks.push(fail('scope_approval', 'the tool scope requires a typed human approval record'));
      return result(evidence, echoed, violations, wf, 'hold_for_approval', 'tool scope requires a typed human approval record', scope, true, false);
    }
    checks.push(PASS.scope_approval);
    return result(evidence, echoed, violations, wf, 'allow', 'approval-required tool scope has a typed approval record', scope, true, true);
  }
  checks.push(SKIP.scope_approval);

  // 10. The scope's own decision.
  return result(evidence, echoed, violations, wf, scope.decision, 'runtime request satisfies gateway policy', scope, classNeedsReview, approved);
}

function withClass(classes: ReadonlySet<string>, extra: string | null): ReadonlySet<string> {
  if (extra === null || classes.has(extra)) return classes;
  const s = new Set(classes);
  s.add(extra);
  return s;
}

/** A record that was never weighed because the request was refused first. */
function notConsidered(record: unknown): ApprovalVerdict {
  const v = emptyApprovalVerdict();
  v.present = true;
  v.typed =
    record !== null &&
    typeof record === 'object' &&
    !Array.isArray(record) &&
    Object.prototype.hasOwnProperty.call(record, 'type') &&
    (record as Record<string, unknown>).type === 'human_approval';
  v.problems.push('not considered: the request was refused before approvals are weighed');
  return v;
}

/**
 * The agent class: `agent_class` if given, else `agent_id` in one of two forms only — exactly a
 * class name, or `sr-agent::<workflow_id>::<class>` naming this workflow. No substring guessing:
 * "not-codex-really" is not codex. Returns the allowed class, or {agentClass, problem}, or null
 * when there is no agent_id to go on.
 */
function resolveAgentClass(rawClass: unknown, agentId: string | null, wf: CompiledWorkflow): string | { agentClass: string | null; problem: string } | null {
  let cls: string;
  if (pyTruthy(rawClass)) {
    if (typeof rawClass !== 'string') return { agentClass: null, problem: `agent_class must be a string, got ${describeType(rawClass)}` };
    cls = pyStrip(rawClass).toLowerCase();
  } else if (agentId === null) {
    return null;
  } else {
    const known = wf.agentIdClasses.get(agentId);
    if (known !== undefined) return known;
    const first = agentId.indexOf('::');
    if (first === -1) cls = agentId.toLowerCase();
    else {
      const parts = agentId.split('::');
      if (parts.length !== 3 || parts[0]!.toLowerCase() !== 'sr-agent') {
        return { agentClass: null, problem: `agent_id ${quoteValue(agentId)} is neither a class name nor "sr-agent::${wf.id}::<class>"` };
      }
      if (parts[1] !== wf.id) {
        return { agentClass: null, problem: `agent_id ${quoteValue(agentId)} names workflow ${quoteValue(parts[1])}, not ${quoteValue(wf.id)}` };
      }
      cls = pyStrip(parts[2]!).toLowerCase();
    }
  }
  if (!wf.allowedAgents.has(cls)) return { agentClass: cls, problem: `agent_class ${quoteValue(cls)} is not allowed for workflow` };
  return cls;
}

function checkBranchWrite(a: Attributes, wf: CompiledWorkflow, evidence: DecisionEvidence, violations: string[]): void {
  const checks = evidence.checks;

  // Branch: starts with the workflow's prefix and names something after it.
  const rawBranch = a.branch_name;
  const prefix = wf.branchPrefix;
  let branchProblem: string | null = null;
  if (prefix === null || prefix === '') branchProblem = 'the workflow declares no required_branch_prefix, so no branch write is allowed';
  else if (rawBranch !== undefined && rawBranch !== null && typeof rawBranch !== 'string') {
    branchProblem = `branch_name must be a string, got ${describeType(rawBranch)}`;
  } else {
    const branch = typeof rawBranch === 'string' ? pyStrip(rawBranch) : '';
    if (!branch.startsWith(prefix)) branchProblem = `branch_name must start with ${quoteValue(prefix)}`;
    else if (branch.length === prefix.length) branchProblem = `branch_name ${quoteValue(branch)} is only the prefix; it must name a branch after it`;
  }
  if (branchProblem === null) checks.push(PASS.branch_name);
  else {
    violations.push(branchProblem);
    checks.push(fail('branch_name', branchProblem));
  }

  // Changed paths: a list (a single string is a one-item list); blank entries are dropped, and
  // every other entry counts, duplicates included.
  let countProblem: string | null = null;
  const rawPaths = a.changed_paths;
  let entries: unknown[] = [];
  if (typeof rawPaths === 'string') entries = [rawPaths];
  else if (Array.isArray(rawPaths)) entries = rawPaths;
  else if (rawPaths !== undefined && rawPaths !== null) countProblem = `changed_paths must be a list of paths, got ${describeType(rawPaths)}`;
  const paths = evidence.paths;
  const pathProblems: string[] = [];
  // Judging a path costs glob tests; only a bounded number of entries is judged one by one.
  const judgeLimit = Math.max(JUDGED_ENTRIES_AT_LEAST, wf.maxChangedFiles + JUDGED_BEYOND_LIMIT);
  let count = 0;
  let judgedChars = 0;
  let overBudget = 0;
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i];
    if (typeof entry === 'string' && isBlank(entry)) continue;
    count++;
    if (count > judgeLimit) continue;
    if (typeof entry === 'string' && judgedChars + entry.length > JUDGED_CHARS_LIMIT) {
      overBudget++;
      continue;
    }
    if (typeof entry === 'string') {
      judgedChars += entry.length;
      paths.push(judgePath(entry, wf, pathProblems));
    }
    else {
      const detail = `is ${describeType(entry)}, not a path`;
      paths.push({ path: echo(entry) as string, cleaned: null, verdict: 'invalid', rule: null, detail });
      pathProblems.push(`changed path #${i + 1} ${detail}`);
    }
  }
  if (overBudget > 0) {
    pathProblems.push(`changed_paths hold more than ${JUDGED_CHARS_LIMIT} characters of paths; ${overBudget} path(s) past that were not judged, so the write is refused`);
  }
  if (countProblem === null && count === 0) countProblem = 'changed_paths are required for write_branch access';
  else if (count > wf.maxChangedFiles) {
    countProblem = `changed_paths has ${count} entries, more than max_changed_files ${wf.maxChangedFiles}`;
    if (count > judgeLimit) countProblem += ` (only the first ${judgeLimit} were judged one by one)`;
  }
  if (countProblem === null) checks.push(PASS.changed_paths);
  else {
    violations.push(countProblem);
    checks.push(fail('changed_paths', countProblem));
  }

  // Diff size: a JSON number that is a non-negative integer; absent or null counts as 0.
  const rawDiff = a.diff_line_count;
  let diffProblem: string | null = null;
  if (rawDiff !== undefined && rawDiff !== null) {
    if (typeof rawDiff !== 'number' || !Number.isInteger(rawDiff) || rawDiff < 0) {
      diffProblem = `diff_line_count must be a non-negative integer, got ${typeof rawDiff === 'string' ? `the string ${quoteValue(rawDiff)}` : describeType(rawDiff)}`;
    } else if (rawDiff > wf.maxDiffLines) diffProblem = `diff_line_count ${rawDiff} exceeds max_diff_lines ${wf.maxDiffLines}`;
  }
  if (diffProblem === null) checks.push(PASS.diff_line_count);
  else {
    violations.push(diffProblem);
    checks.push(fail('diff_line_count', diffProblem));
  }

  if (pathProblems.length === 0) checks.push(PASS.path_scope);
  else {
    for (const p of pathProblems) violations.push(p);
    checks.push(fail('path_scope', `${pathProblems.length} of ${paths.length} judged path(s) refused, forbidden or outside the allowed paths`));
  }
}

function judgePath(entry: string, wf: CompiledWorkflow, violations: string[]): PathVerdict {
  const cleaned = cleanPath(entry);
  if (!cleaned.ok) {
    violations.push(`changed path ${quoteValue(entry)} ${cleaned.problem}`);
    return { path: entry, cleaned: null, verdict: 'invalid', rule: null, detail: cleaned.problem };
  }
  const path = cleaned.path;
  // The reference evaluator matched the entry only trimmed, without leading "./" and "/" ("a//b",
  // "a/./b", "a/" as written, where fnmatch's * may match nothing and ? a "."). Where that reading
  // differs from the cleaned path, the write must pass under both: never looser than the reference evaluator.
  const original = path === entry && !hasOuterWhitespace(entry) ? path : originalPathForm(entry);
  if (original === '') {
    const problem = 'is empty once white space, "./" and "/" are removed';
    violations.push(`changed path ${quoteValue(entry)} ${problem}`);
    return { path: entry, cleaned: null, verdict: 'invalid', rule: null, detail: problem };
  }
  const lower = path.toLowerCase();
  const rule = forbiddenRule(path, lower, wf) ?? (original !== path ? forbiddenRule(original, original.toLowerCase(), wf) : null);
  if (rule !== null) {
    violations.push(`changed path ${quoteValue(path)} is forbidden by ${quoteValue(rule)}`);
    return { path: entry, cleaned: path, verdict: 'forbidden', rule };
  }
  const m = wf.matchers;
  for (const a of m.allowed) {
    if (!a.test(path, lower)) continue;
    if (original === path || m.originallyAllowed(original)) return { path: entry, cleaned: path, verdict: 'allowed', rule: a.pattern };
    const detail = `is outside the allowed paths as the original evaluator read it (${quoteValue(original)})`;
    violations.push(`changed path ${quoteValue(entry)} ${detail}`);
    return { path: entry, cleaned: path, verdict: 'not_allowed', rule: null, detail };
  }
  violations.push(`changed path ${quoteValue(path)} is outside the allowed paths`);
  return { path: entry, cleaned: path, verdict: 'not_allowed', rule: null };
}

/** The first forbidden pattern (pack order) matching the cleaned path, or null. */
function forbiddenRule(path: string, lower: string, wf: CompiledWorkflow): string | null {
  const m = wf.matchers;
  if (!m.anyForbidden(path, lower)) return null;
  for (const f of m.forbidden) if (f.test(path, lower)) return f.pattern;
  return null;
}

