import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { getDefaultEnvironment, StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DIST_CLI, REPO_ROOT } from '../support/paths.js';

/** The repo's own example pack, compiled from data/control-plane by `generate`. */
export const EXAMPLE_PACK = path.join(REPO_ROOT, 'data/policy/mcp-gateway-policy.json');

export function sha256File(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

export interface RunningServer {
  client: Client;
  pid: number;
  /** Everything the server wrote to stderr so far. */
  stderr(): string;
  /** Resolves once stderr matches, or rejects after `timeoutMs` (a deadline for waiting, not a timing assertion). */
  waitForStderr(pattern: RegExp, timeoutMs?: number): Promise<string>;
  call(name: string, args: Record<string, unknown>): Promise<CallToolResult>;
  close(): Promise<void>;
}

/**
 * Starts `node dist/cli.js mcp …` under the SDK's own stdio client, as an MCP host would.
 * `shellPrefix` runs it through bash after that prefix (e.g. `ulimit -f 4;`).
 */
export async function startServer(args: string[], shellPrefix?: string): Promise<RunningServer> {
  const argv = [process.execPath, DIST_CLI, 'mcp', ...args];
  const quoted = argv.map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  const transport = new StdioClientTransport({
    command: shellPrefix === undefined ? argv[0]! : 'bash',
    args: shellPrefix === undefined ? argv.slice(1) : ['-c', `${shellPrefix} exec ${quoted}`],
    env: getDefaultEnvironment(),
    stderr: 'pipe',
  });
  let stderr = '';
  transport.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  const client = new Client({ name: 'mcp-gateway-policy-tests', version: '0.0.0' });
  await client.connect(transport);
  const pid = transport.pid;
  if (pid === null) throw new Error('server process has no pid');
  return {
    client,
    pid,
    stderr: () => stderr,
    async waitForStderr(pattern, timeoutMs = 15_000) {
      const deadline = Date.now() + timeoutMs;
      while (!pattern.test(stderr)) {
        if (Date.now() > deadline) throw new Error(`stderr never matched ${pattern}; stderr was:\n${stderr}`);
        await new Promise((r) => setTimeout(r, 20));
      }
      return stderr;
    },
    call: (name, args) => client.callTool({ name, arguments: args }) as Promise<CallToolResult>,
    close: () => client.close(),
  };
}

export function textOf(result: CallToolResult): string {
  return result.content
    .filter((c): c is { type: 'text'; text: string } => c.type === 'text')
    .map((c) => c.text)
    .join('\n');
}
