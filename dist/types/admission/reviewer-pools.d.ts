/** Reviewer pools as configured, and what can be said about membership without asking GitHub. Pure. */
import type { PoolMembership } from './types.js';
/**
 * A reviewer-pools map (the Action's `reviewer-pools` input, `admit --reviewer-pools FILE`):
 * pool → a login or `org/team` slug, or a list of them. Throws with the reason, naming `where`.
 */
export declare function parseReviewerPools(parsed: unknown, where: string): Record<string, string[]>;
/**
 * Membership with no API to ask (local mode): login entries compare case-insensitively; a login
 * that a pool holds only through an `org/team` entry cannot be verified.
 */
export declare function offlinePoolMembership(pools: Record<string, string[]>, candidates: string[]): Record<string, Record<string, PoolMembership>>;
