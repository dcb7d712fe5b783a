/**
 * The two ways a session ends from outside a call: the operator's kill file, and a kill already
 * recorded for this run (so a restarted gateway stays killed).
 */
import { createHash } from 'node:crypto';
import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, statSync, watch, writeSync, type FSWatcher } from 'node:fs';
import path from 'node:path';
import { readFileIfExists } from '../util/index.js';

export interface KillRecord {
  run_id: string;
  signal: string;
  /** What fired it: the kill file, a tool's tripwire, or a kill decision. */
  source: string;
  time: string;
  pack_sha256: string;
}

/** Where the kill of one run is kept: one file per run id, named by the id's hash (any text is a valid id). */
export function killRecordPath(stateDir: string, runId: string): string {
  return path.join(stateDir, `killed-${createHash('sha256').update(runId, 'utf8').digest('hex').slice(0, 32)}.json`);
}

export function readKillRecord(file: string, runId: string): KillRecord | null {
  const text = readFileIfExists(file)?.toString('utf8');
  if (text === undefined) return null;
  let record: Partial<KillRecord> = {};
  try {
    record = JSON.parse(text) as Partial<KillRecord>;
  } catch {
    // A damaged record still means the run was killed: fail closed.
  }
  if (record.run_id !== undefined && record.run_id !== runId) return null;
  return {
    run_id: runId,
    signal: typeof record.signal === 'string' && record.signal.trim() !== '' ? record.signal : 'the session was killed earlier',
    source: typeof record.source === 'string' ? record.source : 'unknown',
    time: typeof record.time === 'string' ? record.time : '',
    pack_sha256: typeof record.pack_sha256 === 'string' ? record.pack_sha256 : '',
  };
}

/** Writes the record durably (temp file, fsync, rename) before the kill result is returned. */
export function writeKillRecord(file: string, record: KillRecord): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  const fd = openSync(tmp, 'w', 0o600);
  try {
    writeSync(fd, JSON.stringify(record) + '\n');
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, file);
}

/**
 * The operator's kill switch: when the file exists and is not empty, its first non-blank line is
 * a kill signal. Read with a stat on every call, so the very next call after it appears is refused;
 * the watcher only makes the gateway act (stop its upstreams) without waiting for a call.
 */
export class KillFile {
  private lastKey = '';
  private lastSignal: string | null = null;
  private watcher: FSWatcher | undefined;

  constructor(readonly file: string) {}

  /** The signal, or null. An unreadable kill file (other than absent) counts as a signal. */
  signal(): string | null {
    let key: string;
    try {
      const st = statSync(this.file);
      if (st.size === 0) return null;
      key = `${st.ino}:${st.size}:${st.mtimeMs}:${st.ctimeMs}`;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
      return `kill file ${this.file} cannot be read (${(err as NodeJS.ErrnoException).code})`;
    }
    if (key === this.lastKey) return this.lastSignal;
    let text: string;
    try {
      text = readFileSync(this.file, 'utf8');
    } catch (err) {
      return `kill file ${this.file} cannot be read (${(err as NodeJS.ErrnoException).code})`;
    }
    const line = text.split(/\r?\n/).find((l) => l.trim() !== '');
    this.lastKey = key;
    this.lastSignal = line === undefined ? (text.length > 0 ? `kill file ${this.file} is not empty` : null) : line.trim();
    return this.lastSignal;
  }

  /** Calls `onSignal` when the file comes to hold a signal. Watches the directory, so creation and rename are seen. */
  watch(onSignal: (signal: string) => void, report: (message: string) => void): void {
    const base = path.basename(this.file);
    try {
      this.watcher = watch(path.dirname(path.resolve(this.file)), { persistent: false }, (_event, name) => {
        if (name !== null && name !== base) return;
        const s = this.signal();
        if (s !== null) onSignal(s);
      });
      this.watcher.on('error', (err) =>
        report(`watching kill file ${this.file} stopped (${err.message}); it is still checked on every call`),
      );
    } catch (err) {
      report(`cannot watch kill file ${this.file} (${(err as Error).message}); it is still checked on every call`);
    }
  }

  close(): void {
    this.watcher?.close();
  }
}
