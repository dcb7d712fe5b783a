import { spawn } from 'node:child_process';
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
    /**
     * Runs `git <args>` in `repoDir` before (or while) a reader opens on it, for reads that see
     * neither the work tree nor the index nor attributes (ref listings): it saves waiting for `open`.
     */
    static runInRepository(repoDir: string, args: string[]): Promise<Buffer>;
    close(): Promise<void>;
    private readonly batches;
    /**
     * One `git cat-file --batch` process for many object reads (by name, such as `<commit>:<path>`
     * or `<object>^{commit}`): a process per read is most of a small run's time. Closed with the reader.
     */
    objects(): ObjectBatch;
    private spawnOptions;
    /** Runs `git <args>` and returns stdout as bytes. */
    run(args: string[]): Promise<Buffer>;
    /** Runs `git <args>`; stdout as bytes and stderr (warnings) as text. */
    runWithStderr(args: string[]): Promise<{
        stdout: Buffer;
        stderr: string;
    }>;
    text(args: string[]): Promise<string>;
}
/** An object as `git cat-file --batch` gives it. */
export interface GitObject {
    oid: string;
    type: string;
    content: Buffer;
}
/**
 * Reads objects through one `git cat-file --batch` process. Requests are answered in the order
 * they are written, so several can be in flight. A name git cannot resolve (or that is not there)
 * reads as null; if the process fails, every read still waiting fails with a GitError.
 */
export declare class ObjectBatch {
    private readonly child;
    private readonly pending;
    private chunks;
    private buffered;
    /** Bytes the reply at the head of the queue needs before it can be parsed. */
    private need;
    private closed;
    private stderr;
    private failure;
    private readonly exited;
    constructor(child: ReturnType<typeof spawn>);
    /** The object `name` names, or null when git has none by that name. */
    read(name: string): Promise<GitObject | null>;
    /** Ends the process (after the reads in flight) and waits for it. */
    close(): Promise<void>;
    private drain;
    private consume;
    private fail;
}
