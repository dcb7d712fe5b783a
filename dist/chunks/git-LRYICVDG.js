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
} from "./chunk-CWNTWIXQ.js";
import "./chunk-KBBZ2POA.js";
import "./chunk-JIGOENUG.js";
import "./chunk-AQUNRQRC.js";
import "./chunk-DRPUWMZB.js";
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
