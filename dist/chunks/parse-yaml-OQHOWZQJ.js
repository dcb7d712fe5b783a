import { createRequire as __mgpCreateRequire } from 'node:module';
const require = __mgpCreateRequire(import.meta.url);
import {
  parseYamlManifest
} from "./chunk-6G4F6LI7.js";
import "./chunk-YXQSOUEQ.js";
import "./chunk-5TZFI64R.js";
export {
  parseYamlManifest
};
