import { createHash } from 'node:crypto';

/**
 * Serialises a JSON value with the pack's byte rules (spec/pack-format.md, "Bytes"):
 * 2-space indentation, keys sorted by code point at every depth, every non-ASCII character
 * escaped as lowercase \uXXXX (astral characters as surrogate pairs), one final newline.
 * The same bytes are what approval signatures cover, so there is exactly one serialiser.
 */
export function canonicalJson(value: unknown): string {
  // Plain JSON data (the usual case) is written by JSON.stringify, whose layout with an indent of
  // 2 is this one once every object's keys are in order and non-ASCII is escaped afterwards.
  const view = sortedView(value);
  if (view !== NOT_PLAIN) {
    const text = JSON.stringify(view, null, 2);
    return (NON_ASCII.test(text) ? text.replace(NON_ASCII_ALL, escapeCodeUnit) : text) + '\n';
  }
  // Anything else goes piece by piece, and what is not JSON is refused. One list of pieces for the
  // whole document, joined once; indents and quoted keys are made once per document.
  const w = new Writer();
  w.write(value, 0);
  w.out.push('\n');
  return w.out.join('');
}

class Writer {
  readonly out: string[] = [];
  /** By depth: "\n" + indent, the separator ",\n" + indent. */
  readonly #newline: string[] = ['\n'];
  readonly #separator: string[] = [',\n'];
  /** Key → its quoted form and ": ". */
  readonly #keys = new Map<string, string>();

  #indent(depth: number): void {
    while (this.#newline.length <= depth) {
      const pad = '  '.repeat(this.#newline.length);
      this.#newline.push('\n' + pad);
      this.#separator.push(',\n' + pad);
    }
  }

  write(value: unknown, depth: number): void {
    const out = this.out;
    if (value === null) {
      out.push('null');
      return;
    }
    switch (typeof value) {
      case 'string':
        out.push(quoteAscii(value));
        return;
      case 'boolean':
        out.push(value ? 'true' : 'false');
        return;
      case 'number':
        if (!Number.isFinite(value)) throw new TypeError(`cannot serialise non-finite number ${value}`);
        out.push(JSON.stringify(value));
        return;
      case 'object': {
        const inner = depth + 1;
        this.#indent(inner);
        if (Array.isArray(value)) {
          if (value.length === 0) {
            out.push('[]');
            return;
          }
          out.push('[');
          for (let i = 0; i < value.length; i++) {
            out.push(i === 0 ? this.#newline[inner]! : this.#separator[inner]!);
            this.write(value[i], inner);
          }
          out.push(this.#newline[depth]!, ']');
          return;
        }
        const keys = sortedKeys(value);
        if (keys.length === 0) {
          out.push('{}');
          return;
        }
        const obj = value as Record<string, unknown>;
        out.push('{');
        for (let i = 0; i < keys.length; i++) {
          const k = keys[i]!;
          let quoted = this.#keys.get(k);
          if (quoted === undefined) this.#keys.set(k, (quoted = quoteAscii(k) + ': '));
          out.push(i === 0 ? this.#newline[inner]! : this.#separator[inner]!, quoted);
          this.write(obj[k], inner);
        }
        out.push(this.#newline[depth]!, '}');
        return;
      }
      default:
        throw new TypeError(`cannot serialise a ${typeof value}`);
    }
  }
}

const NOT_PLAIN = Symbol('not plain JSON data');

/**
 * The value with every object's keys in code-point order (objects already in order are shared,
 * not copied), or NOT_PLAIN when JSON.stringify would not write it as the Writer does: a value
 * other than null, a string, a boolean, a finite number, an array or a plain object, or a key an
 * object cannot keep in sorted place (an array index, which objects list first; `__proto__`).
 */
function sortedView(value: unknown): unknown {
  if (value === null) return value;
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      return Number.isFinite(value) ? value : NOT_PLAIN;
    case 'object': {
      if (Array.isArray(value)) {
        let copy: unknown[] | undefined;
        for (let i = 0; i < value.length; i++) {
          const item: unknown = value[i];
          const view = sortedView(item);
          if (view === NOT_PLAIN) return NOT_PLAIN;
          if (view !== item) (copy ??= value.slice())[i] = view;
        }
        return copy ?? value;
      }
      const proto: unknown = Object.getPrototypeOf(value);
      if (proto !== Object.prototype && proto !== null) return NOT_PLAIN;
      const obj = value as Record<string, unknown>;
      const keys = Object.keys(obj);
      let inOrder = true;
      let views: unknown[] | undefined;
      for (let i = 0; i < keys.length; i++) {
        const k = keys[i]!;
        const c = k.charCodeAt(0);
        if ((c >= 0x30 && c <= 0x39) || k === '__proto__') return NOT_PLAIN;
        if (i > 0 && compareKeys(keys[i - 1]!, k) > 0) inOrder = false;
        const item = obj[k];
        const view = sortedView(item);
        if (view === NOT_PLAIN) return NOT_PLAIN;
        if (view !== item) (views ??= keys.map((key) => obj[key]))[i] = view;
      }
      if (inOrder && views === undefined) return value;
      const order = keys.map((_, i) => i);
      if (!inOrder) order.sort((a, b) => compareKeys(keys[a]!, keys[b]!));
      const out: Record<string, unknown> = {};
      for (const i of order) out[keys[i]!] = views === undefined ? obj[keys[i]!] : views[i];
      return out;
    }
    default:
      return NOT_PLAIN;
  }
}

/** The object's keys in code-point order; keys already in order (the usual case) are not sorted. */
function sortedKeys(obj: object): string[] {
  const keys = Object.keys(obj);
  for (let i = 1; i < keys.length; i++) {
    if (compareKeys(keys[i - 1]!, keys[i]!) > 0) return keys.sort(compareKeys);
  }
  return keys;
}

/**
 * compareCodePoints, by code units where they give the same order: up to the first unit that
 * differs, and at it unless either unit is a surrogate (the only place the two orders part).
 */
function compareKeys(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    if ((x & 0xf800) === 0xd800 || (y & 0xf800) === 0xd800) return compareCodePoints(a, b);
    return x - y;
  }
  return a.length - b.length;
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

/**
 * The same byte rules on one line: no white space, keys sorted by code point, non-ASCII escaped.
 * For JSON data it is what Python's json.dumps(value, sort_keys=True, separators=(",", ":"))
 * writes (ensure_ascii on), which the reference evaluator's neighbouring packs hash as gateway_policy_hash.
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
