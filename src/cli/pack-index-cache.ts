/**
 * Where `evaluate` keeps pack indexes between runs: one file per pack SHA-256, in a directory only
 * this user can write (an index is trusted to say that the workflows not asked for are valid). A
 * miss, an unreadable or foreign file, or a directory others could write is no index, and the whole
 * pack is validated; a write that fails is skipped. Packs under PACK_INDEX_MIN_BYTES never use it:
 * they load faster whole than the cache can be read.
 */
import { lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { PackIndex, PackIndexStore } from '../decision/index.js';
import { VERSION } from '../version.js';
import { stringOpt, type ParsedArgs } from './args.js';
import { UsageError, type CliIo } from './io.js';

export const PACK_INDEX_MIN_BYTES = 1 << 20;
export const PACK_CACHE_ENV = 'MCP_GATEWAY_POLICY_CACHE_DIR';
/** How many packs' indexes are kept; the least recently used go first. */
const KEEP = 32;
const TOOL = 'mcp-gateway-policy';
const ENTRY = /^[0-9a-f]{64}\.json$/;

/** The store for a command's `--pack-cache` option (the commands that load a pack declare it). */
export function packIndexCacheOption(args: ParsedArgs, io: CliIo, usage: string): PackIndexStore | undefined {
  const option = stringOpt(args, 'pack-cache');
  if (option !== undefined && option.trim() === '') throw new UsageError(`--pack-cache must be a directory or off\n\n${usage}`);
  return packIndexCache(option, io.env, io.cwd);
}

/**
 * The cache `--pack-cache` names (DIR, or `off`), else $MCP_GATEWAY_POLICY_CACHE_DIR, else the
 * user's cache directory; none by default in GitHub Actions, whose runners may be shared.
 */
export function packIndexCache(option: string | undefined, env: NodeJS.ProcessEnv, cwd: string): PackIndexStore | undefined {
  const given = option ?? env[PACK_CACHE_ENV];
  if (given !== undefined) return given === 'off' || given.trim() === '' ? undefined : new FileCache(path.resolve(cwd, given));
  if (env.GITHUB_ACTIONS === 'true') return undefined;
  const base = env.XDG_CACHE_HOME || (env.HOME ? path.join(env.HOME, '.cache') : env.LOCALAPPDATA);
  return base ? new FileCache(path.join(base, TOOL, 'pack-index')) : undefined;
}

class FileCache implements PackIndexStore {
  constructor(readonly dir: string) {}

  find(packSha256: string, byteLength: number): unknown {
    if (byteLength < PACK_INDEX_MIN_BYTES) return undefined;
    try {
      const file = path.join(this.dir, `${packSha256}.json`);
      if (!ownedPrivately(this.dir, 'directory') || !ownedPrivately(file, 'file')) return undefined;
      const stored = JSON.parse(readFileSync(file, 'utf8')) as { tool?: unknown; version?: unknown; index?: unknown } | null;
      if (stored?.tool !== TOOL || stored.version !== VERSION) return undefined;
      const now = new Date();
      utimesSync(file, now, now);
      return stored.index;
    } catch {
      return undefined;
    }
  }

  save(index: PackIndex): void {
    if (index.byte_length < PACK_INDEX_MIN_BYTES) return;
    const file = path.join(this.dir, `${index.pack_sha256}.json`);
    const temporary = `${file}.${process.pid}.tmp`;
    try {
      mkdirSync(this.dir, { recursive: true, mode: 0o700 });
      if (!ownedPrivately(this.dir, 'directory')) return;
      writeFileSync(temporary, JSON.stringify({ tool: TOOL, version: VERSION, index }), { mode: 0o600, flag: 'wx' });
      renameSync(temporary, file);
      this.#prune();
    } catch {
      rmSync(temporary, { force: true });
    }
  }

  #prune(): void {
    const entries = readdirSync(this.dir).filter((name) => ENTRY.test(name));
    if (entries.length <= KEEP) return;
    const byAge = entries
      .map((name) => ({ name, used: statSync(path.join(this.dir, name)).mtimeMs }))
      .sort((a, b) => b.used - a.used || (a.name < b.name ? -1 : 1));
    for (const { name } of byAge.slice(KEEP)) rmSync(path.join(this.dir, name), { force: true });
  }
}

/** A real directory or file (not a link) of this user that no one else may write. */
function ownedPrivately(p: string, kind: 'directory' | 'file'): boolean {
  const st = lstatSync(p);
  if (kind === 'directory' ? !st.isDirectory() : !st.isFile()) return false;
  if ((st.mode & 0o022) !== 0) return false;
  return process.getuid === undefined || st.uid === process.getuid();
}
