import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, sha256Hex } from '../../src/util/canonical-json.js';
import { evidenceHash, finalizeEvidence, verifyEvidence } from '../../src/evidence/record.js';
import { fixture } from './fixtures.js';

describe('evidence record hash', () => {
  it('is the SHA-256 of the canonical JSON without evidence_sha256', () => {
    const r = fixture('deny');
    const { evidence_sha256, ...rest } = r;
    expect(evidence_sha256).toBe(sha256Hex(canonicalJson(rest)));
    expect(verifyEvidence(r)).toBe(true);
    expect(evidenceHash(r)).toBe(evidence_sha256);
  });

  it('survives a JSON round trip and key reordering, and ignores undefined fields', () => {
    const r = fixture('hold_for_approval');
    const reordered = Object.fromEntries(Object.entries(JSON.parse(JSON.stringify(r))).reverse());
    expect(verifyEvidence(reordered)).toBe(true);
    const { evidence_sha256: _h, ...rest } = r;
    expect(finalizeEvidence({ ...rest, extra: undefined } as never).evidence_sha256).toBe(r.evidence_sha256);
  });

  it('fails on any change to any string or number in the record', () => {
    const r = fixture('deny');
    const leaves: string[][] = [];
    (function walk(v: unknown, p: string[]) {
      if (v && typeof v === 'object') for (const [k, c] of Object.entries(v)) walk(c, [...p, k]);
      else if ((typeof v === 'string' || typeof v === 'number') && p[0] !== 'evidence_sha256') leaves.push(p);
    })(r, []);
    fc.assert(
      fc.property(fc.constantFrom(...leaves), fc.string({ minLength: 1, maxLength: 5 }), (p, suffix) => {
        const copy = structuredClone(r) as unknown as Record<string, unknown>;
        let o = copy as Record<string, unknown>;
        for (const k of p.slice(0, -1)) o = o[k] as Record<string, unknown>;
        const last = p[p.length - 1]!;
        o[last] = typeof o[last] === 'number' ? (o[last] as number) + 1 : String(o[last]) + suffix;
        expect(verifyEvidence(copy)).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it('rejects what is not a record', () => {
    for (const v of [null, 1, 'x', [], {}, { schema: 'mcp-gateway-policy/evidence@1' }, { ...fixture('allow'), evidence_sha256: 'XYZ' }]) {
      expect(verifyEvidence(v)).toBe(false);
    }
  });
});
