import { createRequire as __mgpCreateRequire } from 'node:module';
const require = __mgpCreateRequire(import.meta.url);
import {
  GitError,
  GitReader
} from "./chunk-RGI7OJDI.js";
import "./chunk-5TZFI64R.js";
export {
  GitError,
  GitReader
};
