/**
 * A strict RFC 8259 JSON parser that knows where things are. JSON.parse cannot say where a syntax
 * error is on Node 20, silently keeps the last of duplicate keys, and cannot map a JSON pointer back
 * to a line; a manifest needs all three to give located messages.
 */

export interface TextPosition {
  line: number;
  column: number;
}

export class JsonSyntaxError extends Error {
  override name = 'JsonSyntaxError';
  constructor(
    message: string,
    readonly offset: number,
    /** JSON pointer of a duplicate key (known when parsing with an offset map). */
    readonly pointer: string | null = null,
  ) {
    super(message);
  }
}

/** Offsets of every value (for object members: of the member's key), by JSON pointer. */
export type OffsetMap = Map<string, number>;

export function parseJson(text: string, offsets?: OffsetMap): unknown {
  return new Parser(text, offsets).parseDocument();
}

/**
 * The fast path for the common case of valid JSON: the native parser for the value and a
 * token scan for duplicate keys, which JSON.parse would silently collapse. Anything wrong → the
 * located parser, which then throws a JsonSyntaxError saying where.
 * (A character-by-character parser runs interpreted on a cold start: several times slower.)
 */
export function parseJsonFast(text: string): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return parseJson(text);
  }
  return hasDuplicateKey(text) ? parseJson(text) : value;
}

/** Tokens that matter for keys in text JSON.parse accepted: a string (a member name when ":" follows) or a bracket. */
const KEY_TOKENS = /"[^"\\]*(?:\\.[^"\\]*)*"(\s*:)?|[{}[\]]/g;

function hasDuplicateKey(text: string): boolean {
  const stack: (Set<string> | null)[] = [];
  let current: Set<string> | null = null;
  KEY_TOKENS.lastIndex = 0;
  for (let m = KEY_TOKENS.exec(text); m !== null; m = KEY_TOKENS.exec(text)) {
    const token = m[0];
    if (m[1] !== undefined) {
      const quoted = token.slice(0, token.length - m[1].length);
      const key = quoted.includes('\\') ? (JSON.parse(quoted) as string) : quoted.slice(1, -1);
      if (current === null) continue;
      if (current.has(key)) return true;
      current.add(key);
    } else if (token === '{' || token === '[') {
      stack.push(current);
      current = token === '{' ? new Set() : null;
    } else if (token === '}' || token === ']') {
      current = stack.pop() ?? null;
    }
  }
  return false;
}

export function escapePointerSegment(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** 1-based line and column of an offset; lines end at LF (the text is LF-normalised before parsing). */
export function positionAt(text: string, offset: number): TextPosition {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;

class Parser {
  private pos = 0;

  constructor(
    private readonly text: string,
    private readonly offsets: OffsetMap | undefined,
  ) {}

  parseDocument(): unknown {
    this.skipSpace();
    const value = this.parseValue('');
    this.skipSpace();
    if (this.pos < this.text.length) this.fail(`unexpected ${this.describe()} after the JSON value`);
    return value;
  }

  private parseValue(pointer: string): unknown {
    if (this.offsets && !this.offsets.has(pointer)) this.offsets.set(pointer, this.pos);
    const c = this.text.charCodeAt(this.pos);
    switch (c) {
      case 0x7b /* { */:
        return this.parseObject(pointer);
      case 0x5b /* [ */:
        return this.parseArray(pointer);
      case 0x22 /* " */:
        return this.parseString();
      case 0x74 /* t */:
        return this.literal('true', true);
      case 0x66 /* f */:
        return this.literal('false', false);
      case 0x6e /* n */:
        return this.literal('null', null);
      default:
        if (c === 0x2d || (c >= 0x30 && c <= 0x39)) return this.parseNumber();
        return this.fail(`expected a JSON value, found ${this.describe()}`);
    }
  }

  private parseObject(pointer: string): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    const seen = new Set<string>();
    this.pos++;
    this.skipSpace();
    if (this.text.charCodeAt(this.pos) === 0x7d) {
      this.pos++;
      return out;
    }
    for (;;) {
      if (this.text.charCodeAt(this.pos) !== 0x22) this.fail(`expected a quoted property name, found ${this.describe()}`);
      const keyOffset = this.pos;
      const key = this.parseString();
      const child = this.offsets ? `${pointer}/${escapePointerSegment(key)}` : '';
      if (seen.has(key)) {
        this.pos = keyOffset;
        throw new JsonSyntaxError(`duplicate key "${key}": the value would be ambiguous`, keyOffset, this.offsets ? child : null);
      }
      seen.add(key);
      if (this.offsets) this.offsets.set(child, keyOffset);
      this.skipSpace();
      if (this.text.charCodeAt(this.pos) !== 0x3a) this.fail(`expected ":" after property name, found ${this.describe()}`);
      this.pos++;
      this.skipSpace();
      const value = this.parseValue(child);
      // A "__proto__" key is data, as with JSON.parse, never the object's prototype.
      Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
      this.skipSpace();
      const c = this.text.charCodeAt(this.pos);
      if (c === 0x2c) {
        this.pos++;
        this.skipSpace();
        continue;
      }
      if (c === 0x7d) {
        this.pos++;
        return out;
      }
      this.fail(`expected "," or "}" in object, found ${this.describe()}`);
    }
  }

  private parseArray(pointer: string): unknown[] {
    const out: unknown[] = [];
    this.pos++;
    this.skipSpace();
    if (this.text.charCodeAt(this.pos) === 0x5d) {
      this.pos++;
      return out;
    }
    for (;;) {
      out.push(this.parseValue(this.offsets ? `${pointer}/${out.length}` : ''));
      this.skipSpace();
      const c = this.text.charCodeAt(this.pos);
      if (c === 0x2c) {
        this.pos++;
        this.skipSpace();
        continue;
      }
      if (c === 0x5d) {
        this.pos++;
        return out;
      }
      this.fail(`expected "," or "]" in array, found ${this.describe()}`);
    }
  }

  private parseString(): string {
    const start = this.pos;
    let escaped = false;
    for (let i = start + 1; i < this.text.length; i++) {
      const c = this.text.charCodeAt(i);
      if (c === 0x22) {
        this.pos = i + 1;
        const raw = this.text.slice(start, i + 1);
        if (!escaped) return raw.slice(1, -1);
        try {
          return JSON.parse(raw) as string;
        } catch {
          this.pos = start;
          return this.fail('invalid escape sequence in string');
        }
      }
      if (c === 0x5c) {
        escaped = true;
        i++;
      } else if (c < 0x20) {
        this.pos = i;
        this.fail('unescaped control character in string (line breaks and tabs must be written \\n and \\t)');
      }
    }
    this.pos = start;
    return this.fail('unterminated string');
  }

  private parseNumber(): number {
    NUMBER.lastIndex = this.pos;
    const m = NUMBER.exec(this.text);
    if (m === null) return this.fail(`invalid number`);
    this.pos += m[0].length;
    return Number(m[0]);
  }

  private literal<T>(word: string, value: T): T {
    if (!this.text.startsWith(word, this.pos)) this.fail(`expected a JSON value, found ${this.describe()}`);
    this.pos += word.length;
    return value;
  }

  private skipSpace(): void {
    for (;;) {
      const c = this.text.charCodeAt(this.pos);
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) this.pos++;
      else return;
    }
  }

  private describe(): string {
    if (this.pos >= this.text.length) return 'end of input';
    const cp = this.text.codePointAt(this.pos)!;
    return cp >= 0x21 && cp <= 0x7e ? `"${String.fromCodePoint(cp)}"` : `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
  }

  private fail(message: string): never {
    throw new JsonSyntaxError(message, this.pos);
  }
}
