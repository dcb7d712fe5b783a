import { type TextPosition } from './json-text.js';
export type ManifestFormat = 'json' | 'yaml';
export interface ParsedManifest {
    value: unknown;
    /** Line and column of the value at a JSON pointer (of its key, for an object member), when it exists. */
    locate(pointer: string): TextPosition | undefined;
}
/** CRLF and lone CR → LF: the text the manifest hash covers and the parser reads (spec "The hashes"). */
export declare function normaliseLineEndings(text: string): string;
/** `.yaml`/`.yml` are YAML; other names are JSON; without a name, a text starting with `{` is JSON. */
export declare function detectFormat(text: string, manifestPath?: string): ManifestFormat;
/** A byte-order mark is an encoding detail, not content (the hash still covers the text as written). */
export declare function withoutBom(text: string): string;
/** Parses LF-normalised JSON manifest text, or throws ManifestError with the syntax error located. */
export declare function parseJsonManifest(lfText: string): ParsedManifest;
