import { createRequire as __mgpCreateRequire } from 'node:module';
const require = __mgpCreateRequire(import.meta.url);
import {
  collectLocalAdmissionInput
} from "./chunks/chunk-HYEI4EM7.js";
import {
  ChainVerifier,
  DECISION_LOG_VERSION,
  GENESIS_SHA256,
  describeVerification,
  verifyLogFd,
  verifyLogFile
} from "./chunks/chunk-QMQP5DMH.js";
import {
  ACCESS_MODES,
  ALWAYS_FORBIDDEN_GLOBS,
  DEFAULT_MAX_CHARS,
  EVIDENCE_MARKER,
  GITHUB_COMMENT_LIMIT,
  GitError,
  GitReader,
  KNOWN_AGENTS,
  MATURITY_STAGES,
  OFFENDING_VERDICTS,
  WORD_JOINER,
  WORKFLOW_STATUSES,
  admit,
  agentDirectory,
  codeSpan,
  compileManifest,
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
  parseRawNumstat,
  readChangedFiles,
  regenerateLike,
  renderEvidenceMarkdown,
  resolveRunId,
  resolveWorkflow,
  trailerValues,
  truncate,
  verifyEvidence
} from "./chunks/chunk-A53YOKTS.js";
import "./chunks/chunk-CJXFZCYC.js";
import {
  CHECK_NAMES,
  DEFAULT_MAX_APPROVAL_WINDOW_HOURS,
  KNOWN_ATTRIBUTES,
  MAX_PATH_LENGTH,
  PolicyLoadError,
  changedPathsSha256,
  cleanPath,
  loadPolicy,
  parseTimestamp,
  validatePackShape
} from "./chunks/chunk-WFMM76NW.js";
import {
  DECISIONS,
  decisionRank
} from "./chunks/chunk-UDHVWCVM.js";
import "./chunks/chunk-UNDXOKVH.js";
import "./chunks/chunk-GABGAJDV.js";
import {
  checkDrift
} from "./chunks/chunk-ZZT4ZNZJ.js";
import {
  ACCESS_DECISIONS,
  identityOf
} from "./chunks/chunk-NCCZSBQK.js";
import {
  DEFAULT_INTENT,
  DEFAULT_MANIFEST_PATH,
  DEFAULT_PACK_PATH,
  DEFAULT_POLICY_ID,
  PACK_SCHEMA_VERSION
} from "./chunks/chunk-ZMSVKSWG.js";
import {
  CRAWL_MAX_CHANGED_FILES,
  CRAWL_MAX_DIFF_LINES,
  assessPosture
} from "./chunks/chunk-JDZWEFML.js";
import {
  canonicalJson,
  compareCodePoints,
  sha256Hex
} from "./chunks/chunk-E4SN7ZSR.js";
import {
  ManifestError,
  formatProblem,
  normaliseLineEndings
} from "./chunks/chunk-NWVMCMAX.js";
import "./chunks/chunk-IOPAOPV6.js";
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
  EVIDENCE_MARKER,
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
  PACK_SCHEMA_VERSION,
  PolicyLoadError,
  WORD_JOINER,
  WORKFLOW_STATUSES,
  admit,
  agentDirectory,
  assessPosture,
  canonicalJson,
  changedPathsSha256,
  checkDrift,
  cleanPath,
  codeSpan,
  collectLocalAdmissionInput,
  compareCodePoints,
  compileManifest,
  decisionRank,
  describeVerification,
  escapeHtml,
  escapeInvisibleInJson,
  escapeLinkText,
  escapeSentence,
  escapeText,
  evidenceHash,
  finalizeEvidence,
  formatProblem,
  identityOf,
  isOffendingPath,
  loadPolicy,
  makeVisible,
  normaliseLineEndings,
  parseEvidenceFromComment,
  parseRawNumstat,
  parseTimestamp,
  readChangedFiles,
  regenerateLike,
  renderEvidenceMarkdown,
  resolveRunId,
  resolveWorkflow,
  sha256Hex,
  trailerValues,
  truncate,
  validatePackShape,
  verifyEvidence,
  verifyLogFd,
  verifyLogFile
};
