// Pack compiler benchmark: generate and check on the seed manifest and on synthetic manifests of
// 250 to 2,000 workflows (growth should be linear), plus the wall time of a cold CLI `check`
// (a fresh `node dist/cli.js check` process each time), the figure users feel in CI and hooks.
// Target: cold CLI check of the seed under 150 ms. Prints figures; never fails on a timing.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileManifest, checkDrift } from '../dist/lib.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'dist/cli.js');
const seedPath = path.resolve(root, '../shared/reference/seed-manifest.json');
const MANIFEST = 'data/control-plane/workflow-manifests.json';
const SEED_OPTIONS = [
  '--policy-id',
  'security-recipes-mcp-gateway-policy-pack',
  '--intent',
  'Convert SecurityRecipes workflow manifests into an enforceable MCP gateway policy pack for scoped tool access, reviewer-gated writes, runtime session disablement, and audit evidence.',
];

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => `${x.toFixed(1)} ms`;

/** Median wall time of fn over `runs` runs, after a warm-up. */
function time(fn, runs) {
  fn();
  const xs = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    xs.push(performance.now() - t);
  }
  return median(xs);
}

/** Median, min and max wall time of a fresh `node dist/cli.js <args>` (or of `node <nodeArgs>`) in `cwd`. */
function coldCli(args, cwd, runs, nodeArgs = [cli, ...args]) {
  const xs = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const r = spawnSync(process.execPath, nodeArgs, { cwd, encoding: 'utf8' });
    xs.push(performance.now() - t);
    if (r.status !== 0) throw new Error(`cli ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  }
  return { median: median(xs), min: Math.min(...xs), max: Math.max(...xs) };
}

function repoWith(manifestText) {
  const dir = mkdtempSync(path.join(tmpdir(), 'mgp-bench-'));
  mkdirSync(path.join(dir, path.dirname(MANIFEST)), { recursive: true });
  writeFileSync(path.join(dir, MANIFEST), manifestText);
  return dir;
}

/** A manifest of n workflows, each with three scopes, six gate phases, evidence and KPIs, like a real one. */
function synthetic(n) {
  const phases = ['admission', 'tool_call', 'output', 'pre_merge', 'post_merge', 'runtime'];
  const workflows = [];
  for (let i = 0; i < n; i++) {
    const id = `workflow-${String(i).padStart(5, '0')}`;
    workflows.push({
      id,
      title: `Synthetic workflow ${i} — ünïcode 🚀`,
      status: i % 7 === 0 ? 'paused' : 'active',
      maturity_stage: ['crawl', 'walk', 'run'][i % 3],
      content_path: `docs/workflows/${id}.md`,
      public_path: `/workflows/${id}/`,
      owner: { accountable_team: `Team ${i % 40}`, reviewer_pools: [`pool-${i % 13}`, 'service-owner'], escalation: 'on-call' },
      eligible_findings: ['a finding the workflow is built for', 'a second kind of finding'],
      default_agents: ['codex', 'claude', 'cursor'],
      automation_first: ['scanner autofix', 'dependency bot'],
      mcp_context: [
        { namespace: `findings.ns${i % 50}`, access: 'read', purpose: 'Read the finding.' },
        { namespace: 'repo.contents', access: 'write_branch', purpose: 'Patch files on an agent branch.' },
        { namespace: `tickets.t${i % 20}`, access: i % 5 === 0 ? 'approval_required' : 'write_ticket', purpose: 'Track the work.' },
      ],
      scope: {
        allowed_paths: ['src/**', 'test/**', `services/s${i}/**`],
        forbidden_paths: ['.github/**', 'infra/**', '**/*.pem'],
        max_changed_files: 8,
        max_diff_lines: 400,
      },
      gates: Object.fromEntries(phases.map((p) => [p, [`${p} rule one for ${id}`, `${p} rule two`]])),
      evidence: [
        { id: `${id}-scan`, source: 'scanner output', retention: '365d', evidence_owner: 'Security' },
        { id: `${id}-audit`, source: 'MCP gateway audit log', retention: '365d', evidence_owner: 'Platform' },
      ],
      kpis: [
        { id: 'lead_time_p50', target: '<= 2 days' },
        { id: 'regression_rate', target: '<= 1%' },
      ],
      kill_signals: ['a write outside the declared scope', 'a secret access attempt'],
    });
  }
  return JSON.stringify(
    {
      schema_version: '1.0',
      last_reviewed: '2026-11-20',
      required_gate_phases: phases,
      workflow_defaults: {
        branch_prefix: 'agent/',
        required_pr_label: 'agent-change',
        max_open_prs_per_repo: 4,
        evidence_retention_days: 365,
      },
      workflows,
    },
    null,
    2,
  );
}

const dirs = [];
try {
  // Seed manifest.
  if (existsSync(seedPath)) {
    const text = readFileSync(seedPath, 'utf8');
    const options = { manifestPath: MANIFEST, policyId: SEED_OPTIONS[1], intent: SEED_OPTIONS[3] };
    const packText = compileManifest(text, options).packText;
    const generate = time(() => compileManifest(text, options), 200);
    const check = time(() => checkDrift(compileManifest(text, options).packText, packText), 200);
    const repo = repoWith(text);
    dirs.push(repo);
    spawnSync(process.execPath, [cli, 'generate', ...SEED_OPTIONS], { cwd: repo });
    const coldGenerate = coldCli(['generate', ...SEED_OPTIONS], repo, 11);
    const coldCheck = coldCli(['check', ...SEED_OPTIONS], repo, 21);
    const nodeOnly = coldCli([], repo, 21, ['-e', '0']);
    console.log(`seed manifest (8 workflows, ${(text.length / 1024).toFixed(0)} KiB):`);
    console.log(`  in-process  generate ${ms(generate)}  check ${ms(check)}  (median)`);
    console.log(
      `  cold CLI    generate ${ms(coldGenerate.median)}  check ${ms(coldCheck.median)} (min ${ms(coldCheck.min)}, max ${ms(coldCheck.max)})  target < 150 ms`,
    );
    console.log(`  for scale: a bare \`node -e 0\` on this machine ${ms(nodeOnly.median)} (min ${ms(nodeOnly.min)})`);
  } else {
    console.log(`seed manifest: skipped, ${seedPath} is absent (../shared/reference is not beside this checkout)`);
  }

  // Synthetic manifests: growth with workflow count.
  console.log('\nsynthetic manifests (in-process median; cold CLI median of 5):');
  console.log('  workflows   manifest KiB   generate     per workflow   check        cold CLI check');
  for (const n of [250, 500, 1000, 2000]) {
    const text = synthetic(n);
    const packText = compileManifest(text).packText;
    const runs = n >= 1000 ? 10 : 20;
    const generate = time(() => compileManifest(text), runs);
    const check = time(() => checkDrift(compileManifest(text).packText, packText), runs);
    const repo = repoWith(text);
    dirs.push(repo);
    spawnSync(process.execPath, [cli, 'generate'], { cwd: repo });
    const cold = coldCli(['check'], repo, 5);
    console.log(
      `  ${String(n).padStart(9)}   ${(text.length / 1024).toFixed(0).padStart(12)}   ${ms(generate).padStart(10)}   ${(generate / n).toFixed(3).padStart(9)} ms   ${ms(check).padStart(10)}   ${ms(cold.median).padStart(10)}`,
    );
  }
} finally {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
}
