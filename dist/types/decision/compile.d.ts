import type { McpScope, WorkflowPolicy } from '../pack/index.js';
import type { CompileCache } from './compile-cache.js';
import { type ScopeMatchers } from './paths.js';
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
/**
 * What loading must refuse in a workflow, checked for every workflow of the pack whether or not a
 * decision ever asks for it: a scope declared twice, a glob that cannot compile.
 */
export declare function checkWorkflow(policy: WorkflowPolicy, index: number, problems: string[], cache: CompileCache): void;
/** Builds the evaluator's view of a workflow that checkWorkflow passed. */
export declare function compileWorkflow(policy: WorkflowPolicy, index: number, cache: CompileCache): CompiledWorkflow;
