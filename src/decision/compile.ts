/**
 * Per-workflow structures built once at load, so that evaluate() only does lookups and regex tests.
 */
import { assessPosture } from '../pack/posture.js';
import type { McpScope, WorkflowPolicy } from '../pack/types.js';
import { caseFold, hasNonAscii, lookalikeFold } from './fold.js';
import { compileScopeMatchers, type ScopeMatchers } from './paths.js';
import type { PostureReport } from './types.js';

export interface CompiledWorkflow {
  id: string;
  policy: WorkflowPolicy;
  /** The original evaluator's `matched_policy` summary; shared (frozen) by every decision. */
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
  matchers: ScopeMatchers;
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

function compileFolded(forbiddenPaths: string[]): FoldedForbidden {
  let compiled: FoldedReading[] | null = null;
  return {
    everyPath: forbiddenPaths.some((p) => p.includes('[') || hasNonAscii(p)),
    readings: () => (compiled ??= compileReadings(forbiddenPaths)),
  };
}

function compileReadings(forbiddenPaths: string[]): FoldedReading[] {
  const readings: FoldedReading[] = [];
  for (const fold of [caseFold, lookalikeFold]) {
    const origin = new Map<string, string>();
    for (const p of forbiddenPaths) {
      const f = fold(p);
      if (!origin.has(f)) origin.set(f, p);
    }
    // Problems are the pack's own patterns' to report; a folded spelling that picomatch cannot
    // compile still has its fnmatch reading.
    readings.push({ fold, matchers: compileScopeMatchers([], [...origin.keys()], [], ''), origin });
  }
  return readings;
}

export function compileWorkflow(policy: WorkflowPolicy, index: number, problems: string[]): CompiledWorkflow {
  const where = `/workflow_policies/${index}`;
  const id = policy.workflow_id;
  const report = assessPosture(policy);

  const scopes = new Map<string, Map<string, McpScope>>();
  policy.tool_access.allowed_mcp_scopes.forEach((scope, i) => {
    let byAccess = scopes.get(scope.namespace);
    if (!byAccess) scopes.set(scope.namespace, (byAccess = new Map()));
    if (byAccess.has(scope.access)) {
      problems.push(`${where}/tool_access/allowed_mcp_scopes/${i}: scope ${scope.namespace}:${scope.access} is declared twice`);
    }
    byAccess.set(scope.access, scope);
  });

  const allowedAgents = new Set(policy.identity.allowed_agents.map((a) => a.toLowerCase()));
  const agentIdClasses = new Map<string, string>();
  for (const cls of allowedAgents) {
    agentIdClasses.set(cls, cls);
    agentIdClasses.set(`sr-agent::${id}::${cls}`, cls);
  }

  const change = policy.change_scope;
  return {
    id,
    policy,
    matchedPolicy: Object.freeze({
      maturity_stage: policy.maturity_stage,
      public_path: policy.public_path,
      status: policy.status,
      title: policy.title,
      workflow_id: id,
    }),
    posture: Object.freeze({
      workflow_id: id,
      maturity_stage: policy.maturity_stage,
      inside: report.inside,
      problems: Object.freeze([...report.problems]) as string[],
    }),
    active: policy.status === 'active',
    allowedAgents,
    agentIdClasses,
    gatePhases: new Set(policy.gate_contract.map((g) => g.phase)),
    scopes,
    killSignals: new Set(policy.runtime_controls.kill_signals),
    reviewerPools: new Set(policy.identity.reviewer_pools),
    branchPrefix: policy.dispatch.required_branch_prefix,
    maxChangedFiles: change.max_changed_files ?? 0,
    maxDiffLines: change.max_diff_lines ?? 0,
    matchers: compileScopeMatchers(change.allowed_paths, change.forbidden_paths, problems, `${where}/change_scope`),
    folded: compileFolded(change.forbidden_paths),
    requiredPrLabel: policy.dispatch.required_pr_label,
  };
}
