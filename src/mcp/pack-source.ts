import { readFileSync, watch, type FSWatcher } from 'node:fs';
import path from 'node:path';
import { loadIndexedPolicy } from '../decision/index.js';
import type { IndexedLoadOptions, Policy } from '../decision/index.js';

/** A pack as the server loaded it: the validated policy and the exact bytes it came from. */
export interface LoadedPack {
  policy: Policy;
  bytes: Buffer;
  loadedAt: string;
}

export class PackLoadError extends Error {
  override name = 'PackLoadError';
}

/**
 * Reads and validates the pack file, applying the pins (with an index store, a large pack already
 * seen is validated only where it is used). Throws PackLoadError saying why not.
 */
export function loadPackFile(file: string, options: IndexedLoadOptions): LoadedPack {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (err) {
    throw new PackLoadError(`cannot read pack ${file}: ${(err as Error).message}`);
  }
  try {
    const { policy } = loadIndexedPolicy(bytes, options);
    return { policy, bytes, loadedAt: new Date().toISOString() };
  } catch (err) {
    throw new PackLoadError(`pack ${file} refused: ${(err as Error).message}`);
  }
}

/**
 * The pack currently served. Every tool call reads `current` once, so a reload between calls
 * switches atomically and a call never sees half of two packs. A reload that fails (unreadable,
 * invalid, or not matching the pin) keeps the old pack and says why.
 */
export class PackSource {
  private loaded: LoadedPack;

  constructor(
    readonly file: string,
    private readonly options: IndexedLoadOptions,
    private readonly report: (message: string) => void,
  ) {
    this.loaded = loadPackFile(file, options);
  }

  get current(): LoadedPack {
    return this.loaded;
  }

  /** Returns true when a different pack is now served. */
  reload(trigger: string): boolean {
    const old = this.loaded.policy.packSha256;
    let next: LoadedPack;
    try {
      next = loadPackFile(this.file, this.options);
    } catch (err) {
      this.report(`reload (${trigger}) failed, still serving pack ${old}: ${(err as Error).message}`);
      return false;
    }
    if (next.policy.packSha256 === old) return false;
    this.loaded = next;
    this.report(`reload (${trigger}): now serving pack ${next.policy.packSha256} (was ${old})`);
    return true;
  }
}

/**
 * Calls `onChange` (debounced) when the file changes. Watches the directory, not the file, so a
 * replacement by rename (editors, `mv`, atomic writes) is seen as well as an in-place write.
 */
export function watchPackFile(file: string, onChange: () => void, report: (message: string) => void, debounceMs = 50): () => void {
  const base = path.basename(file);
  let timer: NodeJS.Timeout | undefined;
  const watcher: FSWatcher = watch(path.dirname(path.resolve(file)), { persistent: false }, (_event, name) => {
    if (name !== null && name !== base) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      onChange();
    }, debounceMs);
  });
  watcher.on('error', (err) => report(`watching ${file} stopped (${err.message}); SIGHUP still reloads`));
  return () => {
    if (timer) clearTimeout(timer);
    watcher.close();
  };
}
