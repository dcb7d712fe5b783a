/** Reviewer pools as configured, and what can be said about membership without asking GitHub. Pure. */
import type { PoolMembership } from './types.js';

/**
 * A reviewer-pools map (the Action's `reviewer-pools` input, `admit --reviewer-pools FILE`):
 * pool → a login or `org/team` slug, or a list of them. Throws with the reason, naming `where`.
 */
export function parseReviewerPools(parsed: unknown, where: string): Record<string, string[]> {
  if (parsed === null || parsed === undefined) return {};
  if (typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error(`${where} must be a YAML map`);
  const pools: Record<string, string[]> = {};
  for (const [pool, members] of Object.entries(parsed as Record<string, unknown>)) {
    const list = typeof members === 'string' ? [members] : members;
    if (!Array.isArray(list) || !list.every((m) => typeof m === 'string' && m.trim() !== '')) {
      throw new Error(`${where}: pool "${pool}" must list logins or org/team slugs`);
    }
    pools[pool] = list.map((m: string) => m.trim());
  }
  return pools;
}

/**
 * Membership with no API to ask (local mode): login entries compare case-insensitively; a login
 * that a pool holds only through an `org/team` entry cannot be verified.
 */
export function offlinePoolMembership(
  pools: Record<string, string[]>,
  candidates: string[],
): Record<string, Record<string, PoolMembership>> {
  const membership: Record<string, Record<string, PoolMembership>> = {};
  for (const [pool, members] of Object.entries(pools)) {
    const logins = new Set(members.filter((m) => !m.includes('/')).map((m) => m.toLowerCase()));
    const hasTeams = members.some((m) => m.includes('/'));
    membership[pool] = {};
    for (const c of candidates) membership[pool][c] = logins.has(c.toLowerCase()) ? 'member' : hasTeams ? 'unverifiable' : 'not_member';
  }
  return membership;
}
