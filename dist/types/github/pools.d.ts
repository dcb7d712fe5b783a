/**
 * Reviewer-pool membership, as far as the token lets us verify it.
 *
 * A pool lists logins and/or `org/team` slugs. A login entry is compared case-insensitively with
 * no request. A team entry asks GET /orgs/{org}/teams/{team_slug}/memberships/{username}:
 * 200 with state "active" → member; "pending" (an unaccepted invitation) or 404 → not a member;
 * 401, 403 or any other failure → unverifiable, with the reason, and the review is not counted.
 */
import type { PoolMembership } from '../admission/types.js';
import { type GitHubClient } from './octokit.js';
export interface PoolResolution {
    membership: Record<string, Record<string, PoolMembership>>;
    /** Why a membership could not be verified, one sentence each. */
    notes: string[];
}
export declare function resolvePoolMembership(gh: GitHubClient, pools: Record<string, string[]>, candidates: string[]): Promise<PoolResolution>;
