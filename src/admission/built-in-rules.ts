import { alwaysForbiddenRule, hasDotGitComponent } from '../decision/index.js';
import type { ChangedFile, PathRowVerdict } from './types.js';

/**
 * The write rules admission adds for every agent PR, over every changed file (also those the
 * evaluator did not judge one by one): the engine's always-forbidden paths (the policy files, the
 * CI that runs the check, code owners, git attributes and modules; decision/always-forbidden.ts),
 * git's own directory, and what only a diff shows: symlinks and submodules, which can point a
 * path outside what the glob rules see. Everything else is decided by the pack through
 * policy.evaluate.
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

const SYMLINK = '120000';
const SUBMODULE = '160000';

/** Compiled once per admission: the engine's always-forbidden paths with this repository's manifest and pack paths. */
export function builtInRules(manifestPath: string, packPath: string): BuiltInRules {
  const always = alwaysForbiddenRule([manifestPath], [packPath]);
  return {
    pathVerdict(raw) {
      // The evaluator drops blank entries (as the reference evaluator does); a file with such a name must not slip through.
      if (raw.trim() === '') return { verdict: 'invalid', rule: 'a path of only white space' };
      if (hasDotGitComponent(raw)) return { verdict: 'invalid', rule: 'a ".git" component' };
      const v = always(raw);
      return v === null ? null : { verdict: 'always_forbidden', rule: v.rule };
    },
    modeVerdict(file) {
      if (file.mode === SYMLINK || file.previous_mode === SYMLINK) return { verdict: 'symlink', rule: 'symlink (mode 120000)' };
      if (file.mode === SUBMODULE || file.previous_mode === SUBMODULE) return { verdict: 'submodule', rule: 'submodule (mode 160000)' };
      return null;
    },
  };
}

/** True when the file gains or loses the executable bit (a new executable file counts). */
export function executableChanged(file: ChangedFile): boolean {
  if (file.mode === null) return false;
  return (file.mode === '100755') !== (file.previous_mode === '100755');
}
