/**
 * Small string helpers shared by the evaluator. The reference evaluator
 * (docs/architecture.md#glossary) is Python, and several
 * compatibility rules ("blank", "strip") follow Python's str.strip(), whose white-space set differs
 * from JavaScript's trim(): it also strips U+001C–U+001F and U+0085, and keeps U+FEFF.
 */
/** Python's str.strip() with no argument. Returns the same string when there is nothing to strip. */
export declare function pyStrip(s: string): string;
/** True when the string is empty or only white space (Python's `not s.strip()`). */
export declare function isBlank(s: string): boolean;
/** True when s has white space at either end. */
export declare function hasOuterWhitespace(s: string): boolean;
/** C0 controls, DEL and C1 controls. */
export declare function isControl(code: number): boolean;
/**
 * Characters that reorder how text is displayed: the embedding/override/isolate controls the spec
 * names (U+202A–U+202E, U+2066–U+2069) and the invisible direction marks (U+200E, U+200F, U+061C),
 * which serve the same trick of making a path read differently from what it is.
 */
export declare function isBidiControl(code: number): boolean;
/** U+2028 and U+2029 end a line in JavaScript (and so for picomatch's "."), but not for Python's fnmatch. */
export declare function isLineSeparator(code: number): boolean;
/**
 * Code points a reader does not see: Unicode's Default_Ignorable_Code_Point set (zero-width
 * characters, U+FEFF, the soft hyphen U+00AD, variation selectors, tags, fillers, …), named
 * explicitly as well in case the runtime's Unicode data lags.
 */
export declare const INVISIBLE_CHARS: RegExp;
/** Index of the first control, bidi, line-separator or invisible character, or -1. */
export declare function findUnsafeChar(s: string): number;
/** Index of the first invisible code point (INVISIBLE_CHARS), or -1. */
export declare function findInvisibleChar(s: string): number;
/** The code point at an index, as U+XXXX. */
export declare function codePointName(s: string, index: number): string;
/**
 * A request value quoted for a violation message: JSON-quoted (so control characters are escaped),
 * bidi controls escaped too, and cut to a readable length. Violations end up in logs, PR comments
 * and terminals; an agent must not be able to smuggle layout tricks or megabytes into them.
 */
export declare function quoteValue(value: unknown): string;
/** Like quoteValue without the quotes, for messages the reference evaluator worded unquoted. */
export declare function plainValue(value: string): string;
/** The JSON type of a value, for "must be a string, got …" messages. */
export declare function describeType(value: unknown): string;
