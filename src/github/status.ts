/**
 * The commit status on the head SHA: success for the allows and not_applicable, pending while
 * held for approval (the merge stays blocked until a run with the approval turns it green),
 * failure for deny and kill_session. Like the comment, it never throws and never changes the
 * decision: a failure to set it is returned as a warning.
 */
import type { Octokit } from '@octokit/rest';
import type { AdmissionDecision } from '../admission/index.js';
import type { EvidenceRecord } from '../evidence/index.js';
import { makeVisible } from '../evidence/index.js';
import { describeFailure } from './comment.js';

export type CommitState = 'success' | 'pending' | 'failure';

/** GitHub rejects longer descriptions with 422. */
export const STATUS_DESCRIPTION_LIMIT = 140;
export const DEFAULT_STATUS_CONTEXT = 'mcp-gateway-policy/admission';

export function commitStateFor(decision: AdmissionDecision): CommitState {
  switch (decision) {
    case 'hold_for_approval':
      return 'pending';
    case 'deny':
    case 'kill_session':
      return 'failure';
    default:
      return 'success';
  }
}

/** One line, visible characters only, at most 140 UTF-16 units (what GitHub counts or fewer). */
export function statusDescription(text: string): string {
  const line = makeVisible(text.replace(/\s+/g, ' ').trim());
  if (line.length <= STATUS_DESCRIPTION_LIMIT) return line;
  let cut = line.slice(0, STATUS_DESCRIPTION_LIMIT - 1);
  // Do not leave half a surrogate pair before the ellipsis.
  if (/[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1);
  return cut + '…';
}

const LEAD: Record<AdmissionDecision, string> = {
  allow: 'Allowed',
  allow_scoped_branch: 'Allowed (scoped to branch)',
  allow_scoped_ticket: 'Allowed (scoped to ticket)',
  hold_for_approval: 'Held for approval',
  deny: 'Denied',
  kill_session: 'Session killed',
  not_applicable: 'Not an agent pull request',
};

/** The default description for a record: the decision, then its one-line summary. */
export function describeForStatus(record: Pick<EvidenceRecord, 'decision' | 'summary'>): string {
  const summary = record.summary.trim();
  return statusDescription(summary ? `${LEAD[record.decision]}: ${summary}` : LEAD[record.decision]);
}

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

export type CommitStatusResult = { ok: true; state: CommitState; description: string } | { ok: false; warning: string };

export async function setCommitStatus(octokit: Octokit, p: CommitStatusParams): Promise<CommitStatusResult> {
  const state = commitStateFor(p.decision);
  const description = statusDescription(p.description);
  try {
    await octokit.rest.repos.createCommitStatus({
      owner: p.owner,
      repo: p.repo,
      sha: p.sha,
      state,
      context: p.context ?? DEFAULT_STATUS_CONTEXT,
      description,
      ...(p.target_url ? { target_url: p.target_url } : {}),
    });
    return { ok: true, state, description };
  } catch (err) {
    return { ok: false, warning: `could not set commit status ${p.context ?? DEFAULT_STATUS_CONTEXT}: ${describeFailure(err)}` };
  }
}
