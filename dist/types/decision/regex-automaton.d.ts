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
export declare class UnsupportedRegex extends Error {
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
export declare function linearRegex(source: string, flags: string): LinearRegex;
/**
 * linearRegex, compiled on its first test instead of now, so that a pack's load builds no
 * automaton a decision never asks. `orElse` answers for a source outside the subset (the
 * UnsupportedRegex linearRegex would have thrown).
 */
export declare function lazyLinearRegex(source: string, flags: string, orElse: (source: string, flags: string) => LinearRegex): LinearRegex;
/** One state of an automaton as `automatonView` shows it. */
export type ViewState = {
    kind: 'char';
    out: number;
    /** Does this state's atom take the unit? V8's answer, cached. */ matches: (unit: number) => boolean;
    /** The atom's source ("" when it takes any unit). */ atom: string;
} | {
    kind: 'split';
    out: number;
    out2: number;
} | {
    kind: 'bol' | 'eol';
    out: number;
} | {
    kind: 'look';
    out: number;
    negative: boolean;
    body: number;
    bodyAccept: number;
} | {
    kind: 'accept';
};
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
export declare function automatonView(source: string, flags: string): AutomatonView;
