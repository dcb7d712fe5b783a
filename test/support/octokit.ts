import { Octokit } from '@octokit/rest';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import type { GitHubServer } from './github-server.js';

const Client = Octokit.plugin(retry, throttling);
/** Typed as the plain Octokit: the plugins add behaviour, not methods the tests call. */
export type TestOctokit = Octokit;

/**
 * An Octokit with the retry and throttling plugins pointed at the loopback server, retrying
 * rate limits a bounded number of times with Retry-After scaled down (1 s → 10 ms) so tests stay fast.
 * `throttle: false` drops the throttling plugin's pacing (it spaces writes 1 s apart) for tests
 * about something other than rate limits.
 */
export function testOctokit(server: GitHubServer, o: { token?: string; retries?: number; throttle?: boolean } = {}): TestOctokit {
  return new Client({
    auth: o.token ?? 'ghs_fakeInstallationToken0123456789',
    baseUrl: server.url,
    log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
    request: { retries: o.retries ?? 2 },
    retry: { retryAfterBaseValue: 10 },
    throttle: {
      enabled: o.throttle ?? true,
      retryAfterBaseValue: 10,
      onRateLimit: (_after: number, _opts: unknown, _o: unknown, retryCount: number) => retryCount < 2,
      onSecondaryRateLimit: (_after: number, _opts: unknown, _o: unknown, retryCount: number) => retryCount < 2,
    },
  });
}
