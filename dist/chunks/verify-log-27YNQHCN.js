import { createRequire as __mgpCreateRequire } from 'node:module';
const require = __mgpCreateRequire(import.meta.url);
import {
  describeVerification,
  verifyLogFile
} from "./chunk-QMQP5DMH.js";
import "./chunk-UDHVWCVM.js";
import {
  parseCommandArgs
} from "./chunk-LQIVBWD2.js";
import {
  EXIT_OK,
  EXIT_POLICY,
  UsageError
} from "./chunk-W634JM7Y.js";
import "./chunk-E4SN7ZSR.js";
import "./chunk-5TZFI64R.js";

// src/cli/commands/verify-log.ts
import path from "node:path";
var USAGE = `Usage: mcp-gateway-policy verify-log FILE [--json]

Checks a decision log written by "mcp --decision-log": every line must be a decision entry whose
prev_sha256 is the SHA-256 of the line before it (the first line chains to 64 zeros).
  --json    print the result as one JSON object

Exit codes: 0 every line verifies (prints the count and the head hash: record it to detect a
truncated tail later), 1 the first broken line and why (an incomplete last line is reported as
such), 2 usage error.`;
var command = {
  summary: "Verify a decision log's hash chain",
  async run(argv, io) {
    const args = parseCommandArgs(argv, { json: { type: "boolean" } }, USAGE, true);
    if (args.help) {
      io.stdout.write(USAGE + "\n");
      return EXIT_OK;
    }
    if (args.positionals.length !== 1) throw new UsageError(`expected one log file

${USAGE}`);
    const file = args.positionals[0];
    let result;
    try {
      result = verifyLogFile(path.resolve(io.cwd, file));
    } catch (err) {
      io.stderr.write(`error: cannot read ${file}: ${err.message}
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
