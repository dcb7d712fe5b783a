import { createRequire as __mgpCreateRequire } from 'node:module';
const require = __mgpCreateRequire(import.meta.url);
import {
  ADMISSION_CODES,
  KNOWN_AGENTS,
  admit,
  agentDirectory,
  applyPolicyChange,
  declaredBranchPrefixes,
  isAgentAuthored,
  markShadow,
  offlinePoolMembership,
  parseReviewerPools,
  parseWorkflowFrom,
  policyChangeHeld,
  policyChangeSummary,
  resolveRunId,
  resolveWorkflow,
  trailerValues
} from "./chunk-RISGSQQ2.js";
import "./chunk-G3FUL663.js";
import "./chunk-DEBXAYVC.js";
import "./chunk-4MNAA4XE.js";
import "./chunk-DRPUWMZB.js";
import "./chunk-6G4F6LI7.js";
import "./chunk-YXQSOUEQ.js";
import "./chunk-IQSXUR46.js";
import "./chunk-5TZFI64R.js";
export {
  ADMISSION_CODES,
  KNOWN_AGENTS,
  admit,
  agentDirectory,
  applyPolicyChange,
  declaredBranchPrefixes,
  isAgentAuthored,
  markShadow,
  offlinePoolMembership,
  parseReviewerPools,
  parseWorkflowFrom,
  policyChangeHeld,
  policyChangeSummary,
  resolveRunId,
  resolveWorkflow,
  trailerValues
};
