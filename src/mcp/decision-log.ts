import { closeSync, fdatasync, fstatSync, openSync, readSync, writeSync } from 'node:fs';
import type { Decision } from '../decision/index.js';
import { DECISIONS } from '../decision/index.js';
import { sha256Hex } from '../util/index.js';
import {
  checkpointPathFor,
  checkpointSignature,
  hexEqual,
  hmacHex,
  LogAnchorError,
  LogLock,
  makeCheckpoint,
  readCheckpointFile,
  writeCheckpoint,
  writeCheckpointSync,
  type Checkpoint,
} from './log-anchor.js';

/**
 * The decision log: one JSON line per decision, each carrying the SHA-256 of the line before it,
 * so that an edited, deleted or inserted line breaks the chain at a line `verify-log` can name.
 * The chain alone cannot show a cut tail or a last line edited with the chain recomputed; two
 * anchors outside the log's bytes can: an HMAC on every line, with a key the log does not hold,
 * and a checkpoint file (`<log>.head`) recording the line count and head hash (docs/mcp.md,
 * "What verify-log detects").
 */

/** What the first line chains to. */
export const GENESIS_SHA256 = '0'.repeat(64);
export const DECISION_LOG_VERSION = 1;

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

export type LogProblemKind =
  | 'partial_line'
  | 'not_an_entry'
  | 'sequence_gap'
  | 'chain_broken'
  | 'bad_mac'
  | 'truncated'
  | 'checkpoint_mismatch'
  | 'appended_after_close';

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

export type LogVerification =
  | ({ ok: true; lines: number; head_sha256: string } & VerificationExtras)
  | ({
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

const HEX64 = /^[0-9a-f]{64}$/;
const DECISION_SET = new Set<string>(DECISIONS);
const MAC_FIELD = Buffer.from(',"hmac_sha256":"', 'utf8');
/** `,"hmac_sha256":"` + 64 hex digits + `"}`. */
const MAC_SUFFIX_LENGTH = MAC_FIELD.length + 64 + 2;
const CLOSE_BRACE = Buffer.from('}', 'utf8');

/** The line's bytes as its HMAC covers them: without the trailing hmac_sha256 field. */
function macBody(line: Uint8Array): Buffer | null {
  if (line.length < MAC_SUFFIX_LENGTH + 2) return null;
  const at = line.length - MAC_SUFFIX_LENGTH;
  if (!Buffer.from(line.buffer, line.byteOffset + at, MAC_FIELD.length).equals(MAC_FIELD)) return null;
  return Buffer.concat([line.subarray(0, at), CLOSE_BRACE]);
}

/**
 * Checks a log line by line (pure: fed lines, holds only the running hash). Both `verify-log`
 * and the server, before appending to an existing log, run it over the whole file.
 */
export class ChainVerifier {
  private count = 0;
  private prev = GENESIS_SHA256;
  private failure: LogVerification | undefined;
  private macLines = 0;
  /** The head hash after `recordAt` lines (the genesis value for 0). */
  private recorded: string | undefined;

  constructor(
    private readonly key?: Buffer,
    private readonly recordAt?: number,
  ) {
    if (recordAt === 0) this.recorded = GENESIS_SHA256;
  }

  /** Feeds one complete line (without its newline). Returns false once the chain is broken. */
  pushLine(line: Uint8Array): boolean {
    if (this.failure) return false;
    const n = this.count + 1;
    const problem = checkEntry(line, n, this.prev) ?? this.checkMac(line);
    if (problem) {
      this.failure = { ok: false, ...problem, line: n, verified_lines: this.count, head_sha256: this.prev };
      return false;
    }
    this.prev = sha256Hex(line);
    this.count = n;
    if (n === this.recordAt) this.recorded = this.prev;
    return true;
  }

  private checkMac(line: Uint8Array): { kind: LogProblemKind; reason: string } | undefined {
    const body = macBody(line);
    if (body !== null) this.macLines++;
    if (!this.key) return undefined;
    if (body === null) {
      return {
        kind: 'bad_mac',
        reason: 'the line carries no hmac_sha256, though a log key was given: it was written without the key, or forged',
      };
    }
    const mac = Buffer.from(line.buffer, line.byteOffset + line.length - 66, 64).toString('latin1');
    if (!hexEqual(mac, hmacHex(this.key, body))) {
      return {
        kind: 'bad_mac',
        reason: 'hmac_sha256 does not match the line under the log key: the line was edited or forged (or another key is in use)',
      };
    }
    return undefined;
  }

  /** Ends the log: `trailing` is whatever followed the last newline (empty for a clean log). */
  finish(trailing: Uint8Array): LogVerification {
    const extras: VerificationExtras = {};
    if (this.key) extras.macs = 'verified';
    else if (this.macLines > 0) extras.macs = 'unchecked';
    if (this.failure) return { ...this.failure, ...extras };
    if (trailing.length > 0) {
      return {
        ok: false,
        kind: 'partial_line',
        line: this.count + 1,
        reason: `incomplete last line (${trailing.length} bytes, no final newline): a write was cut short; every line before it verifies`,
        verified_lines: this.count,
        head_sha256: this.prev,
        ...extras,
      };
    }
    return { ok: true, lines: this.count, head_sha256: this.prev, ...extras };
  }

  /** The head hash after the `recordAt` lines given to the constructor, once that many verified. */
  get recordedHead(): string | undefined {
    return this.recorded;
  }
}

function checkEntry(line: Uint8Array, n: number, expectedPrev: string): { kind: LogProblemKind; reason: string } | undefined {
  let entry: unknown;
  try {
    entry = JSON.parse(Buffer.from(line.buffer, line.byteOffset, line.byteLength).toString('utf8'));
  } catch {
    return { kind: 'not_an_entry', reason: 'not valid JSON: the line was edited or is not a decision log entry' };
  }
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
    return { kind: 'not_an_entry', reason: 'not a JSON object: the line was edited or is not a decision log entry' };
  }
  const e = entry as Record<string, unknown>;
  const missing: string[] = [];
  if (e.v !== DECISION_LOG_VERSION) missing.push(`v (expected ${DECISION_LOG_VERSION})`);
  if (typeof e.seq !== 'number' || !Number.isInteger(e.seq)) missing.push('seq');
  if (typeof e.time !== 'string') missing.push('time');
  if (typeof e.pack_sha256 !== 'string' || !HEX64.test(e.pack_sha256)) missing.push('pack_sha256');
  if (typeof e.prev_sha256 !== 'string' || !HEX64.test(e.prev_sha256)) missing.push('prev_sha256');
  if (e.hmac_sha256 !== undefined && (typeof e.hmac_sha256 !== 'string' || !HEX64.test(e.hmac_sha256))) missing.push('hmac_sha256');
  const d = e.decision as Record<string, unknown> | null | undefined;
  if (typeof d !== 'object' || d === null || typeof d.decision !== 'string' || !DECISION_SET.has(d.decision)) {
    missing.push('decision');
  }
  if (missing.length > 0) {
    return { kind: 'not_an_entry', reason: `missing or malformed field(s): ${missing.join(', ')}` };
  }
  const seq = e.seq as number;
  if (seq !== n) {
    const what = seq > n ? `${seq - n} line(s) before it were deleted` : `lines were inserted, duplicated or reordered before it`;
    return { kind: 'sequence_gap', reason: `seq is ${seq} where ${n} was expected: ${what}` };
  }
  if (e.prev_sha256 !== expectedPrev) {
    const prevDesc = n === 1 ? 'the genesis value (this is the first line)' : `the SHA-256 of line ${n - 1}`;
    return {
      kind: 'chain_broken',
      reason:
        `prev_sha256 ${String(e.prev_sha256).slice(0, 12)}… does not equal ${prevDesc} (${expectedPrev.slice(0, 12)}…): ` +
        (n === 1 ? 'the start of the log was removed or the line was edited' : `line ${n - 1} was edited, or this line's prev_sha256 was`),
    };
  }
  return undefined;
}

const NEWLINE = 0x0a;
const CHUNK = 1 << 20;

/** Reads an open file from the start, feeding every complete line to a verifier, then checks the expectation. */
export function verifyLogFd(fd: number, options: VerifyOptions = {}): LogVerification {
  const verifier = new ChainVerifier(options.key, options.expect?.lines);
  let pending: Buffer = Buffer.alloc(0);
  const chunk = Buffer.alloc(CHUNK);
  let position = 0;
  let broken = false;
  reading: for (;;) {
    const read = readSync(fd, chunk, 0, CHUNK, position);
    if (read === 0) break;
    position += read;
    let data = pending.length > 0 ? Buffer.concat([pending, chunk.subarray(0, read)]) : chunk.subarray(0, read);
    let start = 0;
    for (let i = data.indexOf(NEWLINE, start); i !== -1; i = data.indexOf(NEWLINE, start)) {
      if (!verifier.pushLine(data.subarray(start, i))) {
        broken = true;
        break reading;
      }
      start = i + 1;
    }
    // Copy the remainder: `chunk` is reused by the next read.
    data = data.subarray(start);
    pending = Buffer.from(data);
  }
  const v = verifier.finish(broken ? Buffer.alloc(0) : pending);
  return options.expect ? checkExpectation(v, options.expect, verifier.recordedHead) : v;
}

function checkExpectation(v: LogVerification, expect: LogExpectation, headAtExpected: string | undefined): LogVerification {
  const checkpoint: CheckpointReport = {
    source: expect.source,
    lines: expect.lines,
    head_sha256: expect.head_sha256,
    signature: expect.signature,
    closed: expect.closed,
  };
  const verified = v.ok ? v.lines : v.verified_lines;
  const fail = (kind: LogProblemKind, line: number, reason: string): LogVerification => ({
    ok: false,
    kind,
    line,
    reason,
    verified_lines: Math.min(verified, line - 1),
    head_sha256: v.head_sha256,
    ...(v.macs ? { macs: v.macs } : {}),
    checkpoint,
  });
  // A break inside the checkpointed lines is reported as the break it is.
  if (!v.ok && v.kind !== 'partial_line' && v.line <= expect.lines) return { ...v, checkpoint };
  if (verified < expect.lines) {
    return fail(
      'truncated',
      verified + 1,
      `the log has ${verified} complete line(s) but the checkpoint (${expect.source}) records ${expect.lines}: lines were cut off the end`,
    );
  }
  if (headAtExpected !== expect.head_sha256) {
    return fail(
      'checkpoint_mismatch',
      Math.max(expect.lines, 1),
      `after ${expect.lines} line(s) the head sha256 is ${String(headAtExpected).slice(0, 12)}…, the checkpoint (${expect.source}) records ${expect.head_sha256.slice(0, 12)}…: ` +
        "a line up to there was edited and the chain recomputed, or the checkpoint is not this log's",
    );
  }
  if (!v.ok) return { ...v, checkpoint };
  if (v.lines > expect.lines && expect.closed) {
    return fail(
      'appended_after_close',
      expect.lines + 1,
      `${v.lines - expect.lines} line(s) follow the checkpoint written when the server closed the log (${expect.source}): they were appended by something else`,
    );
  }
  return { ...v, checkpoint, unanchored_lines: v.lines - expect.lines };
}

export function verifyLogFile(path: string, options: VerifyOptions = {}): LogVerification {
  const fd = openSync(path, 'r');
  try {
    return verifyLogFd(fd, options);
  } finally {
    closeSync(fd);
  }
}

/**
 * The expectation a checkpoint gives, after checking its HMAC when a key is given (a signed
 * checkpoint is required then). Throws LogAnchorError when the checkpoint cannot be trusted.
 */
export function checkpointExpectation(c: Checkpoint, source: string, key: Buffer | undefined): LogExpectation {
  let signature: CheckpointReport['signature'] = 'unchecked';
  if (key) {
    const s = checkpointSignature(c, key);
    if (s === 'absent')
      throw new LogAnchorError(
        `checkpoint ${source} is not signed, though a log key was given: it was written without the key, or replaced`,
      );
    if (s === 'invalid')
      throw new LogAnchorError(
        `checkpoint ${source} has an HMAC that does not match under the log key: it was edited or forged (or another key is in use)`,
      );
    signature = 'valid';
  }
  return { source, lines: c.lines, head_sha256: c.head_sha256, closed: c.closed, signature };
}

export function describeVerification(path: string, v: LogVerification): string {
  if (v.ok) {
    const notes: string[] = [];
    if (v.macs === 'verified') notes.push("every line's HMAC verified");
    if (v.macs === 'unchecked') notes.push('HMACs not checked (no --log-key)');
    if (v.checkpoint) {
      const signed = v.checkpoint.signature === 'valid' ? 'signed ' : '';
      notes.push(`matches the ${signed}checkpoint ${v.checkpoint.source} (${v.checkpoint.lines} line(s))`);
      if (v.checkpoint.signature === 'unchecked') notes.push('checkpoint signature not checked (no --log-key)');
      if (v.unanchored_lines) notes.push(`${v.unanchored_lines} line(s) after it are not covered by the checkpoint`);
    }
    return `${path}: ${v.lines} line(s) verified, head sha256 ${v.head_sha256}${notes.length > 0 ? `; ${notes.join('; ')}` : ''}`;
  }
  const verified = `${v.verified_lines} line(s) before it verify`;
  if (v.kind === 'partial_line') return `${path}: line ${v.line}: ${v.reason} (${verified}, head sha256 ${v.head_sha256})`;
  return `${path}: line ${v.line}: ${v.kind.replace(/_/g, ' ')}: ${v.reason} (${verified})`;
}

function stringOr(value: unknown, fallback: string | null): string | null {
  return typeof value === 'string' ? value : fallback;
}

export class DecisionLogError extends Error {
  override name = 'DecisionLogError';
}

export interface DecisionLogOptions {
  /** The HMAC-SHA256 key: every line and every checkpoint is signed with it, and the existing log must verify under it. */
  key?: Buffer;
}

/**
 * How long, after an fdatasync, the next one waits for the callers it just released to come back
 * with their next decision, so that they share it rather than alternating between two half-full
 * batches. It starts at once when as many lines wait as the last round had.
 */
const GATHER_MS = 1;
/** The checkpoint file is rewritten at most this often while serving (and always on close). */
const CHECKPOINT_INTERVAL_MS = 100;

interface Waiter {
  resolve: () => void;
  reject: (err: Error) => void;
}

/**
 * An open decision log. Lines get their seq and prev_sha256 in call order; they are written in
 * that order, a batch at a time, with one write on an O_APPEND descriptor and one fdatasync, and
 * `append` resolves only once the fdatasync covering its line has finished (group commit). When a
 * tool result leaves the server its line is on disk, and a crash can at worst lose lines whose
 * results were never sent. After a failed write or sync the log refuses further appends: a
 * half-written or unsynced line would put every later line in doubt.
 */
export class DecisionLog {
  private failed: Error | undefined;
  /** Lines given their place in the chain but not yet written, and their callers. */
  private pendingLines: Buffer[] = [];
  private pendingWaiters: Waiter[] = [];
  private syncing = false;
  /** Settles when the running fdatasync has finished (and its batch has been answered). */
  private synced: Promise<void> = Promise.resolve();
  /** Set while waiting for released callers to come back (see GATHER_MS). */
  private gatherTimer: NodeJS.Timeout | undefined;
  private idleFlush: NodeJS.Immediate | undefined;
  private gatherTarget = 0;
  private durableCount: number;
  private durableHead: string;
  private checkpointTimer: NodeJS.Timeout | undefined;
  private checkpointWriting: Promise<void> | undefined;
  private checkpointedCount: number;
  private lastCheckpointAt = 0;
  private closing = false;

  private constructor(
    readonly path: string,
    private readonly fd: number,
    private count: number,
    private prev: string,
    private readonly key: Buffer | undefined,
    private readonly lock: LogLock,
    /** What opening found worth saying (e.g. lines after the last checkpoint). */
    readonly notes: readonly string[],
  ) {
    this.durableCount = count;
    this.durableHead = prev;
    this.checkpointedCount = count;
  }

  /**
   * Locks the log (`<log>.lock`), opens it (creating if needed), verifies the existing chain (and,
   * with a key, every line's HMAC) against its checkpoint (`<log>.head`), and continues it. A log
   * that does not verify is refused: appending would bury the break under valid-looking lines.
   */
  static open(path: string, options: DecisionLogOptions = {}): DecisionLog {
    const { key } = options;
    let lock: LogLock;
    try {
      lock = LogLock.acquire(path);
    } catch (err) {
      if (err instanceof LogAnchorError) throw new DecisionLogError(err.message);
      throw err;
    }
    let fd: number | undefined;
    try {
      try {
        fd = openSync(path, 'a+');
      } catch (err) {
        throw new DecisionLogError(`cannot open decision log ${path}: ${(err as Error).message}`);
      }
      if (!fstatSync(fd).isFile()) throw new DecisionLogError(`decision log ${path} is not a regular file`);
      const checkpointFile = checkpointPathFor(path);
      const notes: string[] = [];
      let expect: LogExpectation | undefined;
      try {
        const checkpoint = readCheckpointFile(checkpointFile);
        if (checkpoint !== null) {
          if (!key && checkpoint.hmac_sha256 !== undefined) {
            throw new LogAnchorError(`checkpoint ${checkpointFile} is signed: start the server with the log's --log-key`);
          }
          expect = checkpointExpectation(checkpoint, checkpointFile, key);
        }
      } catch (err) {
        if (err instanceof LogAnchorError) throw new DecisionLogError(`refusing to append to decision log ${path}: ${err.message}`);
        throw err;
      }
      const v = verifyLogFd(fd, { key, expect });
      if (!v.ok) {
        throw new DecisionLogError(
          `refusing to append to decision log ${describeVerification(path, v)}. ` +
            'Keep the file as evidence, move it aside, and start the server again: a new file starts a new chain.',
        );
      }
      if (expect === undefined && v.lines > 0) {
        if (key) {
          throw new DecisionLogError(
            `refusing to append to decision log ${path}: it has ${v.lines} line(s) but no checkpoint ${checkpointFile}, so a cut tail cannot be ruled out. ` +
              'Restore the checkpoint, or move the log aside and start again.',
          );
        }
        notes.push(`no checkpoint ${checkpointFile} was found for the ${v.lines} existing line(s); one is written now`);
      }
      if (v.unanchored_lines) {
        notes.push(
          `${v.unanchored_lines} line(s) follow the last checkpoint (the server stopped without closing the log); they verify and are kept`,
        );
      }
      const log = new DecisionLog(path, fd, v.lines, v.head_sha256, key, lock, notes);
      try {
        writeCheckpointSync(checkpointFile, makeCheckpoint(v.lines, v.head_sha256, false, key));
      } catch (err) {
        throw new DecisionLogError(`cannot write checkpoint ${checkpointFile}: ${(err as Error).message}`);
      }
      return log;
    } catch (err) {
      if (fd !== undefined) closeSync(fd);
      lock.release();
      throw err;
    }
  }

  get lines(): number {
    return this.count;
  }

  get headSha256(): string {
    return this.prev;
  }

  get checkpointPath(): string {
    return checkpointPathFor(this.path);
  }

  /**
   * Appends one decision; resolves once its line is on disk. Rejects with DecisionLogError when it
   * could not be written or synced.
   */
  append(decision: Decision, time: string, request: Record<string, unknown>): Promise<DecisionLogEntry> {
    if (this.failed) return Promise.reject(this.unusable());
    if (this.closing) return Promise.reject(new DecisionLogError(`decision log ${this.path} is closed; no further decisions are released`));
    const entry: DecisionLogEntry = {
      v: DECISION_LOG_VERSION,
      seq: this.count + 1,
      time,
      pack_sha256: decision.evidence.pack_sha256,
      run_id: stringOr(request.run_id, decision.evidence.run_id),
      workflow_id: stringOr(request.workflow_id, decision.evidence.workflow_id),
      decision,
      prev_sha256: this.prev,
    };
    let text = JSON.stringify(entry);
    if (this.key) {
      entry.hmac_sha256 = hmacHex(this.key, text);
      text = `${text.slice(0, -1)},"hmac_sha256":"${entry.hmac_sha256}"}`;
    }
    const line = Buffer.from(text + '\n', 'utf8');
    this.prev = sha256Hex(line.subarray(0, line.length - 1));
    this.count = entry.seq;
    const done = new Promise<void>((resolve, reject) => {
      this.pendingWaiters.push({ resolve, reject });
    });
    this.pendingLines.push(line);
    this.schedule();
    return done.then(() => entry);
  }

  /** Decides when the pending lines go out: now, after the running sync, or when the round is complete. */
  private schedule(): void {
    if (this.syncing || this.pendingLines.length === 0) return;
    if (this.gatherTimer !== undefined) {
      if (this.pendingLines.length >= this.gatherTarget || this.closing) this.flush();
      return;
    }
    // Idle: let the calls that arrived in the same read join this batch.
    this.idleFlush ??= setImmediate(() => {
      this.idleFlush = undefined;
      this.flush();
    });
  }

  /** Writes every pending line with one write and starts one fdatasync for them. */
  private flush(): void {
    if (this.gatherTimer !== undefined) {
      clearTimeout(this.gatherTimer);
      this.gatherTimer = undefined;
    }
    if (this.idleFlush !== undefined) {
      clearImmediate(this.idleFlush);
      this.idleFlush = undefined;
    }
    if (this.syncing || this.pendingLines.length === 0) return;
    const lines = this.pendingLines;
    const batch = this.pendingWaiters;
    this.pendingLines = [];
    this.pendingWaiters = [];
    if (this.failed) {
      this.rejectAll(batch);
      return;
    }
    const bytes = lines.length === 1 ? lines[0]! : Buffer.concat(lines);
    try {
      const written = writeSync(this.fd, bytes);
      if (written !== bytes.length) throw new Error(`short write (${written} of ${bytes.length} bytes)`);
    } catch (err) {
      this.fail(err as Error);
      this.rejectAll(batch);
      return;
    }
    const count = this.durableCount + lines.length;
    const head = sha256Hex(lines[lines.length - 1]!.subarray(0, lines[lines.length - 1]!.length - 1));
    this.syncing = true;
    let settle!: () => void;
    this.synced = new Promise<void>((resolve) => (settle = resolve));
    fdatasync(this.fd, (err) => {
      this.syncing = false;
      settle();
      if (err) this.fail(err);
      if (this.failed) {
        this.rejectAll(batch);
        return;
      }
      this.durableCount = count;
      this.durableHead = head;
      for (const w of batch) w.resolve();
      this.scheduleCheckpoint();
      if (this.closing) {
        this.flush();
        return;
      }
      // Wait (briefly) for the callers just released, so the next batch is as full as this round.
      this.gatherTarget = batch.length + this.pendingLines.length;
      this.gatherTimer = setTimeout(() => {
        this.gatherTimer = undefined;
        this.flush();
      }, GATHER_MS);
    });
  }

  private rejectAll(batch: Waiter[]): void {
    const error = this.unusable();
    for (const w of [...batch, ...this.pendingWaiters.splice(0)]) w.reject(error);
    this.pendingLines = [];
  }

  /** Rewrites the checkpoint in the background, at most every CHECKPOINT_INTERVAL_MS. */
  private scheduleCheckpoint(): void {
    if (this.checkpointTimer !== undefined || this.checkpointWriting !== undefined || this.closing) return;
    const wait = Math.max(0, this.lastCheckpointAt + CHECKPOINT_INTERVAL_MS - Date.now());
    this.checkpointTimer = setTimeout(() => {
      this.checkpointTimer = undefined;
      if (this.durableCount === this.checkpointedCount || this.closing) return;
      const count = this.durableCount;
      this.lastCheckpointAt = Date.now();
      this.checkpointWriting = writeCheckpoint(this.checkpointPath, makeCheckpoint(count, this.durableHead, false, this.key))
        .then(
          () => {
            this.checkpointedCount = count;
          },
          // A checkpoint that could not be written leaves the previous one, which still holds; the next try may succeed.
          () => undefined,
        )
        .finally(() => {
          this.checkpointWriting = undefined;
          if (this.durableCount !== this.checkpointedCount) this.scheduleCheckpoint();
        });
    }, wait);
    this.checkpointTimer.unref();
  }

  private fail(err: Error): void {
    this.failed ??= err;
  }

  private unusable(): DecisionLogError {
    return new DecisionLogError(`cannot write decision log ${this.path}: ${this.failed!.message}; no further decisions are released`);
  }

  /**
   * Closes the log once every line written has been synced (or the log has failed), records the
   * final checkpoint (marked closed, so that a line appended later is caught) and releases the lock.
   */
  async close(): Promise<void> {
    if (this.closing) return;
    this.closing = true;
    this.flush();
    while (this.syncing) await this.synced;
    if (this.checkpointTimer !== undefined) clearTimeout(this.checkpointTimer);
    await this.checkpointWriting;
    try {
      // A failed log may hold lines beyond the durable ones, so it is not marked closed.
      writeCheckpointSync(this.checkpointPath, makeCheckpoint(this.durableCount, this.durableHead, !this.failed, this.key));
    } finally {
      closeSync(this.fd);
      this.lock.release();
    }
  }
}
