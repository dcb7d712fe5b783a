import validatePackSchema from './schema-validators/pack-validator.js';
import type { ManifestProblem } from './errors.js';
import { escapePointerSegment } from './json-text.js';
import type { Pack } from './types.js';

/**
 * Checks a parsed pack against schemas/policy-pack.schema.json (exact for schema_version 1.0).
 * Returns every problem by JSON pointer; empty means the value has the Pack shape.
 */
export function validatePackShape(value: unknown): { valid: boolean; problems: ManifestProblem[]; pack: Pack | null } {
  if (validatePackSchema(value)) return { valid: true, problems: [], pack: value as Pack };
  const problems = (validatePackSchema.errors ?? []).map((e) => {
    const p = e.params;
    if (e.keyword === 'required')
      return { pointer: `${e.instancePath}/${escapePointerSegment(String(p.missingProperty))}`, message: 'is required' };
    if (e.keyword === 'additionalProperties') {
      return {
        pointer: `${e.instancePath}/${escapePointerSegment(String(p.additionalProperty))}`,
        message: 'is not a field of a schema 1.0 pack',
      };
    }
    return { pointer: e.instancePath, message: e.message ?? `fails ${e.keyword}` };
  });
  return { valid: false, problems, pack: null };
}
