import type { Decision } from '../decision/index.js';
import { type Checkpoint } from './log-anchor.js';
/**
 * The decision log: one JSON line per decision, each carrying the SHA-256 of the line before it,
 * so that an edited, deleted or inserted line breaks the chain at a line `verify-log` can name.
 * The chain alone cannot show a cut tail or a last line edited with the chain recomputed; two
 * anchors outside the log's bytes can: an HMAC on every line, with a key the log does not hold,
 * and a checkpoint file (`<log>.head`) recording the line count and head hash (docs/mcp.md,
 * "What verify-log detects").
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
    /**
     * With a log key: HMAC-SHA256 hex, under the key, of the line's bytes without this field (the
     * line up to `,"hmac_sha256":` followed by `}`). Always the last field.
     */
    hmac_sha256?: string;
}
export type LogProblemKind = 'partial_line' | 'not_an_entry' | 'sequence_gap' | 'chain_broken' | 'bad_mac' | 'truncated' | 'checkpoint_mismatch' | 'appended_after_close';
/** The checkpoint a log was checked against, as the result reports it. */
export interface CheckpointReport {
    source: string;
    lines: number;
    head_sha256: string;
    /** Whether the checkpoint's HMAC was checked with the key ('unchecked': no key given; 'none': a count:hash). */
    signature: 'valid' | 'unchecked' | 'none';
    closed: boolean;
}
interface VerificationExtras {
    /** Lines carrying an HMAC: 'verified' with the key, 'unchecked' without one; absent when none do and no key was given. */
    macs?: 'verified' | 'unchecked';
    checkpoint?: CheckpointReport;
    /** Lines after the checkpoint, which it does not cover. */
    unanchored_lines?: number;
}
export type LogVerification = ({
    ok: true;
    lines: number;
    head_sha256: string;
} & VerificationExtras) | ({
    ok: false;
    kind: LogProblemKind;
    /** The first line that fails, 1-based. */
    line: number;
    reason: string;
    /** Lines before `line` whose chain checks out (a partial line leaves every complete line verified). */
    verified_lines: number;
    head_sha256: string;
} & VerificationExtras);
/** What a log is expected to hold: a checkpoint file's contents or a `count:hash` recorded elsewhere. */
export interface LogExpectation {
    source: string;
    lines: number;
    head_sha256: string;
    closed: boolean;
    signature: CheckpointReport['signature'];
}
export interface VerifyOptions {
    /** The HMAC key: every line must then carry a valid hmac_sha256. */
    key?: Buffer;
    expect?: LogExpectation;
}
/**
 * Checks a log line by line (pure: fed lines, holds only the running hash). Both `verify-log`
 * and the server, before appending to an existing log, run it over the whole file.
 */
export declare class ChainVerifier {
    private readonly key?;
    private readonly recordAt?;
    private count;
    private prev;
    private failure;
    private macLines;
    /** The head hash after `recordAt` lines (the genesis value for 0). */
    private recorded;
    constructor(key?: Buffer | undefined, recordAt?: number | undefined);
    /** Feeds one complete line (without its newline). Returns false once the chain is broken. */
    pushLine(line: Uint8Array): boolean;
    private checkMac;
    /** Ends the log: `trailing` is whatever followed the last newline (empty for a clean log). */
    finish(trailing: Uint8Array): LogVerification;
    /** The head hash after the `recordAt` lines given to the constructor, once that many verified. */
    get recordedHead(): string | undefined;
}
/** Reads an open file from the start, feeding every complete line to a verifier, then checks the expectation. */
export declare function verifyLogFd(fd: number, options?: VerifyOptions): LogVerification;
export declare function verifyLogFile(path: string, options?: VerifyOptions): LogVerification;
/**
 * The expectation a checkpoint gives, after checking its HMAC when a key is given (a signed
 * checkpoint is required then). Throws LogAnchorError when the checkpoint cannot be trusted.
 */
export declare function checkpointExpectation(c: Checkpoint, source: string, key: Buffer | undefined): LogExpectation;
export declare function describeVerification(path: string, v: LogVerification): string;
export declare class DecisionLogError extends Error {
    name: string;
}
export interface DecisionLogOptions {
    /** The HMAC-SHA256 key: every line and every checkpoint is signed with it, and the existing log must verify under it. */
    key?: Buffer;
}
/**
 * An open decision log. Lines get their seq and prev_sha256 in call order; they are written in
 * that order, a batch at a time, with one write on an O_APPEND descriptor and one fdatasync, and
 * `append` resolves only once the fdatasync covering its line has finished (group commit). When a
 * tool result leaves the server its line is on disk, and a crash can at worst lose lines whose
 * results were never sent. After a failed write or sync the log refuses further appends: a
 * half-written or unsynced line would put every later line in doubt.
 */
export declare class DecisionLog {
    readonly path: string;
    private readonly fd;
    private count;
    private prev;
    private readonly key;
    private readonly lock;
    /** What opening found worth saying (e.g. lines after the last checkpoint). */
    readonly notes: readonly string[];
    private failed;
    /** Lines given their place in the chain but not yet written, and their callers. */
    private pendingLines;
    private pendingWaiters;
    private syncing;
    /** Settles when the running fdatasync has finished (and its batch has been answered). */
    private synced;
    /** Set while waiting for released callers to come back (see GATHER_MS). */
    private gatherTimer;
    private idleFlush;
    private gatherTarget;
    private durableCount;
    private durableHead;
    private checkpointTimer;
    private checkpointWriting;
    private checkpointedCount;
    private lastCheckpointAt;
    private closing;
    private constructor();
    /**
     * Locks the log (`<log>.lock`), opens it (creating if needed), verifies the existing chain (and,
     * with a key, every line's HMAC) against its checkpoint (`<log>.head`), and continues it. A log
     * that does not verify is refused: appending would bury the break under valid-looking lines.
     */
    static open(path: string, options?: DecisionLogOptions): DecisionLog;
    get lines(): number;
    get headSha256(): string;
    get checkpointPath(): string;
    /**
     * Appends one decision; resolves once its line is on disk. Rejects with DecisionLogError when it
     * could not be written or synced.
     */
    append(decision: Decision, time: string, request: Record<string, unknown>): Promise<DecisionLogEntry>;
    /** Decides when the pending lines go out: now, after the running sync, or when the round is complete. */
    private schedule;
    /** Writes every pending line with one write and starts one fdatasync for them. */
    private flush;
    private rejectAll;
    /** Rewrites the checkpoint in the background, at most every CHECKPOINT_INTERVAL_MS. */
    private scheduleCheckpoint;
    private fail;
    private unusable;
    /**
     * Closes the log once every line written has been synced (or the log has failed), records the
     * final checkpoint (marked closed, so that a line appended later is caught) and releases the lock.
     */
    close(): Promise<void>;
}
export {};
