/** The PR admission check (issue 4): the pure core, and the local-git adapter that feeds it. */
export { admit } from './admit.js';
export { KNOWN_AGENTS, agentDirectory, type AgentDirectory } from './agents.js';
export { resolveRunId, resolveWorkflow, trailerValues } from './identify.js';
export { ADMISSION_CODES, type AdmissionCheck, type AdmissionCode } from './reasons.js';
export type * from './types.js';
