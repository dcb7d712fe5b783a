import { createRequire as __mgpCreateRequire } from 'node:module';
const require = __mgpCreateRequire(import.meta.url);
import {
  ADMISSION_CODES,
  admissionNeedsYaml,
  admit,
  admitLean,
  applyPolicyChange,
  markShadow,
  parseWorkflowFrom,
  policyChangeHeld,
  policyChangeSummary,
  resolveRunId,
  resolveWorkflow,
  trailerValues
} from "./chunk-NSDETBUW.js";
import "./chunk-G2SNBABM.js";
import "./chunk-CREL7AC5.js";
import "./chunk-DRPUWMZB.js";
import "./chunk-YXQSOUEQ.js";
import "./chunk-IQSXUR46.js";
import {
  KNOWN_AGENTS,
  agentDirectory,
  declaredBranchPrefixes,
  isAgentAuthored,
  offlinePoolMembership,
  parseReviewerPools
} from "./chunk-MSBYZGYY.js";
import "./chunk-MHXBMGPT.js";
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
