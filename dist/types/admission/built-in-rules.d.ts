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
export declare const ALWAYS_FORBIDDEN_GLOBS: readonly string[];
/** Compiled once per admission: the fixed globs plus this repository's manifest and pack paths. */
export declare function builtInRules(manifestPath: string, packPath: string): BuiltInRules;
/** True when the file gains or loses the executable bit (a new executable file counts). */
export declare function executableChanged(file: ChangedFile): boolean;
