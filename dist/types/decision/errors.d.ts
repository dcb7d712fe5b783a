/** Thrown by loadPolicy when a pack cannot be used; lists every problem found, one per line. */
export declare class PolicyLoadError extends Error {
    name: string;
    readonly problems: readonly string[];
    constructor(problems: string[], source?: string);
}
