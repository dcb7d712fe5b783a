/**
 * createOctokit behind a proxy and against a GitHub Enterprise Server URL, as @actions/github's
 * getOctokit: GITHUB_API_URL, HTTP(S)_PROXY, NO_PROXY. The proxy is a real CONNECT proxy on
 * loopback that records what it was asked for and tunnels to the loopback GitHub server, so the
 * "Enterprise Server" host name never has to resolve.
 */
import { createServer, type Server } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createOctokit, proxyFetchFor } from '../../src/github/octokit.js';
import { pullRequest } from '../support/github-factories.js';
import { faults, GitHubServer } from '../support/github-server.js';

const OWNER = 'acme';
const REPO = 'payments';
const GHES_HOST = 'ghes.example.test';

interface Tunnel {
  target: string;
  proxyAuthorization: string | undefined;
}

/** A CONNECT proxy: every tunnel goes to `upstreamPort` on loopback, or is refused (403) when it is null. */
async function startProxy(upstreamPort: number | null): Promise<{ url: string; tunnels: Tunnel[]; close(): Promise<void> }> {
  const tunnels: Tunnel[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((_req, res) => {
    res.writeHead(405).end();
  });
  server.on('connect', (req, client: Socket, head: Buffer) => {
    sockets.add(client);
    tunnels.push({ target: req.url ?? '', proxyAuthorization: req.headers['proxy-authorization'] });
    if (upstreamPort === null) {
      client.end('HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    const upstream = connect(upstreamPort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length > 0) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    sockets.add(upstream);
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    tunnels,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

const ENV_KEYS = ['HTTP_PROXY', 'http_proxy', 'HTTPS_PROXY', 'https_proxy', 'NO_PROXY', 'no_proxy', 'GITHUB_API_URL'];
const savedEnv = Object.fromEntries(ENV_KEYS.map((k) => [k, process.env[k]]));
function setEnv(values: Record<string, string>): void {
  for (const k of ENV_KEYS) delete process.env[k];
  Object.assign(process.env, values);
}

let gh: GitHubServer;
let ghPort: number;
beforeAll(async () => {
  gh = await GitHubServer.start();
  ghPort = Number(new URL(gh.url).port);
  gh.repo(OWNER, REPO).pulls.set(7, pullRequest({ owner: OWNER, repo: REPO, number: 7 }));
});
afterEach(() => {
  setEnv(Object.fromEntries(Object.entries(savedEnv).filter((e): e is [string, string] => e[1] !== undefined)));
  gh.assertAllValid();
});
afterAll(async () => {
  await gh.close();
});

describe('createOctokit: proxies and GitHub Enterprise Server', () => {
  it('uses GITHUB_API_URL and HTTP_PROXY (with its credentials) for an http:// API, as getOctokit does', async () => {
    const proxy = await startProxy(ghPort);
    try {
      setEnv({ GITHUB_API_URL: `http://${GHES_HOST}:${ghPort}/`, HTTP_PROXY: proxy.url.replace('http://', 'http://user:s3cret@') });
      const before = gh.log.length;
      const { data } = await createOctokit('ghs_proxyToken').rest.pulls.get({ owner: OWNER, repo: REPO, pull_number: 7 });
      expect(data.number).toBe(7);
      expect(proxy.tunnels).toEqual([
        { target: `${GHES_HOST}:${ghPort}`, proxyAuthorization: `Basic ${Buffer.from('user:s3cret').toString('base64')}` },
      ]);
      const served = gh.log.slice(before);
      expect(served.map((r) => [r.operationId, r.authenticated, r.headers.host])).toEqual([['pulls/get', true, `${GHES_HOST}:${ghPort}`]]);
    } finally {
      await proxy.close();
    }
  });

  it('keeps the retry plugin through the proxy: a 500 is retried and then answered', async () => {
    const proxy = await startProxy(ghPort);
    try {
      setEnv({ HTTP_PROXY: proxy.url });
      gh.fault({ operationId: 'pulls/get', ...faults.serverError(502) });
      const warnings: string[] = [];
      const client = createOctokit('ghs_proxyToken', { baseUrl: `http://${GHES_HOST}:${ghPort}`, warn: (m) => warnings.push(m) });
      const { data } = await client.rest.pulls.get({ owner: OWNER, repo: REPO, pull_number: 7 });
      expect(data.number).toBe(7);
      expect(
        gh
          .requests('pulls/get')
          .slice(-2)
          .map((r) => r.status),
      ).toEqual([502, 200]);
      expect(proxy.tunnels.length).toBeGreaterThanOrEqual(1);
      expect(proxy.tunnels.every((t) => t.target === `${GHES_HOST}:${ghPort}`)).toBe(true);
    } finally {
      await proxy.close();
    }
  });

  it('sends an https:// API through HTTPS_PROXY (here refused by the proxy, so nothing leaves the machine)', async () => {
    const proxy = await startProxy(null);
    try {
      for (const variable of ['HTTPS_PROXY', 'https_proxy']) {
        setEnv({ [variable]: proxy.url });
        proxy.tunnels.length = 0;
        await expect(createOctokit('ghs_x', { retries: 0 }).rest.pulls.get({ owner: OWNER, repo: REPO, pull_number: 7 })).rejects.toThrow();
        expect(
          proxy.tunnels.map((t) => t.target),
          variable,
        ).toEqual(['api.github.com:443']);
      }
    } finally {
      await proxy.close();
    }
  });

  it('goes direct for a host NO_PROXY names, and for loopback URLs whatever the proxy variables say', async () => {
    const proxy = await startProxy(ghPort);
    try {
      setEnv({ HTTP_PROXY: proxy.url, HTTPS_PROXY: proxy.url, NO_PROXY: `other.example, .example.test` });
      expect(proxyFetchFor(`http://${GHES_HOST}:${ghPort}`)).toBeUndefined();
      expect(proxyFetchFor('https://api.github.com')).toBeDefined();
      setEnv({ HTTP_PROXY: proxy.url, no_proxy: GHES_HOST });
      expect(proxyFetchFor(`http://${GHES_HOST}:${ghPort}`)).toBeUndefined();
      // Direct to a name that does not resolve: the call fails, and the proxy never saw it.
      await expect(
        createOctokit('ghs_x', { baseUrl: `http://${GHES_HOST}:${ghPort}`, retries: 0 }).rest.pulls.get({
          owner: OWNER,
          repo: REPO,
          pull_number: 7,
        }),
      ).rejects.toThrow();
      const { data } = await createOctokit('ghs_x', { baseUrl: gh.url }).rest.pulls.get({ owner: OWNER, repo: REPO, pull_number: 7 });
      expect(data.number).toBe(7);
      expect(proxy.tunnels).toEqual([]);
    } finally {
      await proxy.close();
    }
  });
});
