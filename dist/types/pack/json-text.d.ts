/**
 * A strict RFC 8259 JSON parser that knows where things are. JSON.parse cannot say where a syntax
 * error is on Node 20, silently keeps the last of duplicate keys, and cannot map a JSON pointer back
 * to a line; a manifest needs all three to give located messages.
 */
export interface TextPosition {
    line: number;
    column: number;
}
export declare class JsonSyntaxError extends Error {
    readonly offset: number;
    /** JSON pointer of a duplicate key (known when parsing with an offset map). */
    readonly pointer: string | null;
    name: string;
    constructor(message: string, offset: number, 
    /** JSON pointer of a duplicate key (known when parsing with an offset map). */
    pointer?: string | null);
}
/** Offsets of every value (for object members: of the member's key), by JSON pointer. */
export type OffsetMap = Map<string, number>;
export declare function parseJson(text: string, offsets?: OffsetMap): unknown;
/**
 * The fast path for the common case of valid JSON: the native parser for the value and a
 * token scan for duplicate keys, which JSON.parse would silently collapse. Anything wrong → the
 * located parser, which then throws a JsonSyntaxError saying where.
 * (A character-by-character parser runs interpreted on a cold start: several times slower.)
 */
export declare function parseJsonFast(text: string): unknown;
export declare function escapePointerSegment(segment: string): string;
/** 1-based line and column of an offset; lines end at LF (the text is LF-normalised before parsing). */
export declare function positionAt(text: string, offset: number): TextPosition;
