import { createRequire as __mgpCreateRequire } from 'node:module';
const require = __mgpCreateRequire(import.meta.url);
import "./chunks/chunk-EAFYLZEC.js";
import {
  collectLocalAdmissionInput,
  resolveExactRef
} from "./chunks/chunk-ARYYNRT2.js";
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
} from "./chunks/chunk-4DX7RG4L.js";
import {
  DIFF_KINDS,
  diffCounts,
  formatDiffText
} from "./chunks/chunk-C23XLQS7.js";
import {
  ACCESS_MODES,
  MATURITY_STAGES,
  WORKFLOW_STATUSES,
  admit
} from "./chunks/chunk-K33VUJJU.js";
import {
  KNOWN_AGENTS,
  agentDirectory,
  countLines,
  parseRawNumstat,
  readChangedFiles
} from "./chunks/chunk-UDAMTYLP.js";
import "./chunks/chunk-IZH4GPPW.js";
import {
  evidenceHash,
  finalizeEvidence,
  verifyEvidence
} from "./chunks/chunk-TX3TERAY.js";
import {
  DECISIONS,
  decisionRank
} from "./chunks/chunk-UDHVWCVM.js";
import {
  GitError,
  GitReader
} from "./chunks/chunk-RGI7OJDI.js";
import {
  DEFAULT_MAX_CHARS,
  EVIDENCE_MARKER,
  GITHUB_COMMENT_LIMIT,
  OFFENDING_VERDICTS,
  WORD_JOINER,
  codeSpan,
  escapeHtml,
  escapeInvisibleInJson,
  escapeLinkText,
  escapeSentence,
  escapeText,
  isOffendingPath,
  makeVisible,
  parseEvidenceFromComment,
  renderEvidenceMarkdown,
  renderPolicyDiffMarkdown,
  truncate
} from "./chunks/chunk-7TI5GDO4.js";
import "./chunks/chunk-NS2IOU6U.js";
import {
  resolveRunId,
  resolveWorkflow,
  trailerValues
} from "./chunks/chunk-I3XZDJ3W.js";
import {
  VERSION
} from "./chunks/chunk-6K3DM747.js";
import {
  checkDrift
} from "./chunks/chunk-ZZT4ZNZJ.js";
import {
  PolicySourceError,
  SEARCH_LIMITS,
  diffPolicies,
  loadPolicySource,
  pathVerdict,
  searchPathSets
} from "./chunks/chunk-MW5AVZM6.js";
import {
  compileManifest,
  regenerateLike
} from "./chunks/chunk-YWJJRCFL.js";
import {
  ALWAYS_FORBIDDEN_GLOBS,
  CHECK_NAMES,
  DEFAULT_MAX_APPROVAL_WINDOW_HOURS,
  KNOWN_ATTRIBUTES,
  MAX_ECHO_DEPTH,
  MAX_PATH_LENGTH,
  PolicyLoadError,
  alwaysForbiddenRule,
  boundedJson,
  branchNameProblem,
  caseFold,
  changedPathsSha256,
  cleanPath,
  hasDotGitComponent,
  loadPolicy,
  lookalikeFold,
  parseTimestamp,
  validatePackShape
} from "./chunks/chunk-YXL6J2HR.js";
import {
  ACCESS_DECISIONS,
  identityOf
} from "./chunks/chunk-75RVNVNG.js";
import {
  CRAWL_MAX_CHANGED_FILES,
  CRAWL_MAX_DIFF_LINES,
  DEFAULT_INTENT,
  DEFAULT_MANIFEST_PATH,
  DEFAULT_PACK_PATH,
  DEFAULT_POLICY_ID,
  PACK_SCHEMA_VERSION,
  assessPosture
} from "./chunks/chunk-PABWOY3E.js";
import {
  canonicalJson,
  canonicalJsonLine,
  compareCodePoints,
  quoteAscii,
  sha256Hex
} from "./chunks/chunk-UJ5YAZDM.js";
import "./chunks/chunk-NG3PRXOB.js";
import "./chunks/chunk-DERV5U36.js";
import {
  ManifestError,
  formatProblem,
  normaliseLineEndings
} from "./chunks/chunk-NWVMCMAX.js";
import "./chunks/chunk-IOPAOPV6.js";
import "./chunks/chunk-GABGAJDV.js";
import "./chunks/chunk-5TZFI64R.js";
export {
  ACCESS_DECISIONS,
  ACCESS_MODES,
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
  GENESIS_SHA256,
  GITHUB_COMMENT_LIMIT,
  GitError,
  GitReader,
  KNOWN_AGENTS,
  KNOWN_ATTRIBUTES,
  MATURITY_STAGES,
  MAX_ECHO_DEPTH,
  MAX_PATH_LENGTH,
  ManifestError,
  OFFENDING_VERDICTS,
  PACK_SCHEMA_VERSION,
  PolicyLoadError,
  PolicySourceError,
  SEARCH_LIMITS,
  VERSION,
  WORD_JOINER,
  WORKFLOW_STATUSES,
  admit,
  agentDirectory,
  alwaysForbiddenRule,
  assessPosture,
  boundedJson,
  branchNameProblem,
  canonicalJson,
  canonicalJsonLine,
  caseFold,
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
  hasDotGitComponent,
  identityOf,
  isOffendingPath,
  loadPolicy,
  loadPolicySource,
  lookalikeFold,
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
  searchPathSets,
  sha256Hex,
  trailerValues,
  truncate,
  validatePackShape,
  verifyEvidence,
  verifyLogFd,
  verifyLogFile
};
