import path from 'node:path';
import { describeVerification, verifyLogFile } from '../../mcp/decision-log.js';
import { parseCommandArgs } from '../args.js';
import { EXIT_OK, EXIT_POLICY, UsageError, type CliIo, type Command } from '../io.js';

const USAGE = `Usage: mcp-gateway-policy verify-log FILE [--json]

Checks a decision log written by "mcp --decision-log": every line must be a decision entry whose
prev_sha256 is the SHA-256 of the line before it (the first line chains to 64 zeros).
  --json    print the result as one JSON object

Exit codes: 0 every line verifies (prints the count and the head hash: record it to detect a
truncated tail later), 1 the first broken line and why (an incomplete last line is reported as
such), 2 usage error.`;

const command: Command = {
  summary: 'Verify a decision log\'s hash chain',
  async run(argv: string[], io: CliIo): Promise<number> {
    const args = parseCommandArgs(argv, { json: { type: 'boolean' } }, USAGE, true);
    if (args.help) {
      io.stdout.write(USAGE + '\n');
      return EXIT_OK;
    }
    if (args.positionals.length !== 1) throw new UsageError(`expected one log file\n\n${USAGE}`);
    const file = args.positionals[0]!;
    let result;
    try {
      result = verifyLogFile(path.resolve(io.cwd, file));
    } catch (err) {
      io.stderr.write(`error: cannot read ${file}: ${(err as Error).message}\n`);
      return EXIT_POLICY;
    }
    if (args.values.json === true) io.stdout.write(JSON.stringify({ file, ...result }) + '\n');
    else (result.ok ? io.stdout : io.stderr).write(describeVerification(file, result) + '\n');
    return result.ok ? EXIT_OK : EXIT_POLICY;
  },
};
export default command;
