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
} from "./chunk-HG5UN27J.js";
import "./chunk-MSBYZGYY.js";
import "./chunk-MHXBMGPT.js";
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
