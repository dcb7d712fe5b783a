/**
 * An API the runner cannot reach, or a token GitHub refuses: a clear cause, no retries, and no
 * further requests once it happened. Against real sockets (a closed port, the loopback server).
 */
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { Octokit } from '@octokit/rest';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createOctokit } from '../../src/github/octokit.js';
import { ApiOutageError, apiOutage, outageGuard } from '../../src/github/outage.js';
import { faults, GitHubServer } from '../support/github-server.js';
import { pullRequest } from '../support/github-factories.js';

/** A port nothing listens on (bound, then released). */
async function closedPort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  const port = (s.address() as AddressInfo).port;
  await new Promise<void>((resolve) => s.close(() => resolve()));
  return port;
}

const rejection = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: unknown) => e,
  );
const args = { owner: 'acme', repo: 'payments', pull_number: 7 };

describe('unreachable API', () => {
  it('a refused connection is "cannot reach <host>", not retried, and later requests fail at once', async () => {
    const port = await closedPort();
    const gh = createOctokit('ghs_x', { baseUrl: `http://127.0.0.1:${port}` });
    const err = await rejection(gh.rest.pulls.get(args));
    expect(err).toBeInstanceOf(ApiOutageError);
    expect((err as ApiOutageError).kind).toBe('unreachable');
    expect((err as ApiOutageError).message).toMatch(new RegExp(`^cannot reach 127\\.0\\.0\\.1:${port} \\(ECONNREFUSED`));
    expect(apiOutage(gh)).toBe(err);
    expect(await rejection(gh.rest.pulls.listFiles(args))).toBe(err);
  });

  it('a DNS failure is tried once, whatever the retry plugin would do with a 500', async () => {
    let calls = 0;
    const dnsFailure: typeof fetch = async () => {
      calls++;
      const cause = Object.assign(new Error('getaddrinfo ENOTFOUND api.github.com'), {
        code: 'ENOTFOUND',
        syscall: 'getaddrinfo',
        hostname: 'api.github.com',
      });
      throw new TypeError('fetch failed', { cause });
    };
    const Client = Octokit.plugin(outageGuard, retry, throttling);
    const gh = new Client({
      request: { fetch: dnsFailure },
      log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
      retry: { retries: 5, retryAfterBaseValue: 1000 },
      throttle: { onRateLimit: () => false, onSecondaryRateLimit: () => false },
    });
    const first = await rejection(gh.rest.pulls.get(args));
    expect((first as ApiOutageError).message).toBe('cannot reach api.github.com (ENOTFOUND: getaddrinfo ENOTFOUND api.github.com)');
    await rejection(gh.rest.pulls.listFiles(args));
    await rejection(gh.rest.repos.getContent({ owner: 'acme', repo: 'payments', path: 'x' }));
    expect(calls).toBe(1);
  });
});

describe('rejected token', () => {
  let gh: GitHubServer;
  beforeEach(async () => {
    gh = await GitHubServer.start();
    gh.repo('acme', 'payments').pulls.set(7, pullRequest({ owner: 'acme', repo: 'payments', number: 7 }));
  });
  afterEach(async () => {
    await gh.close();
  });

  it('401 is "token rejected", and nothing more is asked', async () => {
    gh.fault({ status: 401, body: { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest', status: '401' } });
    const client = createOctokit('ghs_revoked', { baseUrl: gh.url });
    const err = await rejection(client.rest.pulls.get(args));
    expect(err).toMatchObject({ kind: 'token_rejected', status: 401 });
    expect((err as Error).message).toBe('token rejected by 127.0.0.1:' + new URL(gh.url).port + ' (HTTP 401: Bad credentials)');
    await rejection(client.rest.pulls.listFiles(args));
    expect(gh.log).toHaveLength(1);
  });

  it('403 without rate-limit signs on a read is "token rejected"', async () => {
    gh.fault({
      operationId: 'pulls/get',
      status: 403,
      body: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest', status: '403' },
    });
    const client = createOctokit('ghs_x', { baseUrl: gh.url });
    expect(await rejection(client.rest.pulls.get(args))).toMatchObject({ kind: 'token_rejected', status: 403 });
  });

  it('403 with rate-limit headers is a rate limit, never a rejected token', async () => {
    gh.fault({ operationId: 'pulls/get', times: 10, ...faults.primaryRateLimit(3600) });
    const client = createOctokit('ghs_x', { baseUrl: gh.url });
    const err = await rejection(client.rest.pulls.get(args));
    expect(err).not.toBeInstanceOf(ApiOutageError);
    expect((err as { status?: number }).status).toBe(403);
    expect(apiOutage(client)).toBeNull();
  });

  it('403 on a team-membership lookup (a token without members:read) is left to the caller', async () => {
    gh.teamAccess = 'forbidden';
    const client = createOctokit('ghs_x', { baseUrl: gh.url });
    const err = await rejection(client.rest.teams.getMembershipForUserInOrg({ org: 'acme', team_slug: 'docs', username: 'alice' }));
    expect((err as { status?: number }).status).toBe(403);
    expect(apiOutage(client)).toBeNull();
  });
});
