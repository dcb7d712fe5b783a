import type { Policy } from '../decision/index.js';
import type { DiffOptions, PolicyDiff } from './types.js';
export declare function diffPolicies(oldPolicy: Policy, newPolicy: Policy, options?: DiffOptions): PolicyDiff;
type Verdict = 'allowed' | 'refused';
/**
 * The engine's verdict on writing `path` in workflow `id`: a branch write through the workflow's
 * own write scope, or, when the workflow cannot reach its path checks (not active, no branch
 * scope, outside its posture), through a probe pack that keeps its change scope and makes
 * everything else pass.
 */
export declare function pathVerdict(policy: Policy, id: string, path: string): Verdict | null;
export {};
