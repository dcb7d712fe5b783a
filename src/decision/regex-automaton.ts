/**
 * A regular-expression tester without backtracking, for the path matchers' patterns.
 *
 * V8 tests a JavaScript regular expression by backtracking, which takes exponential time on some
 * glob translations ("*a*a*b" against 4,096 "a"s and a "c": many seconds). This tester answers
 * exactly what `new RegExp(source, flags).test(s)` answers, but simulates the expression as a
 * Thompson automaton over all its states at once (Pike's method): O(|s| × states) per test. Each
 * (lookahead, position) is evaluated at most once: by V8 on the lookahead's body alone when that
 * body matches a bounded number of units (its backtracking is then bounded by the body, not by the
 * path; picomatch's lookaheads are all such), else by a nested simulation, O(|s| × states). A match
 * is a yes/no question about a regular language here (no backreferences), so the answer does not
 * depend on the order in which a backtracking engine would try the alternatives.
 *
 * It reads the subset of the syntax that picomatch and our fnmatch translation produce, in
 * non-Unicode mode with flags "" or "i": literals, escapes, classes, ".", groups, alternation,
 * greedy and lazy quantifiers, "^", "$" and lookaheads. Each single-character atom is decided by V8
 * itself, on that one character (cached per atom), so character classes and case folding are V8's own.
 * Anything else throws UnsupportedRegex.
 */

export class UnsupportedRegex extends Error {}

/** A test of one UTF-16 unit. */
interface Atom {
  /** For a case-sensitive plain literal: its code unit; otherwise -1. */
  code: number;
  /**
   * V8's answers per code unit, filled as units are met, in pages of 256 by the unit's high byte:
   * 0 unknown, 1 yes, 2 no. Null when the atom matches any unit.
   */
  pages: (Uint8Array | undefined)[] | null;
  probe: RegExp | null;
}

type Node =
  | { t: 'atom'; atom: Atom }
  | { t: 'seq'; items: Node[] }
  | { t: 'alt'; options: Node[] }
  | { t: 'repeat'; body: Node; min: number; max: number }
  | { t: 'bol' }
  | { t: 'eol' }
  | { t: 'look'; body: Node; negative: boolean; source: string };

function newAtom(source: string, flags: string): Atom {
  if (source === '[\\s\\S]' || source === '[^]') return { code: -1, pages: null, probe: null };
  if (flags === '' && source.length === 1 && source !== '.') return { code: source.charCodeAt(0), pages: null, probe: null };
  return { code: -1, pages: [], probe: new RegExp(`^(?:${source})$`, flags) };
}

function atomMatches(atom: Atom, unit: number): boolean {
  const pages = atom.pages!;
  const high = unit >> 8;
  const page = pages[high] ?? (pages[high] = new Uint8Array(256));
  let v = page[unit & 0xff]!;
  if (v === 0) {
    v = atom.probe!.test(String.fromCharCode(unit)) ? 1 : 2;
    page[unit & 0xff] = v;
  }
  return v === 1;
}

const CLASS_ESCAPES = 'dDwWsS';
const CONTROL_ESCAPES = 'fnrtv';

class Parser {
  private i = 0;
  /** Atoms by source, shared by the expression's repeats of the same atom. */
  private readonly atoms = new Map<string, Atom>();
  constructor(
    private readonly src: string,
    private readonly flags: string,
  ) {}

  parse(): Node {
    const node = this.disjunction();
    if (this.i !== this.src.length) throw new UnsupportedRegex(`unexpected ${JSON.stringify(this.src[this.i])} at ${this.i}`);
    return node;
  }

  private disjunction(): Node {
    const options = [this.alternative()];
    while (this.src[this.i] === '|') {
      this.i++;
      options.push(this.alternative());
    }
    return options.length === 1 ? options[0]! : { t: 'alt', options };
  }

  private alternative(): Node {
    const items: Node[] = [];
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') items.push(this.term());
    return items.length === 1 ? items[0]! : { t: 'seq', items };
  }

  private term(): Node {
    const s = this.src;
    const c = s[this.i]!;
    if (c === '^') {
      this.i++;
      return { t: 'bol' };
    }
    if (c === '$') {
      this.i++;
      return { t: 'eol' };
    }
    if (s.startsWith('(?=', this.i) || s.startsWith('(?!', this.i)) {
      const start = this.i;
      const negative = s[this.i + 2] === '!';
      this.i += 3;
      const body = this.disjunction();
      this.expect(')');
      if ('*+?{'.includes(s[this.i] ?? '')) throw new UnsupportedRegex('quantified lookahead');
      return { t: 'look', body, negative, source: s.slice(start + 3, this.i - 1) };
    }
    const atom = this.atom();
    return this.quantifier(atom);
  }

  private atom(): Node {
    const s = this.src;
    const start = this.i;
    const c = s[this.i]!;
    if (c === '(') {
      if (s.startsWith('(?:', this.i)) this.i += 3;
      else if (s.startsWith('(?<', this.i) && s[this.i + 3] !== '=' && s[this.i + 3] !== '!') {
        const close = s.indexOf('>', this.i);
        if (close === -1) throw new UnsupportedRegex('unclosed group name');
        this.i = close + 1;
      } else if (s[this.i + 1] === '?') throw new UnsupportedRegex('unsupported group');
      else this.i++;
      const body = this.disjunction();
      this.expect(')');
      return body;
    }
    if (c === '[') {
      this.skipClass();
      return this.leaf(s.slice(start, this.i));
    }
    if (c === '\\') {
      this.skipEscape(false);
      return this.leaf(s.slice(start, this.i));
    }
    // "{", "}" and "]" outside a quantifier or class are literals (Annex B); V8 has already
    // rejected a quantifier with nothing to repeat.
    if ('*+?)|'.includes(c)) throw new UnsupportedRegex(`unexpected ${JSON.stringify(c)} at ${this.i}`);
    this.i++;
    return this.leaf(c);
  }

  private leaf(source: string): Node {
    let atom = this.atoms.get(source);
    if (!atom) this.atoms.set(source, (atom = newAtom(source, this.flags)));
    return { t: 'atom', atom };
  }

  private quantifier(body: Node): Node {
    const s = this.src;
    let min: number;
    let max: number;
    const c = s[this.i];
    if (c === '*') [min, max] = [0, Infinity];
    else if (c === '+') [min, max] = [1, Infinity];
    else if (c === '?') [min, max] = [0, 1];
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(s.slice(this.i, this.i + 24));
      if (!m) return body; // a literal "{" (Annex B)
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      if (max < min || min > 100 || (max !== Infinity && max > 100)) throw new UnsupportedRegex('unsupported repeat count');
      this.i += m[0].length - 1;
    } else return body;
    this.i++;
    if (s[this.i] === '?') this.i++; // lazy or greedy: the same set of matches
    return { t: 'repeat', body, min, max };
  }

  private skipEscape(inClass: boolean): void {
    const s = this.src;
    const c = s[this.i + 1];
    if (c === undefined) throw new UnsupportedRegex('trailing backslash');
    if (c === 'u') {
      if (!/^[0-9a-fA-F]{4}$/.test(s.slice(this.i + 2, this.i + 6))) throw new UnsupportedRegex('bad \\u escape');
      this.i += 6;
    } else if (c === 'x') {
      if (!/^[0-9a-fA-F]{2}$/.test(s.slice(this.i + 2, this.i + 4))) throw new UnsupportedRegex('bad \\x escape');
      this.i += 4;
    } else if (
      !/[0-9A-Za-z]/.test(c) ||
      CLASS_ESCAPES.includes(c) ||
      CONTROL_ESCAPES.includes(c) ||
      (c === '0' && !/\d/.test(s[this.i + 2] ?? '')) ||
      (inClass && c === 'b')
    ) {
      // An identity escape (any character but a letter or digit), a class or control escape, NUL.
      this.i += 2;
    } else throw new UnsupportedRegex(`unsupported escape \\${c}`);
  }

  /** Skips a class; its text is handed to V8 whole, so only its extent matters here. */
  private skipClass(): void {
    const s = this.src;
    this.i++;
    if (s[this.i] === '^') this.i++;
    for (;;) {
      const c = s[this.i];
      if (c === undefined) throw new UnsupportedRegex('unclosed class');
      if (c === ']') break;
      if (c === '\\') this.skipEscape(true);
      else if (c === '[' && s[this.i + 1] === ':') throw new UnsupportedRegex('"[:" in a class');
      else this.i++;
    }
    this.i++;
  }

  private expect(c: string): void {
    if (this.src[this.i] !== c) throw new UnsupportedRegex(`expected ${JSON.stringify(c)} at ${this.i}`);
    this.i++;
  }
}

const CHAR = 0;
const SPLIT = 1;
const BOL = 2;
const EOL = 3;
const LOOK = 4;
const ACCEPT = 5;

/** A state's `code` when its atom is asked (see atomMatches), or when it matches any unit. */
const BY_ATOM = -1;
const ANY_UNIT = -2;

/**
 * The automaton: parallel arrays indexed by state, typed and grown by doubling while it is built;
 * `finish` trims them to `size` (views, not copies), after which `kind.length` is the state count.
 */
class Automaton {
  size = 0;
  kind = new Uint8Array(16);
  out = new Int32Array(16);
  out2 = new Int32Array(16);
  /** What a CHAR state's unit is tested by: a code unit, BY_ATOM or ANY_UNIT (see Machine). */
  code = new Int32Array(16);
  atom: (Atom | null)[] = [];
  /** For LOOK: negative? (1 or 0). */
  negative = new Uint8Array(16);
  /**
   * For LOOK: the index of its memo slot, and the ACCEPT state of its body. Lookaheads with the
   * same body share a slot: at one position they give the same answer (picomatch repeats its few
   * lookaheads at every "*" and "**").
   */
  lookIndex = new Int32Array(16);
  lookAccept = new Int32Array(16);
  /**
   * For LOOK whose body matches at most a bounded number of units: V8's sticky expression of the
   * body, whose backtracking is then bounded by the body alone, whatever the length of the path.
   */
  lookProbe: (RegExp | null)[] = [];
  private readonly lookSlots = new Map<string, number>();
  constructor(private readonly flags: string) {}

  get looks(): number {
    return this.lookSlots.size;
  }

  add(kind: number, out = -1, out2 = -1, atom: Atom | null = null): number {
    const st = this.size++;
    if (st === this.kind.length) this.grow();
    this.kind[st] = kind;
    this.out[st] = out;
    this.out2[st] = out2;
    this.code[st] = atom === null ? ANY_UNIT : atom.code !== -1 ? atom.code : atom.pages === null ? ANY_UNIT : BY_ATOM;
    this.atom.push(atom);
    this.lookIndex[st] = -1;
    this.lookAccept[st] = -1;
    this.lookProbe.push(null);
    return st;
  }

  finish(): void {
    const n = this.size;
    this.kind = this.kind.subarray(0, n);
    this.out = this.out.subarray(0, n);
    this.out2 = this.out2.subarray(0, n);
    this.code = this.code.subarray(0, n);
    this.negative = this.negative.subarray(0, n);
    this.lookIndex = this.lookIndex.subarray(0, n);
    this.lookAccept = this.lookAccept.subarray(0, n);
  }

  private grow(): void {
    const n = this.kind.length * 2;
    const more = <T extends Uint8Array | Int32Array>(a: T, make: new (n: number) => T): T => {
      const b = new make(n);
      b.set(a);
      return b;
    };
    this.kind = more(this.kind, Uint8Array);
    this.out = more(this.out, Int32Array);
    this.out2 = more(this.out2, Int32Array);
    this.code = more(this.code, Int32Array);
    this.negative = more(this.negative, Uint8Array);
    this.lookIndex = more(this.lookIndex, Int32Array);
    this.lookAccept = more(this.lookAccept, Int32Array);
  }

  /** Builds `node` followed by state `next`, backwards; returns the entry state. */
  build(node: Node, next: number): number {
    switch (node.t) {
      case 'atom':
        return this.add(CHAR, next, -1, node.atom);
      case 'bol':
        return this.add(BOL, next);
      case 'eol':
        return this.add(EOL, next);
      case 'seq': {
        let s = next;
        for (let k = node.items.length - 1; k >= 0; k--) s = this.build(node.items[k]!, s);
        return s;
      }
      case 'alt': {
        let s = this.build(node.options[node.options.length - 1]!, next);
        for (let k = node.options.length - 2; k >= 0; k--) s = this.add(SPLIT, this.build(node.options[k]!, next), s);
        return s;
      }
      case 'repeat': {
        let s = next;
        if (node.max === Infinity) {
          const loop = this.add(SPLIT, -1, next);
          // Built first: building may grow (replace) the arrays.
          const body = this.build(node.body, loop);
          this.out[loop] = body;
          s = loop;
        } else {
          // Each optional copy may be left for `next`: X{0,2} is (X(X)?)?.
          for (let k = node.min; k < node.max; k++) s = this.add(SPLIT, this.build(node.body, s), next);
        }
        for (let k = 0; k < node.min; k++) s = this.build(node.body, s);
        return s;
      }
      case 'look': {
        const accept = this.add(ACCEPT);
        const body = this.build(node.body, accept);
        const s = this.add(LOOK, next, body);
        this.negative[s] = node.negative ? 1 : 0;
        let slot = this.lookSlots.get(node.source);
        if (slot === undefined) this.lookSlots.set(node.source, (slot = this.lookSlots.size));
        this.lookIndex[s] = slot;
        this.lookAccept[s] = accept;
        if (maxLength(node.body) !== Infinity) this.lookProbe[s] = new RegExp(node.source, `y${this.flags}`);
        return s;
      }
    }
  }
}

export interface LinearRegex {
  readonly source: string;
  readonly flags: string;
  test(s: string): boolean;
}

/**
 * Compiles `source` (with flags "" or "i") into a tester answering as `new RegExp(source,
 * flags).test(s)`. Throws UnsupportedRegex for syntax outside the subset it reads.
 */
export function linearRegex(source: string, flags: string): LinearRegex {
  if (flags !== '' && flags !== 'i') throw new UnsupportedRegex(`unsupported flags ${flags}`);
  new RegExp(source, flags); // a syntax error is V8's to report
  const node = new Parser(source, flags).parse();
  const a = new Automaton(flags);
  const accept = a.add(ACCEPT);
  const start = a.build(node, accept);
  a.finish();
  // An expression that starts with "^" in every alternative can only match at position 0.
  const m = new Machine(a, start, accept, startsAnchored(node));
  return { source, flags, test: (str) => m.test(str) };
}

/**
 * linearRegex, compiled on its first test instead of now, so that a pack's load builds no
 * automaton a decision never asks. `orElse` answers for a source outside the subset (the
 * UnsupportedRegex linearRegex would have thrown).
 */
export function lazyLinearRegex(source: string, flags: string, orElse: (source: string, flags: string) => LinearRegex): LinearRegex {
  return new LazyLinearRegex(source, flags, orElse);
}

class LazyLinearRegex implements LinearRegex {
  #tester: LinearRegex | null = null;
  constructor(
    readonly source: string,
    readonly flags: string,
    private readonly orElse: (source: string, flags: string) => LinearRegex,
  ) {}

  test(s: string): boolean {
    return (this.#tester ?? this.build()).test(s);
  }

  private build(): LinearRegex {
    try {
      this.#tester = linearRegex(this.source, this.flags);
    } catch (err) {
      if (!(err instanceof UnsupportedRegex)) throw err;
      this.#tester = this.orElse(this.source, this.flags);
    }
    return this.#tester;
  }
}

/** The most UTF-16 units `node` can match (Infinity when unbounded). */
function maxLength(node: Node): number {
  switch (node.t) {
    case 'atom':
      return 1;
    case 'seq':
      return node.items.reduce((sum, item) => sum + maxLength(item), 0);
    case 'alt':
      return Math.max(...node.options.map(maxLength));
    case 'repeat':
      return node.max === 0 ? 0 : node.max * maxLength(node.body);
    case 'look':
      // A lookahead consumes nothing, but V8 would backtrack inside it: bounded only if its body is.
      return maxLength(node.body) === Infinity ? Infinity : 0;
    default:
      return 0;
  }
}

function startsAnchored(node: Node): boolean {
  switch (node.t) {
    case 'bol':
      return true;
    case 'seq':
      return node.items.length > 0 && startsAnchored(node.items[0]!);
    case 'alt':
      return node.options.every(startsAnchored);
    default:
      return false;
  }
}

/**
 * The automaton in typed arrays, with the buffers its tests reuse (tests never run concurrently,
 * and a test never calls out). A lookahead's body is simulated by a nested run that shares the
 * marks: its states are disjoint from the enclosing expression's, and every step takes a fresh mark.
 */
class Machine {
  private readonly kind: Uint8Array;
  private readonly out: Int32Array;
  private readonly out2: Int32Array;
  private readonly code: Int32Array;
  private readonly atoms: (Atom | null)[];
  private readonly negative: Uint8Array;
  private readonly lookIndex: Int32Array;
  private readonly lookAccept: Int32Array;
  private readonly lookProbe: (RegExp | null)[];
  private readonly looks: number;
  private readonly mark: Uint32Array;
  private gen = 0;
  /** Two state lists per nesting depth of lookaheads. */
  private readonly lists: Int32Array[] = [];
  private depth = 0;
  private readonly stack: number[] = [];
  /** Lookahead answers of the current test, by lookahead × position: valid where the stamp is the test's. */
  private memoStamp = new Uint32Array(0);
  private memoValue = new Uint8Array(0);
  private stamp = 0;
  private s = '';
  private n = 0;

  constructor(
    a: Automaton,
    private readonly start: number,
    private readonly accept: number,
    private readonly anchored: boolean,
  ) {
    // The automaton's arrays are taken as they are: it is not changed once built.
    this.kind = a.kind;
    this.out = a.out;
    this.out2 = a.out2;
    this.code = a.code;
    this.atoms = a.atom;
    this.negative = a.negative;
    this.lookIndex = a.lookIndex;
    this.lookAccept = a.lookAccept;
    this.lookProbe = a.lookProbe;
    this.looks = a.looks;
    this.mark = new Uint32Array(a.size);
  }

  test(s: string): boolean {
    this.s = s;
    this.n = s.length;
    this.depth = 0;
    this.stack.length = 0;
    if (this.looks > 0) {
      const need = this.looks * (s.length + 1);
      if (this.memoStamp.length < need) {
        this.memoStamp = new Uint32Array(need);
        this.memoValue = new Uint8Array(need);
        this.stamp = 0;
      }
      if (this.stamp === 0xffffffff) {
        this.memoStamp.fill(0);
        this.stamp = 0;
      }
      this.stamp++;
    }
    try {
      return this.run(this.start, this.accept, 0, !this.anchored);
    } finally {
      this.s = '';
    }
  }

  /**
   * Is `accept` reachable from `start` entered at position `from` (or, when `everywhere`, at any
   * position from `from` on)? Every state is on each step's list at most once.
   */
  private run(start: number, accept: number, from: number, everywhere: boolean): boolean {
    const d = this.depth++;
    while (this.lists.length < 2 * d + 2) this.lists.push(new Int32Array(this.kind.length));
    let current = this.lists[2 * d]!;
    let next = this.lists[2 * d + 1]!;
    try {
      let count = this.closure(start, from, accept, this.nextGen(), current, 0);
      if (count < 0) return true;
      const code = this.code;
      const out = this.out;
      const s = this.s;
      for (let pos = from; pos < this.n; pos++) {
        if (count === 0 && !everywhere) return false;
        const unit = s.charCodeAt(pos);
        const gen = this.nextGen();
        let nextCount = 0;
        for (let k = 0; k < count; k++) {
          const st = current[k]!;
          const c = code[st]!;
          if (c === unit || c === ANY_UNIT || (c === BY_ATOM && atomMatches(this.atoms[st]!, unit))) {
            nextCount = this.closure(out[st]!, pos + 1, accept, gen, next, nextCount);
            if (nextCount < 0) return true;
          }
        }
        if (everywhere) {
          nextCount = this.closure(start, pos + 1, accept, gen, next, nextCount);
          if (nextCount < 0) return true;
        }
        const swap = current;
        current = next;
        next = swap;
        count = nextCount;
      }
      return false;
    } finally {
      this.depth--;
    }
  }

  private nextGen(): number {
    if (this.gen === 0xffffffff) {
      this.mark.fill(0);
      this.gen = 0;
    }
    return ++this.gen;
  }

  /**
   * Appends to `list` (holding `count` states) the CHAR states reachable from `state` at `pos`
   * without consuming; returns the new count, or -1 when `accept` is reached.
   */
  private closure(state: number, pos: number, accept: number, gen: number, list: Int32Array, count: number): number {
    const { kind, out, out2, mark, stack } = this;
    const base = stack.length;
    stack.push(state);
    while (stack.length > base) {
      const st = stack.pop()!;
      if (mark[st] === gen) continue;
      mark[st] = gen;
      switch (kind[st]) {
        case CHAR:
          list[count++] = st;
          break;
        case SPLIT:
          stack.push(out2[st]!, out[st]!);
          break;
        case BOL:
          if (pos === 0) stack.push(out[st]!);
          break;
        case EOL:
          if (pos === this.n) stack.push(out[st]!);
          break;
        case LOOK:
          if (this.look(st, pos) !== (this.negative[st] === 1)) stack.push(out[st]!);
          break;
        case ACCEPT:
          if (st === accept) {
            stack.length = base;
            return -1;
          }
          break;
      }
    }
    return count;
  }

  /** Does the lookahead's body match at `pos`? Each (lookahead, position) is simulated once per test. */
  private look(st: number, pos: number): boolean {
    const key = this.lookIndex[st]! * (this.n + 1) + pos;
    if (this.memoStamp[key] === this.stamp) return this.memoValue[key] === 1;
    const probe = this.lookProbe[st];
    let v: boolean;
    if (probe) {
      probe.lastIndex = pos;
      v = probe.test(this.s);
    } else v = this.run(this.out2[st]!, this.lookAccept[st]!, pos, false);
    this.memoStamp[key] = this.stamp;
    this.memoValue[key] = v ? 1 : 0;
    return v;
  }
}

/** One state of an automaton as `automatonView` shows it. */
export type ViewState =
  | {
      kind: 'char';
      out: number;
      /** Does this state's atom take the unit? V8's answer, cached. */ matches: (unit: number) => boolean;
      /** The atom's source ("" when it takes any unit). */ atom: string;
    }
  | { kind: 'split'; out: number; out2: number }
  | { kind: 'bol' | 'eol'; out: number }
  | { kind: 'look'; out: number; negative: boolean; body: number; bodyAccept: number }
  | { kind: 'accept' };

/** The automaton the tester simulates, read-only, for analyses that explore it symbolically. */
export interface AutomatonView {
  readonly source: string;
  readonly flags: string;
  readonly states: readonly ViewState[];
  readonly start: number;
  readonly accept: number;
  /** Does every match start at position 0? */
  readonly anchored: boolean;
}

/** The automaton of `source` (flags "" or "i"), exactly as linearRegex builds it; throws UnsupportedRegex as it does. */
export function automatonView(source: string, flags: string): AutomatonView {
  if (flags !== '' && flags !== 'i') throw new UnsupportedRegex(`unsupported flags ${flags}`);
  new RegExp(source, flags);
  const node = new Parser(source, flags).parse();
  const a = new Automaton(flags);
  const accept = a.add(ACCEPT);
  const start = a.build(node, accept);
  a.finish();
  const states: ViewState[] = Array.from(a.kind, (kind, st): ViewState => {
    const out = a.out[st]!;
    switch (kind) {
      case CHAR: {
        const atom = a.atom[st]!;
        const matches =
          atom.code !== -1 ? (u: number) => u === atom.code : atom.pages === null ? () => true : (u: number) => atomMatches(atom, u);
        const text = atom.code !== -1 ? String.fromCharCode(atom.code) : atom.probe === null ? '' : atom.probe.source.slice(4, -2);
        return { kind: 'char', out, matches, atom: text };
      }
      case SPLIT:
        return { kind: 'split', out, out2: a.out2[st]! };
      case BOL:
        return { kind: 'bol', out };
      case EOL:
        return { kind: 'eol', out };
      case LOOK:
        return { kind: 'look', out, negative: a.negative[st] === 1, body: a.out2[st]!, bodyAccept: a.lookAccept[st]! };
      default:
        return { kind: 'accept' };
    }
  });
  return { source, flags, states, start, accept, anchored: startsAnchored(node) };
}
