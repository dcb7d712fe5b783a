/**
 * The runner's checkout, when it holds the commits: read-only git object lookups that replace
 * API calls (pack and manifest from the base commit, every changed file with its modes when the
 * API cannot list them all). Nothing from the work tree is read, and nothing in it is executed:
 * all access goes through the local-git adapter's GitReader.
 */
import type { ChangedFile } from '../admission/types.js';
export interface LocalHistory {
    /** True when the object database holds this commit. */
    hasCommit(sha: string): Promise<boolean>;
    /** The file's text at a commit, or null when the commit has no such file. */
    readFile(commit: string, path: string): Promise<string | null>;
    /** Every change from the merge base of base and head to head, with modes, and git's notes. Throws on git errors. */
    changedFiles(base: string, head: string): Promise<{
        files: ChangedFile[];
        notes: string[];
    }>;
    close(): Promise<void>;
}
/** Opens the repository at `dir`, or returns null when there is none (no checkout, or not git). */
export declare function openLocalHistory(dir: string | undefined): Promise<LocalHistory | null>;
