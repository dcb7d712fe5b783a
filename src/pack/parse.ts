import { LineCounter, parseDocument, isMap, isSeq, isScalar, isPair, type Document, type Node } from 'yaml';
import { JsonSyntaxError, parseJson, positionAt, type OffsetMap, type TextPosition } from './json-text.js';
import { ManifestError, type ManifestProblem } from './errors.js';

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

/** Parses LF-normalised manifest text, or throws ManifestError with the syntax problems located. */
export function parseManifestText(text: string, format: ManifestFormat): ParsedManifest {
  // A byte-order mark is an encoding detail, not content (the hash still covers the text as written).
  const body = text.startsWith('\uFEFF') ? ' ' + text.slice(1) : text;
  return format === 'json' ? parseJsonManifest(body) : parseYamlManifest(body);
}

function parseJsonManifest(text: string): ParsedManifest {
  let value: unknown;
  try {
    value = parseJson(text);
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

function parseYamlManifest(text: string): ParsedManifest {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, strict: true });
  const problems: ManifestProblem[] = [...doc.errors, ...doc.warnings].map((e) => {
    const { line, col } = lineCounter.linePos(e.pos[0]);
    return { pointer: '', message: `invalid YAML: ${firstLine(e.message)}`, line, column: col };
  });
  if (problems.length > 0) throw new ManifestError(problems);
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (err) {
    throw new ManifestError([{ pointer: '', message: `invalid YAML: ${firstLine((err as Error).message)}` }]);
  }
  return {
    value,
    locate(pointer) {
      const offset = yamlOffset(doc, pointer);
      if (offset === undefined) return undefined;
      const { line, col } = lineCounter.linePos(offset);
      return { line, column: col };
    },
  };
}

function yamlOffset(doc: Document, pointer: string): number | undefined {
  let node: unknown = doc.contents;
  let offset = (node as Node | null)?.range?.[0];
  if (pointer === '') return offset;
  for (const raw of pointer.slice(1).split('/')) {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === segment);
      if (pair === undefined) return undefined;
      offset = (pair.key as Node).range?.[0];
      node = pair.value;
    } else if (isSeq(node)) {
      const item = node.items[Number(segment)];
      if (item === undefined || !/^(0|[1-9][0-9]*)$/.test(segment)) return undefined;
      offset = (item as Node).range?.[0];
      node = item;
    } else {
      return undefined;
    }
  }
  return offset;
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}
