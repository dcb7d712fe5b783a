export declare const MIN_LOG_KEY_BYTES = 32;
export declare class LogAnchorError extends Error {
    name: string;
}
/**
 * Reads `--log-key FILE`: the file's bytes, without one trailing newline, are the HMAC-SHA256
 * key (for example `openssl rand -hex 32 > decisions.key`).
 */
export declare function readLogKey(file: string): Buffer;
export declare function hmacHex(key: Buffer, data: Uint8Array | string): string;
export declare function hexEqual(a: string, b: string): boolean;
/** Where a log's checkpoint and lock live: beside it, named after it. */
export declare function checkpointPathFor(logPath: string): string;
export declare function lockPathFor(logPath: string): string;
/** The log's state at one moment: the first `lines` lines, the last of which hashes to head_sha256. */
export interface Checkpoint {
    v: 1;
    lines: number;
    head_sha256: string;
    time: string;
    /** True when written by a server closing the log: nothing may follow it. */
    closed: boolean;
    /** HMAC-SHA256 (hex) of checkpointMessage() with the log key; absent when written without a key. */
    hmac_sha256?: string;
}
export declare function makeCheckpoint(lines: number, head: string, closed: boolean, key: Buffer | undefined, now?: Date): Checkpoint;
export declare function serializeCheckpoint(c: Checkpoint): string;
/** Parses a checkpoint file's text; throws LogAnchorError with what is wrong. */
export declare function parseCheckpoint(text: string, source: string): Checkpoint;
/** `count:hash`, as `verify-log` prints it and `--expect` takes it. */
export declare function parseExpectation(text: string): {
    lines: number;
    head_sha256: string;
} | null;
/** Whether the checkpoint's signature holds under `key`: 'absent' when it carries none. */
export declare function checkpointSignature(c: Checkpoint, key: Buffer): 'valid' | 'invalid' | 'absent';
/** Reads a checkpoint file; null when it does not exist. */
export declare function readCheckpointFile(file: string): Checkpoint | null;
/** Replaces the file atomically and durably: a temporary file, fsync, rename, fsync of the directory. */
export declare function writeCheckpointSync(file: string, c: Checkpoint): void;
export declare function writeCheckpoint(file: string, c: Checkpoint): Promise<void>;
/**
 * An exclusive lock on a log: `<log>.lock`, created with O_EXCL, holding the owner's pid, host
 * and start time. A lock whose owner is a process on this host that no longer exists (a server
 * that was killed) is stale and taken over; any other lock refuses. Node has no flock, and an
 * O_EXCL file also works on network file systems that honour it.
 */
export declare class LogLock {
    readonly path: string;
    private released;
    private readonly onExit;
    private constructor();
    static acquire(logPath: string): LogLock;
    release(): void;
}
