/**
 * loadPolicy: parse → validate → compile, once. A pack that is not default deny, names an unknown
 * decision, or is malformed is refused with every problem listed (PolicyLoadError); so are pins
 * that do not match. What comes out evaluates requests without further checks of the pack.
 */
import { validatePackShape } from '../pack/index.js';
import type { Pack, WorkflowPolicy } from '../pack/index.js';
import { canonicalJson, sha256Hex } from '../util/index.js';
import { alwaysForbiddenRule } from './always-forbidden.js';
import { compileTrustedKeys } from './approval.js';
import { CompileCache } from './compile-cache.js';
import { checkWorkflow } from './compile.js';
import { PolicyLoadError } from './errors.js';
import { evaluateRequest, refuseInput, type Clock, type EvaluatorContext } from './evaluate.js';
import { deepFreeze } from './freeze.js';
import { LazyWorkflows } from './lazy-workflows.js';
import { indexPack, readPackIndex, type PackIndex, type PackIndexStore } from './pack-index.js';
import type { Decision, EvaluateOptions, LoadPolicyOptions, Policy, PostureReport } from './types.js';

export const DEFAULT_MAX_APPROVAL_WINDOW_HOURS = 24;

/**
 * Loads a pack given as its file's text or bytes (then the pack hash is of exactly those bytes), or
 * as an already-parsed object (then the hash is of its canonical serialisation, which is what the
 * generator writes).
 */
export function loadPolicy(pack: string | Uint8Array | object, options: LoadPolicyOptions = {}): Policy {
  return loadWhole(pack, options, false).policy;
}

export interface IndexedLoadOptions extends LoadPolicyOptions {
  /**
   * Where indexes are kept. Keep them where only you can write: an index is trusted to say that
   * the workflows not asked for are valid. Errors of the store are ignored (a whole load instead).
   */
  indexStore?: PackIndexStore;
}

export interface IndexedLoad {
  policy: Policy;
  /** The index of these bytes, or null when the pack is not in the generator's layout or no store was given. */
  index: PackIndex | null;
  /** True when a kept index was used, so that only the top-level fields were parsed and validated. */
  reused: boolean;
}

/**
 * loadPolicy for a pack file's bytes, with a pack index: given a kept index that fits the bytes,
 * parses the top-level fields only and each workflow on first lookup (validating it then); without
 * one, validates the whole pack as loadPolicy does and gives the store the index it made.
 */
export function loadIndexedPolicy(bytes: Uint8Array, options: IndexedLoadOptions = {}): IndexedLoad {
  const { indexStore, ...load } = options;
  const packSha256 = sha256Hex(bytes);
  let kept: unknown;
  try {
    kept = indexStore?.find(packSha256, bytes.length);
  } catch {
    kept = undefined;
  }
  const index = kept === undefined ? null : readPackIndex(kept, bytes, packSha256);
  const policy = index === null ? null : loadByIndex(bytes, packSha256, index, load);
  if (policy !== null) return { policy, index, reused: true };
  const loaded = loadWhole(bytes, load, indexStore !== undefined, packSha256);
  if (loaded.index !== null) {
    try {
      indexStore?.save(loaded.index);
    } catch {
      // A store that cannot keep it only costs the next load a whole validation.
    }
  }
  return loaded;
}

function loadWhole(pack: string | Uint8Array | object, options: LoadPolicyOptions, wantIndex: boolean, knownSha256?: string): IndexedLoad {
  const problems: string[] = [];
  let parsed: unknown;
  let packSha256: string;
  let text: string | undefined;
  if (typeof pack === 'string' || pack instanceof Uint8Array) {
    // A view of the bytes, not a copy: a large pack is tens of megabytes.
    text = typeof pack === 'string' ? pack : Buffer.from(pack.buffer, pack.byteOffset, pack.byteLength).toString('utf8');
    packSha256 = knownSha256 ?? sha256Hex(typeof pack === 'string' ? Buffer.from(pack, 'utf8') : pack);
    try {
      parsed = JSON.parse(text);
    } catch (err) {
      throw new PolicyLoadError([`the pack is not valid JSON (${(err as Error).message})`]);
    }
  } else {
    try {
      parsed = structuredClone(pack);
      packSha256 = sha256Hex(canonicalJson(parsed));
    } catch (err) {
      throw new PolicyLoadError([`the pack is not a JSON value (${(err as Error).message})`]);
    }
  }

  const shape = validatePackShape(parsed);
  if (!shape.valid || shape.pack === null) {
    throw new PolicyLoadError(shape.problems.map((p) => `${p.pointer === '' ? '(pack)' : p.pointer}: ${p.message}`));
  }
  const valid: Pack = shape.pack;

  // What the schema cannot say: unique workflow ids and scopes, globs that compile, matching pins.
  // Every workflow is checked here; each is built on its first lookup.
  const index = new Map<string, number>();
  const cache = new CompileCache();
  const agentClasses = new Set<string>();
  valid.workflow_policies.forEach((w: WorkflowPolicy, i: number) => {
    if (index.has(w.workflow_id)) problems.push(`/workflow_policies/${i}: workflow_id ${JSON.stringify(w.workflow_id)} is declared twice`);
    else index.set(w.workflow_id, i);
    checkWorkflow(w, i, problems, cache);
    for (const a of w.identity.allowed_agents) agentClasses.add(a.toLowerCase());
  });
  const workflows = new LazyWorkflows((i) => valid.workflow_policies[i]!, index, cache);
  const policy = finishLoad(valid, packSha256, problems, options, workflows, agentClasses, () => {
    for (const w of valid.workflow_policies) deepFreeze(w);
    return valid;
  });
  const packIndex =
    wantIndex && text !== undefined && pack instanceof Uint8Array
      ? indexPack(pack, text, packSha256, [...index.keys()], agentClasses)
      : null;
  return { policy, index: packIndex, reused: false };
}

/** The policy from an index that fits the bytes, or null when the top-level fields do not load (then a whole load says why). */
function loadByIndex(bytes: Uint8Array, packSha256: string, index: PackIndex, options: LoadPolicyOptions): Policy | null {
  const slice = (start: number, end: number) => Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start).toString('utf8');
  let head: Pack;
  try {
    head = JSON.parse(slice(0, index.head_end) + '[]}') as Pack;
  } catch {
    return null;
  }
  const shape = validatePackShape(head);
  if (!shape.valid) return null;
  const cache = new CompileCache();
  const parsed: (WorkflowPolicy | undefined)[] = new Array<WorkflowPolicy | undefined>(index.workflows.length);
  const policyAt = (i: number): WorkflowPolicy => (parsed[i] ??= workflowFromIndex(i));
  const workflowFromIndex = (i: number): WorkflowPolicy => {
    const [id, start, end] = index.workflows[i]!;
    const problems: string[] = [];
    let w: unknown;
    try {
      w = JSON.parse(slice(start, end));
    } catch (err) {
      problems.push((err as Error).message);
    }
    if (problems.length === 0) {
      const one = validatePackShape({ ...head, workflow_policies: [w] });
      for (const p of one.problems) problems.push(`${p.pointer}: ${p.message}`);
    }
    if (problems.length === 0) {
      checkWorkflow(w as WorkflowPolicy, i, problems, cache);
      if ((w as WorkflowPolicy).workflow_id !== id)
        problems.push(`the workflow there is ${JSON.stringify((w as WorkflowPolicy).workflow_id)}`);
    }
    if (problems.length > 0)
      throw new PolicyLoadError([
        `the pack index does not fit the pack: workflow ${JSON.stringify(id)} (bytes ${start}-${end}): ${problems.join('; ')}`,
      ]);
    return w as WorkflowPolicy;
  };
  const ids = new Map<string, number>(index.workflows.map(([id], i) => [id, i]));
  const workflows = new LazyWorkflows(policyAt, ids, cache);
  return finishLoad(head, packSha256, [], options, workflows, new Set(index.agent_classes), () => {
    const pack = { ...head, workflow_policies: index.workflows.map((_, i) => policyAt(i)) };
    deepFreeze(pack);
    return pack;
  });
}

/** What both loads share: the pins and options, the evaluator's context, freezing the top-level fields. */
function finishLoad(
  valid: Pack,
  packSha256: string,
  problems: string[],
  options: LoadPolicyOptions,
  workflows: LazyWorkflows,
  agentClasses: Set<string>,
  wholePack: () => Pack,
): Policy {
  if (options.expectPackSha256 !== undefined && normHex(options.expectPackSha256) !== packSha256) {
    problems.push(`the pack's SHA-256 is ${packSha256}, not the expected ${options.expectPackSha256}`);
  }
  const manifestSha256 = valid.source_manifest.sha256;
  if (options.expectManifestSha256 !== undefined && normHex(options.expectManifestSha256) !== manifestSha256.toLowerCase()) {
    problems.push(`the pack was generated from manifest ${manifestSha256}, not the expected ${options.expectManifestSha256}`);
  }
  const hours = options.maxApprovalWindowHours ?? DEFAULT_MAX_APPROVAL_WINDOW_HOURS;
  if (typeof hours !== 'number' || !Number.isFinite(hours) || hours <= 0) {
    problems.push(`maxApprovalWindowHours must be a positive number of hours, got ${String(hours)}`);
  }
  const trustedKeys = compileTrustedKeys(options.trustedKeys, problems);
  for (const name of ['packPath', 'manifestPath'] as const) {
    const v = options[name];
    if (v !== undefined && (typeof v !== 'string' || v.trim() === ''))
      problems.push(`${name} must be a non-empty path, got ${JSON.stringify(v) ?? String(v)}`);
  }
  if (problems.length > 0) throw new PolicyLoadError(problems);

  const ctx: EvaluatorContext = {
    packSha256,
    manifestSha256,
    policyId: valid.policy_id,
    generatedAt: valid.generated_at,
    workflows,
    manualReviewClasses: new Set(valid.global_defaults.manual_review_required_for),
    agentClasses,
    trustedKeys,
    maxApprovalWindowMs: hours * 3_600_000,
    alwaysForbidden: alwaysForbiddenRule([valid.source_manifest.path, options.manifestPath], [options.packPath]),
  };
  // Frozen now but for the workflows, which are frozen when built or when `pack` is first read:
  // nothing outside reaches one before then.
  for (const [k, v] of Object.entries(valid) as [string, unknown][])
    if (k !== 'workflow_policies' && typeof v === 'object' && v !== null) deepFreeze(v);
  Object.freeze(valid.workflow_policies);
  Object.freeze(valid);
  return new LoadedPolicy(ctx, wholePack);
}

function normHex(s: unknown): string {
  return typeof s === 'string' ? s.trim().toLowerCase() : String(s);
}

class LoadedPolicy implements Policy {
  readonly packSha256: string;
  readonly manifestSha256: string;
  readonly policyId: string;
  #pack: Pack | null = null;
  readonly #wholePack: () => Pack;
  readonly #ctx: EvaluatorContext;
  readonly #clock: Clock = { lastMs: NaN, lastIso: '' };

  constructor(ctx: EvaluatorContext, wholePack: () => Pack) {
    this.#wholePack = wholePack;
    this.packSha256 = ctx.packSha256;
    this.manifestSha256 = ctx.manifestSha256;
    this.policyId = ctx.policyId;
    this.#ctx = ctx;
  }

  /** The whole pack, frozen, made on first read. */
  get pack(): Pack {
    return (this.#pack ??= this.#wholePack());
  }

  workflowIds(): string[] {
    return [...this.#ctx.workflows.keys()];
  }

  workflow(id: string): WorkflowPolicy | undefined {
    return this.#ctx.workflows.get(id)?.policy;
  }

  workflowPolicySha256(id: string): string | undefined {
    return this.#ctx.workflows.get(id)?.policySha256;
  }

  posture(id: string): PostureReport | undefined {
    return this.#ctx.workflows.get(id)?.posture;
  }

  /** Bound, so `const { evaluate } = policy` works as a plain function. */
  readonly evaluate = (request: unknown, options?: EvaluateOptions): Decision => evaluateRequest(this.#ctx, this.#clock, request, options);

  readonly refuse = (violation: string, options?: EvaluateOptions): Decision => refuseInput(this.#ctx, this.#clock, violation, options);
}
