/**
 * The file-system edge of the pack compiler, shared by the CLI commands and the Action's check
 * mode. The compiler itself (compileManifest) never touches files.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, realpathSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_MANIFEST_PATH, DEFAULT_PACK_PATH } from './defaults.js';

export interface PackPaths {
  repoRoot: string;
  manifestAbs: string;
  outputAbs: string;
  /** The manifest path relative to the repo root, with "/" separators: source_manifest.path. */
  manifestRel: string;
  /** The pack path relative to the repo root, with "/" separators (absolute when outside it), for messages and annotations. */
  outputRel: string;
}

/** Paths are below the repo root unless absolute; the repo root is below the working directory unless absolute. */
export function resolvePackPaths(cwd: string, repoRoot?: string, manifest?: string, output?: string): PackPaths {
  const root = path.resolve(cwd, repoRoot ?? '.');
  const manifestAbs = path.resolve(root, manifest ?? DEFAULT_MANIFEST_PATH);
  const outputAbs = path.resolve(root, output ?? DEFAULT_PACK_PATH);
  const rel = (p: string) => path.relative(root, p).split(path.sep).join('/');
  const outputRel = rel(outputAbs);
  return {
    repoRoot: root,
    manifestAbs,
    outputAbs,
    manifestRel: rel(manifestAbs),
    outputRel: outputRel.startsWith('../') ? outputAbs : outputRel,
  };
}

/** A file the user should fix or create: reported in one line, exit 1. */
export class PackFileError extends Error {
  override name = 'PackFileError';
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** The file's text, or null when it does not exist. Refuses bytes that are not UTF-8 rather than guessing. */
export function readTextFile(absPath: string, label: string): string | null {
  let bytes: Buffer;
  try {
    bytes = readFileSync(absPath);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return null;
    if (code === 'EISDIR') throw new PackFileError(`${label} ${absPath} is a directory, not a file`);
    throw new PackFileError(`cannot read ${label} ${absPath}: ${(err as Error).message}`);
  }
  try {
    return UTF8.decode(bytes);
  } catch {
    throw new PackFileError(`${label} ${absPath} is not valid UTF-8 text`);
  }
}

/**
 * Writes through a temporary file in the same directory, then renames it over the target, so a
 * reader (or a crash) never sees a half-written pack. Creates the directory when needed.
 */
export function writeFileAtomic(absPath: string, text: string): void {
  const dir = path.dirname(absPath);
  const temp = path.join(dir, `.${path.basename(absPath)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    mkdirSync(dir, { recursive: true });
    const fd = openSync(temp, 'wx', 0o644);
    try {
      const bytes = Buffer.from(text, 'utf8');
      for (let done = 0; done < bytes.length;) done += writeSync(fd, bytes, done, bytes.length - done);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, absPath);
  } catch (err) {
    rmSync(temp, { force: true });
    throw new PackFileError(`cannot write ${absPath}: ${(err as Error).message}`);
  }
}

/** The same file, whatever the spelling: equal real paths, or (case-insensitive file systems, hard links) equal device and inode. */
function sameFile(a: string, b: string): boolean {
  if (path.resolve(a) === path.resolve(b)) return true;
  try {
    if (realpathSync(a) === realpathSync(b)) return true;
    const sa = statSync(a);
    const sb = statSync(b);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}

/**
 * Refuses an output path that would overwrite the manifest, or any existing file that is not a
 * policy pack (a JSON object with schema_version, policy_id and workflow_policies).
 */
export function checkPackOutput(paths: PackPaths, existing: string | null): void {
  if (sameFile(paths.outputAbs, paths.manifestAbs)) {
    throw new PackFileError(
      `--output ${paths.outputRel} is the manifest ${paths.manifestRel}: writing the pack there would destroy the manifest; choose another --output`,
    );
  }
  if (existing === null) return;
  let value: unknown;
  try {
    value = JSON.parse(existing);
  } catch {
    value = undefined;
  }
  const v = value as Record<string, unknown> | undefined;
  const isPack =
    v !== null &&
    typeof v === 'object' &&
    !Array.isArray(v) &&
    typeof v.schema_version === 'string' &&
    typeof v.policy_id === 'string' &&
    Array.isArray(v.workflow_policies);
  if (!isPack) {
    throw new PackFileError(
      `refusing to overwrite ${paths.outputRel}: it exists and is not a policy pack (no schema_version, policy_id and workflow_policies); move it or choose another --output`,
    );
  }
}
