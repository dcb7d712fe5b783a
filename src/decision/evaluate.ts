/**
 * One request in, one decision out (spec: decision-semantics.md). Pure and synchronous; never
 * throws. The order of checks is the spec's; every check appears in `evidence.checks` as pass,
 * fail or skip, and every violation found is listed.
 *
 * Where the spec is silent the original evaluator's reading is kept (white space around names is
 * ignored, a kill signal is any Python-truthy value), so decisions on ordinary requests stay equal
 * to the original's; where the spec is stricter, the spec wins.
 */
import type { McpScope } from '../pack/types.js';
import { emptyApprovalVerdict, isAbsentRecord, judgeApproval, type CompiledTrustedKey } from './approval.js';
import type { CompiledWorkflow } from './compile.js';
import { cleanPath } from './paths.js';
import { describeType, hasOuterWhitespace, isBlank, pyStrip, quoteValue } from './text.js';
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

/** The request attributes the spec names; anything else is listed as unknown in evidence. */
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
const NOT_A_BRANCH_WRITE = (() => {
  const m = {} as Record<string, DecisionCheck>;
  for (const c of ['branch_name', 'changed_paths', 'diff_line_count', 'path_scope'] as const) {
    m[c] = Object.freeze({ check: c, outcome: 'skip', detail: 'the scope is not a branch write' });
  }
  return m;
})();

const REQUIRED = ['agent_id', 'run_id', 'tool_namespace', 'tool_access_mode', 'gate_phase'] as const;

function fail(check: CheckName, detail: string): DecisionCheck {
  return { check, outcome: 'fail', detail };
}

function own(obj: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(obj, key) ? obj[key] : undefined;
}

/** Python truthiness of a JSON value: null, false, 0, "", [] and {} are falsy. */
function pyTruthy(v: unknown): boolean {
  if (v === undefined || v === null || v === false || v === 0 || v === '') return false;
  if (Array.isArray(v)) return v.length > 0;
  if (typeof v === 'object') return Object.keys(v as object).length > 0;
  return true;
}

/** A value echoed back in `request`: JSON-ish values as given, anything else as null. */
function echo(v: unknown): unknown {
  if (v === undefined) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'string' || typeof v === 'boolean' || v === null || typeof v === 'object') return v;
  return null;
}

/** A required string attribute: its stripped value, or why it cannot be read. */
type ReadString = { value: string } | { problem: string };

function readRequired(name: string, v: unknown): ReadString {
  if (typeof v === 'string') return isBlank(v) ? { problem: `${name} is required` } : { value: pyStrip(v) };
  if (!pyTruthy(v)) return { problem: `${name} is required` };
  return { problem: `${name} must be a string, got ${describeType(v)}` };
}

/** The kill signal as text ("" when none fired). Any Python-truthy value fires, as in the original. */
function killSignalText(v: unknown): string {
  if (typeof v === 'string') return pyStrip(v);
  if (!pyTruthy(v)) return '';
  try {
    return JSON.stringify(v) ?? String(v);
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
    return unreadable(ctx, clock, `the request could not be read (${errorText(err)})`);
  }
}

function errorText(err: unknown): string {
  try {
    return err instanceof Error ? err.message : String(err);
  } catch {
    return 'unprintable error';
  }
}

function baseEvidence(ctx: EvaluatorContext, evaluatedAt: string): DecisionEvidence {
  return {
    pack_sha256: ctx.packSha256,
    manifest_sha256: ctx.manifestSha256,
    source_manifest_sha256: ctx.manifestSha256,
    policy_id: ctx.policyId,
    policy_generated_at: ctx.generatedAt,
    evaluated_at: evaluatedAt,
    workflow_id: null,
    run_id: null,
    agent_class: null,
    scope_id: null,
    maturity_stage: null,
    required_pr_label: null,
    checks: [],
    paths: [],
    approval: emptyApprovalVerdict(),
    observed_runtime_attributes: [],
    unknown_attributes: [],
  };
}

function unreadable(ctx: EvaluatorContext, clock: Clock, violation: string): Decision {
  const evidence = baseEvidence(ctx, isoOf(Date.now(), clock));
  evidence.checks.push(fail('request_readable', violation));
  for (let i = 1; i < CHECK_NAMES.length; i++) evidence.checks.push(SKIP[CHECK_NAMES[i]!]);
  return {
    allowed: false,
    approval_present: false,
    approval_required: false,
    decision: 'deny',
    evidence,
    matched_policy: null,
    matched_scope: null,
    reason: 'the request cannot be read',
    request: {},
    violations: [violation],
  };
}

function evaluateUnsafe(ctx: EvaluatorContext, clock: Clock, request: unknown, options: EvaluateOptions | undefined): Decision {
  if (request === null || typeof request !== 'object' || Array.isArray(request)) {
    return unreadable(ctx, clock, `the request must be a JSON object, got ${describeType(request)}`);
  }
  const nowMs = resolveNow(options);
  if (!Number.isFinite(nowMs) || Math.abs(nowMs) > 8.64e15) {
    return unreadable(ctx, clock, 'the evaluation time (now) is not a valid time');
  }
  const req = request as Record<string, unknown>;
  const evidence = baseEvidence(ctx, isoOf(nowMs, clock));
  const checks = evidence.checks;
  const violations: string[] = [];

  // Attribute names, for evidence: unknown ones (ignored) and the ones carrying a value.
  const unknown = evidence.unknown_attributes;
  const observed: string[] = [];
  for (const k of Object.keys(req)) {
    if (!KNOWN_ATTRIBUTES.has(k)) unknown.push(k);
    else if (pyTruthy(req[k])) observed.push(k);
  }
  if (unknown.length > 1) unknown.sort();
  if (observed.length > 1) observed.sort();
  evidence.observed_runtime_attributes = observed;
  checks.push(PASS.request_readable);

  const rawWorkflow = own(req, 'workflow_id');
  const rawAgentId = own(req, 'agent_id');
  const rawAgentClass = own(req, 'agent_class');
  const rawChangedPaths = own(req, 'changed_paths');
  const rawRecord = own(req, 'human_approval_record');
  const rawKill = own(req, 'runtime_kill_signal');
  const rawKillAlias = own(req, 'triggered_kill_signal');

  let workflowId: string | null = null;
  let workflowProblem: string | null = null;
  if (typeof rawWorkflow === 'string') {
    workflowId = pyStrip(rawWorkflow);
    if (workflowId === '') workflowId = null;
  } else if (pyTruthy(rawWorkflow)) {
    workflowProblem = `workflow_id must be a string, got ${describeType(rawWorkflow)}`;
  }
  const wf = workflowId === null ? undefined : ctx.workflows.get(workflowId);
  if (workflowId !== null) evidence.workflow_id = workflowId;

  const echoRequest: Record<string, unknown> = {
    agent_class: echo(rawAgentClass),
    agent_id: echo(rawAgentId),
    branch_name: echo(own(req, 'branch_name')),
    change_class: echo(own(req, 'change_class')),
    changed_paths:
      rawChangedPaths === undefined || rawChangedPaths === null
        ? []
        : Array.isArray(rawChangedPaths)
          ? rawChangedPaths.slice()
          : typeof rawChangedPaths === 'string'
            ? [rawChangedPaths]
            : echo(rawChangedPaths),
    diff_line_count: echo(own(req, 'diff_line_count')),
    gate_phase: echo(own(req, 'gate_phase')),
    head_sha: echo(own(req, 'head_sha')),
    run_id: echo(own(req, 'run_id')),
    runtime_kill_signal: null,
    tool_access_mode: echo(own(req, 'tool_access_mode')),
    tool_namespace: echo(own(req, 'tool_namespace')),
    workflow_id: echo(rawWorkflow),
  };

  const decide = (
    decision: DecisionName,
    reason: string,
    scope: McpScope | null,
    approvalRequired: boolean,
    approvalPresent: boolean,
  ): Decision => {
    while (checks.length < CHECK_NAMES.length) checks.push(SKIP[CHECK_NAMES[checks.length]!]);
    return {
      allowed: decision === 'allow' || decision === 'allow_scoped_branch' || decision === 'allow_scoped_ticket',
      approval_present: approvalPresent,
      approval_required: approvalRequired,
      decision,
      evidence,
      matched_policy: wf ? (wf.matchedPolicy as Record<string, unknown>) : null,
      matched_scope: scope as Record<string, unknown> | null,
      reason,
      request: echoRequest,
      violations,
    };
  };

  if (wf) {
    evidence.maturity_stage = wf.policy.maturity_stage;
    evidence.required_pr_label = wf.requiredPrLabel;
  }

  // 1. A kill signal ends the session, whatever else the request says.
  const kill = killSignalText(rawKill) || killSignalText(rawKillAlias);
  if (kill !== '') {
    echoRequest.runtime_kill_signal = kill;
    if (!wf || !wf.killSignals.has(kill)) violations.push(`unregistered kill signal: ${quoteValue(kill)}`);
    checks.push(fail('kill_signal', `kill signal fired: ${quoteValue(kill)}`));
    return decide('kill_session', 'runtime kill signal fired', null, false, false);
  }
  checks.push(PASS.kill_signal);

  // 2. The workflow must be declared.
  if (!wf) {
    const problem = workflowProblem ?? (workflowId === null ? 'missing workflow_id' : `unknown workflow_id: ${quoteValue(workflowId)}`);
    violations.push(problem);
    checks.push(fail('workflow_declared', problem));
    // Nothing else can be judged without the workflow, but missing attributes are still worth listing.
    for (const name of REQUIRED) {
      const r = readRequired(name, own(req, name));
      if ('problem' in r) violations.push(r.problem);
    }
    return decide(
      'deny',
      workflowId === null ? 'workflow_id is required' : 'workflow_id is not declared in the gateway policy pack',
      null,
      false,
      false,
    );
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

  // 4. Required attributes (and the types of the optional ones that steer the decision).
  const before4 = violations.length;
  const values: Record<(typeof REQUIRED)[number], string | null> = {
    agent_id: null,
    run_id: null,
    tool_namespace: null,
    tool_access_mode: null,
    gate_phase: null,
  };
  for (const name of REQUIRED) {
    const r = readRequired(name, own(req, name));
    if ('problem' in r) violations.push(r.problem);
    else values[name] = r.value;
  }
  const rawChangeClass = own(req, 'change_class');
  let changeClass = '';
  if (typeof rawChangeClass === 'string') changeClass = pyStrip(rawChangeClass);
  else if (rawChangeClass !== undefined && rawChangeClass !== null) {
    // A list or object here could dodge the manual-review list; refuse rather than guess.
    violations.push(`change_class must be a string, got ${describeType(rawChangeClass)}`);
  }
  const rawHead = own(req, 'head_sha');
  if (rawHead !== undefined && rawHead !== null && typeof rawHead !== 'string') {
    violations.push(`head_sha must be a string, got ${describeType(rawHead)}`);
  }
  if (values.run_id !== null) evidence.run_id = values.run_id;
  if (violations.length === before4) checks.push(PASS.required_attributes);
  else checks.push(fail('required_attributes', violations.slice(before4).join('; ')));

  const gatePhase = values.gate_phase;
  if (gatePhase === null) checks.push(fail('gate_phase', 'gate_phase is missing'));
  else if (wf.gatePhases.has(gatePhase)) checks.push(PASS.gate_phase);
  else {
    const problem = `gate_phase ${quoteValue(gatePhase)} is not declared for workflow`;
    violations.push(problem);
    checks.push(fail('gate_phase', problem));
  }

  // 5. Agent identity.
  const identity = resolveAgentClass(rawAgentClass, values.agent_id, wf);
  if (identity.agentClass !== null) {
    evidence.agent_class = identity.agentClass;
    echoRequest.agent_class = identity.agentClass;
  }
  if (identity.problem === null) checks.push({ check: 'agent_identity', outcome: 'pass', detail: `agent class ${quoteValue(identity.agentClass)}` });
  else {
    violations.push(identity.problem);
    checks.push(fail('agent_identity', identity.problem));
  }

  // 6. The tool scope.
  const ns = values.tool_namespace;
  const mode = values.tool_access_mode;
  const scope = ns !== null && mode !== null ? wf.scopes.get(ns)?.get(mode) : undefined;
  if (scope) {
    evidence.scope_id = scope.scope_id;
    checks.push(PASS.tool_scope);
  } else {
    const problem = `tool scope ${ns ?? ''}:${mode ?? ''} is not allowed`;
    violations.push(problem);
    checks.push(fail('tool_scope', problem));
  }

  const hasRecord = !isAbsentRecord(rawRecord);
  if (violations.length > 0 || !scope) {
    if (hasRecord) evidence.approval = notConsidered(rawRecord);
    return decide('deny', 'runtime request failed gateway policy checks', scope ?? null, false, false);
  }

  // 7. A branch write must stay inside its scope before anything may be held or approved.
  if (scope.decision === 'allow_scoped_branch') {
    checkBranchWrite(req, wf, rawChangedPaths, evidence, violations);
    if (violations.length > 0) {
      if (hasRecord) evidence.approval = notConsidered(rawRecord);
      return decide('deny', 'scoped branch write failed path, branch, or diff limits', scope, false, false);
    }
  } else {
    checks.push(NOT_A_BRANCH_WRITE.branch_name!, NOT_A_BRANCH_WRITE.changed_paths!, NOT_A_BRANCH_WRITE.diff_line_count!, NOT_A_BRANCH_WRITE.path_scope!);
  }

  // 8–9. Human approval, when a change class or the scope asks for it.
  let approval: ApprovalVerdict | null = null;
  if (hasRecord) {
    approval = judgeApproval(rawRecord, {
      workflowId: wf.id,
      runId: values.run_id!,
      gatePhase: gatePhase!,
      agentId: values.agent_id!,
      agentClasses: identity.agentClass === null ? ctx.agentClasses : withClass(ctx.agentClasses, identity.agentClass),
      reviewerPools: wf.reviewerPools,
      attribute: (name) => (name === 'agent_class' ? (identity.agentClass ?? undefined) : own(req, name)),
      changedPaths: rawChangedPaths,
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
    return decide('hold_for_approval', 'change class requires a typed human approval record', scope, true, false);
  }

  if (scope.decision === 'hold_for_approval') {
    if (!approved) {
      approvalProblems();
      checks.push(fail('scope_approval', 'the tool scope requires a typed human approval record'));
      return decide('hold_for_approval', 'tool scope requires a typed human approval record', scope, true, false);
    }
    checks.push(PASS.scope_approval);
    return decide('allow', 'approval-required tool scope has a typed approval record', scope, true, true);
  }
  checks.push(SKIP.scope_approval);

  // 10. The scope's own decision.
  return decide(scope.decision, 'runtime request satisfies gateway policy', scope, classNeedsReview, approved);
}

function withClass(classes: ReadonlySet<string>, extra: string): ReadonlySet<string> {
  if (classes.has(extra)) return classes;
  const s = new Set(classes);
  s.add(extra);
  return s;
}

/** A record that was never weighed because the request was refused first. */
function notConsidered(record: unknown): ApprovalVerdict {
  const v = emptyApprovalVerdict();
  v.present = true;
  v.typed = record !== null && typeof record === 'object' && !Array.isArray(record) && own(record as Record<string, unknown>, 'type') === 'human_approval';
  v.problems.push('not considered: the request was refused before approvals are weighed');
  return v;
}

interface Identity {
  agentClass: string | null;
  problem: string | null;
}

/**
 * The agent class: `agent_class` if given, else `agent_id` in one of two forms only — exactly a
 * class name, or `sr-agent::<workflow_id>::<class>` naming this workflow. No substring guessing:
 * "not-codex-really" is not codex.
 */
function resolveAgentClass(rawClass: unknown, agentId: string | null, wf: CompiledWorkflow): Identity {
  let cls: string;
  if (pyTruthy(rawClass)) {
    if (typeof rawClass !== 'string') return { agentClass: null, problem: `agent_class must be a string, got ${describeType(rawClass)}` };
    cls = pyStrip(rawClass).toLowerCase();
  } else if (agentId === null) {
    return { agentClass: null, problem: 'agent identity cannot be established without agent_id' };
  } else if (agentId.includes('::')) {
    const parts = agentId.split('::');
    if (parts.length !== 3 || parts[0]!.toLowerCase() !== 'sr-agent') {
      return { agentClass: null, problem: `agent_id ${quoteValue(agentId)} is neither a class name nor "sr-agent::${wf.id}::<class>"` };
    }
    if (parts[1] !== wf.id) {
      return { agentClass: null, problem: `agent_id ${quoteValue(agentId)} names workflow ${quoteValue(parts[1])}, not ${quoteValue(wf.id)}` };
    }
    cls = pyStrip(parts[2]!).toLowerCase();
  } else {
    cls = agentId.toLowerCase();
  }
  if (!wf.allowedAgents.has(cls)) return { agentClass: cls, problem: `agent_class ${quoteValue(cls)} is not allowed for workflow` };
  return { agentClass: cls, problem: null };
}

function checkBranchWrite(
  req: Record<string, unknown>,
  wf: CompiledWorkflow,
  rawPaths: unknown,
  evidence: DecisionEvidence,
  violations: string[],
): void {
  const checks = evidence.checks;

  // Branch: starts with the workflow's prefix and names something after it.
  const rawBranch = own(req, 'branch_name');
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
  let entries: unknown[] = [];
  if (typeof rawPaths === 'string') entries = [rawPaths];
  else if (Array.isArray(rawPaths)) entries = rawPaths;
  else if (rawPaths !== undefined && rawPaths !== null) countProblem = `changed_paths must be a list of paths, got ${describeType(rawPaths)}`;
  const paths = evidence.paths;
  const pathProblems: string[] = [];
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i];
    if (typeof entry === 'string') {
      if (!isBlank(entry)) paths.push(judgePath(entry, wf, pathProblems));
    } else {
      const detail = `is ${describeType(entry)}, not a path`;
      paths.push({ path: echo(entry) as string, cleaned: null, verdict: 'invalid', rule: null, detail });
      pathProblems.push(`changed path #${i + 1} ${detail}`);
    }
  }
  if (countProblem === null && paths.length === 0) countProblem = 'changed_paths are required for write_branch access';
  else if (paths.length > wf.maxChangedFiles) {
    countProblem = `changed_paths has ${paths.length} entries, more than max_changed_files ${wf.maxChangedFiles}`;
  }
  if (countProblem === null) checks.push(PASS.changed_paths);
  else {
    violations.push(countProblem);
    checks.push(fail('changed_paths', countProblem));
  }

  // Diff size: a JSON number that is a non-negative integer; absent or null counts as 0.
  const rawDiff = own(req, 'diff_line_count');
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
    checks.push(fail('path_scope', `${pathProblems.length} of ${paths.length} path(s) refused, forbidden or outside the allowed paths`));
  }
}

function judgePath(entry: string, wf: CompiledWorkflow, violations: string[]): PathVerdict {
  const cleaned = cleanPath(entry);
  if (!cleaned.ok) {
    violations.push(`changed path ${quoteValue(entry)} ${cleaned.problem}`);
    return { path: entry, cleaned: null, verdict: 'invalid', rule: null, detail: cleaned.problem };
  }
  const path = cleaned.path;
  const rule = forbiddenRule(path, wf) ?? (hasOuterWhitespace(entry) ? forbiddenAsTrimmed(entry, wf) : null);
  if (rule !== null) {
    violations.push(`changed path ${quoteValue(path)} is forbidden by ${quoteValue(rule)}`);
    return { path: entry, cleaned: path, verdict: 'forbidden', rule };
  }
  const m = wf.matchers;
  for (const a of m.allowed) {
    if (a.test(path)) return { path: entry, cleaned: path, verdict: 'allowed', rule: a.pattern };
  }
  violations.push(`changed path ${quoteValue(path)} is outside the allowed paths`);
  return { path: entry, cleaned: path, verdict: 'not_allowed', rule: null };
}

/** The first forbidden pattern (pack order) matching the cleaned path, or null. */
function forbiddenRule(path: string, wf: CompiledWorkflow): string | null {
  const m = wf.matchers;
  if (m.anyForbidden === null || !m.anyForbidden.test(path)) return null;
  for (const f of m.forbidden) if (f.test(path)) return f.pattern;
  return null;
}

/** The original evaluator trimmed white space around paths; whatever it forbade stays forbidden. */
function forbiddenAsTrimmed(entry: string, wf: CompiledWorkflow): string | null {
  const trimmed = cleanPath(pyStrip(entry));
  return trimmed.ok ? forbiddenRule(trimmed.path, wf) : null;
}
