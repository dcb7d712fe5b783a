import { createRequire as __mgpCreateRequire } from 'node:module';
const require = __mgpCreateRequire(import.meta.url);
import {
  DIFF_KINDS,
  diffCounts,
  formatDiffText
} from "./chunk-C23XLQS7.js";
import {
  PolicySourceError,
  SEARCH_LIMITS,
  diffPolicies,
  loadPolicySource,
  pathVerdict,
  searchPathSets
} from "./chunk-MW5AVZM6.js";
import "./chunk-YWJJRCFL.js";
import "./chunk-YXL6J2HR.js";
import "./chunk-75RVNVNG.js";
import "./chunk-PABWOY3E.js";
import "./chunk-UJ5YAZDM.js";
import "./chunk-NG3PRXOB.js";
import "./chunk-DERV5U36.js";
import "./chunk-NWVMCMAX.js";
import "./chunk-IOPAOPV6.js";
import "./chunk-GABGAJDV.js";
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
