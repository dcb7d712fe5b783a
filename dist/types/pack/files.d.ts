export interface PackPaths {
    repoRoot: string;
    manifestAbs: string;
    outputAbs: string;
    /** The manifest path relative to the repo root, with "/" separators: source_manifest.path. */
    manifestRel: string;
    /** The pack path relative to the repo root, with "/" separators (absolute when outside it), for messages and annotations. */
    outputRel: string;
}
/** Paths are below the repo root unless absolute; the repo root is below the working directory unless absolute. */
export declare function resolvePackPaths(cwd: string, repoRoot?: string, manifest?: string, output?: string): PackPaths;
/** A file the user should fix or create: reported in one line, exit 1. */
export declare class PackFileError extends Error {
    name: string;
}
/** The file's text, or null when it does not exist. Refuses bytes that are not UTF-8 rather than guessing. */
export declare function readTextFile(absPath: string, label: string): string | null;
/**
 * Writes through a temporary file in the same directory, then renames it over the target, so a
 * reader (or a crash) never sees a half-written pack. Creates the directory when needed.
 */
export declare function writeFileAtomic(absPath: string, text: string): void;
/**
 * Refuses an output path that would overwrite the manifest, or any existing file that is not a
 * policy pack (a JSON object with schema_version, policy_id and workflow_policies).
 */
export declare function checkPackOutput(paths: PackPaths, existing: string | null): void;
