import { type CompiledTrustedKey } from './approval.js';
import { type AlwaysForbiddenRule } from './always-forbidden.js';
import type { CompiledWorkflow } from './compile.js';
import type { CheckName } from './reasons.js';
import type { Decision, EvaluateOptions } from './types.js';
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
export declare const KNOWN_ATTRIBUTES: ReadonlySet<string>;
export interface Clock {
    lastMs: number;
    lastIso: string;
}
export declare function evaluateRequest(ctx: EvaluatorContext, clock: Clock, request: unknown, options?: EvaluateOptions): Decision;
export declare function refuseInput(ctx: EvaluatorContext, clock: Clock, violation: string, options?: EvaluateOptions): Decision;
/** The names of the table's checks, in its order (CHECK_NAMES, as a test holds). */
export declare function checkTableOrder(): CheckName[];
