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
export declare const SEARCH_LIMITS: {
    maxStates: number;
    maxLength: number;
};
/**
 * Starts a search of the two writable sets. Throws nothing: an automaton it cannot read makes the
 * search incomplete.
 */
export declare function searchPathSets(oldPatterns: PathPatterns, newPatterns: PathPatterns, alwaysForbidden: readonly string[]): PathSetSearch;
