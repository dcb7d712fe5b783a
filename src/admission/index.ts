/** The PR admission check (issue 4): the pure core, and the local-git adapter that feeds it. */
export { admit } from './admit.js';
export { KNOWN_AGENTS, agentDirectory, type AgentDirectory, declaredBranchPrefixes, isAgentAuthored } from './agents.js';
export { ALWAYS_FORBIDDEN_GLOBS } from './built-in-rules.js';
export { resolveRunId, resolveWorkflow, trailerValues, parseWorkflowFrom, type WorkflowFrom } from './identify.js';
export type * from './types.js';
export { parseReviewerPools, offlinePoolMembership } from './reviewer-pools.js';
export { applyPolicyChange, markShadow, policyChangeHeld, policyChangeSummary } from './policy-change.js';
