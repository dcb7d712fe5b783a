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
} from "./chunk-M277ZE5P.js";
import "./chunk-DEJDXA4X.js";
import "./chunk-3JKC6G2R.js";
import "./chunk-JIGOENUG.js";
import "./chunk-AQUNRQRC.js";
import "./chunk-DRPUWMZB.js";
import "./chunk-YXQSOUEQ.js";
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
