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
} from "./chunk-ZWD5BTY6.js";
import "./chunk-M7EAQHFK.js";
import "./chunk-3E2C7ZGU.js";
import "./chunk-P25BMAAV.js";
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
