import { createRequire as __mgpCreateRequire } from 'node:module';
const require = __mgpCreateRequire(import.meta.url);
import {
  PACK_OPTIONS_HELP,
  compileManifestFile,
  parsePackArgs,
  regenerateCommand,
  reportPackFailure
} from "./chunk-67YWKU5G.js";
import "./chunk-LQIVBWD2.js";
import {
  EXIT_OK,
  EXIT_POLICY
} from "./chunk-W634JM7Y.js";
import {
  compileManifestLean,
  identityOf,
  readTextFile
} from "./chunk-3E2C7ZGU.js";
import "./chunk-P25BMAAV.js";
import "./chunk-YXQSOUEQ.js";
import "./chunk-MHXBMGPT.js";
import "./chunk-5TZFI64R.js";

// src/cli/commands/check.ts
var USAGE = `Usage: mcp-gateway-policy check [options]

Regenerate the policy pack in memory and compare it, byte for byte, with the committed file.
Takes the same options as generate, and must be given the ones the pack was generated with.

${PACK_OPTIONS_HELP}

Exit codes: 0 the pack matches, 1 the pack is missing or differs (a diff and the command to
regenerate are printed) or the manifest is invalid, 2 usage error.`;
var DIFF_LINES_SHOWN = 40;
var command = {
  summary: "Fail when the committed policy pack differs from what the manifest generates",
  async run(argv, io) {
    const parsed = parsePackArgs(argv, io, USAGE);
    if (parsed === "help") {
      io.stdout.write(USAGE + "\n");
      return EXIT_OK;
    }
    const { paths, compile, given } = parsed;
    try {
      const compiled = await compileManifestFile(io, paths, compile);
      if (compiled === null) return EXIT_POLICY;
      const { text, result } = compiled;
      const committed = readTextFile(paths.outputAbs, "pack");
      if (committed === result.packText) {
        io.stdout.write(`ok: ${paths.outputRel} matches ${paths.manifestRel} (pack sha256 ${result.packSha256})
`);
        return EXIT_OK;
      }
      const { checkDrift } = await import("./drift-QSJT5ZVZ.js");
      const { diff } = checkDrift(result.packText, committed, { path: paths.outputRel });
      const lines = diff.replace(/\n$/, "").split("\n");
      io.stderr.write(
        committed === null ? `error: ${paths.outputRel} is missing; it must be generated from ${paths.manifestRel}
` : `error: ${paths.outputRel} differs from what ${paths.manifestRel} generates (drift)
`
      );
      if (committed !== null && committed.replace(/\r\n/g, "\n") === result.packText) {
        io.stderr.write(
          `note: only the line endings differ: the pack is LF-only, so keep it out of CRLF conversion (e.g. "${paths.outputRel} -text" in .gitattributes)
`
        );
      } else if (committed !== null && await identityOnly(text, committed, compile)) {
        io.stderr.write(
          "note: only policy_id, intent or generated_at differ; pass the options the pack was generated with, or set them in the manifest's policy_pack block\n"
        );
      }
      io.stderr.write(lines.slice(0, DIFF_LINES_SHOWN).join("\n") + "\n");
      if (lines.length > DIFF_LINES_SHOWN) io.stderr.write(`... (${lines.length - DIFF_LINES_SHOWN} more diff lines)
`);
      io.stderr.write(`To regenerate, run:
  ${regenerateCommand(io, given, paths)}
`);
      return EXIT_POLICY;
    } catch (err) {
      return reportPackFailure(io, paths, err);
    }
  }
};
var check_default = command;
async function identityOnly(manifestText, committed, options) {
  const like = await compileManifestLean(manifestText, { ...options, ...identityOf(committed) });
  return like.packText === committed;
}
export {
  check_default as default
};
