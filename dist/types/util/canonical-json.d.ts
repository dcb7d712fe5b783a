/**
 * Serialises a JSON value with the pack's byte rules (spec/pack-format.md, "Bytes"):
 * 2-space indentation, keys sorted by code point at every depth, every non-ASCII character
 * escaped as lowercase \uXXXX (astral characters as surrogate pairs), one final newline.
 * The same bytes are what approval signatures cover, so there is exactly one serialiser.
 */
export declare function canonicalJson(value: unknown): string;
/** Code-point order; JavaScript's default sort is UTF-16 code-unit order, which differs above U+FFFF. */
export declare function compareCodePoints(a: string, b: string): number;
export declare function sha256Hex(data: string | Uint8Array): string;
