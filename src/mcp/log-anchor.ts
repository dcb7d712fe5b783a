/**
 * What anchors a decision log outside its own bytes: the HMAC key (held outside the log), the
 * checkpoint sidecar (`<log>.head`: line count and head hash, signed with the key when one is
 * given) and the lock file (`<log>.lock`) that keeps a second writer out.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import { closeSync, fsyncSync, linkSync, openSync, readFileSync, renameSync, rmSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { readFileIfExists } from '../util/index.js';

export const MIN_LOG_KEY_BYTES = 32;
const HEX64 = /^[0-9a-f]{64}$/;

export class LogAnchorError extends Error {
  override name = 'LogAnchorError';
}

/**
 * Reads `--log-key FILE`: the file's bytes, without one trailing newline, are the HMAC-SHA256
 * key (for example `openssl rand -hex 32 > decisions.key`).
 */
export function readLogKey(file: string): Buffer {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (err) {
    throw new LogAnchorError(`log key ${file} cannot be read: ${(err as Error).message}`);
  }
  let end = bytes.length;
  if (end > 0 && bytes[end - 1] === 0x0a) end--;
  if (end > 0 && bytes[end - 1] === 0x0d) end--;
  const key = bytes.subarray(0, end);
  if (key.length < MIN_LOG_KEY_BYTES) {
    throw new LogAnchorError(
      `log key ${file} holds ${key.length} byte(s); at least ${MIN_LOG_KEY_BYTES} are needed (e.g. "openssl rand -hex 32 > ${path.basename(file)}")`,
    );
  }
  return key;
}

export function hmacHex(key: Buffer, data: Uint8Array | string): string {
  return createHmac('sha256', key).update(data).digest('hex');
}

export function hexEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  return timingSafeEqual(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

/** Where a log's checkpoint and lock live: beside it, named after it. */
export function checkpointPathFor(logPath: string): string {
  return `${logPath}.head`;
}

export function lockPathFor(logPath: string): string {
  return `${logPath}.lock`;
}

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

/** The bytes a checkpoint's HMAC covers: every field but the HMAC, in a fixed order. */
function checkpointMessage(c: Omit<Checkpoint, 'hmac_sha256'>): string {
  return `mcp-gateway-policy decision-log checkpoint v1\nlines=${c.lines}\nhead_sha256=${c.head_sha256}\ntime=${c.time}\nclosed=${c.closed}\n`;
}

export function makeCheckpoint(lines: number, head: string, closed: boolean, key: Buffer | undefined, now = new Date()): Checkpoint {
  const c: Checkpoint = { v: 1, lines, head_sha256: head, time: now.toISOString(), closed };
  if (key) c.hmac_sha256 = hmacHex(key, checkpointMessage(c));
  return c;
}

export function serializeCheckpoint(c: Checkpoint): string {
  return JSON.stringify(c) + '\n';
}

/** Parses a checkpoint file's text; throws LogAnchorError with what is wrong. */
export function parseCheckpoint(text: string, source: string): Checkpoint {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new LogAnchorError(`checkpoint ${source} is not JSON`);
  }
  const c = value as Partial<Checkpoint> | null;
  if (
    c === null ||
    typeof c !== 'object' ||
    c.v !== 1 ||
    typeof c.lines !== 'number' ||
    !Number.isSafeInteger(c.lines) ||
    c.lines < 0 ||
    typeof c.head_sha256 !== 'string' ||
    !HEX64.test(c.head_sha256) ||
    typeof c.time !== 'string' ||
    typeof c.closed !== 'boolean' ||
    (c.hmac_sha256 !== undefined && (typeof c.hmac_sha256 !== 'string' || !HEX64.test(c.hmac_sha256)))
  ) {
    throw new LogAnchorError(`checkpoint ${source} is not a decision log checkpoint (v, lines, head_sha256, time, closed[, hmac_sha256])`);
  }
  return c as Checkpoint;
}

/** `count:hash`, as `verify-log` prints it and `--expect` takes it. */
export function parseExpectation(text: string): { lines: number; head_sha256: string } | null {
  const m = /^(\d+):([0-9a-fA-F]{64})$/.exec(text.trim());
  if (!m) return null;
  return { lines: Number(m[1]), head_sha256: m[2]!.toLowerCase() };
}

/** Whether the checkpoint's signature holds under `key`: 'absent' when it carries none. */
export function checkpointSignature(c: Checkpoint, key: Buffer): 'valid' | 'invalid' | 'absent' {
  if (c.hmac_sha256 === undefined) return 'absent';
  const { hmac_sha256: mac, ...rest } = c;
  return hexEqual(mac, hmacHex(key, checkpointMessage(rest))) ? 'valid' : 'invalid';
}

/** Reads a checkpoint file; null when it does not exist. */
export function readCheckpointFile(file: string): Checkpoint | null {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new LogAnchorError(`checkpoint ${file} cannot be read: ${(err as Error).message}`);
  }
  return parseCheckpoint(text, file);
}

function tempName(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
}

/** Replaces the file atomically and durably: a temporary file, fsync, rename, fsync of the directory. */
export function writeCheckpointSync(file: string, c: Checkpoint): void {
  const temp = tempName(file);
  try {
    const fd = openSync(temp, 'wx', 0o644);
    try {
      const bytes = Buffer.from(serializeCheckpoint(c), 'utf8');
      for (let done = 0; done < bytes.length;) done += writeSync(fd, bytes, done, bytes.length - done);
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

export async function writeCheckpoint(file: string, c: Checkpoint): Promise<void> {
  const temp = tempName(file);
  try {
    const handle = await fsp.open(temp, 'wx', 0o644);
    try {
      await handle.writeFile(serializeCheckpoint(c), 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fsp.rename(temp, file);
    const dir = await fsp.open(path.dirname(file), 'r');
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

function syncDirSync(dir: string): void {
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

interface LockOwner {
  pid: number;
  host: string;
  started: string;
}

function readOwner(file: string): { text: string; owner: LockOwner | null } | null {
  const text = readFileIfExists(file)?.toString('utf8');
  if (text === undefined) return null;
  try {
    const o = JSON.parse(text) as LockOwner;
    return { text, owner: Number.isSafeInteger(o.pid) && typeof o.host === 'string' ? o : null };
  } catch {
    return { text, owner: null };
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists, owned by someone else.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * An exclusive lock on a log: `<log>.lock`, created with O_EXCL, holding the owner's pid, host
 * and start time. A lock whose owner is a process on this host that no longer exists (a server
 * that was killed) is stale and taken over; any other lock refuses. Node has no flock, and an
 * O_EXCL file also works on network file systems that honour it.
 */
export class LogLock {
  private released = false;
  private readonly onExit = () => this.release();

  private constructor(readonly path: string) {
    process.once('exit', this.onExit);
  }

  static acquire(logPath: string): LogLock {
    const file = lockPathFor(logPath);
    const me: LockOwner = { pid: process.pid, host: hostname(), started: new Date().toISOString() };
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        const fd = openSync(file, 'wx', 0o644);
        try {
          writeSync(fd, JSON.stringify(me) + '\n');
          fsyncSync(fd);
        } finally {
          closeSync(fd);
        }
        return new LogLock(file);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') {
          throw new LogAnchorError(`cannot create lock file ${file}: ${(err as Error).message}`);
        }
      }
      const held = readOwner(file);
      if (held === null) continue; // released meanwhile
      const { owner } = held;
      if (owner === null) {
        throw new LogAnchorError(
          `decision log ${logPath} is locked by ${file}, which does not name its owner; if no server uses the log, remove the lock file`,
        );
      }
      if (owner.host !== me.host || alive(owner.pid)) {
        throw new LogAnchorError(
          `decision log ${logPath} is in use by process ${owner.pid} on ${owner.host} (since ${owner.started}, lock ${file}); ` +
            'one server per log: give this server another --decision-log, or stop the other one' +
            (owner.host === me.host ? '' : ' (a lock from another host is never taken over; remove it only if that server is gone)'),
        );
      }
      takeOverStale(file, held.text);
    }
    throw new LogAnchorError(`cannot lock decision log ${logPath}: the lock file ${file} keeps changing`);
  }

  release(): void {
    if (this.released) return;
    this.released = true;
    process.off('exit', this.onExit);
    try {
      unlinkSync(this.path);
    } catch {
      // Already gone: nothing to release.
    }
  }
}

/**
 * Moves a stale lock aside by rename (only one of two racing starters can), then checks it was
 * the stale one: if another starter had already replaced it, its fresh lock is linked back.
 */
function takeOverStale(file: string, staleText: string): void {
  const aside = tempName(file);
  try {
    renameSync(file, aside);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw new LogAnchorError(`cannot remove stale lock ${file}: ${(err as Error).message}`);
  }
  try {
    if (readFileSync(aside, 'utf8') !== staleText) {
      try {
        linkSync(aside, file);
      } catch {
        // Someone holds a newer lock already; the next attempt reads it.
      }
    }
  } finally {
    rmSync(aside, { force: true });
  }
}
