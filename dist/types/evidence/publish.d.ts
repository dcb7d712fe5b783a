/**
 * Puts a run's evidence on the pull request: the sticky comment and the commit status, each
 * switchable by the Action's `comment` / `status` inputs. not_applicable gets a status but no
 * comment. Nothing here throws or changes the decision: every failure comes back as a warning.
 */
import type { Octokit } from '@octokit/rest';
import type { EvidenceRecord } from '../admission/types.js';
import { type CommentLike, type StickyCommentResult } from '../github/comment.js';
import { type CommitStatusResult } from '../github/status.js';
export interface PublishOptions {
    owner: string;
    repo: string;
    issue_number: number;
    /** The head SHA the run evaluated (the status goes there). */
    sha: string;
    /** The login our token writes as (see resolveCommentLogin in src/github/comment.ts). */
    ourLogin: string;
    comment?: boolean;
    status?: boolean;
    statusContext?: string;
    /** Link for the status, e.g. `${GITHUB_SERVER_URL}/${repo}/actions/runs/${GITHUB_RUN_ID}`. */
    targetUrl?: string | null;
    /** The PR's comments when the caller has just listed them all (saves listing them again). */
    comments?: CommentLike[] | null;
}
export interface PublishResult {
    comment: StickyCommentResult | null;
    status: CommitStatusResult | null;
    warnings: string[];
}
export declare function publishEvidence(octokit: Octokit, record: EvidenceRecord, o: PublishOptions): Promise<PublishResult>;
