import { chmodSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readChangedFiles } from '../../src/git/diff.js';
import { GitError, GitReader } from '../../src/git/exec.js';
import { collectLocalAdmissionInput } from '../../src/git/local-admission.js';
import { TempRepo, lines } from '../admission/git-repo.js';
import { MANIFEST_PATH, MANIFEST_TEXT, PACK_PATH, PACK_TEXT } from '../admission/support.js';

// One `git cat-file --batch` process serves the peels, blobs and binary sizes of a run.
let repo: TempRepo;
let git: GitReader;
let base: string;
let head: string;
const big = Buffer.alloc(3 * 1024 * 1024 + 18, 'x\n');

beforeEach(async () => {
  repo = TempRepo.create('object-batch-');
  repo.write(MANIFEST_PATH, MANIFEST_TEXT).write(PACK_PATH, PACK_TEXT).write('src/app.ts', lines(5, 'app'));
  repo.write('docs/a file.md', 'spaced\n').write('assets/logo.png', Buffer.from([0, 1, 10, 2, 10, 3]));
  base = repo.commit('base');
  repo
    .branch('agent/app-fix/x')
    .write('assets/logo.png', Buffer.from([0, 10, 9]))
    .write('assets/big.bin', Buffer.concat([Buffer.from([0]), big]));
  head = repo.commit('binary change\n\nRun-Id: run-1');
  repo.git('checkout', '-q', 'main');
  git = await GitReader.open(repo.dir);
});

afterEach(async () => {
  await git?.close();
  repo.remove();
});

/** The loose object file of `oid`. */
const looseObject = (oid: string) => path.join(repo.dir, '.git', 'objects', oid.slice(0, 2), oid.slice(2));

describe('ObjectBatch: many objects through one git process', () => {
  it('answers pipelined reads in order: commits, blobs by path, missing names and trees', async () => {
    const objects = git.objects();
    const [commit, pack, spaced, missing, tree, bigBlob] = await Promise.all([
      objects.read(`${head}^{commit}`),
      objects.read(`${base}:${PACK_PATH}`),
      objects.read(`${base}:docs/a file.md`),
      objects.read(`${base}:no/such/file`),
      objects.read(`${base}:src`),
      objects.read(`${head}:assets/big.bin`),
    ]);
    expect(commit).toMatchObject({ oid: head, type: 'commit' });
    expect(commit!.content.toString('utf8')).toBe(repo.git('cat-file', 'commit', head) + '\n');
    expect(pack).toMatchObject({ type: 'blob' });
    expect(pack!.content.toString('utf8')).toBe(PACK_TEXT);
    expect(spaced!.content.toString('utf8')).toBe('spaced\n');
    expect(missing).toBeNull();
    expect(tree).toMatchObject({ type: 'tree' });
    expect(bigBlob!.content.equals(Buffer.concat([Buffer.from([0]), big]))).toBe(true);
    // Reads after a large reply still line up.
    expect((await objects.read(`${base}:src/app.ts`))!.content.toString('utf8')).toBe(lines(5, 'app'));
    await objects.close();
  });

  it('refuses a name with a line break (it would be two requests) and reads after close', async () => {
    const objects = git.objects();
    await expect(objects.read(`${base}:docs\nHEAD`)).rejects.toThrow(GitError);
    await expect(objects.read(`${base}:docs\r`)).rejects.toThrow(/line break/);
    await objects.close();
    await expect(objects.read(`${base}:src/app.ts`)).rejects.toThrow(GitError);
  });

  it('reads an object git cannot read (corrupt) as missing, never as content', async () => {
    const oid = repo.git('rev-parse', `${head}:assets/logo.png`);
    chmodSync(looseObject(oid), 0o644);
    writeFileSync(looseObject(oid), 'not zlib data');
    const objects = git.objects();
    expect(await objects.read(oid)).toBeNull();
    expect((await objects.read(`${base}:src/app.ts`))!.content.toString('utf8')).toBe(lines(5, 'app'));
    await objects.close();
  });

  it('fails every waiting read with a GitError when the git process fails', async () => {
    rmSync(path.join(repo.dir, '.git'), { recursive: true, force: true });
    const objects = git.objects();
    const reads = [objects.read(`${base}:src/app.ts`), objects.read(`${head}^{commit}`)];
    for (const r of await Promise.allSettled(reads)) {
      expect(r.status).toBe('rejected');
      expect((r as PromiseRejectedResult).reason).toBeInstanceOf(GitError);
      expect(((r as PromiseRejectedResult).reason as Error).message).toMatch(/^git cat-file failed: fatal: /);
    }
    await objects.close();
    await expect(objects.read(base)).rejects.toThrow(GitError);
  });
});

describe('binary sizes and admission input through the batch', () => {
  it('counts every line of both sides of binary files, as before', async () => {
    const { files } = await readChangedFiles(git, base, head);
    expect(files.find((f) => f.path === 'assets/logo.png')).toMatchObject({ binary: true, deletions: 3, additions: 2 });
    expect(files.find((f) => f.path === 'assets/big.bin')).toMatchObject({ binary: true, deletions: 0, additions: big.length / 2 });
  });

  it('a binary blob git cannot read leaves the change unknown: files null with the reason', async () => {
    const oid = repo.git('rev-parse', `${base}:assets/logo.png`);
    chmodSync(looseObject(oid), 0o644);
    writeFileSync(looseObject(oid), 'not zlib data');
    const input = await collectLocalAdmissionInput({ repoDir: repo.dir, base: 'main', head: 'agent/app-fix/x', packPath: PACK_PATH });
    expect(input.files).toBeNull();
    expect(input.files_problem).toMatch(/^Cannot enumerate every change between [0-9a-f]{7} and [0-9a-f]{7}: git /);
  });

  it('reads the pack, manifest and head message from the base and head commits', async () => {
    const input = await collectLocalAdmissionInput({ repoDir: repo.dir, base: 'main', head: 'agent/app-fix/x', packPath: PACK_PATH });
    expect(input.base).toMatchObject({ pack_text: PACK_TEXT, manifest_text: MANIFEST_TEXT, problem: null });
    expect(input.pr).toMatchObject({ title: 'binary change', body: 'binary change\n\nRun-Id: run-1\n', head_sha: head, base_sha: base });
    expect(input.files?.map((f) => f.path).sort()).toEqual(['assets/big.bin', 'assets/logo.png']);
  });

  it('a missing object under the base pack is a base problem, not a pass', async () => {
    const oid = repo.git('rev-parse', `${base}:${PACK_PATH}`);
    chmodSync(looseObject(oid), 0o644);
    writeFileSync(looseObject(oid), 'not zlib data');
    const input = await collectLocalAdmissionInput({ repoDir: repo.dir, base: 'main', head: 'agent/app-fix/x', packPath: PACK_PATH });
    expect(input.base.pack_text).toBeNull();
    expect(input.base.problem).toMatch(/does not contain pack at/);
  });

  it('a repository whose ref listing fails is a clear GitError', async () => {
    // A ref file that is not a ref makes for-each-ref die; resolution must not guess.
    writeFileSync(path.join(repo.dir, '.git', 'packed-refs'), 'garbage that is not a packed ref\n');
    await expect(
      collectLocalAdmissionInput({ repoDir: repo.dir, base: 'main', head: 'agent/app-fix/x', packPath: PACK_PATH }),
    ).rejects.toThrow(GitError);
  });
});
