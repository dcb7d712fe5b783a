/**
 * The runner's checkout, when it holds the commits: read-only git object lookups that replace
 * API calls (pack and manifest from the base commit, every changed file with its modes when the
 * API cannot list them all). Nothing from the work tree is read, and nothing in it is executed:
 * all access goes through the local-git adapter's GitReader.
 */
import type { ChangedFile } from '../admission/index.js';
import { readChangedFiles, GitReader } from '../git/index.js';

export interface LocalHistory {
  /** True when the object database holds this commit. */
  hasCommit(sha: string): Promise<boolean>;
  /** The file's text at a commit, or null when the commit has no such file. */
  readFile(commit: string, path: string): Promise<string | null>;
  /** Every change from the merge base of base and head to head, with modes, and git's notes. Throws on git errors. */
  changedFiles(base: string, head: string): Promise<{ files: ChangedFile[]; notes: string[] }>;
  close(): Promise<void>;
}

/** Opens the repository at `dir`, or returns null when there is none (no checkout, or not git). */
export async function openLocalHistory(dir: string | undefined): Promise<LocalHistory | null> {
  if (!dir) return null;
  let git: GitReader;
  try {
    git = await GitReader.open(dir);
  } catch {
    return null;
  }
  return {
    async hasCommit(sha) {
      return git.run(['cat-file', '-e', '--end-of-options', `${sha}^{commit}`]).then(
        () => true,
        () => false,
      );
    },
    async readFile(commit, path) {
      return git.run(['cat-file', 'blob', '--end-of-options', `${commit}:${path}`]).then(
        (b) => b.toString('utf8'),
        () => null,
      );
    },
    async changedFiles(base, head) {
      // The same comparison as the local admit command (merge base to head, renames, no drivers).
      const { files, notes } = await readChangedFiles(git, base, head);
      return { files, notes };
    },
    close: () => git.close(),
  };
}
