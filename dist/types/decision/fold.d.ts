/** True when the string holds a character outside ASCII. */
export declare function hasNonAscii(s: string): boolean;
/** Python's str.casefold(). */
export declare function caseFold(s: string): string;
/** casefold, then "ı" and "i" + U+0307 (the fold of "İ") as "i", then lowercased. */
export declare function lookalikeFold(s: string): string;
