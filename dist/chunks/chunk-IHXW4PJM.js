import { createRequire as __mgpCreateRequire } from 'node:module';
const require = __mgpCreateRequire(import.meta.url);

// src/cli/io.ts
var EXIT_USAGE = 2;
var UsageError = class extends Error {
  name = "UsageError";
};

export {
  EXIT_USAGE,
  UsageError
};
