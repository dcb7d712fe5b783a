import { createRequire as __mgpCreateRequire } from 'node:module';
const require = __mgpCreateRequire(import.meta.url);
import {
  DECISIONS
} from "./chunk-UDHVWCVM.js";
import {
  sha256Hex
} from "./chunk-E4SN7ZSR.js";

// src/mcp/decision-log.ts
import { closeSync, fdatasync, fstatSync, openSync, readSync, writeSync } from "node:fs";
var GENESIS_SHA256 = "0".repeat(64);
var DECISION_LOG_VERSION = 1;
var HEX64 = /^[0-9a-f]{64}$/;
var DECISION_SET = new Set(DECISIONS);
var ChainVerifier = class {
  count = 0;
  prev = GENESIS_SHA256;
  failure;
  /** Feeds one complete line (without its newline). Returns false once the chain is broken. */
  pushLine(line) {
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
  finish(trailing) {
    if (this.failure) return this.failure;
    if (trailing.length > 0) {
      return {
        ok: false,
        kind: "partial_line",
        line: this.count + 1,
        reason: `incomplete last line (${trailing.length} bytes, no final newline): a write was cut short; every line before it verifies`,
        verified_lines: this.count,
        head_sha256: this.prev
      };
    }
    return { ok: true, lines: this.count, head_sha256: this.prev };
  }
};
function checkEntry(line, n, expectedPrev) {
  let entry;
  try {
    entry = JSON.parse(Buffer.from(line.buffer, line.byteOffset, line.byteLength).toString("utf8"));
  } catch {
    return { kind: "not_an_entry", reason: "not valid JSON: the line was edited or is not a decision log entry" };
  }
  if (typeof entry !== "object" || entry === null || Array.isArray(entry)) {
    return { kind: "not_an_entry", reason: "not a JSON object: the line was edited or is not a decision log entry" };
  }
  const e = entry;
  const missing = [];
  if (e.v !== DECISION_LOG_VERSION) missing.push(`v (expected ${DECISION_LOG_VERSION})`);
  if (typeof e.seq !== "number" || !Number.isInteger(e.seq)) missing.push("seq");
  if (typeof e.time !== "string") missing.push("time");
  if (typeof e.pack_sha256 !== "string" || !HEX64.test(e.pack_sha256)) missing.push("pack_sha256");
  if (typeof e.prev_sha256 !== "string" || !HEX64.test(e.prev_sha256)) missing.push("prev_sha256");
  const d = e.decision;
  if (typeof d !== "object" || d === null || typeof d.decision !== "string" || !DECISION_SET.has(d.decision)) {
    missing.push("decision");
  }
  if (missing.length > 0) {
    return { kind: "not_an_entry", reason: `missing or malformed field(s): ${missing.join(", ")}` };
  }
  const seq = e.seq;
  if (seq !== n) {
    const what = seq > n ? `${seq - n} line(s) before it were deleted` : `lines were inserted, duplicated or reordered before it`;
    return { kind: "sequence_gap", reason: `seq is ${seq} where ${n} was expected: ${what}` };
  }
  if (e.prev_sha256 !== expectedPrev) {
    const prevDesc = n === 1 ? "the genesis value (this is the first line)" : `the SHA-256 of line ${n - 1}`;
    return {
      kind: "chain_broken",
      reason: `prev_sha256 ${String(e.prev_sha256).slice(0, 12)}\u2026 does not equal ${prevDesc} (${expectedPrev.slice(0, 12)}\u2026): ` + (n === 1 ? "the start of the log was removed or the line was edited" : `line ${n - 1} was edited, or this line's prev_sha256 was`)
    };
  }
  return void 0;
}
var NEWLINE = 10;
var CHUNK = 1 << 20;
function verifyLogFd(fd) {
  const verifier = new ChainVerifier();
  let pending = Buffer.alloc(0);
  const chunk = Buffer.alloc(CHUNK);
  let position = 0;
  for (; ; ) {
    const read = readSync(fd, chunk, 0, CHUNK, position);
    if (read === 0) break;
    position += read;
    let data = pending.length > 0 ? Buffer.concat([pending, chunk.subarray(0, read)]) : chunk.subarray(0, read);
    let start = 0;
    for (let i = data.indexOf(NEWLINE, start); i !== -1; i = data.indexOf(NEWLINE, start)) {
      if (!verifier.pushLine(data.subarray(start, i))) return verifier.finish(Buffer.alloc(0));
      start = i + 1;
    }
    data = data.subarray(start);
    pending = Buffer.from(data);
  }
  return verifier.finish(pending);
}
function verifyLogFile(path) {
  const fd = openSync(path, "r");
  try {
    return verifyLogFd(fd);
  } finally {
    closeSync(fd);
  }
}
function describeVerification(path, v) {
  if (v.ok) return `${path}: ${v.lines} line(s) verified, head sha256 ${v.head_sha256}`;
  const verified = `${v.verified_lines} line(s) before it verify`;
  if (v.kind === "partial_line") return `${path}: line ${v.line}: ${v.reason} (${verified}, head sha256 ${v.head_sha256})`;
  return `${path}: line ${v.line}: ${v.kind.replace("_", " ")}: ${v.reason} (${verified})`;
}
function stringOr(value, fallback) {
  return typeof value === "string" ? value : fallback;
}
var DecisionLogError = class extends Error {
  name = "DecisionLogError";
};
var DecisionLog = class _DecisionLog {
  constructor(path, fd, count, prev) {
    this.path = path;
    this.fd = fd;
    this.count = count;
    this.prev = prev;
  }
  path;
  fd;
  count;
  prev;
  failed;
  /** Lines written but not yet covered by a finished fdatasync. */
  waiting = [];
  syncing = false;
  /**
   * Opens (creating if needed) and verifies the existing chain, continuing it. A log that does not
   * verify is refused: appending would bury the break under valid-looking lines.
   */
  static open(path) {
    let fd;
    try {
      fd = openSync(path, "a+");
    } catch (err) {
      throw new DecisionLogError(`cannot open decision log ${path}: ${err.message}`);
    }
    try {
      if (!fstatSync(fd).isFile()) throw new DecisionLogError(`decision log ${path} is not a regular file`);
      const v = verifyLogFd(fd);
      if (!v.ok) {
        throw new DecisionLogError(
          `refusing to append to decision log ${describeVerification(path, v)}. Keep the file as evidence, move it aside, and start the server again: a new file starts a new chain.`
        );
      }
      return new _DecisionLog(path, fd, v.lines, v.head_sha256);
    } catch (err) {
      closeSync(fd);
      throw err;
    }
  }
  get lines() {
    return this.count;
  }
  get headSha256() {
    return this.prev;
  }
  /**
   * Appends one decision; resolves once it is on disk. Rejects with DecisionLogError when it could
   * not be written or synced.
   */
  append(decision, time, request) {
    if (this.failed) return Promise.reject(this.unusable());
    const entry = {
      v: DECISION_LOG_VERSION,
      seq: this.count + 1,
      time,
      pack_sha256: decision.evidence.pack_sha256,
      run_id: stringOr(request.run_id, decision.evidence.run_id),
      workflow_id: stringOr(request.workflow_id, decision.evidence.workflow_id),
      decision,
      prev_sha256: this.prev
    };
    const line = Buffer.from(JSON.stringify(entry), "utf8");
    const bytes = Buffer.concat([line, Buffer.from("\n")]);
    try {
      const written = writeSync(this.fd, bytes);
      if (written !== bytes.length) throw new Error(`short write (${written} of ${bytes.length} bytes)`);
    } catch (err) {
      this.fail(err);
      return Promise.reject(this.unusable());
    }
    this.prev = sha256Hex(line);
    this.count = entry.seq;
    return new Promise((resolve, reject) => {
      this.waiting.push({ resolve, reject });
      this.sync();
    }).then(() => entry);
  }
  /** Starts an fdatasync for every line written so far, unless one is running (it restarts after). */
  sync() {
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
  fail(err) {
    this.failed ??= err;
  }
  unusable() {
    return new DecisionLogError(`cannot write decision log ${this.path}: ${this.failed.message}; no further decisions are released`);
  }
  /** Closes the file once every line written has been synced (or the log has failed). */
  async close() {
    if (this.syncing || this.waiting.length > 0) {
      await new Promise((resolve) => {
        this.waiting.push({ resolve, reject: () => resolve() });
        this.sync();
      });
    }
    closeSync(this.fd);
  }
};

export {
  GENESIS_SHA256,
  DECISION_LOG_VERSION,
  ChainVerifier,
  verifyLogFd,
  verifyLogFile,
  describeVerification,
  DecisionLogError,
  DecisionLog
};
