// MCP server round trips over stdio: the bundled CLI (`node dist/cli.js mcp`) driven by the SDK's
// own client, as an agent host drives it. Reports p50/p99 latency per tool call and decisions per
// second, sequentially and with several calls in flight, without and with the decision log
// (group commit: one write + fdatasync per batch). Prints figures; asserts nothing.
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { getDefaultEnvironment, StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
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

console.log(
  `MCP over stdio (SDK client → node dist/cli.js mcp), pack ${path.relative(root, packFile)}; targets: p50 < 0.15 ms, ≥ 25,000 calls/s with 16 in flight, ≥ 10,000 calls/s with 16 in flight and the decision log`,
);
console.log(['case', 'p50', 'p99', 'calls/s'].join(' | '));
for (const row of rows) console.log(row.join(' | '));
