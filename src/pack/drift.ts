import { structuredPatch, formatPatch } from 'diff';

export interface DriftResult {
  /** True when the committed pack is missing or its bytes differ from the generated ones. */
  drift: boolean;
  /** Unified diff from the committed pack to the generated one; "" when there is no drift. */
  diff: string;
  /** First line of the committed file that the diff changes (1-based), for annotations; null when none. */
  firstChangedLine: number | null;
}

export interface DriftOptions {
  /** The pack's path, for the diff's file headers. */
  path?: string;
  /** Lines of context around each change (default 3). */
  context?: number;
}

/** Beyond this, computing a minimal diff is not worth the wait: say the files differ instead. */
const DIFF_TIMEOUT_MS = 2000;

/**
 * Compares the pack the manifest generates (`expectedText`) with the committed one (`actualText`,
 * null when the file is missing), byte for byte. Pure.
 */
export function checkDrift(expectedText: string, actualText: string | null, options: DriftOptions = {}): DriftResult {
  if (actualText === expectedText) return { drift: false, diff: '', firstChangedLine: null };
  const path = options.path ?? 'policy-pack.json';
  const patch = structuredPatch(
    actualText === null ? '/dev/null' : path,
    path,
    actualText ?? '',
    expectedText,
    actualText === null ? 'missing' : 'committed',
    'generated from the manifest',
    { context: options.context ?? 3, timeout: DIFF_TIMEOUT_MS },
  );
  if (patch === undefined) {
    return {
      drift: true,
      diff: `--- ${path}\tcommitted\n+++ ${path}\tgenerated from the manifest\n(the files differ too much to diff within ${DIFF_TIMEOUT_MS} ms)\n`,
      firstChangedLine: 1,
    };
  }
  const first = patch.hunks[0];
  const firstChangedLine = first === undefined ? 1 : firstChange(first.oldStart, first.lines);
  return {
    drift: true,
    diff: formatPatch(patch, { includeIndex: false, includeUnderline: false, includeFileHeaders: true }),
    firstChangedLine,
  };
}

/** The hunk starts with context lines; the annotation should point at the first line that changes. */
function firstChange(oldStart: number, lines: string[]): number {
  let line = Math.max(oldStart, 1);
  for (const l of lines) {
    if (l.startsWith('-') || l.startsWith('+')) return line;
    if (l.startsWith(' ')) line++;
  }
  return line;
}
