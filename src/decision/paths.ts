/**
 * Changed-path cleaning and the two glob matchers of a change scope (spec: decision-semantics.md,
 * "Paths"). Patterns are compiled once, when the policy is loaded.
 */
import picomatch from 'picomatch';
import { findUnsafeChar, isBidiControl, pyStrip } from './text.js';

export const MAX_PATH_LENGTH = 4096;

export type CleanResult = { ok: true; path: string } | { ok: false; problem: string };

const PERCENT_ENCODED_SEPARATOR = /%(?:2e|2f|5c)/i;

/**
 * Cleans one changed-path entry (already known to be a non-blank string). Leading "./" and "/" go,
 * "." segments and repeated "/" collapse; anything that could make the path mean something other
 * than what a reader or a glob sees is refused rather than repaired.
 */
export function cleanPath(entry: string): CleanResult {
  if (entry.length > MAX_PATH_LENGTH) return { ok: false, problem: `is longer than ${MAX_PATH_LENGTH} characters` };
  const unsafe = findUnsafeChar(entry);
  if (unsafe !== -1) {
    const code = entry.charCodeAt(unsafe);
    const name = isBidiControl(code) ? 'a bidirectional control character' : code === 0 ? 'a NUL character' : 'a control character';
    return { ok: false, problem: `contains ${name} (U+${code.toString(16).toUpperCase().padStart(4, '0')})` };
  }
  if (entry.includes('\\')) return { ok: false, problem: 'contains a backslash' };
  if (PERCENT_ENCODED_SEPARATOR.test(entry)) return { ok: false, problem: 'contains a percent-encoded ".", "/" or "\\"' };

  // One pass over the segments; the common clean path is returned as is, without allocating.
  let rebuild = false;
  let start = 0;
  for (;;) {
    let end = entry.indexOf('/', start);
    if (end === -1) end = entry.length;
    const len = end - start;
    if (len === 0 || (len === 1 && entry.charCodeAt(start) === 0x2e)) rebuild = true;
    else if (len === 2 && entry.charCodeAt(start) === 0x2e && entry.charCodeAt(start + 1) === 0x2e) {
      return { ok: false, problem: 'contains a ".." segment' };
    }
    if (end === entry.length) break;
    start = end + 1;
  }
  if (!rebuild) return { ok: true, path: entry };
  const kept = entry.split('/').filter((s) => s !== '' && s !== '.');
  if (kept.length === 0) return { ok: false, problem: 'is empty once "./" and "/" are removed' };
  return { ok: true, path: kept.join('/') };
}

/**
 * A pattern as the original evaluator normalised it (backslashes to "/", white space, leading "./"
 * and "/" removed), plus trailing "/" removed: "infra/" names the directory, like "infra".
 */
export function normalizePattern(pattern: string): string {
  let p = pyStrip(pattern.replace(/\\/g, '/'));
  while (p.startsWith('./')) p = p.slice(2);
  p = p.replace(/^\/+/, '');
  return p.replace(/\/+$/, '');
}

const PICOMATCH_BASE = { dot: true, nonegate: true, windows: false } as const;

export interface PatternMatcher {
  /** The pattern as written in the pack. */
  pattern: string;
  test(path: string): boolean;
}

export interface ScopeMatchers {
  allowed: PatternMatcher[];
  forbidden: PatternMatcher[];
  /** One regular expression for "is this path forbidden at all?", so the common miss costs one test. */
  anyForbidden: RegExp | null;
}

/** Compiles a change scope's patterns. Problems (patterns picomatch cannot compile) are returned, not thrown. */
export function compileScopeMatchers(allowedPaths: string[], forbiddenPaths: string[], problems: string[], where: string): ScopeMatchers {
  const allowed: PatternMatcher[] = [];
  allowedPaths.forEach((pattern, i) => {
    const p = normalizePattern(pattern);
    if (p === '') return; // the original ignored empty patterns too; an empty pattern allows nothing
    const re = makeRe(p, false, problems, `${where}.allowed_paths[${i}]`);
    if (re) allowed.push({ pattern, test: (path) => re.test(path) });
  });

  const forbidden: PatternMatcher[] = [];
  const sources: string[] = [];
  forbiddenPaths.forEach((pattern, i) => {
    const p = normalizePattern(pattern);
    if (p === '') return;
    const variants = forbiddenVariants(p, problems, `${where}.forbidden_paths[${i}]`);
    if (variants.length === 0) return;
    const re = new RegExp(variants.join('|'), 'i');
    sources.push(...variants);
    forbidden.push({ pattern, test: (path) => re.test(path) });
  });
  const anyForbidden = sources.length > 0 ? new RegExp(sources.join('|'), 'i') : null;
  return { allowed, forbidden, anyForbidden };
}

function makeRe(pattern: string, nocase: boolean, problems: string[], where: string): RegExp | null {
  try {
    return picomatch.makeRe(pattern, { ...PICOMATCH_BASE, nocase });
  } catch (err) {
    problems.push(`${where}: glob ${JSON.stringify(pattern)} cannot be compiled (${(err as Error).message})`);
    return null;
  }
}

/**
 * Every regular expression whose match forbids a path, case-insensitively:
 * - the picomatch glob on the path, and on any directory above it (glob + "/**");
 * - Python fnmatch semantics, where "*" and "?" cross "/", with the original evaluator's two
 *   extra rules ("**∕x" also tries "x"; "x/**" forbids "x" and everything below it), so that no
 *   path the original forbade is let through.
 */
function forbiddenVariants(p: string, problems: string[], where: string): string[] {
  const out: string[] = [];
  for (const glob of [p, `${p}/**`]) {
    const re = makeRe(glob, true, problems, where);
    if (re) out.push(`(?:${re.source})`);
  }
  out.push(fnmatchToRegexSource(p));
  if (p.startsWith('**/')) out.push(fnmatchToRegexSource(p.slice(3)));
  if (p.endsWith('/**')) {
    const prefix = p.slice(0, -3).replace(/\/+$/, '');
    out.push(`(?:^${escapeRegex(prefix)}(?:/[\\s\\S]*)?$)`);
  }
  return out;
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function classChar(c: string): string {
  return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** Python's fnmatch.translate, as a JavaScript regular expression source anchored at both ends. */
export function fnmatchToRegexSource(pat: string): string {
  let res = '';
  let i = 0;
  const n = pat.length;
  while (i < n) {
    const c = pat[i]!;
    i++;
    if (c === '*') {
      while (i < n && pat[i] === '*') i++;
      res += '[\\s\\S]*';
    } else if (c === '?') {
      res += '[\\s\\S]';
    } else if (c === '[') {
      let j = i;
      if (j < n && pat[j] === '!') j++;
      if (j < n && pat[j] === ']') j++;
      while (j < n && pat[j] !== ']') j++;
      if (j >= n) {
        res += '\\[';
        continue;
      }
      let body = pat.slice(i, j);
      i = j + 1;
      const negate = body.startsWith('!');
      if (negate) body = body.slice(1);
      let cls = '';
      for (let k = 0; k < body.length; ) {
        if (k + 2 < body.length && body[k + 1] === '-') {
          const a = body[k]!;
          const b = body[k + 2]!;
          if (a <= b) cls += `${classChar(a)}-${classChar(b)}`;
          k += 3;
        } else {
          cls += classChar(body[k]!);
          k++;
        }
      }
      if (cls === '') res += negate ? '[\\s\\S]' : '(?!)';
      else res += negate ? `[^${cls}]` : `[${cls}]`;
    } else {
      res += escapeRegex(c);
    }
  }
  return `(?:^${res}$)`;
}
