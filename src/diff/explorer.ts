/**
 * Symbolic simulation of one engine automaton (regex-automaton.ts's automatonView) over strings
 * built one unit at a time, for the path-set comparison.
 *
 * A configuration is the set of threads the tester would hold after a prefix. Lookaheads look at
 * characters not yet chosen, so a thread carries its open lookaheads as obligations (the body's
 * states so far, and whether the lookahead is negative): each later unit steps them, and a thread
 * dies when one is decided against it. "$" holds only at the end, so it is followed only when the
 * acceptance of a configuration is asked. Configurations are interned, so the product search can
 * key its states by small ids.
 */
import { UnsupportedRegex, type AutomatonView, type ViewState } from '../decision/index.js';

interface Obligation {
  negative: boolean;
  /** Body states entered, before their closure; sorted. */
  states: number[];
  key: string;
}

function obligation(negative: boolean, states: number[]): Obligation {
  return { negative, states, key: `${negative ? '!' : '='}${states.join(',')}` };
}

const NONE: Obligation[] = [];

interface Thread {
  state: number;
  obligations: Obligation[];
}

interface Config {
  threads: Thread[];
  atStart: boolean;
}

function obligationKey(o: Obligation): string {
  return o.key;
}

function threadKey(t: Thread): string {
  return t.obligations.length === 0 ? String(t.state) : `${t.state}[${t.obligations.map(obligationKey).join(';')}]`;
}

function normaliseObligations(list: Obligation[]): Obligation[] {
  if (list.length === 0) return NONE;
  if (list.length === 1) return list;
  const byKey = new Map<string, Obligation>();
  for (const o of list) byKey.set(obligationKey(o), o);
  return [...byKey.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map((e) => e[1]);
}

export class Explorer {
  private readonly states: readonly ViewState[];
  private readonly configs: Config[] = [];
  private readonly ids = new Map<string, number>();
  private readonly steps = new Map<number, number>();
  private readonly accepting = new Map<number, boolean>();
  private readonly closures = new Map<number, { chars: Thread[]; accepts: Obligation[][] }>();
  private readonly obligationSteps = new Map<string, Obligation | 'satisfied' | 'fail'>();
  /** unit → the representative of the units this automaton's atoms all treat alike. */
  private readonly classes = new Map<number, number>();
  private readonly signatures = new Map<string, number>();
  private readonly charStates: Extract<ViewState, { kind: 'char' }>[];
  /** The id of the configuration with no thread: nothing it leads to can match. */
  readonly dead: number;
  readonly initial: number;

  constructor(private readonly view: AutomatonView) {
    this.states = view.states;
    const atoms = new Map<string, Extract<ViewState, { kind: 'char' }>>();
    for (const st of view.states) if (st.kind === 'char' && !atoms.has(st.atom)) atoms.set(st.atom, st);
    this.charStates = [...atoms.values()];
    this.dead = this.intern([], false);
    this.initial = this.intern([{ state: view.start, obligations: [] }], true);
  }

  /** The atoms (source, flags) this automaton tests units with; "" takes any unit. */
  atoms(): string[] {
    const out = new Set<string>();
    for (const s of this.states) if (s.kind === 'char') out.add(s.atom);
    return [...out];
  }

  get flags(): string {
    return this.view.flags;
  }

  get size(): number {
    return this.configs.length;
  }

  /** The configuration after `config` reads `unit`. */
  step(config: number, unit: number): number {
    const memo = config * 65536 + this.classOf(unit);
    const known = this.steps.get(memo);
    if (known !== undefined) return known;
    const c = this.configs[config]!;
    const next: Thread[] = [];
    for (const t of c.threads) {
      for (const { state, obligations } of this.closure(t, c.atStart, false).chars) {
        const s = this.states[state] as Extract<ViewState, { kind: 'char' }>;
        if (!s.matches(unit)) continue;
        const kept: Obligation[] = [];
        let alive = true;
        for (const o of obligations) {
          const r = this.stepObligation(o, unit, c.atStart);
          if (r === 'fail') {
            alive = false;
            break;
          }
          if (r !== 'satisfied') kept.push(r);
        }
        if (alive) next.push({ state: s.out, obligations: normaliseObligations(kept) });
      }
    }
    if (!this.view.anchored) next.push({ state: this.view.start, obligations: [] });
    const id = this.intern(next, false);
    this.steps.set(memo, id);
    return id;
  }

  /** Does the string read so far match? */
  accepts(config: number): boolean {
    const known = this.accepting.get(config);
    if (known !== undefined) return known;
    const c = this.configs[config]!;
    let yes = false;
    for (const t of c.threads) {
      for (const obligations of this.closure(t, c.atStart, true).accepts) {
        if (obligations.every((o) => this.obligationAtEnd(o, c.atStart))) {
          yes = true;
          break;
        }
      }
      if (yes) break;
    }
    this.accepting.set(config, yes);
    return yes;
  }

  private intern(threads: Thread[], atStart: boolean): number {
    const byKey = new Map<string, Thread>();
    for (const t of threads) byKey.set(threadKey(t), t);
    const keys = [...byKey.keys()].sort();
    const key = `${atStart ? '^' : ''}${keys.join('|')}`;
    const known = this.ids.get(key);
    if (known !== undefined) return known;
    const id = this.configs.length;
    this.configs.push({ threads: keys.map((k) => byKey.get(k)!), atStart });
    this.ids.set(key, id);
    return id;
  }

  /**
   * The unit-reading states reachable from a thread without reading, each with the obligations
   * gathered on the way, and the obligation sets under which the automaton accepts here.
   */
  private closure(t: Thread, atStart: boolean, atEnd: boolean): { chars: Thread[]; accepts: Obligation[][] } {
    const own = this.stateClosure(t.state, atStart, atEnd);
    if (t.obligations.length === 0) return own;
    const merge = (o: Obligation[]): Obligation[] => (o.length === 0 ? t.obligations : normaliseObligations([...t.obligations, ...o]));
    return {
      chars: own.chars.map((c) => ({ state: c.state, obligations: merge(c.obligations) })),
      accepts: own.accepts.map(merge),
    };
  }

  /** The same unit's class for this automaton: units no atom of it tells apart step alike. */
  private classOf(unit: number): number {
    const known = this.classes.get(unit);
    if (known !== undefined) return known;
    let sig = '';
    for (const c of this.charStates) sig += c.matches(unit) ? '1' : '0';
    let rep = this.signatures.get(sig);
    if (rep === undefined) this.signatures.set(sig, (rep = unit));
    this.classes.set(unit, rep);
    return rep;
  }

  /** The closure of a bare state (the obligations it spawns on the way), computed once. */
  private stateClosure(state: number, atStart: boolean, atEnd: boolean): { chars: Thread[]; accepts: Obligation[][] } {
    const memo = state * 4 + (atStart ? 2 : 0) + (atEnd ? 1 : 0);
    const known = this.closures.get(memo);
    if (known) return known;
    const t: Thread = { state, obligations: [] };
    const chars: Thread[] = [];
    const accepts: Obligation[][] = [];
    const seen = new Set<string>();
    const stack: Thread[] = [t];
    while (stack.length > 0) {
      const cur = stack.pop()!;
      const key = threadKey(cur);
      if (seen.has(key)) continue;
      seen.add(key);
      const s = this.states[cur.state]!;
      switch (s.kind) {
        case 'char':
          chars.push(cur);
          break;
        case 'split':
          stack.push({ state: s.out2, obligations: cur.obligations }, { state: s.out, obligations: cur.obligations });
          break;
        case 'bol':
          if (atStart) stack.push({ state: s.out, obligations: cur.obligations });
          break;
        case 'eol':
          if (atEnd) stack.push({ state: s.out, obligations: cur.obligations });
          break;
        case 'look': {
          const o = obligation(s.negative, [s.body]);
          stack.push({ state: s.out, obligations: normaliseObligations([...cur.obligations, o]) });
          break;
        }
        case 'accept':
          if (cur.state === this.view.accept) accepts.push(cur.obligations);
          break;
      }
    }
    const result = { chars, accepts };
    this.closures.set(memo, result);
    return result;
  }

  /** A lookahead body's closure: its unit-reading states, and whether it has matched. */
  private bodyClosure(entered: number[], atStart: boolean, atEnd: boolean): { chars: number[]; matched: boolean } {
    const chars: number[] = [];
    const seen = new Set<number>();
    const stack = [...entered];
    while (stack.length > 0) {
      const st = stack.pop()!;
      if (seen.has(st)) continue;
      seen.add(st);
      const s = this.states[st]!;
      switch (s.kind) {
        case 'char':
          chars.push(st);
          break;
        case 'split':
          stack.push(s.out2, s.out);
          break;
        case 'bol':
          if (atStart) stack.push(s.out);
          break;
        case 'eol':
          if (atEnd) stack.push(s.out);
          break;
        case 'look':
          throw new UnsupportedRegex('a lookahead inside a lookahead');
        case 'accept':
          // A body's accept state: the lookahead's body has matched.
          if (st !== this.view.accept) return { chars, matched: true };
          break;
      }
    }
    return { chars, matched: false };
  }

  private stepObligation(o: Obligation, unit: number, atStart: boolean): Obligation | 'satisfied' | 'fail' {
    const memo = `${atStart ? '^' : ''}${o.key}@${this.classOf(unit)}`;
    let r = this.obligationSteps.get(memo);
    if (r === undefined) this.obligationSteps.set(memo, (r = this.stepObligationOnce(o, unit, atStart)));
    return r;
  }

  private stepObligationOnce(o: Obligation, unit: number, atStart: boolean): Obligation | 'satisfied' | 'fail' {
    const { chars, matched } = this.bodyClosure(o.states, atStart, false);
    let decided: boolean | null = matched ? true : null;
    let next: number[] = [];
    if (decided === null) {
      const set = new Set<number>();
      for (const st of chars) {
        const s = this.states[st] as Extract<ViewState, { kind: 'char' }>;
        if (s.matches(unit)) set.add(s.out);
      }
      next = [...set].sort((a, b) => a - b);
      if (next.length === 0) decided = false;
    }
    if (decided !== null) return decided !== o.negative ? 'satisfied' : 'fail';
    return obligation(o.negative, next);
  }

  private obligationAtEnd(o: Obligation, atStart: boolean): boolean {
    return this.bodyClosure(o.states, atStart, true).matched !== o.negative;
  }
}
