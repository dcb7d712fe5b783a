import { createRequire as __mgpCreateRequire } from 'node:module';
const require = __mgpCreateRequire(import.meta.url);
import {
  DECISIONS
} from "./chunk-M7EAQHFK.js";
import {
  readFileIfExists,
  sha256Hex
} from "./chunk-P25BMAAV.js";

// src/mcp/log-anchor.ts
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { promises as fsp } from "node:fs";
import { closeSync, fsyncSync, linkSync, openSync, readFileSync, renameSync, rmSync, unlinkSync, writeSync } from "node:fs";
import { hostname } from "node:os";
import path from "node:path";
var MIN_LOG_KEY_BYTES = 32;
var HEX64 = /^[0-9a-f]{64}$/;
var LogAnchorError = class extends Error {
  name = "LogAnchorError";
};
function readLogKey(file) {
  let bytes;
  try {
    bytes = readFileSync(file);
  } catch (err) {
    throw new LogAnchorError(`log key ${file} cannot be read: ${err.message}`);
  }
  let end = bytes.length;
  if (end > 0 && bytes[end - 1] === 10) end--;
  if (end > 0 && bytes[end - 1] === 13) end--;
  const key = bytes.subarray(0, end);
  if (key.length < MIN_LOG_KEY_BYTES) {
    throw new LogAnchorError(
      `log key ${file} holds ${key.length} byte(s); at least ${MIN_LOG_KEY_BYTES} are needed (e.g. "openssl rand -hex 32 > ${path.basename(file)}")`
    );
  }
  return key;
}
function hmacHex(key, data) {
  return createHmac("sha256", key).update(data).digest("hex");
}
function hexEqual(a, b) {
  if (a.length !== b.length) return false;
  return timingSafeEqual(Buffer.from(a, "utf8"), Buffer.from(b, "utf8"));
}
function checkpointPathFor(logPath) {
  return `${logPath}.head`;
}
function lockPathFor(logPath) {
  return `${logPath}.lock`;
}
function checkpointMessage(c) {
  return `mcp-gateway-policy decision-log checkpoint v1
lines=${c.lines}
head_sha256=${c.head_sha256}
time=${c.time}
closed=${c.closed}
`;
}
function makeCheckpoint(lines, head, closed, key, now = /* @__PURE__ */ new Date()) {
  const c = { v: 1, lines, head_sha256: head, time: now.toISOString(), closed };
  if (key) c.hmac_sha256 = hmacHex(key, checkpointMessage(c));
  return c;
}
function serializeCheckpoint(c) {
  return JSON.stringify(c) + "\n";
}
function parseCheckpoint(text, source) {
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    throw new LogAnchorError(`checkpoint ${source} is not JSON`);
  }
  const c = value;
  if (c === null || typeof c !== "object" || c.v !== 1 || typeof c.lines !== "number" || !Number.isSafeInteger(c.lines) || c.lines < 0 || typeof c.head_sha256 !== "string" || !HEX64.test(c.head_sha256) || typeof c.time !== "string" || typeof c.closed !== "boolean" || c.hmac_sha256 !== void 0 && (typeof c.hmac_sha256 !== "string" || !HEX64.test(c.hmac_sha256))) {
    throw new LogAnchorError(`checkpoint ${source} is not a decision log checkpoint (v, lines, head_sha256, time, closed[, hmac_sha256])`);
  }
  return c;
}
function parseExpectation(text) {
  const m = /^(\d+):([0-9a-fA-F]{64})$/.exec(text.trim());
  if (!m) return null;
  return { lines: Number(m[1]), head_sha256: m[2].toLowerCase() };
}
function checkpointSignature(c, key) {
  if (c.hmac_sha256 === void 0) return "absent";
  const { hmac_sha256: mac, ...rest } = c;
  return hexEqual(mac, hmacHex(key, checkpointMessage(rest))) ? "valid" : "invalid";
}
function readCheckpointFile(file) {
  let text;
  try {
    text = readFileSync(file, "utf8");
  } catch (err) {
    if (err.code === "ENOENT") return null;
    throw new LogAnchorError(`checkpoint ${file} cannot be read: ${err.message}`);
  }
  return parseCheckpoint(text, file);
}
function tempName(file) {
  return path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`);
}
function writeCheckpointSync(file, c) {
  const temp = tempName(file);
  try {
    const fd = openSync(temp, "wx", 420);
    try {
      const bytes = Buffer.from(serializeCheckpoint(c), "utf8");
      for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done, bytes.length - done);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, file);
    syncDirSync(path.dirname(file));
  } catch (err) {
    rmSync(temp, { force: true });
    throw err;
  }
}
async function writeCheckpoint(file, c) {
  const temp = tempName(file);
  try {
    const handle = await fsp.open(temp, "wx", 420);
    try {
      await handle.writeFile(serializeCheckpoint(c), "utf8");
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fsp.rename(temp, file);
    const dir = await fsp.open(path.dirname(file), "r");
    try {
      await dir.sync();
    } finally {
      await dir.close();
    }
  } catch (err) {
    await fsp.rm(temp, { force: true });
    throw err;
  }
}
function syncDirSync(dir) {
  const fd = openSync(dir, "r");
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
function readOwner(file) {
  const text = readFileIfExists(file)?.toString("utf8");
  if (text === void 0) return null;
  try {
    const o = JSON.parse(text);
    return { text, owner: Number.isSafeInteger(o.pid) && typeof o.host === "string" ? o : null };
  } catch {
    return { text, owner: null };
  }
}
function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return err.code === "EPERM";
  }
}
var LogLock = class _LogLock {
  constructor(path2) {
    this.path = path2;
    process.once("exit", this.onExit);
  }
  path;
  released = false;
  onExit = () => this.release();
  static acquire(logPath) {
    const file = lockPathFor(logPath);
    const me = { pid: process.pid, host: hostname(), started: (/* @__PURE__ */ new Date()).toISOString() };
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        const fd = openSync(file, "wx", 420);
        try {
          writeSync(fd, JSON.stringify(me) + "\n");
          fsyncSync(fd);
        } finally {
          closeSync(fd);
        }
        return new _LogLock(file);
      } catch (err) {
        if (err.code !== "EEXIST") {
          throw new LogAnchorError(`cannot create lock file ${file}: ${err.message}`);
        }
      }
      const held = readOwner(file);
      if (held === null) continue;
      const { owner } = held;
      if (owner === null) {
        throw new LogAnchorError(
          `decision log ${logPath} is locked by ${file}, which does not name its owner; if no server uses the log, remove the lock file`
        );
      }
      if (owner.host !== me.host || alive(owner.pid)) {
        throw new LogAnchorError(
          `decision log ${logPath} is in use by process ${owner.pid} on ${owner.host} (since ${owner.started}, lock ${file}); one server per log: give this server another --decision-log, or stop the other one` + (owner.host === me.host ? "" : " (a lock from another host is never taken over; remove it only if that server is gone)")
        );
      }
      takeOverStale(file, held.text);
    }
    throw new LogAnchorError(`cannot lock decision log ${logPath}: the lock file ${file} keeps changing`);
  }
  release() {
    if (this.released) return;
    this.released = true;
    process.off("exit", this.onExit);
    try {
      unlinkSync(this.path);
    } catch {
    }
  }
};
function takeOverStale(file, staleText) {
  const aside = tempName(file);
  try {
    renameSync(file, aside);
  } catch (err) {
    if (err.code === "ENOENT") return;
    throw new LogAnchorError(`cannot remove stale lock ${file}: ${err.message}`);
  }
  try {
    if (readFileSync(aside, "utf8") !== staleText) {
      try {
        linkSync(aside, file);
      } catch {
      }
    }
  } finally {
    rmSync(aside, { force: true });
  }
}

// src/mcp/decision-log.ts
import { closeSync as closeSync2, fdatasync, fstatSync, openSync as openSync2, readSync, writeSync as writeSync2 } from "node:fs";
var GENESIS_SHA256 = "0".repeat(64);
var DECISION_LOG_VERSION = 1;
var HEX642 = /^[0-9a-f]{64}$/;
var DECISION_SET = new Set(DECISIONS);
var MAC_FIELD = Buffer.from(',"hmac_sha256":"', "utf8");
var MAC_SUFFIX_LENGTH = MAC_FIELD.length + 64 + 2;
var CLOSE_BRACE = Buffer.from("}", "utf8");
function macBody(line) {
  if (line.length < MAC_SUFFIX_LENGTH + 2) return null;
  const at = line.length - MAC_SUFFIX_LENGTH;
  if (!Buffer.from(line.buffer, line.byteOffset + at, MAC_FIELD.length).equals(MAC_FIELD)) return null;
  return Buffer.concat([line.subarray(0, at), CLOSE_BRACE]);
}
var ChainVerifier = class {
  constructor(key, recordAt) {
    this.key = key;
    this.recordAt = recordAt;
    if (recordAt === 0) this.recorded = GENESIS_SHA256;
  }
  key;
  recordAt;
  count = 0;
  prev = GENESIS_SHA256;
  failure;
  macLines = 0;
  /** The head hash after `recordAt` lines (the genesis value for 0). */
  recorded;
  /** Feeds one complete line (without its newline). Returns false once the chain is broken. */
  pushLine(line) {
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
  checkMac(line) {
    const body = macBody(line);
    if (body !== null) this.macLines++;
    if (!this.key) return void 0;
    if (body === null) {
      return {
        kind: "bad_mac",
        reason: "the line carries no hmac_sha256, though a log key was given: it was written without the key, or forged"
      };
    }
    const mac = Buffer.from(line.buffer, line.byteOffset + line.length - 66, 64).toString("latin1");
    if (!hexEqual(mac, hmacHex(this.key, body))) {
      return {
        kind: "bad_mac",
        reason: "hmac_sha256 does not match the line under the log key: the line was edited or forged (or another key is in use)"
      };
    }
    return void 0;
  }
  /** Ends the log: `trailing` is whatever followed the last newline (empty for a clean log). */
  finish(trailing) {
    const extras = {};
    if (this.key) extras.macs = "verified";
    else if (this.macLines > 0) extras.macs = "unchecked";
    if (this.failure) return { ...this.failure, ...extras };
    if (trailing.length > 0) {
      return {
        ok: false,
        kind: "partial_line",
        line: this.count + 1,
        reason: `incomplete last line (${trailing.length} bytes, no final newline): a write was cut short; every line before it verifies`,
        verified_lines: this.count,
        head_sha256: this.prev,
        ...extras
      };
    }
    return { ok: true, lines: this.count, head_sha256: this.prev, ...extras };
  }
  /** The head hash after the `recordAt` lines given to the constructor, once that many verified. */
  get recordedHead() {
    return this.recorded;
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
  if (typeof e.pack_sha256 !== "string" || !HEX642.test(e.pack_sha256)) missing.push("pack_sha256");
  if (typeof e.prev_sha256 !== "string" || !HEX642.test(e.prev_sha256)) missing.push("prev_sha256");
  if (e.hmac_sha256 !== void 0 && (typeof e.hmac_sha256 !== "string" || !HEX642.test(e.hmac_sha256))) missing.push("hmac_sha256");
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
function verifyLogFd(fd, options = {}) {
  const verifier = new ChainVerifier(options.key, options.expect?.lines);
  let pending = Buffer.alloc(0);
  const chunk = Buffer.alloc(CHUNK);
  let position = 0;
  let broken = false;
  reading: for (; ; ) {
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
    data = data.subarray(start);
    pending = Buffer.from(data);
  }
  const v = verifier.finish(broken ? Buffer.alloc(0) : pending);
  return options.expect ? checkExpectation(v, options.expect, verifier.recordedHead) : v;
}
function checkExpectation(v, expect, headAtExpected) {
  const checkpoint = {
    source: expect.source,
    lines: expect.lines,
    head_sha256: expect.head_sha256,
    signature: expect.signature,
    closed: expect.closed
  };
  const verified = v.ok ? v.lines : v.verified_lines;
  const fail = (kind, line, reason) => ({
    ok: false,
    kind,
    line,
    reason,
    verified_lines: Math.min(verified, line - 1),
    head_sha256: v.head_sha256,
    ...v.macs ? { macs: v.macs } : {},
    checkpoint
  });
  if (!v.ok && v.kind !== "partial_line" && v.line <= expect.lines) return { ...v, checkpoint };
  if (verified < expect.lines) {
    return fail(
      "truncated",
      verified + 1,
      `the log has ${verified} complete line(s) but the checkpoint (${expect.source}) records ${expect.lines}: lines were cut off the end`
    );
  }
  if (headAtExpected !== expect.head_sha256) {
    return fail(
      "checkpoint_mismatch",
      Math.max(expect.lines, 1),
      `after ${expect.lines} line(s) the head sha256 is ${String(headAtExpected).slice(0, 12)}\u2026, the checkpoint (${expect.source}) records ${expect.head_sha256.slice(0, 12)}\u2026: a line up to there was edited and the chain recomputed, or the checkpoint is not this log's`
    );
  }
  if (!v.ok) return { ...v, checkpoint };
  if (v.lines > expect.lines && expect.closed) {
    return fail(
      "appended_after_close",
      expect.lines + 1,
      `${v.lines - expect.lines} line(s) follow the checkpoint written when the server closed the log (${expect.source}): they were appended by something else`
    );
  }
  return { ...v, checkpoint, unanchored_lines: v.lines - expect.lines };
}
function verifyLogFile(path2, options = {}) {
  const fd = openSync2(path2, "r");
  try {
    return verifyLogFd(fd, options);
  } finally {
    closeSync2(fd);
  }
}
function checkpointExpectation(c, source, key) {
  let signature = "unchecked";
  if (key) {
    const s = checkpointSignature(c, key);
    if (s === "absent")
      throw new LogAnchorError(
        `checkpoint ${source} is not signed, though a log key was given: it was written without the key, or replaced`
      );
    if (s === "invalid")
      throw new LogAnchorError(
        `checkpoint ${source} has an HMAC that does not match under the log key: it was edited or forged (or another key is in use)`
      );
    signature = "valid";
  }
  return { source, lines: c.lines, head_sha256: c.head_sha256, closed: c.closed, signature };
}
function describeVerification(path2, v) {
  if (v.ok) {
    const notes = [];
    if (v.macs === "verified") notes.push("every line's HMAC verified");
    if (v.macs === "unchecked") notes.push("HMACs not checked (no --log-key)");
    if (v.checkpoint) {
      const signed = v.checkpoint.signature === "valid" ? "signed " : "";
      notes.push(`matches the ${signed}checkpoint ${v.checkpoint.source} (${v.checkpoint.lines} line(s))`);
      if (v.checkpoint.signature === "unchecked") notes.push("checkpoint signature not checked (no --log-key)");
      if (v.unanchored_lines) notes.push(`${v.unanchored_lines} line(s) after it are not covered by the checkpoint`);
    }
    return `${path2}: ${v.lines} line(s) verified, head sha256 ${v.head_sha256}${notes.length > 0 ? `; ${notes.join("; ")}` : ""}`;
  }
  const verified = `${v.verified_lines} line(s) before it verify`;
  if (v.kind === "partial_line") return `${path2}: line ${v.line}: ${v.reason} (${verified}, head sha256 ${v.head_sha256})`;
  return `${path2}: line ${v.line}: ${v.kind.replace(/_/g, " ")}: ${v.reason} (${verified})`;
}
function stringOr(value, fallback) {
  return typeof value === "string" ? value : fallback;
}
var DecisionLogError = class extends Error {
  name = "DecisionLogError";
};
var GATHER_MS = 1;
var CHECKPOINT_INTERVAL_MS = 100;
var DecisionLog = class _DecisionLog {
  constructor(path2, fd, count, prev, key, lock, notes) {
    this.path = path2;
    this.fd = fd;
    this.count = count;
    this.prev = prev;
    this.key = key;
    this.lock = lock;
    this.notes = notes;
    this.durableCount = count;
    this.durableHead = prev;
    this.checkpointedCount = count;
  }
  path;
  fd;
  count;
  prev;
  key;
  lock;
  notes;
  failed;
  /** Lines given their place in the chain but not yet written, and their callers. */
  pendingLines = [];
  pendingWaiters = [];
  syncing = false;
  /** Settles when the running fdatasync has finished (and its batch has been answered). */
  synced = Promise.resolve();
  /** Set while waiting for released callers to come back (see GATHER_MS). */
  gatherTimer;
  idleFlush;
  gatherTarget = 0;
  durableCount;
  durableHead;
  checkpointTimer;
  checkpointWriting;
  checkpointedCount;
  lastCheckpointAt = 0;
  closing = false;
  /**
   * Locks the log (`<log>.lock`), opens it (creating if needed), verifies the existing chain (and,
   * with a key, every line's HMAC) against its checkpoint (`<log>.head`), and continues it. A log
   * that does not verify is refused: appending would bury the break under valid-looking lines.
   */
  static open(path2, options = {}) {
    const { key } = options;
    let lock;
    try {
      lock = LogLock.acquire(path2);
    } catch (err) {
      if (err instanceof LogAnchorError) throw new DecisionLogError(err.message);
      throw err;
    }
    let fd;
    try {
      try {
        fd = openSync2(path2, "a+");
      } catch (err) {
        throw new DecisionLogError(`cannot open decision log ${path2}: ${err.message}`);
      }
      if (!fstatSync(fd).isFile()) throw new DecisionLogError(`decision log ${path2} is not a regular file`);
      const checkpointFile = checkpointPathFor(path2);
      const notes = [];
      let expect;
      try {
        const checkpoint = readCheckpointFile(checkpointFile);
        if (checkpoint !== null) {
          if (!key && checkpoint.hmac_sha256 !== void 0) {
            throw new LogAnchorError(`checkpoint ${checkpointFile} is signed: start the server with the log's --log-key`);
          }
          expect = checkpointExpectation(checkpoint, checkpointFile, key);
        }
      } catch (err) {
        if (err instanceof LogAnchorError) throw new DecisionLogError(`refusing to append to decision log ${path2}: ${err.message}`);
        throw err;
      }
      const v = verifyLogFd(fd, { key, expect });
      if (!v.ok) {
        throw new DecisionLogError(
          `refusing to append to decision log ${describeVerification(path2, v)}. Keep the file as evidence, move it aside, and start the server again: a new file starts a new chain.`
        );
      }
      if (expect === void 0 && v.lines > 0) {
        if (key) {
          throw new DecisionLogError(
            `refusing to append to decision log ${path2}: it has ${v.lines} line(s) but no checkpoint ${checkpointFile}, so a cut tail cannot be ruled out. Restore the checkpoint, or move the log aside and start again.`
          );
        }
        notes.push(`no checkpoint ${checkpointFile} was found for the ${v.lines} existing line(s); one is written now`);
      }
      if (v.unanchored_lines) {
        notes.push(
          `${v.unanchored_lines} line(s) follow the last checkpoint (the server stopped without closing the log); they verify and are kept`
        );
      }
      const log = new _DecisionLog(path2, fd, v.lines, v.head_sha256, key, lock, notes);
      try {
        writeCheckpointSync(checkpointFile, makeCheckpoint(v.lines, v.head_sha256, false, key));
      } catch (err) {
        throw new DecisionLogError(`cannot write checkpoint ${checkpointFile}: ${err.message}`);
      }
      return log;
    } catch (err) {
      if (fd !== void 0) closeSync2(fd);
      lock.release();
      throw err;
    }
  }
  get lines() {
    return this.count;
  }
  get headSha256() {
    return this.prev;
  }
  get checkpointPath() {
    return checkpointPathFor(this.path);
  }
  /**
   * Appends one decision; resolves once its line is on disk. Rejects with DecisionLogError when it
   * could not be written or synced.
   */
  append(decision, time, request) {
    if (this.failed) return Promise.reject(this.unusable());
    if (this.closing) return Promise.reject(new DecisionLogError(`decision log ${this.path} is closed; no further decisions are released`));
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
    let text = JSON.stringify(entry);
    if (this.key) {
      entry.hmac_sha256 = hmacHex(this.key, text);
      text = `${text.slice(0, -1)},"hmac_sha256":"${entry.hmac_sha256}"}`;
    }
    const line = Buffer.from(text + "\n", "utf8");
    this.prev = sha256Hex(line.subarray(0, line.length - 1));
    this.count = entry.seq;
    const done = new Promise((resolve, reject) => {
      this.pendingWaiters.push({ resolve, reject });
    });
    this.pendingLines.push(line);
    this.schedule();
    return done.then(() => entry);
  }
  /** Decides when the pending lines go out: now, after the running sync, or when the round is complete. */
  schedule() {
    if (this.syncing || this.pendingLines.length === 0) return;
    if (this.gatherTimer !== void 0) {
      if (this.pendingLines.length >= this.gatherTarget || this.closing) this.flush();
      return;
    }
    this.idleFlush ??= setImmediate(() => {
      this.idleFlush = void 0;
      this.flush();
    });
  }
  /** Writes every pending line with one write and starts one fdatasync for them. */
  flush() {
    if (this.gatherTimer !== void 0) {
      clearTimeout(this.gatherTimer);
      this.gatherTimer = void 0;
    }
    if (this.idleFlush !== void 0) {
      clearImmediate(this.idleFlush);
      this.idleFlush = void 0;
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
    const bytes = lines.length === 1 ? lines[0] : Buffer.concat(lines);
    try {
      const written = writeSync2(this.fd, bytes);
      if (written !== bytes.length) throw new Error(`short write (${written} of ${bytes.length} bytes)`);
    } catch (err) {
      this.fail(err);
      this.rejectAll(batch);
      return;
    }
    const count = this.durableCount + lines.length;
    const head = sha256Hex(lines[lines.length - 1].subarray(0, lines[lines.length - 1].length - 1));
    this.syncing = true;
    let settle;
    this.synced = new Promise((resolve) => settle = resolve);
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
      this.gatherTarget = batch.length + this.pendingLines.length;
      this.gatherTimer = setTimeout(() => {
        this.gatherTimer = void 0;
        this.flush();
      }, GATHER_MS);
    });
  }
  rejectAll(batch) {
    const error = this.unusable();
    for (const w of [...batch, ...this.pendingWaiters.splice(0)]) w.reject(error);
    this.pendingLines = [];
  }
  /** Rewrites the checkpoint in the background, at most every CHECKPOINT_INTERVAL_MS. */
  scheduleCheckpoint() {
    if (this.checkpointTimer !== void 0 || this.checkpointWriting !== void 0 || this.closing) return;
    const wait = Math.max(0, this.lastCheckpointAt + CHECKPOINT_INTERVAL_MS - Date.now());
    this.checkpointTimer = setTimeout(() => {
      this.checkpointTimer = void 0;
      if (this.durableCount === this.checkpointedCount || this.closing) return;
      const count = this.durableCount;
      this.lastCheckpointAt = Date.now();
      this.checkpointWriting = writeCheckpoint(this.checkpointPath, makeCheckpoint(count, this.durableHead, false, this.key)).then(
        () => {
          this.checkpointedCount = count;
        },
        // A checkpoint that could not be written leaves the previous one, which still holds; the next try may succeed.
        () => void 0
      ).finally(() => {
        this.checkpointWriting = void 0;
        if (this.durableCount !== this.checkpointedCount) this.scheduleCheckpoint();
      });
    }, wait);
    this.checkpointTimer.unref();
  }
  fail(err) {
    this.failed ??= err;
  }
  unusable() {
    return new DecisionLogError(`cannot write decision log ${this.path}: ${this.failed.message}; no further decisions are released`);
  }
  /**
   * Closes the log once every line written has been synced (or the log has failed), records the
   * final checkpoint (marked closed, so that a line appended later is caught) and releases the lock.
   */
  async close() {
    if (this.closing) return;
    this.closing = true;
    this.flush();
    while (this.syncing) await this.synced;
    if (this.checkpointTimer !== void 0) clearTimeout(this.checkpointTimer);
    await this.checkpointWriting;
    try {
      writeCheckpointSync(this.checkpointPath, makeCheckpoint(this.durableCount, this.durableHead, !this.failed, this.key));
    } finally {
      closeSync2(this.fd);
      this.lock.release();
    }
  }
};

export {
  LogAnchorError,
  readLogKey,
  checkpointPathFor,
  parseCheckpoint,
  parseExpectation,
  readCheckpointFile,
  GENESIS_SHA256,
  DECISION_LOG_VERSION,
  ChainVerifier,
  verifyLogFd,
  verifyLogFile,
  checkpointExpectation,
  describeVerification,
  DecisionLogError,
  DecisionLog
};
