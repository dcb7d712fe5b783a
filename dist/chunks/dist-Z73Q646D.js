import { createRequire as __mgpCreateRequire } from 'node:module';
const require = __mgpCreateRequire(import.meta.url);
import {
  require_dist
} from "./chunk-3JKC6G2R.js";
import "./chunk-5TZFI64R.js";
export default require_dist();
