import { createRequire as __mgpCreateRequire } from 'node:module';
const require = __mgpCreateRequire(import.meta.url);
import {
  UsageError
} from "./chunk-IHXW4PJM.js";
import "./chunk-6W6POD6P.js";

// src/cli/commands/generate.ts
var command = {
  summary: "(not built yet)",
  async run() {
    throw new UsageError("generate is not built yet");
  }
};
var generate_default = command;
export {
  generate_default as default
};
