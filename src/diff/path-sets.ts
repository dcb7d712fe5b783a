/**
 * The exact comparison of two workflows' writable path sets: allowed ∖ forbidden as the engine
 * matches them (its own regular expressions, through the automata it simulates), explored as a
 * product breadth first, so a witness is a shortest path in one set and not the other.
 *
 * A path is writable when an allowed pattern's (case-sensitive) expression matches it and no
 * forbidden pattern's expression does (case-insensitive, their variants covering every directory
 * above the path, plus the case-sensitive variants of negated classes); the always-forbidden globs
 * are forbidden on both sides. Only clean paths are explored (no empty, "." or ".." segment, no
 * percent-encoded separator, no outer white space, no character the engine refuses): the engine
 * refuses every other path on both sides.
 *
 * The units of the alphabet are one representative per class of units that every automaton's
 * every atom treats alike, computed over all 65,536 UTF-16 units, so no unit is left out. The
 * caller verifies each witness with the engine itself and asks for the next one when it does not
 * hold.
 */
import {
  fnmatchExactSources,
  normalizePattern,
  compileScopeMatchers,
  automatonView,
  UnsupportedRegex,
  findUnsafeChar,
  pyStrip,
} from '../decision/index.js';
import { Explorer } from './explorer.js';

export interface PathPatterns {
  allowed: readonly string[];
  forbidden: readonly string[];
}

export interface PathSetSearch {
  /** The next path NEW writes and OLD does not ("widening") or the reverse, shortest first; null when there is none. */
  next(direction: 'widening' | 'narrowing'): string | null;
  /** False when the search stopped at its bound or the automata could not be read: a null from next() then proves nothing. */
  readonly complete: boolean;
}

/** Bounds that keep a pathological pattern set from taking the search's time. */
export const SEARCH_LIMITS = { maxStates: 40_000, maxLength: 160 };

interface SideAutomata {
  allowed: Explorer | null;
  forbidden: Explorer[];
}

function union(sources: string[]): string | null {
  return sources.length === 0 ? null : sources.map((s) => `(?:${s})`).join('|');
}

function sideAutomata(p: PathPatterns, extraForbidden: readonly string[]): SideAutomata {
  const problems: string[] = [];
  const forbiddenPatterns = [...p.forbidden, ...extraForbidden];
  const m = compileScopeMatchers([...p.allowed], forbiddenPatterns, problems, 'diff');
  const allowed = union(m.allowed.map((a) => a.regex.source));
  const folded = union(m.forbidden.map((f) => f.regex.source));
  const exact = union(
    forbiddenPatterns.flatMap((f) => {
      const n = normalizePattern(f);
      return n === '' ? [] : fnmatchExactSources(n);
    }),
  );
  const flagsOf = (x: { regex: RegExp }[]): string => (x.length > 0 ? x[0]!.regex.flags : '');
  return {
    allowed: allowed === null ? null : new Explorer(automatonView(allowed, flagsOf(m.allowed))),
    forbidden: [
      ...(folded === null ? [] : [new Explorer(automatonView(folded, flagsOf(m.forbidden)))]),
      ...(exact === null ? [] : [new Explorer(automatonView(exact, ''))]),
    ],
  };
}

let preference: Uint16Array | null = null;

/** All UTF-16 units, those that make the plainest witnesses first. */
function preferenceOrder(): Uint16Array {
  if (preference) return preference;
  const order: number[] = [];
  const seen = new Uint8Array(65536);
  const add = (u: number): void => {
    if (!seen[u]) {
      seen[u] = 1;
      order.push(u);
    }
  };
  for (const ch of '/abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-_.') add(ch.charCodeAt(0));
  for (let u = 0x21; u < 0x7f; u++) if (u !== 0x25 && u !== 0x5c) add(u);
  add(0x25);
  add(0x20);
  for (let u = 0xa0; u < 0x10000; u++) if (u < 0xd800 || u > 0xdfff) add(u);
  for (let u = 0xd800; u <= 0xdfff; u++) add(u);
  for (let u = 0; u < 65536; u++) add(u);
  preference = Uint16Array.from(order);
  return preference;
}

let refused: Uint8Array | null = null;

/** Units the engine refuses in any path: controls, bidi controls, line separators, the backslash. */
function refusedUnits(): Uint8Array {
  if (refused) return refused;
  refused = new Uint8Array(65536);
  for (let u = 0; u < 65536; u++) if (u === 0x5c || findUnsafeChar(String.fromCharCode(u)) !== -1) refused[u] = 1;
  return refused;
}

let allUnits: string | null = null;

/** Membership of every unit in an atom, by V8 itself (the atom is one unit wide). */
function membership(atom: string, flags: string): Uint8Array {
  const m = new Uint8Array(65536);
  if (atom === '') return m.fill(1);
  if (allUnits === null) {
    const chunks: string[] = [];
    for (let u = 0; u < 65536; u += 4096) chunks.push(String.fromCharCode(...Array.from({ length: 4096 }, (_, i) => u + i)));
    allUnits = chunks.join('');
  }
  const re = new RegExp(atom, `g${flags}`);
  for (const hit of allUnits.matchAll(re)) m[hit.index] = 1;
  return m;
}

/**
 * One unit per class of units no atom tells apart, in preference order. Units the engine refuses in
 * a path (controls, bidi controls, line separators, the backslash) are left out.
 */
function alphabet(explorers: Explorer[]): number[] {
  const cls = new Int32Array(65536);
  let classes = 1;
  const done = new Set<string>();
  for (const e of explorers) {
    for (const atom of e.atoms()) {
      const key = `${e.flags}/${atom}`;
      if (done.has(key)) continue;
      done.add(key);
      const m = membership(atom, e.flags);
      const table = new Int32Array(classes * 2).fill(-1);
      let next = 0;
      for (let u = 0; u < 65536; u++) {
        const k = cls[u]! * 2 + m[u]!;
        let id = table[k]!;
        if (id === -1) table[k] = id = next++;
        cls[u] = id;
      }
      classes = next;
    }
  }
  const picked = new Uint8Array(classes);
  const out: number[] = [];
  const refused = refusedUnits();
  for (const u of preferenceOrder()) {
    if (picked[cls[u]!] || refused[u]) continue;
    picked[cls[u]!] = 1;
    out.push(u);
  }
  // "/" and "." steer the path's cleanliness, "%" its percent-encoding test: each is its own symbol.
  for (const u of [0x2f, 0x2e, 0x25, 0x32, 0x35, 0x65, 0x45, 0x66, 0x46, 0x63, 0x43]) if (!out.includes(u)) out.push(u);
  return out;
}

const isWhite = (u: number): boolean => pyStrip(String.fromCharCode(u)) === '';

/**
 * The cleanliness of a prefix as one small number: segment (0 empty, 1 ".", 2 "..", 3 other) ×
 * percent state (0, 1 after "%", 2 after "%2", 3 after "%5") × last unit white space; -1 refused.
 */
function cleanStep(state: number, u: number): number {
  const seg = state & 3;
  const pct = (state >> 2) & 3;
  const atStart = state === 0;
  if (u === 0x2f) {
    if (seg !== 3) return -1;
  } else if (atStart && isWhite(u)) return -1;
  if (pct === 2 && (u === 0x65 || u === 0x45 || u === 0x66 || u === 0x46)) return -1;
  if (pct === 3 && (u === 0x63 || u === 0x43)) return -1;
  const nextSeg = u === 0x2f ? 0 : u === 0x2e ? (seg === 0 ? 1 : seg === 1 ? 2 : 3) : 3;
  const nextPct = u === 0x25 ? 1 : pct === 1 && u === 0x32 ? 2 : pct === 1 && u === 0x35 ? 3 : 0;
  return nextSeg | (nextPct << 2) | (isWhite(u) ? 16 : 0) | 32;
}

function cleanEnd(state: number): boolean {
  return (state & 3) === 3 && (state & 16) === 0;
}

interface Node {
  ids: number[];
  clean: number;
  parent: number;
  unit: number;
}

/**
 * Starts a search of the two writable sets. Throws nothing: an automaton it cannot read makes the
 * search incomplete.
 */
export function searchPathSets(oldPatterns: PathPatterns, newPatterns: PathPatterns, alwaysForbidden: readonly string[]): PathSetSearch {
  let sides: [SideAutomata, SideAutomata];
  try {
    sides = [sideAutomata(oldPatterns, alwaysForbidden), sideAutomata(newPatterns, alwaysForbidden)];
  } catch (err) {
    if (err instanceof UnsupportedRegex) return { next: () => null, complete: false };
    throw err;
  }
  const explorers: Explorer[] = [];
  const slot = (e: Explorer | null): number => (e === null ? -1 : explorers.push(e) - 1);
  const layout = sides.map((s) => ({ allowed: slot(s.allowed), forbidden: s.forbidden.map(slot) }));
  const units = alphabet(explorers);

  const nodes: Node[] = [{ ids: explorers.map((e) => e.initial), clean: 0, parent: -1, unit: -1 }];
  const seen = new Set<string>([nodes[0]!.ids.join(',') + '#0']);
  let head = 0;
  let complete = true;
  const found = { widening: [] as number[], narrowing: [] as number[] };
  const used = { widening: 0, narrowing: 0 };

  const writable = (n: Node, side: number): boolean => {
    const l = layout[side]!;
    if (l.allowed === -1 || !explorers[l.allowed]!.accepts(n.ids[l.allowed]!)) return false;
    return l.forbidden.every((f) => !explorers[f]!.accepts(n.ids[f]!));
  };
  const alive = (n: Node, side: number): boolean => {
    const l = layout[side]!;
    return l.allowed !== -1 && n.ids[l.allowed] !== explorers[l.allowed]!.dead;
  };
  const judge = (index: number): void => {
    const n = nodes[index]!;
    if (index === 0 || !cleanEnd(n.clean)) return;
    const o = writable(n, 0);
    const w = writable(n, 1);
    if (w && !o) found.widening.push(index);
    if (o && !w) found.narrowing.push(index);
  };
  const pathOf = (index: number): string => {
    const units: number[] = [];
    for (let i = index; i > 0; i = nodes[i]!.parent) units.push(nodes[i]!.unit);
    return String.fromCharCode(...units.reverse());
  };

  /** Expands the breadth-first frontier until `direction` has an unused candidate or the search ends. */
  const advance = (direction: 'widening' | 'narrowing'): void => {
    while (found[direction].length <= used[direction] && head < nodes.length) {
      if (nodes.length > SEARCH_LIMITS.maxStates) {
        complete = false;
        return;
      }
      const index = head++;
      const n = nodes[index]!;
      if (!alive(n, 0) && !alive(n, 1)) continue;
      let depth = 0;
      for (let i = index; i > 0; i = nodes[i]!.parent) depth++;
      if (depth >= SEARCH_LIMITS.maxLength) {
        complete = false;
        continue;
      }
      for (const u of units) {
        const clean = cleanStep(n.clean, u);
        if (clean === -1) continue;
        const ids = n.ids.map((id, k) => explorers[k]!.step(id, u));
        const key = `${ids.join(',')}#${clean}`;
        if (seen.has(key)) continue;
        seen.add(key);
        nodes.push({ ids, clean, parent: index, unit: u });
        judge(nodes.length - 1);
      }
    }
  };

  return {
    next(direction) {
      try {
        advance(direction);
      } catch (err) {
        // A construct only met while exploring (a lookahead inside a lookahead): stop, incomplete.
        if (!(err instanceof UnsupportedRegex)) throw err;
        complete = false;
        head = nodes.length;
      }
      const list = found[direction];
      if (list.length <= used[direction]) return null;
      return pathOf(list[used[direction]++]!);
    },
    get complete() {
      return complete;
    },
  };
}
