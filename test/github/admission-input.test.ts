/**
 * The API fetcher against the loopback GitHub server (responses validated against
 * @octokit/openapi), with the real Octokit client: which requests it makes, and what it does
 * when GitHub cannot give a complete answer.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, symlinkSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AdmissionInput } from '../../src/admission/types.js';
import { fetchAdmissionInput, type OpenPull } from '../../src/github/admission-input.js';
import { parsePullRequestEvent } from '../../src/github/event.js';
import { openLocalHistory, type LocalHistory } from '../../src/github/local-history.js';
import { createOctokit } from '../../src/github/octokit.js';
import { faults, GitHubServer } from '../support/github-server.js';
import {
  fakeSha,
  file,
  issueComment,
  pullRequest,
  review,
  treeEntry,
  user,
  webhookPayload,
  type Obj,
} from '../support/github-factories.js';

const OWNER = 'acme';
const REPO = 'payments';
const PACK = 'data/policy/mcp-gateway-policy.json';
const MANIFEST = 'data/control-plane/workflow-manifests.json';

let gh: GitHubServer;
const cleanups: Array<() => void | Promise<void>> = [];

beforeEach(async () => {
  gh = await GitHubServer.start();
});
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
  gh.assertAllValid();
  await gh.close();
});

interface Scenario {
  number?: number;
  files: Obj[];
  /** Tree entries at head (default: every non-removed file as a regular file). */
  headTree?: Obj[];
  baseTree?: Obj[];
  truncated?: boolean;
  changedFiles?: number;
  prOverrides?: (pr: Obj) => void;
}

function setUp(s: Scenario): Obj {
  const number = s.number ?? 7;
  const pr = pullRequest({
    owner: OWNER,
    repo: REPO,
    number,
    changed_files: s.changedFiles ?? s.files.length,
    head: { ref: 'agent/fix-1', sha: fakeSha(`head-${number}`) },
  });
  s.prOverrides?.(pr);
  const r = gh.repo(OWNER, REPO);
  r.pulls.set(number, pr);
  r.files.set(number, s.files);
  const headSha = String((pr.head as Obj).sha);
  const baseSha = String((pr.base as Obj).sha);
  r.trees.set(headSha, {
    entries: s.headTree ?? s.files.filter((f) => f.status !== 'removed').map((f) => treeEntry({ path: String(f.filename) })),
    truncated: s.truncated,
  });
  if (s.baseTree) r.trees.set(baseSha, { entries: s.baseTree });
  gh.setContent(OWNER, REPO, baseSha, PACK, '{"pack": true}\n');
  gh.setContent(OWNER, REPO, baseSha, MANIFEST, '{"manifest": true}\n');
  return pr;
}

function eventFor(pr: Obj, name = 'pull_request'): ReturnType<typeof parsePullRequestEvent> {
  const payload = webhookPayload(
    name === 'pull_request_review' ? 'pull_request_review' : 'pull_request',
    name === 'pull_request_review' ? 'submitted' : 'opened',
  );
  payload.pull_request = structuredClone(pr);
  if (name === 'pull_request_review') delete (payload.pull_request as Obj).changed_files;
  payload.repository = (pr.base as Obj).repo;
  return parsePullRequestEvent(name, payload);
}

async function fetch(
  pr: Obj,
  o: {
    eventName?: string;
    local?: LocalHistory | null;
    pools?: Record<string, string[]>;
    isAgentPull?: (p: OpenPull) => boolean;
    manifestPath?: string | null;
  } = {},
) {
  const seen: string[] = [];
  const { input } = await fetchAdmissionInput({
    gh: createOctokit('ghs_test', { baseUrl: gh.url }),
    event: eventFor(pr, o.eventName),
    packPath: PACK,
    manifestPath: o.manifestPath === undefined ? MANIFEST : o.manifestPath,
    reviewerPools: o.pools ?? { 'service-owner': ['alice', 'acme/payments-owners'] },
    config: {
      workflow_id: null,
      tool_namespace: 'repo.contents',
      agents: {},
      approvals: 'all',
      kill_signal: null,
      kill_label: 'agent-kill-session',
      expect_pack_sha256: null,
    },
    context: {
      event_name: o.eventName ?? 'pull_request',
      repository: `${OWNER}/${REPO}`,
      github_run_id: '1',
      github_run_attempt: '1',
      now: '2026-01-01T00:00:00Z',
    },
    local: o.local ?? null,
    isAgentPull: (packText, p) => {
      seen.push(packText ?? '');
      return o.isAgentPull ? o.isAgentPull(p) : p.head_ref.startsWith('agent/');
    },
  });
  return { input, seenPackTexts: seen };
}

const operations = () => gh.log.map((r) => r.operationId);
const problemsOf = (input: AdmissionInput) => [input.files_problem, input.base.problem, ...(input.problems ?? [])].filter(Boolean);

describe('fetchAdmissionInput: request plan', () => {
  it('reads a 250-file PR in ⌈250/100⌉ + 6 requests, with modes from one head tree', async () => {
    const files = Array.from({ length: 250 }, (_, i) => file(`src/f${i}.ts`, { additions: 3, deletions: 1, patch: '@@ -1 +1,3 @@' }));
    const pr = setUp({ files });
    const { input } = await fetch(pr);
    expect(problemsOf(input)).toEqual([]);
    expect(input.files).toHaveLength(250);
    expect(input.files!.every((f) => f.mode === '100644' && !f.binary)).toBe(true);
    expect(input.base.pack_text).toBe('{"pack": true}\n');
    expect(input.base.manifest_text).toBe('{"manifest": true}\n');
    expect(gh.log).toHaveLength(3 + 6);
    expect(operations().sort()).toEqual(
      [
        'git/get-tree',
        'issues/list-comments',
        'pulls/list',
        'pulls/list-files',
        'pulls/list-files',
        'pulls/list-files',
        'pulls/list-reviews',
        'repos/get-content',
        'repos/get-content',
      ].sort(),
    );
    expect(gh.requests('pulls/list-files').every((r) => r.query.per_page === '100')).toBe(true);
    expect(gh.requests('repos/get-content').map((r) => r.query.ref)).toEqual([String((pr.base as Obj).sha), String((pr.base as Obj).sha)]);
    // Modified regular files need no previous mode: one tree, the head's.
    expect(gh.requests('git/get-tree').map((r) => r.path)).toEqual([`/repos/${OWNER}/${REPO}/git/trees/${String((pr.head as Obj).sha)}`]);
  });

  it('reads the base tree only when a previous mode matters: renames and files executable at head', async () => {
    const files = [
      file('bin/run.sh', { status: 'modified' }),
      file('src/new-name.ts', {
        status: 'renamed',
        previous_filename: 'src/old-name.ts',
        additions: 0,
        deletions: 0,
        sha: fakeSha('same-content'),
      }),
      file('docs/a.md', { status: 'added' }),
    ];
    const pr = setUp({
      files,
      headTree: [
        treeEntry({ path: 'bin/run.sh', mode: '100755' }),
        treeEntry({ path: 'src/new-name.ts', sha: fakeSha('same-content') }),
        treeEntry({ path: 'docs/a.md' }),
      ],
      baseTree: [
        treeEntry({ path: 'bin/run.sh', mode: '100644' }),
        treeEntry({ path: 'src/old-name.ts', mode: '100755', sha: fakeSha('same-content') }),
      ],
    });
    const { input } = await fetch(pr);
    expect(input.files).toEqual([
      {
        path: 'bin/run.sh',
        previous_path: null,
        status: 'modified',
        additions: 1,
        deletions: 0,
        mode: '100755',
        previous_mode: '100644',
        binary: false,
      },
      {
        path: 'src/new-name.ts',
        previous_path: 'src/old-name.ts',
        status: 'renamed',
        additions: 0,
        deletions: 0,
        mode: '100644',
        previous_mode: '100755',
        binary: false,
      },
      {
        path: 'docs/a.md',
        previous_path: null,
        status: 'added',
        additions: 1,
        deletions: 0,
        mode: '100644',
        previous_mode: null,
        binary: false,
      },
    ]);
    expect(gh.requests('git/get-tree')).toHaveLength(2);
  });

  it('reads the previous mode of a removed file, so removing a symlink is seen as one', async () => {
    const pr = setUp({
      files: [file('docs/a.md'), file('docs/latest', { status: 'removed', additions: 0, deletions: 1 })],
      baseTree: [treeEntry({ path: 'docs/a.md' }), treeEntry({ path: 'docs/latest', mode: '120000' })],
    });
    const { input } = await fetch(pr);
    expect(input.files!.map((f) => [f.path, f.mode, f.previous_mode])).toEqual([
      ['docs/a.md', '100644', null],
      ['docs/latest', null, '120000'],
    ]);
    expect(gh.requests('git/get-tree')).toHaveLength(2);
  });

  it('marks a file GitHub sends without a patch or line counts as binary, and reads symlinks and submodules from the tree', async () => {
    const files = [
      file('assets/logo.png', { status: 'added', additions: 0, deletions: 0 }),
      file('link', { status: 'added' }),
      file('vendor/lib', { status: 'added' }),
    ];
    const pr = setUp({
      files,
      headTree: [
        treeEntry({ path: 'assets/logo.png' }),
        treeEntry({ path: 'link', mode: '120000' }),
        treeEntry({ path: 'vendor/lib', mode: '160000' }),
      ],
    });
    gh.setBlob(OWNER, REPO, String(files[0]!.sha), Buffer.from([0x89, 0x50, 0, 0x0a, 1, 2]));
    gh.setBlob(OWNER, REPO, String(files[1]!.sha), 'target');
    const { input } = await fetch(pr);
    expect(input.files!.map((f) => [f.path, f.mode, f.binary])).toEqual([
      ['assets/logo.png', '100644', true],
      ['link', '120000', false],
      ['vendor/lib', '160000', false],
    ]);
  });

  it('asks for the PR itself on pull_request_review events, whose payload has no changed_files', async () => {
    const pr = setUp({ files: [file('src/a.ts')] });
    const { input } = await fetch(pr, { eventName: 'pull_request_review' });
    expect(input.pr.changed_files).toBe(1);
    expect(input.files).toHaveLength(1);
    expect(gh.requests('pulls/get')).toHaveLength(1);
  });
});

describe('fetchAdmissionInput: the manifest path', () => {
  it('without manifest-path, reads the manifest the base pack records', async () => {
    const pr = setUp({ files: [file('src/a.ts', { patch: '@@' })] });
    const baseSha = String((pr.base as Obj).sha);
    gh.setContent(OWNER, REPO, baseSha, PACK, '{"source_manifest": {"path": "config/agents.yml"}}\n');
    gh.setContent(OWNER, REPO, baseSha, 'config/agents.yml', 'workflows: []\n');
    const { input } = await fetch(pr, { manifestPath: null });
    expect(input.base).toMatchObject({ manifest_path: 'config/agents.yml', manifest_text: 'workflows: []\n', problem: null });
  });

  it('a recorded path that leaves the repository is not followed: the default is read', async () => {
    const pr = setUp({ files: [file('src/a.ts', { patch: '@@' })] });
    gh.setContent(OWNER, REPO, String((pr.base as Obj).sha), PACK, '{"source_manifest": {"path": "../outside.json"}}\n');
    const { input } = await fetch(pr, { manifestPath: null });
    expect(input.base).toMatchObject({ manifest_path: MANIFEST, manifest_text: '{"manifest": true}\n' });
  });
});

describe('fetchAdmissionInput: a file GitHub sends without a diff is sized from its blobs', () => {
  const nulLines = (n: number) => Buffer.concat([Buffer.from([0]), Buffer.from('x\n'.repeat(n))]);

  it('counts every line of each side of binary files: added, modified, renamed with new content, removed', async () => {
    const files = [
      file('assets/new.bin', { status: 'added', additions: 0, deletions: 0 }),
      file('assets/changed.bin', { status: 'modified', additions: 0, deletions: 0 }),
      file('assets/moved.bin', { status: 'renamed', previous_filename: 'assets/old.bin', additions: 0, deletions: 0 }),
      file('assets/gone.bin', { status: 'removed', additions: 0, deletions: 0 }),
    ];
    const pr = setUp({
      files,
      baseTree: [
        treeEntry({ path: 'assets/changed.bin', sha: fakeSha('changed-before') }),
        treeEntry({ path: 'assets/old.bin', sha: fakeSha('old-before') }),
        treeEntry({ path: 'assets/gone.bin', sha: fakeSha('gone-before') }),
      ],
    });
    gh.setBlob(OWNER, REPO, String(files[0]!.sha), nulLines(150));
    gh.setBlob(OWNER, REPO, fakeSha('changed-before'), nulLines(10));
    gh.setBlob(OWNER, REPO, String(files[1]!.sha), nulLines(20));
    gh.setBlob(OWNER, REPO, fakeSha('old-before'), nulLines(3));
    gh.setBlob(OWNER, REPO, String(files[2]!.sha), Buffer.concat([nulLines(4), Buffer.from('tail without newline')]));
    gh.setBlob(OWNER, REPO, fakeSha('gone-before'), nulLines(7));
    const { input } = await fetch(pr);
    expect(problemsOf(input)).toEqual([]);
    expect(input.files!.map((f) => [f.path, f.additions, f.deletions, f.binary])).toEqual([
      ['assets/new.bin', 150, 0, true],
      ['assets/changed.bin', 20, 10, true],
      ['assets/moved.bin', 5, 3, true],
      ['assets/gone.bin', 0, 7, true],
    ]);
    // One base tree, shared by the previous modes and the sizes; one blob per side.
    expect(gh.requests('git/get-tree')).toHaveLength(2);
    expect(gh.requests('git/get-blob')).toHaveLength(6);
  });

  it('an empty added file is zero lines and not binary', async () => {
    const files = [file('docs/empty.md', { status: 'added', additions: 0, deletions: 0 })];
    const pr = setUp({ files });
    gh.setBlob(OWNER, REPO, String(files[0]!.sha), '');
    const { input } = await fetch(pr);
    expect(input.files!.map((f) => [f.path, f.additions, f.deletions, f.binary])).toEqual([['docs/empty.md', 0, 0, false]]);
  });

  it('fails closed when a blob cannot be read', async () => {
    const files = [file('assets/new.bin', { status: 'added', additions: 0, deletions: 0 })];
    const pr = setUp({ files });
    const { input } = await fetch(pr);
    expect(input.files).toBeNull();
    expect(input.files_problem).toMatch(
      /Cannot count the lines of "assets\/new.bin", which GitHub sends without a diff: its blob could not be read \(HTTP 404/,
    );
  });
});

describe('fetchAdmissionInput: fail closed', () => {
  it('gives files: null when GitHub serves 3,000 of 3,200 files and there is no local history', async () => {
    const files = Array.from({ length: 3200 }, (_, i) => file(`src/f${i}.ts`));
    const pr = setUp({ files });
    const { input } = await fetch(pr);
    expect(input.files).toBeNull();
    expect(input.files_problem).toMatch(
      /Cannot enumerate every change: GitHub listed 3000 changed files, its limit, of 3200.*no git checkout/,
    );
    expect(gh.requests('pulls/list-files')).toHaveLength(30);
    expect(gh.requests('git/get-tree')).toHaveLength(0);
  });

  it('gives files: null when the list and the PR disagree on the count', async () => {
    const pr = setUp({ files: [file('a.ts'), file('b.ts')], changedFiles: 3 });
    const { input } = await fetch(pr);
    expect(input.files).toBeNull();
    expect(input.files_problem).toMatch(/listed 2 changed files but the pull request reports 3/);
  });

  it('reads every change from local git when the checkout has both commits', async () => {
    const repoDir = mkdtempSync(path.join(tmpdir(), 'mgp-fetch-git-'));
    cleanups.push(() => rmSync(repoDir, { recursive: true, force: true }));
    const git = (...args: string[]) => execFileSync('git', args, { cwd: repoDir, encoding: 'utf8' }).trim();
    git('init', '-q', '-b', 'main');
    git('config', 'user.email', 't@example.com');
    git('config', 'user.name', 'T');
    mkdirSync(path.join(repoDir, 'data/policy'), { recursive: true });
    mkdirSync(path.join(repoDir, 'data/control-plane'), { recursive: true });
    writeFileSync(path.join(repoDir, PACK), '{"pack": "from git"}\n');
    writeFileSync(path.join(repoDir, MANIFEST), '{"manifest": "from git"}\n');
    writeFileSync(path.join(repoDir, 'old.txt'), 'x\n');
    git('add', '.');
    git('commit', '-q', '-m', 'base');
    const baseSha = git('rev-parse', 'HEAD');
    git('checkout', '-q', '-b', 'agent/fix-1');
    git('mv', 'old.txt', 'new.txt');
    symlinkSync('new.txt', path.join(repoDir, 'link'));
    git('add', '.');
    git('commit', '-q', '-m', 'head');
    const headSha = git('rev-parse', 'HEAD');
    const pr = setUp({
      files: Array.from({ length: 3000 }, (_, i) => file(`src/f${i}.ts`)),
      changedFiles: 3001,
      prOverrides: (p) => {
        (p.head as Obj).sha = headSha;
        (p.base as Obj).sha = baseSha;
      },
    });
    const local = await openLocalHistory(repoDir);
    cleanups.push(() => local!.close());
    const { input } = await fetch(pr, { local });
    expect(input.files_problem).toBeNull();
    expect(input.files!.map((f) => [f.status, f.path, f.previous_path, f.mode])).toEqual([
      ['added', 'link', null, '120000'],
      ['renamed', 'new.txt', 'old.txt', '100644'],
    ]);
    expect(input.context.notes.join(' ')).toMatch(/read from the local git history instead/);
    // The base commit is local, so the pack and manifest come from git, not the contents API.
    expect(input.base.pack_text).toBe('{"pack": "from git"}\n');
    expect(gh.requests('repos/get-content')).toHaveLength(0);
    expect(gh.requests('git/get-tree')).toHaveLength(0);
  });

  it('gives files: null for a truncated head tree: symlinks cannot be ruled out', async () => {
    const pr = setUp({ files: [file('a.ts')], truncated: true });
    const { input } = await fetch(pr);
    expect(input.files).toBeNull();
    expect(input.files_problem).toMatch(/Cannot tell whether the change adds symlinks or submodules: GitHub truncated the tree/);
  });

  it('retries a 429 in the middle of pagination and still lists every file', async () => {
    const files = Array.from({ length: 250 }, (_, i) => file(`src/f${i}.ts`));
    const pr = setUp({ files });
    gh.fault({ operationId: 'pulls/list-files', nth: 2, ...faults.tooManyRequests(1) });
    const { input } = await fetch(pr);
    expect(input.files).toHaveLength(250);
    const calls = gh.requests('pulls/list-files');
    expect(calls.map((c) => [c.query.page ?? '1', c.status])).toEqual([
      ['1', 200],
      ['2', 429],
      ['2', 200],
      ['3', 200],
    ]);
  });

  it('gives up after a bounded number of rate-limit retries and says why', async () => {
    const pr = setUp({ files: Array.from({ length: 150 }, (_, i) => file(`src/f${i}.ts`)) });
    gh.fault({ operationId: 'pulls/list-files', nth: 2, times: 10, ...faults.secondaryRateLimit(1) });
    const { input } = await fetch(pr);
    expect(input.files).toBeNull();
    expect(input.files_problem).toMatch(/could not list the changed files \(HTTP 403: You have exceeded a secondary rate limit/);
    // The first try and two retries of page 2.
    expect(gh.requests('pulls/list-files').filter((r) => r.injected)).toHaveLength(3);
  });

  it('does not wait out a primary rate limit that resets later than a minute away', async () => {
    const pr = setUp({ files: [file('a.ts')] });
    gh.fault({ operationId: 'pulls/list-reviews', ...faults.primaryRateLimit(3600) });
    const { input } = await fetch(pr);
    expect(input.problems).toEqual([expect.stringMatching(/Cannot list the pull request's reviews \(HTTP 403: API rate limit exceeded/)]);
    expect(gh.requests('pulls/list-reviews')).toHaveLength(1);
  });

  it('retries a server error once it clears, and never retries a client error', async () => {
    const pr = setUp({ files: [file('a.ts')] });
    gh.fault({ operationId: 'pulls/list-reviews', ...faults.serverError(502) });
    gh.fault({ operationId: 'issues/list-comments', ...faults.serverError(404) });
    const { input } = await fetch(pr);
    expect(gh.requests('pulls/list-reviews').map((r) => r.status)).toEqual([502, 200]);
    expect(gh.requests('issues/list-comments').map((r) => r.status)).toEqual([404]);
    expect(input.problems).toEqual([expect.stringMatching(/^Cannot list the pull request's comments \(HTTP 404/)]);
  });

  it('names a missing pack or manifest on the base commit', async () => {
    const pr = setUp({ files: [file('a.ts')] });
    gh.repo(OWNER, REPO).contents.delete(`${String((pr.base as Obj).sha)}:${MANIFEST}`);
    const { input } = await fetch(pr);
    expect(input.base.pack_text).not.toBeNull();
    expect(input.base.manifest_text).toBeNull();
    expect(input.base.problem).toBe(
      `Cannot read the policy from the base commit: the base commit ${String((pr.base as Obj).sha).slice(0, 7)} has no ${MANIFEST}.`,
    );
  });

  it('leaves the open-PR list unknown when it cannot be read', async () => {
    const pr = setUp({ files: [file('a.ts')] });
    gh.fault({ operationId: 'pulls/list', ...faults.serverError(404) });
    const { input } = await fetch(pr);
    expect(input.open_agent_prs).toBeNull();
    expect(input.context.notes.join(' ')).toMatch(/open-PR cap cannot be checked/);
  });
});

describe('fetchAdmissionInput: PR state, approvals and pools', () => {
  it('evaluates the event head, notes a newer head, and honours a kill label added since', async () => {
    const pr = setUp({ files: [file('a.ts')] });
    const stored = gh.repo(OWNER, REPO).pulls.get(7)!;
    const event = structuredClone(pr);
    (stored.head as Obj).sha = fakeSha('newer-head');
    stored.labels = [{ ...(webhookPayload('pull_request', 'labeled').label as Obj), name: 'agent-kill-session' }];
    const { input } = await fetch(event);
    expect(input.pr.head_sha).toBe(String((event.head as Obj).sha));
    expect(input.pr.labels).toContain('agent-kill-session');
    const notes = input.context.notes.join('\n');
    expect(notes).toMatch(new RegExp(`head is now ${fakeSha('newer-head').slice(0, 7)}`));
    expect(notes).toMatch(/kill label "agent-kill-session" was added after this run's event/);
  });

  it('never judges the event head by the file list of a newer head: GitHub lists the current head only', async () => {
    const pr = setUp({ files: [file('docs/a.md')] });
    const event = structuredClone(pr);
    (gh.repo(OWNER, REPO).pulls.get(7)!.head as Obj).sha = fakeSha('newer-head');
    const { input } = await fetch(event);
    expect(input.files).toBeNull();
    expect(input.files_problem).toMatch(
      new RegExp(
        `Cannot enumerate every change: GitHub lists the files of the pull request's current head ${fakeSha('newer-head').slice(0, 7)}, not of ${String((event.head as Obj).sha).slice(0, 7)}`,
      ),
    );
    // The head is read after the list, so a push during the listing is seen.
    const ops = operations();
    expect(ops.indexOf('pulls/list')).toBeGreaterThan(ops.lastIndexOf('pulls/list-files'));
  });

  it('honours a kill label added since the event whatever its case', async () => {
    const event = structuredClone(setUp({ files: [file('a.ts')] }));
    gh.repo(OWNER, REPO).pulls.get(7)!.labels = [
      { ...(webhookPayload('pull_request', 'labeled').label as Obj), name: 'Agent-Kill-Session' },
    ];
    const { input } = await fetch(event);
    expect(input.pr.labels).toContain('Agent-Kill-Session');
    expect(input.context.notes.join('\n')).toMatch(/kill label "Agent-Kill-Session" was added after this run's event/);
  });

  it('counts open agent PRs with the given detection, reading the base pack first', async () => {
    const pr = setUp({ files: [file('a.ts')] });
    const r = gh.repo(OWNER, REPO);
    r.pulls.set(3, pullRequest({ owner: OWNER, repo: REPO, number: 3, head: { ref: 'agent/older', sha: fakeSha('h3') } }));
    r.pulls.set(5, pullRequest({ owner: OWNER, repo: REPO, number: 5, head: { ref: 'feature/human', sha: fakeSha('h5') } }));
    r.pulls.set(
      9,
      pullRequest({ owner: OWNER, repo: REPO, number: 9, head: { ref: 'agent/closed', sha: fakeSha('h9') }, state: 'closed' }),
    );
    const { input, seenPackTexts } = await fetch(pr);
    expect(input.open_agent_prs).toEqual([3, 7]);
    expect(new Set(seenPackTexts)).toEqual(new Set(['{"pack": true}\n']));
  });

  it('collects reviews, approval records (edited ones marked) and pool membership for candidate approvers only', async () => {
    const pr = setUp({ files: [file('a.ts')] });
    const head = String((pr.head as Obj).sha);
    const record = { type: 'human_approval', approval_id: 'apr-1' };
    const fence = '```agent-approval\n' + JSON.stringify(record) + '\n```';
    const r = gh.repo(OWNER, REPO);
    r.reviews.set(7, [
      review(user('alice'), { commit_id: head, pull_number: 7 }),
      review(user('bob'), { commit_id: fakeSha('stale'), pull_number: 7 }),
      review(user('carol'), { commit_id: head, pull_number: 7, body: 'ok\n' + fence }),
      review(user('robot[bot]', { type: 'Bot' }), { commit_id: head, pull_number: 7 }),
      review(user('octo-agent[bot]', { type: 'Bot' }), { commit_id: head, pull_number: 7 }),
    ]);
    r.comments.set(7, [
      issueComment(user('dave'), fence, { issue_number: 7, created_at: '2025-01-03T00:00:00Z' }),
      issueComment(user('erin'), fence, { issue_number: 7, created_at: '2025-01-03T00:00:00Z', updated_at: '2025-01-04T00:00:00Z' }),
    ]);
    gh.setTeam('acme', 'payments-owners', ['carol']);
    const { input } = await fetch(pr);
    expect(input.reviews.map((x) => [x.login, x.user_type, x.state, x.commit_id === head])).toEqual([
      ['alice', 'User', 'APPROVED', true],
      ['bob', 'User', 'APPROVED', false],
      ['carol', 'User', 'APPROVED', true],
      ['robot[bot]', 'Bot', 'APPROVED', true],
      ['octo-agent[bot]', 'Bot', 'APPROVED', true],
    ]);
    expect(input.approval_records).toEqual([
      { source: 'review', login: 'carol', user_type: 'User', edited: false, review: { state: 'APPROVED', commit_id: head }, record },
      { source: 'comment', login: 'dave', user_type: 'User', edited: false, record },
      { source: 'comment', login: 'erin', user_type: 'User', edited: true, record },
    ]);
    expect(input.pool_membership).toEqual({ 'service-owner': { alice: 'member', carol: 'member', dave: 'not_member' } });
    // Logins need no request; one lookup per (team, candidate) not already a listed login.
    expect(
      gh
        .requests('teams/get-membership-for-user-in-org')
        .map((x) => x.path)
        .sort(),
    ).toEqual(['/orgs/acme/teams/payments-owners/memberships/carol', '/orgs/acme/teams/payments-owners/memberships/dave']);
  });

  it('says a team membership is unverifiable when the token cannot read teams', async () => {
    const pr = setUp({ files: [file('a.ts')] });
    gh.repo(OWNER, REPO).reviews.set(7, [review(user('carol'), { commit_id: String((pr.head as Obj).sha), pull_number: 7 })]);
    gh.teamAccess = 'forbidden';
    const { input } = await fetch(pr);
    expect(input.pool_membership['service-owner']).toEqual({ carol: 'unverifiable' });
    expect(input.context.notes.join(' ')).toMatch(
      /could not verify whether carol belongs to reviewer pool "service-owner" \(acme\/payments-owners: HTTP 403.*members: read/,
    );
  });
});
