/**
 * The one sticky evidence comment per pull request.
 *
 * Ours is a comment that starts with the evidence marker AND was written by our token's login:
 * a marker in someone else's comment is never trusted, read or touched (anyone can paste it).
 * The oldest of ours is updated in place; newer ones of ours (left by two runs racing to create)
 * are deleted, because a stale copy could show a decision that no longer holds — the evidence of
 * every run stays in its artifact. Nothing here throws: a failure to post is a warning for the
 * caller to report, and never changes the decision.
 */
import type { Octokit } from '@octokit/rest';
import { EVIDENCE_MARKER, GITHUB_COMMENT_LIMIT } from '../evidence/index.js';

/** The login GITHUB_TOKEN writes as. Other GitHub App tokens write as `<app-slug>[bot]`. */
export const GITHUB_ACTIONS_LOGIN = 'github-actions[bot]';

export interface StickyCommentParams {
  owner: string;
  repo: string;
  issue_number: number;
  body: string;
  /** The login our token writes comments as (see `resolveCommentLogin`). */
  ourLogin: string;
  marker?: string;
  /** The PR's comments when the caller has just listed them all (saves listing them again). */
  comments?: CommentLike[];
}

export type StickyCommentResult =
  | {
      ok: true;
      action: 'created' | 'updated' | 'unchanged';
      comment_id: number;
      html_url: string;
      /** Newer comments of ours that were deleted (or, in `warnings`, could not be). */
      deleted_duplicates: number[];
      /** Comments carrying the marker by someone else: left alone. */
      ignored_impostors: number[];
      warnings: string[];
    }
  | { ok: false; warning: string };

export interface CommentLike {
  id: number;
  body?: string | null;
  created_at: string;
  html_url: string;
  user: { login: string } | null;
}

/** A failed API call in one line that cannot carry the token: status and GitHub's message only. */
export function describeFailure(err: unknown): string {
  const e = (err ?? {}) as { status?: unknown; message?: unknown; response?: { data?: { message?: unknown } } };
  const msg =
    typeof e.response?.data?.message === 'string' ? e.response.data.message : typeof e.message === 'string' ? e.message : String(err);
  const line = msg.split('\n')[0]!.slice(0, 200);
  return typeof e.status === 'number' ? `HTTP ${e.status}: ${line}` : line;
}

const sameLogin = (a: string | undefined, b: string) => a !== undefined && a.toLowerCase() === b.toLowerCase();

/** Creates or updates our sticky comment. Returns a warning instead of throwing. */
export async function upsertStickyComment(octokit: Octokit, p: StickyCommentParams): Promise<StickyCommentResult> {
  const marker = p.marker ?? EVIDENCE_MARKER;
  const body = p.body.startsWith(marker) ? p.body : `${marker}\n${p.body}`;
  if (body.length > GITHUB_COMMENT_LIMIT) {
    return { ok: false, warning: `evidence comment not posted: ${body.length} characters is over GitHub's ${GITHUB_COMMENT_LIMIT}` };
  }
  const where = { owner: p.owner, repo: p.repo };
  let comments: CommentLike[];
  try {
    comments =
      p.comments ?? (await octokit.paginate(octokit.rest.issues.listComments, { ...where, issue_number: p.issue_number, per_page: 100 }));
  } catch (err) {
    return { ok: false, warning: `could not list the pull request's comments to find ours: ${describeFailure(err)}` };
  }
  const withMarker = comments.filter((c) => (c.body ?? '').includes(marker));
  const ours = withMarker
    .filter((c) => sameLogin(c.user?.login, p.ourLogin) && (c.body ?? '').startsWith(marker))
    .sort((a, b) => a.created_at.localeCompare(b.created_at) || a.id - b.id);
  const ignored = withMarker.filter((c) => !ours.includes(c)).map((c) => c.id);
  const warnings: string[] = [];
  if (ignored.length > 0) {
    warnings.push(`ignored ${ignored.length} comment(s) carrying the evidence marker that ${p.ourLogin} did not write`);
  }

  let action: 'created' | 'updated' | 'unchanged';
  let kept: CommentLike;
  try {
    const oldest = ours[0];
    if (!oldest) {
      kept = (await octokit.rest.issues.createComment({ ...where, issue_number: p.issue_number, body })).data;
      action = 'created';
    } else if (oldest.body === body) {
      kept = oldest;
      action = 'unchanged';
    } else {
      kept = (await octokit.rest.issues.updateComment({ ...where, comment_id: oldest.id, body })).data;
      action = 'updated';
    }
  } catch (err) {
    return { ok: false, warning: `could not ${ours.length ? 'update' : 'create'} the evidence comment: ${describeFailure(err)}` };
  }

  const deleted: number[] = [];
  for (const dup of ours.slice(1)) {
    try {
      await octokit.rest.issues.deleteComment({ ...where, comment_id: dup.id });
      deleted.push(dup.id);
    } catch (err) {
      warnings.push(`could not delete duplicate evidence comment ${dup.id}: ${describeFailure(err)}`);
    }
  }
  return {
    ok: true,
    action,
    comment_id: kept.id,
    html_url: kept.html_url,
    deleted_duplicates: deleted,
    ignored_impostors: ignored,
    warnings,
  };
}

/**
 * The login our token writes comments as, which the sticky comment is matched by (with the marker).
 * An explicit login wins. An installation token (`ghs_…`, as GITHUB_TOKEN is) cannot call GET /user,
 * so it is taken to be GITHUB_TOKEN's `github-actions[bot]` without spending a request; another
 * GitHub App must name its `<slug>[bot]` login explicitly. Other tokens ask GET /user.
 */
export async function resolveCommentLogin(
  octokit: Octokit,
  explicit?: string | null,
  token?: string,
  fallback: string = GITHUB_ACTIONS_LOGIN,
): Promise<{ login: string; source: 'explicit' | 'api' | 'fallback' }> {
  if (explicit && explicit.trim() !== '') return { login: explicit.trim(), source: 'explicit' };
  if (token?.startsWith('ghs_')) return { login: fallback, source: 'fallback' };
  try {
    const { data } = await octokit.rest.users.getAuthenticated();
    return { login: data.login, source: 'api' };
  } catch {
    return { login: fallback, source: 'fallback' };
  }
}
