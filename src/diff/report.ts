import type { DiffEntry, PolicyDiff } from './types.js';

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "3 widenings, 1 narrowing" (or "no change"). */
export function diffCounts(diff: PolicyDiff): string {
  if (diff.widened.length === 0 && diff.narrowed.length === 0) return 'no change';
  return `${plural(diff.widened.length, 'widening')}, ${plural(diff.narrowed.length, 'narrowing')}`;
}

function line(e: DiffEntry): string {
  const where = e.workflow_id === null ? '(all workflows)' : e.workflow_id;
  return `  ${where}  ${e.kind}: ${e.detail}${e.witness === undefined ? '' : `\n      witness: ${JSON.stringify(e.witness)}`}`;
}

/** The terminal report: widenings first, each with its witness. Every value from a pack is JSON-quoted in the details. */
export function formatDiffText(diff: PolicyDiff, oldLabel: string, newLabel: string): string {
  const out = [`${diffCounts(diff)} from ${oldLabel} to ${newLabel}`];
  if (diff.widened.length > 0) out.push('', 'Widened (an agent may now do more):', ...diff.widened.map(line));
  if (diff.narrowed.length > 0) out.push('', 'Narrowed:', ...diff.narrowed.map(line));
  return out.join('\n') + '\n';
}
