/**
 * A pack index: where each workflow of a pack sits in the pack's bytes, written after a load that
 * validated the whole pack. With it, a later load of the same bytes (same SHA-256) parses only the
 * top-level fields and, on first lookup, the workflows asked for, each of which is validated again
 * then; what the index vouches for is that the other workflows were valid and the ids unique.
 * Only a pack in the generator's layout (ASCII, 2-space indentation) is indexed.
 */
import { isAscii } from 'node:buffer';
import { quoteAscii } from '../util/index.js';

export const PACK_INDEX_FORMAT = 1;

export interface PackIndex {
  format: typeof PACK_INDEX_FORMAT;
  pack_sha256: string;
  byte_length: number;
  /** Offset of the `[` that opens workflow_policies. */
  head_end: number;
  /** Each workflow in pack order: its id, and the offsets of its opening `{` and just after its `}`. */
  workflows: [id: string, start: number, end: number][];
  /** Every allowed agent class of every workflow, lower-cased. */
  agent_classes: string[];
}

const OPEN = '\n  "workflow_policies": ';
const BEFORE_FIRST = '[\n    ';
const BETWEEN = ',\n    ';
const AFTER_LAST = '\n  ]\n}\n';
const NEXT = '\n    },\n    {';

/** Where indexes are kept between loads (the CLI's is a private cache directory). */
export interface PackIndexStore {
  /** The index kept for a pack with this SHA-256 and length, or undefined. */
  find(packSha256: string, byteLength: number): unknown;
  /** Keeps the index a whole load made. */
  save(index: PackIndex): void;
}

/** The index of a pack that has just been validated whole, or null when its bytes are not in the generator's layout. */
export function indexPack(
  bytes: Uint8Array,
  text: string,
  packSha256: string,
  ids: readonly string[],
  agentClasses: ReadonlySet<string>,
): PackIndex | null {
  if (ids.length === 0 || !isAscii(bytes) || !text.endsWith('}' + AFTER_LAST)) return null;
  const open = text.indexOf(OPEN + BEFORE_FIRST + '{\n');
  if (open < 0) return null;
  const headEnd = open + OPEN.length;
  const workflows: PackIndex['workflows'] = [];
  let start = headEnd + BEFORE_FIRST.length;
  for (let i = 0; i < ids.length; i++) {
    const last = i === ids.length - 1;
    const next = text.indexOf(NEXT, start);
    if (last !== next < 0) return null;
    const end = last ? text.length - AFTER_LAST.length : next + NEXT.length - BETWEEN.length - 1;
    // The last member of a workflow, in sorted key order, is its id: the split found this workflow.
    const idLine = `"workflow_id": ${quoteAscii(ids[i]!)}\n    }`;
    if (!text.startsWith(idLine, end - idLine.length)) return null;
    workflows.push([ids[i]!, start, end]);
    start = end + BETWEEN.length;
  }
  return {
    format: PACK_INDEX_FORMAT,
    pack_sha256: packSha256,
    byte_length: bytes.length,
    head_end: headEnd,
    workflows,
    agent_classes: [...agentClasses].sort(),
  };
}

/**
 * A stored index, if it has the shape of one and fits these bytes: the same SHA-256 and length,
 * ascending ranges with the generator's separators between them, unique ids. Anything else is null.
 */
export function readPackIndex(value: unknown, bytes: Uint8Array, packSha256: string): PackIndex | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  if (v.format !== PACK_INDEX_FORMAT || v.pack_sha256 !== packSha256 || v.byte_length !== bytes.length) return null;
  const { head_end: headEnd, workflows, agent_classes: agents } = v;
  if (!isOffset(headEnd, bytes.length) || !Array.isArray(workflows) || workflows.length === 0) return null;
  if (!Array.isArray(agents) || !agents.every((a) => typeof a === 'string' && a === a.toLowerCase())) return null;
  if (!bytesAre(bytes, headEnd - OPEN.length, OPEN + BEFORE_FIRST)) return null;
  const ids = new Set<string>();
  let expectStart = headEnd + BEFORE_FIRST.length;
  for (let i = 0; i < workflows.length; i++) {
    const entry: unknown = workflows[i];
    if (!Array.isArray(entry) || entry.length !== 3) return null;
    const id: unknown = entry[0];
    const start: unknown = entry[1];
    const end: unknown = entry[2];
    if (typeof id !== 'string' || ids.has(id) || start !== expectStart || !isOffset(end, bytes.length)) return null;
    if (end <= expectStart + 1 || bytes[expectStart] !== 0x7b || bytes[end - 1] !== 0x7d) return null;
    ids.add(id);
    const last = i === workflows.length - 1;
    if (!bytesAre(bytes, end, last ? AFTER_LAST : BETWEEN)) return null;
    if (last && end + AFTER_LAST.length !== bytes.length) return null;
    expectStart = end + BETWEEN.length;
  }
  return value as PackIndex;
}

function isOffset(n: unknown, length: number): n is number {
  return typeof n === 'number' && Number.isInteger(n) && n > 0 && n < length;
}

function bytesAre(bytes: Uint8Array, at: number, ascii: string): boolean {
  if (at < 0 || at + ascii.length > bytes.length) return false;
  for (let i = 0; i < ascii.length; i++) if (bytes[at + i] !== ascii.charCodeAt(i)) return false;
  return true;
}
