import { type CompileOptions, type CompileResult } from './compile-parsed.js';
export type { CompileOptions, CompileResult, PackIdentityOptions } from './compile-parsed.js';
/**
 * Manifest text (JSON or YAML) → policy pack. Pure: no file system, no clock. Throws ManifestError
 * listing every problem (syntax, schema, semantics), each located by JSON pointer and, where
 * known, line:column.
 */
export declare function compileManifest(text: string, options?: CompileOptions): CompileResult;
export interface RegenerateOptions {
    manifestPath?: string;
    format?: CompileOptions['format'];
}
/**
 * Regenerates with the identity the committed pack carries (its policy_id, intent and
 * generated_at), so that comparing the result with the committed pack counts only a difference in
 * policy as drift (the PR admission check's base-commit test).
 */
export declare function regenerateLike(manifestText: string, committedPackText: string, options?: RegenerateOptions): CompileResult;
