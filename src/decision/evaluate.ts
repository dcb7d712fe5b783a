/**
 * One request in, one decision out (spec: decision-semantics.md). Pure and synchronous; never
 * throws. The checks are an ordered table (CHECKS below) of named functions over one shared Run:
 * each sets its outcome and gives a reason for every violation it finds; a check's `then` ends the
 * evaluation where the spec stops, and every check not reached stays "skip".
 *
 * Where the spec is silent the reference evaluator (docs/architecture.md#glossary)'s reading is kept (white space around names is
 * ignored, a kill signal is any Python-truthy value), so decisions on ordinary requests stay equal
 * to the original's; where the spec is stricter, the spec wins.
 */
import type { McpScope } from '../pack/index.js';
import { emptyApprovalVerdict, isAbsentRecord, judgeApproval, type CompiledTrustedKey } from './approval.js';
import { hasDotGitComponent, keyIsLowercase, type AlwaysForbiddenRule } from './always-forbidden.js';
import type { CompiledWorkflow } from './compile.js';
import { boundedJson } from './bounded.js';
import { branchNameProblem } from './branch-name.js';
import { hasNonAscii } from './fold.js';
import { cleanPath, DOT_GIT_PROBLEM, isPlainPath, originalPathForm } from './paths.js';
import type { CheckName, ReasonCode } from './reasons.js';
import { describeType, hasOuterWhitespace, isBlank, plainValue, pyStrip, quoteValue } from './text.js';
import type {
  ApprovalVerdict,
  CheckOutcome,
  Decision,
  DecisionChecks,
  DecisionEvidence,
  DecisionName,
  EvaluateOptions,
  PathVerdict,
  Reason,
} from './types.js';

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
  /** The always-forbidden paths (always-forbidden.ts) with this pack's manifest and pack files. */
  alwaysForbidden: AlwaysForbiddenRule;
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

/** Python truthiness of a JSON value: null, false, 0, "", [] and {} are falsy. */
function pyTruthy(v: unknown): boolean {
  if (v === undefined || v === null || v === false || v === 0 || v === '') return false;
  if (typeof v !== 'object') return true;
  if (Array.isArray(v)) return v.length > 0;
  for (const k in v) if (Object.prototype.hasOwnProperty.call(v, k)) return true;
  return false;
}

/**
 * A value echoed back in `request`: JSON values as given (containers copied, their depth bounded so
 * that serialising the decision cannot overflow), anything else as null.
 */
function echo(v: unknown): unknown {
  if (v === undefined) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'string' || typeof v === 'boolean' || v === null) return v;
  if (typeof v === 'object') return boundedJson(v);
  return null;
}

/** The changed paths echoed: a list as given, with any entry that is not a string bounded. */
function echoPaths(paths: unknown[]): unknown[] {
  const out = paths.slice();
  for (let i = 0; i < out.length; i++) {
    const e = out[i];
    if (typeof e !== 'string') out[i] = echo(e);
  }
  return out;
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
      case 'workflow_id':
        a.workflow_id = v;
        break;
      case 'agent_id':
        a.agent_id = v;
        break;
      case 'agent_class':
        a.agent_class = v;
        break;
      case 'run_id':
        a.run_id = v;
        break;
      case 'tool_namespace':
        a.tool_namespace = v;
        break;
      case 'tool_access_mode':
        a.tool_access_mode = v;
        break;
      case 'branch_name':
        a.branch_name = v;
        break;
      case 'changed_paths':
        a.changed_paths = v;
        break;
      case 'diff_line_count':
        a.diff_line_count = v;
        break;
      case 'gate_phase':
        a.gate_phase = v;
        break;
      case 'change_class':
        a.change_class = v;
        break;
      case 'head_sha':
        a.head_sha = v;
        break;
      case 'human_approval_record':
        a.human_approval_record = v;
        break;
      case 'runtime_kill_signal':
        a.runtime_kill_signal = v;
        break;
      case 'triggered_kill_signal':
        a.triggered_kill_signal = v;
        break;
      default:
        a.unknown.push(k);
    }
  }
  if (a.unknown.length > 1) a.unknown.sort();
  // The observed attributes in sorted order without sorting them (sorting strings is slow).
  const o = a.observed;
  if (pyTruthy(a.agent_class)) o.push('agent_class');
  if (pyTruthy(a.agent_id)) o.push('agent_id');
  if (pyTruthy(a.branch_name)) o.push('branch_name');
  if (pyTruthy(a.change_class)) o.push('change_class');
  if (pyTruthy(a.changed_paths)) o.push('changed_paths');
  if (pyTruthy(a.diff_line_count)) o.push('diff_line_count');
  if (pyTruthy(a.gate_phase)) o.push('gate_phase');
  if (pyTruthy(a.head_sha)) o.push('head_sha');
  if (pyTruthy(a.human_approval_record)) o.push('human_approval_record');
  if (pyTruthy(a.run_id)) o.push('run_id');
  if (pyTruthy(a.runtime_kill_signal)) o.push('runtime_kill_signal');
  if (pyTruthy(a.tool_access_mode)) o.push('tool_access_mode');
  if (pyTruthy(a.tool_namespace)) o.push('tool_namespace');
  if (pyTruthy(a.triggered_kill_signal)) o.push('triggered_kill_signal');
  if (pyTruthy(a.workflow_id)) o.push('workflow_id');
  return a;
}

/** A required string attribute's stripped value, or null after giving the reason it cannot be used. */
function requiredString(r: Run, name: string, v: unknown): string | null {
  if (typeof v === 'string') {
    if (!isBlank(v)) return pyStrip(v);
  } else if (pyTruthy(v)) {
    r.refuse('required_attributes', 'attribute_not_string', `${name} must be a string, got ${describeType(v)}`);
    return null;
  }
  r.refuse('required_attributes', 'attribute_missing', `${name} is required`);
  return null;
}

/** The kill signal as text ("" when none fired). Any Python-truthy value fires, as in the original. */
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
    // Reached only by hostile non-JSON values (throwing getters, proxies): fail closed, and a kill
    // signal that can still be read still ends the session.
    const problem = `the request could not be read (${errorText(err)})`;
    const kill = readableKill(request);
    if (kill !== '') return killedUnreadable(ctx, clock, safeNow(options), problem, kill);
    return unreadable(ctx, clock, safeNow(options), 'request_unreadable', problem);
  }
}

/** The kill signal of a request that cannot be read as a whole, read attribute by attribute. */
function readableKill(request: unknown): string {
  if (request === null || typeof request !== 'object') return '';
  for (const key of ['runtime_kill_signal', 'triggered_kill_signal']) {
    try {
      if (!Object.prototype.hasOwnProperty.call(request, key)) continue;
      const kill = killSignalText((request as Record<string, unknown>)[key]);
      if (kill !== '') return kill;
    } catch {
      // An attribute that cannot be read fires nothing; the other name may still.
    }
  }
  return '';
}

function killedUnreadable(ctx: EvaluatorContext, clock: Clock, nowMs: number, problem: string, kill: string): Decision {
  const evidence = newEvidence(ctx, isoOf(nowMs, clock), [], []);
  evidence.checks.request_readable = 'fail';
  evidence.checks.kill_signal = 'fail';
  const unregistered = `unregistered kill signal: ${quoteValue(kill)}`;
  evidence.reasons.push(
    { check: 'request_readable', code: 'request_unreadable', message: problem },
    { check: 'kill_signal', code: 'kill_signal_unregistered', message: unregistered },
  );
  return result({
    evidence,
    request: { runtime_kill_signal: kill },
    violations: [problem, unregistered],
    workflow: null,
    scope: null,
    ending: KILLED,
  });
}

export function refuseInput(ctx: EvaluatorContext, clock: Clock, violation: string, options?: EvaluateOptions): Decision {
  return unreadable(
    ctx,
    clock,
    safeNow(options),
    'input_refused',
    typeof violation === 'string' ? violation : 'the input is not a request',
  );
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

/** Every check "skip" until it runs; built as a literal so that each decision's checks share one shape. */
function newChecks(): DecisionChecks {
  return {
    request_readable: 'skip',
    kill_signal: 'skip',
    workflow_declared: 'skip',
    default_deny: 'skip',
    workflow_active: 'skip',
    maturity_posture: 'skip',
    required_attributes: 'skip',
    gate_phase: 'skip',
    agent_identity: 'skip',
    tool_scope: 'skip',
    branch_name: 'skip',
    changed_paths: 'skip',
    diff_line_count: 'skip',
    path_scope: 'skip',
    change_class_review: 'skip',
    scope_approval: 'skip',
  };
}

function newEvidence(
  ctx: EvaluatorContext,
  evaluatedAt: string,
  unknown: string[],
  observed: string[],
  checks = newChecks(),
): DecisionEvidence {
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
    checks,
    reasons: [],
    paths: [],
    approval: NO_APPROVAL,
    observed_runtime_attributes: observed,
    unknown_attributes: unknown,
  };
}

function unreadable(ctx: EvaluatorContext, clock: Clock, nowMs: number, code: ReasonCode, violation: string): Decision {
  const evidence = newEvidence(ctx, isoOf(nowMs, clock), [], []);
  evidence.checks.request_readable = 'fail';
  evidence.reasons.push({ check: 'request_readable', code, message: violation });
  return result({ evidence, request: {}, violations: [violation], workflow: null, scope: null, ending: UNREADABLE });
}

/** How an evaluation ends: the decision, its one-sentence reason, and the approval flags. */
interface Ending {
  decision: DecisionName;
  reason: string;
  approvalRequired: boolean;
  approvalPresent: boolean;
}

function ending(decision: DecisionName, reason: string, approvalRequired = false, approvalPresent = false): Ending {
  return Object.freeze({ decision, reason, approvalRequired, approvalPresent });
}
/** The scope's own decision ends most evaluations: built per call, not frozen (freezing costs more than the object). */
function scopeEnding(decision: DecisionName, approvalRequired: boolean, approvalPresent: boolean): Ending {
  return { decision, reason: SATISFIED, approvalRequired, approvalPresent };
}
const UNREADABLE = ending('deny', 'the request cannot be read');
const KILLED = ending('kill_session', 'runtime kill signal fired');
const NO_WORKFLOW_ID = ending('deny', 'workflow_id is required');
const UNDECLARED_WORKFLOW = ending('deny', 'workflow_id is not declared in the gateway policy pack');
const FAILED_CHECKS = ending('deny', 'runtime request failed gateway policy checks');
const FAILED_WRITE = ending('deny', 'scoped branch write failed path, branch, or diff limits');
const CLASS_HOLD = ending('hold_for_approval', 'change class requires a typed human approval record', true);
const SCOPE_HOLD = ending('hold_for_approval', 'tool scope requires a typed human approval record', true);
const SCOPE_APPROVED = ending('allow', 'approval-required tool scope has a typed approval record', true, true);
const SATISFIED = 'runtime request satisfies gateway policy';

interface DecisionParts {
  evidence: DecisionEvidence;
  /** The request as echoed back. */
  request: Record<string, unknown>;
  violations: string[];
  workflow: CompiledWorkflow | undefined | null;
  scope: McpScope | null;
  ending: Ending;
}

function result(p: DecisionParts): Decision {
  const { decision } = p.ending;
  return {
    allowed: decision === 'allow' || decision === 'allow_scoped_branch' || decision === 'allow_scoped_ticket',
    approval_present: p.ending.approvalPresent,
    approval_required: p.ending.approvalRequired,
    decision,
    evidence: p.evidence,
    matched_policy: p.workflow ? p.workflow.matchedPolicy : null,
    matched_scope: p.scope as Record<string, unknown> | null,
    reason: p.ending.reason,
    request: p.request,
    violations: p.violations,
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
      paths === undefined || paths === null
        ? []
        : Array.isArray(paths)
          ? echoPaths(paths)
          : typeof paths === 'string'
            ? [paths]
            : echo(paths),
    // The original echoed the count it judged: absent or null is 0.
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

/** What the checks share: the request read once, and what earlier checks found. */
class Run {
  readonly violations: string[] = [];
  readonly reasons: Reason[];
  readonly echoed: Record<string, unknown>;
  wf: CompiledWorkflow | undefined = undefined;
  workflowId: string | null = null;
  /** Why workflow_id cannot be used at all (not a string), else null. */
  workflowProblem: string | null = null;
  kill = '';
  agentId: string | null = null;
  runId: string | null = null;
  ns: string | null = null;
  mode: string | null = null;
  gatePhase: string | null = null;
  agentClass: string | null = null;
  changeClass = '';
  scope: McpScope | undefined = undefined;
  /** Path verdicts' reasons, found while the entries are counted and given by path_scope. */
  pathReasons: Reason[] = [];
  readonly hasRecord: boolean;
  approval: ApprovalVerdict | null = null;
  approved = false;
  classNeedsReview = false;

  constructor(
    readonly ctx: EvaluatorContext,
    readonly a: Attributes,
    readonly evidence: DecisionEvidence,
    readonly nowMs: number,
    readonly timeValid: boolean,
  ) {
    this.reasons = evidence.reasons;
    this.echoed = echoRequest(a);
    this.hasRecord = !isAbsentRecord(a.human_approval_record);
  }

  /** One violation: its words in `violations`, its check and code in `reasons`, at the same index. */
  refuse(check: CheckName, code: ReasonCode, message: string): void {
    this.violations.push(message);
    this.reasons.push({ check, code, message });
  }
}

interface CheckEntry {
  name: CheckName;
  /** Judges the request: gives a reason for each violation found, and returns the outcome. */
  run: (this: void, r: Run) => CheckOutcome;
  /** Where the evaluation may stop after this check: the ending, or null to go on. */
  then?: (this: void, r: Run, outcome: CheckOutcome) => Ending | null;
  /** Only a branch-write scope runs it (neither `run` nor `then`); any other call skips it. */
  branchWriteOnly?: true;
}

/** A table row in one shape, so the loop's property reads stay monomorphic. */
class Check {
  readonly name: CheckName;
  readonly run: (r: Run) => CheckOutcome;
  readonly then: ((r: Run, outcome: CheckOutcome) => Ending | null) | null;
  readonly branchWriteOnly: boolean;
  constructor(e: CheckEntry) {
    this.name = e.name;
    this.run = e.run;
    this.then = e.then ?? null;
    this.branchWriteOnly = e.branchWriteOnly === true;
  }
}

/** The ending after the identity and scope checks: every violation of checks 2–6 is listed first. */
function afterPolicyChecks(r: Run): Ending | null {
  if (r.violations.length === 0 && r.scope) return null;
  if (!r.wf) return r.workflowId === null && r.workflowProblem === null ? NO_WORKFLOW_ID : UNDECLARED_WORKFLOW;
  return FAILED_CHECKS;
}

/** A branch write's checks apply only to a branch-write scope. */
const isBranchWrite = (r: Run): boolean => r.scope!.decision === 'allow_scoped_branch';

/**
 * The checks, in the spec's order. A check that needs what an earlier one established (the
 * workflow, the scope) skips when it is missing; the stops between them are the `then`s.
 */
const CHECKS: readonly Check[] = (
  [
    // The request is an object: evaluateUnsafe refused anything else before the run began.
    { name: 'request_readable', run: () => 'pass' },

    // 1. A kill signal ends the session, whatever else the request says. A bad `now` is a deny, but
    // only after the kill signal is read: nothing may stop a kill.
    {
      name: 'kill_signal',
      run(r) {
        const a = r.a;
        const kill = killSignalText(a.runtime_kill_signal) || killSignalText(a.triggered_kill_signal);
        if (kill === '') return 'pass';
        r.kill = kill;
        r.echoed.runtime_kill_signal = kill;
        if (!r.wf || !r.wf.killSignals.has(kill))
          r.refuse('kill_signal', 'kill_signal_unregistered', `unregistered kill signal: ${quoteValue(kill)}`);
        return 'fail';
      },
      then: (r) => (r.kill !== '' ? KILLED : r.timeValid ? null : TIME_INVALID),
    },

    // 2. The workflow must be declared; without it only the required attributes are still judged.
    {
      name: 'workflow_declared',
      run(r) {
        if (r.wf) return 'pass';
        if (r.workflowProblem !== null) r.refuse('workflow_declared', 'workflow_id_not_string', r.workflowProblem);
        else if (r.workflowId === null) r.refuse('workflow_declared', 'workflow_missing', 'missing workflow_id');
        else r.refuse('workflow_declared', 'workflow_undeclared', `unknown workflow_id: ${quoteValue(r.workflowId)}`);
        return 'fail';
      },
    },

    // 3. Default deny (checked at load, so it holds), active status, maturity posture.
    { name: 'default_deny', run: (r) => (r.wf ? 'pass' : 'skip') },
    {
      name: 'workflow_active',
      run(r) {
        const wf = r.wf;
        if (!wf) return 'skip';
        if (wf.active) return 'pass';
        r.refuse('workflow_active', 'workflow_inactive', `workflow status is ${quoteValue(wf.policy.status)}, not active`);
        return 'fail';
      },
    },
    {
      name: 'maturity_posture',
      run(r) {
        const wf = r.wf;
        if (!wf) return 'skip';
        if (wf.posture.inside) return 'pass';
        r.refuse(
          'maturity_posture',
          'posture_outside',
          `workflow is outside its maturity posture (${String(wf.policy.maturity_stage)}): ${wf.posture.problems.join('; ')}`,
        );
        return 'fail';
      },
    },

    // 4. Required attributes, and the types of the optional ones that steer the decision.
    {
      name: 'required_attributes',
      run(r) {
        const a = r.a;
        const before = r.violations.length;
        r.agentId = requiredString(r, 'agent_id', a.agent_id);
        r.runId = requiredString(r, 'run_id', a.run_id);
        r.ns = requiredString(r, 'tool_namespace', a.tool_namespace);
        r.mode = requiredString(r, 'tool_access_mode', a.tool_access_mode);
        r.gatePhase = requiredString(r, 'gate_phase', a.gate_phase);
        // Without a workflow nothing is decided on the optional ones: they are not judged.
        if (!r.wf) return r.violations.length === before ? 'skip' : 'fail';
        if (typeof a.change_class === 'string') r.changeClass = pyStrip(a.change_class);
        else if (a.change_class !== undefined && a.change_class !== null) {
          // A list or object here could dodge the manual-review list; refuse rather than guess.
          r.refuse('required_attributes', 'attribute_not_string', `change_class must be a string, got ${describeType(a.change_class)}`);
        }
        if (a.head_sha !== undefined && a.head_sha !== null && typeof a.head_sha !== 'string') {
          r.refuse('required_attributes', 'attribute_not_string', `head_sha must be a string, got ${describeType(a.head_sha)}`);
        }
        if (r.runId !== null) r.evidence.run_id = r.runId;
        return r.violations.length === before ? 'pass' : 'fail';
      },
    },
    {
      name: 'gate_phase',
      run(r) {
        const wf = r.wf;
        if (!wf) return 'skip';
        // A missing gate_phase fails here too; its reason is required_attributes'.
        if (r.gatePhase === null) return 'fail';
        if (wf.gatePhases.has(r.gatePhase)) return 'pass';
        r.refuse('gate_phase', 'gate_phase_undeclared', `gate_phase ${quoteValue(r.gatePhase)} is not declared for workflow`);
        return 'fail';
      },
    },

    // 5. Agent identity.
    {
      name: 'agent_identity',
      run(r) {
        const wf = r.wf;
        if (!wf) return 'skip';
        const a = r.a;
        const identity = resolveAgentClass(a.agent_class, r.agentId, wf);
        const agentClass = identity === null ? null : typeof identity === 'string' ? identity : identity.agentClass;
        r.agentClass = agentClass;
        if (agentClass !== null) {
          r.evidence.agent_class = agentClass;
          r.echoed.agent_class = agentClass;
        } else if (identity === null && (typeof a.agent_id === 'string' || !pyTruthy(a.agent_id))) {
          r.echoed.agent_class = ''; // the class the original derived from an empty agent_id
        }
        if (typeof identity === 'string') return 'pass';
        if (identity === null) r.refuse('agent_identity', 'agent_unidentified', 'agent identity cannot be established without agent_id');
        else r.refuse('agent_identity', identity.code, identity.problem);
        return 'fail';
      },
    },

    // 6. The tool scope. Any violation so far is a deny: nothing may be written, held or approved.
    {
      name: 'tool_scope',
      run(r) {
        const wf = r.wf;
        if (!wf) return 'skip';
        const { ns, mode } = r;
        const scope = ns !== null && mode !== null ? wf.scopes.get(ns)?.get(mode) : undefined;
        if (scope) {
          r.scope = scope;
          r.evidence.scope_id = scope.scope_id;
          return 'pass';
        }
        r.refuse('tool_scope', 'scope_undeclared', `tool scope ${plainValue(ns ?? '')}:${plainValue(mode ?? '')} is not allowed`);
        return 'fail';
      },
      then: afterPolicyChecks,
    },

    // 7. A branch write must stay inside its scope before anything may be held or approved.
    { name: 'branch_name', branchWriteOnly: true, run: checkBranch },
    { name: 'changed_paths', branchWriteOnly: true, run: checkChangedPaths },
    { name: 'diff_line_count', branchWriteOnly: true, run: checkDiffLines },
    {
      name: 'path_scope',
      branchWriteOnly: true,
      run(r) {
        if (r.pathReasons.length === 0) return 'pass';
        for (const p of r.pathReasons) r.refuse('path_scope', p.code as ReasonCode, p.message);
        return 'fail';
      },
      then: (r) => (r.violations.length > 0 ? FAILED_WRITE : null),
    },

    // 8–9. Human approval, when a change class or the scope asks for it.
    {
      name: 'change_class_review',
      run(r) {
        weighApproval(r);
        const changeClass = r.changeClass;
        r.classNeedsReview = changeClass !== '' && r.ctx.manualReviewClasses.has(changeClass);
        if (!r.classNeedsReview) return 'skip';
        if (r.approved) return 'pass';
        approvalReasons(r, 'change_class_review');
        return 'fail';
      },
      then: (_r, outcome) => (outcome === 'fail' ? CLASS_HOLD : null),
    },
    {
      name: 'scope_approval',
      run(r) {
        if (r.scope!.decision !== 'hold_for_approval') return 'skip';
        if (r.approved) return 'pass';
        approvalReasons(r, 'scope_approval');
        return 'fail';
      },
      // 10. Otherwise the scope's own decision.
      then: (r, outcome) =>
        outcome === 'fail'
          ? SCOPE_HOLD
          : outcome === 'pass'
            ? SCOPE_APPROVED
            : scopeEnding(r.scope!.decision, r.classNeedsReview, r.approved),
    },
  ] satisfies CheckEntry[]
).map((e) => new Check(e));

const SKIPPED: readonly CheckOutcome[] = CHECKS.map(() => 'skip');
const NOT_YET_RUN: DecisionChecks = Object.freeze(newChecks());

/** The names of the table's checks, in its order (CHECK_NAMES, as a test holds). */
export function checkTableOrder(): CheckName[] {
  return CHECKS.map((c) => c.name);
}

/** The checks object from the outcomes in table order (the table is CHECK_NAMES' order, which a test holds). */
function checksOf(o: readonly CheckOutcome[]): DecisionChecks {
  return {
    request_readable: o[0]!,
    kill_signal: o[1]!,
    workflow_declared: o[2]!,
    default_deny: o[3]!,
    workflow_active: o[4]!,
    maturity_posture: o[5]!,
    required_attributes: o[6]!,
    gate_phase: o[7]!,
    agent_identity: o[8]!,
    tool_scope: o[9]!,
    branch_name: o[10]!,
    changed_paths: o[11]!,
    diff_line_count: o[12]!,
    path_scope: o[13]!,
    change_class_review: o[14]!,
    scope_approval: o[15]!,
  };
}

/** The ending that stands for "the evaluation time is unusable" (the decision is rebuilt as unreadable). */
const TIME_INVALID = ending('deny', 'the request cannot be read');

function evaluateUnsafe(ctx: EvaluatorContext, clock: Clock, request: unknown, options: EvaluateOptions | undefined): Decision {
  let nowMs = resolveNow(options);
  const timeValid = validTime(nowMs);
  if (!timeValid) nowMs = Date.now();
  if (request === null || typeof request !== 'object' || Array.isArray(request)) {
    return unreadable(ctx, clock, nowMs, 'request_not_object', `the request must be a JSON object, got ${describeType(request)}`);
  }
  const a = readAttributes(request as Record<string, unknown>);
  // The checks are set once the table has run.
  const evidence = newEvidence(ctx, isoOf(nowMs, clock), a.unknown, a.observed, NOT_YET_RUN);
  const r = new Run(ctx, a, evidence, nowMs, timeValid);

  // The workflow is resolved first: even the kill check asks whether it registers the signal.
  if (typeof a.workflow_id === 'string') {
    const id = pyStrip(a.workflow_id);
    if (id !== '') r.workflowId = id;
  } else if (pyTruthy(a.workflow_id)) {
    r.workflowProblem = `workflow_id must be a string, got ${describeType(a.workflow_id)}`;
  }
  const wf = r.workflowId === null ? undefined : ctx.workflows.get(r.workflowId);
  r.wf = wf;
  if (r.workflowId !== null) evidence.workflow_id = r.workflowId;
  if (wf) {
    evidence.workflow_policy_sha256 = wf.policySha256;
    evidence.maturity_stage = wf.policy.maturity_stage;
    evidence.required_pr_label = wf.requiredPrLabel;
  }

  // Outcomes go into an array by index and become the checks object once, at the end: stores into
  // an object by a varying key cost several times more.
  const outcomes = SKIPPED.slice();
  let end: Ending | null = null;
  for (let i = 0; i < CHECKS.length && end === null; i++) {
    const c = CHECKS[i]!;
    if (c.branchWriteOnly && !isBranchWrite(r)) continue;
    const outcome = c.run(r);
    outcomes[i] = outcome;
    if (c.then !== null) end = c.then(r, outcome);
  }
  evidence.checks = checksOf(outcomes);
  if (end === TIME_INVALID)
    return unreadable(ctx, clock, nowMs, 'evaluation_time_invalid', 'the evaluation time (now) is not a valid time');
  // The table always ends in an ending; a refusal before the approval checks leaves any record unweighed.
  end ??= FAILED_CHECKS;
  if (r.hasRecord && r.approval === null && end !== KILLED) evidence.approval = notConsidered(a.human_approval_record);
  return result({ evidence, request: r.echoed, violations: r.violations, workflow: wf, scope: r.scope ?? null, ending: end });
}

/** Judges the approval record, when one was sent, for both approval checks. */
function weighApproval(r: Run): void {
  if (!r.hasRecord) return;
  const a = r.a;
  const wf = r.wf!;
  const agentClass = r.agentClass;
  const approval = judgeApproval(a.human_approval_record, {
    workflowId: wf.id,
    runId: r.runId!,
    gatePhase: r.gatePhase!,
    agentId: r.agentId!,
    agentClasses: withClass(r.ctx.agentClasses, agentClass),
    reviewerPools: wf.reviewerPools,
    attribute: (name) => (name === 'agent_class' ? agentClass : (a as unknown as Record<string, unknown>)[name]),
    changedPaths: a.changed_paths,
    nowMs: r.nowMs,
    maxWindowMs: r.ctx.maxApprovalWindowMs,
    trustedKeys: r.ctx.trustedKeys,
  });
  r.approval = approval;
  r.approved = approval.valid;
  r.evidence.approval = approval;
}

/** The record's problems, as the reasons of the approval check that needed it. */
function approvalReasons(r: Run, check: 'change_class_review' | 'scope_approval'): void {
  const approval = r.approval;
  if (approval === null) return;
  const code: ReasonCode = approval.typed ? 'approval_invalid' : 'approval_untyped';
  for (const p of approval.problems) r.refuse(check, code, `human_approval_record: ${p}`);
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
 * "not-codex-really" is not codex. Returns the allowed class, or {agentClass, code, problem}, or
 * null when there is no agent_id to go on.
 */
function resolveAgentClass(
  rawClass: unknown,
  agentId: string | null,
  wf: CompiledWorkflow,
): string | { agentClass: string | null; code: ReasonCode; problem: string } | null {
  let cls: string;
  if (pyTruthy(rawClass)) {
    if (typeof rawClass !== 'string')
      return { agentClass: null, code: 'agent_class_not_string', problem: `agent_class must be a string, got ${describeType(rawClass)}` };
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
        return {
          agentClass: null,
          code: 'agent_id_malformed',
          problem: `agent_id ${quoteValue(agentId)} is neither a class name nor "sr-agent::${wf.id}::<class>"`,
        };
      }
      if (parts[1] !== wf.id) {
        return {
          agentClass: null,
          code: 'agent_id_other_workflow',
          problem: `agent_id ${quoteValue(agentId)} names workflow ${quoteValue(parts[1])}, not ${quoteValue(wf.id)}`,
        };
      }
      cls = pyStrip(parts[2]!).toLowerCase();
    }
  }
  if (!wf.allowedAgents.has(cls))
    return { agentClass: cls, code: 'agent_not_allowed', problem: `agent_class ${quoteValue(cls)} is not allowed for workflow` };
  return cls;
}

/** Branch: starts with the workflow's prefix and names something after it. */
function checkBranch(r: Run): CheckOutcome {
  const rawBranch = r.a.branch_name;
  const prefix = r.wf!.branchPrefix;
  if (prefix === null || prefix === '') {
    r.refuse('branch_name', 'branch_prefix_undeclared', 'the workflow declares no required_branch_prefix, so no branch write is allowed');
    return 'fail';
  }
  if (rawBranch !== undefined && rawBranch !== null && typeof rawBranch !== 'string') {
    r.refuse('branch_name', 'branch_not_string', `branch_name must be a string, got ${describeType(rawBranch)}`);
    return 'fail';
  }
  const branch = typeof rawBranch === 'string' ? pyStrip(rawBranch) : '';
  if (!branch.startsWith(prefix)) r.refuse('branch_name', 'branch_prefix', `branch_name must start with ${quoteValue(prefix)}`);
  else if (branch.length === prefix.length) {
    r.refuse('branch_name', 'branch_prefix_only', `branch_name ${quoteValue(branch)} is only the prefix; it must name a branch after it`);
  } else {
    const refProblem = branchNameProblem(branch);
    if (refProblem === null) return 'pass';
    r.refuse('branch_name', 'branch_invalid_ref', `branch_name ${quoteValue(branch)} is not a valid git branch name: it ${refProblem}`);
  }
  return 'fail';
}

/**
 * Changed paths: a list (a single string is a one-item list); blank entries are dropped, and every
 * other entry counts, duplicates included. The entries are judged here too, their reasons kept for
 * path_scope.
 */
function checkChangedPaths(r: Run): CheckOutcome {
  const wf = r.wf!;
  const rawPaths = r.a.changed_paths;
  let countProblem: { code: ReasonCode; message: string } | null = null;
  let entries: unknown[] = [];
  if (typeof rawPaths === 'string') entries = [rawPaths];
  else if (Array.isArray(rawPaths)) entries = rawPaths;
  else if (rawPaths !== undefined && rawPaths !== null)
    countProblem = { code: 'paths_not_list', message: `changed_paths must be a list of paths, got ${describeType(rawPaths)}` };
  const paths = r.evidence.paths;
  const pathReasons = r.pathReasons;
  const alwaysForbidden = r.ctx.alwaysForbidden;
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
      paths.push(judgePath(entry, wf, pathReasons, alwaysForbidden));
    } else {
      const detail = `is ${describeType(entry)}, not a path`;
      paths.push({ path: echo(entry) as string, cleaned: null, verdict: 'invalid', rule: null, detail });
      pathReasons.push(pathReason('path_not_string', `changed path #${i + 1} ${detail}`));
    }
  }
  if (overBudget > 0) {
    pathReasons.push(
      pathReason(
        'paths_over_budget',
        `changed_paths hold more than ${JUDGED_CHARS_LIMIT} characters of paths; ${overBudget} path(s) past that were not judged, so the write is refused`,
      ),
    );
  }
  if (countProblem === null && count === 0)
    countProblem = { code: 'paths_none', message: 'changed_paths are required for write_branch access' };
  else if (count > wf.maxChangedFiles) {
    let message = `changed_paths has ${count} entries, more than max_changed_files ${wf.maxChangedFiles}`;
    if (count > judgeLimit) message += ` (only the first ${judgeLimit} were judged one by one)`;
    countProblem = { code: 'paths_too_many', message };
  }
  if (countProblem === null) return 'pass';
  r.refuse('changed_paths', countProblem.code, countProblem.message);
  return 'fail';
}

/** Diff size: a JSON number that is a non-negative integer; absent or null counts as 0. */
function checkDiffLines(r: Run): CheckOutcome {
  const rawDiff = r.a.diff_line_count;
  if (rawDiff === undefined || rawDiff === null) return 'pass';
  if (typeof rawDiff !== 'number' || !Number.isInteger(rawDiff) || rawDiff < 0) {
    const got = typeof rawDiff === 'string' ? `the string ${quoteValue(rawDiff)}` : describeType(rawDiff);
    r.refuse('diff_line_count', 'diff_lines_invalid', `diff_line_count must be a non-negative integer, got ${got}`);
    return 'fail';
  }
  const max = r.wf!.maxDiffLines;
  if (rawDiff <= max) return 'pass';
  r.refuse('diff_line_count', 'diff_lines_over', `diff_line_count ${rawDiff} exceeds max_diff_lines ${max}`);
  return 'fail';
}

function pathReason(code: ReasonCode, message: string): Reason {
  return { check: 'path_scope', code, message };
}

function judgePath(entry: string, wf: CompiledWorkflow, reasons: Reason[], alwaysForbidden: AlwaysForbiddenRule): PathVerdict {
  // A plain path (most are) is its own cleaned form, original reading and always-forbidden key.
  const plainEntry = isPlainPath(entry);
  let path = entry;
  let original = entry;
  if (!plainEntry) {
    const cleaned = cleanPath(entry);
    if (!cleaned.ok) {
      reasons.push(pathReason(cleaned.code, `changed path ${quoteValue(entry)} ${cleaned.problem}`));
      return { path: entry, cleaned: null, verdict: 'invalid', rule: null, detail: cleaned.problem };
    }
    path = cleaned.path;
    // The reference evaluator matched the entry only trimmed, without leading "./" and "/" ("a//b",
    // "a/./b", "a/" as written, where fnmatch's * may match nothing and ? a "."). Where that reading
    // differs from the cleaned path, the write must pass under both: never looser than the original.
    original = path === entry && !hasOuterWhitespace(entry) ? path : originalPathForm(entry);
    if (original === '') {
      const problem = 'is empty once white space, "./" and "/" are removed';
      reasons.push(pathReason('path_empty', `changed path ${quoteValue(entry)} ${problem}`));
      return { path: entry, cleaned: null, verdict: 'invalid', rule: null, detail: problem };
    }
    if (original !== path && hasDotGitComponent(original)) {
      reasons.push(pathReason('path_dot_git', `changed path ${quoteValue(entry)} ${DOT_GIT_PROBLEM}`));
      return { path: entry, cleaned: null, verdict: 'invalid', rule: null, detail: DOT_GIT_PROBLEM };
    }
  }
  const lower = path.toLowerCase();
  const plain = plainEntry || keyIsLowercase(path);
  const always = alwaysForbidden(path, plain ? lower : undefined) ?? (original !== path ? alwaysForbidden(original) : null);
  if (always !== null) {
    const detail = `is always forbidden (${always.reason}), whatever the manifest allows`;
    reasons.push(pathReason('path_always_forbidden', `changed path ${quoteValue(path)} ${detail}: ${quoteValue(always.rule)}`));
    return { path: entry, cleaned: path, verdict: 'always_forbidden', rule: always.rule, detail };
  }
  const rule =
    forbiddenRule(path, lower, wf) ??
    (original !== path ? forbiddenRule(original, original.toLowerCase(), wf) : null) ??
    foldedForbiddenRule(path, wf, plain) ??
    (original !== path ? foldedForbiddenRule(original, wf, false) : null);
  if (rule !== null) {
    reasons.push(pathReason('path_forbidden', `changed path ${quoteValue(path)} is forbidden by ${quoteValue(rule)}`));
    return { path: entry, cleaned: path, verdict: 'forbidden', rule };
  }
  const m = wf.matchers;
  for (const a of m.allowed) {
    if (!a.test(path, lower)) continue;
    if (original === path || m.originallyAllowed(original)) return { path: entry, cleaned: path, verdict: 'allowed', rule: a.pattern };
    const detail = `is outside the allowed paths as the original evaluator read it (${quoteValue(original)})`;
    reasons.push(pathReason('path_not_allowed_original', `changed path ${quoteValue(entry)} ${detail}`));
    return { path: entry, cleaned: path, verdict: 'not_allowed', rule: null, detail };
  }
  reasons.push(pathReason('path_not_allowed', `changed path ${quoteValue(path)} is outside the allowed paths`));
  return { path: entry, cleaned: path, verdict: 'not_allowed', rule: null };
}

/**
 * The first forbidden pattern matching the path under a case-fold reading (compile.ts), or null.
 * A plain ASCII path needs it only when some pattern folds differently from its lowercase.
 */
function foldedForbiddenRule(path: string, wf: CompiledWorkflow, plainAscii: boolean): string | null {
  const folded = wf.folded;
  if (!folded.everyPath && (plainAscii || !hasNonAscii(path))) return null;
  for (const reading of folded.readings()) {
    const f = reading.fold(path);
    const m = reading.matchers;
    if (!m.anyForbidden(f, f)) continue;
    for (const p of m.forbidden) if (p.test(f, f)) return reading.origin.get(p.pattern) ?? p.pattern;
  }
  return null;
}

/** The first forbidden pattern (pack order) matching the cleaned path, or null. */
function forbiddenRule(path: string, lower: string, wf: CompiledWorkflow): string | null {
  const m = wf.matchers;
  if (!m.anyForbidden(path, lower)) return null;
  for (const f of m.forbidden) if (f.test(path, lower)) return f.pattern;
  return null;
}
