import { VERSION } from '../version.js';
import { EXIT_USAGE, UsageError, type CliIo, type Command } from './io.js';

/**
 * Commands load lazily so that a cold `check` does not pay for the MCP SDK or Octokit.
 * Each command module default-exports a Command.
 */
const COMMANDS: Record<string, () => Promise<{ default: Command }>> = {
  generate: () => import('./commands/generate.js'),
  check: () => import('./commands/check.js'),
  evaluate: () => import('./commands/evaluate.js'),
  admit: () => import('./commands/admit.js'),
  mcp: () => import('./commands/mcp.js'),
  gateway: () => import('./commands/gateway.js'),
  'verify-log': () => import('./commands/verify-log.js'),
  diff: () => import('./commands/diff.js'),
};

const TOP_USAGE = `Usage: mcp-gateway-policy <command> [options]

Commands:
${Object.keys(COMMANDS)
  .map((c) => `  ${c}`)
  .join('\n')}

Run "mcp-gateway-policy <command> --help" for a command's options; --version (-V) prints the version.
Exit codes: 0 success, 1 policy failure, 2 usage error.`;

export async function main(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    const lines = await Promise.all(
      Object.entries(COMMANDS).map(async ([c, load]) => `  ${c.padEnd(12)}${(await load()).default.summary}`),
    );
    io.stdout.write(TOP_USAGE.replace(/Commands:\n[\s\S]*?\n\n/, `Commands:\n${lines.join('\n')}\n\n`) + '\n');
    return name === undefined ? EXIT_USAGE : 0;
  }
  if (name === '--version' || name === '-V') {
    io.stdout.write(`${VERSION}\n`);
    return 0;
  }
  const load = COMMANDS[name];
  if (load === undefined) {
    io.stderr.write(`error: unknown command "${name}"\n\n${TOP_USAGE}\n`);
    return EXIT_USAGE;
  }
  try {
    const command = (await load()).default;
    return await command.run(rest, io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr.write(`error: ${err.message}\n`);
      return EXIT_USAGE;
    }
    // A bug, not a user's mistake: say so in one line, no stack trace unless asked for.
    io.stderr.write(`error: ${(err as Error)?.message ?? String(err)}\n`);
    if (io.env.MCP_GATEWAY_POLICY_DEBUG) io.stderr.write(`${(err as Error)?.stack ?? ''}\n`);
    return 1;
  }
}
