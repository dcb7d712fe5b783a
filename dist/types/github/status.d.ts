/**
 * The commit status on the head SHA: success for the allows and not_applicable, pending while
 * held for approval (the merge stays blocked until a run with the approval turns it green),
 * failure for deny and kill_session. Like the comment, it never throws and never changes the
 * decision: a failure to set it is returned as a warning.
 */
import type { Octokit } from '@octokit/rest';
import type { AdmissionDecision, EvidenceRecord } from '../admission/types.js';
export type CommitState = 'success' | 'pending' | 'failure';
/** GitHub rejects longer descriptions with 422. */
export declare const STATUS_DESCRIPTION_LIMIT = 140;
export declare const DEFAULT_STATUS_CONTEXT = "mcp-gateway-policy/admission";
export declare function commitStateFor(decision: AdmissionDecision): CommitState;
/** One line, visible characters only, at most 140 UTF-16 units (what GitHub counts or fewer). */
export declare function statusDescription(text: string): string;
/** The default description for a record: the decision, then its one-line summary. */
export declare function describeForStatus(record: Pick<EvidenceRecord, 'decision' | 'summary'>): string;
export interface CommitStatusParams {
    owner: string;
    repo: string;
    sha: string;
    context?: string;
    decision: AdmissionDecision;
    description: string;
    /** Where the status links to, e.g. the workflow run. */
    target_url?: string | null;
}
export type CommitStatusResult = {
    ok: true;
    state: CommitState;
    description: string;
} | {
    ok: false;
    warning: string;
};
export declare function setCommitStatus(octokit: Octokit, p: CommitStatusParams): Promise<CommitStatusResult>;
