import { type ManifestProblem } from './errors.js';
import type { ManifestFormat, ParsedManifest } from './parse.js';
import type { Pack } from './types.js';
export interface CompileOptions {
    /** The manifest's path relative to the repo root, recorded as source_manifest.path (default data/control-plane/workflow-manifests.json). Its extension picks JSON or YAML. */
    manifestPath?: string;
    /** Overrides the manifest's policy_pack.policy_id (default "mcp-gateway-policy-pack"). */
    policyId?: string;
    /** Overrides the manifest's policy_pack.intent (default: a neutral sentence, DEFAULT_INTENT). */
    intent?: string;
    /** Overrides generated_at (default: the manifest's last_reviewed, else ""). */
    generatedAt?: string;
    /** Forces the syntax; default from manifestPath's extension (.yaml/.yml → YAML, else JSON). */
    format?: ManifestFormat;
}
export interface CompileResult {
    pack: Pack;
    /** The pack file's exact bytes (as text): canonical JSON with one final newline. */
    packText: string;
    /** SHA-256 of packText's UTF-8 bytes: the pack hash quoted in evidence. */
    packSha256: string;
    /** SHA-256 of the manifest text with line endings normalised to LF. */
    manifestSha256: string;
    /** Not errors: the pack is valid, but these deserve a look (e.g. a workflow outside its maturity posture). */
    warnings: ManifestProblem[];
}
export type PackIdentityOptions = Pick<CompileOptions, 'policyId' | 'intent' | 'generatedAt'>;
/**
 * Validate → compile → serialise, from a parsed manifest and the LF-normalised text it was parsed
 * from (the hash covers that text). Throws ManifestError listing every problem, located.
 */
export declare function compileParsedManifest(parsed: ParsedManifest, lfText: string, options?: CompileOptions): CompileResult;
export declare function manifestPathOf(options: CompileOptions): string;
/**
 * The identity a committed pack carries (policy_id, intent, generated_at), to regenerate it so that
 * only a difference in policy counts as drift. A pack that is not JSON, or lacks a field, gives
 * nothing for it: the defaults then apply, and the comparison fails as it should.
 */
export declare function identityOf(committedPackText: string): PackIdentityOptions;
