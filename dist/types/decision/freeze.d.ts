/** Freezes a parsed JSON value throughout; leaves are skipped before the call, a large pack has many. */
export declare function deepFreeze(value: object): void;
