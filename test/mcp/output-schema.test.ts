/**
 * The server no longer parses each evaluate result against its advertised output schema, so the
 * evaluator's decisions must conform to it on their own: checked here for generated requests.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decisionOutput } from '../../src/mcp/schemas.js';
import { loadExamplePolicy, NOW, requestArbitrary } from '../decision/support.js';

describe('evaluate results and the advertised output schema', () => {
  it('every decision, for any request, is valid structured content for the evaluate tool', () => {
    const policy = loadExamplePolicy();
    fc.assert(
      fc.property(fc.oneof(requestArbitrary(policy), fc.anything()), (r) => {
        const d = policy.evaluate(r, { now: NOW });
        const parsed = decisionOutput.safeParse({ ...d });
        expect(parsed.success, parsed.success ? '' : parsed.error.message).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
