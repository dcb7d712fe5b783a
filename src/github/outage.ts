/**
 * Failures that no retry fixes and that say nothing about the pull request: GitHub's API cannot
 * be reached at all (the name does not resolve, the connection is refused), or it refuses the
 * token. An Octokit plugin, installed before the retry and throttling plugins so it sees each
 * attempt first: it turns such a failure into an ApiOutageError (which neither plugin retries:
 * a DNS failure is not worth 90 s of back-off), and once one happened every later request of the
 * same client fails at once with it. The Action then stops with the real cause instead of
 * judging the PR on half the facts.
 */
import type { Octokit } from '@octokit/core';

export type OutageKind = 'unreachable' | 'token_rejected';

export class ApiOutageError extends Error {
  override name = 'ApiOutageError';
  constructor(
    message: string,
    readonly kind: OutageKind,
    /** The API host, e.g. api.github.com. */
    readonly host: string,
    /** The HTTP status for a rejected token. */
    readonly status: number | null,
  ) {
    super(message);
  }
}

/** DNS failures and refused connections: the runner cannot talk to the API host at all. */
const UNREACHABLE = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_NONAME', 'EAI_FAIL', 'ECONNREFUSED', 'EHOSTUNREACH', 'ENETUNREACH']);

/** GETs where a 403 is an expected answer the caller handles (team membership without members:read; GET /user with an app token). */
const EXPECTED_403 = [/\/teams\/\{team_slug\}\/memberships\//, /^\/user$/];

const latched = new WeakMap<object, ApiOutageError>();

/** The outage a client ran into, or null. */
export function apiOutage(client: object): ApiOutageError | null {
  return latched.get(client) ?? null;
}

/** The Octokit plugin. */
export function outageGuard(octokit: Octokit): Record<string, never> {
  octokit.hook.wrap('request', async (request, options) => {
    const before = latched.get(octokit);
    if (before) throw before;
    try {
      return await request(options);
    } catch (err) {
      const outage = classify(err, String(options.baseUrl ?? ''), String(options.method ?? 'GET'), String(options.url ?? ''));
      if (outage) {
        latched.set(octokit, outage);
        throw outage;
      }
      throw err;
    }
  });
  return {};
}

function classify(err: unknown, baseUrl: string, method: string, route: string): ApiOutageError | null {
  const host = hostOf(baseUrl);
  const code = networkCode(err);
  if (code !== null && UNREACHABLE.has(code)) {
    return new ApiOutageError(
      `cannot reach ${host} (${code}${causeMessage(err) ? `: ${causeMessage(err)}` : ''})`,
      'unreachable',
      host,
      null,
    );
  }
  const e = err as { status?: unknown; response?: { headers?: Record<string, string | undefined>; data?: { message?: unknown } } } | null;
  const status = typeof e?.status === 'number' ? e.status : null;
  const headers = e?.response?.headers ?? {};
  const apiMessage = typeof e?.response?.data?.message === 'string' ? e.response.data.message.split('\n')[0]!.slice(0, 200) : '';
  if (status === 401)
    return new ApiOutageError(`token rejected by ${host} (HTTP 401${apiMessage ? `: ${apiMessage}` : ''})`, 'token_rejected', host, 401);
  if (status === 403 && method === 'GET' && !isRateLimit(headers, apiMessage) && !EXPECTED_403.some((re) => re.test(route))) {
    return new ApiOutageError(
      `token rejected by ${host} on ${method} ${route} (HTTP 403${apiMessage ? `: ${apiMessage}` : ''})`,
      'token_rejected',
      host,
      403,
    );
  }
  return null;
}

/** A 403 carrying GitHub's rate-limit signs is a rate limit (the throttling plugin's), not a bad token. */
function isRateLimit(headers: Record<string, string | undefined>, message: string): boolean {
  return headers['x-ratelimit-remaining'] === '0' || headers['retry-after'] !== undefined || /rate limit/i.test(message);
}

/** The system error code under a failed fetch (undici puts it on `cause`, sometimes one level deeper). */
function networkCode(err: unknown): string | null {
  let e: unknown = err;
  for (let depth = 0; depth < 4 && e && typeof e === 'object'; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^E[A-Z_]+$/.test(code)) return code;
    e = (e as { cause?: unknown }).cause;
  }
  return null;
}

function causeMessage(err: unknown): string {
  let e: unknown = err;
  let last = '';
  for (let depth = 0; depth < 4 && e && typeof e === 'object'; depth++) {
    const m = (e as { message?: unknown }).message;
    if (typeof m === 'string' && m !== '') last = m;
    e = (e as { cause?: unknown }).cause;
  }
  return last.split('\n')[0]!.slice(0, 200);
}

function hostOf(baseUrl: string): string {
  try {
    return new URL(baseUrl).host || 'the GitHub API';
  } catch {
    return 'the GitHub API';
  }
}

/** What to do about an outage, for the step's failure message. */
export function outageNextStep(o: ApiOutageError, apiUrl: string): string {
  if (o.kind === 'unreachable') {
    return `This is a network problem, not a policy one: nothing was judged. Check that the runner can reach ${apiUrl} (DNS, firewall, proxy settings, GITHUB_API_URL), then re-run the job.`;
  }
  if (o.status === 401) {
    return 'Nothing was judged. Check the token input: the secret may be missing, expired or revoked (the default is github.token).';
  }
  return 'Nothing was judged. Give the token the permissions docs/action.md lists (contents: read, pull-requests: read or write, issues: write, statuses: write), or use a token with access to this repository.';
}
