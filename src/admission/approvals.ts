import type { AgentDirectory } from './agents.js';
import type { ApprovalRecordFacts, ApprovalRow, PoolMembership, ReviewFacts } from './types.js';

/** The evaluator's verdict on one typed approval record (policy.evaluate's typed-approval logic). */
export interface RecordVerdict {
  valid: boolean;
  problems: string[];
}

export interface ApprovalQuestion {
  headSha: string;
  author: string;
  /** The workflow's reviewer pools. */
  pools: string[];
  rule: 'all' | 'any';
  membership: Record<string, Record<string, PoolMembership>>;
  agents: AgentDirectory;
  reviews: ReviewFacts[];
  records: ApprovalRecordFacts[];
  validateRecord(record: unknown): RecordVerdict;
}

export interface ApprovalOutcome {
  rows: ApprovalRow[];
  satisfied: boolean;
  /** Pools still needing an approval ('all'), or every pool when none counted ('any'). */
  missing_pools: string[];
  /** Why the requirement cannot be met at all, when it cannot (e.g. the workflow lists no pools). */
  problem: string | null;
}

const DECISIVE_REVIEW_STATES = new Set(['APPROVED', 'CHANGES_REQUESTED', 'DISMISSED']);

/**
 * Which approvals count for the pre-merge gate. A person counts once, for one pool: with
 * `approvals: all` every pool the workflow lists needs a different person (a security reviewer
 * and a service owner, not one person wearing both hats); with `any`, one person from any pool.
 */
export function countApprovals(q: ApprovalQuestion): ApprovalOutcome {
  const rows: ApprovalRow[] = [];
  /** login (lower case) → pools that person's counted approvals qualify for. */
  const qualified = new Map<string, { login: string; pools: Set<string>; rows: ApprovalRow[] }>();
  const qualify = (row: ApprovalRow, pools: string[]) => {
    const key = row.login.toLowerCase();
    const entry = qualified.get(key) ?? { login: row.login, pools: new Set<string>(), rows: [] };
    pools.forEach((p) => entry.pools.add(p));
    entry.rows.push(row);
    qualified.set(key, entry);
  };

  const latest = latestDecisiveStates(q.reviews);
  for (const { review, superseded } of approvedReviews(q.reviews, latest)) {
    const row: ApprovalRow = {
      source: 'review',
      login: review.login,
      reviewer_pool: null,
      commit_id: review.commit_id,
      counted: false,
      reason: '',
    };
    rows.push(row);
    const identityProblem = superseded
      ? `superseded by a later ${superseded} review from the same reviewer`
      : review.commit_id !== q.headSha
        ? `approved ${short(review.commit_id)}, not the current head ${short(q.headSha)}`
        : notAHumanReviewer(q, review.login, review.user_type);
    if (identityProblem) {
      row.reason = identityProblem;
      continue;
    }
    const pools = memberPools(q, review.login, q.pools);
    if (pools.member.length === 0) {
      row.reason = pools.why;
      continue;
    }
    row.counted = true;
    row.reviewer_pool = pools.member[0]!;
    row.reason = `APPROVED on the head commit by a member of ${pools.member.map((p) => `"${p}"`).join(', ')}`;
    qualify(row, pools.member);
  }

  for (const facts of q.records) {
    const record = facts.record;
    const approver = isObject(record) && isObject(record.approver) ? record.approver : {};
    const scope = isObject(record) && isObject(record.scope) ? record.scope : {};
    const pool = typeof approver.reviewer_pool === 'string' ? approver.reviewer_pool : null;
    const approverId = typeof approver.id === 'string' ? approver.id : '';
    const row: ApprovalRow = {
      source: facts.source === 'cli' ? 'cli_record' : 'approval_record',
      login: facts.login,
      reviewer_pool: pool,
      commit_id: typeof scope.head_sha === 'string' ? scope.head_sha : null,
      counted: false,
      reason: '',
    };
    rows.push(row);
    let problem: string | null = null;
    if (isObject(record) && record.unparsable === true) {
      problem = `the agent-approval block is not valid JSON (${String(record.error)})`;
    } else if (facts.edited) {
      problem = 'edited after it was posted; an edited approval record never counts';
    } else if (facts.source === 'review') {
      problem = reviewRecordProblem(q, facts, latest);
    }
    if (!problem) {
      problem = notAHumanReviewer(q, facts.login, facts.user_type);
    }
    if (!problem && approverId.toLowerCase() !== facts.login.toLowerCase()) {
      problem = `names approver "${approverId}" but was posted by ${facts.login}`;
    }
    if (!problem && row.commit_id === null) {
      problem = 'not bound to a commit: the record has no scope.head_sha';
    }
    if (!problem) {
      const pools = memberPools(q, facts.login, pool !== null && q.pools.includes(pool) ? [pool] : []);
      if (pools.member.length === 0) problem = pool === null || !q.pools.includes(pool) ? `names reviewer pool "${pool ?? ''}", which is not one of this workflow's pools (${list(q.pools)})` : pools.why;
    }
    if (!problem) {
      const verdict = q.validateRecord(record);
      if (!verdict.valid) problem = `the record is not a valid approval: ${verdict.problems.join('; ') || 'rejected by the evaluator'}`;
    }
    if (problem) {
      row.reason = problem;
      continue;
    }
    const id = typeof (record as Record<string, unknown>).approval_id === 'string' ? ` ${(record as Record<string, unknown>).approval_id as string}` : '';
    row.counted = true;
    row.reason = `typed approval record${id} by a member of "${pool}", bound to ${short(row.commit_id)}`;
    qualify(row, [pool!]);
  }

  if (q.pools.length === 0) {
    return { rows, satisfied: false, missing_pools: [], problem: 'The workflow lists no reviewer pools, so no approval can count.' };
  }
  const people = [...qualified.values()];
  if (q.rule === 'any') {
    return { rows, satisfied: people.length > 0, missing_pools: people.length > 0 ? [] : [...q.pools], problem: null };
  }
  const assignment = matchPools(q.pools, people.map((p) => p.pools));
  people.forEach((person, i) => {
    const pool = assignment.byPerson[i];
    if (pool === undefined) return;
    // Show each person against the pool they were counted for.
    const row = person.rows.find((r) => r.source === 'review' || r.reviewer_pool === pool) ?? person.rows[0]!;
    row.reviewer_pool = pool;
  });
  const missing = q.pools.filter((p) => !assignment.covered.has(p));
  return { rows, satisfied: missing.length === 0, missing_pools: missing, problem: null };
}

/** Each login's (lower case) latest APPROVED, CHANGES_REQUESTED or DISMISSED review state. */
function latestDecisiveStates(reviews: ReviewFacts[]): Map<string, string> {
  const order = reviews.map((r, i) => ({ r, i })).filter(({ r }) => DECISIVE_REVIEW_STATES.has(r.state.toUpperCase()));
  order.sort((a, b) => (a.r.submitted_at ?? '').localeCompare(b.r.submitted_at ?? '') || a.i - b.i);
  const last = new Map<string, string>();
  for (const { r } of order) last.set(r.login.toLowerCase(), r.state.toUpperCase());
  return last;
}

/** Each login's APPROVED reviews, flagged when a later CHANGES_REQUESTED or DISMISSED review replaced them. */
function approvedReviews(reviews: ReviewFacts[], latest: Map<string, string>): { review: ReviewFacts; superseded: string | null }[] {
  return reviews
    .filter((r) => r.state.toUpperCase() === 'APPROVED')
    .sort((a, b) => (a.submitted_at ?? '').localeCompare(b.submitted_at ?? ''))
    .map((r) => {
      const last = latest.get(r.login.toLowerCase())!;
      return { review: r, superseded: last === 'APPROVED' ? null : last };
    });
}

/**
 * Why a record in a review's text does not count, or null. Anyone with write access (an agent's
 * token included) can edit another person's review text, and the REST API does not say whether it
 * was edited; the review's state and commit cannot be edited. So a record there counts only
 * inside the reviewer's own, still standing APPROVED review of the head.
 */
function reviewRecordProblem(q: ApprovalQuestion, facts: ApprovalRecordFacts, latest: Map<string, string>): string | null {
  const why = "a review's text can be edited by anyone with write access, so a record there counts only in an APPROVED review of the head";
  const state = facts.review?.state.toUpperCase() ?? null;
  if (state === 'DISMISSED') return `in a dismissed review; ${why}`;
  if (state !== 'APPROVED') return `in ${state === null ? 'a review GitHub gave no state for' : `a ${state} review`}, not an APPROVED review; ${why}`;
  if (facts.review!.commit_id !== q.headSha) return `in a review of ${short(facts.review!.commit_id)}, not the head ${short(q.headSha)}`;
  const last = latest.get(facts.login.toLowerCase());
  if (last !== undefined && last !== 'APPROVED') return `withdrawn by a later ${last} review from the same reviewer`;
  return null;
}

function notAHumanReviewer(q: ApprovalQuestion, login: string, userType: string): string | null {
  if (userType !== 'User') return `${login} is a ${userType || 'non-user'} account, not a human`;
  if (login.toLowerCase() === q.author.toLowerCase()) return "the PR's author cannot approve their own PR";
  if (q.agents.isAgentLogin(login)) return `${login} is an agent account`;
  return null;
}

function memberPools(q: ApprovalQuestion, login: string, pools: string[]): { member: string[]; why: string } {
  const lower = login.toLowerCase();
  const stateIn = (pool: string): PoolMembership => {
    const members = q.membership[pool] ?? {};
    const key = Object.keys(members).find((k) => k.toLowerCase() === lower);
    return key === undefined ? 'not_member' : members[key]!;
  };
  const member = pools.filter((p) => stateIn(p) === 'member');
  const unverifiable = pools.filter((p) => stateIn(p) === 'unverifiable');
  const why =
    unverifiable.length > 0
      ? `membership of ${login} in ${list(unverifiable)} could not be verified, so it is not counted`
      : `${login} is not a member of ${pools.length === 1 ? 'reviewer pool' : 'any reviewer pool of this workflow'} ${list(pools)}`;
  return { member, why };
}

/** Maximum matching of distinct people to pools (Kuhn's augmenting paths; pools are few). */
function matchPools(pools: string[], personPools: Set<string>[]): { byPerson: (string | undefined)[]; covered: Set<string> } {
  const owner = new Map<string, number>();
  const tryAssign = (person: number, seen: Set<string>): boolean => {
    for (const pool of pools) {
      if (!personPools[person]!.has(pool) || seen.has(pool)) continue;
      seen.add(pool);
      const current = owner.get(pool);
      if (current === undefined || tryAssign(current, seen)) {
        owner.set(pool, person);
        return true;
      }
    }
    return false;
  };
  personPools.forEach((_, i) => tryAssign(i, new Set()));
  const byPerson: (string | undefined)[] = personPools.map(() => undefined);
  for (const [pool, person] of owner) byPerson[person] = pool;
  return { byPerson, covered: new Set(owner.keys()) };
}

function list(pools: string[]): string {
  return pools.length === 0 ? '(none)' : pools.map((p) => `"${p}"`).join(', ');
}

function short(sha: string | null): string {
  return sha === null ? '(no commit)' : sha.slice(0, 7);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}
