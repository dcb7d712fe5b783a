import { createRequire as __mgpCreateRequire } from 'node:module';
const require = __mgpCreateRequire(import.meta.url);
import {
  UsageError
} from "./chunk-IHXW4PJM.js";
import "./chunk-6W6POD6P.js";

// src/cli/commands/check.ts
var command = {
  summary: "(not built yet)",
  async run() {
    throw new UsageError("check is not built yet");
  }
};
var check_default = command;
export {
  check_default as default
};
