import { createHash } from 'node:crypto';

/**
 * Serialises a JSON value with the pack's byte rules (spec/pack-format.md, "Bytes"):
 * 2-space indentation, keys sorted by code point at every depth, every non-ASCII character
 * escaped as lowercase \uXXXX (astral characters as surrogate pairs), one final newline.
 * The same bytes are what approval signatures cover, so there is exactly one serialiser.
 */
export function canonicalJson(value: unknown): string {
  // One list of pieces for the whole document, joined once, rather than a string per subtree
  // copied again by each enclosing level; indents and quoted keys are made once per document.
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
        out.push(quote(value));
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
        const keys = sortedKeys(value as object);
        if (keys.length === 0) {
          out.push('{}');
          return;
        }
        const obj = value as Record<string, unknown>;
        out.push('{');
        for (let i = 0; i < keys.length; i++) {
          const k = keys[i]!;
          let quoted = this.#keys.get(k);
          if (quoted === undefined) this.#keys.set(k, (quoted = quote(k) + ': '));
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

const SHORT_ESCAPES: Record<string, string> = {
  '"': '\\"',
  '\\': '\\\\',
  '\b': '\\b',
  '\f': '\\f',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
};

/** Does the string hold a character quote() escapes? */
const NEEDS_ESCAPE = /[^\x20-\x7e]|["\\]/;

function quote(s: string): string {
  if (!NEEDS_ESCAPE.test(s)) return '"' + s + '"';
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

export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}
