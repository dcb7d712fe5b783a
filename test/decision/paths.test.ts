/**
 * Changed-path cleaning and glob matching (spec: decision-semantics.md, "Paths").
 */
import fc from 'fast-check';
import picomatch from 'picomatch';
import { describe, expect, it } from 'vitest';
import { cleanPath } from '../../src/decision/index.js';
import { hasDotGitComponent, keyIsLowercase, pathKey } from '../../src/decision/always-forbidden.js';
import { compileScopeMatchers, fnmatchToRegexSource, isPlainPath, normalizePattern, originalPathForm } from '../../src/decision/paths.js';
import { linearRegex } from '../../src/decision/regex-automaton.js';

const PATTERNS = [
  '.github/**',
  'infra/**',
  'deploy',
  'deploy*',
  'migrations/',
  '/infra/**',
  './src/**',
  '**/*.pem',
  '**/*.key',
  '**/*seed*',
  '**/Dockerfile',
  'Dockerfile',
  'docs/**',
  'README.md',
  'auth/**/policy.*',
  'deployments/**/production/**',
  'requirements*.txt',
  'packages/*/package.json',
  '**/*.md',
  '.env*',
  '**',
  'src/*.py',
  'a/[bc]/d',
  '**/.ssh',
  'x/y/z/**',
  '**/*.',
  '**/*x.md',
  '**/*.tar-gz_1',
];
const SEGMENTS = [
  'src',
  'SRC',
  '.github',
  '.GITHUB',
  'infra',
  'deploy',
  'deployments',
  'production',
  'auth',
  'policy.rb',
  'a.pem',
  'b.PEM',
  'x.key',
  'seed',
  'my_seed.json',
  'Dockerfile',
  'docs',
  'README.md',
  'requirements-dev.txt',
  'packages',
  'core',
  'package.json',
  'a',
  'b',
  'c',
  'd',
  '.env.local',
  '.ssh',
  'x',
  'y',
  'z',
  'ü',
  'x.\u212aey',
  '\u212a',
  'x.md',
  'x.mdx',
  '.md',
];
const paths = fc.array(fc.constantFrom(...SEGMENTS), { minLength: 1, maxLength: 6 }).map((s) => s.join('/'));

describe('glob matchers', () => {
  it('answers as the full regular expression when it takes a string shortcut', () => {
    const m = compileScopeMatchers(PATTERNS, PATTERNS, [], 'test');
    fc.assert(
      fc.property(paths, (p) => {
        const lower = p.toLowerCase();
        for (const a of m.allowed) expect(a.test(p, lower), `allowed ${a.pattern} on ${p}`).toBe(a.regex.test(p));
        // Forbidden shortcuts lowercase the path: exact for ASCII, and for a non-ASCII letter that
        // lowercases to ASCII (the Kelvin sign) they forbid more than the regex, never less.
        const ascii = [...p].every((c) => c.charCodeAt(0) < 0x80);
        for (const f of m.forbidden) {
          if (ascii) expect(f.test(p, lower), `forbidden ${f.pattern} on ${p}`).toBe(f.regex.test(p));
          else if (f.regex.test(p)) expect(f.test(p, lower), `forbidden ${f.pattern} on ${p}`).toBe(true);
        }
        if (ascii) expect(m.anyForbidden(p, lower)).toBe(m.forbidden.some((f) => f.regex.test(p)));
        else if (m.forbidden.some((f) => f.regex.test(p))) expect(m.anyForbidden(p, lower)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('forbids case-insensitively, the path or any directory above it, and never less than fnmatch', () => {
    // Expected values follow the spec and Python fnmatch (where * and ? cross "/").
    const table: [string, string, boolean][] = [
      ['deploy*', 'deploy/x/y', true],
      ['deploy*', 'deployments/a', true],
      ['deploy', 'deploy/x', true],
      ['deploy', 'redeploy/x', false],
      ['.github/**', '.GITHUB/workflows/ci.yml', true],
      ['.github/**', '.github', true],
      ['.github/**', 'src/.github/x', false],
      ['**/*.pem', 'src/keys/a.PEM', true],
      ['**/*.pem', 'a.pem', true],
      ['**/*.pem', 'a.pem/inner.txt', true],
      ['src/*.py', 'src/deep/x.py', true], // fnmatch: * crosses "/"
      ['auth/**/policy.*', 'auth/x/y/policy.rb', true],
      ['auth/**/policy.*', 'auth/policy.rb', true], // picomatch: ** may be empty
      ['requirements*.txt', 'requirements/dev.txt', true], // fnmatch crosses "/"
      ['a/[bc]/d', 'A/C/D', true],
      ['a/[bc]/d', 'a/e/d', false],
      ['/infra/**', 'infra/main.tf', true],
      ['migrations/', 'migrations/001.sql', true],
      ['**/.ssh', 'home/u/.ssh/id_rsa', true],
      ['docs/**', 'documentation/x', false],
      // A negated class is case-sensitive in fnmatch: "z" is not "Z", so "*[!Z.]" forbids "a/z" there.
      ['*[!Z.]', 'a/z', true],
      ['**/[!z][!a]', 'xA', true],
      ['src/[!A-Z]*', 'src/a/B', true],
      // fnmatch's "?" and classes take a code point; an emoji is two UTF-16 units.
      ['x?y', 'x\u{1F600}y', true],
      ['src/[!a]', 'src/\u{1F600}', true],
      ['src/[\u{1F600}a]', 'src/\u{1F600}', true],
      // Python turns this class into "any character" (an empty range merged into a leading "!").
      ['x[a-A!]*', 'xb', true],
    ];
    for (const [pattern, path, expected] of table) {
      const m = compileScopeMatchers([], [pattern], [], 'test');
      expect(m.anyForbidden(path, path.toLowerCase()), `${pattern} on ${path}`).toBe(expected);
    }
  });

  it('allows only whole-path, case-sensitive picomatch matches, with dotfiles under **', () => {
    const table: [string, string, boolean][] = [
      ['src/**', 'src/.env', true],
      ['src/**', 'src/a/.git/config', true],
      ['src/**', 'SRC/main.py', false],
      ['src/*.py', 'src/deep/x.py', false],
      ['**/Dockerfile', 'Dockerfile', true],
      ['**/Dockerfile', 'services/api/Dockerfile', true],
      ['**/Dockerfile', 'services/api/Dockerfile.bak', false],
      ['requirements*.txt', 'requirements-dev.txt', true],
      ['requirements*.txt', 'requirements/dev.txt', false],
      ['package.json', 'package.json', true],
      ['package.json', 'sub/package.json', false],
      ['!src/**', 'lib/x.ts', false], // "!" is literal: no negation that would allow everything else
      ['**/*.md', 'docs/x.md', true],
      ['**/*.md', '.md', true],
      ['**/*.md', 'x.md/y', false],
      // picomatch's "**" and a segment's first character stop at a line terminator.
      ['**/*.md', 'a\u2028b/x.md', false],
      ['**/*.md', '\u2028.md', false],
      ['**/*.md', 'a/b\u2028.md', true],
    ];
    for (const [pattern, path, expected] of table) {
      const m = compileScopeMatchers([pattern], [], [], 'test');
      expect(
        m.allowed.some((a) => a.test(path, path.toLowerCase())),
        `${pattern} on ${path}`,
      ).toBe(expected);
      expect(m.allowed[0]!.regex.test(path), `regex ${pattern} on ${path}`).toBe(expected);
    }
  });

  it('translates fnmatch like Python, including bracket classes', () => {
    const re = (p: string) => new RegExp(fnmatchToRegexSource(p));
    expect(re('*.py').test('a/b.py')).toBe(true);
    expect(re('?').test('/')).toBe(true);
    expect(re('[!a]x').test('bx')).toBe(true);
    expect(re('[!a]x').test('ax')).toBe(false);
    expect(re('[a-c]').test('b')).toBe(true);
    // A reversed range, which Python's translate merges away in ways that can negate the class, is
    // read as "any character": the translation only ever forbids, so more is safe and less is not.
    expect(re('[c-a]').test('b')).toBe(true);
    expect(re('?').test('\u{1F600}')).toBe(true); // one code point, two UTF-16 units
    expect(re('[').test('[')).toBe(true); // an unclosed bracket is literal
    expect(re('a.b').test('axb')).toBe(false);
  });
});

describe('backtracking-free matching', () => {
  // Glob pieces: the simple ones, and braces, extglobs, POSIX classes, escapes and stray syntax.
  const GLOB_TOKENS = [
    'a',
    'b',
    'A',
    '.',
    '*',
    '?',
    '/',
    '[ab]',
    '[!a]',
    '**',
    '[a-c]',
    'k',
    '\u212a',
    '{a,b}',
    '!(a)',
    '+(a|b)',
    '@(x)',
    '[[:alpha:]]',
    '\\*',
    '(',
    ')',
    '|',
    ']',
    '$',
    '^',
    '{',
    '}',
  ];
  // Path pieces, with what the original's reading keeps ("//", "/./", "..", a trailing "/"), case
  // variants, the Kelvin sign, a lone surrogate and a pair, and characters "." does not match.
  const PATH_PIECES = [
    'a',
    'b',
    'A',
    'B',
    '.',
    '/',
    '//',
    '/./',
    '..',
    'k',
    'K',
    '\u212a',
    'c',
    '\u{1F600}',
    '\ud83d',
    ' ',
    '!',
    '[',
    ']',
    '\n',
    '\u2028',
  ];
  const glob = fc.array(fc.constantFrom(...GLOB_TOKENS), { maxLength: 8 }).map((t) => t.join(''));
  const path = fc.array(fc.constantFrom(...PATH_PIECES), { maxLength: 12 }).map((t) => t.join(''));

  /** The regular expressions a scope's matchers are built from, and one alternation of them all. */
  function sourcesOf(pattern: string, nocase: boolean): [string, string][] {
    const flags = nocase ? 'i' : '';
    const out: [string, string][] = [];
    for (const g of [pattern, `${pattern}/**`]) {
      try {
        const re = picomatch.makeRe(g, { dot: true, nonegate: true, windows: false, nocase });
        out.push([re.source, re.flags]);
      } catch {
        // a glob picomatch refuses is reported at load, never matched
      }
    }
    out.push([fnmatchToRegexSource(pattern), flags]);
    out.push([`^(?:${out.map(([s]) => s).join('|')})`, flags]);
    return out;
  }

  it('answers exactly as V8 runs the same regular expression', () => {
    fc.assert(
      fc.property(glob, path, fc.boolean(), (pattern, p, nocase) => {
        for (const [source, flags] of sourcesOf(pattern, nocase)) {
          expect(linearRegex(source, flags).test(p), `/${source}/${flags} on ${JSON.stringify(p)}`).toBe(new RegExp(source, flags).test(p));
        }
      }),
      { numRuns: 4000 },
    );
  });

  it('answers as the old matchers on scopes of simple globs and cleaned or original paths', () => {
    const simple = fc
      .array(fc.constantFrom('a', 'b', '.', '*', '?', '/', '[ab]', '[!a]', '**'), { minLength: 1, maxLength: 6 })
      .map((t) => t.join(''));
    const segs = fc
      .array(fc.constantFrom('a', 'b', 'A', 'ab', 'ba', '.a', 'b.', '', '.'), { minLength: 1, maxLength: 5 })
      .map((t) => t.join('/'));
    fc.assert(
      fc.property(fc.array(simple, { minLength: 1, maxLength: 3 }), segs, (patterns, p) => {
        const m = compileScopeMatchers(patterns, patterns, [], 'test');
        const lower = p.toLowerCase();
        // Shortcuts (plain string tests, unchanged) are held to the regex by the property above, on
        // cleaned paths; the others are compared with the old test: V8 running the regex, and for a
        // forbidden pattern also fnmatch's negated classes case-sensitively.
        for (const a of m.allowed) if (!a.shortcut) expect(a.test(p, lower), `allowed ${a.pattern} on ${p}`).toBe(a.regex.test(p));
        const negated = (pattern: string) =>
          (pattern.startsWith('**/') ? [pattern, pattern.slice(3)] : [pattern]).map(fnmatchToRegexSource).filter((s) => s.includes('[^'));
        const old = m.forbidden.map((f) =>
          f.shortcut ? f.test(p, lower) : f.regex.test(p) || negated(normalizePattern(f.pattern)).some((s) => new RegExp(s).test(p)),
        );
        m.forbidden.forEach((f, i) => expect(f.test(p, lower), `forbidden ${f.pattern} on ${p}`).toBe(old[i]));
        expect(m.anyForbidden(p, lower)).toBe(old.some(Boolean));
      }),
      { numRuns: 3000 },
    );
  });

  // Inputs on which V8's backtracking took from a tenth of a second to many seconds per path; these
  // tests would hang without the automaton. They assert answers, not times.
  it.each([
    ['*a*a*b', `${'a'.repeat(4095)}c`, false],
    ['*a*a*b', `${'a'.repeat(4095)}b`, true],
    ['**/*secret*.*', `${'secret//'.repeat(511)}secret`, false],
    ['**/*secret*.*', 'secret/'.repeat(585), false],
    ['**/*secret*.*', `${'secret/'.repeat(584)}my-secret.txt`, true],
    ['src/*test*/*.snap', `src/${'test//'.repeat(681)}test`, false],
    ['src/*test*/*.snap', `src/${'test//'.repeat(681)}a.snap`, true], // fnmatch's "*" crosses "/"
  ])('decides %j on a crafted %#th path without backtracking', (pattern, p, forbidden) => {
    const m = compileScopeMatchers([pattern], [pattern], [], 'test');
    expect(m.anyForbidden(p, p.toLowerCase())).toBe(forbidden);
    expect(m.forbidden[0]!.test(p, p.toLowerCase())).toBe(forbidden);
  });

  it.each([
    ['*a*a*b', `${'a'.repeat(4095)}c`, false],
    ['*a*a*b', `${'a'.repeat(4095)}b`, true],
    ['**/*secret*.*', `${'secret/'.repeat(584)}x.secret.y`, true],
    ['src/*test*/*.snap', `src/${'test'.repeat(1021)}/a.sna`, false],
    ['src/*test*/*.snap', `src/${'test'.repeat(1021)}/a.snap`, true],
  ])('allows %j on a crafted %#th path without backtracking', (pattern, p, allowed) => {
    const m = compileScopeMatchers([pattern], [], [], 'test');
    expect(m.allowed[0]!.test(p, p.toLowerCase())).toBe(allowed);
    expect(m.originallyAllowed(p)).toBe(allowed);
  });

  it('reads repeats, lookaheads, escapes and classes as V8 does', () => {
    const table: [string, string, string][] = [
      ['^(?:a{2,3})$', '', 'aaa'],
      ['^(?:a{2,3})$', '', 'aaaa'],
      ['^(?:a{2})$', '', 'aa'],
      ['^(?:a{1,})$', '', 'aaaa'],
      ['x{', '', 'x{'],
      ['^(?:(?!a)[\\s\\S])+$', '', 'bcb'],
      ['^(?:(?!a)[\\s\\S])+$', '', 'bca'],
      ['^(?:(?=[^/]*b)[\\s\\S]*)$', '', 'aaab'],
      ['^\\u212a$', 'i', 'k'],
      ['^[a-z]$', 'i', '\u212a'],
      ['^.$', '', '\n'],
      ['a|^b', '', 'cb'],
      ['a|^b', '', 'ca'],
      ['^(?<n>a)b$', '', 'ab'],
      ['^[\\]\\-]+$', '', ']-'],
    ];
    for (const [source, flags, s] of table)
      expect(linearRegex(source, flags).test(s), `/${source}/${flags} on ${s}`).toBe(new RegExp(source, flags).test(s));
  });

  it('refuses syntax it does not read, so that the matcher keeps V8 there', () => {
    for (const source of ['(a)\\1', '(?<=a)b', '\\bx', 'a', '(?=a)*']) {
      if (source === 'a') expect(() => linearRegex(source, 'g')).toThrow(/flags/);
      else expect(() => linearRegex(source, ''), source).toThrow(/./);
    }
  });
});

describe('cleanPath', () => {
  it('drops leading "./" and "/", collapses "." segments and repeated "/"', () => {
    expect(cleanPath('./src/a.py')).toEqual({ ok: true, path: 'src/a.py' });
    expect(cleanPath('/src/a.py')).toEqual({ ok: true, path: 'src/a.py' });
    expect(cleanPath('././/src/./x//y.py')).toEqual({ ok: true, path: 'src/x/y.py' });
    expect(cleanPath('src/')).toEqual({ ok: true, path: 'src' });
    expect(cleanPath('src/a.py')).toEqual({ ok: true, path: 'src/a.py' });
    expect(cleanPath('src/...')).toEqual({ ok: true, path: 'src/...' });
  });

  it.each([
    ['src/../.github/x', '".." segment'],
    ['..', '".." segment'],
    ['src\\app.py', 'backslash'],
    ['src/%2e%2e/x', 'percent-encoded'],
    ['src/%2F/x', 'percent-encoded'],
    ['src/%5C', 'percent-encoded'],
    ['src/a\u0000b', 'NUL'],
    ['src/a\nb', 'control character'],
    ['src/a\u0085b', 'control character'],
    ['src/\u202egnp.exe', 'bidirectional'],
    ['src/\u2066x', 'bidirectional'],
    ['/', 'empty'],
    ['./', 'empty'],
    ['.', 'empty'],
    [`src/${'a'.repeat(4096)}`, 'longer than 4096'],
  ])('refuses %j (%s)', (entry, why) => {
    const r = cleanPath(entry);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem).toContain(why);
  });

  it('gives clean, idempotent output', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a', 'b', '.', '..', '', ' ', '.x', 'x.', '%2e', '%41', '\\', 'ü'), { maxLength: 8 }),
        fc.boolean(),
        (segs, lead) => {
          const r = cleanPath((lead ? '/' : '') + segs.join('/'));
          if (!r.ok) return;
          expect(cleanPath(r.path)).toEqual(r);
          expect(r.path.split('/').every((s) => s !== '' && s !== '.' && s !== '..')).toBe(true);
          expect(r.path).not.toMatch(/\\|%2e|%2f|%5c/i);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('the size of what one request asks to judge', () => {
  it('refuses a write whose paths add up to more than 1 MiB of characters, naming how many were not judged', async () => {
    const { loadExamplePolicy, NOW } = await import('./support.js');
    const policy = loadExamplePolicy();
    const base = {
      workflow_id: 'dependency-patch',
      agent_id: 'sr-agent::dependency-patch::codex',
      run_id: 'run-7',
      tool_namespace: 'repo.contents',
      tool_access_mode: 'write_branch',
      gate_phase: 'tool_call',
      branch_name: 'agent/bump-lodash',
      diff_line_count: 1,
    };
    // Each path is allowed on its own (packages/*/package.json); only their total size is at fault.
    const long = (i: number) => `packages/${String(i).padStart(4, '0')}${'x'.repeat(4000)}/package.json`;
    const small = policy.evaluate({ ...base, changed_paths: [long(1)] }, { now: NOW });
    expect(small.decision).toBe('allow_scoped_branch');
    const big = policy.evaluate({ ...base, changed_paths: Array.from({ length: 300 }, (_, i) => long(i)) }, { now: NOW });
    expect(big.decision).toBe('deny');
    expect(big.violations.join('\n')).toMatch(/more than 1048576 characters of paths; \d+ path\(s\) past that were not judged/);
  });
});

describe('plain paths', () => {
  // Characters that change some reading of a path, mixed with ordinary ones.
  const tricky = fc.constantFrom(
    'a',
    'B',
    'z',
    '0',
    '-',
    '_',
    '.',
    '/',
    ' ',
    '\\',
    '%',
    '%2e',
    '%2F',
    '\t',
    '\u0000',
    '\u007f',
    '\u00e9',
    '\u0130',
    '\u0131',
    '\u200b',
    '\u202e',
    '\u2028',
    '.git',
    '.GIT',
    'git~1',
    'GIT~1',
    '.git.',
    '.git ',
    '.git:x',
    '..',
    '~',
  );
  const entry = fc.array(tricky, { maxLength: 12 }).map((parts) => parts.join(''));

  it('are exactly the entries every reading leaves as they are', () => {
    fc.assert(
      fc.property(entry, (p) => {
        if (!isPlainPath(p)) return;
        expect(cleanPath(p)).toEqual({ ok: true, path: p });
        expect(originalPathForm(p)).toBe(p);
        expect(hasDotGitComponent(p)).toBe(false);
        expect(keyIsLowercase(p)).toBe(true);
        expect(pathKey(p)).toBe(p.toLowerCase());
      }),
      { numRuns: 20_000 },
    );
  });

  it('take in ordinary repository paths and refuse the rest', () => {
    for (const p of ['src/app/main.py', '.github/CODEOWNERS', 'a/b.c/d', '.gitignore', '.github', 'docs/github/x', 'g/.gitx'])
      expect(isPlainPath(p), p).toBe(true);
    for (const p of [
      '',
      'a//b',
      './a',
      '/a',
      'a/',
      'a/./b',
      'a/../b',
      'a./b',
      'a b',
      'a\\b',
      'a%2eb',
      '.git/x',
      'x/.GIT',
      'git~1/x',
      'é',
      'a'.repeat(4097),
    ])
      expect(isPlainPath(p), p).toBe(false);
  });
});
