/**
 * Serialises a JSON value with the pack's byte rules (spec/pack-format.md, "Bytes"):
 * 2-space indentation, keys sorted by code point at every depth, every non-ASCII character
 * escaped as lowercase \uXXXX (astral characters as surrogate pairs), one final newline.
 * The same bytes are what approval signatures cover, so there is exactly one serialiser.
 */
export declare function canonicalJson(value: unknown): string;
/** Code-point order; JavaScript's default sort is UTF-16 code-unit order, which differs above U+FFFF. */
export declare function compareCodePoints(a: string, b: string): number;
/**
 * The same byte rules on one line: no white space, keys sorted by code point, non-ASCII escaped.
 * For JSON data it is what Python's json.dumps(value, sort_keys=True, separators=(",", ":"))
 * writes (ensure_ascii on), which the reference evaluator's neighbouring packs hash as gateway_policy_hash.
 * Values JSON.stringify would drop or turn into null (undefined, functions, non-finite numbers)
 * are dropped or null here too, and toJSON is honoured, so the line is what JSON.stringify with a
 * key-sorting replacer gives, escaped.
 */
export declare function canonicalJsonLine(value: unknown): string;
/**
 * A JSON string literal in pure ASCII. Most strings need no escape at all; otherwise
 * JSON.stringify writes the short escapes and lowercase \u00XX for control characters and lone
 * surrogates, and only a string holding anything above U+007E pays for the second pass.
 */
export declare function quoteAscii(s: string): string;
export declare function sha256Hex(data: string | Uint8Array): string;
