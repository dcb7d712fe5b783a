import { createRequire as __mgpCreateRequire } from 'node:module';
const require = __mgpCreateRequire(import.meta.url);
import {
  parseCommandArgs,
  stringOpt
} from "./chunk-LQIVBWD2.js";
import {
  EXIT_OK,
  EXIT_POLICY,
  UsageError
} from "./chunk-W634JM7Y.js";
import {
  LogAnchorError,
  checkpointExpectation,
  checkpointPathFor,
  describeVerification,
  parseExpectation,
  readCheckpointFile,
  readLogKey,
  verifyLogFile
} from "./chunk-H7BLAGEH.js";
import "./chunk-M7EAQHFK.js";
import "./chunk-3E2C7ZGU.js";
import "./chunk-P25BMAAV.js";
import "./chunk-YXQSOUEQ.js";
import "./chunk-MHXBMGPT.js";
import "./chunk-5TZFI64R.js";

// src/cli/commands/verify-log.ts
import path from "node:path";
import { existsSync } from "node:fs";
var USAGE = `Usage: mcp-gateway-policy verify-log FILE [--expect CHECKPOINT|COUNT:SHA256] [--log-key FILE] [--json]

Checks a decision log written by "mcp --decision-log": every line must be a decision entry whose
prev_sha256 is the SHA-256 of the line before it (the first line chains to 64 zeros).
  --expect CHECKPOINT   the checkpoint file the server keeps (default: FILE.head, when it exists)
  --expect COUNT:SHA256 a line count and head hash recorded elsewhere (as this command prints them)
                        the log must hold at least COUNT lines, the first COUNT ending at that hash
  --log-key FILE        the server's --log-key: every line's HMAC and the checkpoint's are checked
  --no-checkpoint       check the chain only, ignoring FILE.head
  --json                print the result as one JSON object

Without the key, a chain (and an unsigned checkpoint) can be rewritten by whoever can write the
files; see docs/mcp.md, "What verify-log detects".

Exit codes: 0 every line verifies (prints the count and the head hash), 1 the first broken line
and why (an incomplete last line, a cut tail or lines appended after the server closed the log
are reported as such), 2 usage error.`;
var command = {
  summary: "Verify a decision log's hash chain, HMACs and checkpoint",
  run(argv, io) {
    const args = parseCommandArgs(
      argv,
      { json: { type: "boolean" }, expect: { type: "string" }, "log-key": { type: "string" }, "no-checkpoint": { type: "boolean" } },
      USAGE,
      true
    );
    if (args.help) {
      io.stdout.write(USAGE + "\n");
      return EXIT_OK;
    }
    if (args.positionals.length !== 1) throw new UsageError(`expected one log file

${USAGE}`);
    const file = args.positionals[0];
    const logPath = path.resolve(io.cwd, file);
    const expectArg = stringOpt(args, "expect");
    if (expectArg !== void 0 && args.values["no-checkpoint"] === true)
      throw new UsageError(`--expect and --no-checkpoint contradict each other

${USAGE}`);
    const keyFile = stringOpt(args, "log-key");
    let result;
    try {
      const key = keyFile === void 0 ? void 0 : readLogKey(path.resolve(io.cwd, keyFile));
      let expect;
      const pair = expectArg === void 0 ? null : parseExpectation(expectArg);
      if (pair !== null) {
        expect = { source: expectArg, ...pair, closed: false, signature: "none" };
      } else if (args.values["no-checkpoint"] !== true) {
        const checkpointFile = expectArg === void 0 ? checkpointPathFor(logPath) : path.resolve(io.cwd, expectArg);
        if (expectArg !== void 0 || existsSync(checkpointFile)) {
          const label = expectArg ?? `${file}.head`;
          const checkpoint = readCheckpointFile(checkpointFile);
          if (checkpoint === null)
            throw new LogAnchorError(`checkpoint ${label} does not exist (--expect takes a checkpoint file or COUNT:SHA256)`);
          expect = checkpointExpectation(checkpoint, label, key);
        } else if (key) {
          throw new LogAnchorError(
            `no checkpoint ${file}.head: with --log-key a cut tail can only be ruled out against one; give --expect, or --no-checkpoint to check the lines alone`
          );
        }
      }
      try {
        result = verifyLogFile(logPath, { key, expect });
      } catch (err) {
        throw new LogAnchorError(`cannot read ${file}: ${err.message}`);
      }
    } catch (err) {
      if (!(err instanceof LogAnchorError)) throw err;
      if (args.values.json === true) io.stdout.write(JSON.stringify({ file, ok: false, kind: "unusable", reason: err.message }) + "\n");
      io.stderr.write(`error: ${err.message}
`);
      return EXIT_POLICY;
    }
    if (args.values.json === true) io.stdout.write(JSON.stringify({ file, ...result }) + "\n");
    else (result.ok ? io.stdout : io.stderr).write(describeVerification(file, result) + "\n");
    return result.ok ? EXIT_OK : EXIT_POLICY;
  }
};
var verify_log_default = command;
export {
  verify_log_default as default
};
