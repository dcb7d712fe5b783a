import { createRequire as __mgpCreateRequire } from 'node:module';
const require = __mgpCreateRequire(import.meta.url);
import {
  ADMISSION_CODES,
  KNOWN_AGENTS,
  admissionNeedsYaml,
  admit,
  admitLean,
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
} from "./chunk-KBBZ2POA.js";
import "./chunk-JIGOENUG.js";
import "./chunk-AQUNRQRC.js";
import "./chunk-DRPUWMZB.js";
import "./chunk-YXQSOUEQ.js";
import "./chunk-IQSXUR46.js";
import "./chunk-5TZFI64R.js";
export {
  ADMISSION_CODES,
  KNOWN_AGENTS,
  admissionNeedsYaml,
  admit,
  admitLean,
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
