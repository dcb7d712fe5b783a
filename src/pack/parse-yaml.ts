import { LineCounter, parseDocument, isMap, isSeq, isScalar, isPair, type Document, type Node } from 'yaml';
import { ManifestError, type ManifestProblem } from './errors.js';
import { withoutBom, type ParsedManifest } from './parse.js';

/**
 * Parses LF-normalised YAML manifest text (YAML 1.2 core schema: dates stay strings), or throws
 * ManifestError with every syntax problem located. Duplicate keys, unresolved tags and several
 * documents in one file are errors, not warnings.
 */
export function parseYamlManifest(lfText: string): ParsedManifest {
  const text = withoutBom(lfText);
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
