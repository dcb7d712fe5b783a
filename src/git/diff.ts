import type { ChangedFile, FileStatus } from '../admission/index.js';
import { GitError, type GitReader, type ObjectBatch } from './exec.js';

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
  oldOid: string;
  newOid: string;
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
  return parseWithOids(out).map((e) => e.file);
}

/** A changed file with the blob ids of both sides (the all-zero id for a missing side). */
interface FileWithOids {
  file: ChangedFile;
  oldOid: string;
  newOid: string;
}

function parseWithOids(out: Buffer): FileWithOids[] {
  const fields = out.toString('utf8').split('\0');
  if (fields[fields.length - 1] === '') fields.pop();
  let i = 0;
  const raw: RawEntry[] = [];
  while (i < fields.length && fields[i]!.startsWith(':')) {
    const meta = fields[i++]!.slice(1).split(' ');
    if (meta.length !== 5) throw new Error(`unexpected git raw diff record "${fields[i - 1]}"`);
    const [oldMode, newMode, oldOid, newOid, status] = meta as [string, string, string, string, string];
    const twoPaths = status.startsWith('R') || status.startsWith('C');
    const first = fields[i++];
    const second = twoPaths ? fields[i++] : undefined;
    if (first === undefined || (twoPaths && second === undefined)) throw new Error('truncated git raw diff output');
    raw.push({
      oldMode,
      newMode,
      oldOid,
      newOid,
      status,
      path: twoPaths ? second! : first,
      previousPath: twoPaths ? first : null,
    });
  }
  const files: FileWithOids[] = [];
  for (const entry of raw) {
    const stat = fields[i++];
    if (stat === undefined) throw new Error('git numstat output has fewer records than the raw diff');
    // "<add>\t<del>\t<path>": the path itself may hold tabs (-z prints it verbatim).
    const tab1 = stat.indexOf('\t');
    const tab2 = tab1 === -1 ? -1 : stat.indexOf('\t', tab1 + 1);
    if (tab2 === -1) throw new Error(`unexpected git numstat record "${stat}"`);
    const adds = stat.slice(0, tab1);
    const dels = stat.slice(tab1 + 1, tab2);
    const inlinePath = stat.slice(tab2 + 1);
    let statPath = inlinePath;
    if (inlinePath === '') {
      // Renames and copies: "<add>\t<del>\t\0<old>\0<new>\0".
      i++;
      statPath = fields[i++] ?? '';
    }
    if (statPath !== entry.path) throw new Error(`git numstat and raw diff disagree on "${entry.path}"`);
    const binary = adds === '-' && dels === '-';
    files.push({
      file: {
        path: entry.path,
        previous_path: entry.previousPath,
        status: STATUS[entry.status[0]!] ?? 'changed',
        additions: binary ? 0 : toCount(adds),
        deletions: binary ? 0 : toCount(dels),
        mode: entry.newMode === '000000' ? null : entry.newMode,
        previous_mode: entry.oldMode === '000000' ? null : entry.oldMode,
        binary,
      },
      oldOid: entry.oldOid,
      newOid: entry.newOid,
    });
  }
  if (i !== fields.length) throw new Error('git numstat output has more records than the raw diff');
  return files;
}

function toCount(s: string): number {
  if (!/^\d+$/.test(s)) throw new Error(`unexpected git numstat count "${s}"`);
  return Number(s);
}

export interface ChangedFiles {
  files: ChangedFile[];
  /** The merge base the change is measured from. */
  mergeBase: string;
  /** Things a reviewer should know about how the list was made (e.g. rename detection skipped). */
  notes: string[];
}

/**
 * Every change from the merge base of `base` and `head` to `head`, as a pull request shows it.
 * Renames are detected (`-M`, git's default rename limit); copies are not: `-C` makes git give up
 * rename detection on large PRs, and a copy is judged on its own path as an added file anyway.
 * When git skips rename detection (too many files), renames count as a deletion plus an
 * addition, which is stricter, and a note says so.
 *
 * A file git calls binary (one NUL byte, or attributes in the repository saying so) still has a
 * size: it counts every line of the old side as deleted and every line of the new side as added
 * (see countLines), read from the blobs.
 */
export async function readChangedFiles(git: GitReader, base: string, head: string): Promise<ChangedFiles> {
  let objects: ObjectBatch | null = null;
  try {
    return await readChangesFrom(git, await readMergeBase(git, base, head), head, () => (objects ??= git.objects()));
  } finally {
    await (objects as ObjectBatch | null)?.close();
  }
}

/** The merge base readChangedFiles measures from. */
export async function readMergeBase(git: GitReader, base: string, head: string): Promise<string> {
  return (await git.text(['merge-base', '--end-of-options', base, head])).trim();
}

/**
 * readChangedFiles from a merge base already known; binary files' blobs are read through the
 * batch `objects()` gives (asked for only when there is a binary file).
 */
export async function readChangesFrom(git: GitReader, mergeBase: string, head: string, objects: () => ObjectBatch): Promise<ChangedFiles> {
  const { stdout, stderr } = await git.runWithStderr([
    'diff-tree',
    '-r',
    '-z',
    '-M',
    '--raw',
    '--numstat',
    '--no-ext-diff',
    '--no-textconv',
    '--ignore-submodules=none',
    '--no-color',
    '--end-of-options',
    mergeBase,
    head,
  ]);
  const notes = /rename detection was skipped/i.test(stderr)
    ? [
        'Git skipped rename detection because the change has too many added and deleted files: each rename counts as a deletion plus an addition.',
      ]
    : [];
  const entries = parseWithOids(stdout);
  const binaries = entries.filter((e) => e.file.binary);
  // Every binary blob is asked for at once; the batch answers in order.
  const batch = binaries.length > 0 ? objects() : null;
  await Promise.all(
    binaries.map(async (e) => {
      const [deletions, additions] = await Promise.all([blobLines(batch!, e.oldOid), blobLines(batch!, e.newOid)]);
      e.file.deletions = deletions;
      e.file.additions = additions;
    }),
  );
  return { files: entries.map((e) => e.file), mergeBase, notes };
}

async function blobLines(objects: ObjectBatch, oid: string): Promise<number> {
  if (/^0+$/.test(oid)) return 0;
  const blob = await objects.read(oid);
  if (blob === null || blob.type !== 'blob') throw new GitError(`git cat-file failed: ${oid} is not a blob in this repository`, '');
  return countLines(blob.content);
}

/**
 * The lines of a file as `max_diff_lines` counts a binary one: its newline-separated pieces,
 * a last piece without a newline included. Empty content has none.
 */
export function countLines(bytes: Uint8Array): number {
  if (bytes.length === 0) return 0;
  let n = 0;
  for (let i = bytes.indexOf(10); i !== -1; i = bytes.indexOf(10, i + 1)) n++;
  return bytes[bytes.length - 1] === 10 ? n : n + 1;
}
