// Admission benchmark, local git mode: a 3,000-file, 100,000-line agent PR on the shipped example
// manifest (workflow docs-maintenance, its limits raised to 5,000 files and 200,000 lines so that
// every path is judged and the approvals weighed: the worst case), with 100 renames and two typed
// approval records.
// Setup (building the repository) is not measured. Measured, median of 5 runs after a warm-up:
// - the admission itself in this process: collectLocalAdmissionInput (git plumbing) + admit();
//   CPU of this process (process.cpuUsage) and of the git processes it ran (Linux /proc
//   cutime+cstime of reaped children), and wall time;
// - the bundled CLI end to end (`node dist/cli.js admit --json`), CPU of it and its git children.
// Target: under 1 s of CPU. Prints figures; never fails on a timing.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { admit, collectLocalAdmissionInput, compileManifest, sealEvidence } from '../dist/lib.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const MANIFEST = 'data/control-plane/workflow-manifests.json';
const PACK = 'data/policy/mcp-gateway-policy.json';
const MODIFIED = 1900; // 10-line files rewritten as 20 new lines: 30 changed lines each
const RENAMED = 100; // moved and rewritten the same way
const ADDED = 1000; // new 42- and 43-line files
const RUNS = 5;

const dir = mkdtempSync(path.join(tmpdir(), 'admission-bench-'));
const git = (...args) =>
  execFileSync(
    'git',
    [
      '-c',
      'commit.gpgsign=false',
      '-c',
      'core.hooksPath=/dev/null',
      '-c',
      'user.name=Bench',
      '-c',
      'user.email=bench@example.com',
      ...args,
    ],
    {
      cwd: dir,
      encoding: 'utf8',
      maxBuffer: 1 << 28,
    },
  ).trim();
const write = (file, text) => {
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  writeFileSync(path.join(dir, file), text);
};
const text = (n, tag) => Array.from({ length: n }, (_, i) => `${tag} line ${i}`).join('\n') + '\n';
const page = (i) => `docs/section-${i % 50}/page-${i}.md`;

try {
  // Setup: base with 2,000 pages, head rewriting, moving and adding pages.
  git('init', '-q', '--template=', '-b', 'main');
  const manifest = JSON.parse(readFileSync(path.join(root, MANIFEST), 'utf8'));
  const docs = manifest.workflows.find((w) => w.id === 'docs-maintenance');
  docs.scope.max_changed_files = 5000;
  docs.scope.max_diff_lines = 200000;
  const manifestText = JSON.stringify(manifest, null, 2) + '\n';
  write(MANIFEST, manifestText);
  write(PACK, compileManifest(manifestText, { manifestPath: MANIFEST }).packText);
  for (let i = 0; i < MODIFIED + RENAMED; i++) write(page(i), text(10, `old ${i}`));
  git('add', '-A');
  git('commit', '-q', '-m', 'base');
  git('checkout', '-q', '-b', 'agent/docs-maintenance/big');
  for (let i = 0; i < MODIFIED; i++) write(page(i), text(20, `new ${i}`));
  for (let i = MODIFIED; i < MODIFIED + RENAMED; i++) {
    // Keep most of the content so git sees a rename, and change a little.
    rmSync(path.join(dir, page(i)));
    write(`docs/moved/page-${i}.md`, text(10, `old ${i}`) + text(1, `moved ${i}`));
  }
  // 57,000 + 100 lines so far; the added pages bring it to exactly 100,000.
  for (let i = 0; i < ADDED; i++) write(`docs/new/page-${i}.md`, text(i < 900 ? 43 : 42, `added ${i}`));
  git('add', '-A');
  git('commit', '-q', '-m', 'big docs change');
  const head = git('rev-parse', 'HEAD');
  git('checkout', '-q', 'main');

  const now = new Date().toISOString();
  const approvals = ['dana', 'erin'].map((id) => ({
    type: 'human_approval',
    approval_id: `apr-${id}`,
    decision: 'approved',
    workflow_id: 'docs-maintenance',
    run_id: `local-${head}`,
    gate_phase: 'pre_merge',
    scope: { head_sha: head },
    approver: { id, type: 'human', reviewer_pool: 'docs-reviewers' },
    issued_at: new Date(Date.now() - 3_600_000).toISOString(),
    expires_at: new Date(Date.now() + 3_600_000).toISOString(),
  }));
  const options = {
    repoDir: dir,
    base: 'main',
    head: 'agent/docs-maintenance/big',
    packPath: PACK,
    agentLogin: 'claude[bot]',
    labels: ['agent-change'],
    approvalRecords: approvals,
    now,
  };

  const tick = clockTick();
  const childCpu = () => {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[13]) + Number(fields[14])) / tick) * 1000; // cutime + cstime, ms
  };
  const runInProcess = async () => {
    const cpu0 = process.cpuUsage();
    const child0 = childCpu();
    const t0 = performance.now();
    const input = await collectLocalAdmissionInput(options);
    const t1 = performance.now();
    const cpu1 = process.cpuUsage(cpu0);
    const record = sealEvidence(admit(input));
    const t2 = performance.now();
    const cpu2 = process.cpuUsage(cpu0);
    return {
      record,
      collectCpu: (cpu1.user + cpu1.system) / 1000,
      admitCpu: (cpu2.user + cpu2.system - cpu1.user - cpu1.system) / 1000,
      gitCpu: childCpu() - child0,
      collectWall: t1 - t0,
      admitWall: t2 - t1,
    };
  };

  const first = await runInProcess(); // warm-up, and the figures it reports
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await runInProcess());
  const med = (key) => median(runs.map((r) => r[key]));
  const r = first.record;
  console.log(
    `PR: ${r.limits.files.used} files, ${r.limits.diff_lines.used} lines (${r.paths.filter((p) => p.status === 'renamed').length} renames), decision ${r.decision}, ${r.paths.filter((p) => p.verdict === 'allowed').length} paths judged allowed, ${r.approvals.filter((a) => a.counted).length} approvals counted`,
  );
  console.log(`  evaluator requests per run: admission+write, previous paths, pre-merge, 2 approval records`);
  const total = med('collectCpu') + med('admitCpu') + med('gitCpu');
  console.log(`in process (median of ${RUNS}):`);
  console.log(`  read from git  ${ms(med('collectCpu'))} CPU in node + ${ms(med('gitCpu'))} CPU in git, ${ms(med('collectWall'))} wall`);
  console.log(`  admit()        ${ms(med('admitCpu'))} CPU, ${ms(med('admitWall'))} wall`);
  console.log(`  total          ${ms(total)} CPU (target < 1000 ms)`);

  const approvalFiles = approvals.map((a, i) => {
    const f = `${dir}-approval-${i}.json`;
    writeFileSync(f, JSON.stringify(a));
    return f;
  });
  const cli = [];
  for (let i = 0; i < 3; i++) {
    const child0 = childCpu();
    const t0 = performance.now();
    const p = spawnSync(
      process.execPath,
      [
        path.join(root, 'dist/cli.js'),
        'admit',
        '--repo',
        dir,
        '--policy',
        PACK,
        '--base',
        'main',
        '--head',
        'agent/docs-maintenance/big',
        '--agent-login',
        'claude[bot]',
        '--label',
        'agent-change',
        ...approvalFiles.flatMap((f) => ['--approval', f]),
        '--json',
      ],
      { encoding: 'utf8', maxBuffer: 1 << 28 },
    );
    cli.push({ cpu: childCpu() - child0, wall: performance.now() - t0, decision: JSON.parse(p.stdout).decision });
  }
  console.log(
    `CLI end to end (node dist/cli.js admit --json, median of 3): ${ms(median(cli.map((c) => c.cpu)))} CPU incl. git, ${ms(median(cli.map((c) => c.wall)))} wall, decision ${cli[0].decision}`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
  for (let i = 0; i < 2; i++) rmSync(`${dir}-approval-${i}.json`, { force: true });
}

function median(xs) {
  return [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
}
function ms(x) {
  return `${x.toFixed(0)} ms`;
}
function clockTick() {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
}
