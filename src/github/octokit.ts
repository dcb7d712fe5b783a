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
 * - Proxies and GitHub Enterprise Server work as with @actions/github's getOctokit: the API URL is
 *   `baseUrl`, else GITHUB_API_URL, else api.github.com; HTTPS_PROXY/https_proxy (HTTP_PROXY for an
 *   http:// API URL) and NO_PROXY/no_proxy are read by @actions/http-client, whose proxy agent then
 *   carries every request through undici's fetch. (Like getOctokit, loopback URLs never go through
 *   a proxy.)
 */
import { HttpClient } from '@actions/http-client';
import { Octokit } from '@octokit/rest';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { fetch as undiciFetch } from 'undici';
import { outageGuard } from './outage.js';

export const DEFAULT_API_URL = 'https://api.github.com';
const MAX_RATE_LIMIT_RETRIES = 2;

/** Every 4xx: none of them is transient except rate limits, which the throttling plugin owns. */
const DO_NOT_RETRY = Array.from({ length: 100 }, (_, i) => 400 + i);

export interface CreateOctokitOptions {
  /** The REST API URL. Default GITHUB_API_URL (set on runners; GitHub Enterprise Server), else api.github.com. */
  baseUrl?: string;
  /** Where warnings go (rate-limit waits, retries). Plain strings only. */
  warn?: (message: string) => void;
  /** Longest wait for a rate limit before giving up (and denying). Default 60 s. */
  maxWaitSeconds?: number;
  /** Retries for 5xx responses. Default 2. */
  retries?: number;
}

// Typed as plain @octokit/rest: the plugins add behaviour, not methods we call. outageGuard comes
// first so it sees every attempt before the retry and throttling plugins (see ./outage.ts).
const GitHubOctokit: typeof Octokit = Octokit.plugin(outageGuard, retry, throttling);
export type GitHubClient = Octokit;

interface RequestOptionsLike {
  method?: string;
  url?: string;
}

function describeRoute(options: RequestOptionsLike): string {
  return `${options.method ?? 'GET'} ${options.url ?? ''}`;
}

/**
 * A fetch that goes through the proxy the environment names for `baseUrl`, or undefined when none
 * applies (no proxy variable, NO_PROXY matches, or a loopback URL): then Octokit's default fetch.
 */
export function proxyFetchFor(baseUrl: string): typeof fetch | undefined {
  const dispatcher = new HttpClient('mcp-gateway-policy').getAgentDispatcher(baseUrl);
  if (dispatcher === undefined) return undefined;
  return ((url: string | URL, init?: RequestInit) => undiciFetch(url, { ...init, dispatcher })) as unknown as typeof fetch;
}

export function createOctokit(token: string, options: CreateOctokitOptions = {}): GitHubClient {
  const warn = options.warn ?? (() => {});
  const maxWait = options.maxWaitSeconds ?? 60;
  const onLimit =
    (kind: string) =>
    (retryAfter: number, requestOptions: RequestOptionsLike, _octokit: unknown, retryCount: number): boolean => {
      const route = describeRoute(requestOptions);
      if (retryCount < MAX_RATE_LIMIT_RETRIES && retryAfter <= maxWait) {
        warn(`GitHub ${kind} on ${route}: retrying in ${retryAfter} s (retry ${retryCount + 1} of ${MAX_RATE_LIMIT_RETRIES})`);
        return true;
      }
      warn(`GitHub ${kind} on ${route}: giving up (wait ${retryAfter} s, ${retryCount} retries already)`);
      return false;
    };
  const baseUrl = (options.baseUrl || process.env.GITHUB_API_URL || DEFAULT_API_URL).replace(/\/+$/, '');
  const proxyFetch = proxyFetchFor(baseUrl);
  return new GitHubOctokit({
    auth: token || undefined,
    baseUrl,
    ...(proxyFetch === undefined ? {} : { request: { fetch: proxyFetch } }),
    userAgent: 'mcp-gateway-policy',
    // Octokit's default log writes objects with console.*; we only want our own sentences.
    log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
    throttle: {
      onRateLimit: onLimit('rate limit'),
      onSecondaryRateLimit: onLimit('secondary rate limit'),
    },
    // `retry.retries`, not `request.retries`: the latter retries every error, doNotRetry or not.
    retry: { doNotRetry: DO_NOT_RETRY, retries: options.retries ?? 2 },
  });
}

/**
 * A one-line description of a failed API call that is safe to show a user: the HTTP status and
 * GitHub's message, never headers or the request (which would carry the token).
 */
export function describeApiError(err: unknown): string {
  if (err && typeof err === 'object') {
    const e = err as { status?: unknown; message?: unknown; response?: { data?: { message?: unknown } } };
    const status = typeof e.status === 'number' ? e.status : null;
    const apiMessage = typeof e.response?.data?.message === 'string' ? e.response.data.message : null;
    const message = apiMessage ?? (typeof e.message === 'string' ? e.message : 'unknown error');
    const firstLine = message.split('\n')[0]!.slice(0, 300);
    return status === null ? firstLine : `HTTP ${status}: ${firstLine}`;
  }
  return String(err).slice(0, 300);
}

/** The HTTP status of a failed API call, or null when it was not an HTTP error. */
export function apiStatus(err: unknown): number | null {
  const s = (err as { status?: unknown } | null)?.status;
  return typeof s === 'number' ? s : null;
}
