import type { McpScope, WorkflowPolicy } from '../pack/types.js';
import { type ScopeMatchers } from './paths.js';
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
    requiredPrLabel: string | null;
}
export declare function compileWorkflow(policy: WorkflowPolicy, index: number, problems: string[]): CompiledWorkflow;
