import type { LoadPolicyOptions, Policy } from '../decision/types.js';
/** A pack as the server loaded it: the validated policy and the exact bytes it came from. */
export interface LoadedPack {
    policy: Policy;
    bytes: Buffer;
    loadedAt: string;
}
export declare class PackLoadError extends Error {
    name: string;
}
/** Reads and validates the pack file, applying the pins. Throws PackLoadError saying why not. */
export declare function loadPackFile(file: string, options: LoadPolicyOptions): LoadedPack;
/**
 * The pack currently served. Every tool call reads `current` once, so a reload between calls
 * switches atomically and a call never sees half of two packs. A reload that fails (unreadable,
 * invalid, or not matching the pin) keeps the old pack and says why.
 */
export declare class PackSource {
    readonly file: string;
    private readonly options;
    private readonly report;
    private loaded;
    constructor(file: string, options: LoadPolicyOptions, report: (message: string) => void);
    get current(): LoadedPack;
    /** Returns true when a different pack is now served. */
    reload(trigger: string): boolean;
}
/**
 * Calls `onChange` (debounced) when the file changes. Watches the directory, not the file, so a
 * replacement by rename (editors, `mv`, atomic writes) is seen as well as an in-place write.
 */
export declare function watchPackFile(file: string, onChange: () => void, report: (message: string) => void, debounceMs?: number): () => void;
