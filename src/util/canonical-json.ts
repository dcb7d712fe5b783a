import { createHash } from 'node:crypto';

/**
 * Serialises a JSON value with the pack's byte rules (spec/pack-format.md, "Bytes"):
 * 2-space indentation, keys sorted by code point at every depth, every non-ASCII character
 * escaped as lowercase \uXXXX (astral characters as surrogate pairs), one final newline.
 * The same bytes are what approval signatures cover, so there is exactly one serialiser.
 */
export function canonicalJson(value: unknown): string {
  return write(value, '') + '\n';
}

function write(value: unknown, indent: string): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
      return quote(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`cannot serialise non-finite number ${value}`);
      return JSON.stringify(value);
    case 'object': {
      const inner = indent + '  ';
      if (Array.isArray(value)) {
        if (value.length === 0) return '[]';
        return '[\n' + value.map((v) => inner + write(v, inner)).join(',\n') + '\n' + indent + ']';
      }
      const keys = Object.keys(value as object).sort(compareCodePoints);
      if (keys.length === 0) return '{}';
      const obj = value as Record<string, unknown>;
      return (
        '{\n' + keys.map((k) => inner + quote(k) + ': ' + write(obj[k], inner)).join(',\n') + '\n' + indent + '}'
      );
    }
    default:
      throw new TypeError(`cannot serialise a ${typeof value}`);
  }
}

/**
 * The compact form of the same rules: no white space, keys sorted by code point, non-ASCII escaped.
 * It is what Python's json.dumps(value, sort_keys=True, separators=(",", ":")) writes (ensure_ascii
 * on, its default), which the original's neighbouring packs hash as gateway_policy_hash. Integers
 * match Python's exactly; a non-integer number is written as JavaScript writes it (packs hold none).
 */
export function compactCanonicalJson(value: unknown): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
      return quote(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`cannot serialise non-finite number ${value}`);
      return JSON.stringify(value);
    case 'object': {
      if (Array.isArray(value)) return '[' + value.map(compactCanonicalJson).join(',') + ']';
      const obj = value as Record<string, unknown>;
      const keys = Object.keys(obj).sort(compareCodePoints);
      return '{' + keys.map((k) => quote(k) + ':' + compactCanonicalJson(obj[k])).join(',') + '}';
    }
    default:
      throw new TypeError(`cannot serialise a ${typeof value}`);
  }
}

/** Code-point order; JavaScript's default sort is UTF-16 code-unit order, which differs above U+FFFF. */
export function compareCodePoints(a: string, b: string): number {
  const ia = a[Symbol.iterator]();
  const ib = b[Symbol.iterator]();
  for (;;) {
    const x = ia.next();
    const y = ib.next();
    if (x.done) return y.done ? 0 : -1;
    if (y.done) return 1;
    const cx = x.value.codePointAt(0)!;
    const cy = y.value.codePointAt(0)!;
    if (cx !== cy) return cx - cy;
  }
}

const SHORT_ESCAPES: Record<string, string> = {
  '"': '\\"',
  '\\': '\\\\',
  '\b': '\\b',
  '\f': '\\f',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
};

function quote(s: string): string {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    const code = s.charCodeAt(i);
    const short = SHORT_ESCAPES[ch];
    if (short !== undefined) out += short;
    // Iterating UTF-16 code units gives surrogate pairs for astral characters, as the spec asks.
    else if (code < 0x20 || code > 0x7e) out += '\\u' + code.toString(16).padStart(4, '0');
    else out += ch;
  }
  return out + '"';
}

/**
 * The same byte rules on one line: no white space, keys sorted by code point, non-ASCII escaped.
 * Values JSON.stringify would drop or turn into null (undefined, functions, non-finite numbers)
 * are dropped or null here too, and toJSON is honoured, so the line is what JSON.stringify with a
 * key-sorting replacer gives, escaped.
 */
export function canonicalJsonLine(value: unknown): string {
  return line(value, '') ?? 'null';
}

function line(value: unknown, key: string): string | undefined {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
      return quoteAscii(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      return Number.isFinite(value) ? JSON.stringify(value) : 'null';
    case 'bigint':
      throw new TypeError('cannot serialise a bigint');
    case 'object': {
      const toJSON = (value as { toJSON?: unknown }).toJSON;
      if (typeof toJSON === 'function') return line(toJSON.call(value, key), key);
      if (Array.isArray(value)) {
        let out = '[';
        for (let i = 0; i < value.length; i++) {
          if (i > 0) out += ',';
          out += line(value[i], String(i)) ?? 'null';
        }
        return out + ']';
      }
      const obj = value as Record<string, unknown>;
      let out = '{';
      for (const k of sortedKeys(obj)) {
        const v = line(obj[k], k);
        if (v === undefined) continue;
        out += (out.length > 1 ? ',' : '') + quoteAscii(k) + ':' + v;
      }
      return out + '}';
    }
    default:
      return undefined;
  }
}

const SURROGATE = /[\ud800-\udfff]/;

/** Own enumerable keys in code-point order: the default sort agrees with it unless a key holds a surrogate. */
function sortedKeys(obj: object): string[] {
  const keys = Object.keys(obj);
  if (keys.length < 2) return keys;
  keys.sort();
  for (const k of keys) if (SURROGATE.test(k)) return keys.sort(compareCodePoints);
  return keys;
}

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const PLAIN = /^[^"\\\u0000-\u001f\u007f-\uffff]*$/;
const NON_ASCII = /[\u007f-\uffff]/;
const NON_ASCII_ALL = /[\u007f-\uffff]/g;
const escapeCodeUnit = (c: string) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0');

/**
 * A JSON string literal in pure ASCII. Most strings need no escape at all; otherwise
 * JSON.stringify writes the short escapes and lowercase \u00XX for control characters and lone
 * surrogates, and only a string holding anything above U+007E pays for the second pass.
 */
export function quoteAscii(s: string): string {
  if (PLAIN.test(s)) return '"' + s + '"';
  const json = JSON.stringify(s);
  return NON_ASCII.test(s) ? json.replace(NON_ASCII_ALL, escapeCodeUnit) : json;
}

export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}
