import { createRequire as __mgpCreateRequire } from 'node:module';
const require = __mgpCreateRequire(import.meta.url);
import {
  parseYamlManifest
} from "./chunk-DERV5U36.js";
import "./chunk-NWVMCMAX.js";
import "./chunk-IOPAOPV6.js";
import "./chunk-GABGAJDV.js";
import "./chunk-5TZFI64R.js";
export {
  parseYamlManifest
};
