import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { collectLocalAdmissionInput } from '../../src/git/local-admission.js';
import { TempRepo, lines } from '../admission/git-repo.js';
import { MANIFEST_PATH, MANIFEST_TEXT, PACK_PATH, PACK_TEXT } from '../admission/support.js';

// Each case plants something in the repository (or the environment) that would change what git
// shows, and checks the admission input still holds the real change.
let repo: TempRepo;
let base: string;
let leak: string;
let head: string;

beforeEach(() => {
  repo = TempRepo.create('hostile-');
  repo.write(MANIFEST_PATH, MANIFEST_TEXT).write(PACK_PATH, PACK_TEXT).write('src/app.ts', lines(5, 'app'));
  repo.commit('base');
  repo.write('README.md', 'readme\n');
  base = repo.commit('base 2');
  repo.branch('agent/app-fix/x').write('secrets/key.ts', 'leak\n');
  leak = repo.commit('leak the key');
  repo.write('src/big.ts', lines(150));
  head = repo.commit('big change');
  repo.git('checkout', '-q', 'main');
});

afterEach(() => repo.remove());

const collect = () =>
  collectLocalAdmissionInput({
    repoDir: repo.dir,
    base: 'main',
    head: 'agent/app-fix/x',
    packPath: PACK_PATH,
    now: '2026-11-29T12:00:00Z',
  });
const paths = async () => (await collect()).files?.map((f) => f.path).sort();
const realPaths = ['secrets/key.ts', 'src/big.ts'];

describe('nothing in the repository changes what git shows the admission check', () => {
  it('sanity: the change is two files and 151 lines', async () => {
    const input = await collect();
    expect(input.files?.map((f) => f.path).sort()).toEqual(realPaths);
    expect(input.files?.reduce((n, f) => n + f.additions + f.deletions, 0)).toBe(151);
  });

  it('a replace ref that makes the base descend from the leak is ignored', async () => {
    // Plain git now computes the merge base as the leak commit, hiding secrets/key.ts.
    repo.git('replace', '--graft', base, repo.git('rev-parse', `${base}^`), leak);
    expect(repo.git('merge-base', 'main', 'agent/app-fix/x')).toBe(leak);
    expect(await paths()).toEqual(realPaths);
  });

  it('a replace ref that swaps the head commit for a harmless one is ignored', async () => {
    repo.git('checkout', '-q', '-b', 'decoy', base);
    repo.write('src/app.ts', 'harmless\n');
    const decoy = repo.commit('decoy');
    repo.git('checkout', '-q', 'main');
    repo.git('replace', '-f', head, decoy);
    const input = await collect();
    expect(input.pr.head_sha).toBe(head);
    expect(input.files?.map((f) => f.path).sort()).toEqual(realPaths);
  });

  it('a grafts file that does the same is ignored', async () => {
    writeFileSync(path.join(repo.dir, '.git', 'info', 'grafts'), `${base} ${repo.git('rev-parse', `${base}^`)} ${leak}\n`);
    // Plain git now reads the leak as a parent of the base (the merge base it then picks depends on
    // commit times in the cycle this makes, so the parents are what is checked).
    expect(repo.git('rev-list', '--parents', '-n', '1', base).trim().split(' ')).toContain(leak);
    expect(await paths()).toEqual(realPaths);
  });

  it('repository config (also through include.path) cannot make files binary, hide submodules or pick the diff algorithm', async () => {
    const extra = path.join(repo.dir, '.git', 'extra.config');
    writeFileSync(extra, '[core]\n\tbigFileThreshold = 1\n[diff]\n\tignoreSubmodules = all\n\talgorithm = patience\n\trenameLimit = 1\n');
    repo.git('config', 'include.path', extra);
    expect(repo.git('diff-tree', '-r', '--numstat', 'main', 'agent/app-fix/x')).toMatch(/^-\t-\tsrc\/big.ts$/m);
    const input = await collect();
    expect(input.files?.find((f) => f.path === 'src/big.ts')).toMatchObject({ binary: false, additions: 150 });
  });

  it('attributes in .git/info/attributes can mark a file binary, but it keeps its size', async () => {
    writeFileSync(path.join(repo.dir, '.git', 'info', 'attributes'), '* binary\n');
    const input = await collect();
    expect(input.files?.find((f) => f.path === 'src/big.ts')).toMatchObject({ binary: true, additions: 150, deletions: 0 });
    expect(input.files?.reduce((n, f) => n + f.additions + f.deletions, 0)).toBe(151);
  });

  it('a file with one NUL byte counts the lines of both sides', async () => {
    repo.git('checkout', '-q', 'agent/app-fix/x');
    repo.write('src/big.ts', Buffer.concat([Buffer.from([0]), Buffer.from(lines(30)), Buffer.from('no newline')]));
    repo.commit('binary now');
    repo.git('checkout', '-q', 'main');
    const input = await collect();
    // From the merge base the file is new: 31 lines added (the last has no newline).
    expect(input.files?.find((f) => f.path === 'src/big.ts')).toMatchObject({ binary: true, additions: 31, deletions: 0 });
    const range = await collectLocalAdmissionInput({ repoDir: repo.dir, base: head, head: 'agent/app-fix/x', packPath: PACK_PATH });
    expect(range.files).toEqual([expect.objectContaining({ path: 'src/big.ts', binary: true, additions: 31, deletions: 150 })]);
  });

  it('user and system config, and config passed in the environment, are not read', async () => {
    const global = path.join(repo.dir, '..', `${path.basename(repo.dir)}-global.config`);
    writeFileSync(global, '[core]\n\tbigFileThreshold = 1\n');
    const saved = { ...process.env };
    process.env.GIT_CONFIG_GLOBAL = global;
    process.env.GIT_CONFIG_PARAMETERS = "'core.bigfilethreshold'='1'";
    process.env.GIT_CONFIG_COUNT = '1';
    process.env.GIT_CONFIG_KEY_0 = 'core.bigFileThreshold';
    process.env.GIT_CONFIG_VALUE_0 = '1';
    try {
      const input = await collect();
      expect(input.files?.find((f) => f.path === 'src/big.ts')).toMatchObject({ binary: false, additions: 150 });
    } finally {
      for (const k of ['GIT_CONFIG_GLOBAL', 'GIT_CONFIG_PARAMETERS', 'GIT_CONFIG_COUNT', 'GIT_CONFIG_KEY_0', 'GIT_CONFIG_VALUE_0']) {
        if (saved[k] === undefined) delete process.env[k];
        else process.env[k] = saved[k];
      }
    }
  });
});
