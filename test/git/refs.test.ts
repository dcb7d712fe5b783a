import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GitReader } from '../../src/git/exec.js';
import { collectLocalAdmissionInput } from '../../src/git/local-admission.js';
import { resolveExactRef, type ResolvedRef } from '../../src/git/refs.js';
import { TempRepo } from '../admission/git-repo.js';

// A repository where the names an agent can push collide with the branches an operator means.
let repo: TempRepo;
let git: GitReader;
let mainSha: string;
let evilSha: string;

beforeAll(async () => {
  repo = TempRepo.create('refs-test-');
  repo.write('a.txt', 'base\n');
  mainSha = repo.commit('base');
  repo.branch('evil').write('a.txt', 'evil\n');
  evilSha = repo.commit('evil');
  repo.git('checkout', '-q', 'main');
  repo.git('tag', 'release', evilSha);
  repo.git('branch', 'clean', mainSha);
  repo.git('branch', 'twice', mainSha);
  repo.git('tag', 'twice', evilSha);
  repo.git('update-ref', 'refs/remotes/origin/main', mainSha);
  repo.git('tag', 'origin/main', evilSha);
  repo.git('update-ref', 'refs/remotes/upstream/dev', mainSha);
  repo.git('update-ref', 'refs/heads/upstream/dev', evilSha);
  repo.git('update-ref', 'refs/clash', evilSha);
  repo.git('branch', 'clash', mainSha);
  git = await GitReader.open(repo.dir);
});

afterAll(async () => {
  await git?.close();
  repo?.remove();
});

describe('resolveExactRef: full refs, never git’s guesses', () => {
  it.each([
    ['clean', 'refs/heads/clean'],
    ['refs/heads/twice', 'refs/heads/twice'],
    ['refs/remotes/origin/main', 'refs/remotes/origin/main'],
    ['refs/tags/twice', 'refs/tags/twice'],
  ])('%s resolves to %s', async (given, ref) => {
    const r = await resolveExactRef(git, given, '--base');
    expect(r.ref).toBe(ref);
    expect(r.sha).toBe(repo.git('rev-parse', `${ref}^{commit}`));
  });

  it('a full commit id is taken as that commit, with no ref', async () => {
    expect(await resolveExactRef(git, evilSha, '--head')).toEqual({ given: evilSha, ref: null, sha: evilSha });
  });

  it('HEAD is the branch it points at', async () => {
    expect(await resolveExactRef(git, 'HEAD', '--head')).toEqual({ given: 'HEAD', ref: 'refs/heads/main', sha: mainSha });
  });

  it.each([
    // name, colliding refs named in the message
    ['twice', ['refs/tags/twice', 'refs/heads/twice']],
    ['origin/main', ['refs/tags/origin/main', 'refs/remotes/origin/main']],
    ['upstream/dev', ['refs/heads/upstream/dev', 'refs/remotes/upstream/dev']],
    ['clash', ['refs/clash', 'refs/heads/clash']],
  ])('refuses the ambiguous name %s and lists the colliding refs', async (given, refs) => {
    const err = await resolveExactRef(git, given, '--base').then(
      () => null,
      (e: Error) => e,
    );
    expect(err?.message).toMatch(/ambiguous/);
    for (const r of refs) expect(err?.message).toContain(r);
  });

  it.each([
    ['release', /not a branch: only refs\/tags\/release/],
    ['no-such', /not a commit in this repository/],
    ['refs/heads/no-such', /does not exist/],
    ['main~1', /not a branch name/],
    ['main@{1}', /not a branch name/],
    ['@', /not a branch name/],
    ['-x', /not a branch name/],
  ])('refuses %s', async (given, message) => {
    await expect(resolveExactRef(git, given, '--base')).rejects.toThrow(message);
  });

  it('refuses an abbreviated commit id (git would guess which object it means)', async () => {
    await expect(resolveExactRef(git, evilSha.slice(0, 12), '--head')).rejects.toThrow(/not a commit/);
  });

  it('a tag named like the branch never stands in for it: git’s own reading would take the tag', async () => {
    // The case the rule exists for: `git rev-parse twice` prefers refs/tags/twice.
    expect(repo.git('rev-parse', 'twice^{commit}')).toBe(evilSha);
    await expect(resolveExactRef(git, 'twice', '--base')).rejects.toThrow(/ambiguous/);
  });
});

describe('the admission path (one ref listing for both sides, peels through cat-file --batch)', () => {
  const NAMES = [
    'clean',
    'refs/heads/twice',
    'refs/remotes/origin/main',
    'refs/tags/twice',
    'HEAD',
    'twice',
    'origin/main',
    'upstream/dev',
    'clash',
    'release',
    'no-such',
    'refs/heads/no-such',
    'main~1',
    '@',
    '-x',
  ];
  const outcome = (p: Promise<ResolvedRef>) =>
    p.then(
      (r) => ({ ok: r }),
      (e: Error) => ({ error: `${e.name}: ${e.message}` }),
    );

  it.each(NAMES.flatMap((head) => [['clean', head] as const, [head, 'clean'] as const]))(
    'base %s, head %s: the same refs, commits and errors as resolveExactRef',
    async (base, head) => {
      const sides = [await outcome(resolveExactRef(git, base, '--base')), await outcome(resolveExactRef(git, head, '--head'))];
      const expected = 'error' in sides[0]! ? sides[0] : 'error' in sides[1]! ? sides[1] : null;
      const got = await outcome(
        collectLocalAdmissionInput({ repoDir: repo.dir, base, head, packPath: 'pack.json' }).then(
          (input) => input.context.resolved_refs!.head,
        ),
      );
      if (expected !== null) expect(got).toEqual(expected);
      else {
        expect(got).toEqual(sides[1]);
        const input = await collectLocalAdmissionInput({ repoDir: repo.dir, base, head, packPath: 'pack.json' });
        expect(input.context.resolved_refs).toEqual({
          base: (sides[0] as { ok: ResolvedRef }).ok,
          head: (sides[1] as { ok: ResolvedRef }).ok,
        });
        expect(input.pr.body).toBe(repo.git('log', '-1', '--format=%B', input.pr.head_sha) + '\n');
      }
    },
  );

  it('a tag object is peeled to its commit, and a full id of a tree is refused', async () => {
    repo.git('tag', '-a', '-m', 'annotated', 'annotated', evilSha);
    try {
      const input = await collectLocalAdmissionInput({
        repoDir: repo.dir,
        base: 'clean',
        head: 'refs/tags/annotated',
        packPath: 'pack.json',
      });
      expect(input.pr.head_sha).toBe(evilSha);
      expect(input.files?.map((f) => f.path)).toEqual(['a.txt']);
      const tree = repo.git('rev-parse', `${evilSha}^{tree}`);
      await expect(collectLocalAdmissionInput({ repoDir: repo.dir, base: 'clean', head: tree, packPath: 'pack.json' })).rejects.toThrow(
        `--head "${tree}" is not a commit in this repository`,
      );
    } finally {
      repo.git('tag', '-d', 'annotated');
    }
  });
});
