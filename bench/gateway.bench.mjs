// The gateway's added latency per tool call: the SDK client calling @modelcontextprotocol/server-filesystem
// directly over stdio, against the same client calling it through `node dist/cli.js gateway`.
// A read (path placed in the work tree, one decision) and a write (session union and sum), without and
// with the decision log (one write + fdatasync per call). Prints p50/p99 and the difference; asserts nothing.
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'dist/cli.js');
const packFile = path.join(root, 'data/policy/mcp-gateway-policy.json');
const fsServer = path.join(root, 'node_modules/@modelcontextprotocol/server-filesystem/dist/index.js');

const N = 2000;
const WARMUP = 300;
const ROUNDS = 4;

const dir = realpathSync(mkdtempSync(path.join(tmpdir(), 'mgp-gw-bench-')));
const repo = path.join(dir, 'repo');
mkdirSync(path.join(repo, 'docs'), { recursive: true });
writeFileSync(path.join(repo, 'docs/index.md'), '# Docs\n\nA page to read.\n');
const git = (...args) => execFileSync('git', args, { cwd: repo, stdio: 'ignore' });
git('init', '-q', '-b', 'agent/bench');

function config(name) {
  const file = path.join(dir, `${name}.yaml`);
  writeFileSync(
    file,
    [
      `pack: ${JSON.stringify(packFile)}`,
      `state_dir: ${JSON.stringify(path.join(dir, 'state'))}`,
      'session:',
      '  workflow_id: docs-maintenance',
      '  agent_class: claude',
      `  run_id: bench-${name}`,
      `  repo: ${JSON.stringify(repo)}`,
      'upstreams:',
      '  - name: fs',
      '    command: node',
      `    args: [${JSON.stringify(fsServer)}, ${JSON.stringify(repo)}]`,
      '    namespace: repo.contents',
      '    tools:',
      '      read_text_file: { access: read, paths: [path] }',
      '      write_file: { access: write_branch, paths: [path], lines: content }',
      '',
    ].join('\n'),
  );
  return file;
}

async function connect(command, args) {
  const client = new Client({ name: 'gateway-bench', version: '0' });
  await client.connect(new StdioClientTransport({ command, args, env: { PATH: process.env.PATH ?? '' }, stderr: 'ignore' }));
  await client.listTools();
  return client;
}

const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const ms = (x) => `${x.toFixed(3)} ms`;

async function time(client, name, args, n) {
  const t = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    const r = await client.callTool({ name, arguments: args });
    t[i] = performance.now() - t0;
    if (r.isError) throw new Error(`${name} failed: ${JSON.stringify(r.content)}`);
  }
  return t;
}

/** Alternates direct and gateway rounds so that drift in the machine's load hits both alike. */
async function compare(label, direct, gateway, name, args) {
  await time(direct, name, args, WARMUP);
  await time(gateway, name, args, WARMUP);
  const d = [];
  const g = [];
  for (let r = 0; r < ROUNDS; r++) {
    d.push(...(await time(direct, name, args, N / ROUNDS)));
    g.push(...(await time(gateway, name, args, N / ROUNDS)));
  }
  d.sort((a, b) => a - b);
  g.sort((a, b) => a - b);
  const [d50, d99, g50, g99] = [pct(d, 50), pct(d, 99), pct(g, 50), pct(g, 99)];
  console.log(
    `${label.padEnd(34)} direct p50 ${ms(d50)} p99 ${ms(d99)} | gateway p50 ${ms(g50)} p99 ${ms(g99)} | added p50 ${ms(g50 - d50)} p99 ${ms(g99 - d99)}`,
  );
}

try {
  const direct = await connect(process.execPath, [fsServer, repo]);
  const plain = await connect(process.execPath, [cli, 'gateway', '--config', config('plain')]);
  const logged = await connect(process.execPath, [
    cli,
    'gateway',
    '--config',
    config('logged'),
    '--decision-log',
    path.join(dir, 'decisions.jsonl'),
  ]);
  console.log(`${N} sequential calls each (after ${WARMUP} warm-up), ${ROUNDS} alternating rounds; target: added p50 < 0.5 ms`);
  const read = { path: path.join(repo, 'docs/index.md') };
  const write = { path: path.join(repo, 'docs/bench.md') };
  await compare('read_text_file', direct, plain, 'read_text_file', read);
  await compare('write_file (one path, empty)', direct, plain, 'write_file', { ...write, content: '' });
  await compare('read_text_file + decision log', direct, logged, 'read_text_file', read);
  await Promise.all([direct.close(), plain.close(), logged.close()]);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
