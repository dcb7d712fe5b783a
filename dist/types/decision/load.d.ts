import { type PackIndex, type PackIndexStore } from './pack-index.js';
import type { LoadPolicyOptions, Policy } from './types.js';
export declare const DEFAULT_MAX_APPROVAL_WINDOW_HOURS = 24;
/**
 * Loads a pack given as its file's text or bytes (then the pack hash is of exactly those bytes), or
 * as an already-parsed object (then the hash is of its canonical serialisation, which is what the
 * generator writes).
 */
export declare function loadPolicy(pack: string | Uint8Array | object, options?: LoadPolicyOptions): Policy;
export interface IndexedLoadOptions extends LoadPolicyOptions {
    /**
     * Where indexes are kept. Keep them where only you can write: an index is trusted to say that
     * the workflows not asked for are valid. Errors of the store are ignored (a whole load instead).
     */
    indexStore?: PackIndexStore;
}
export interface IndexedLoad {
    policy: Policy;
    /** The index of these bytes, or null when the pack is not in the generator's layout or no store was given. */
    index: PackIndex | null;
    /** True when a kept index was used, so that only the top-level fields were parsed and validated. */
    reused: boolean;
}
/**
 * loadPolicy for a pack file's bytes, with a pack index: given a kept index that fits the bytes,
 * parses the top-level fields only and each workflow on first lookup (validating it then); without
 * one, validates the whole pack as loadPolicy does and gives the store the index it made.
 */
export declare function loadIndexedPolicy(bytes: Uint8Array, options?: IndexedLoadOptions): IndexedLoad;
