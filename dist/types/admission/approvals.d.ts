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
 * Which approvals count for the pre-merge gate. A person counts once, for one pool: with
 * `approvals: all` every pool the workflow lists needs a different person (a security reviewer
 * and a service owner, not one person wearing both hats); with `any`, one person from any pool.
 */
export declare function countApprovals(q: ApprovalQuestion): ApprovalOutcome;
