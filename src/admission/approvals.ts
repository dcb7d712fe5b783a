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
 * One rule a review or approval record must meet to count. `test` returns null when it holds,
 * else why not; the first rule that fails gives the row's code and reason.
 */
export interface ApprovalRule<C> {
  code: string;
  test(ctx: C): string | null;
}

/** What the rules see of one review or record; the pool lookup is done once, when a rule asks. */
interface Candidate {
  q: ApprovalQuestion;
  login: string;
  userType: string;
  latest: Map<string, string>;
  /** The pools this candidate may count for, and the lookup of its membership in them. */
  eligiblePools: string[];
  membership(): { member: string[]; unverifiable: boolean; why: string };
}

interface ReviewCandidate extends Candidate {
  review: ReviewFacts;
  superseded: string | null;
}

interface RecordCandidate extends Candidate {
  facts: ApprovalRecordFacts;
  record: unknown;
  approverId: string;
  pool: string | null;
  commitId: string | null;
}

const REVIEW_RECORD_WHY =
  "a review's text can be edited by anyone with write access, so a record there counts only in an APPROVED review of the head";

/** A human reviewer: a user account, not the PR's author, not an agent. */
const HUMAN_RULES: ApprovalRule<Candidate>[] = [
  {
    code: 'approval_bot',
    test: (c) => (c.userType === 'User' ? null : `${c.login} is a ${c.userType || 'non-user'} account, not a human`),
  },
  {
    code: 'approval_self',
    test: (c) => (c.login.toLowerCase() === c.q.author.toLowerCase() ? "the PR's author cannot approve their own PR" : null),
  },
  { code: 'approval_agent', test: (c) => (c.q.agents.isAgentLogin(c.login) ? `${c.login} is an agent account` : null) },
];

/** A member of the pools in question, as far as membership could be verified. */
const MEMBERSHIP_RULES: ApprovalRule<Candidate>[] = [
  {
    code: 'pool_unverifiable',
    test: (c) => (c.membership().member.length > 0 || !c.membership().unverifiable ? null : c.membership().why),
  },
  { code: 'pool_not_member', test: (c) => (c.membership().member.length > 0 ? null : c.membership().why) },
];

/** Which APPROVED reviews count, in order. */
export const REVIEW_RULES: readonly ApprovalRule<ReviewCandidate>[] = [
  { code: 'review_superseded', test: (c) => (c.superseded ? `superseded by a later ${c.superseded} review from the same reviewer` : null) },
  {
    code: 'approval_stale',
    test: (c) =>
      c.review.commit_id === c.q.headSha ? null : `approved ${short(c.review.commit_id)}, not the current head ${short(c.q.headSha)}`,
  },
  ...HUMAN_RULES,
  ...MEMBERSHIP_RULES,
];

/** Which typed approval records count, in order; the evaluator's judgement comes last. */
export const RECORD_RULES: readonly ApprovalRule<RecordCandidate>[] = [
  {
    code: 'record_unparsable',
    test: (c) =>
      isObject(c.record) && c.record.unparsable === true ? `the agent-approval block is not valid JSON (${String(c.record.error)})` : null,
  },
  { code: 'record_edited', test: (c) => (c.facts.edited ? 'edited after it was posted; an edited approval record never counts' : null) },
  // A record in a review's text counts only inside the reviewer's own, still standing APPROVED
  // review of the head: anyone with write access can edit review text, not its state or commit.
  {
    code: 'record_review_dismissed',
    test: (c) => (inReview(c) && reviewState(c) === 'DISMISSED' ? `in a dismissed review; ${REVIEW_RECORD_WHY}` : null),
  },
  {
    code: 'record_review_not_approved',
    test: (c) => {
      const state = reviewState(c);
      if (!inReview(c) || state === 'APPROVED') return null;
      return `in ${state === null ? 'a review GitHub gave no state for' : `a ${state} review`}, not an APPROVED review; ${REVIEW_RECORD_WHY}`;
    },
  },
  {
    code: 'record_review_stale',
    test: (c) =>
      inReview(c) && c.facts.review?.commit_id !== c.q.headSha
        ? `in a review of ${short(c.facts.review?.commit_id ?? null)}, not the head ${short(c.q.headSha)}`
        : null,
  },
  {
    code: 'record_review_withdrawn',
    test: (c) => {
      const last = inReview(c) ? c.latest.get(c.login.toLowerCase()) : undefined;
      return last !== undefined && last !== 'APPROVED' ? `withdrawn by a later ${last} review from the same reviewer` : null;
    },
  },
  ...HUMAN_RULES,
  {
    code: 'record_approver_mismatch',
    test: (c) =>
      c.approverId.toLowerCase() === c.login.toLowerCase() ? null : `names approver "${c.approverId}" but was posted by ${c.login}`,
  },
  { code: 'record_unbound', test: (c) => (c.commitId === null ? 'not bound to a commit: the record has no scope.head_sha' : null) },
  {
    code: 'record_pool_unknown',
    test: (c) =>
      c.pool !== null && c.q.pools.includes(c.pool)
        ? null
        : `names reviewer pool "${c.pool ?? ''}", which is not one of this workflow's pools (${list(c.q.pools)})`,
  },
  ...MEMBERSHIP_RULES,
  {
    code: 'record_invalid',
    test: (c) => {
      const verdict = c.q.validateRecord(c.record);
      return verdict.valid ? null : `the record is not a valid approval: ${verdict.problems.join('; ') || 'rejected by the evaluator'}`;
    },
  },
];

/** The code a counted row carries. */
export const APPROVAL_COUNTED = 'approval_counted';

/** The first rule the candidate fails, or null when it meets them all. */
function firstFailure<C>(rules: readonly ApprovalRule<C>[], ctx: C): { code: string; why: string } | null {
  for (const rule of rules) {
    const why = rule.test(ctx);
    if (why !== null) return { code: rule.code, why };
  }
  return null;
}

/**
 * Which approvals count for the pre-merge gate. A person counts once, for one pool: with
 * `approvals: all` every pool the workflow lists needs a different person (a security reviewer
 * and a service owner, not one person wearing both hats); with `any`, one person from any pool.
 */
export function countApprovals(q: ApprovalQuestion): ApprovalOutcome {
  const latest = latestDecisiveStates(q.reviews);
  const counted: { row: ApprovalRow; pools: string[] }[] = [];
  const rows: ApprovalRow[] = [];
  for (const { review, superseded } of approvedReviews(q.reviews, latest)) {
    const row = reviewRow(q, review, superseded, latest);
    rows.push(row.row);
    if (row.row.counted) counted.push(row);
  }
  for (const facts of q.records) {
    const row = recordRow(q, facts, latest);
    rows.push(row.row);
    if (row.row.counted) counted.push(row);
  }
  return assignPools(q, rows, counted);
}

function candidate(q: ApprovalQuestion, login: string, userType: string, latest: Map<string, string>, eligiblePools: string[]): Candidate {
  let looked: { member: string[]; unverifiable: boolean; why: string } | null = null;
  return { q, login, userType, latest, eligiblePools, membership: () => (looked ??= memberPools(q, login, eligiblePools)) };
}

function reviewRow(
  q: ApprovalQuestion,
  review: ReviewFacts,
  superseded: string | null,
  latest: Map<string, string>,
): { row: ApprovalRow; pools: string[] } {
  const c: ReviewCandidate = { ...candidate(q, review.login, review.user_type, latest, q.pools), review, superseded };
  const row: ApprovalRow = {
    source: 'review',
    login: review.login,
    reviewer_pool: null,
    commit_id: review.commit_id,
    counted: false,
    code: '',
    reason: '',
  };
  const failure = firstFailure(REVIEW_RULES, c);
  if (failure) return { row: { ...row, code: failure.code, reason: failure.why }, pools: [] };
  const member = c.membership().member;
  return {
    row: {
      ...row,
      reviewer_pool: member[0]!,
      counted: true,
      code: APPROVAL_COUNTED,
      reason: `APPROVED on the head commit by a member of ${member.map((p) => `"${p}"`).join(', ')}`,
    },
    pools: member,
  };
}

function recordRow(q: ApprovalQuestion, facts: ApprovalRecordFacts, latest: Map<string, string>): { row: ApprovalRow; pools: string[] } {
  const record = facts.record;
  const approver = isObject(record) && isObject(record.approver) ? record.approver : {};
  const scope = isObject(record) && isObject(record.scope) ? record.scope : {};
  const pool = typeof approver.reviewer_pool === 'string' ? approver.reviewer_pool : null;
  const commitId = typeof scope.head_sha === 'string' ? scope.head_sha : null;
  const eligible = pool !== null && q.pools.includes(pool) ? [pool] : [];
  const c: RecordCandidate = {
    ...candidate(q, facts.login, facts.user_type, latest, eligible),
    facts,
    record,
    approverId: typeof approver.id === 'string' ? approver.id : '',
    pool,
    commitId,
  };
  const row: ApprovalRow = {
    source: facts.source === 'cli' ? 'cli_record' : 'approval_record',
    login: facts.login,
    reviewer_pool: pool,
    commit_id: commitId,
    counted: false,
    code: '',
    reason: '',
  };
  const failure = firstFailure(RECORD_RULES, c);
  if (failure) return { row: { ...row, code: failure.code, reason: failure.why }, pools: [] };
  const id =
    typeof (record as Record<string, unknown>).approval_id === 'string'
      ? ` ${(record as Record<string, unknown>).approval_id as string}`
      : '';
  return {
    row: {
      ...row,
      counted: true,
      code: APPROVAL_COUNTED,
      reason: `typed approval record${id} by a member of "${pool}", bound to ${short(commitId)}`,
    },
    pools: [pool!],
  };
}

/** Whether the counted approvals cover the pools: one person, one pool. */
function assignPools(q: ApprovalQuestion, rows: ApprovalRow[], counted: { row: ApprovalRow; pools: string[] }[]): ApprovalOutcome {
  /** login (lower case) → pools that person's counted approvals qualify for. */
  const qualified = new Map<string, { pools: Set<string>; rows: ApprovalRow[] }>();
  for (const { row, pools } of counted) {
    const key = row.login.toLowerCase();
    const entry = qualified.get(key) ?? { pools: new Set<string>(), rows: [] };
    pools.forEach((p) => entry.pools.add(p));
    entry.rows.push(row);
    qualified.set(key, entry);
  }
  if (q.pools.length === 0) {
    return { rows, satisfied: false, missing_pools: [], problem: 'The workflow lists no reviewer pools, so no approval can count.' };
  }
  const people = [...qualified.values()];
  if (q.rule === 'any') {
    return { rows, satisfied: people.length > 0, missing_pools: people.length > 0 ? [] : [...q.pools], problem: null };
  }
  const assignment = matchPools(
    q.pools,
    people.map((p) => p.pools),
  );
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

function inReview(c: RecordCandidate): boolean {
  return c.facts.source === 'review';
}

function reviewState(c: RecordCandidate): string | null {
  return c.facts.review?.state.toUpperCase() ?? null;
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

function memberPools(q: ApprovalQuestion, login: string, pools: string[]): { member: string[]; unverifiable: boolean; why: string } {
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
  return { member, unverifiable: unverifiable.length > 0, why };
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
