import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpListenError, listenStreamableHttp, parseListenAddress, readTokenFile, type HttpListener } from '../../src/mcp/http-server.js';
import { PackSource } from '../../src/mcp/pack-source.js';
import { createPolicyServer } from '../../src/mcp/server.js';
import { DIST_CLI } from '../support/paths.js';
import { runCli } from '../support/run-cli.js';
import { EXAMPLE_PACK, sha256File } from './support.js';

const dir = mkdtempSync(path.join(tmpdir(), 'mgp-http-'));
const TOKEN = 'test-token-0123456789abcdef';
const tokenFile = path.join(dir, 'token');
writeFileSync(tokenFile, `${TOKEN}\n`);
const packSha = sha256File(EXAMPLE_PACK);

const INITIALIZE = {
  jsonrpc: '2.0',
  id: 1,
  method: 'initialize',
  params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'raw', version: '0' } },
};

interface Running {
  child: ChildProcess;
  url: string;
  stderr(): string;
  exit: Promise<number | null>;
}

/** The HTTP transport in this process, serving what `mcp --listen` serves (the pack, one server per session). */
async function startInProcess(allowedOrigins: string[] = []): Promise<{ url: string; stderr(): string; close(): Promise<void> }> {
  let stderr = '';
  const report = (message: string) => (stderr += `${message}\n`);
  const source = new PackSource(EXAMPLE_PACK, {}, report);
  const listener: HttpListener = await listenStreamableHttp({
    host: '127.0.0.1',
    port: 0,
    token: TOKEN,
    allowedOrigins,
    createServer: () => createPolicyServer({ source, report }),
    onDiagnostic: report,
  });
  return { url: listener.url, stderr: () => stderr, close: () => listener.close() };
}

/** `node dist/cli.js mcp --listen …`, for what only the process shows: the URL on stderr, SIGTERM. */
async function startHttp(extra: string[] = []): Promise<Running> {
  const child = spawn(
    process.execPath,
    [DIST_CLI, 'mcp', '--policy', EXAMPLE_PACK, '--listen', '127.0.0.1:0', '--token-file', tokenFile, ...extra],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stderr = '';
  let stdout = '';
  child.stderr!.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
  child.stdout!.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const deadline = Date.now() + 15_000;
  let m: RegExpExecArray | null = null;
  while ((m = / at (http:\/\/127\.0\.0\.1:\d+\/mcp)/.exec(stderr)) === null) {
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`server did not start; stderr:\n${stderr}`);
    await new Promise((r) => setTimeout(r, 20));
  }
  return { child, url: m[1]!, stderr: () => stderr + (stdout === '' ? '' : `\nSTDOUT: ${stdout}`), exit };
}

async function connect(url: string, token: string | null): Promise<Client> {
  const headers: Record<string, string> = token === null ? {} : { authorization: `Bearer ${token}` };
  const client = new Client({ name: 'mcp-gateway-policy-tests', version: '0.0.0' });
  await client.connect(new StreamableHTTPClientTransport(new URL(url), { requestInit: { headers } }));
  return client;
}

function post(url: string, headers: Record<string, string>, body: unknown = INITIALIZE): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream', ...headers },
    body: JSON.stringify(body),
  });
}

/** node:http, because fetch will not send a Host header of our choosing. */
function postWithHost(url: string, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url, {
      method: 'POST',
      headers: {
        host,
        authorization: `Bearer ${TOKEN}`,
        'content-type': 'application/json',
        accept: 'application/json, text/event-stream',
      },
    });
    req.on('response', (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end(JSON.stringify(INITIALIZE));
  });
}

describe('Streamable HTTP (SDK client, the listener in process)', () => {
  let server: Awaited<ReturnType<typeof startInProcess>>;
  beforeAll(async () => {
    server = await startInProcess(['https://app.example.com']);
  });
  afterAll(async () => {
    await server?.close();
  });

  it('serves the same four tools and decisions over HTTP, one session per client', async () => {
    const a = await connect(server.url, TOKEN);
    const b = await connect(server.url, TOKEN);
    try {
      const { tools } = await a.listTools();
      expect(tools.map((t) => t.name).sort()).toEqual(
        ['policy_evaluate', 'policy_get', 'recipes_evaluate_mcp_gateway_decision', 'recipes_mcp_gateway_policy'].sort(),
      );
      const got = (await a.callTool({ name: 'policy_get', arguments: {} })) as CallToolResult;
      expect((got.structuredContent as { pack_sha256: string }).pack_sha256).toBe(packSha);
      const decided = (await b.callTool({ name: 'policy_evaluate', arguments: { workflow_id: 'no-such-workflow' } })) as CallToolResult;
      expect((decided.structuredContent as { decision: string }).decision).toBe('deny');
      const ta = (a as unknown as { _transport: StreamableHTTPClientTransport })._transport;
      const tb = (b as unknown as { _transport: StreamableHTTPClientTransport })._transport;
      expect(ta.sessionId).toMatch(/^[0-9a-f-]{36}$/);
      expect(tb.sessionId).not.toBe(ta.sessionId);
      expect(server.stderr()).toMatch(/MCP session [0-9a-f-]{36} opened \(2 open\)/);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('answers 401 without the bearer token or with a wrong one, and the SDK client cannot connect', async () => {
    const none = await post(server.url, {});
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toBe('Bearer');
    expect((await post(server.url, { authorization: `Bearer ${TOKEN}x` })).status).toBe(401);
    expect((await post(server.url, { authorization: `Bearer ${TOKEN.slice(0, -1)}` })).status).toBe(401);
    expect((await post(server.url, { authorization: TOKEN })).status).toBe(401);
    expect((await post(server.url, { authorization: `Basic ${TOKEN}` })).status).toBe(401);
    await expect(connect(server.url, null)).rejects.toThrow();
    await expect(connect(server.url, 'wrong')).rejects.toThrow();
    expect(server.stderr()).not.toContain(TOKEN);
  });

  it('answers 403 to a foreign Origin even with the token, and accepts its own and the allowed ones', async () => {
    const foreign = await post(server.url, { authorization: `Bearer ${TOKEN}`, origin: 'http://evil.example' });
    expect(foreign.status).toBe(403);
    expect(await foreign.text()).toContain('evil.example');
    // Same host, another port: another origin.
    const port = Number(new URL(server.url).port);
    expect((await post(server.url, { authorization: `Bearer ${TOKEN}`, origin: `http://localhost:${port + 1}` })).status).toBe(403);
    for (const origin of [`http://localhost:${port}`, `http://127.0.0.1:${port}`, 'https://app.example.com']) {
      const ok = await post(server.url, { authorization: `Bearer ${TOKEN}`, origin });
      expect(ok.status, origin).toBe(200);
      expect(ok.headers.get('mcp-session-id')).toBeTruthy();
    }
  });

  it('answers 403 to a Host that is not its own (DNS rebinding), 404 off /mcp, 400 without a session', async () => {
    expect(await postWithHost(server.url, 'attacker.example')).toBe(403);
    expect(await postWithHost(server.url, `localhost:${new URL(server.url).port}`)).toBe(200);
    expect((await post(server.url.replace(/\/mcp$/, '/other'), { authorization: `Bearer ${TOKEN}` })).status).toBe(404);
    const noSession = await post(server.url, { authorization: `Bearer ${TOKEN}` }, { jsonrpc: '2.0', id: 2, method: 'tools/list' });
    expect(noSession.status).toBe(400);
    const unknown = await post(
      server.url,
      { authorization: `Bearer ${TOKEN}`, 'mcp-session-id': 'no-such-session' },
      { jsonrpc: '2.0', id: 2, method: 'tools/list' },
    );
    expect(unknown.status).toBe(404);
  });
});

describe('mcp --listen refuses to start unsafely', () => {
  const run = (args: string[]) => runCli(['mcp', '--policy', EXAMPLE_PACK, ...args], { input: '' });

  it('without a token file, with a missing or empty one', async () => {
    const none = await run(['--listen', '127.0.0.1:0']);
    expect(none.status).toBe(1);
    expect(none.stderr).toMatch(/refusing to start: --listen needs --token-file/);
    const missing = await run(['--listen', '127.0.0.1:0', '--token-file', path.join(dir, 'absent')]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/token file .*absent does not exist/);
    const empty = path.join(dir, 'empty');
    writeFileSync(empty, '\n  \n');
    const blank = await run(['--listen', '127.0.0.1:0', '--token-file', empty]);
    expect(blank.status).toBe(1);
    expect(blank.stderr).toMatch(/token file .*empty is empty/);
  });

  it('on a non-loopback address without --allow-remote', async () => {
    const r = await run(['--listen', '0.0.0.0:0', '--token-file', tokenFile]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/not a loopback address.*--allow-remote/s);
  });

  it('on a malformed --listen (usage error), or --token-file without --listen', async () => {
    const r = await run(['--listen', 'localhost', '--token-file', tokenFile]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('HOST:PORT');
    expect((await run(['--token-file', tokenFile])).status).toBe(2);
  });

  it('prints its URL and stops on SIGTERM with exit 0, closing the sessions (dist/cli.js)', async () => {
    const s = await startHttp(['--allowed-origin', 'https://app.example.com']);
    const client = await connect(s.url, TOKEN);
    expect(((await client.callTool({ name: 'policy_get', arguments: {} })) as CallToolResult).structuredContent).toMatchObject({
      pack_sha256: packSha,
    });
    s.child.kill('SIGTERM');
    expect(await s.exit).toBe(0);
    expect(s.stderr()).toMatch(/shutting down/);
  });
});

describe('parseListenAddress, readTokenFile, listenStreamableHttp', () => {
  it('read the documented forms and refuse the rest', () => {
    expect(parseListenAddress('127.0.0.1:8765')).toEqual({ host: '127.0.0.1', port: 8765 });
    expect(parseListenAddress('localhost:0')).toEqual({ host: 'localhost', port: 0 });
    expect(parseListenAddress('[::1]:9')).toEqual({ host: '::1', port: 9 });
    for (const bad of ['', ':80', '127.0.0.1', '127.0.0.1:65536', '::1:80', '[::1]', 'host:port']) {
      expect(() => parseListenAddress(bad), bad).toThrow(HttpListenError);
    }
    expect(() => parseListenAddress('x')).toThrow(/HOST:PORT/);
  });

  it('listenStreamableHttp refuses a wildcard or remote address unless allowed, and an empty token', async () => {
    const base = { port: 0, token: TOKEN, createServer: () => ({ connect: async () => {}, close: async () => {} }) };
    for (const host of ['0.0.0.0', '::', '192.0.2.1']) {
      await expect(listenStreamableHttp({ ...base, host }), host).rejects.toThrow(/not a loopback address/);
    }
    await expect(listenStreamableHttp({ ...base, host: '127.0.0.1', token: '' })).rejects.toThrow(/without a bearer token/);
    const ok = await listenStreamableHttp({ ...base, host: '0.0.0.0', allowRemote: true });
    expect(ok.url).toMatch(/^http:\/\/0\.0\.0\.0:\d+\/mcp$/);
    await ok.close();
  });

  it('returns the trimmed token and refuses a file with two tokens', () => {
    expect(readTokenFile(tokenFile)).toBe(TOKEN);
    const two = path.join(dir, 'two');
    writeFileSync(two, 'a b\n');
    expect(() => readTokenFile(two)).toThrow(/one token/);
  });
});
