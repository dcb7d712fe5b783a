import { createRequire as __mgpCreateRequire } from 'node:module';
const require = __mgpCreateRequire(import.meta.url);
import {
  DEFAULT_MAX_CHARS,
  EVIDENCE_MARKER,
  GITHUB_COMMENT_LIMIT,
  OFFENDING_VERDICTS,
  isOffendingPath,
  parseEvidenceFromComment,
  renderEvidenceMarkdown,
  renderPolicyDiffMarkdown
} from "./chunk-7TI5GDO4.js";
import "./chunk-5TZFI64R.js";
export {
  DEFAULT_MAX_CHARS,
  EVIDENCE_MARKER,
  GITHUB_COMMENT_LIMIT,
  OFFENDING_VERDICTS,
  isOffendingPath,
  parseEvidenceFromComment,
  renderEvidenceMarkdown,
  renderPolicyDiffMarkdown
};
