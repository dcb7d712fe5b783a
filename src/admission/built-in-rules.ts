import picomatch from 'picomatch';
import type { ChangedFile, PathRowVerdict } from './types.js';

/**
 * The write rules that hold for every agent PR whatever the manifest says, because a PR that
 * changes them changes the check itself: the policy files, the CI that runs the check, the
 * code-owner rules that pick reviewers, and `.gitattributes` (diff and merge drivers).
 * Symlinks, submodules and `.gitmodules` can point a path outside what the glob rules see.
 * Everything else is decided by the pack through policy.evaluate.
 */
export interface BuiltInVerdict {
  verdict: Extract<PathRowVerdict, 'always_forbidden' | 'symlink' | 'submodule' | 'invalid'>;
  rule: string;
}

export interface BuiltInRules {
  /** The built-in verdict for a path, or null when only the pack decides it. */
  pathVerdict(path: string): BuiltInVerdict | null;
  /** The built-in verdict from a file's modes (symlink 120000, submodule 160000, before or after). */
  modeVerdict(file: ChangedFile): BuiltInVerdict | null;
}

export const ALWAYS_FORBIDDEN_GLOBS: readonly string[] = [
  '.github/workflows/**',
  '.github/actions/**',
  '**/action.yml',
  '**/action.yaml',
  'CODEOWNERS',
  '.github/CODEOWNERS',
  'docs/CODEOWNERS',
  '**/.gitattributes',
];

const SYMLINK = '120000';
const SUBMODULE = '160000';

/** Compiled once per admission: the fixed globs plus this repository's manifest and pack paths. */
export function builtInRules(manifestPath: string, packPath: string): BuiltInRules {
  const globs = ALWAYS_FORBIDDEN_GLOBS.map((g) => ({ rule: g, test: compileGlob(g) }));
  const exact = [
    { rule: `the manifest (${manifestPath})`, path: normalise(manifestPath).toLowerCase() },
    { rule: `the pack (${packPath})`, path: normalise(packPath).toLowerCase() },
  ];
  const gitmodules = compileGlob('**/.gitmodules');
  return {
    pathVerdict(raw) {
      // The evaluator drops blank entries (as the reference evaluator does); a file with such a name must not slip through.
      if (raw.trim() === '') return { verdict: 'invalid', rule: 'a path of only white space' };
      const path = normalise(raw);
      const lower = path.toLowerCase();
      const file = exact.find((e) => e.path === lower);
      if (file) return { verdict: 'always_forbidden', rule: file.rule };
      const glob = globs.find((g) => g.test(path));
      if (glob) return { verdict: 'always_forbidden', rule: glob.rule };
      if (gitmodules(path)) return { verdict: 'submodule', rule: '.gitmodules' };
      return null;
    },
    modeVerdict(file) {
      if (file.mode === SYMLINK || file.previous_mode === SYMLINK) return { verdict: 'symlink', rule: 'symlink (mode 120000)' };
      if (file.mode === SUBMODULE || file.previous_mode === SUBMODULE) return { verdict: 'submodule', rule: 'submodule (mode 160000)' };
      return null;
    },
  };
}

/**
 * A glob as a case-insensitive test in which `*` and `**` match every character but `/`.
 * picomatch's expressions use `.`, which in JavaScript skips line terminators (U+2028, U+2029,
 * CR, LF): `docs/\u2028/.gitattributes` is a real attributes file, and the evaluator, which
 * refuses CR and LF in paths, lets U+2028 and U+2029 through. Hence the `s` (dotAll) flag.
 */
function compileGlob(glob: string): (path: string) => boolean {
  const re = picomatch.makeRe(glob, { dot: true, nocase: true });
  const dotAll = new RegExp(re.source, re.flags.includes('s') ? re.flags : `${re.flags}s`);
  return (path) => dotAll.test(path);
}

/**
 * The spellings that name the same file: leading `./` and `/`, repeated `/` and `.` segments.
 * (Paths the evaluator refuses outright, e.g. with `..`, are denied by it anyway.)
 */
function normalise(p: string): string {
  return p
    .split('/')
    .filter((seg) => seg !== '' && seg !== '.')
    .join('/');
}

/** True when the file gains or loses the executable bit (a new executable file counts). */
export function executableChanged(file: ChangedFile): boolean {
  if (file.mode === null) return false;
  return (file.mode === '100755') !== (file.previous_mode === '100755');
}
