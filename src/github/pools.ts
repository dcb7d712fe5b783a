/**
 * Reviewer-pool membership, as far as the token lets us verify it.
 *
 * A pool lists logins and/or `org/team` slugs. A login entry is compared case-insensitively with
 * no request. A team entry asks GET /orgs/{org}/teams/{team_slug}/memberships/{username}:
 * 200 with state "active" → member; "pending" (an unaccepted invitation) or 404 → not a member;
 * 401, 403 or any other failure → unverifiable, with the reason, and the review is not counted.
 */
import type { PoolMembership } from '../admission/index.js';
import { apiStatus, describeApiError, type GitHubClient } from './octokit.js';

export interface PoolResolution {
  membership: Record<string, Record<string, PoolMembership>>;
  /** Why a membership could not be verified, one sentence each. */
  notes: string[];
}

type TeamAnswer = { state: 'member' | 'not_member' } | { state: 'unverifiable'; reason: string };

export async function resolvePoolMembership(
  gh: GitHubClient,
  pools: Record<string, string[]>,
  candidates: string[],
): Promise<PoolResolution> {
  const membership: Record<string, Record<string, PoolMembership>> = {};
  const notes: string[] = [];
  const teamAnswers = new Map<string, Promise<TeamAnswer>>();
  const askTeam = (org: string, team: string, login: string): Promise<TeamAnswer> => {
    const key = `${org}/${team}/${login}`.toLowerCase();
    let answer = teamAnswers.get(key);
    if (!answer) {
      answer = gh.rest.teams.getMembershipForUserInOrg({ org, team_slug: team, username: login }).then(
        (r): TeamAnswer => ({ state: r.data.state === 'active' ? 'member' : 'not_member' }),
        (err: unknown): TeamAnswer =>
          apiStatus(err) === 404 ? { state: 'not_member' } : { state: 'unverifiable', reason: describeApiError(err) },
      );
      teamAnswers.set(key, answer);
    }
    return answer;
  };
  const unique = [...new Set(candidates)].sort();
  for (const [pool, entries] of Object.entries(pools)) {
    membership[pool] = {};
    const logins = new Set(entries.filter((e) => !e.includes('/')).map((e) => e.toLowerCase()));
    const teams = entries.filter((e) => e.includes('/')).map((e) => e.split('/'));
    for (const login of unique) {
      if (logins.has(login.toLowerCase())) {
        membership[pool][login] = 'member';
        continue;
      }
      const answers = await Promise.all(
        teams.map(([org, team, ...rest]) =>
          org && team && rest.length === 0
            ? askTeam(org, team, login)
            : Promise.resolve<TeamAnswer>({ state: 'unverifiable', reason: 'not an org/team slug' }),
        ),
      );
      if (answers.some((a) => a.state === 'member')) {
        membership[pool][login] = 'member';
        continue;
      }
      const unverifiable = answers.flatMap((a, i) => (a.state === 'unverifiable' ? [`${teams[i]!.join('/')}: ${a.reason}`] : []));
      if (unverifiable.length > 0) {
        membership[pool][login] = 'unverifiable';
        notes.push(
          `could not verify whether ${login} belongs to reviewer pool "${pool}" (${unverifiable.join('; ')}); ` +
            'reading team membership needs a token with members: read (organization)',
        );
      } else {
        membership[pool][login] = 'not_member';
      }
    }
  }
  return { membership, notes };
}
