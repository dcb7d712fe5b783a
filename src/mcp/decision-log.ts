import { closeSync, fdatasync, fstatSync, openSync, readSync, writeSync } from 'node:fs';
import type { Decision } from '../decision/types.js';
import { DECISIONS } from '../decision/types.js';
import { sha256Hex } from '../util/canonical-json.js';

/**
 * The decision log: one JSON line per decision, each carrying the SHA-256 of the line before it,
 * so that an edited, deleted or inserted line breaks the chain at a line `verify-log` can name.
 * Truncating the tail is not detectable from the file alone; `verify-log` prints the head hash so
 * it can be recorded elsewhere.
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
}

export type LogProblemKind = 'partial_line' | 'not_an_entry' | 'sequence_gap' | 'chain_broken';

export type LogVerification =
  | { ok: true; lines: number; head_sha256: string }
  | {
      ok: false;
      kind: LogProblemKind;
      /** The first line that fails, 1-based. */
      line: number;
      reason: string;
      /** Lines before `line` whose chain checks out (a partial line leaves every complete line verified). */
      verified_lines: number;
      head_sha256: string;
    };

const HEX64 = /^[0-9a-f]{64}$/;
const DECISION_SET = new Set<string>(DECISIONS);

/**
 * Checks a log line by line (pure: fed lines, holds only the running hash). Both `verify-log`
 * and the server, before appending to an existing log, run it over the whole file.
 */
export class ChainVerifier {
  private count = 0;
  private prev = GENESIS_SHA256;
  private failure: LogVerification | undefined;

  /** Feeds one complete line (without its newline). Returns false once the chain is broken. */
  pushLine(line: Uint8Array): boolean {
    if (this.failure) return false;
    const n = this.count + 1;
    const problem = checkEntry(line, n, this.prev);
    if (problem) {
      this.failure = { ok: false, ...problem, line: n, verified_lines: this.count, head_sha256: this.prev };
      return false;
    }
    this.prev = sha256Hex(line);
    this.count = n;
    return true;
  }

  /** Ends the log: `trailing` is whatever followed the last newline (empty for a clean log). */
  finish(trailing: Uint8Array): LogVerification {
    if (this.failure) return this.failure;
    if (trailing.length > 0) {
      return {
        ok: false,
        kind: 'partial_line',
        line: this.count + 1,
        reason: `incomplete last line (${trailing.length} bytes, no final newline): a write was cut short; every line before it verifies`,
        verified_lines: this.count,
        head_sha256: this.prev,
      };
    }
    return { ok: true, lines: this.count, head_sha256: this.prev };
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
  const d = e.decision as Record<string, unknown> | null | undefined;
  if (typeof d !== 'object' || d === null || typeof d.decision !== 'string' || !DECISION_SET.has(d.decision)) {
    missing.push('decision');
  }
  if (missing.length > 0) {
    return { kind: 'not_an_entry', reason: `missing or malformed field(s): ${missing.join(', ')}` };
  }
  const seq = e.seq as number;
  if (seq !== n) {
    const what =
      seq > n
        ? `${seq - n} line(s) before it were deleted`
        : `lines were inserted, duplicated or reordered before it`;
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

/** Reads an open file from the start, feeding every complete line to a verifier. */
export function verifyLogFd(fd: number): LogVerification {
  const verifier = new ChainVerifier();
  let pending: Buffer = Buffer.alloc(0);
  const chunk = Buffer.alloc(CHUNK);
  let position = 0;
  for (;;) {
    const read = readSync(fd, chunk, 0, CHUNK, position);
    if (read === 0) break;
    position += read;
    let data = pending.length > 0 ? Buffer.concat([pending, chunk.subarray(0, read)]) : chunk.subarray(0, read);
    let start = 0;
    for (let i = data.indexOf(NEWLINE, start); i !== -1; i = data.indexOf(NEWLINE, start)) {
      if (!verifier.pushLine(data.subarray(start, i))) return verifier.finish(Buffer.alloc(0));
      start = i + 1;
    }
    // Copy the remainder: `chunk` is reused by the next read.
    data = data.subarray(start);
    pending = Buffer.from(data);
  }
  return verifier.finish(pending);
}

export function verifyLogFile(path: string): LogVerification {
  const fd = openSync(path, 'r');
  try {
    return verifyLogFd(fd);
  } finally {
    closeSync(fd);
  }
}

export function describeVerification(path: string, v: LogVerification): string {
  if (v.ok) return `${path}: ${v.lines} line(s) verified, head sha256 ${v.head_sha256}`;
  const verified = `${v.verified_lines} line(s) before it verify`;
  if (v.kind === 'partial_line') return `${path}: line ${v.line}: ${v.reason} (${verified}, head sha256 ${v.head_sha256})`;
  return `${path}: line ${v.line}: ${v.kind.replace('_', ' ')}: ${v.reason} (${verified})`;
}

function stringOr(value: unknown, fallback: string | null): string | null {
  return typeof value === 'string' ? value : fallback;
}

export class DecisionLogError extends Error {
  override name = 'DecisionLogError';
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
export class DecisionLog {
  private failed: Error | undefined;
  /** Lines written but not yet covered by a finished fdatasync. */
  private waiting: { resolve: () => void; reject: (err: Error) => void }[] = [];
  private syncing = false;

  private constructor(
    readonly path: string,
    private readonly fd: number,
    private count: number,
    private prev: string,
  ) {}

  /**
   * Opens (creating if needed) and verifies the existing chain, continuing it. A log that does not
   * verify is refused: appending would bury the break under valid-looking lines.
   */
  static open(path: string): DecisionLog {
    let fd: number;
    try {
      fd = openSync(path, 'a+');
    } catch (err) {
      throw new DecisionLogError(`cannot open decision log ${path}: ${(err as Error).message}`);
    }
    try {
      if (!fstatSync(fd).isFile()) throw new DecisionLogError(`decision log ${path} is not a regular file`);
      const v = verifyLogFd(fd);
      if (!v.ok) {
        throw new DecisionLogError(
          `refusing to append to decision log ${describeVerification(path, v)}. ` +
            'Keep the file as evidence, move it aside, and start the server again: a new file starts a new chain.',
        );
      }
      return new DecisionLog(path, fd, v.lines, v.head_sha256);
    } catch (err) {
      closeSync(fd);
      throw err;
    }
  }

  get lines(): number {
    return this.count;
  }

  get headSha256(): string {
    return this.prev;
  }

  /**
   * Appends one decision; resolves once it is on disk. Rejects with DecisionLogError when it could
   * not be written or synced.
   */
  append(decision: Decision, time: string, request: Record<string, unknown>): Promise<DecisionLogEntry> {
    if (this.failed) return Promise.reject(this.unusable());
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
    const line = Buffer.from(JSON.stringify(entry), 'utf8');
    const bytes = Buffer.concat([line, Buffer.from('\n')]);
    try {
      const written = writeSync(this.fd, bytes);
      if (written !== bytes.length) throw new Error(`short write (${written} of ${bytes.length} bytes)`);
    } catch (err) {
      this.fail(err as Error);
      return Promise.reject(this.unusable());
    }
    this.prev = sha256Hex(line);
    this.count = entry.seq;
    return new Promise<void>((resolve, reject) => {
      this.waiting.push({ resolve, reject });
      this.sync();
    }).then(() => entry);
  }

  /** Starts an fdatasync for every line written so far, unless one is running (it restarts after). */
  private sync(): void {
    if (this.syncing || this.waiting.length === 0) return;
    this.syncing = true;
    const batch = this.waiting;
    this.waiting = [];
    fdatasync(this.fd, (err) => {
      this.syncing = false;
      if (err) this.fail(err);
      if (this.failed) {
        const error = this.unusable();
        for (const w of [...batch, ...this.waiting.splice(0)]) w.reject(error);
        return;
      }
      for (const w of batch) w.resolve();
      this.sync();
    });
  }

  private fail(err: Error): void {
    this.failed ??= err;
  }

  private unusable(): DecisionLogError {
    return new DecisionLogError(`cannot write decision log ${this.path}: ${this.failed!.message}; no further decisions are released`);
  }

  /** Closes the file once every line written has been synced (or the log has failed). */
  async close(): Promise<void> {
    if (this.syncing || this.waiting.length > 0) {
      await new Promise<void>((resolve) => {
        this.waiting.push({ resolve, reject: () => resolve() });
        this.sync();
      });
    }
    closeSync(this.fd);
  }
}
