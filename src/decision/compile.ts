/**
 * Per-workflow structures, so that evaluate() only does lookups and regex tests. Every workflow is
 * checked at load (checkWorkflow), but built on first use (compileWorkflow), and its path matchers
 * only when a decision asks them: a command that judges one workflow of a large pack builds only
 * that one.
 */
import { assessPosture } from '../pack/index.js';
import type { McpScope, WorkflowPolicy } from '../pack/index.js';
import { canonicalJsonLine, sha256Hex } from '../util/index.js';
import type { CompileCache } from './compile-cache.js';
import { caseFold, hasNonAscii, lookalikeFold } from './fold.js';
import { checkScopeGlobs, compileScopeMatchers, type ScopeMatchers } from './paths.js';
import type { PostureReport } from './types.js';

export interface CompiledWorkflow {
  id: string;
  policy: WorkflowPolicy;
  /** SHA-256 of the policy as compact sorted JSON (canonicalJsonLine): pins one workflow's rules. Computed on first use. */
  readonly policySha256: string;
  /** The reference evaluator's `matched_policy` summary; shared (frozen) by every decision. */
  matchedPolicy: Readonly<Record<string, unknown>>;
  posture: PostureReport;
  active: boolean;
  allowedAgents: ReadonlySet<string>;
  /** agent_id spellings that name an allowed class exactly (the class, sr-agent::<id>::<class>) → class. */
  agentIdClasses: ReadonlyMap<string, string>;
  gatePhases: ReadonlySet<string>;
  /** namespace → access mode → scope. */
  scopes: ReadonlyMap<string, ReadonlyMap<string, McpScope>>;
  killSignals: ReadonlySet<string>;
  reviewerPools: ReadonlySet<string>;
  branchPrefix: string | null;
  maxChangedFiles: number;
  maxDiffLines: number;
  /** Compiled on first access, and shared with every workflow of the pack that has the same patterns. */
  readonly matchers: ScopeMatchers;
  folded: FoldedForbidden;
  requiredPrLabel: string | null;
}

/** One case-fold reading of the forbidden patterns: pattern and path both folded by `fold`. */
export interface FoldedReading {
  fold: (s: string) => string;
  matchers: ScopeMatchers;
  /** Folded pattern → the pattern as the pack writes it. */
  origin: ReadonlyMap<string, string>;
}

/**
 * The forbidden patterns under the case-fold readings of fold.ts. A plain ASCII path folds to its
 * lowercase, where the patterns' own case-insensitive match already decides, unless some pattern
 * is not plain ASCII or has a bracket class (whose ranges folding changes): `everyPath` says so.
 */
export interface FoldedForbidden {
  everyPath: boolean;
  /** Compiled on first use: most requests never hold a path outside ASCII. */
  readings(): readonly FoldedReading[];
}

function compileFolded(forbiddenPaths: string[], cache: CompileCache): FoldedForbidden {
  let compiled: FoldedReading[] | null = null;
  return {
    everyPath: forbiddenPaths.some((p) => p.includes('[') || hasNonAscii(p)),
    readings: () => (compiled ??= compileReadings(forbiddenPaths, cache)),
  };
}

function compileReadings(forbiddenPaths: string[], cache: CompileCache): FoldedReading[] {
  const readings: FoldedReading[] = [];
  for (const fold of [caseFold, lookalikeFold]) {
    const origin = new Map<string, string>();
    for (const p of forbiddenPaths) {
      const f = fold(p);
      if (!origin.has(f)) origin.set(f, p);
    }
    // Problems are the pack's own patterns' to report; a folded spelling that picomatch cannot
    // compile still has its fnmatch reading.
    readings.push({ fold, matchers: compileScopeMatchers([], [...origin.keys()], [], '', cache), origin });
  }
  return readings;
}

/**
 * What loading must refuse in a workflow, checked for every workflow of the pack whether or not a
 * decision ever asks for it: a scope declared twice, a glob that cannot compile.
 */
export function checkWorkflow(policy: WorkflowPolicy, index: number, problems: string[], cache: CompileCache): void {
  const where = `/workflow_policies/${index}`;
  const seen = new Map<string, Set<string>>();
  policy.tool_access.allowed_mcp_scopes.forEach((scope, i) => {
    let accesses = seen.get(scope.namespace);
    if (!accesses) seen.set(scope.namespace, (accesses = new Set<string>()));
    if (accesses.has(scope.access)) {
      problems.push(`${where}/tool_access/allowed_mcp_scopes/${i}: scope ${scope.namespace}:${scope.access} is declared twice`);
    }
    accesses.add(scope.access);
  });
  // Whether a pair of pattern lists compiles depends on the patterns alone: a pack repeats a few
  // pairs, so each is checked once, and again (for its location) only when it has problems.
  const { allowed_paths: allowed, forbidden_paths: forbidden } = policy.change_scope;
  let checked = false;
  const clean = cache.get('checked scope', JSON.stringify([allowed, forbidden]), () => {
    checked = true;
    const before = problems.length;
    checkScopeGlobs(allowed, forbidden, problems, `${where}/change_scope`, cache);
    return problems.length === before;
  });
  if (!clean && !checked) checkScopeGlobs(allowed, forbidden, problems, `${where}/change_scope`, cache);
}

/** Builds the evaluator's view of a workflow that checkWorkflow passed. */
export function compileWorkflow(policy: WorkflowPolicy, index: number, cache: CompileCache): CompiledWorkflow {
  const id = policy.workflow_id;
  const report = assessPosture(policy);

  const scopes = new Map<string, Map<string, McpScope>>();
  for (const scope of policy.tool_access.allowed_mcp_scopes) {
    let byAccess = scopes.get(scope.namespace);
    if (!byAccess) scopes.set(scope.namespace, (byAccess = new Map<string, McpScope>()));
    byAccess.set(scope.access, scope);
  }

  const allowedAgents = new Set(policy.identity.allowed_agents.map((a) => a.toLowerCase()));
  const agentIdClasses = new Map<string, string>();
  for (const cls of allowedAgents) {
    agentIdClasses.set(cls, cls);
    agentIdClasses.set(`sr-agent::${id}::${cls}`, cls);
  }

  const scopeWhere = `/workflow_policies/${index}/change_scope`;
  return new Workflow(
    id,
    policy,
    Object.freeze({
      maturity_stage: policy.maturity_stage,
      public_path: policy.public_path,
      status: policy.status,
      title: policy.title,
      workflow_id: id,
    }),
    Object.freeze({
      workflow_id: id,
      maturity_stage: policy.maturity_stage,
      inside: report.inside,
      problems: Object.freeze([...report.problems]) as string[],
    }),
    allowedAgents,
    agentIdClasses,
    new Set(policy.gate_contract.map((g) => g.phase)),
    scopes,
    new Set(policy.runtime_controls.kill_signals),
    new Set(policy.identity.reviewer_pools),
    cache,
    scopeWhere,
  );
}

/** A class rather than a literal, so that every workflow shares one shape and the matchers getter. */
class Workflow implements CompiledWorkflow {
  readonly active: boolean;
  readonly branchPrefix: string | null;
  readonly maxChangedFiles: number;
  readonly maxDiffLines: number;
  readonly requiredPrLabel: string | null;
  readonly folded: FoldedForbidden;
  #matchers: ScopeMatchers | null = null;
  #policySha256: string | null = null;

  constructor(
    readonly id: string,
    readonly policy: WorkflowPolicy,
    readonly matchedPolicy: Readonly<Record<string, unknown>>,
    readonly posture: PostureReport,
    readonly allowedAgents: ReadonlySet<string>,
    readonly agentIdClasses: ReadonlyMap<string, string>,
    readonly gatePhases: ReadonlySet<string>,
    readonly scopes: ReadonlyMap<string, ReadonlyMap<string, McpScope>>,
    readonly killSignals: ReadonlySet<string>,
    readonly reviewerPools: ReadonlySet<string>,
    private readonly cache: CompileCache,
    private readonly scopeWhere: string,
  ) {
    this.active = policy.status === 'active';
    this.branchPrefix = policy.dispatch.required_branch_prefix;
    this.maxChangedFiles = policy.change_scope.max_changed_files ?? 0;
    this.maxDiffLines = policy.change_scope.max_diff_lines ?? 0;
    this.requiredPrLabel = policy.dispatch.required_pr_label;
    this.folded = compileFolded(policy.change_scope.forbidden_paths, cache);
  }

  get policySha256(): string {
    return this.#policySha256 ?? (this.#policySha256 = sha256Hex(canonicalJsonLine(this.policy)));
  }

  get matchers(): ScopeMatchers {
    return this.#matchers ?? (this.#matchers = this.compileMatchers());
  }

  private compileMatchers(): ScopeMatchers {
    const { allowed_paths: allowed, forbidden_paths: forbidden } = this.policy.change_scope;
    // Its problems were reported by checkScopeGlobs at load: a pack with any is not loaded.
    return this.cache.get('scope', JSON.stringify([allowed, forbidden]), () =>
      compileScopeMatchers(allowed, forbidden, [], this.scopeWhere, this.cache),
    );
  }
}
