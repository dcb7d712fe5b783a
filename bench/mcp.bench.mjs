// MCP server round trips over stdio: the bundled CLI (`node dist/cli.js mcp`) driven by the SDK's
// own client, as an agent host drives it. Reports p50/p99 latency per tool call and decisions per
// second, sequentially and with several calls in flight, without and with the decision log
// (group commit: one write + fdatasync per batch).
// The SDK client costs more CPU per call than the server, so on a small machine it is the
// bottleneck; a second table drives the same server with a lean raw JSON-RPC client (newline-
// delimited JSON over the pipes, nothing else) to measure the server itself, with the server's own
// CPU time per call (from /proc) and, from a CPU profile of the server under that load, the share
// of its CPU spent in the engine, input validation, serialisation and pipe writes, the decision log,
// GC and the rest. Prints figures; asserts nothing.
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { getDefaultEnvironment, StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'dist/cli.js');
const packFile = path.join(root, 'data/policy/mcp-gateway-policy.json');
const pack = JSON.parse(readFileSync(packFile, 'utf8'));

const SEQUENTIAL = 5000;
const WARMUP = 500;
const CONCURRENT = 20000;

function requests() {
  const w = pack.workflow_policies.find((x) => x.tool_access.allowed_mcp_scopes.some((s) => s.access === 'write_branch'));
  const read = w.tool_access.allowed_mcp_scopes.find((s) => s.access === 'read') ?? w.tool_access.allowed_mcp_scopes[0];
  const write = w.tool_access.allowed_mcp_scopes.find((s) => s.access === 'write_branch');
  const base = { workflow_id: w.workflow_id, agent_id: w.identity.allowed_agents[0], run_id: 'bench', gate_phase: 'tool_call' };
  const paths = w.change_scope.allowed_paths.slice(0, 4).map((g, i) =>
    g
      .replace(/\*\*\//g, 'a/')
      .replace(/\*\*/g, `f${i}.txt`)
      .replace(/\*/g, 'x'),
  );
  return {
    read: { ...base, tool_namespace: read.namespace, tool_access_mode: read.access },
    branch_write: {
      ...base,
      tool_namespace: write.namespace,
      tool_access_mode: 'write_branch',
      branch_name: `${w.dispatch.required_branch_prefix ?? ''}bench`,
      changed_paths: paths,
      diff_line_count: 10,
    },
  };
}

async function connect(extraArgs) {
  const transport = new StdioClientTransport({
    command: process.execPath,
    args: [cli, 'mcp', '--policy', packFile, ...extraArgs],
    env: getDefaultEnvironment(),
    stderr: 'ignore',
  });
  const client = new Client({ name: 'mcp-bench', version: '0' });
  await client.connect(transport);
  await client.listTools(); // caches output validators, as a host does once
  return client;
}

const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const ms = (x) => `${x.toFixed(3)} ms`;

async function sequential(client, name, args, n) {
  for (let i = 0; i < WARMUP; i++) await client.callTool({ name, arguments: args });
  const times = new Float64Array(n);
  let decision;
  const t0 = performance.now();
  for (let i = 0; i < n; i++) {
    const s = performance.now();
    const r = await client.callTool({ name, arguments: args });
    times[i] = performance.now() - s;
    decision = r.structuredContent?.decision;
  }
  const total = performance.now() - t0;
  times.sort();
  return { p50: pct(times, 50), p99: pct(times, 99), perSec: (n / total) * 1000, decision };
}

async function concurrent(client, name, args, n, inFlight) {
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: inFlight }, async () => {
      while (next++ < n) await client.callTool({ name, arguments: args });
    }),
  );
  return (n / (performance.now() - t0)) * 1000;
}

const reqs = requests();
const rows = [];
const client = await connect([]);
for (const [label, args] of Object.entries(reqs)) {
  const r = await sequential(client, 'recipes_evaluate_mcp_gateway_decision', args, SEQUENTIAL);
  rows.push([`evaluate ${label} (${r.decision}), sequential`, ms(r.p50), ms(r.p99), Math.round(r.perSec)]);
}
const get = await sequential(client, 'recipes_mcp_gateway_policy', { workflow_id: reqs.read.workflow_id }, SEQUENTIAL);
rows.push(['policy one workflow, sequential', ms(get.p50), ms(get.p99), Math.round(get.perSec)]);
for (const inFlight of [8, 16, 32]) {
  const perSec = await concurrent(client, 'recipes_evaluate_mcp_gateway_decision', reqs.branch_write, CONCURRENT, inFlight);
  rows.push([`evaluate branch_write, ${inFlight} in flight`, '', '', Math.round(perSec)]);
}
await client.close();

const dir = mkdtempSync(path.join(tmpdir(), 'mcp-bench-'));
try {
  const logged = await connect(['--decision-log', path.join(dir, 'decisions.jsonl')]);
  const r = await sequential(logged, 'recipes_evaluate_mcp_gateway_decision', reqs.branch_write, 2000);
  rows.push(['evaluate branch_write + decision log (fdatasync), sequential', ms(r.p50), ms(r.p99), Math.round(r.perSec)]);
  for (const inFlight of [8, 16]) {
    const perSec = await concurrent(logged, 'recipes_evaluate_mcp_gateway_decision', reqs.branch_write, 10000, inFlight);
    rows.push([`evaluate branch_write + decision log (group commit), ${inFlight} in flight`, '', '', Math.round(perSec)]);
  }
  await logged.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}

// --- The raw JSON-RPC client: the server measured, not the client.

/** Spawns the server with a minimal client: newline-delimited JSON-RPC over its stdin and stdout. */
async function rawServer(extraArgs, nodeArgs = []) {
  const child = spawn(process.execPath, [...nodeArgs, cli, 'mcp', '--policy', packFile, ...extraArgs], {
    stdio: ['pipe', 'pipe', 'ignore'],
  });
  const waiting = new Map();
  let id = 0;
  let rest = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk) => {
    rest += chunk;
    for (let nl = rest.indexOf('\n'); nl !== -1; nl = rest.indexOf('\n')) {
      const message = JSON.parse(rest.slice(0, nl));
      rest = rest.slice(nl + 1);
      const resolve = waiting.get(message.id);
      waiting.delete(message.id);
      resolve?.(message);
    }
  });
  const request = (method, params) =>
    new Promise((resolve) => {
      const n = ++id;
      waiting.set(n, resolve);
      child.stdin.write(JSON.stringify({ jsonrpc: '2.0', id: n, method, params }) + '\n');
    });
  await request('initialize', { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'mcp-bench-raw', version: '0' } });
  child.stdin.write(JSON.stringify({ jsonrpc: '2.0', method: 'notifications/initialized' }) + '\n');
  /** The server's user + system CPU so far, in ms (Linux /proc; NaN elsewhere). */
  const cpuMs = () => {
    try {
      const f = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1].split(' ');
      return (Number(f[11]) + Number(f[12])) * 10;
    } catch {
      return NaN;
    }
  };
  const call = async (name, args) => {
    const r = await request('tools/call', { name, arguments: args });
    if (r.error || r.result?.isError) throw new Error(`tools/call failed: ${JSON.stringify(r.error ?? r.result)}`);
    return r.result;
  };
  const close = async () => {
    child.stdin.end();
    if (child.exitCode === null) await new Promise((resolve) => child.once('exit', resolve));
  };
  return { call, cpuMs, close };
}

async function rawSequential(server, args, n) {
  for (let i = 0; i < WARMUP; i++) await server.call(EVALUATE, args);
  const times = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const s = performance.now();
    await server.call(EVALUATE, args);
    times[i] = performance.now() - s;
  }
  times.sort();
  return { p50: pct(times, 50), p99: pct(times, 99) };
}

/** Calls/s with `inFlight` callers, and the server's CPU per call (µs) and use of one core (%). */
async function rawConcurrent(server, args, n, inFlight) {
  let next = 0;
  const c0 = server.cpuMs();
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: inFlight }, async () => {
      while (next++ < n) await server.call(EVALUATE, args);
    }),
  );
  const wall = performance.now() - t0;
  const cpu = server.cpuMs() - c0;
  return { perSec: (n / wall) * 1000, cpuPerCall: (cpu * 1000) / n, core: (100 * cpu) / wall };
}

const EVALUATE = 'recipes_evaluate_mcp_gateway_decision';
const rawRows = [];
const cpuCell = (r) => (Number.isNaN(r.cpuPerCall) ? '' : `${r.cpuPerCall.toFixed(1)} µs (${r.core.toFixed(0)}% of a core)`);
{
  const server = await rawServer([]);
  const r = await rawSequential(server, reqs.branch_write, SEQUENTIAL);
  rawRows.push(['evaluate branch_write, sequential', ms(r.p50), ms(r.p99), '', '']);
  await rawConcurrent(server, reqs.branch_write, WARMUP * 4, 16);
  const c = await rawConcurrent(server, reqs.branch_write, CONCURRENT, 16);
  rawRows.push(['evaluate branch_write, 16 in flight', '', '', Math.round(c.perSec), cpuCell(c)]);
  await server.close();
}
const dir2 = mkdtempSync(path.join(tmpdir(), 'mcp-bench-raw-'));
try {
  const server = await rawServer(['--decision-log', path.join(dir2, 'decisions.jsonl')]);
  await rawConcurrent(server, reqs.branch_write, WARMUP * 4, 16);
  const c = await rawConcurrent(server, reqs.branch_write, 10000, 16);
  rawRows.push(['evaluate branch_write + decision log (group commit), 16 in flight', '', '', Math.round(c.perSec), cpuCell(c)]);
  await server.close();
} finally {
  rmSync(dir2, { recursive: true, force: true });
}

// --- Where the server's CPU goes: a CPU profile of the server under the raw 16-in-flight load.

/** Each sample's category, from the frames on its stack (the first rule that matches, in order). */
const CATEGORIES = [
  ['decision log (entry, hash, write, fdatasync)', /^(append|schedule|flush|hmacHex|sha256Hex|fdatasync)$/],
  ['engine (evaluate)', /^decide$/],
  [
    'input validation (JSON-RPC and tools/call schemas, argument checks)',
    /safeParse|parseWithCompat|_zod|^deserializeMessage$|^isJSONRPC|^directCall$|^elementsOver$/,
  ],
  ['serialisation and pipe writes', /^(send|writeOut|serializeMessage|summariseDecision|writeUtf8String|writeGeneric|writeOrBuffer)$/],
];

function shares(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const category = new Map();
  const categoryOf = (id) => {
    if (category.has(id)) return category.get(id);
    const name = byId.get(id).callFrame.functionName;
    let c;
    if (name === '(garbage collector)') c = 'garbage collection';
    else if (name === '(idle)') c = 'idle';
    else {
      const hit = CATEGORIES.find(([, re]) => re.test(name));
      const up = parent.get(id);
      const above = up === undefined ? undefined : categoryOf(up);
      // The outermost matching frame decides (a log entry's serialisation is the log's).
      c = above !== undefined && above !== 'other' ? above : hit ? hit[0] : 'other';
    }
    category.set(id, c);
    return c;
  };
  const totals = new Map();
  for (let i = 0; i < profile.samples.length; i++) {
    const c = categoryOf(profile.samples[i]);
    totals.set(c, (totals.get(c) ?? 0) + (profile.timeDeltas[i] ?? 0));
  }
  totals.delete('idle');
  const busy = [...totals.values()].reduce((a, b) => a + b, 0);
  return { busy, rows: [...totals].sort((a, b) => b[1] - a[1]).map(([c, t]) => [c, (100 * t) / busy]) };
}

async function profiled(extraArgs, n) {
  const profDir = mkdtempSync(path.join(tmpdir(), 'mcp-bench-prof-'));
  try {
    const server = await rawServer(extraArgs(profDir), ['--cpu-prof', `--cpu-prof-dir=${profDir}`]);
    await rawConcurrent(server, reqs.branch_write, n, 16);
    await server.close();
    const file = readdirSync(profDir).find((f) => f.endsWith('.cpuprofile'));
    return file && existsSync(path.join(profDir, file)) ? shares(JSON.parse(readFileSync(path.join(profDir, file), 'utf8'))) : null;
  } finally {
    rmSync(profDir, { recursive: true, force: true });
  }
}
const plainShares = await profiled(() => [], CONCURRENT);
const loggedShares = await profiled((d) => ['--decision-log', path.join(d, 'decisions.jsonl')], 10000);

console.log(
  `MCP over stdio (SDK client → node dist/cli.js mcp), pack ${path.relative(root, packFile)}; targets: p50 < 0.15 ms, ≥ 25,000 calls/s with 16 in flight, ≥ 10,000 calls/s with 16 in flight and the decision log`,
);
console.log(['case', 'p50', 'p99', 'calls/s'].join(' | '));
for (const row of rows) console.log(row.join(' | '));
console.log('');
console.log('The server alone: a raw JSON-RPC client (newline-delimited JSON over the pipes), same server, same calls');
console.log(['case', 'p50', 'p99', 'calls/s', 'server CPU per call'].join(' | '));
for (const row of rawRows) console.log(row.join(' | '));
for (const [label, s] of [
  ['16 in flight', plainShares],
  ['16 in flight + decision log', loggedShares],
]) {
  if (s === null) continue;
  console.log('');
  console.log(`Share of the server's CPU per tools/call (CPU profile, raw client, ${label}; idle excluded)`);
  console.log('where | share');
  for (const [c, share] of s.rows) console.log(`${c} | ${share.toFixed(1)}%`);
}
