import { JsonSyntaxError, parseJson, parseJsonFast, positionAt, type OffsetMap, type TextPosition } from './json-text.js';
import { ManifestError } from './errors.js';

export type ManifestFormat = 'json' | 'yaml';

export interface ParsedManifest {
  value: unknown;
  /** Line and column of the value at a JSON pointer (of its key, for an object member), when it exists. */
  locate(pointer: string): TextPosition | undefined;
}

/** CRLF and lone CR → LF: the text the manifest hash covers and the parser reads (spec "The hashes"). */
export function normaliseLineEndings(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

/** `.yaml`/`.yml` are YAML; other names are JSON; without a name, a text starting with `{` is JSON. */
export function detectFormat(text: string, manifestPath?: string): ManifestFormat {
  if (manifestPath !== undefined && manifestPath !== '') return /\.ya?ml$/i.test(manifestPath) ? 'yaml' : 'json';
  return /^\uFEFF?\s*\{/.test(text) ? 'json' : 'yaml';
}

/** A byte-order mark is an encoding detail, not content (the hash still covers the text as written). */
export function withoutBom(text: string): string {
  return text.startsWith('\uFEFF') ? ' ' + text.slice(1) : text;
}

/** Parses LF-normalised JSON manifest text, or throws ManifestError with the syntax error located. */
export function parseJsonManifest(lfText: string): ParsedManifest {
  const text = withoutBom(lfText);
  let value: unknown;
  try {
    value = parseJsonFast(text);
  } catch (first) {
    if (!(first instanceof JsonSyntaxError)) throw first;
    // Parse again with pointers tracked, so a duplicate key can be named by its pointer.
    let err = first;
    try {
      parseJson(text, new Map());
    } catch (again) {
      if (again instanceof JsonSyntaxError) err = again;
    }
    const where = positionAt(text, err.offset);
    throw new ManifestError([{ pointer: err.pointer ?? '', message: `invalid JSON: ${err.message}`, ...where }]);
  }
  let offsets: OffsetMap | undefined;
  return {
    value,
    locate(pointer) {
      // Positions are only needed for messages, so they are collected on the first request.
      if (offsets === undefined) {
        offsets = new Map();
        parseJson(text, offsets);
      }
      const offset = offsets.get(pointer);
      return offset === undefined ? undefined : positionAt(text, offset);
    },
  };
}
