import { createRequire as __mgpCreateRequire } from 'node:module';
const require = __mgpCreateRequire(import.meta.url);
import {
  parseYamlManifest
} from "./chunk-DEJDXA4X.js";
import "./chunk-3JKC6G2R.js";
import "./chunk-YXQSOUEQ.js";
import "./chunk-5TZFI64R.js";
export {
  parseYamlManifest
};
