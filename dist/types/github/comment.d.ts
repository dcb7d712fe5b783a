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
/** The login GITHUB_TOKEN writes as. Other GitHub App tokens write as `<app-slug>[bot]`. */
export declare const GITHUB_ACTIONS_LOGIN = "github-actions[bot]";
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
export type StickyCommentResult = {
    ok: true;
    action: 'created' | 'updated' | 'unchanged';
    comment_id: number;
    html_url: string;
    /** Newer comments of ours that were deleted (or, in `warnings`, could not be). */
    deleted_duplicates: number[];
    /** Comments carrying the marker by someone else: left alone. */
    ignored_impostors: number[];
    warnings: string[];
} | {
    ok: false;
    warning: string;
};
export interface CommentLike {
    id: number;
    body?: string | null;
    created_at: string;
    html_url: string;
    user: {
        login: string;
    } | null;
}
/** A failed API call in one line that cannot carry the token: status and GitHub's message only. */
export declare function describeFailure(err: unknown): string;
/** Creates or updates our sticky comment. Returns a warning instead of throwing. */
export declare function upsertStickyComment(octokit: Octokit, p: StickyCommentParams): Promise<StickyCommentResult>;
/**
 * The login our token writes comments as, which the sticky comment is matched by (with the marker).
 * An explicit login wins. An installation token (`ghs_…`, as GITHUB_TOKEN is) cannot call GET /user,
 * so it is taken to be GITHUB_TOKEN's `github-actions[bot]` without spending a request; another
 * GitHub App must name its `<slug>[bot]` login explicitly. Other tokens ask GET /user.
 */
export declare function resolveCommentLogin(octokit: Octokit, explicit?: string | null, token?: string, fallback?: string): Promise<{
    login: string;
    source: 'explicit' | 'api' | 'fallback';
}>;
