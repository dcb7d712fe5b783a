// Decision engine throughput and latency, single thread, against the bundled library (dist/lib.js).
// Targets: ≥ 1,500,000 read decisions/s, ≥ 300,000 eight-path branch-write decisions/s,
// p99 latency < 20 µs. Figures are printed, never asserted: timings depend on the machine.
// Each workload first checks that every request gets the decision it is meant to measure.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// DECISION_DIST=DIR measures another build (say, of the base commit) for a side-by-side comparison.
const dist = path.resolve(process.env.DECISION_DIST ?? path.join(root, 'dist'));
const { compileManifest, loadPolicy } = await import(pathToFileURL(path.join(dist, 'lib.js')).href);
const NOW = new Date('2026-11-29T12:00:00Z');
const TARGET = { read: 1_500_000, write8: 300_000, p99Micros: 20 };

/** Reads of every read scope, and 8-path writes on every workflow whose scope can take 8 paths. */
function workloads(policy, writePaths) {
  const reads = [];
  const writes = [];
  for (const id of policy.workflowIds()) {
    const w = policy.workflow(id);
    if (w.status !== 'active') continue;
    const agent = w.identity.allowed_agents[0];
    for (const s of w.tool_access.allowed_mcp_scopes) {
      const base = {
        workflow_id: id,
        agent_id: `sr-agent::${id}::${agent}`,
        run_id: 'run-bench',
        tool_namespace: s.namespace,
        tool_access_mode: s.access,
        gate_phase: 'tool_call',
      };
      if (s.access === 'read') reads.push(base);
      const paths = writePaths(w);
      if (s.access === 'write_branch' && paths && w.change_scope.max_changed_files >= 8) {
        writes.push({
          ...base,
          branch_name: `${w.dispatch.required_branch_prefix}bench-1`,
          changed_paths: paths,
          diff_line_count: Math.min(40, w.change_scope.max_diff_lines),
        });
      }
    }
  }
  return { reads: reads.slice(0, 64), writes: writes.slice(0, 64) };
}

function check(policy, requests, expected) {
  for (const r of requests) {
    const d = policy.evaluate(r, { now: NOW });
    if (d.decision !== expected)
      throw new Error(`bench workload is wrong: ${r.workflow_id} gave ${d.decision}: ${d.violations.join('; ')}`);
  }
}

function throughput(policy, requests, minMillis = 1500) {
  const options = { now: NOW };
  const n = requests.length;
  // Warm up, then run rounds of fixed size until enough time has passed; report the median round.
  for (let i = 0; i < 200_000; i++) policy.evaluate(requests[i % n], options);
  const rounds = [];
  const perRound = 200_000;
  const start = process.hrtime.bigint();
  while (Number(process.hrtime.bigint() - start) / 1e6 < minMillis || rounds.length < 5) {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < perRound; i++) policy.evaluate(requests[i % n], options);
    rounds.push(perRound / (Number(process.hrtime.bigint() - t0) / 1e9));
  }
  rounds.sort((a, b) => a - b);
  return rounds[Math.floor(rounds.length / 2)];
}

function latency(policy, requests, samples = 200_000) {
  const options = { now: NOW };
  const n = requests.length;
  const times = new Float64Array(samples);
  for (let i = 0; i < samples; i++) {
    const r = requests[i % n];
    const t0 = process.hrtime.bigint();
    policy.evaluate(r, options);
    times[i] = Number(process.hrtime.bigint() - t0) / 1000;
  }
  times.sort();
  return { p50: times[Math.floor(samples * 0.5)], p99: times[Math.floor(samples * 0.99)] };
}

const rows = [];
function measure(label, policy, writePaths) {
  const { reads, writes } = workloads(policy, writePaths);
  check(policy, reads, 'allow');
  check(policy, writes, 'allow_scoped_branch');
  for (const [kind, requests, target] of [
    ['read', reads, TARGET.read],
    ['8-path write', writes, TARGET.write8],
  ]) {
    if (requests.length === 0) {
      console.log(`${label}: no ${kind} workload in this pack, skipped`);
      continue;
    }
    const perSecond = throughput(policy, requests);
    const { p50, p99 } = latency(policy, requests);
    rows.push({ pack: label, workload: `${kind} (${requests.length} reqs)`, perSecond, target, p50, p99 });
  }
}

// The seed pack (the format designers' reference data) when it is beside the repo.
const seedPath = path.resolve(root, '../shared/reference/seed-pack.json');
if (existsSync(seedPath)) {
  const seed = loadPolicy(readFileSync(seedPath));
  const seedPaths = (w) =>
    w.workflow_id === 'sensitive-data-remediation'
      ? [
          'src/app/main.py',
          'src/util.ts',
          'app/models/user.rb',
          'config/settings.yaml',
          'schemas/user.json',
          'test/test_main.py',
          'tests/unit/test_x.py',
          'fixtures/data.json',
        ]
      : null;
  measure('seed pack (8 workflows)', seed, seedPaths);
} else {
  console.log(`seed pack: skipped, ../shared/reference is absent (${seedPath})`);
}

// A 1,000-workflow pack compiled from the example manifest, its workflows repeated under new ids.
const manifest = JSON.parse(readFileSync(path.join(root, 'data/control-plane/workflow-manifests.json'), 'utf8'));
const templates = manifest.workflows;
manifest.workflows = Array.from({ length: 1000 }, (_, i) => ({
  ...structuredClone(templates[i % templates.length]),
  id: `${templates[i % templates.length].id}-${i}`,
}));
const t0 = performance.now();
const compiled = compileManifest(JSON.stringify(manifest, null, 2));
const big = loadPolicy(compiled.packText);
const buildMillis = performance.now() - t0;
console.log(`1,000-workflow pack: ${(compiled.packText.length / 1e6).toFixed(1)} MB, compiled and loaded in ${buildMillis.toFixed(0)} ms`);
const docsPaths = (w) =>
  w.workflow_id.startsWith('docs-maintenance-')
    ? [
        'docs/guide.md',
        'docs/intro.md',
        'docs/api/reference.md',
        'docs/how-to/setup.md',
        'README.md',
        'docs/.vitepress/notes.md',
        'CHANGELOG.md',
        'docs/faq.md',
      ]
    : null;
measure('1,000-workflow pack', big, docsPaths);

const fmt = (n) => Math.round(n).toLocaleString('en-US');
console.log('');
console.log('| pack | workload | decisions/s | target | p50 µs | p99 µs | p99 target |');
console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: |');
for (const r of rows) {
  const ok = r.perSecond >= r.target && r.p99 < TARGET.p99Micros ? 'meets' : 'BELOW';
  console.log(
    `| ${r.pack} | ${r.workload} | ${fmt(r.perSecond)} | ≥ ${fmt(r.target)} | ${r.p50.toFixed(2)} | ${r.p99.toFixed(2)} | < ${TARGET.p99Micros} (${ok}) |`,
  );
}
console.log(
  `\nnode ${process.version}, ${process.arch}; one thread; p50/p99 from ${fmt(200_000)} individually timed calls (timer overhead included).`,
);
