import type { LoadPolicyOptions, Policy } from './types.js';
export declare const DEFAULT_MAX_APPROVAL_WINDOW_HOURS = 24;
/**
 * Loads a pack given as its file's text or bytes (then the pack hash is of exactly those bytes), or
 * as an already-parsed object (then the hash is of its canonical serialisation, which is what the
 * generator writes).
 */
export declare function loadPolicy(pack: string | Uint8Array | object, options?: LoadPolicyOptions): Policy;
