/**
 * Small string helpers shared by the evaluator. The reference evaluator
 * (docs/architecture.md#glossary) is Python, and several
 * compatibility rules ("blank", "strip") follow Python's str.strip(), whose white-space set differs
 * from JavaScript's trim(): it also strips U+001C–U+001F and U+0085, and keeps U+FEFF.
 */

function isPyWhitespace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d) || (code >= 0x1c && code <= 0x1f);
  if (code < 0x85) return false;
  return (
    code === 0x85 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  );
}

/** Python's str.strip() with no argument. Returns the same string when there is nothing to strip. */
export function pyStrip(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && isPyWhitespace(s.charCodeAt(start))) start++;
  while (end > start && isPyWhitespace(s.charCodeAt(end - 1))) end--;
  return start === 0 && end === s.length ? s : s.slice(start, end);
}

/** True when the string is empty or only white space (Python's `not s.strip()`). */
export function isBlank(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (!isPyWhitespace(s.charCodeAt(i))) return false;
  return true;
}

/** True when s has white space at either end. */
export function hasOuterWhitespace(s: string): boolean {
  return s.length > 0 && (isPyWhitespace(s.charCodeAt(0)) || isPyWhitespace(s.charCodeAt(s.length - 1)));
}

/** C0 controls, DEL and C1 controls. */
export function isControl(code: number): boolean {
  return code < 0x20 || (code >= 0x7f && code <= 0x9f);
}

/**
 * Characters that reorder how text is displayed: the embedding/override/isolate controls the spec
 * names (U+202A–U+202E, U+2066–U+2069) and the invisible direction marks (U+200E, U+200F, U+061C),
 * which serve the same trick of making a path read differently from what it is.
 */
export function isBidiControl(code: number): boolean {
  return (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069) || code === 0x200e || code === 0x200f || code === 0x061c;
}

/** U+2028 and U+2029 end a line in JavaScript (and so for picomatch's "."), but not for Python's fnmatch. */
export function isLineSeparator(code: number): boolean {
  return code === 0x2028 || code === 0x2029;
}

/**
 * Code points a reader does not see: Unicode's Default_Ignorable_Code_Point set (zero-width
 * characters, U+FEFF, the soft hyphen U+00AD, variation selectors, tags, fillers, …), named
 * explicitly as well in case the runtime's Unicode data lags.
 */
// Combining marks are listed on their own here, as code points to refuse, not attached to anything.
export const INVISIBLE_CHARS =
  // eslint-disable-next-line no-misleading-character-class
  /[\p{Default_Ignorable_Code_Point}\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\u{e0000}-\u{e0fff}]/u;

/** Index of the first control, bidi, line-separator or invisible character, or -1. */
export function findUnsafeChar(s: string): number {
  let nonAscii = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      if (isControl(c)) return i;
    } else {
      if (isControl(c) || isBidiControl(c) || isLineSeparator(c)) return i;
      nonAscii = true;
    }
  }
  return nonAscii ? findInvisibleChar(s) : -1;
}

/** Index of the first invisible code point (INVISIBLE_CHARS), or -1. */
export function findInvisibleChar(s: string): number {
  const m = INVISIBLE_CHARS.exec(s);
  return m === null ? -1 : m.index;
}

/** The code point at an index, as U+XXXX. */
export function codePointName(s: string, index: number): string {
  return `U+${s.codePointAt(index)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

const MESSAGE_VALUE_LIMIT = 120;

/**
 * A request value quoted for a violation message: JSON-quoted (so control characters are escaped),
 * bidi controls escaped too, and cut to a readable length. Violations end up in logs, PR comments
 * and terminals; an agent must not be able to smuggle layout tricks or megabytes into them.
 */
export function quoteValue(value: unknown): string {
  let s: string;
  if (typeof value === 'string') {
    s = value.length > MESSAGE_VALUE_LIMIT ? `${value.slice(0, MESSAGE_VALUE_LIMIT)}…(${value.length} chars)` : value;
  } else {
    return describeType(value);
  }
  let out = JSON.stringify(s);
  if (/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/.test(out)) {
    out = out.replace(/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  }
  return out;
}

/** Like quoteValue without the quotes, for messages the reference evaluator worded unquoted. */
export function plainValue(value: string): string {
  const q = quoteValue(value);
  return q.slice(1, q.lastIndexOf('"')) + q.slice(q.lastIndexOf('"') + 1);
}

/** The JSON type of a value, for "must be a string, got …" messages. */
export function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  switch (typeof value) {
    case 'string':
      return 'a string';
    case 'number':
      return Number.isFinite(value) ? `the number ${value}` : `the number ${String(value)}`;
    case 'boolean':
      return `the boolean ${value}`;
    case 'object':
      return 'an object';
    case 'undefined':
      return 'nothing';
    default:
      return `a ${typeof value}`;
  }
}
