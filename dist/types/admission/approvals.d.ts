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
    membership(): {
        member: string[];
        unverifiable: boolean;
        why: string;
    };
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
/** Which APPROVED reviews count, in order. */
export declare const REVIEW_RULES: readonly ApprovalRule<ReviewCandidate>[];
/** Which typed approval records count, in order; the evaluator's judgement comes last. */
export declare const RECORD_RULES: readonly ApprovalRule<RecordCandidate>[];
/** The code a counted row carries. */
export declare const APPROVAL_COUNTED = "approval_counted";
/**
 * Which approvals count for the pre-merge gate. A person counts once, for one pool: with
 * `approvals: all` every pool the workflow lists needs a different person (a security reviewer
 * and a service owner, not one person wearing both hats); with `any`, one person from any pool.
 */
export declare function countApprovals(q: ApprovalQuestion): ApprovalOutcome;
export {};
