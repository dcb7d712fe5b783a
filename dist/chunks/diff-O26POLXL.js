import { createRequire as __mgpCreateRequire } from 'node:module';
const require = __mgpCreateRequire(import.meta.url);
import {
  DIFF_KINDS,
  PolicySourceError,
  SEARCH_LIMITS,
  diffCounts,
  diffPolicies,
  formatDiffText,
  loadPolicySource,
  pathVerdict,
  searchPathSets
} from "./chunk-6XSX664P.js";
import "./chunk-DEJDXA4X.js";
import "./chunk-3JKC6G2R.js";
import "./chunk-M7EAQHFK.js";
import "./chunk-3E2C7ZGU.js";
import "./chunk-P25BMAAV.js";
import "./chunk-YXQSOUEQ.js";
import "./chunk-MHXBMGPT.js";
import "./chunk-5TZFI64R.js";
export {
  DIFF_KINDS,
  PolicySourceError,
  SEARCH_LIMITS,
  diffCounts,
  diffPolicies,
  formatDiffText,
  loadPolicySource,
  pathVerdict,
  searchPathSets
};
