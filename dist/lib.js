import { createRequire as __mgpCreateRequire } from 'node:module';
const require = __mgpCreateRequire(import.meta.url);
import {
  ChainVerifier,
  DECISION_LOG_VERSION,
  GENESIS_SHA256,
  checkpointExpectation,
  describeVerification,
  parseCheckpoint,
  readLogKey,
  verifyLogFd,
  verifyLogFile
} from "./chunks/chunk-H7BLAGEH.js";
import {
  DIFF_KINDS,
  PolicySourceError,
  SEARCH_LIMITS,
  compileManifest,
  diffCounts,
  diffPolicies,
  formatDiffText,
  loadPolicySource,
  pathVerdict,
  regenerateLike,
  searchPathSets
} from "./chunks/chunk-6XSX664P.js";
import {
  DEFAULT_MAX_CHARS,
  EVIDENCE_MARKER,
  EVIDENCE_SCHEMA,
  GITHUB_COMMENT_LIMIT,
  OFFENDING_VERDICTS,
  WORD_JOINER,
  codeSpan,
  escapeHtml,
  escapeInvisibleInJson,
  escapeLinkText,
  escapeSentence,
  escapeText,
  evidenceHash,
  finalizeEvidence,
  isOffendingPath,
  makeVisible,
  parseEvidenceFromComment,
  renderEvidenceMarkdown,
  renderPolicyDiffMarkdown,
  sealEvidence,
  truncate,
  verifyEvidence
} from "./chunks/chunk-XTAHM434.js";
import {
  VERSION
} from "./chunks/chunk-6K3DM747.js";
import {
  parseYamlManifest
} from "./chunks/chunk-DEJDXA4X.js";
import "./chunks/chunk-3JKC6G2R.js";
import {
  ADMISSION_CODES,
  admit,
  resolveRunId,
  resolveWorkflow,
  trailerValues
} from "./chunks/chunk-ZWD5BTY6.js";
import {
  ALWAYS_FORBIDDEN_GLOBS,
  CHECK_NAMES,
  DECISIONS,
  DEFAULT_MAX_APPROVAL_WINDOW_HOURS,
  KNOWN_ATTRIBUTES,
  MAX_PATH_LENGTH,
  PACK_INDEX_FORMAT,
  PolicyLoadError,
  REASON_CODES,
  changedPathsSha256,
  cleanPath,
  decisionRank,
  loadIndexedPolicy,
  loadPolicy,
  parseTimestamp
} from "./chunks/chunk-M7EAQHFK.js";
import {
  ACCESS_DECISIONS,
  ACCESS_MODES,
  CRAWL_MAX_CHANGED_FILES,
  CRAWL_MAX_DIFF_LINES,
  MATURITY_STAGES,
  WORKFLOW_STATUSES,
  assessPosture,
  identityOf,
  validatePackShape
} from "./chunks/chunk-3E2C7ZGU.js";
import {
  canonicalJson,
  canonicalJsonLine,
  compareCodePoints,
  quoteAscii,
  sha256Hex
} from "./chunks/chunk-P25BMAAV.js";
import {
  ManifestError,
  formatProblem,
  normaliseLineEndings
} from "./chunks/chunk-YXQSOUEQ.js";
import {
  checkDrift
} from "./chunks/chunk-IQSXUR46.js";
import {
  GitError,
  GitReader,
  collectLocalAdmissionInput,
  countLines,
  parseRawNumstat,
  readChangedFiles,
  resolveExactRef
} from "./chunks/chunk-HG5UN27J.js";
import {
  KNOWN_AGENTS,
  agentDirectory
} from "./chunks/chunk-MSBYZGYY.js";
import {
  DEFAULT_INTENT,
  DEFAULT_MANIFEST_PATH,
  DEFAULT_PACK_PATH,
  DEFAULT_POLICY_ID,
  PACK_SCHEMA_VERSION
} from "./chunks/chunk-MHXBMGPT.js";
import "./chunks/chunk-5TZFI64R.js";

// src/admission/admit-yaml.ts
function admit2(input, options = {}) {
  return admit(input, { parseYaml: parseYamlManifest, ...options });
}
export {
  ACCESS_DECISIONS,
  ACCESS_MODES,
  ADMISSION_CODES,
  ALWAYS_FORBIDDEN_GLOBS,
  CHECK_NAMES,
  CRAWL_MAX_CHANGED_FILES,
  CRAWL_MAX_DIFF_LINES,
  ChainVerifier,
  DECISIONS,
  DECISION_LOG_VERSION,
  DEFAULT_INTENT,
  DEFAULT_MANIFEST_PATH,
  DEFAULT_MAX_APPROVAL_WINDOW_HOURS,
  DEFAULT_MAX_CHARS,
  DEFAULT_PACK_PATH,
  DEFAULT_POLICY_ID,
  DIFF_KINDS,
  EVIDENCE_MARKER,
  EVIDENCE_SCHEMA,
  GENESIS_SHA256,
  GITHUB_COMMENT_LIMIT,
  GitError,
  GitReader,
  KNOWN_AGENTS,
  KNOWN_ATTRIBUTES,
  MATURITY_STAGES,
  MAX_PATH_LENGTH,
  ManifestError,
  OFFENDING_VERDICTS,
  PACK_INDEX_FORMAT,
  PACK_SCHEMA_VERSION,
  PolicyLoadError,
  PolicySourceError,
  REASON_CODES,
  SEARCH_LIMITS,
  VERSION,
  WORD_JOINER,
  WORKFLOW_STATUSES,
  admit2 as admit,
  agentDirectory,
  assessPosture,
  canonicalJson,
  canonicalJsonLine,
  changedPathsSha256,
  checkDrift,
  checkpointExpectation,
  cleanPath,
  codeSpan,
  collectLocalAdmissionInput,
  compareCodePoints,
  compileManifest,
  countLines,
  decisionRank,
  describeVerification,
  diffCounts,
  diffPolicies,
  escapeHtml,
  escapeInvisibleInJson,
  escapeLinkText,
  escapeSentence,
  escapeText,
  evidenceHash,
  finalizeEvidence,
  formatDiffText,
  formatProblem,
  identityOf,
  isOffendingPath,
  loadIndexedPolicy,
  loadPolicy,
  loadPolicySource,
  makeVisible,
  normaliseLineEndings,
  parseCheckpoint,
  parseEvidenceFromComment,
  parseRawNumstat,
  parseTimestamp,
  pathVerdict,
  quoteAscii,
  readChangedFiles,
  readLogKey,
  regenerateLike,
  renderEvidenceMarkdown,
  renderPolicyDiffMarkdown,
  resolveExactRef,
  resolveRunId,
  resolveWorkflow,
  sealEvidence,
  searchPathSets,
  sha256Hex,
  trailerValues,
  truncate,
  validatePackShape,
  verifyEvidence,
  verifyLogFd,
  verifyLogFile
};
