/** One thing wrong with a manifest, located by JSON pointer and, where known, line and column. */
export interface ManifestProblem {
    /** RFC 6901 pointer into the manifest ("" is the whole document). */
    pointer: string;
    message: string;
    line?: number;
    column?: number;
}
/** Thrown by compileManifest when the manifest cannot be compiled; lists every problem found. */
export declare class ManifestError extends Error {
    name: string;
    readonly problems: readonly ManifestProblem[];
    constructor(problems: ManifestProblem[], source?: string);
}
/** `file:line:col: /pointer: message`, the shape editors and CI logs turn into links. */
export declare function formatProblem(p: ManifestProblem, source: string): string;
