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
