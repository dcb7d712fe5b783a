import type { Decision } from '../decision/types.js';
/**
 * The decision log: one JSON line per decision, each carrying the SHA-256 of the line before it,
 * so that an edited, deleted or inserted line breaks the chain at a line `verify-log` can name.
 * Truncating the tail is not detectable from the file alone; `verify-log` prints the head hash so
 * it can be recorded elsewhere.
 */
/** What the first line chains to. */
export declare const GENESIS_SHA256: string;
export declare const DECISION_LOG_VERSION = 1;
export interface DecisionLogEntry {
    v: typeof DECISION_LOG_VERSION;
    /** 1-based line number in the file, continued across server restarts. */
    seq: number;
    /** When the decision was made (the evaluation time). */
    time: string;
    pack_sha256: string;
    /** As the request gave them when strings (a kill_session decision is made before they are read). */
    run_id: string | null;
    workflow_id: string | null;
    decision: Decision;
    /** SHA-256 hex of the previous line's bytes (without its newline), or GENESIS_SHA256. */
    prev_sha256: string;
}
export type LogProblemKind = 'partial_line' | 'not_an_entry' | 'sequence_gap' | 'chain_broken';
export type LogVerification = {
    ok: true;
    lines: number;
    head_sha256: string;
} | {
    ok: false;
    kind: LogProblemKind;
    /** The first line that fails, 1-based. */
    line: number;
    reason: string;
    /** Lines before `line` whose chain checks out (a partial line leaves every complete line verified). */
    verified_lines: number;
    head_sha256: string;
};
/**
 * Checks a log line by line (pure: fed lines, holds only the running hash). Both `verify-log`
 * and the server, before appending to an existing log, run it over the whole file.
 */
export declare class ChainVerifier {
    private count;
    private prev;
    private failure;
    /** Feeds one complete line (without its newline). Returns false once the chain is broken. */
    pushLine(line: Uint8Array): boolean;
    /** Ends the log: `trailing` is whatever followed the last newline (empty for a clean log). */
    finish(trailing: Uint8Array): LogVerification;
}
/** Reads an open file from the start, feeding every complete line to a verifier. */
export declare function verifyLogFd(fd: number): LogVerification;
export declare function verifyLogFile(path: string): LogVerification;
export declare function describeVerification(path: string, v: LogVerification): string;
export declare class DecisionLogError extends Error {
    name: string;
}
/**
 * An open decision log. Each line is written with one write on an O_APPEND descriptor, in call
 * order, so the chain never depends on timing; `append` resolves only after an fdatasync that began
 * after the line was written. When a tool result leaves the server its line is on disk, and a crash
 * can at worst lose lines whose results were never sent. Calls in flight together share one
 * fdatasync (group commit): the guarantee per line is the same, the disk is asked fewer times.
 * After a failed write or sync the log refuses further appends: a half-written or unsynced line
 * would put every later line in doubt.
 */
export declare class DecisionLog {
    readonly path: string;
    private readonly fd;
    private count;
    private prev;
    private failed;
    /** Lines written but not yet covered by a finished fdatasync. */
    private waiting;
    private syncing;
    private constructor();
    /**
     * Opens (creating if needed) and verifies the existing chain, continuing it. A log that does not
     * verify is refused: appending would bury the break under valid-looking lines.
     */
    static open(path: string): DecisionLog;
    get lines(): number;
    get headSha256(): string;
    /**
     * Appends one decision; resolves once it is on disk. Rejects with DecisionLogError when it could
     * not be written or synced.
     */
    append(decision: Decision, time: string, request: Record<string, unknown>): Promise<DecisionLogEntry>;
    /** Starts an fdatasync for every line written so far, unless one is running (it restarts after). */
    private sync;
    private fail;
    private unusable;
    /** Closes the file once every line written has been synced (or the log has failed). */
    close(): Promise<void>;
}
