export declare const MAX_PATH_LENGTH = 4096;
export type CleanResult = {
    ok: true;
    path: string;
} | {
    ok: false;
    problem: string;
};
/**
 * Cleans one changed-path entry (already known to be a non-blank string). Leading "./" and "/" go,
 * "." segments and repeated "/" collapse; anything that could make the path mean something other
 * than what a reader or a glob sees is refused rather than repaired.
 */
export declare function cleanPath(entry: string): CleanResult;
/**
 * A pattern as the original evaluator normalised it (backslashes to "/", white space, leading "./"
 * and "/" removed), plus trailing "/" removed: "infra/" names the directory, like "infra".
 */
export declare function normalizePattern(pattern: string): string;
export interface PatternMatcher {
    /** The pattern as written in the pack. */
    pattern: string;
    /** The full regular expression of the pattern; `test` answers the same, sometimes by a shortcut. */
    regex: RegExp;
    /** `lower` is `path.toLowerCase()`, computed once per path for the case-insensitive forbidden tests. */
    test(path: string, lower: string): boolean;
}
export interface ScopeMatchers {
    allowed: PatternMatcher[];
    forbidden: PatternMatcher[];
    /** Is the path forbidden by any pattern? Shortcut patterns one by one, the rest as one regular expression. */
    anyForbidden(path: string, lower: string): boolean;
}
/** Compiles a change scope's patterns. Problems (patterns picomatch cannot compile) are returned, not thrown. */
export declare function compileScopeMatchers(allowedPaths: string[], forbiddenPaths: string[], problems: string[], where: string): ScopeMatchers;
/** Python's fnmatch.translate, as a JavaScript regular expression source anchored at both ends. */
export declare function fnmatchToRegexSource(pat: string): string;
