/**
 * The decision line serialiser writes exactly canonicalJson's bytes without the white space, for
 * corpus decisions, generated requests and arbitrary JSON values; and, where no key looks like an
 * array index, exactly what the batch output was first defined as (a key-sorting JSON.stringify
 * replacer, then non-ASCII escaping). That replacer could not sort keys such as "10" or "0": an
 * object lists those first whatever the insertion order, so canonicalJson is the oracle for them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decisionJsonLine } from '../../src/decision/decision-json.js';
import { loadPolicy, type Decision } from '../../src/decision/index.js';
import { canonicalJson, canonicalJsonLine, compareCodePoints } from '../../src/util/canonical-json.js';
import { HAS_SHARED, SHARED_REFERENCE, SHARED_SKIP_REASON } from '../support/paths.js';
import { loadExamplePolicy, NOW, requestArbitrary } from './support.js';

function oracle(value: unknown): string {
  const json = JSON.stringify(value, (_key, v: unknown) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
    const sorted = Object.create(null) as Record<string, unknown>;
    for (const k of Object.keys(v).sort(compareCodePoints)) sorted[k] = (v as Record<string, unknown>)[k];
    return sorted;
  });
  return json.replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** canonicalJson's bytes with the white space outside strings removed (strings hold no raw white space but spaces). */
function compactCanonical(value: unknown): string {
  return canonicalJson(value).replace(/("(?:[^"\\]|\\.)*")|\s+/g, (_m, str: string | undefined) => str ?? '');
}

const INDEX_KEY = /"(?:0|[1-9]\d*)":/;

const policy = loadExamplePolicy();
const unicode = fc.string({ unit: 'binary' });
const json = fc.jsonValue({ maxDepth: 4 });
const keyish = fc.oneof(unicode, fc.constantFrom('__proto__', 'constructor', '10', '9', 'a', '\ud83d\ude00', '\uffff', 'toJSON'));
const freeForm = fc.oneof(json, unicode, fc.dictionary(keyish, fc.oneof(json, unicode), { maxKeys: 5 }));

describe('decisionJsonLine', () => {
  it("writes the oracle's bytes for generated requests, including hostile values and keys", () => {
    const requests = fc.oneof(
      requestArbitrary(policy),
      fc
        .tuple(requestArbitrary(policy), fc.dictionary(keyish, freeForm, { maxKeys: 4 }))
        .map(([r, extra]) => Object.assign(JSON.parse(JSON.stringify(r)), extra)),
      fc.dictionary(keyish, freeForm, { maxKeys: 6 }),
    );
    fc.assert(
      fc.property(requests, (r) => {
        const d = policy.evaluate(r, { now: NOW });
        const line = decisionJsonLine(d);
        // Through JSON first, so that what JSON drops (undefined) canonicalJson does not refuse.
        expect(line).toBe(compactCanonical(JSON.parse(JSON.stringify(d))));
        if (!INDEX_KEY.test(line)) expect(line).toBe(oracle(d));
      }),
      { numRuns: 800 },
    );
  });

  it('falls back to the generic serialiser for objects whose keys it does not expect, with the same bytes', () => {
    const d = policy.evaluate({ workflow_id: 'dependency-patch', agent_id: 'codex\u00e9' }, { now: NOW });
    const changed = JSON.parse(JSON.stringify(d)) as Decision & Record<string, unknown>;
    changed.extra_top = { z: 1, a: ['\u202e'] };
    (changed.evidence as Record<string, unknown>).zz_new = 'x';
    delete (changed.evidence as Record<string, unknown>).scope_id;
    (changed.evidence.checks as unknown as Record<string, unknown>).extra_check = undefined;
    (changed.evidence.reasons[0] as unknown as Record<string, unknown>).detail = undefined;
    (changed.evidence.approval as unknown as Record<string, unknown>).extra = () => 1;
    (changed.request as Record<string, unknown>).diff_line_count = Infinity;
    expect(decisionJsonLine(changed)).toBe(oracle(changed));
    expect(decisionJsonLine(changed)).toContain('"zz_new":"x"');
    const indexKeys = policy.evaluate({ workflow_id: { 10: 1, 9: 2, '': 3, a: 4 } }, { now: NOW });
    expect(decisionJsonLine(indexKeys)).toContain('"workflow_id":{"":3,"10":1,"9":2,"a":4}');
  });

  it("writes canonicalJson's content on one line", () => {
    const d = policy.evaluate(
      {
        workflow_id: 'dependency-patch',
        agent_id: '\ud83d\ude00',
        run_id: 'r',
        tool_namespace: 'advisories.osv',
        tool_access_mode: 'read',
        gate_phase: 'tool_call',
      },
      { now: NOW },
    );
    expect(JSON.parse(decisionJsonLine(d))).toEqual(JSON.parse(canonicalJson(d)));
    expect(decisionJsonLine(d)).toContain('\\ud83d\\ude00');
  });
});

describe('canonicalJsonLine', () => {
  it("writes the oracle's bytes for any JSON value, and JSON.stringify's treatment of other values", () => {
    fc.assert(
      fc.property(freeForm, (v) => {
        const line = canonicalJsonLine(v);
        expect(line).toBe(compactCanonical(JSON.parse(JSON.stringify(v))));
        if (!INDEX_KEY.test(line)) expect(line).toBe(oracle(v));
      }),
      { numRuns: 2000 },
    );
    const odd = { u: undefined, f: () => 1, n: NaN, d: new Date(0), a: [undefined, () => 1, -0], s: Symbol('x') };
    expect(canonicalJsonLine(odd)).toBe(oracle(odd));
  });
});

describe.skipIf(!HAS_SHARED)('decisionJsonLine on the reference corpus', () => {
  it("writes the oracle's bytes for every corpus decision", () => {
    const lib = loadPolicy(readFileSync(path.join(SHARED_REFERENCE, 'seed-pack.json')));
    const lines = readFileSync(path.join(SHARED_REFERENCE, 'decision-corpus.jsonl'), 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '');
    expect(lines.length).toBeGreaterThan(100);
    for (const l of lines) {
      const d = lib.evaluate((JSON.parse(l) as { request: unknown }).request, { now: NOW });
      expect(decisionJsonLine(d)).toBe(oracle(d));
      expect(decisionJsonLine(d)).toBe(compactCanonical(d));
    }
  });
});

if (!HAS_SHARED) it.skip(SHARED_SKIP_REASON, () => {});
