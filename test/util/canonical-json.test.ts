/**
 * The canonical serialiser against a plain reference of the pack's byte rules (kept here, not in
 * src): sorted keys by code point, 2-space indent, non-ASCII as \uXXXX, one final newline.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../src/util/canonical-json.js';

function codePointOrder(a: string, b: string): number {
  const x = Array.from(a, (c) => c.codePointAt(0)!);
  const y = Array.from(b, (c) => c.codePointAt(0)!);
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
  return x.length - y.length;
}

function reference(value: unknown, indent = ''): string {
  if (value === null) return 'null';
  if (typeof value === 'string') {
    return JSON.stringify(value).replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  }
  if (typeof value !== 'object') return JSON.stringify(value);
  const inner = indent + '  ';
  if (Array.isArray(value))
    return value.length === 0 ? '[]' : `[\n${value.map((v) => inner + reference(v, inner)).join(',\n')}\n${indent}]`;
  const keys = Object.keys(value).sort(codePointOrder);
  const obj = value as Record<string, unknown>;
  return keys.length === 0 ? '{}' : `{\n${keys.map((k) => `${inner}${reference(k)}: ${reference(obj[k], inner)}`).join(',\n')}\n${indent}}`;
}

// Keys and strings from a small alphabet that puts surrogates (paired and lone) next to U+E000–U+FFFF.
const text = fc
  .array(
    fc.constantFrom(
      'a',
      'b',
      'Z',
      '1',
      '10',
      '"',
      '\\',
      '\n',
      '\u0000',
      '\u00e9',
      '\ue000',
      '\uffff',
      '\ud83d\ude00',
      '\ud800',
      '\udc00',
      '\u2028',
    ),
    { maxLength: 4 },
  )
  .map((xs) => xs.join(''));
const json = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.constant(null),
    fc.boolean(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.integer(),
    text,
    tie('array'),
    tie('object'),
  ),
  array: fc.array(tie('value'), { maxLength: 4 }),
  object: fc.dictionary(text, tie('value'), { maxKeys: 5 }),
})).value;

describe('canonicalJson', () => {
  it('writes the bytes of the reference rules for any JSON value', () => {
    fc.assert(
      fc.property(json, (v) => {
        expect(canonicalJson(v)).toBe(reference(v) + '\n');
      }),
      { numRuns: 2000 },
    );
  });

  it('leaves its input as it was, key order included', () => {
    fc.assert(
      fc.property(json, (v) => {
        const before = JSON.stringify(v);
        canonicalJson(v);
        expect(JSON.stringify(v)).toBe(before);
      }),
      { numRuns: 500 },
    );
  });

  it('writes keys no object keeps in sorted place, and objects that are not plain, as the rules say', () => {
    const proto = JSON.parse('{"z": 1, "__proto__": {"b": 2, "a": 1}, "a": [3]}') as unknown;
    expect(canonicalJson(proto)).toBe(reference(proto) + '\n');
    const indexed = { b: 1, 10: 2, 9: 3, a: { y: 1, x: 2 } };
    expect(canonicalJson(indexed)).toBe('{\n  "10": 2,\n  "9": 3,\n  "a": {\n    "x": 2,\n    "y": 1\n  },\n  "b": 1\n}\n');
    const bare = Object.assign(Object.create(null) as Record<string, unknown>, { b: 1, a: [] });
    expect(canonicalJson(bare)).toBe('{\n  "a": [],\n  "b": 1\n}\n');
    expect(canonicalJson({ when: new Date(0), list: [new Map([[1, 2]])] })).toBe('{\n  "list": [\n    {}\n  ],\n  "when": {}\n}\n');
    expect(canonicalJson({ s: '\u007f\u00e9\ud83d\ude00' })).toBe('{\n  "s": "\\u007f\\u00e9\\ud83d\\ude00"\n}\n');
  });

  it('refuses what JSON cannot hold', () => {
    expect(() => canonicalJson({ a: Number.NaN })).toThrow(TypeError);
    expect(() => canonicalJson({ a: undefined })).toThrow(TypeError);
    expect(() => canonicalJson([1n])).toThrow(TypeError);
    expect(() => canonicalJson(Array.from({ length: 2 }).fill(1, 1))).toThrow(TypeError);
    expect(() => canonicalJson({ b: [{ f: () => 1 }] })).toThrow(TypeError);
  });
});
