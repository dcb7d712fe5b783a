// `npm run demo`: the PR admission check on the shipped example, end to end and offline.
// Makes a small git repository holding the example manifest and pack on `main`, opens two agent
// branches on it, and runs the bundled CLI (`node dist/cli.js admit …`) on each, printing the
// decision and the evidence. Nothing is installed or written outside a temp folder.
// `--keep` leaves the demo repository in place; `--json` prints the complete evidence records.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const MANIFEST = 'data/control-plane/workflow-manifests.json';
const PACK = 'data/policy/mcp-gateway-policy.json';
const keep = process.argv.includes('--keep');
const json = process.argv.includes('--json');

const dir = mkdtempSync(path.join(tmpdir(), 'mcp-gateway-policy-demo-'));
// The user's own git settings (signing, hooks, templates) must not change or break the demo.
const git = (...args) =>
  execFileSync(
    'git',
    ['-c', 'commit.gpgsign=false', '-c', 'core.hooksPath=/dev/null', '-c', 'user.name=Demo', '-c', 'user.email=demo@example.com', ...args],
    {
      cwd: dir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  ).trim();
const write = (file, text) => {
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  writeFileSync(path.join(dir, file), text);
};
const commit = (message) => {
  git('add', '-A');
  git('commit', '-q', '-m', message);
  return git('rev-parse', 'HEAD');
};

let failed = false;
try {
  git('init', '-q', '--template=', '-b', 'main');
  write(MANIFEST, readFileSync(path.join(root, MANIFEST), 'utf8'));
  write(PACK, readFileSync(path.join(root, PACK), 'utf8'));
  write('docs/guide.md', '# Guide\n\nRun the teh tests before you push.\n');
  write('.github/workflows/ci.yml', 'on: pull_request\njobs: {}\n');
  commit('Example repository with the policy pack');

  // PR 1: Claude fixes a typo in the docs; a docs reviewer approves the head commit.
  git('checkout', '-q', '-b', 'agent/docs-maintenance/fix-typo', 'main');
  write('docs/guide.md', '# Guide\n\nRun the tests before you push.\n');
  const head1 = commit('Fix a typo in the guide');
  const now = Date.now();
  const approval = path.join(dir, '..', `${path.basename(dir)}-approval.json`);
  writeFileSync(
    approval,
    JSON.stringify(
      {
        type: 'human_approval',
        approval_id: 'apr-demo-1',
        decision: 'approved',
        workflow_id: 'docs-maintenance',
        run_id: `local-${head1}`,
        gate_phase: 'pre_merge',
        scope: { head_sha: head1 },
        approver: { id: 'dana', type: 'human', reviewer_pool: 'docs-reviewers' },
        issued_at: new Date(now - 3_600_000).toISOString(),
        expires_at: new Date(now + 3_600_000).toISOString(),
        reason: 'Read the diff: a one-word docs fix.',
      },
      null,
      2,
    ),
  );

  // PR 2: the same agent also "fixes" CI, which no agent may touch, whatever the manifest says.
  git('checkout', '-q', '-b', 'agent/docs-maintenance/fix-ci', 'main');
  write('docs/guide.md', '# Guide\n\nRun the tests before you push.\n');
  write('.github/workflows/ci.yml', 'on: pull_request_target\njobs: {}\n');
  commit('Fix the guide and the CI trigger');
  git('checkout', '-q', 'main');

  console.log(`Demo repository: ${dir} (pack and manifest committed on main)\n`);
  const prs = [
    {
      title: 'PR 1: claude[bot] fixes a typo in docs/guide.md; dana (docs-reviewers) approved the head commit',
      branch: 'agent/docs-maintenance/fix-typo',
      extra: ['--approval', approval],
      expect: 'allow',
    },
    {
      title: 'PR 2: claude[bot] edits docs/guide.md and .github/workflows/ci.yml',
      branch: 'agent/docs-maintenance/fix-ci',
      extra: [],
      expect: 'deny',
    },
  ];
  for (const pr of prs) {
    const args = [
      'admit',
      '--repo',
      dir,
      '--policy',
      PACK,
      '--base',
      'main',
      '--head',
      pr.branch,
      '--agent-login',
      'claude[bot]',
      '--label',
      'agent-change',
      ...pr.extra,
    ];
    console.log(`━━ ${pr.title}`);
    console.log(`$ mcp-gateway-policy ${args.map(shellQuote).join(' ').replace(dir, '<demo repo>').replace(approval, 'approval.json')}\n`);
    const r = spawnSync(process.execPath, [path.join(root, 'dist/cli.js'), ...args, '--json'], { encoding: 'utf8' });
    if (r.status === 2 || r.stdout.trim() === '') {
      console.error(r.stderr || `admit exited with ${r.status} and printed nothing`);
      failed = true;
      continue;
    }
    const record = JSON.parse(r.stdout);
    const markdown = spawnSync(process.execPath, [path.join(root, 'dist/cli.js'), ...args], { encoding: 'utf8' }).stdout;
    // The Markdown's last part is the complete record as JSON for tools; --json shows it here.
    console.log(json ? r.stdout : markdown.split('\n<details>')[0].trimEnd());
    console.log(`\n→ decision: ${record.decision} (exit ${r.status}), evidence_sha256 ${record.evidence_sha256}\n`);
    if (record.decision !== pr.expect) {
      console.error(`demo: expected ${pr.expect}, got ${record.decision}`);
      failed = true;
    }
  }
  rmSync(approval, { force: true });
} catch (err) {
  console.error(`demo failed: ${err.stderr?.toString().trim() || err.message}`);
  failed = true;
} finally {
  if (keep) console.log(`Kept ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}
process.exitCode = failed ? 1 : 0;

function shellQuote(s) {
  return /^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}
