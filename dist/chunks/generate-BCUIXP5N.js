import { createRequire as __mgpCreateRequire } from 'node:module';
const require = __mgpCreateRequire(import.meta.url);
import {
  PACK_OPTIONS_HELP,
  compileManifestFile,
  parsePackArgs,
  reportPackFailure
} from "./chunk-67YWKU5G.js";
import "./chunk-LQIVBWD2.js";
import {
  EXIT_OK,
  EXIT_POLICY
} from "./chunk-W634JM7Y.js";
import {
  checkPackOutput,
  readTextFile,
  writeFileAtomic
} from "./chunk-3E2C7ZGU.js";
import "./chunk-P25BMAAV.js";
import "./chunk-YXQSOUEQ.js";
import "./chunk-MHXBMGPT.js";
import "./chunk-5TZFI64R.js";

// src/cli/commands/generate.ts
var USAGE = `Usage: mcp-gateway-policy generate [options]

Compile the workflow manifest into the policy pack. The output is deterministic: the same
manifest and options always give the same bytes. The file is written through a temporary file
and a rename, so it is never half-written.

${PACK_OPTIONS_HELP}

Exit codes: 0 written or already up to date, 1 invalid manifest or unwritable output, 2 usage error.`;
var command = {
  summary: "Compile the workflow manifest into the policy pack",
  async run(argv, io) {
    const parsed = parsePackArgs(argv, io, USAGE);
    if (parsed === "help") {
      io.stdout.write(USAGE + "\n");
      return EXIT_OK;
    }
    const { paths, compile } = parsed;
    try {
      const compiled = await compileManifestFile(io, paths, compile);
      if (compiled === null) return EXIT_POLICY;
      const { result } = compiled;
      const summary = `pack sha256 ${result.packSha256}, ${result.pack.policy_summary.workflow_count} workflows`;
      const existing = readTextFile(paths.outputAbs, "pack");
      checkPackOutput(paths, existing);
      if (existing === result.packText) {
        io.stdout.write(`${paths.outputRel} is up to date (${summary})
`);
      } else {
        writeFileAtomic(paths.outputAbs, result.packText);
        io.stdout.write(`wrote ${paths.outputRel} from ${paths.manifestRel} (${summary})
`);
      }
      return EXIT_OK;
    } catch (err) {
      return reportPackFailure(io, paths, err);
    }
  }
};
var generate_default = command;
export {
  generate_default as default
};
