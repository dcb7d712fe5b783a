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
/** Compiled once per admission: the engine's always-forbidden paths with this repository's manifest and pack paths. */
export declare function builtInRules(manifestPath: string, packPath: string): BuiltInRules;
/** True when the file gains or loses the executable bit (a new executable file counts). */
export declare function executableChanged(file: ChangedFile): boolean;
