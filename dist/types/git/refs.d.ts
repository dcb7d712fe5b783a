import type { GitReader } from './exec.js';
/** What `--base` / `--head` named, the exact ref it was taken as, and the commit. */
export interface ResolvedRef {
    /** As the caller gave it. */
    given: string;
    /** The full ref (`refs/heads/main`, `refs/remotes/origin/main`), or null for a commit id. */
    ref: string | null;
    /** The commit, full hex. */
    sha: string;
}
export declare const FULL_SHA: RegExp;
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
export declare function resolveExactRef(git: GitReader, given: string, option: string): Promise<ResolvedRef>;
/** The refs a name is looked up under (none for a commit id or HEAD), so a caller can list them at once. */
export declare function refLookups(given: string): string[];
/** resolveExactRef over the given reads. */
export declare function resolveExactRefWith(reads: RefReads, given: string, option: string): Promise<ResolvedRef>;
/** `git for-each-ref` over `names`, as RefReads.refs gives it. */
export declare function parseRefListing(out: string, names: readonly string[]): Map<string, string>;
/** The arguments of the `git for-each-ref` that RefReads.refs runs. */
export declare function refListingArgs(names: readonly string[]): string[];
