/**
 * Puts a run's evidence on the pull request: the sticky comment and the commit status, each
 * switchable by the Action's `comment` / `status` inputs. not_applicable gets a status but no
 * comment. Nothing here throws or changes the decision: every failure comes back as a warning.
 */
import type { Octokit } from '@octokit/rest';
import type { EvidenceRecord } from '../evidence/index.js';
import { upsertStickyComment, type CommentLike, type StickyCommentResult } from './comment.js';
import { describeForStatus, setCommitStatus, type CommitStatusResult } from './status.js';
import { renderEvidenceMarkdown } from '../evidence/index.js';

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
  /** Shadow mode: the status is success, its description the decision that would have applied. */
  shadow?: boolean;
}

export interface PublishResult {
  comment: StickyCommentResult | null;
  status: CommitStatusResult | null;
  warnings: string[];
}

export async function publishEvidence(octokit: Octokit, record: EvidenceRecord, o: PublishOptions): Promise<PublishResult> {
  const warnings: string[] = [];
  let comment: StickyCommentResult | null = null;
  let status: CommitStatusResult | null = null;
  if (o.comment !== false && record.decision !== 'not_applicable') {
    comment = await upsertStickyComment(octokit, {
      owner: o.owner,
      repo: o.repo,
      issue_number: o.issue_number,
      body: renderEvidenceMarkdown(record),
      ourLogin: o.ourLogin,
      comments: o.comments ?? undefined,
    });
    if (comment.ok) warnings.push(...comment.warnings);
    else warnings.push(comment.warning);
  }
  if (o.status !== false) {
    status = await setCommitStatus(octokit, {
      owner: o.owner,
      repo: o.repo,
      sha: o.sha,
      context: o.statusContext,
      decision: o.shadow === true ? 'allow' : record.decision,
      description:
        o.shadow === true
          ? `shadow: would ${record.decision.replace(/_/g, ' ')}${record.summary ? ` — ${record.summary}` : ''}`
          : describeForStatus(record),
      target_url: o.targetUrl ?? null,
    });
    if (!status.ok) warnings.push(status.warning);
  }
  return { comment, status, warnings };
}
