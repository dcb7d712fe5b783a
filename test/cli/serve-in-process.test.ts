/**
 * `mcp --listen` and `gateway --listen` through main(argv, io) in this process: they serve until
 * SIGINT and reload on SIGHUP, and once they return no signal listener of theirs is left for the
 * next test (startCliInProcess drops any they leave). dist/cli.js runs of the same commands
 * (test/mcp/http.test.ts, test/gateway/http.test.ts) show the process-level behaviour.
 */
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { verifyLogFile } from '../../src/mcp/decision-log.js';
import type { Pack } from '../../src/pack/types.js';
import { canonicalJson } from '../../src/util/canonical-json.js';
import { decisionOf, makeFixture, textOf, writeConfig } from '../gateway/support.js';
import { EXAMPLE_PACK, sha256File } from '../mcp/support.js';
import { startCliInProcess, type InProcessCommand } from '../support/in-process.js';

const TOKEN = 'test-token-0123456789abcdef';
const dir = mkdtempSync(path.join(tmpdir(), 'mgp-serve-'));
const tokenFile = path.join(dir, 'token');
writeFileSync(tokenFile, `${TOKEN}\n`);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SIGNALS = ['SIGHUP', 'SIGINT', 'SIGTERM'] as const;
const listenerCounts = () => SIGNALS.map((s) => process.listenerCount(s));

async function waitFor(run: InProcessCommand, pattern: RegExp): Promise<RegExpExecArray> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const m = pattern.exec(run.stderr.text);
    if (m) return m;
    if (Date.now() > deadline) throw new Error(`stderr never matched ${pattern}:\n${run.stderr.text}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

async function connect(url: string): Promise<Client> {
  const client = new Client({ name: 'serve-in-process', version: '0' });
  await client.connect(new StreamableHTTPClientTransport(new URL(url), { requestInit: { headers: { authorization: `Bearer ${TOKEN}` } } }));
  return client;
}

describe('mcp --listen in process', () => {
  it('serves over HTTP, logs decisions, reloads on SIGHUP, and exits 0 on SIGINT', async () => {
    const before = listenerCounts();
    const pack = path.join(dir, 'pack.json');
    copyFileSync(EXAMPLE_PACK, pack);
    const log = path.join(dir, 'mcp.jsonl');
    const run = startCliInProcess([
      'mcp',
      '--policy',
      pack,
      '--decision-log',
      log,
      '--listen',
      '127.0.0.1:0',
      '--token-file',
      tokenFile,
      '--allowed-origin',
      'https://app.example.com',
    ]);
    const [, url] = await waitFor(run, / at (http:\/\/127\.0\.0\.1:\d+\/mcp); decision log /);
    const client = await connect(url!);
    const decided = (await client.callTool({ name: 'policy_evaluate', arguments: { workflow_id: 'no-such-workflow' } })) as CallToolResult;
    expect((decided.structuredContent as { decision: string }).decision).toBe('deny');
    expect(verifyLogFile(log)).toMatchObject({ ok: true, lines: 1 });

    const original = JSON.parse(readFileSync(EXAMPLE_PACK, 'utf8')) as Pack;
    writeFileSync(pack, canonicalJson({ ...original, intent: `${original.intent} (served over HTTP)` }));
    process.emit('SIGHUP', 'SIGHUP');
    await waitFor(run, new RegExp(`reload \\((SIGHUP|file changed)\\): now serving pack ${sha256File(pack)}`));
    const served = (await client.callTool({ name: 'policy_get', arguments: {} })) as CallToolResult;
    expect((served.structuredContent as { pack_sha256: string }).pack_sha256).toBe(sha256File(pack));

    process.emit('SIGINT', 'SIGINT');
    expect(await run.exited).toBe(0);
    expect(run.stderr.text).toMatch(/shutting down: closing every MCP session/);
    expect(listenerCounts()).toEqual(before);
    await client.close().catch(() => undefined);
  });

  it('refuses an address already in use (exit 1), closing the decision log', async () => {
    const first = startCliInProcess(['mcp', '--policy', EXAMPLE_PACK, '--listen', '127.0.0.1:0', '--token-file', tokenFile]);
    const [, url] = await waitFor(first, / at (http:\/\/127\.0\.0\.1:\d+\/mcp)/);
    const port = new URL(url!).port;
    const log = path.join(dir, 'busy.jsonl');
    const second = startCliInProcess([
      'mcp',
      '--policy',
      EXAMPLE_PACK,
      '--decision-log',
      log,
      '--listen',
      `127.0.0.1:${port}`,
      '--token-file',
      tokenFile,
    ]);
    expect(await second.exited).toBe(1);
    expect(second.stderr.text).toMatch(/refusing to start: .*EADDRINUSE|refusing to start: .*in use/);
    expect(existsSync(`${log}.lock`)).toBe(false);
    process.emit('SIGINT', 'SIGINT');
    expect(await first.exited).toBe(0);
  });
});

describe('gateway --listen in process', () => {
  it('judges calls over HTTP and exits 0 on SIGINT', async () => {
    const before = listenerCounts();
    const f = makeFixture('serve');
    try {
      const config = writeConfig(f, { runId: 'run-serve' });
      const run = startCliInProcess(
        ['gateway', '--config', config, '--decision-log', f.log, '--listen', '127.0.0.1:0', '--token-file', tokenFile],
        { env: { PATH: process.env.PATH ?? '' } },
      );
      const [, url] = await waitFor(run, /listening on (http:\/\/\S+);/);
      const client = await connect(url!);
      const ok = (await client.callTool({
        name: 'write_file',
        arguments: { path: 'docs/serve.md', content: 'in process\n' },
      })) as CallToolResult;
      expect(ok.isError, textOf(ok)).toBeFalsy();
      expect(readFileSync(path.join(f.repo, 'docs/serve.md'), 'utf8')).toBe('in process\n');
      const no = (await client.callTool({
        name: 'write_file',
        arguments: { path: '../outside/serve.md', content: 'x\n' },
      })) as CallToolResult;
      expect(decisionOf(no)).toBe('deny');
      process.emit('SIGINT', 'SIGINT');
      expect(await run.exited).toBe(0);
      expect(verifyLogFile(f.log)).toMatchObject({ ok: true, lines: 2 });
      expect(listenerCounts()).toEqual(before);
      await client.close().catch(() => undefined);
    } finally {
      rmSync(f.root, { recursive: true, force: true });
    }
  });
});
