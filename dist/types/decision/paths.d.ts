import { CompileCache } from './compile-cache.js';
export declare const MAX_PATH_LENGTH = 4096;
/** A refusal names its rule by a reason code (reasons.ts) besides the words. */
export type CleanResult = {
    ok: true;
    path: string;
} | {
    ok: false;
    problem: string;
    code: CleanProblemCode;
};
export type CleanProblemCode = 'path_too_long' | 'path_unsafe_char' | 'path_backslash' | 'path_percent_encoded' | 'path_dot_dot' | 'path_dot_git' | 'path_empty';
export declare const DOT_GIT_PROBLEM = "has a \".git\" component: git's own files are never content";
/**
 * Is the entry a path every reading agrees on, so cleaning, the reference evaluator's reading and
 * the always-forbidden key are all the entry itself (lowercased for the key)? Printable ASCII
 * without space, "\\" or "%", within the length limit, no empty, "." or ".." segment, no segment
 * ending in ".", and none that could name ".git". Most real paths are plain; one pass over the
 * characters answers for them what the separate tests would.
 */
export declare function isPlainPath(entry: string): boolean;
/**
 * Cleans one changed-path entry (already known to be a non-blank string). Leading "./" and "/" go,
 * "." segments and repeated "/" collapse; anything that could make the path mean something other
 * than what a reader or a glob sees is refused rather than repaired.
 */
export declare function cleanPath(entry: string): CleanResult;
/**
 * A path or pattern as the reference evaluator (docs/architecture.md#glossary) normalised it before matching: backslashes to "/",
 * outer white space and leading "./" and "/" removed, nothing else collapsed.
 */
export declare function originalForm(s: string): string;
/**
 * A changed path as the reference evaluator matched it: normalised when the request was read, and
 * again inside each match, so ".//./x" became "./x" and "./ x" became "x".
 */
export declare function originalPathForm(entry: string): string;
/** A pattern as the reference evaluator normalises it, plus trailing "/" removed: "infra/" names the directory, like "infra". */
export declare function normalizePattern(pattern: string): string;
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
export declare function compileScopeMatchers(allowedPaths: string[], forbiddenPaths: string[], problems: string[], where: string, cache?: CompileCache): ScopeMatchers;
/**
 * The problems compileScopeMatchers would report for these patterns (globs picomatch cannot
 * compile), found without building any matcher: how a pack is validated whole at load while each
 * workflow's matchers are compiled on its first decision. It compiles the same globs.
 */
export declare function checkScopeGlobs(allowedPaths: string[], forbiddenPaths: string[], problems: string[], where: string, cache: CompileCache): void;
/**
 * The fnmatch variants of a forbidden pattern that hold a negated class, for a case-sensitive test.
 * Case-insensitively, "[!a]" refuses "A" as well as "a"; Python's fnmatchcase lets "[!a]" match
 * "A", so the case-insensitive regex alone would forbid less than the reference evaluator does.
 */
export declare function fnmatchExactSources(p: string): string[];
/**
 * Python's fnmatch.translate, as a JavaScript regular expression source anchored at both ends.
 * Where the two cannot agree exactly it errs towards matching more, since it mostly decides what
 * is forbidden (for allowed paths it is only an extra condition on top of picomatch): "?" and
 * classes also take a whole surrogate pair (Python matches code points), and a class with a
 * reversed range (which Python's translate merges away, sometimes into "any character") or with a
 * character outside the BMP matches any one character.
 */
export declare function fnmatchToRegexSource(pat: string): string;
