import type { ManifestProblem } from './errors.js';
import type { Pack } from './types.js';
/**
 * Checks a parsed pack against schemas/policy-pack.schema.json (exact for schema_version 1.0).
 * Returns every problem by JSON pointer; empty means the value has the Pack shape.
 */
export declare function validatePackShape(value: unknown): {
    valid: boolean;
    problems: ManifestProblem[];
    pack: Pack | null;
};
