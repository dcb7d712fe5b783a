import type { ChangedFile } from '../admission/index.js';
import { type GitReader, type ObjectBatch } from './exec.js';
/**
 * Parses `git diff-tree -r -z --raw --numstat` output: every raw record (modes, status, paths)
 * followed by one numstat record per file pair in the same order. The two halves are zipped and
 * their paths compared, so a mismatch is an error, never a silently wrong row.
 */
export declare function parseRawNumstat(out: Buffer): ChangedFile[];
export interface ChangedFiles {
    files: ChangedFile[];
    /** The merge base the change is measured from. */
    mergeBase: string;
    /** Things a reviewer should know about how the list was made (e.g. rename detection skipped). */
    notes: string[];
}
/**
 * Every change from the merge base of `base` and `head` to `head`, as a pull request shows it.
 * Renames are detected (`-M`, git's default rename limit); copies are not: `-C` makes git give up
 * rename detection on large PRs, and a copy is judged on its own path as an added file anyway.
 * When git skips rename detection (too many files), renames count as a deletion plus an
 * addition, which is stricter, and a note says so.
 *
 * A file git calls binary (one NUL byte, or attributes in the repository saying so) still has a
 * size: it counts every line of the old side as deleted and every line of the new side as added
 * (see countLines), read from the blobs.
 */
export declare function readChangedFiles(git: GitReader, base: string, head: string): Promise<ChangedFiles>;
/** The merge base readChangedFiles measures from. */
export declare function readMergeBase(git: GitReader, base: string, head: string): Promise<string>;
/**
 * readChangedFiles from a merge base already known; binary files' blobs are read through the
 * batch `objects()` gives (asked for only when there is a binary file).
 */
export declare function readChangesFrom(git: GitReader, mergeBase: string, head: string, objects: () => ObjectBatch): Promise<ChangedFiles>;
/**
 * The lines of a file as `max_diff_lines` counts a binary one: its newline-separated pieces,
 * a last piece without a newline included. Empty content has none.
 */
export declare function countLines(bytes: Uint8Array): number;
