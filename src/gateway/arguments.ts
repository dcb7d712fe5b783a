/**
 * What a tool call's arguments say about the change: the paths it touches, placed inside the
 * session's work tree, and its size in lines. The judging itself is the engine's.
 */
import { realpathSync } from 'node:fs';
import path from 'node:path';
import { cleanPath } from '../decision/index.js';
import type { ToolMapping } from './config.js';

/** The work tree as given and as the file system resolves it (symlinks in its own path followed). */
export interface RepoRoot {
  given: string;
  real: string;
}

export function repoRoot(dir: string): RepoRoot {
  const given = path.resolve(dir);
  return { given, real: realpathSync.native(given) };
}

/**
 * `paths` are repo-relative, as judged; `args` are the call's arguments with each mapped path
 * replaced by the absolute path it was judged as, so the upstream writes exactly what was judged
 * (servers resolve relative paths differently: against their cwd, or their first allowed root).
 */
export type PathsResult = { ok: true; paths: string[]; args: Record<string, unknown> } | { ok: false; problem: string };

function inside(root: string, p: string): string | null {
  const rel = path.relative(root, p);
  if (rel === '') return '';
  if (rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel)) return null;
  return rel;
}

/**
 * The deepest ancestor of `abs` (itself included) that exists, resolved with realpath, and the
 * rest appended: where a write to `abs` would really land.
 */
function landing(abs: string): string {
  const rest: string[] = [];
  let current = abs;
  for (;;) {
    try {
      const real = realpathSync.native(current);
      return rest.length === 0 ? real : path.join(real, ...rest.reverse());
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      // Only "does not exist (yet)" walks up; a loop or a permission problem is refused by the caller.
      if (code !== 'ENOENT' && code !== 'ENOTDIR') throw err;
      const parent = path.dirname(current);
      if (parent === current) return abs;
      rest.push(path.basename(current));
      current = parent;
    }
  }
}

/**
 * One path argument, repo-relative: relative paths are taken from the work tree, absolute ones
 * must lie inside it, and where it lands after symlinks must lie inside it too.
 */
export function placePath(root: RepoRoot, value: string): { ok: true; path: string } | { ok: false; problem: string } {
  const quoted = JSON.stringify(value);
  if (value.trim() === '') return { ok: false, problem: `path ${quoted} is empty` };
  if (value.includes('\0')) return { ok: false, problem: `path ${quoted} contains a NUL character` };
  // "~" is the user's home to some servers and a file name to others: either way not a repo path.
  if (value.startsWith('~')) return { ok: false, problem: `path ${quoted} starts with "~"` };
  const abs = path.resolve(root.given, value);
  const lexical = inside(root.given, abs) ?? inside(root.real, abs);
  if (lexical === null) return { ok: false, problem: `path ${quoted} is outside the work tree ${root.given}` };
  let real: string;
  try {
    real = landing(abs);
  } catch (err) {
    return { ok: false, problem: `path ${quoted} cannot be resolved (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})` };
  }
  const rel = inside(root.real, real);
  if (rel === null) return { ok: false, problem: `path ${quoted} resolves through a symbolic link to ${real}, outside the work tree` };
  if (rel === '') return { ok: true, path: '.' };
  const posix = rel.split(path.sep).join('/');
  const cleaned = cleanPath(posix);
  return cleaned.ok ? { ok: true, path: cleaned.path } : { ok: false, problem: `path ${quoted} ${cleaned.problem}` };
}

/** Every path the mapped arguments name, repo-relative, in argument order. */
export function pathsOf(root: RepoRoot, mapping: ToolMapping, args: Record<string, unknown>): PathsResult {
  const out: string[] = [];
  const forwarded: Record<string, unknown> = { ...args };
  for (const name of mapping.paths) {
    if (!Object.prototype.hasOwnProperty.call(args, name)) continue;
    const v = args[name];
    const values = typeof v === 'string' ? [v] : Array.isArray(v) ? v : null;
    if (values === null) return { ok: false, problem: `argument ${JSON.stringify(name)} must be a path or a list of paths` };
    const absolute: string[] = [];
    for (const item of values) {
      if (typeof item !== 'string') return { ok: false, problem: `argument ${JSON.stringify(name)} must hold only paths (strings)` };
      const placed = placePath(root, item);
      if (!placed.ok) return placed;
      out.push(placed.path);
      absolute.push(placed.path === '.' ? root.real : path.join(root.real, ...placed.path.split('/')));
    }
    forwarded[name] = typeof v === 'string' ? absolute[0] : absolute;
  }
  return { ok: true, paths: out, args: forwarded };
}

/** Lines of a text: a final newline ends the last line rather than starting another. */
export function lineCount(text: string): number {
  if (text === '') return 0;
  let n = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return text.endsWith('\n') ? n - 1 : n;
}

/**
 * The size in lines of the mapped argument: a string's lines; a list's items summed, an object
 * item counting the lines of each of its string values (an `edits` list: old and new text).
 */
export function linesOf(mapping: ToolMapping, args: Record<string, unknown>): { ok: true; lines: number } | { ok: false; problem: string } {
  if (mapping.lines === null || !Object.prototype.hasOwnProperty.call(args, mapping.lines)) return { ok: true, lines: 0 };
  const v = args[mapping.lines];
  const bad = { ok: false as const, problem: `argument ${JSON.stringify(mapping.lines)} must be a text or a list of texts or edits` };
  if (typeof v === 'string') return { ok: true, lines: lineCount(v) };
  if (!Array.isArray(v)) return bad;
  let n = 0;
  for (const item of v) {
    if (typeof item === 'string') n += lineCount(item);
    else if (item !== null && typeof item === 'object' && !Array.isArray(item)) {
      for (const field of Object.values(item as Record<string, unknown>)) if (typeof field === 'string') n += lineCount(field);
    } else return bad;
  }
  return { ok: true, lines: n };
}
