import type { PolicyDiff } from './types.js';
/** "3 widenings, 1 narrowing" (or "no change"). */
export declare function diffCounts(diff: PolicyDiff): string;
/** The terminal report: widenings first, each with its witness. Every value from a pack is JSON-quoted in the details. */
export declare function formatDiffText(diff: PolicyDiff, oldLabel: string, newLabel: string): string;
