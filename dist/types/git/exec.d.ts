/** A git command failed; `stderr` is git's own message (never contains file contents we read). */
export declare class GitError extends Error {
    readonly stderr: string;
    name: string;
    constructor(message: string, stderr: string);
}
/**
 * Runs read-only git plumbing against one repository without executing anything the repository
 * (or a pull request in it) could have put there:
 * - execFile, never a shell, so refs and paths are plain arguments;
 * - hooks off, fsmonitor off, no pager, no prompts, no lazy fetch of missing objects;
 * - no system or user config, no replace refs, no grafts, no commit-graph, and every setting that
 *   changes a read (diff algorithm, rename limit, big-file threshold, submodule ignoring…) pinned
 *   on the command line, where the repository's own config cannot override it;
 * - commands run with an empty work tree and an empty index as their view of the repository, so
 *   the checked-out `.gitattributes` (which the PR may have written) cannot mark files binary to
 *   hide their line counts, or pick diff drivers; `--no-ext-diff`/`--no-textconv` are passed where
 *   a command takes them, and blobs are read with `cat-file` (no filters, no textconv).
 * Call `close()` when done to remove the empty work tree.
 */
export declare class GitReader {
    readonly gitDir: string;
    private readonly scratch;
    private constructor();
    /** Opens the repository that contains `repoDir` (its work tree or a bare repository). */
    static open(repoDir: string): Promise<GitReader>;
    close(): Promise<void>;
    /** Runs `git <args>` and returns stdout as bytes. */
    run(args: string[]): Promise<Buffer>;
    /** Runs `git <args>`; stdout as bytes and stderr (warnings) as text. */
    runWithStderr(args: string[]): Promise<{
        stdout: Buffer;
        stderr: string;
    }>;
    text(args: string[]): Promise<string>;
}
