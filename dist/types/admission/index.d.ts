/** The PR admission check's pure core: the gates, the approval rules and policy-change review. */
export { admit, admitLean, admissionNeedsYaml, type AdmitOptions } from './admit.js';
export { KNOWN_AGENTS, agentDirectory, type AgentDirectory, declaredBranchPrefixes, isAgentAuthored } from './agents.js';
export { resolveRunId, resolveWorkflow, trailerValues, parseWorkflowFrom, type WorkflowFrom } from './identify.js';
export type * from './types.js';
export { applyPolicyChange, markShadow, policyChangeHeld, policyChangeSummary } from './policy-change.js';
export { parseReviewerPools, offlinePoolMembership } from './reviewer-pools.js';
export { ADMISSION_CODES, type AdmissionCheck, type AdmissionCode } from './reasons.js';
