import { createRequire as __mgpCreateRequire } from 'node:module';
const require = __mgpCreateRequire(import.meta.url);
import {
  GitError,
  GitReader,
  collectLocalAdmissionInput,
  countLines,
  parseRawNumstat,
  readChangedFiles,
  resolveExactRef
} from "./chunk-KP7M7SPF.js";
import "./chunk-77CJSU7B.js";
import "./chunk-PQAJNUN7.js";
import "./chunk-LE6XGPUJ.js";
import "./chunk-QR24JDWY.js";
import "./chunk-SKC4EAIA.js";
import "./chunk-6G4F6LI7.js";
import "./chunk-YXQSOUEQ.js";
import "./chunk-IQSXUR46.js";
import "./chunk-5TZFI64R.js";
export {
  GitError,
  GitReader,
  collectLocalAdmissionInput,
  countLines,
  parseRawNumstat,
  readChangedFiles,
  resolveExactRef
};
