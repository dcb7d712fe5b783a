import type { ChangedFile, FileStatus } from '../admission/types.js';

const STATUS: Record<string, FileStatus> = {
  A: 'added',
  C: 'copied',
  D: 'removed',
  M: 'modified',
  R: 'renamed',
  T: 'type_changed',
};

interface RawEntry {
  oldMode: string;
  newMode: string;
  status: string;
  path: string;
  previousPath: string | null;
}

/**
 * Parses `git diff-tree -r -z --raw --numstat` output: every raw record (modes, status, paths)
 * followed by one numstat record per file pair in the same order. The two halves are zipped and
 * their paths compared, so a mismatch is an error, never a silently wrong row.
 */
export function parseRawNumstat(out: Buffer): ChangedFile[] {
  const fields = out.toString('utf8').split('\0');
  if (fields[fields.length - 1] === '') fields.pop();
  let i = 0;
  const raw: RawEntry[] = [];
  while (i < fields.length && fields[i]!.startsWith(':')) {
    const meta = fields[i++]!.slice(1).split(' ');
    if (meta.length !== 5) throw new Error(`unexpected git raw diff record "${fields[i - 1]}"`);
    const [oldMode, newMode, , , status] = meta as [string, string, string, string, string];
    const twoPaths = status.startsWith('R') || status.startsWith('C');
    const first = fields[i++];
    const second = twoPaths ? fields[i++] : undefined;
    if (first === undefined || (twoPaths && second === undefined)) throw new Error('truncated git raw diff output');
    raw.push({
      oldMode,
      newMode,
      status,
      path: twoPaths ? second! : first,
      previousPath: twoPaths ? first : null,
    });
  }
  const files: ChangedFile[] = [];
  for (const entry of raw) {
    const stat = fields[i++];
    if (stat === undefined) throw new Error('git numstat output has fewer records than the raw diff');
    const parts = stat.split('\t');
    if (parts.length !== 3) throw new Error(`unexpected git numstat record "${stat}"`);
    const [adds, dels, inlinePath] = parts as [string, string, string];
    let statPath = inlinePath;
    if (inlinePath === '') {
      // Renames and copies: "<add>\t<del>\t\0<old>\0<new>\0".
      i++;
      statPath = fields[i++] ?? '';
    }
    if (statPath !== entry.path) throw new Error(`git numstat and raw diff disagree on "${entry.path}"`);
    const binary = adds === '-' && dels === '-';
    files.push({
      path: entry.path,
      previous_path: entry.previousPath,
      status: STATUS[entry.status[0]!] ?? 'changed',
      additions: binary ? 0 : toCount(adds),
      deletions: binary ? 0 : toCount(dels),
      mode: entry.newMode === '000000' ? null : entry.newMode,
      previous_mode: entry.oldMode === '000000' ? null : entry.oldMode,
      binary,
    });
  }
  if (i !== fields.length) throw new Error('git numstat output has more records than the raw diff');
  return files;
}

function toCount(s: string): number {
  if (!/^\d+$/.test(s)) throw new Error(`unexpected git numstat count "${s}"`);
  return Number(s);
}
