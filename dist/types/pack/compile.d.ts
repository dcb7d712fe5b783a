import type { Manifest } from './manifest.js';
import type { AccessMode, Pack, ScopeDecision } from './types.js';
/** Everything the pack carries that does not come from the manifest text itself. */
export interface PackIdentity {
    policyId: string;
    intent: string;
    generatedAt: string;
    manifestPath: string;
    manifestSha256: string;
}
export declare const ACCESS_DECISIONS: Readonly<Record<AccessMode, ScopeDecision>>;
/**
 * Compiles a validated manifest into the pack. Pure: the same manifest value and identity give
 * the same pack, whatever order the manifest's keys were written in.
 */
export declare function compilePack(manifest: Manifest, identity: PackIdentity): Pack;
