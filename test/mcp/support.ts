import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { getDefaultEnvironment, StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { startCliInProcess, StreamClientTransport } from '../support/in-process.js';
import { DIST_CLI, REPO_ROOT } from '../support/paths.js';

/** The repo's own example pack, compiled from data/control-plane by `generate`. */
export const EXAMPLE_PACK = path.join(REPO_ROOT, 'data/policy/mcp-gateway-policy.json');

export function sha256File(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

export interface RunningServer {
  client: Client;
  /** The server's own process: dist runs only (an in-process server shares the test's). */
  readonly pid: number;
  /** Everything the server wrote to stderr so far. */
  stderr(): string;
  /** Resolves once stderr matches, or rejects after `timeoutMs` (a deadline for waiting, not a timing assertion). */
  waitForStderr(pattern: RegExp, timeoutMs?: number): Promise<string>;
  call(name: string, args: Record<string, unknown>): Promise<CallToolResult>;
  /** SIGHUP, as an operator sends it to make the server reload its pack. */
  hangup(): void;
  close(): Promise<void>;
}

export interface StartOptions {
  /** Run `node dist/cli.js mcp …` in a child process instead of main(['mcp', …]) in this one. */
  dist?: boolean;
  /** With `dist`: run it through bash after this prefix (e.g. `ulimit -f 4;`). */
  shellPrefix?: string;
}

function waiter(stderr: () => string) {
  return async (pattern: RegExp, timeoutMs = 15_000) => {
    const deadline = Date.now() + timeoutMs;
    while (!pattern.test(stderr())) {
      if (Date.now() > deadline) throw new Error(`stderr never matched ${pattern}; stderr was:\n${stderr()}`);
      await new Promise((r) => setTimeout(r, 20));
    }
    return stderr();
  };
}

/**
 * Starts the `mcp` command under the SDK's own client, as an MCP host would: in this process by
 * default (main(['mcp', …]) over a stream pair, so coverage sees src/), or `node dist/cli.js mcp …`
 * over stdio with `dist`.
 */
export async function startServer(args: string[], o: StartOptions = {}): Promise<RunningServer> {
  if (o.dist === true || o.shellPrefix !== undefined) return startDistServer(args, o.shellPrefix);
  const run = startCliInProcess(['mcp', ...args]);
  const client = new Client({ name: 'mcp-gateway-policy-tests', version: '0.0.0' });
  const exitedEarly = run.exited.then((code) => {
    throw new Error(`mcp exited ${code} before serving; stderr was:\n${run.stderr.text}`);
  });
  await Promise.race([client.connect(new StreamClientTransport(run.fromCommand, run.toCommand)), exitedEarly]);
  exitedEarly.catch(() => undefined);
  const stderr = () => run.stderr.text;
  return {
    client,
    get pid(): number {
      throw new Error('an in-process server has no process of its own: use hangup(), or start it with { dist: true }');
    },
    stderr,
    waitForStderr: waiter(stderr),
    call: (name, args) => client.callTool({ name, arguments: args }) as Promise<CallToolResult>,
    hangup: () => void process.emit('SIGHUP', 'SIGHUP'),
    async close() {
      await client.close();
      const code = await run.exited;
      if (code !== 0) throw new Error(`mcp exited ${code} on close; stderr was:\n${run.stderr.text}`);
    },
  };
}

async function startDistServer(args: string[], shellPrefix?: string): Promise<RunningServer> {
  const argv = [process.execPath, DIST_CLI, 'mcp', ...args];
  const quoted = argv.map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  const transport = new StdioClientTransport({
    command: shellPrefix === undefined ? argv[0]! : 'bash',
    args: shellPrefix === undefined ? argv.slice(1) : ['-c', `${shellPrefix} exec ${quoted}`],
    env: getDefaultEnvironment(),
    stderr: 'pipe',
  });
  let stderrText = '';
  transport.stderr?.on('data', (chunk: Buffer) => {
    stderrText += chunk.toString('utf8');
  });
  const client = new Client({ name: 'mcp-gateway-policy-tests', version: '0.0.0' });
  await client.connect(transport);
  const pid = transport.pid;
  if (pid === null) throw new Error('server process has no pid');
  const stderr = () => stderrText;
  return {
    client,
    pid,
    stderr,
    waitForStderr: waiter(stderr),
    call: (name, args) => client.callTool({ name, arguments: args }) as Promise<CallToolResult>,
    hangup: () => process.kill(pid, 'SIGHUP'),
    close: () => client.close(),
  };
}

export function textOf(result: CallToolResult): string {
  return result.content
    .filter((c): c is { type: 'text'; text: string } => c.type === 'text')
    .map((c) => c.text)
    .join('\n');
}
