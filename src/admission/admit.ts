/**
 * The PR admission check's pure core: AdmissionInput in, AdmissionResult out (src/evidence seals it).
 * The gates are an ordered table (ADMISSION_GATES) of functions over one shared context.
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
import {
  loadPolicy,
  quoteValue,
  decisionRank,
  type CheckName,
  type Decision,
  type DecisionName,
  type Policy,
  type Reason,
} from '../decision/index.js';
import { checkDrift } from '../pack/drift.js';
import { isYamlManifest, loadYamlParser, normaliseLineEndings, regenerateLikeLean, type YamlManifestParser } from '../pack/index.js';
import type { WorkflowPolicy } from '../pack/index.js';
import { sha256Hex } from '../util/index.js';
import { agentDirectory, declaredBranchPrefixes, isAgentAuthored, type AgentDirectory } from './agents.js';
import { countApprovals } from './approvals.js';
import { builtInRules, executableChanged, type BuiltInRules, type BuiltInVerdict } from './built-in-rules.js';
import { checkOutcome, engineReasons, pathsJudged } from './engine.js';
import { DEFAULT_WORKFLOW_FROM, resolveRunId, resolveWorkflow, runIdTrailerProblem } from './identify.js';
import { nextSteps } from './next-steps.js';
import { reason, type AdmissionCode } from './reasons.js';
import type {
  AdmissionDecision,
  AdmissionInput,
  AdmissionResult,
  ChangedFile,
  GateName,
  GateResult,
  PathRow,
  PathRowVerdict,
} from './types.js';

export interface AdmitOptions {
  /**
   * Parses the base manifest when it is YAML (the pack-drift check regenerates the pack from it).
   * The library's `admit` always has one; `admitLean` loads it only for a YAML manifest.
   */
  parseYaml?: YamlManifestParser;
}

/** admit, with the YAML parser loaded first only if the base manifest is YAML (it is a large module). */
export async function admitLean(input: AdmissionInput): Promise<AdmissionResult> {
  return admit(input, { parseYaml: admissionNeedsYaml(input) ? await loadYamlParser() : undefined });
}

/** Whether admitting `input` regenerates the pack from a YAML manifest. */
export function admissionNeedsYaml(input: AdmissionInput): boolean {
  const base = input.base;
  if (base.manifest_text === null || base.pack_text === null) return false;
  return isYamlManifest(base.manifest_text, driftManifestPath(base.pack_text, base.manifest_path));
}

/**
 * Decides whether an agent-authored pull request may merge, and says why.
 *
 * Pure and synchronous: everything it needs is in `input` (filled by the GitHub adapter or the
 * local-git adapter), including the evaluation time. It never throws: a failure anywhere is a
 * `deny` result carrying the reason; `sealEvidence` (src/evidence) turns it into the evidence record.
 *
 * The top-level `decision` is the most restrictive gate's (`allow` when every gate passes), or
 * `not_applicable` when the PR is not agent-authored.
 */
export function admit(input: AdmissionInput, options: AdmitOptions = {}): AdmissionResult {
  try {
    return runAdmission(input, options);
  } catch (err) {
    const result = skeleton(input);
    const r = reason(
      'admission',
      'admission_error',
      `The admission check failed before reaching a decision: ${(err as Error)?.message ?? String(err)}`,
    );
    result.violations.push(r.message);
    result.reasons.push(r);
    result.summary = `deny: ${r.message}`;
    return result;
  }
}

/** Stands for "no path" where a reason judges none (no real path is this string). */
const NO_PATH = '\u0000';
const SAME_REASONS = 'Refused for the same reasons as the earlier gates.';
/** The engine checks that make the write gate; the rest of the admission request makes the admission gate. */
const WRITE_CHECK_NAMES: readonly CheckName[] = ['changed_paths', 'diff_line_count', 'path_scope'];
const WRITE_CHECKS: ReadonlySet<string> = new Set(WRITE_CHECK_NAMES);
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
const BUILT_IN_CODE: Record<BuiltInVerdict['verdict'], AdmissionCode & ('always_forbidden' | 'symlink' | 'submodule' | 'path_invalid')> = {
  always_forbidden: 'always_forbidden',
  symlink: 'symlink',
  submodule: 'submodule',
  invalid: 'path_invalid',
};

interface Evaluation {
  request: Record<string, unknown>;
  decision: Decision;
}

/** What the gates share: the input, the result being built, and what earlier gates found. */
interface AdmissionContext {
  readonly input: AdmissionInput;
  readonly parseYaml: YamlManifestParser | undefined;
  readonly result: AdmissionResult;
  readonly agents: AgentDirectory;
  readonly local: boolean;
  /** The trusted base pack, once the trust gate has loaded it. */
  policy: Policy | null;
  trust: GateResult | null;
  prefixes: string[];
  /** The kill signal in force (the kill-signal input, or the kill label) and why. */
  kill: { signal: string; why: Reason } | null;
  loginClass: string | null;
  explicitClass: string | null;
  /** Admission-gate reasons found while identifying the workflow, agent and run. */
  identity: Reason[];
  wf: WorkflowPolicy | undefined;
  evaluate(extra: Record<string, unknown>): Evaluation;
  /** The admission request's evaluation, whose checks the admission and write gates share. */
  main: Evaluation | null;
}

/** What a gate tells the run: go on, skip to the conclusion, or return the result as it is. */
type Flow = 'next' | 'conclude' | 'stop';

interface AdmissionGate {
  name: GateName | 'applicability' | 'identity';
  run(ctx: AdmissionContext): Flow;
}

/** The gates, in order. Each reads what the earlier ones left in the context. */
export const ADMISSION_GATES: readonly AdmissionGate[] = [
  { name: 'trust', run: trustGate },
  { name: 'applicability', run: applicability },
  { name: 'identity', run: identify },
  { name: 'kill', run: killGate },
  { name: 'admission', run: admissionGate },
  { name: 'write', run: writeGate },
  { name: 'pre_merge', run: preMergeGate },
];

function runAdmission(input: AdmissionInput, options: AdmitOptions): AdmissionResult {
  const ctx = newContext(input, options);
  for (const g of ADMISSION_GATES) {
    const flow = g.run(ctx);
    if (flow === 'stop') return ctx.result;
    if (flow === 'conclude') break;
  }
  return conclude(ctx);
}

function newContext(input: AdmissionInput, options: AdmitOptions): AdmissionContext {
  const killLabel = input.pr.labels.find((l) => l.toLowerCase() === input.config.kill_label.toLowerCase());
  const kill =
    input.config.kill_signal !== null
      ? {
          signal: input.config.kill_signal,
          why: reason('kill_switch', 'kill_signal_set', `The kill signal "${input.config.kill_signal}" is set.`),
        }
      : killLabel !== undefined
        ? { signal: `label:${killLabel}`, why: reason('kill_switch', 'kill_label', `The PR carries the kill label "${killLabel}".`) }
        : null;
  return {
    input,
    parseYaml: options.parseYaml,
    result: skeleton(input),
    agents: agentDirectory(input.config.agents),
    local: input.context.surface === 'local',
    policy: null,
    trust: null,
    prefixes: [],
    kill,
    loginClass: null,
    explicitClass: input.config.agent_class?.trim() || null,
    identity: [],
    wf: undefined,
    evaluate: () => {
      throw new Error('no trusted policy to evaluate against');
    },
    main: null,
  };
}

function skeleton(input: AdmissionInput): AdmissionResult {
  const pr = input.pr;
  return {
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
    reasons: [],
    next_steps: [],
    notes: [...input.context.notes],
  };
}

function diffLines(input: AdmissionInput): number {
  return (input.files ?? []).reduce((n, f) => n + f.additions + f.deletions, 0);
}

function gate(
  name: GateName,
  decision: AdmissionDecision,
  reasons: Reason[],
  evaluation: Evaluation | null = null,
  request: Record<string, unknown> | null = evaluation?.request ?? null,
): GateResult {
  return { gate: name, decision, request, evaluation: evaluation?.decision ?? null, violations: reasons.map((r) => r.message), reasons };
}

/** Trust: the base commit's pack, loaded and pinned, and equal to what the base manifest generates. */
function trustGate(ctx: AdmissionContext): Flow {
  const { input } = ctx;
  const { base } = input;
  const reasons: Reason[] = (input.problems ?? []).map((p) => reason('base_policy', 'input_incomplete', p));
  if (base.problem) reasons.push(reason('base_policy', 'base_unreadable', base.problem));
  if (base.pack_text === null) {
    if (!base.problem) reasons.push(reason('base_policy', 'base_pack_missing', `The base commit has no pack at ${base.pack_path}.`));
  } else {
    const loaded = loadBasePack(input, base.pack_text);
    if ('policy' in loaded) {
      ctx.policy = loaded.policy;
      ctx.result.policy_id = loaded.policy.policyId;
    } else reasons.push(loaded.reason);
  }
  if (base.manifest_text === null) {
    if (!base.problem)
      reasons.push(reason('base_policy', 'base_manifest_missing', `The base commit has no manifest at ${base.manifest_path}.`));
  } else if (base.pack_text !== null) {
    const drift = driftOf(base.manifest_text, base.pack_text, base.manifest_path, base.pack_path, ctx.parseYaml);
    if (drift) reasons.push(drift);
  }
  ctx.trust = gate('trust', reasons.length > 0 ? 'deny' : 'allow', reasons);
  // A pack that loads but fails the other checks still tells agent branches apart; nothing else.
  ctx.prefixes = ctx.policy ? declaredBranchPrefixes(ctx.policy.pack) : [];
  return 'next';
}

/** The base pack as a policy, or why it cannot be used (a pin mismatch apart from other faults). */
function loadBasePack(input: AdmissionInput, packText: string): { policy: Policy } | { reason: Reason } {
  const { base, config } = input;
  const options = {
    ...(config.trusted_keys ? { trustedKeys: config.trusted_keys } : {}),
    ...(base.pack_path ? { packPath: base.pack_path } : {}),
    ...(base.manifest_path ? { manifestPath: base.manifest_path } : {}),
  };
  try {
    return {
      policy: loadPolicy(packText, { ...(config.expect_pack_sha256 ? { expectPackSha256: config.expect_pack_sha256 } : {}), ...options }),
    };
  } catch (err) {
    const message = `The base pack ${base.pack_path} cannot be used: ${(err as Error).message}`;
    return {
      reason: reason(
        'base_policy',
        config.expect_pack_sha256 && loadsUnpinned(packText, options) ? 'pack_pin_mismatch' : 'pack_unusable',
        message,
      ),
    };
  }
}

function loadsUnpinned(packText: string, options: Parameters<typeof loadPolicy>[1]): boolean {
  try {
    loadPolicy(packText, options);
    return true;
  } catch {
    return false;
  }
}

/** Which PRs are agent PRs: a declared branch prefix, a known agent login, or the caller says so. */
function applicability(ctx: AdmissionContext): Flow {
  const { input, result } = ctx;
  const author = input.pr.author;
  ctx.loginClass = author.login ? ctx.agents.classOf(author.login, author.type) : null;
  if (!isAgentAuthored(ctx.prefixes, ctx.agents, input.pr.head_ref, author) && ctx.explicitClass === null) {
    if (ctx.policy !== null) {
      result.decision = 'not_applicable';
      result.summary = `Not an agent-authored pull request (branch ${input.pr.head_ref || '(none)'}, author ${author.login || '(unknown)'}): nothing to check.`;
      result.notes.push(...ctx.trust!.violations.map((v) => `Not checked for this PR, but true of the base: ${v}`));
      return 'stop';
    }
    result.notes.push(
      'Agent branches are recognised by the prefixes the pack declares; without a usable pack this PR cannot be told apart from an agent PR, so the check fails closed.',
    );
  }
  result.gates.push(ctx.trust!);
  if (ctx.trust!.decision !== 'allow' || ctx.policy === null) {
    // Without a trusted pack there is nothing to evaluate against; a kill still kills.
    if (ctx.kill !== null) result.gates.push(gate('kill', 'kill_session', [ctx.kill.why]));
    return 'conclude';
  }
  return 'next';
}

/** The agent class, workflow and run the PR belongs to, and the request every gate evaluates. */
function identify(ctx: AdmissionContext): Flow {
  const { input, result } = ctx;
  const policy = ctx.policy!;
  const author = input.pr.author;
  const agentClass = ctx.explicitClass ?? ctx.loginClass;
  result.agent_class = agentClass;
  if (ctx.loginClass === null && ctx.explicitClass === null && author.type === 'Bot') {
    const how = ctx.local ? 'name its agent class with `--agent-class <class>`' : 'map it to an agent class with the `agents` input';
    ctx.identity.push(
      reason('agent', 'agent_bot_unknown', `The author ${author.login} is a bot on an agent branch but is not a known agent: ${how}.`),
    );
  }
  const declared = new Set(policy.workflowIds());
  const workflow = resolveWorkflow(input.config.workflow_id, input.pr.head_ref, input.pr.body, ctx.prefixes, declared, {
    from: input.config.workflow_from,
    local: ctx.local,
  });
  if (workflow.problem !== null) ctx.identity.push(reason('workflow', workflow.code, workflow.problem));
  for (const s of workflow.ignored) {
    result.notes.push(
      `A Workflow-Id trailer names ${quoteValue(s.value)}; it was not consulted, because workflow-from (${(input.config.workflow_from ?? DEFAULT_WORKFLOW_FROM).join(', ')}) does not allow trailers.`,
    );
  }
  result.workflow_id = workflow.workflow_id;
  const runId = resolveRunId(input.config.run_id, input.pr.body, input.pr.number, input.pr.head_sha);
  const runIdProblem = runIdTrailerProblem(input.config.run_id, input.pr.body);
  if (runIdProblem !== null) ctx.identity.push(reason('run_id', 'run_id_trailer_invalid', runIdProblem));
  result.run_id = runIdProblem === null ? runId : null;
  ctx.wf = workflow.workflow_id === null ? undefined : policy.workflow(workflow.workflow_id);
  if (ctx.wf) {
    result.limits.files.max = ctx.wf.change_scope.max_changed_files;
    result.limits.diff_lines.max = ctx.wf.change_scope.max_diff_lines;
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
  const now = input.context.now;
  ctx.evaluate = (extra) => {
    const request = { ...baseRequest, ...extra };
    return { request, decision: policy.evaluate(request, { now }) };
  };
  return 'next';
}

/** Kill: the kill-signal input or the kill label ends the session whatever else holds. */
function killGate(ctx: AdmissionContext): Flow {
  if (ctx.kill === null) {
    ctx.result.gates.push(gate('kill', 'allow', []));
    return 'next';
  }
  const k = ctx.evaluate({ gate_phase: 'admission', runtime_kill_signal: ctx.kill.signal });
  ctx.result.gates.push(gate('kill', k.decision.decision, [ctx.kill.why, ...engineReasons(k.decision)], k));
  return 'next';
}

/** Admission: the evaluator's workflow, status, posture, identity, scope and branch checks, and the PR-only rules. */
function admissionGate(ctx: AdmissionContext): Flow {
  const main = ctx.evaluate({ gate_phase: 'admission' });
  ctx.main = main;
  const reasons = [...ctx.identity, ...engineReasons(main.decision).filter((r) => !WRITE_CHECKS.has(r.check)), ...prChecks(ctx)];
  ctx.result.gates.push(gate('admission', reasons.length > 0 ? 'deny' : 'allow', reasons, main));
  return 'next';
}

/** The two PR-only admission rules the pack declares but the evaluator cannot see: label and open-PR cap. */
function prChecks(ctx: AdmissionContext): Reason[] {
  const { input, wf, result } = ctx;
  if (!wf) return [];
  const reasons: Reason[] = [];
  const label = wf.dispatch.required_pr_label;
  if (label && !input.pr.labels.some((l) => l.toLowerCase() === label.toLowerCase()))
    reasons.push(reason('pr_label', 'label_missing', `The PR lacks the required label "${label}".`));
  const cap = wf.dispatch.max_open_prs_per_repo;
  if (input.open_agent_prs === null) {
    reasons.push(
      reason('open_prs', 'open_prs_unknown', 'The open agent pull requests could not be listed, so the open-PR cap cannot be checked.'),
    );
    result.limits.open_prs = { used: 0, max: cap };
  } else {
    const open = [...new Set([...input.open_agent_prs, input.pr.number])].sort((a, b) => a - b);
    result.limits.open_prs = { used: open.length, max: cap };
    const position = open.indexOf(input.pr.number) + 1;
    if (cap !== null && position > cap) {
      reasons.push(
        reason(
          'open_prs',
          'open_pr_cap',
          `This is open agent PR number ${position} (oldest first) and the cap is ${cap}: the ${cap} oldest pass, newer ones wait.`,
        ),
      );
    }
  }
  return reasons;
}

/** Write: the evaluator's path and size checks, the previous paths, and the built-in rules. */
function writeGate(ctx: AdmissionContext): Flow {
  const { input, result } = ctx;
  const main = ctx.main!;
  const files = input.files ?? [];
  const writeChecked = WRITE_CHECK_NAMES.some((c) => checkOutcome(main.decision, c) !== 'skip');
  const renamed = files.filter((f) => f.previous_path !== null);
  const previous =
    renamed.length > 0 && writeChecked
      ? ctx.evaluate({ gate_phase: 'admission', changed_paths: renamed.map((f) => f.previous_path), diff_line_count: 0 })
      : null;
  const rows = pathRows(
    files,
    main.decision,
    previous?.decision ?? null,
    builtInRules(input.base.manifest_path, input.base.pack_path),
    writeChecked,
  );
  result.paths = rows.rows;

  // The built-in verdicts first: they name the real reason (e.g. a workflow file), not just "outside
  // the allowed paths"; a path they name is not listed again with the evaluator's verdict.
  const namedByBuiltIn = new Set(rows.builtInPaths);
  const mainReasons = engineReasons(main.decision);
  const pathOf = pathsJudged(main.decision, mainReasons);
  const engineWrite = mainReasons.filter((r) => WRITE_CHECKS.has(r.check) && !namedByBuiltIn.has(pathOf.get(r) ?? NO_PATH));
  // Of the previous paths only the path verdicts: its file count is never over a limit the current paths are not.
  const previousReasons: Reason[] = [];
  if (previous) {
    const previousOf = pathsJudged(previous.decision, engineReasons(previous.decision));
    for (const [r, path] of previousOf) {
      if (!namedByBuiltIn.has(path))
        previousReasons.push(reason('previous_paths', 'previous_path_refused', `previous ${r.message.slice('changed '.length)}`));
    }
  }
  const reasons = [
    ...(input.files === null
      ? [
          reason(
            'changed_files',
            'files_incomplete',
            input.files_problem ?? 'The changed files could not be listed, so the change cannot be checked.',
          ),
        ]
      : []),
    ...rows.builtIns,
    ...engineWrite,
    ...previousReasons,
  ];
  const scopeDecision = (main.decision.matched_scope?.decision as AdmissionDecision | undefined) ?? 'allow_scoped_branch';
  const decision: AdmissionDecision = reasons.length > 0 ? 'deny' : writeChecked ? scopeDecision : 'not_applicable';
  if (!writeChecked && input.files !== null)
    result.notes.push("The pack's path and size rules were not evaluated because the admission gate refused the request first.");
  const unjudged = writeChecked ? result.paths.filter((p) => p.verdict === 'unchecked').length : 0;
  if (unjudged > 0)
    result.notes.push(
      `${unjudged} path(s) were not judged one by one: the change is over its file limit, which denies it anyway (the built-in rules still cover every path).`,
    );
  result.gates.push(
    gate('write', decision, reasons, main, previous ? { current: main.request, previous_paths: previous.request } : main.request),
  );
  noteFileFlags(result);
  return 'next';
}

/** Pre-merge: the request at gate_phase pre_merge, and typed approvals when the pack requires human review. */
function preMergeGate(ctx: AdmissionContext): Flow {
  const { input, result, wf } = ctx;
  if (!wf) return 'next';
  const policy = ctx.policy!;
  let bare = ctx.evaluate({ gate_phase: 'pre_merge' });
  const classApprovals: Evaluation[] = [];
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
      const withRecord = ctx.evaluate({ gate_phase: 'pre_merge', human_approval_record: approvalRecord });
      const judged = withRecord.decision.evidence.approval;
      if (judged.valid && checkOutcome(withRecord.decision, 'change_class_review') === 'pass') classApprovals.push(withRecord);
      return { valid: judged.valid, problems: judged.problems };
    },
  });
  result.approvals = outcome.rows;
  // A change class that needs review (manual_review_required_for) is approved by a counted typed record.
  const classHold = checkOutcome(bare.decision, 'change_class_review') === 'fail';
  const recordCounted = outcome.rows.some((r) => r.counted && r.source !== 'review');
  if (classHold && recordCounted && classApprovals.length > 0) bare = classApprovals[0]!;
  // The bare pre-merge request differs from the admission request only in its gate phase: report
  // only what is new (e.g. pre_merge not declared for the workflow). Path verdicts belong to the
  // write gate, which lists each path once.
  const reported = new Set(result.gates.flatMap((g) => g.violations));
  const reasons =
    bare.decision.decision === 'deny'
      ? engineReasons(bare.decision).filter((r) => !reported.has(r.message) && r.check !== 'path_scope')
      : [];
  if (bare.decision.decision === 'deny' && reasons.length === 0) reasons.push(reason('pre_merge', 'same_as_earlier_gates', SAME_REASONS));
  const head = input.pr.head_sha.slice(0, 7);
  if (checkOutcome(bare.decision, 'change_class_review') === 'fail') {
    const how = ctx.local ? 'pass one with `--approval FILE`' : 'post one in an `agent-approval` block of an APPROVED review';
    reasons.push(
      reason(
        'class_review',
        'class_approval_missing',
        `The change class "${String(input.config.change_class)}" needs review (manual_review_required_for): it needs a typed approval record from a reviewer on ${head}; ${how}.`,
      ),
    );
  }
  let decision: DecisionName = bare.decision.decision;
  if (!policy.pack.global_defaults.human_review_required) {
    result.notes.push('The pack does not require human review before merge.');
  } else if (!outcome.satisfied && decisionRank(decision) >= decisionRank('hold_for_approval')) {
    // (A request the pre-merge gate denies anyway is not waiting for review: no approval asks.)
    decision = 'hold_for_approval';
    const what = ctx.local ? 'a typed approval record (`--approval FILE`)' : 'an APPROVED review';
    if (outcome.problem) reasons.push(reason('approvals', 'approval_pools_none', outcome.problem));
    else if (input.config.approvals === 'any')
      reasons.push(
        reason(
          'approvals',
          'approval_missing',
          `Needs ${what} from a member of ${outcome.missing_pools.map((p) => `"${p}"`).join(' or ')} on ${head}.`,
        ),
      );
    else
      for (const pool of outcome.missing_pools)
        reasons.push(reason('approvals', 'approval_missing', `Needs ${what} from a member of "${pool}" on ${head}.`));
  }
  result.gates.push(gate('pre_merge', decision, reasons, bare));
  return 'next';
}

/** Overall decision = the most restrictive gate; then the summary, violations and next steps. */
function conclude(ctx: AdmissionContext): AdmissionResult {
  const { result } = ctx;
  let worst: DecisionName = 'allow';
  for (const g of result.gates) {
    if (g.decision !== 'not_applicable' && decisionRank(g.decision) < decisionRank(worst)) worst = g.decision;
  }
  result.decision = decisionRank(worst) === 3 ? 'allow' : worst;
  const seen = new Set(result.violations);
  for (const g of result.gates) {
    if (g.decision === 'not_applicable' || decisionRank(g.decision) === 3) continue;
    // A PR that is denied or killed is not waiting for review: its approvals are beside the point.
    if (g.gate === 'pre_merge' && g.decision === 'hold_for_approval' && result.decision !== 'hold_for_approval') continue;
    for (const r of g.reasons) {
      if (r.code !== 'same_as_earlier_gates' && !seen.has(r.message)) {
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

/** The manifest path the committed pack records (what its drift check regenerates as), else the one given. */
function driftManifestPath(packText: string, manifestPath: string): string {
  try {
    const p = (JSON.parse(packText) as { source_manifest?: { path?: unknown } }).source_manifest?.path;
    if (typeof p === 'string' && p !== '') return p;
  } catch {
    // An unreadable pack is reported by loadPolicy; the comparison fails as it should.
  }
  return manifestPath;
}

/** Regenerates with the committed pack's identity; any other difference is drift. */
function driftOf(
  manifestText: string,
  packText: string,
  manifestPath: string,
  packPath: string,
  parseYaml: YamlManifestParser | undefined,
): Reason | null {
  const committedManifestPath = driftManifestPath(packText, manifestPath);
  // Not a problem of the manifest: the caller did not load the parser (see AdmitOptions).
  if (parseYaml === undefined && isYamlManifest(manifestText, committedManifestPath))
    throw new Error('the base manifest is YAML and no YAML parser was loaded to read it');
  let generated: string;
  try {
    generated = regenerateLikeLean(manifestText, packText, { manifestPath: committedManifestPath }, parseYaml).packText;
  } catch (err) {
    return reason(
      'base_policy',
      'manifest_invalid',
      `The base manifest ${manifestPath} does not compile, so the base pack cannot be trusted: ${(err as Error).message}`,
    );
  }
  const result = checkDrift(generated, packText, { path: packPath });
  if (!result.drift) return null;
  return reason(
    'base_policy',
    'pack_drift',
    `The base pack ${packPath} has drifted from the base manifest ${manifestPath}: it is not what the manifest generates (first difference at line ${result.firstChangedLine ?? 1}). Regenerate the pack from the manifest on the base branch and commit it.`,
  );
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
      return v.rule === 'a ".git" component'
        ? 'git\'s own files (a ".git" component) are never content'
        : 'a path of only white space cannot be checked';
  }
}

/**
 * One row per changed file: the worst of the built-in verdict and the evaluator's verdicts on its
 * path and previous path; plus a reason for each built-in verdict.
 */
function pathRows(
  files: ChangedFile[],
  main: Decision,
  previous: Decision | null,
  rules: BuiltInRules,
  checked: boolean,
): { rows: PathRow[]; builtIns: Reason[]; builtInPaths: string[] } {
  const verdicts = new Map(main.evidence.paths.map((p) => [p.path, p]));
  const previousVerdicts = new Map((previous?.evidence.paths ?? []).map((p) => [p.path, p]));
  const builtIns: Reason[] = [];
  const builtInPaths: string[] = [];
  const rows = files.map((f): PathRow => {
    const candidates: { verdict: PathRowVerdict; rule: string | null }[] = [];
    const builtIn =
      rules.pathVerdict(f.path) ?? (f.previous_path !== null ? rules.pathVerdict(f.previous_path) : null) ?? rules.modeVerdict(f);
    if (builtIn) {
      candidates.push({ verdict: builtIn.verdict, rule: builtIn.rule });
      builtIns.push(
        reason(
          'built_in_paths',
          BUILT_IN_CODE[builtIn.verdict],
          `${f.path}${f.previous_path !== null ? ` (from ${f.previous_path})` : ''}: ${builtInMessage(builtIn)}`,
        ),
      );
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
  return { rows, builtIns, builtInPaths };
}

function noteFileFlags(record: AdmissionResult): void {
  const exec = record.paths.filter((p) => p.executable_changed).map((p) => p.path);
  const binary = record.paths.filter((p) => p.binary).map((p) => p.path);
  const sample = (l: string[]) => l.slice(0, 10).join(', ') + (l.length > 10 ? `, and ${l.length - 10} more` : '');
  if (exec.length > 0) record.notes.push(`The executable bit changes on ${exec.length} file(s): ${sample(exec)}.`);
  if (binary.length > 0)
    record.notes.push(
      `${binary.length} binary file(s) change; each counts every line (newline-separated) of its old side as deleted and of its new side as added: ${sample(binary)}.`,
    );
}

function summarise(r: AdmissionResult): string {
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
