import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EvidenceRecord } from '../../src/evidence/types.js';
import { verifyEvidence } from '../../src/evidence/record.js';
import { compileManifest } from '../../src/pack/compile-manifest.js';
import { canonicalJson } from '../../src/util/canonical-json.js';
import { runCli } from '../support/run-cli.js';
import { TempRepo, lines } from './git-repo.js';
import { MANIFEST_PATH, MANIFEST_TEXT, PACK_PATH, PACK_TEXT } from './support.js';

// One repository; each test works on its own branch from main. The agent is Devin in workflow
// app-fix (fixtures/manifest.json): src/** test/** docs/** bin/** assets/** lib/** action.yml data/**
// allowed, secrets/** and **/*.pem forbidden, 5 files, 100 lines, pools security + service-owner.
let repo: TempRepo;
let scratch: string;
const NOW = '2026-11-29T12:00:00Z';
const AGENT = 'devin-ai-integration[bot]';

beforeAll(() => {
  repo = TempRepo.create();
  scratch = mkdtempSync(path.join(tmpdir(), 'admit-records-'));
  repo
    .write(MANIFEST_PATH, MANIFEST_TEXT)
    .write(PACK_PATH, PACK_TEXT)
    .write('src/app.ts', lines(20, 'app'))
    .write('secrets/key.ts', 'export const key = 1;\n')
    .write('.github/workflows/ci.yml', 'on: push\n')
    .write('README.md', '# demo\n');
  repo.commit('base: policy and code');
});

afterAll(() => {
  repo?.remove();
  rmSync(scratch, { recursive: true, force: true });
});

interface Run {
  status: number | null;
  record: EvidenceRecord;
  stderr: string;
}

/** Runs `admit --json` for branch `name` (already committed) with the usual agent options. */
async function admitBranch(name: string, extra: string[] = [], opts: { approvals?: boolean } = {}): Promise<Run> {
  const head = repo.git('rev-parse', name);
  const approvalArgs =
    opts.approvals === false ? [] : ['--approval', record('sam', 'security', head), '--approval', record('olga', 'service-owner', head)];
  const r = await runCli([
    'admit',
    '--repo',
    repo.dir,
    '--policy',
    PACK_PATH,
    '--base',
    'main',
    '--head',
    name,
    '--agent-login',
    AGENT,
    '--label',
    'agent-change',
    '--now',
    NOW,
    '--json',
    ...approvalArgs,
    ...extra,
  ]);
  let parsed: EvidenceRecord;
  try {
    parsed = JSON.parse(r.stdout) as EvidenceRecord;
  } catch {
    throw new Error(`admit printed no JSON (exit ${r.status}): ${r.stdout}\n${r.stderr}`);
  }
  return { status: r.status, record: parsed, stderr: r.stderr };
}

let recordCount = 0;
/** Writes a typed approval record file for `head` and returns its path. */
function record(approver: string, pool: string, head: string, overrides: Record<string, unknown> = {}): string {
  const file = path.join(scratch, `approval-${++recordCount}.json`);
  const body = {
    type: 'human_approval',
    approval_id: `apr-${recordCount}`,
    decision: 'approved',
    workflow_id: 'app-fix',
    run_id: `local-${head}`,
    gate_phase: 'pre_merge',
    scope: { head_sha: head },
    approver: { id: approver, type: 'human', reviewer_pool: pool },
    issued_at: '2026-11-29T09:00:00Z',
    expires_at: '2026-11-29T17:00:00Z',
    reason: 'reviewed the change',
    ...overrides,
  };
  writeFileSync(file, JSON.stringify(body));
  return file;
}

const row = (r: EvidenceRecord, p: string) => r.paths.find((x) => x.path === p);
const gateOf = (r: EvidenceRecord, g: string) => r.gates.find((x) => x.gate === g)?.decision;

describe('admit on a local git repository', () => {
  it('allows an in-scope change with approvals from both pools (exit 0)', async () => {
    repo
      .branch('agent/app-fix/ok')
      .write('src/app.ts', lines(20, 'app') + 'fixed\n')
      .write('test/app.test.ts', lines(3));
    const head = repo.commit('fix app');
    const { status, record: r } = await admitBranch('agent/app-fix/ok');
    expect(r.decision).toBe('allow');
    expect(status).toBe(0);
    expect(r).toMatchObject({
      workflow_id: 'app-fix',
      agent_class: 'devin',
      head_sha: head,
      base_sha: repo.git('rev-parse', 'main'),
      run_id: `local-${head}`,
    });
    expect(r.limits.files).toEqual({ used: 2, max: 5 });
    expect(r.limits.diff_lines).toEqual({ used: 4, max: 100 });
    expect(
      r.approvals
        .filter((a) => a.counted)
        .map((a) => a.reviewer_pool)
        .sort(),
    ).toEqual(['security', 'service-owner']);
  });

  it('holds without approvals (exit 1), and --fail-on can leave hold out (exit 0)', async () => {
    repo.branch('agent/app-fix/hold').write('src/app.ts', 'changed\n');
    const head = repo.commit('change');
    const held = await admitBranch('agent/app-fix/hold', [], { approvals: false });
    expect(held.record.decision).toBe('hold_for_approval');
    expect(held.status).toBe(1);
    expect(held.record.next_steps.join('\n')).toContain(
      `Needs a typed approval record (\`--approval FILE\`) from a member of "security" on ${head.slice(0, 7)}`,
    );
    const lenient = await admitBranch('agent/app-fix/hold', ['--fail-on', 'deny,kill_session'], { approvals: false });
    expect(lenient.record.decision).toBe('hold_for_approval');
    expect(lenient.status).toBe(0);
  });

  it('denies too many files and too many lines', async () => {
    repo.branch('agent/app-fix/wide');
    for (let i = 0; i < 6; i++) repo.write(`src/f${i}.ts`, 'x\n');
    repo.commit('six files');
    const wide = await admitBranch('agent/app-fix/wide');
    expect(wide.record.decision).toBe('deny');
    expect(wide.status).toBe(1);
    expect(wide.record.limits.files).toEqual({ used: 6, max: 5 });

    repo
      .branch('agent/app-fix/long')
      .write('src/long.ts', lines(70))
      .write('src/app.ts', lines(20, 'app').replace('app 1\n', '') + lines(10, 'more'));
    repo.commit('long');
    const long = await admitBranch('agent/app-fix/long');
    expect(long.record.limits.diff_lines).toEqual({ used: 81, max: 100 });
    expect(long.record.decision).toBe('allow');
    repo.write('src/long2.ts', lines(20));
    repo.commit('longer');
    const longer = await admitBranch('agent/app-fix/long');
    expect(longer.record.limits.diff_lines).toEqual({ used: 101, max: 100 });
    expect(longer.record.decision).toBe('deny');
    expect(longer.record.violations.join('\n')).toContain('exceeds max_diff_lines 100');
  });

  it('denies a forbidden path and a rename out of a forbidden directory', async () => {
    repo.branch('agent/app-fix/secret').write('secrets/key.ts', 'export const key = 2;\n');
    repo.commit('touch secret');
    const touched = await admitBranch('agent/app-fix/secret');
    expect(touched.record.decision).toBe('deny');
    expect(row(touched.record, 'secrets/key.ts')).toMatchObject({ verdict: 'forbidden', rule: 'secrets/**' });

    repo.branch('agent/app-fix/move');
    repo.git('mv', 'secrets/key.ts', 'src/key.ts');
    repo.commit('move the key');
    const moved = await admitBranch('agent/app-fix/move');
    expect(moved.record.decision).toBe('deny');
    expect(moved.record.limits.files.used).toBe(1);
    expect(row(moved.record, 'src/key.ts')).toMatchObject({
      status: 'renamed',
      previous_path: 'secrets/key.ts',
      verdict: 'forbidden',
      rule: 'previous path: secrets/**',
    });
  });

  it('denies symlinks, submodules and .gitmodules', async () => {
    repo.branch('agent/app-fix/link').symlink('src/passwd', '../../etc/passwd');
    repo.commit('link');
    const link = await admitBranch('agent/app-fix/link');
    expect(link.record.decision).toBe('deny');
    expect(row(link.record, 'src/passwd')).toMatchObject({ verdict: 'symlink' });

    repo
      .branch('agent/app-fix/sub')
      .write('.gitmodules', '[submodule "lib/vendor"]\n\tpath = lib/vendor\n\turl = https://example.com/x.git\n');
    repo.git('update-index', '--add', '--cacheinfo', `160000,${'1'.repeat(40)},lib/vendor`);
    repo.git('commit', '-q', '-m', 'submodule');
    repo.git('add', '.gitmodules');
    repo.git('commit', '-q', '-m', 'gitmodules');
    const sub = await admitBranch('agent/app-fix/sub');
    expect(sub.record.decision).toBe('deny');
    expect(row(sub.record, 'lib/vendor')).toMatchObject({ verdict: 'submodule', rule: 'submodule (mode 160000)' });
    expect(row(sub.record, '.gitmodules')).toMatchObject({ verdict: 'always_forbidden', rule: '**/.gitmodules' });
  });

  it.each([
    [PACK_PATH, `the pack (${PACK_PATH})`],
    [MANIFEST_PATH, `the manifest (${MANIFEST_PATH})`],
    ['.github/workflows/ci.yml', '.github/workflows/**'],
    ['action.yml', '**/action.yml'],
    ['docs/CODEOWNERS', 'docs/CODEOWNERS'],
  ])('denies an edit of %s, always forbidden for agents', async (file, rule) => {
    const branch = `agent/app-fix/edit-${file.replace(/[^a-z]/gi, '-')}`;
    repo.branch(branch).write(file, '{}\n');
    repo.commit(`edit ${file}`);
    const { record: r } = await admitBranch(branch);
    expect(r.decision).toBe('deny');
    expect(row(r, file)).toMatchObject({ verdict: 'always_forbidden', rule });
  });

  it('lists executable-bit changes and binary files', async () => {
    repo
      .branch('agent/app-fix/flags')
      .write('bin/run.sh', '#!/bin/sh\necho hi\n', 0o755)
      .write('assets/logo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2, 0, 3]));
    repo.commit('add script and logo');
    const { record: r } = await admitBranch('agent/app-fix/flags');
    expect(r.decision).toBe('allow');
    expect(row(r, 'bin/run.sh')).toMatchObject({ executable_changed: true, binary: false, status: 'added' });
    expect(row(r, 'assets/logo.png')).toMatchObject({ executable_changed: false, binary: true });
    expect(r.notes.join('\n')).toMatch(/executable bit changes on 1 file/);
    expect(r.notes.join('\n')).toMatch(/1 binary file/);
  });

  it('a .gitattributes of the PR cannot hide lines, and no diff driver or filter runs', async () => {
    const marker = path.join(scratch, 'pwned');
    repo.branch('agent/app-fix/attrs').write('.gitattributes', '* -diff\n*.ts diff=evil filter=evil\n').write('src/big.ts', lines(101));
    repo.commit('hide lines');
    // The PR's attributes are in the work tree, and this clone even defines the drivers they name.
    repo.git('config', 'diff.evil.textconv', `touch ${marker}`);
    repo.git('config', 'diff.evil.command', `touch ${marker}`);
    repo.git('config', 'filter.evil.clean', `touch ${marker}`);
    repo.git('config', 'filter.evil.smudge', `touch ${marker}`);
    try {
      const { record: r } = await admitBranch('agent/app-fix/attrs');
      expect(r.limits.diff_lines.used).toBe(103); // 101 + the two .gitattributes lines
      expect(row(r, 'src/big.ts')).toMatchObject({ binary: false });
      expect(row(r, '.gitattributes')).toMatchObject({ verdict: 'always_forbidden' });
      expect(r.decision).toBe('deny');
      expect(existsSync(marker)).toBe(false);
    } finally {
      for (const key of ['diff.evil.textconv', 'diff.evil.command', 'filter.evil.clean', 'filter.evil.smudge'])
        repo.git('config', '--unset', key);
      repo.git('checkout', '-q', '-f', 'main');
    }
  });

  it('reads a file name holding a tab and a newline exactly, and denies it as invalid', async () => {
    const name = 'src/a\tb\nc.ts';
    repo.branch('agent/app-fix/odd-name').write(name, 'x\n');
    repo.commit('odd name');
    const { record: r } = await admitBranch('agent/app-fix/odd-name');
    expect(r.decision).toBe('deny');
    expect(row(r, name)).toMatchObject({ status: 'added', verdict: 'invalid' });
  });

  it('denies a missing label, and kills on the kill label', async () => {
    repo.branch('agent/app-fix/labels').write('src/app.ts', 'x\n');
    repo.commit('x');
    const base = [
      'admit',
      '--repo',
      repo.dir,
      '--policy',
      PACK_PATH,
      '--base',
      'main',
      '--head',
      'agent/app-fix/labels',
      '--agent-login',
      AGENT,
      '--now',
      NOW,
      '--json',
    ];
    const unlabelled = await runCli(base);
    expect(unlabelled.status).toBe(1);
    const r1 = JSON.parse(unlabelled.stdout) as EvidenceRecord;
    expect(r1.decision).toBe('deny');
    expect(r1.violations).toContain('The PR lacks the required label "agent-change".');

    const killed = await runCli([...base, '--label', 'agent-change', '--label', 'agent-kill-session']);
    expect(killed.status).toBe(1);
    expect((JSON.parse(killed.stdout) as EvidenceRecord).decision).toBe('kill_session');
  });

  it('a change on an ordinary branch with no agent identity is not applicable (exit 0)', async () => {
    repo.branch('feature/readme').write('README.md', '# better\n');
    repo.commit('docs');
    const r = await runCli(['admit', '--repo', repo.dir, '--policy', PACK_PATH, '--base', 'main', '--head', 'feature/readme']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Not applicable/);
  });

  it('denies when the base pack has drifted from the base manifest', async () => {
    repo.branch('drifted-main').write(MANIFEST_PATH, MANIFEST_TEXT.replace('"max_diff_lines": 100', '"max_diff_lines": 500'));
    repo.commit('loosen the manifest without regenerating the pack');
    repo.branch('agent/app-fix/on-drift', 'drifted-main').write('src/app.ts', 'x\n');
    repo.commit('x');
    const { record: r, status } = await admitBranch('agent/app-fix/on-drift', ['--base', 'drifted-main']);
    expect(status).toBe(1);
    expect(r.decision).toBe('deny');
    expect(r.violations[0]).toMatch(/has drifted from the base manifest/);
  });

  it('reads the pack from the base: a head that loosens the pack does not loosen the decision', async () => {
    const manifest = JSON.parse(MANIFEST_TEXT);
    manifest.workflows[0].scope.forbidden_paths = [];
    manifest.workflows[0].scope.allowed_paths.push('**');
    const loose = JSON.stringify(manifest, null, 2);
    repo.branch('agent/app-fix/loosen');
    // A consistent, regenerated pair on the head, so only "read from where?" decides.
    repo
      .write(MANIFEST_PATH, loose)
      .write(PACK_PATH, compileManifest(loose, { manifestPath: MANIFEST_PATH }).packText)
      .write('secrets/key.ts', 'leak\n');
    repo.commit('loosen the policy and touch the secret');
    repo.git('checkout', '-q', 'agent/app-fix/loosen'); // the work tree holds the loosened files too
    const { record: r } = await admitBranch('agent/app-fix/loosen');
    repo.git('checkout', '-q', 'main');
    expect(r.decision).toBe('deny');
    expect(r.pack_sha256).toBe(createHash('sha256').update(PACK_TEXT).digest('hex'));
    expect(row(r, 'secrets/key.ts')).toMatchObject({ verdict: 'forbidden', rule: 'secrets/**' });
    expect(row(r, PACK_PATH)).toMatchObject({ verdict: 'always_forbidden' });
  });

  describe('approvals given with --approval', () => {
    let head: string;
    beforeAll(() => {
      repo.branch('agent/app-fix/approvals').write('src/app.ts', 'approved change\n');
      head = repo.commit('change for approvals');
    });
    const withRecords = async (...files: string[]) =>
      await admitBranch(
        'agent/app-fix/approvals',
        files.flatMap((f) => ['--approval', f]),
        { approvals: false },
      );

    it('counts valid records from both pools', async () => {
      const { record: r, status } = await withRecords(record('sam', 'security', head), record('olga', 'service-owner', head));
      expect(r.decision).toBe('allow');
      expect(status).toBe(0);
      expect(r.approvals.every((a) => a.source === 'cli_record' && a.counted)).toBe(true);
    });

    it.each([
      ['bound to another head SHA', () => record('olga', 'service-owner', 'c'.repeat(40)), /head_sha/],
      [
        'expired',
        () => record('olga', 'service-owner', head, { issued_at: '2026-11-28T08:00:00Z', expires_at: '2026-11-28T10:00:00Z' }),
        /expire/,
      ],
      ['by the agent itself', () => record(AGENT, 'service-owner', head), /author cannot approve/],
      ['naming a pool the workflow lacks', () => record('olga', 'docs-reviewers', head), /not one of this workflow's pools/],
      ['for another run', () => record('olga', 'service-owner', head, { run_id: 'run-elsewhere' }), /run_id/],
    ])('does not count a record %s', async (_name, make, reason) => {
      const { record: r, status } = await withRecords(record('sam', 'security', head), make());
      expect(r.decision).toBe('hold_for_approval');
      expect(status).toBe(1);
      const rejected = r.approvals.find((a) => !a.counted);
      expect(rejected?.reason).toMatch(reason);
    });
  });

  it('denies when the workflow sources disagree', async () => {
    repo.branch('agent/app-fix/disagree').write('src/app.ts', 'y\n');
    repo.commit('y');
    const { record: r } = await admitBranch('agent/app-fix/disagree', ['--workflow-id', 'docs']);
    expect(r.decision).toBe('deny');
    expect(r.violations.join('\n')).toMatch(/workflow id sources disagree/);
  });

  it('takes Workflow-Id (with --workflow-from …,trailer) and Run-Id trailers from the head commit, and --branch for a detached head', async () => {
    repo.branch('agent/quick-fix').write('src/app.ts', 'z\n');
    const head = repo.commit('Quick fix\n\nWorkflow-Id: app-fix\nRun-Id: run-77');
    const r = await runCli([
      'admit',
      '--repo',
      repo.dir,
      '--policy',
      PACK_PATH,
      '--base',
      'main',
      '--head',
      head,
      '--branch',
      'agent/quick-fix',
      '--agent-class',
      'codex',
      '--label',
      'agent-change',
      '--now',
      NOW,
      '--json',
      '--fail-on',
      'deny',
      '--workflow-from',
      'input,branch,trailer',
    ]);
    const rec = JSON.parse(r.stdout) as EvidenceRecord;
    expect(rec).toMatchObject({ workflow_id: 'app-fix', run_id: 'run-77', agent_class: 'codex', decision: 'hold_for_approval' });
    expect(rec.pull_request?.head_ref).toBe('agent/quick-fix');
    expect(r.status).toBe(0);
    // Without trailers allowed, the same commit names no workflow, and the message says the local flags.
    const strict = JSON.parse(
      (
        await runCli([
          'admit',
          '--repo',
          repo.dir,
          '--policy',
          PACK_PATH,
          '--base',
          'main',
          '--head',
          head,
          '--branch',
          'agent/quick-fix',
          '--agent-class',
          'codex',
          '--label',
          'agent-change',
          '--now',
          NOW,
          '--json',
        ])
      ).stdout,
    ) as EvidenceRecord;
    expect(strict.decision).toBe('deny');
    expect(strict.violations).toContain(
      'No workflow id: pass `--workflow-id <id>`, or name the branch `<prefix><workflow_id>/…` (or pass it with `--branch`).',
    );
    expect(strict.notes.join('\n')).toContain('A Workflow-Id trailer names "app-fix"; it was not consulted');
  });

  it('--json prints the complete record, whose evidence_sha256 verifies', async () => {
    const { record: r } = await admitBranch('agent/app-fix/ok');
    expect(Object.keys(r).sort()).toEqual(
      [
        'schema',
        'decision',
        'summary',
        'workflow_id',
        'agent_class',
        'agent_login',
        'run_id',
        'repository',
        'pull_request',
        'head_sha',
        'base_sha',
        'resolved_refs',
        'event_name',
        'github_run_id',
        'github_run_attempt',
        'policy_id',
        'pack_path',
        'manifest_path',
        'pack_sha256',
        'manifest_sha256',
        'evaluated_at',
        'gates',
        'limits',
        'paths',
        'approvals',
        'violations',
        'reasons',
        'next_steps',
        'notes',
        'evidence_sha256',
      ].sort(),
    );
    expect(r.schema).toBe('mcp-gateway-policy/evidence@1');
    expect(r.resolved_refs).toEqual({
      base: { given: 'main', ref: 'refs/heads/main', sha: repo.git('rev-parse', 'main') },
      head: { given: 'agent/app-fix/ok', ref: 'refs/heads/agent/app-fix/ok', sha: repo.git('rev-parse', 'agent/app-fix/ok') },
    });
    expect(r.evaluated_at).toBe('2026-11-29T12:00:00.000Z');
    expect(r.gates.map((g) => g.gate)).toEqual(['trust', 'kill', 'admission', 'write', 'pre_merge']);
    expect(r.gates.find((g) => g.gate === 'write')?.request).toMatchObject({
      tool_namespace: 'repo.contents',
      tool_access_mode: 'write_branch',
      gate_phase: 'admission',
    });
    expect(verifyEvidence(r)).toBe(true);
    const { evidence_sha256, ...rest } = r;
    expect(createHash('sha256').update(canonicalJson(rest)).digest('hex')).toBe(evidence_sha256);
    expect(verifyEvidence({ ...r, decision: 'allow', summary: r.summary + ' ' })).toBe(false);
  });

  it('prints Markdown by default', async () => {
    const r = await runCli([
      'admit',
      '--repo',
      repo.dir,
      '--policy',
      PACK_PATH,
      '--base',
      'main',
      '--head',
      'agent/app-fix/secret',
      '--agent-login',
      AGENT,
      '--label',
      'agent-change',
      '--now',
      NOW,
    ]);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/Denied/);
    expect(r.stdout).toContain('secrets/key.ts');
    expect(r.stdout).toMatch(/Base SHA\*\* \| `[0-9a-f]{40}` from `refs\/heads\/main` \(given as `main`\)/);
    expect(
      gateOf(
        JSON.parse(
          (
            await runCli([
              'admit',
              '--repo',
              repo.dir,
              '--policy',
              PACK_PATH,
              '--base',
              'main',
              '--head',
              'agent/app-fix/secret',
              '--agent-login',
              AGENT,
              '--label',
              'agent-change',
              '--now',
              NOW,
              '--json',
            ])
          ).stdout,
        ) as EvidenceRecord,
        'write',
      ),
    ).toBe('deny');
  });

  it.each([
    [
      ['admit', '--policy', PACK_PATH, '--base', 'main', '--head', 'main', '--reviewer-pools', '/nonexistent/pools.yml'],
      /--reviewer-pools .*no such file/,
    ],
    [['admit', '--policy', PACK_PATH, '--base', 'no-such-branch', '--head', 'main'], /--base "no-such-branch" is not a commit/],
    [['admit', '--policy', PACK_PATH, '--base', 'main', '--head', 'main', '--approval', '/nonexistent/approval.json'], /no such file/],
    [['admit', '--policy', PACK_PATH, '--base', 'main', '--head', 'main', '--fail-on', 'nothing'], /--fail-on/],
    [
      ['admit', '--policy', PACK_PATH, '--base', 'main', '--head', 'main', '--workflow-from', 'input,pr-body'],
      /--workflow-from: "pr-body" is not a workflow source; valid values: input, branch, trailer/,
    ],
    [['admit', '--policy', PACK_PATH, '--base', '--upload-pack=x', '--head', 'main'], /error/],
  ])('usage errors exit 2: %j', async (args, message) => {
    const r = await runCli([...args, '--repo', repo.dir]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it('a tag named like the base branch is refused, never taken for it (exit 2, the colliding refs named)', async () => {
    repo.git('tag', 'agent/app-fix/secret', 'main');
    try {
      const r = await runCli([
        'admit',
        '--repo',
        repo.dir,
        '--policy',
        PACK_PATH,
        '--base',
        'main',
        '--head',
        'agent/app-fix/secret',
        '--agent-login',
        AGENT,
      ]);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain(
        '--head "agent/app-fix/secret" is ambiguous: refs/tags/agent/app-fix/secret, refs/heads/agent/app-fix/secret',
      );
    } finally {
      repo.git('tag', '-d', 'agent/app-fix/secret');
    }
  });

  it('--policy defaults to the path generate writes the pack to', async () => {
    const r = await runCli([
      'admit',
      '--repo',
      repo.dir,
      '--base',
      'main',
      '--head',
      'agent/app-fix/secret',
      '--agent-login',
      AGENT,
      '--json',
    ]);
    expect(r.status).toBe(1);
    const rec = JSON.parse(r.stdout) as EvidenceRecord;
    expect(rec.pack_path).toBe('data/policy/mcp-gateway-policy.json');
    expect(rec.decision).toBe('deny');
    expect(rec.violations.join('\n')).toMatch(/The base commit [0-9a-f]{7} .*\bpack at data\/policy\/mcp-gateway-policy\.json\b/);
  });

  it('--reviewer-pools and --approval-keys are read and checked', async () => {
    const head = repo.git('rev-parse', 'agent/app-fix/ok');
    const pools = path.join(scratch, 'pools.yml');
    writeFileSync(pools, 'security: [sam]\nservice-owner: olga\n');
    const listed = (await admitBranch('agent/app-fix/ok', ['--reviewer-pools', pools], { approvals: false })).record;
    expect(listed.decision).toBe('hold_for_approval');
    const ok = await runCli([
      'admit',
      '--repo',
      repo.dir,
      '--policy',
      PACK_PATH,
      '--base',
      'main',
      '--head',
      'agent/app-fix/ok',
      '--agent-login',
      AGENT,
      '--label',
      'agent-change',
      '--now',
      NOW,
      '--json',
      '--reviewer-pools',
      pools,
      '--approval',
      record('sam', 'security', head),
      '--approval',
      record('mallory', 'service-owner', head),
    ]);
    const rec = JSON.parse(ok.stdout) as EvidenceRecord;
    expect(rec.decision).toBe('hold_for_approval');
    expect(rec.approvals.find((a) => a.login === 'mallory')?.counted).toBe(false);
    writeFileSync(pools, '- not a map\n');
    const bad = await runCli(['admit', '--repo', repo.dir, '--base', 'main', '--head', 'main', '--reviewer-pools', pools]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--reviewer-pools .* must be a YAML map/);
    const keys = path.join(scratch, 'keys.json');
    writeFileSync(keys, '{"k1": {"public_key_pem": "not a key", "approvers": ["sam"]}}');
    const badKeys = await runCli([
      'admit',
      '--repo',
      repo.dir,
      '--policy',
      PACK_PATH,
      '--base',
      'main',
      '--head',
      'agent/app-fix/ok',
      '--agent-login',
      AGENT,
      '--json',
      '--approval-keys',
      keys,
    ]);
    expect(JSON.parse(badKeys.stdout).violations.join('\n')).toMatch(/k1/);
  });

  it('usage error outside a git repository', async () => {
    const r = await runCli(['admit', '--policy', PACK_PATH, '--base', 'main', '--head', 'main', '--repo', scratch]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/not a git repository/i);
  });
});
