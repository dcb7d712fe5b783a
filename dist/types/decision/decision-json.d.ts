import type { Decision } from './types.js';
/** The decision as one line of canonical JSON, without the newline. */
export declare function decisionJsonLine(d: Decision): string;
