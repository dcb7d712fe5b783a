/**
 * Changed-path cleaning and the two glob matchers of a change scope (spec: decision-semantics.md,
 * "Paths"). Patterns are compiled once, when the policy is loaded.
 */
import picomatch from 'picomatch';
import { hasDotGitComponent, maybeDotGit } from './always-forbidden.js';
import { CompileCache } from './compile-cache.js';
import { lazyLinearRegex, type LinearRegex } from './regex-automaton.js';
import { codePointName, findUnsafeChar, isBidiControl, isControl, isLineSeparator, pyStrip } from './text.js';

export const MAX_PATH_LENGTH = 4096;

/** A refusal names its rule by a reason code (reasons.ts) besides the words. */
export type CleanResult = { ok: true; path: string } | { ok: false; problem: string; code: CleanProblemCode };
export type CleanProblemCode =
  'path_too_long' | 'path_unsafe_char' | 'path_backslash' | 'path_percent_encoded' | 'path_dot_dot' | 'path_dot_git' | 'path_empty';

const PERCENT_ENCODED_SEPARATOR = /%(?:2e|2f|5c)/i;

export const DOT_GIT_PROBLEM = 'has a ".git" component: git\'s own files are never content';

/**
 * Is the entry a path every reading agrees on, so cleaning, the reference evaluator's reading and
 * the always-forbidden key are all the entry itself (lowercased for the key)? Printable ASCII
 * without space, "\\" or "%", within the length limit, no empty, "." or ".." segment, no segment
 * ending in ".", and none that could name ".git". Most real paths are plain; one pass over the
 * characters answers for them what the separate tests would.
 */
export function isPlainPath(entry: string): boolean {
  const n = entry.length;
  if (n === 0 || n > MAX_PATH_LENGTH) return false;
  let start = 0;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? entry.charCodeAt(i) : 0x2f;
    if (c === 0x2f) {
      if (i === start || entry.charCodeAt(i - 1) === 0x2e) return false;
      if (i - start >= 4 && maybeDotGit(entry, start, i)) return false;
      start = i + 1;
    } else if (c <= 0x20 || c >= 0x7f || c === 0x5c || c === 0x25) return false;
  }
  return true;
}

/**
 * Cleans one changed-path entry (already known to be a non-blank string). Leading "./" and "/" go,
 * "." segments and repeated "/" collapse; anything that could make the path mean something other
 * than what a reader or a glob sees is refused rather than repaired.
 */
export function cleanPath(entry: string): CleanResult {
  if (entry.length > MAX_PATH_LENGTH) return { ok: false, problem: `is longer than ${MAX_PATH_LENGTH} characters`, code: 'path_too_long' };
  const unsafe = findUnsafeChar(entry);
  if (unsafe !== -1) {
    const code = entry.charCodeAt(unsafe);
    const name = isBidiControl(code)
      ? 'a bidirectional control character'
      : isLineSeparator(code)
        ? 'a line separator character'
        : code === 0
          ? 'a NUL character'
          : isControl(code)
            ? 'a control character'
            : 'an invisible character';
    return { ok: false, problem: `contains ${name} (${codePointName(entry, unsafe)})`, code: 'path_unsafe_char' };
  }
  if (entry.includes('\\')) return { ok: false, problem: 'contains a backslash', code: 'path_backslash' };
  if (PERCENT_ENCODED_SEPARATOR.test(entry))
    return { ok: false, problem: 'contains a percent-encoded ".", "/" or "\\"', code: 'path_percent_encoded' };

  // One pass over the segments; the common clean path is returned as is, without allocating.
  let rebuild = false;
  let start = 0;
  for (;;) {
    let end = entry.indexOf('/', start);
    if (end === -1) end = entry.length;
    const len = end - start;
    if (len === 0 || (len === 1 && entry.charCodeAt(start) === 0x2e)) rebuild = true;
    else if (len === 2 && entry.charCodeAt(start) === 0x2e && entry.charCodeAt(start + 1) === 0x2e) {
      return { ok: false, problem: 'contains a ".." segment', code: 'path_dot_dot' };
    }
    if (end === entry.length) break;
    start = end + 1;
  }
  if (hasDotGitComponent(entry)) return { ok: false, problem: DOT_GIT_PROBLEM, code: 'path_dot_git' };
  if (!rebuild) return { ok: true, path: entry };
  const kept = entry.split('/').filter((s) => s !== '' && s !== '.');
  if (kept.length === 0) return { ok: false, problem: 'is empty once "./" and "/" are removed', code: 'path_empty' };
  return { ok: true, path: kept.join('/') };
}

/**
 * A path or pattern as the reference evaluator (docs/architecture.md#glossary) normalised it before matching: backslashes to "/",
 * outer white space and leading "./" and "/" removed, nothing else collapsed.
 */
export function originalForm(s: string): string {
  let p = pyStrip(s.includes('\\') ? s.replace(/\\/g, '/') : s);
  while (p.startsWith('./')) p = p.slice(2);
  return p.replace(/^\/+/, '');
}

/**
 * A changed path as the reference evaluator matched it: normalised when the request was read, and
 * again inside each match, so ".//./x" became "./x" and "./ x" became "x".
 */
export function originalPathForm(entry: string): string {
  return originalForm(originalForm(entry));
}

/** A pattern as the reference evaluator normalises it, plus trailing "/" removed: "infra/" names the directory, like "infra". */
export function normalizePattern(pattern: string): string {
  return originalForm(pattern).replace(/\/+$/, '');
}

const PICOMATCH_BASE = { dot: true, nonegate: true, windows: false } as const;

export interface PatternMatcher {
  /** The pattern as written in the pack. */
  pattern: string;
  /**
   * The pattern's regular expression (case-insensitive for forbidden patterns), the definition of
   * what it matches; `test` answers the same, by a shortcut or by the backtracking-free tester (see
   * regex-automaton.ts), except that a forbidden pattern with a negated fnmatch class ("[!a]") also
   * tries that class case-sensitively (see fnmatchExactSources). It is never run on a request's
   * path: V8's backtracking takes exponential time on some glob translations.
   */
  regex: RegExp;
  /** Does `test` answer by a plain string test (a common pattern shape) rather than the regex? */
  shortcut: boolean;
  /** `lower` is `path.toLowerCase()`, computed once per path for the case-insensitive forbidden tests. */
  test(path: string, lower: string): boolean;
}

export interface ScopeMatchers {
  allowed: PatternMatcher[];
  forbidden: PatternMatcher[];
  /** Is the path forbidden by any pattern? Shortcut patterns one by one, the rest as one regular expression. */
  anyForbidden(path: string, lower: string): boolean;
  /**
   * Would the reference evaluator have allowed this path (in its originalForm)? Its fnmatch rules,
   * case-sensitive; asked only of entries it read differently from their cleaned form.
   */
  originallyAllowed(original: string): boolean;
}

/**
 * Compiles a change scope's patterns. Problems (patterns picomatch cannot compile) are returned,
 * not thrown. Globs and testers come from `cache`, shared with the pack's other scopes; testers
 * build their automata on first use.
 */
export function compileScopeMatchers(
  allowedPaths: string[],
  forbiddenPaths: string[],
  problems: string[],
  where: string,
  cache = new CompileCache(),
): ScopeMatchers {
  const allowed: PatternMatcher[] = [];
  allowedPaths.forEach((pattern, i) => {
    const p = normalizePattern(pattern);
    if (p === '') return; // the reference evaluator ignores empty patterns too; an empty pattern allows nothing
    const regex = makeRe(p, false, problems, `${where}.allowed_paths[${i}]`, cache);
    if (!regex) return;
    const tester = linear(regex.source, regex.flags, cache);
    const shortcut = allowedShortcut(p, tester);
    allowed.push({ pattern, regex, shortcut: shortcut !== null, test: shortcut ?? ((path) => tester.test(path)) });
  });

  const forbidden: PatternMatcher[] = [];
  const shortcuts: ((path: string, lower: string) => boolean)[] = [];
  const sources: string[] = [];
  const exactSources: string[] = [];
  forbiddenPaths.forEach((pattern, i) => {
    const p = normalizePattern(pattern);
    if (p === '') return;
    const variants = [...new Set(forbiddenVariants(p, problems, `${where}.forbidden_paths[${i}]`, cache))];
    const regex = new RegExp(anchored(variants), 'i');
    const tester = linear(regex.source, regex.flags, cache);
    const exactVariants = fnmatchExactSources(p);
    const exact = exactVariants.length > 0 ? linear(anchored(exactVariants), '', cache) : null;
    const shortcut = forbiddenShortcut(p);
    if (shortcut) shortcuts.push(shortcut);
    else {
      for (const v of variants) if (!sources.includes(v)) sources.push(v);
      for (const v of exactVariants) if (!exactSources.includes(v)) exactSources.push(v);
    }
    forbidden.push({
      pattern,
      regex,
      shortcut: shortcut !== null,
      test: shortcut ?? (exact === null ? (path) => tester.test(path) : (path) => tester.test(path) || exact.test(path)),
    });
  });
  const rest = sources.length > 0 ? linear(anchored(sources), 'i', cache) : null;
  const restExact = exactSources.length > 0 ? linear(anchored(exactSources), '', cache) : null;
  const anyForbidden = (path: string, lower: string): boolean => {
    for (let i = 0; i < shortcuts.length; i++) if (shortcuts[i]!(path, lower)) return true;
    return (rest !== null && rest.test(path)) || (restExact !== null && restExact.test(path));
  };

  const originalSources: string[] = [];
  for (const pattern of allowedPaths) {
    const p = originalForm(pattern);
    if (p !== '') originalSources.push(...originalRuleSources(p));
  }
  const original = originalSources.length > 0 ? linear(anchored(originalSources), '', cache) : null;
  const originallyAllowed = (path: string): boolean => path !== '' && original !== null && original.test(path);
  return { allowed, forbidden, anyForbidden, originallyAllowed };
}

/**
 * The problems compileScopeMatchers would report for these patterns (globs picomatch cannot
 * compile), found without building any matcher: how a pack is validated whole at load while each
 * workflow's matchers are compiled on its first decision. It compiles the same globs.
 */
export function checkScopeGlobs(
  allowedPaths: string[],
  forbiddenPaths: string[],
  problems: string[],
  where: string,
  cache: CompileCache,
): void {
  allowedPaths.forEach((pattern, i) => {
    const p = normalizePattern(pattern);
    if (p !== '') makeRe(p, false, problems, `${where}.allowed_paths[${i}]`, cache);
  });
  forbiddenPaths.forEach((pattern, i) => {
    const p = normalizePattern(pattern);
    if (p === '') return;
    for (const glob of [p, `${p}/**`]) makeRe(glob, true, problems, `${where}.forbidden_paths[${i}]`, cache);
  });
}

/**
 * Shortcuts for the common pattern shapes, as plain string tests with the regex's answer (a
 * property test holds them to that). Literal parts are plain ASCII names, where lowercasing is the
 * regex's case-insensitivity; the one difference is a path letter outside ASCII that lowercases
 * into ASCII (the Kelvin sign K → k), which the shortcut forbids and the regex would not: stricter,
 * never looser. Any other pattern shape goes to the regex.
 */
const NAME = '[A-Za-z0-9_-][A-Za-z0-9._-]*|\\.[A-Za-z0-9._-]*[A-Za-z0-9_-][A-Za-z0-9._-]*';
const LITERAL_PATH = new RegExp(`^(?:${NAME})(?:/(?:${NAME}))*$`);
const LITERAL_PART = /^[A-Za-z0-9._-]+$/;

type Shortcut = (path: string, lower: string) => boolean;

function literalDir(p: string): string | null {
  const l = p.endsWith('/**') ? p.slice(0, -3) : p;
  return LITERAL_PATH.test(l) ? l : null;
}

const LINE_TERMINATOR = /[\n\r\u2028\u2029]/;

/** Case-sensitive whole-path shortcuts for allowed patterns; `tester` is the pattern's full test. */
function allowedShortcut(p: string, tester: LinearRegex): Shortcut | null {
  const dir = literalDir(p);
  if (dir !== null) {
    if (!p.endsWith('/**')) return (path) => path === dir;
    const prefix = `${dir}/`;
    return (path) => path === dir || path.startsWith(prefix);
  }
  if (p.startsWith('**/')) {
    const rest = p.slice(3);
    if (LITERAL_PATH.test(rest) && !rest.includes('/')) {
      const tail = `/${rest}`;
      return (path) => path === rest || path.endsWith(tail);
    }
    // **/*suffix: the last segment ends with the suffix (a suffix of dots alone could make it "."
    // or ".."). picomatch's "**" and "(?=.)" stop at a line terminator, so such a path goes to the tester.
    const body = rest.slice(1);
    if (rest.startsWith('*') && LITERAL_PART.test(body) && /[^.]/.test(body)) {
      return (path) => (LINE_TERMINATOR.test(path) ? tester.test(path) : path.endsWith(body));
    }
  }
  return null;
}

/** Case-insensitive shortcuts for forbidden patterns, covering the path and every directory above it. */
function forbiddenShortcut(p: string): Shortcut | null {
  const dir = literalDir(p);
  if (dir !== null) {
    const l = dir.toLowerCase();
    const prefix = `${l}/`;
    return (_path, lower) => lower === l || lower.startsWith(prefix);
  }
  if (!p.startsWith('**/')) return null;
  const rest = p.slice(3);
  // **/name: some segment is the name.
  if (LITERAL_PATH.test(rest) && !rest.includes('/')) {
    const s = rest.toLowerCase();
    const head = `${s}/`;
    const tail = `/${s}`;
    const mid = `/${s}/`;
    return (_path, lower) => lower === s || lower.startsWith(head) || lower.endsWith(tail) || lower.includes(mid);
  }
  // **/*suffix: some segment ends with the suffix. **/*part*: some segment contains the part.
  if (rest.startsWith('*') && !rest.startsWith('**')) {
    const body = rest.slice(1);
    if (body.endsWith('*') && LITERAL_PART.test(body.slice(0, -1))) {
      const part = body.slice(0, -1).toLowerCase();
      return (_path, lower) => lower.includes(part);
    }
    if (LITERAL_PART.test(body)) {
      const suffix = body.toLowerCase();
      const inner = `${suffix}/`;
      return (_path, lower) => lower.endsWith(suffix) || lower.includes(inner);
    }
  }
  return null;
}

/**
 * Alternatives under one top-level "^", so the tester starts them at position 0 only instead of at
 * every position of the path (each alternative is anchored at both ends anyway).
 */
function anchored(alternatives: string[]): string {
  return `^(?:${alternatives.join('|')})`;
}

/**
 * The backtracking-free tester of a source, which answers as the regular expression would, in
 * time linear in the path for each pattern state. Every source picomatch and fnmatchToRegexSource
 * produce is in its subset (a property test holds them to that); should one ever not be, V8's
 * own regular expression is the fallback, with its answers and its backtracking. Interned per
 * source in the pack's cache, and built on its first test.
 */
function linear(source: string, flags: string, cache: CompileCache): LinearRegex {
  return cache.get(flags === 'i' ? 'tester-i' : 'tester', source, () => lazyLinearRegex(source, flags, (s, f) => new RegExp(s, f)));
}

function makeRe(pattern: string, nocase: boolean, problems: string[], where: string, cache: CompileCache): RegExp | null {
  const made = cache.get(nocase ? 'glob-i' : 'glob', pattern, (): RegExp | Error => {
    try {
      return picomatch.makeRe(pattern, { ...PICOMATCH_BASE, nocase });
    } catch (err) {
      return err as Error;
    }
  });
  if (!(made instanceof Error)) return made;
  problems.push(`${where}: glob ${JSON.stringify(pattern)} cannot be compiled (${made.message})`);
  return null;
}

/**
 * Every regular expression whose match forbids a path, case-insensitively:
 * - the picomatch glob on the path, and on any directory above it (glob + "/**");
 * - Python fnmatch semantics, where "*" and "?" cross "/", with the reference evaluator's two
 *   extra rules ("**∕x" also tries "x"; "x/**" forbids "x" and everything below it), so that no
 *   path the reference evaluator forbids is let through.
 */
function forbiddenVariants(p: string, problems: string[], where: string, cache: CompileCache): string[] {
  const out: string[] = [];
  for (const glob of [p, `${p}/**`]) {
    const re = makeRe(glob, true, problems, where, cache);
    if (re) out.push(`(?:${re.source})`);
  }
  out.push(...originalRuleSources(p));
  return out;
}

/** The reference evaluator's match: fnmatch, "**∕x" also tries "x", "x/**" is "x" and everything below it. */
function originalRuleSources(p: string): string[] {
  const out = [fnmatchToRegexSource(p)];
  if (p.startsWith('**/')) out.push(fnmatchToRegexSource(p.slice(3)));
  if (p.endsWith('/**')) {
    const prefix = p.slice(0, -3).replace(/\/+$/, '');
    out.push(`(?:^${escapeRegex(prefix)}(?:/[\\s\\S]*)?$)`);
  }
  return out;
}

/**
 * The fnmatch variants of a forbidden pattern that hold a negated class, for a case-sensitive test.
 * Case-insensitively, "[!a]" refuses "A" as well as "a"; Python's fnmatchcase lets "[!a]" match
 * "A", so the case-insensitive regex alone would forbid less than the reference evaluator does.
 */
export function fnmatchExactSources(p: string): string[] {
  const out: string[] = [];
  for (const glob of p.startsWith('**/') ? [p, p.slice(3)] : [p]) {
    const source = fnmatchToRegexSource(glob);
    // "[^" appears in a translation only as a negated class: a literal "[" or "^" is escaped.
    if (source.includes('[^')) out.push(source);
  }
  return out;
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function classChar(c: string): string {
  return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** One code point: a surrogate pair, or any single UTF-16 unit (Python's "." on a str). */
const ANY_CODE_POINT = '(?:[\\uD800-\\uDBFF][\\uDC00-\\uDFFF]|[\\s\\S])';
const SURROGATE_PAIR = '[\\uD800-\\uDBFF][\\uDC00-\\uDFFF]';

/**
 * Python's fnmatch.translate, as a JavaScript regular expression source anchored at both ends.
 * Where the two cannot agree exactly it errs towards matching more, since it mostly decides what
 * is forbidden (for allowed paths it is only an extra condition on top of picomatch): "?" and
 * classes also take a whole surrogate pair (Python matches code points), and a class with a
 * reversed range (which Python's translate merges away, sometimes into "any character") or with a
 * character outside the BMP matches any one character.
 */
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
      res += ANY_CODE_POINT;
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
      let irregular = /[\uD800-\uDFFF]/.test(body);
      for (let k = 0; k < body.length;) {
        if (k + 2 < body.length && body[k + 1] === '-') {
          const a = body[k]!;
          const b = body[k + 2]!;
          if (a <= b) cls += `${classChar(a)}-${classChar(b)}`;
          else irregular = true;
          k += 3;
        } else {
          cls += classChar(body[k]!);
          k++;
        }
      }
      if (irregular || (negate && cls === '')) res += ANY_CODE_POINT;
      else if (cls === '') res += '(?!)';
      else res += negate ? `(?:${SURROGATE_PAIR}|[^${cls}])` : `[${cls}]`;
    } else {
      res += escapeRegex(c);
    }
  }
  return `(?:^${res}$)`;
}
