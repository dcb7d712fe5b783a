import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { compileManifest } from '../../src/pack/compile-manifest.js';
import { startCliInProcess, StreamClientTransport } from '../support/in-process.js';
import { DIST_CLI, REPO_ROOT } from '../support/paths.js';

export const FS_SERVER = path.join(REPO_ROOT, 'node_modules/@modelcontextprotocol/server-filesystem/dist/index.js');
export const EVERYTHING_SERVER = path.join(REPO_ROOT, 'node_modules/@modelcontextprotocol/server-everything/dist/index.js');
const LOOPBACK_ONLY = path.join(REPO_ROOT, 'test/support/loopback-only.mjs');

export const WORKFLOW = 'docs-maintenance';
export const BRANCH = 'agent/docs-fix';
export const MAX_FILES = 8;
export const MAX_LINES = 100;
export const MOVE_CLASS = 'documentation moves';

/**
 * A temp directory holding a git work tree (`repo`), a directory beside it (`outside`), and the
 * gateway's files. The filesystem server is given the whole directory, so that only the gateway
 * stands between the agent and `outside`.
 */
export interface Fixture {
  root: string;
  repo: string;
  outside: string;
  pack: string;
  packSha256: string;
  log: string;
  state: string;
  approvals: string;
  killFile: string;
}

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@example.com',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@example.com',
    },
  });
}

/** The example manifest with docs-maintenance given tighter limits and a change class that needs review. */
function testPack(): { text: string; sha256: string } {
  const manifest = JSON.parse(readFileSync(path.join(REPO_ROOT, 'data/control-plane/workflow-manifests.json'), 'utf8'));
  manifest.workflow_defaults.manual_review_required_for.push(MOVE_CLASS);
  const docs = manifest.workflows.find((w: { id: string }) => w.id === WORKFLOW);
  docs.scope.max_changed_files = MAX_FILES;
  docs.scope.max_diff_lines = MAX_LINES;
  const compiled = compileManifest(JSON.stringify(manifest, null, 2), { manifestPath: 'data/control-plane/workflow-manifests.json' });
  return { text: compiled.packText, sha256: compiled.packSha256 };
}

export function makeFixture(prefix: string): Fixture {
  const root = realpathSync(mkdtempSync(path.join(tmpdir(), `mgp-gw-${prefix}-`)));
  const repo = path.join(root, 'repo');
  const outside = path.join(root, 'outside');
  mkdirSync(path.join(repo, 'docs'), { recursive: true });
  mkdirSync(outside);
  writeFileSync(path.join(outside, 'secret.txt'), 'TOP SECRET\n');
  writeFileSync(path.join(repo, 'README.md'), '# Project\n');
  writeFileSync(path.join(repo, 'docs/index.md'), '# Docs\n\nHello.\n');
  git(repo, 'init', '-q', '-b', 'main');
  git(repo, 'add', '.');
  git(repo, 'commit', '-q', '-m', 'init');
  git(repo, 'checkout', '-q', '-b', BRANCH);
  // Links out of the tree: a directory and a file.
  symlinkSync(outside, path.join(repo, 'docs/escape'));
  symlinkSync(path.join(outside, 'secret.txt'), path.join(repo, 'docs/secret.md'));
  const { text, sha256 } = testPack();
  const pack = path.join(root, 'pack.json');
  writeFileSync(pack, text);
  const approvals = path.join(root, 'approvals');
  mkdirSync(approvals);
  return {
    root,
    repo,
    outside,
    pack,
    packSha256: sha256,
    log: path.join(root, 'decisions.jsonl'),
    state: path.join(root, 'state'),
    approvals,
    killFile: path.join(root, 'KILL'),
  };
}

export interface ConfigOptions {
  runId: string;
  everythingUrl?: string;
  timeoutMs?: number;
}

/** The gateway config for a fixture, as YAML: the filesystem server over stdio, server-everything over HTTP. */
export function writeConfig(f: Fixture, o: ConfigOptions): string {
  const lines = [
    `pack: ${JSON.stringify(f.pack)}`,
    `expect_pack_sha256: ${f.packSha256}`,
    `state_dir: ${JSON.stringify(f.state)}`,
    ...(o.timeoutMs === undefined ? [] : [`call_timeout_ms: ${o.timeoutMs}`]),
    'session:',
    `  workflow_id: ${WORKFLOW}`,
    '  agent_class: claude',
    `  run_id: ${o.runId}`,
    `  repo: ${JSON.stringify(f.repo)}`,
    'upstreams:',
    '  - name: fs',
    '    command: node',
    `    args: [${JSON.stringify(FS_SERVER)}, ${JSON.stringify(f.root)}]`,
    '    namespace: repo.contents',
    '    tools:',
    '      read_text_file: { access: read, paths: [path] }',
    '      write_file: { access: write_branch, paths: [path], lines: content }',
    '      edit_file: { access: write_branch, paths: [path], lines: edits }',
    `      move_file: { access: write_branch, paths: [source, destination], change_class: ${MOVE_CLASS} }`,
    '      create_directory: { access: write_ticket, paths: [path] }',
  ];
  if (o.everythingUrl !== undefined) {
    lines.push(
      '  - name: everything',
      `    url: ${o.everythingUrl}`,
      '    namespace: repo.search',
      '    prefix: ev_',
      '    tools:',
      '      echo: { access: read }',
      '      trigger-long-running-operation: { access: read }',
      '      get-env: { access: read, kill_signal: an attempt to read the environment }',
    );
  }
  const file = path.join(f.root, `gateway-${o.runId}.yaml`);
  writeFileSync(file, lines.join('\n') + '\n');
  return file;
}

export interface RunningGateway {
  client: Client;
  /** The gateway's own process: dist runs only (an in-process gateway shares the test's). */
  readonly pid: number;
  stderr(): string;
  call(name: string, args: Record<string, unknown>): Promise<CallToolResult>;
  close(): Promise<void>;
}

/**
 * Starts `gateway …` under the SDK's client: main(['gateway', …]) in this process over a stream
 * pair by default, or `node dist/cli.js gateway …` with `dist` (for tests that look at its processes).
 */
export async function startGateway(args: string[], o: { dist?: boolean } = {}): Promise<RunningGateway> {
  if (o.dist === true) return startDistGateway(args);
  const run = startCliInProcess(['gateway', ...args], { env: { PATH: process.env.PATH ?? '' } });
  const client = new Client({ name: 'mcp-gateway-policy-gateway-tests', version: '0.0.0' });
  const exitedEarly = run.exited.then((code) => {
    throw new Error(`exited ${code}`);
  });
  try {
    await Promise.race([client.connect(new StreamClientTransport(run.fromCommand, run.toCommand)), exitedEarly]);
  } catch (err) {
    throw new Error(`gateway did not start: ${(err as Error).message}\n${run.stderr.text}`);
  }
  exitedEarly.catch(() => undefined);
  return {
    client,
    get pid(): number {
      throw new Error('an in-process gateway has no process of its own: start it with { dist: true }');
    },
    stderr: () => run.stderr.text,
    call: (name, a) => client.callTool({ name, arguments: a }) as Promise<CallToolResult>,
    async close() {
      await client.close();
      const code = await run.exited;
      if (code !== 0) throw new Error(`gateway exited ${code} on close:\n${run.stderr.text}`);
    },
  };
}

async function startDistGateway(args: string[]): Promise<RunningGateway> {
  const transport = new StdioClientTransport({
    command: process.execPath,
    args: [DIST_CLI, 'gateway', ...args],
    env: { PATH: process.env.PATH ?? '' },
    stderr: 'pipe',
  });
  let stderr = '';
  transport.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const client = new Client({ name: 'mcp-gateway-policy-gateway-tests', version: '0.0.0' });
  try {
    await client.connect(transport);
  } catch (err) {
    throw new Error(`gateway did not start: ${(err as Error).message}\n${stderr}`);
  }
  return {
    client,
    pid: transport.pid!,
    stderr: () => stderr,
    call: (name, a) => client.callTool({ name, arguments: a }) as Promise<CallToolResult>,
    close: () => client.close(),
  };
}

export interface Everything {
  url: string;
  stop(): void;
}

/** server-everything serving Streamable HTTP on 127.0.0.1 (a free port). */
export async function startEverything(): Promise<Everything> {
  const child: ChildProcess = spawn(process.execPath, ['--import', LOOPBACK_ONLY, EVERYTHING_SERVER, 'streamableHttp'], {
    env: { PATH: process.env.PATH ?? '', PORT: '0' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server-everything did not start:\n${stderr}`)), 20_000);
    child.stderr!.on('data', (c: Buffer) => {
      stderr += c.toString('utf8');
      const m = /LOOPBACK_PORT (\d+)/.exec(stderr);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    });
    child.once('exit', (code) => reject(new Error(`server-everything exited (${code}):\n${stderr}`)));
  });
  return { url: `http://127.0.0.1:${port}/mcp`, stop: () => child.kill('SIGKILL') };
}

export function textOf(result: CallToolResult): string {
  return result.content
    .filter((c): c is { type: 'text'; text: string } => c.type === 'text')
    .map((c) => c.text)
    .join('\n');
}

export function decisionOf(result: CallToolResult): string | undefined {
  return (result._meta?.['mcp-gateway-policy/decision'] as { decision?: string } | undefined)?.decision;
}

/** Lines of the decision log, parsed. */
export function logEntries(
  file: string,
): { decision: { decision: string; reason: string; violations: string[]; evidence: Record<string, unknown> }; run_id: string }[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l));
}

/** The pids of a process's children (Linux /proc). */
export function childPids(pid: number): number[] {
  try {
    return execFileSync('ps', ['-o', 'pid=', '--ppid', String(pid)], { encoding: 'utf8' })
      .split('\n')
      .map((s) => Number(s.trim()))
      .filter((n) => n > 0);
  } catch {
    return [];
  }
}
