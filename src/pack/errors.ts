/** One thing wrong with a manifest, located by JSON pointer and, where known, line and column. */
export interface ManifestProblem {
  /** RFC 6901 pointer into the manifest ("" is the whole document). */
  pointer: string;
  message: string;
  line?: number;
  column?: number;
}

/** Thrown by compileManifest when the manifest cannot be compiled; lists every problem found. */
export class ManifestError extends Error {
  override name = 'ManifestError';
  readonly problems: readonly ManifestProblem[];

  constructor(problems: ManifestProblem[], source = 'manifest') {
    super(
      `${source} is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n` +
        problems.map((p) => `  ${formatProblem(p, source)}`).join('\n'),
    );
    this.problems = problems;
  }
}

/** `file:line:col: /pointer: message`, the shape editors and CI logs turn into links. */
export function formatProblem(p: ManifestProblem, source: string): string {
  const where = p.line === undefined ? source : `${source}:${p.line}:${p.column ?? 1}`;
  return `${where}: ${p.pointer === '' ? '(document)' : p.pointer}: ${p.message}`;
}
