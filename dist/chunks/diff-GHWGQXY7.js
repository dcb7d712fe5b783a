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
} from "./chunk-2IQKL3EC.js";
import "./chunk-PQAJNUN7.js";
import "./chunk-LE6XGPUJ.js";
import "./chunk-QR24JDWY.js";
import "./chunk-SKC4EAIA.js";
import "./chunk-6G4F6LI7.js";
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
