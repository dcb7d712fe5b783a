import { createRequire as __mgpCreateRequire } from 'node:module';
const require = __mgpCreateRequire(import.meta.url);
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
} from "./chunk-XTAHM434.js";
import "./chunk-P25BMAAV.js";
import "./chunk-5TZFI64R.js";
export {
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
};
