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
import type { Decision, EvaluateOptions, LoadPolicyOptions, Policy, PostureReport } from './types.js';

export const DEFAULT_MAX_APPROVAL_WINDOW_HOURS = 24;

/**
 * Loads a pack given as its file's text or bytes (then the pack hash is of exactly those bytes), or
 * as an already-parsed object (then the hash is of its canonical serialisation, which is what the
 * generator writes).
 */
export function loadPolicy(pack: string | Uint8Array | object, options: LoadPolicyOptions = {}): Policy {
  const problems: string[] = [];
  let parsed: unknown;
  let packSha256: string;
  if (typeof pack === 'string' || pack instanceof Uint8Array) {
    // A view of the bytes, not a copy: a large pack is tens of megabytes.
    const text = typeof pack === 'string' ? pack : Buffer.from(pack.buffer, pack.byteOffset, pack.byteLength).toString('utf8');
    packSha256 = sha256Hex(typeof pack === 'string' ? Buffer.from(pack, 'utf8') : pack);
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
    workflows: new LazyWorkflows(valid.workflow_policies, index, cache),
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
  return new LoadedPolicy(valid, ctx);
}

function normHex(s: unknown): string {
  return typeof s === 'string' ? s.trim().toLowerCase() : String(s);
}

class LoadedPolicy implements Policy {
  readonly packSha256: string;
  readonly manifestSha256: string;
  readonly policyId: string;
  readonly #pack: Pack;
  #packFrozen = false;
  readonly #ctx: EvaluatorContext;
  readonly #clock: Clock = { lastMs: NaN, lastIso: '' };

  constructor(pack: Pack, ctx: EvaluatorContext) {
    this.#pack = pack;
    this.packSha256 = ctx.packSha256;
    this.manifestSha256 = ctx.manifestSha256;
    this.policyId = ctx.policyId;
    this.#ctx = ctx;
  }

  get pack(): Pack {
    if (!this.#packFrozen) {
      for (const w of this.#pack.workflow_policies) deepFreeze(w);
      this.#packFrozen = true;
    }
    return this.#pack;
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
