import type { GitReader } from './exec.js';
import { GitError } from './exec.js';

/** What `--base` / `--head` named, the exact ref it was taken as, and the commit. */
export interface ResolvedRef {
  /** As the caller gave it. */
  given: string;
  /** The full ref (`refs/heads/main`, `refs/remotes/origin/main`), or null for a commit id. */
  ref: string | null;
  /** The commit, full hex. */
  sha: string;
}

const FULL_SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;

/**
 * Resolves a branch name, full ref or full commit id to one commit without git's "did you mean"
 * rules (gitrevisions), under which `main` is `refs/tags/main` when that exists too and
 * `origin/main` can be `refs/tags/origin/main` or `refs/heads/origin/main` — refs anyone who can
 * push (an agent) can create. Accepted:
 * - a full 40- (or 64-) hex commit id;
 * - a full ref `refs/…` that exists (taken literally);
 * - `HEAD`: the branch it points at, or its commit when detached;
 * - a short name that is exactly one of `refs/heads/<name>` and `refs/remotes/<name>`, while no
 *   other ref git could read the name as (`refs/<name>`, `refs/tags/<name>`,
 *   `refs/remotes/<name>/HEAD`) exists.
 * Anything else, an abbreviated id or revision syntax (`main~1`, `@{u}`) included, is refused
 * with the reason and, for a collision, the refs that collide.
 */
export async function resolveExactRef(git: GitReader, given: string, option: string): Promise<ResolvedRef> {
  const name = given.trim();
  if (FULL_SHA.test(name)) return { given, ref: null, sha: await peelCommit(git, name, given, option) };
  if (name === 'HEAD') {
    const target = (await git.text(['symbolic-ref', '-q', 'HEAD']).catch(() => '')).trim();
    if (target === '') return { given, ref: null, sha: await peelCommit(git, 'HEAD', given, option) };
    return resolveFullRef(git, given, target, option);
  }
  if (name.startsWith('refs/')) return resolveFullRef(git, given, name, option);
  if (!validRefName(name)) throw new GitError(`${option} "${given}" is not a branch name, full ref (refs/…) or full commit id`, '');
  const wanted = [`refs/heads/${name}`, `refs/remotes/${name}`];
  const readings = [`refs/${name}`, `refs/tags/${name}`, ...wanted, `refs/remotes/${name}/HEAD`];
  const existing = await existingRefs(git, readings);
  const branches = existing.filter((r) => wanted.includes(r.ref));
  if (existing.length > 1) {
    throw new GitError(
      `${option} "${given}" is ambiguous: ${existing.map((r) => r.ref).join(', ')} all exist. Pass the full ref (e.g. ${branches[0]?.ref ?? existing[0]!.ref}) or a full commit id.`,
      '',
    );
  }
  if (branches.length === 0) {
    const other = existing[0];
    throw new GitError(
      other
        ? `${option} "${given}" is not a branch: only ${other.ref} has that name. Pass the full ref to mean it.`
        : `${option} "${given}" is not a commit in this repository: no refs/heads/${name} or refs/remotes/${name} (pass a branch, a full ref or a full commit id)`,
      '',
    );
  }
  return { given, ref: branches[0]!.ref, sha: await peelCommit(git, branches[0]!.sha, given, option) };
}

async function resolveFullRef(git: GitReader, given: string, ref: string, option: string): Promise<ResolvedRef> {
  const [found] = await existingRefs(git, [ref]);
  if (!found) throw new GitError(`${option} "${given}" is not a commit in this repository: ${ref} does not exist`, '');
  return { given, ref, sha: await peelCommit(git, found.sha, given, option) };
}

/** The refs among `names` that exist, each with the object it points at (exact names only). */
async function existingRefs(git: GitReader, names: string[]): Promise<{ ref: string; sha: string }[]> {
  // for-each-ref patterns match whole leading components, so each hit is compared exactly.
  const out = await git.text(['for-each-ref', '--format=%(refname)%00%(objectname)', '--', ...names]);
  const found = new Map<string, string>();
  for (const line of out.split('\n')) {
    const [ref, sha] = line.split('\0');
    if (ref && sha && names.includes(ref)) found.set(ref, sha);
  }
  return names.filter((n) => found.has(n)).map((ref) => ({ ref, sha: found.get(ref)! }));
}

async function peelCommit(git: GitReader, object: string, given: string, option: string): Promise<string> {
  try {
    return (await git.text(['rev-parse', '--verify', '--quiet', '--end-of-options', `${object}^{commit}`])).trim();
  } catch (err) {
    throw new GitError(`${option} "${given}" is not a commit in this repository`, (err as GitError).stderr ?? '');
  }
}

/** git check-ref-format's rules for a branch name, so nothing of revision syntax gets through. */
function validRefName(name: string): boolean {
  if (name === '' || name === '@' || name.startsWith('-') || name.startsWith('/') || name.endsWith('/') || name.endsWith('.')) return false;
  // eslint-disable-next-line no-control-regex
  if (/[\x00-\x20\x7f~^:?*[\\]|\.\.|@\{|\/\/|\/\.|\.lock(?:\/|$)/.test(name)) return false;
  return !name.split('/').some((seg) => seg.startsWith('.'));
}
