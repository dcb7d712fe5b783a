/**
 * The one way this project talks to GitHub: @octokit/rest with bounded retries.
 *
 * - Rate limits (primary and secondary, HTTP 403/429 with GitHub's rate-limit headers) are handled
 *   by @octokit/plugin-throttling: it waits as long as GitHub says (`retry-after`, or until
 *   `x-ratelimit-reset`), at most MAX_RATE_LIMIT_RETRIES times per request and only when that wait
 *   is at most `maxWaitSeconds`; otherwise the request fails and the caller denies with the reason.
 * - Server errors (5xx) are retried by @octokit/plugin-retry, at most `retries` times, waiting 1 s
 *   then 4 s. Every 4xx is in its `doNotRetry` list: a client error does not become right by
 *   repeating it, and 403/429 rate limits belong to the throttling plugin.
 * - The token is never logged: the log sink receives plain strings that we build, never an error
 *   or request object (those carry headers).
 */
import { Octokit } from '@octokit/rest';
export declare const DEFAULT_API_URL = "https://api.github.com";
export interface CreateOctokitOptions {
    /** GITHUB_API_URL on a runner (GitHub Enterprise Server and tests point it elsewhere). */
    baseUrl?: string;
    /** Where warnings go (rate-limit waits, retries). Plain strings only. */
    warn?: (message: string) => void;
    /** Longest wait for a rate limit before giving up (and denying). Default 60 s. */
    maxWaitSeconds?: number;
    /** Retries for 5xx responses. Default 2. */
    retries?: number;
}
export type GitHubClient = Octokit;
export declare function createOctokit(token: string, options?: CreateOctokitOptions): GitHubClient;
/**
 * A one-line description of a failed API call that is safe to show a user: the HTTP status and
 * GitHub's message, never headers or the request (which would carry the token).
 */
export declare function describeApiError(err: unknown): string;
/** The HTTP status of a failed API call, or null when it was not an HTTP error. */
export declare function apiStatus(err: unknown): number | null;
