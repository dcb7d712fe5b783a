/**
 * Request values copied for echoing, logging or serialising, with their depth bounded: JSON.parse
 * reads arrays nested a hundred thousand deep, but JSON.stringify and any recursive serialiser
 * overflow the stack on them, so nothing deeper than MAX_ECHO_DEPTH is carried into a decision.
 */
export declare const MAX_ECHO_DEPTH = 32;
/**
 * A JSON copy of a value: containers nested deeper than `maxDepth` (the value itself is depth 1)
 * become a short string saying so; non-finite numbers and values JSON has no form for become null.
 * Recursion is bounded by `maxDepth`, so it never overflows.
 */
export declare function boundedJson(value: unknown, maxDepth?: number): unknown;
