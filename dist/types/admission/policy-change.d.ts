import type { AdmissionResult, PolicyDiffEvidence } from './types.js';
/** "3 widenings: a; b; c (…)" or "no widening". */
export declare function policyChangeSummary(d: PolicyDiffEvidence): string;
/** Does the change need the policy owners' approval that it does not have? */
export declare function policyChangeHeld(d: PolicyDiffEvidence): boolean;
/** The result with the policy change folded in. */
export declare function applyPolicyChange(result: AdmissionResult, d: PolicyDiffEvidence, headSha: string): AdmissionResult;
/** The result marked as not enforced (shadow mode). */
export declare function markShadow(result: AdmissionResult): AdmissionResult;
