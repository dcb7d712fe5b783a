import { createRequire as __mgpCreateRequire } from 'node:module';
const require = __mgpCreateRequire(import.meta.url);
import {
  checkDrift
} from "./chunk-IQSXUR46.js";
import "./chunk-5TZFI64R.js";
export {
  checkDrift
};
