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
import { type AutomatonView } from '../decision/index.js';
export declare class Explorer {
    private readonly view;
    private readonly states;
    private readonly configs;
    private readonly ids;
    private readonly steps;
    private readonly accepting;
    private readonly closures;
    private readonly obligationSteps;
    /** unit → the representative of the units this automaton's atoms all treat alike. */
    private readonly classes;
    private readonly signatures;
    private readonly charStates;
    /** The id of the configuration with no thread: nothing it leads to can match. */
    readonly dead: number;
    readonly initial: number;
    constructor(view: AutomatonView);
    /** The atoms (source, flags) this automaton tests units with; "" takes any unit. */
    atoms(): string[];
    get flags(): string;
    get size(): number;
    /** The configuration after `config` reads `unit`. */
    step(config: number, unit: number): number;
    /** Does the string read so far match? */
    accepts(config: number): boolean;
    private intern;
    /**
     * The unit-reading states reachable from a thread without reading, each with the obligations
     * gathered on the way, and the obligation sets under which the automaton accepts here.
     */
    private closure;
    /** The same unit's class for this automaton: units no atom of it tells apart step alike. */
    private classOf;
    /** The closure of a bare state (the obligations it spawns on the way), computed once. */
    private stateClosure;
    /** A lookahead body's closure: its unit-reading states, and whether it has matched. */
    private bodyClosure;
    private stepObligation;
    private stepObligationOnce;
    private obligationAtEnd;
}
