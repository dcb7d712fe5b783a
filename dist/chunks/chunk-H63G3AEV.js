import { createRequire as __mgpCreateRequire } from 'node:module';
const require = __mgpCreateRequire(import.meta.url);

// src/cli/approval-keys.ts
import { readFileSync } from "node:fs";
import path from "node:path";
function readApprovalKeys(cwd, file) {
  try {
    return JSON.parse(readFileSync(path.resolve(cwd, file), "utf8"));
  } catch (err) {
    throw new Error(`approval keys ${file} cannot be read: ${err.message}`);
  }
}

export {
  readApprovalKeys
};
