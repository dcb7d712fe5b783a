/** The fixed globs, as documented; the manifest and pack files come on top of them. */
export declare const ALWAYS_FORBIDDEN_GLOBS: readonly string[];
export interface AlwaysForbiddenVerdict {
    /** The glob, or "the manifest (path)" / "the pack (path)". */
    rule: string;
    /** Why the rule exists, in a few words. */
    reason: string;
}
/**
 * Decides one path (as the request or the diff gives it); null when only the pack decides it.
 * `key`, when given, is the path's pathKey (for a plain ASCII path, its lowercase).
 */
export type AlwaysForbiddenRule = (path: string, key?: string) => AlwaysForbiddenVerdict | null;
/** Is pathKey(path) simply its lowercase? */
export declare function keyIsLowercase(path: string): boolean;
/** The spelling all names of the same file on a case-insensitive, Windows or macOS file system share. */
export declare function pathKey(path: string): string;
/**
 * The rule for this pack: the fixed globs, the pack's manifest (`manifestPaths`, from the pack's
 * source_manifest.path and any the caller adds) and the pack files (`packPaths`; the default pack
 * path always counts).
 */
export declare function alwaysForbiddenRule(manifestPaths: readonly (string | null | undefined)[], packPaths: readonly (string | null | undefined)[]): AlwaysForbiddenRule;
/**
 * True when a segment of the path names git's own directory: ".git" in any case, and the other
 * names Windows and macOS give it (".git" with trailing dots or spaces, ".git:stream", "git~1"),
 * as git itself refuses them.
 */
export declare function hasDotGitComponent(path: string): boolean;
/** A cheap first test: false only for segments that cannot be a name of ".git". */
export declare function maybeDotGit(path: string, start: number, end: number): boolean;
