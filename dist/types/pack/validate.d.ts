import type { ManifestProblem } from './errors.js';
import type { Manifest } from './manifest.js';
/**
 * Validates a parsed manifest: the shipped JSON Schema (precompiled), then the checks a schema
 * cannot express. Returns every problem found; an empty list means the value is a Manifest.
 */
export declare function validateManifest(value: unknown): ManifestProblem[];
export declare function isObject(v: unknown): v is Record<string, unknown>;
export type { Manifest };
