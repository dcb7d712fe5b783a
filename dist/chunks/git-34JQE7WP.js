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
} from "./chunk-6GZ6BLW6.js";
import "./chunk-CN6ZGDUJ.js";
import "./chunk-TAFCX33I.js";
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
