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

export const FULL_SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;

/**
 * The reads resolving a name takes. Each call of resolveExactRef runs its own git processes;
 * resolveExactRefWith lets a caller serve them from fewer (one ref listing for both sides of
 * a change, peels through one `cat-file --batch`).
 */
export interface RefReads {
  /** The refs among `names` that exist, each with the object it points at (exact names only). */
  refs(names: string[]): Promise<Map<string, string>>;
  /** The ref HEAD points at, or '' when it is detached. */
  symbolicHead(): Promise<string>;
  /** The commit `object^{commit}` is; throws when it is none. */
  peel(object: string): Promise<string>;
}

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
  return resolveExactRefWith(gitRefReads(git), given, option);
}

/** The refs a name is looked up under (none for a commit id or HEAD), so a caller can list them at once. */
export function refLookups(given: string): string[] {
  const name = given.trim();
  if (FULL_SHA.test(name) || name === 'HEAD') return [];
  if (name.startsWith('refs/')) return [name];
  if (!validRefName(name)) return [];
  return [`refs/${name}`, `refs/tags/${name}`, `refs/heads/${name}`, `refs/remotes/${name}`, `refs/remotes/${name}/HEAD`];
}

/** resolveExactRef over the given reads. */
export async function resolveExactRefWith(reads: RefReads, given: string, option: string): Promise<ResolvedRef> {
  const name = given.trim();
  if (FULL_SHA.test(name)) return { given, ref: null, sha: await peelCommit(reads, name, given, option) };
  if (name === 'HEAD') {
    const target = (await reads.symbolicHead()).trim();
    if (target === '') return { given, ref: null, sha: await peelCommit(reads, 'HEAD', given, option) };
    return resolveFullRef(reads, given, target, option);
  }
  if (name.startsWith('refs/')) return resolveFullRef(reads, given, name, option);
  if (!validRefName(name)) throw new GitError(`${option} "${given}" is not a branch name, full ref (refs/…) or full commit id`, '');
  const wanted = [`refs/heads/${name}`, `refs/remotes/${name}`];
  const readings = refLookups(name);
  const existing = await existingRefs(reads, readings);
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
  return { given, ref: branches[0]!.ref, sha: await peelCommit(reads, branches[0]!.sha, given, option) };
}

async function resolveFullRef(reads: RefReads, given: string, ref: string, option: string): Promise<ResolvedRef> {
  const [found] = await existingRefs(reads, [ref]);
  if (!found) throw new GitError(`${option} "${given}" is not a commit in this repository: ${ref} does not exist`, '');
  return { given, ref, sha: await peelCommit(reads, found.sha, given, option) };
}

async function existingRefs(reads: RefReads, names: string[]): Promise<{ ref: string; sha: string }[]> {
  const found = await reads.refs(names);
  return names.filter((n) => found.has(n)).map((ref) => ({ ref, sha: found.get(ref)! }));
}

/** `git for-each-ref` over `names`, as RefReads.refs gives it. */
export function parseRefListing(out: string, names: readonly string[]): Map<string, string> {
  // for-each-ref patterns match whole leading components, so each hit is compared exactly.
  const found = new Map<string, string>();
  for (const line of out.split('\n')) {
    const [ref, sha] = line.split('\0');
    if (ref && sha && names.includes(ref)) found.set(ref, sha);
  }
  return found;
}

/** The arguments of the `git for-each-ref` that RefReads.refs runs. */
export function refListingArgs(names: readonly string[]): string[] {
  return ['for-each-ref', '--format=%(refname)%00%(objectname)', '--', ...names];
}

function gitRefReads(git: GitReader): RefReads {
  return {
    refs: async (names) => parseRefListing(await git.text(refListingArgs(names)), names),
    symbolicHead: () => git.text(['symbolic-ref', '-q', 'HEAD']).catch(() => ''),
    peel: async (object) => (await git.text(['rev-parse', '--verify', '--quiet', '--end-of-options', `${object}^{commit}`])).trim(),
  };
}

async function peelCommit(reads: RefReads, object: string, given: string, option: string): Promise<string> {
  try {
    return await reads.peel(object);
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
