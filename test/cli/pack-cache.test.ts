/**
 * `evaluate --pack-cache`: a large pack's index is kept between runs in a directory only this user
 * can write, used on later runs of the same bytes, and ignored (the whole pack validated instead)
 * when the directory or file could have been written by anyone else or by another version.
 */
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { afterAll, describe, expect, it } from 'vitest';
import { PACK_INDEX_MIN_BYTES } from '../../src/cli/pack-index-cache.js';
import type { Pack } from '../../src/pack/types.js';
import { canonicalJson, sha256Hex } from '../../src/util/index.js';
import { VERSION } from '../../src/version.js';
import { REPO_ROOT } from '../support/paths.js';
import { startCliInProcess } from '../support/in-process.js';
import { runCli, runDistCli } from '../support/run-cli.js';

const NOW = '2026-11-29T12:00:00Z';
const example = JSON.parse(readFileSync(path.join(REPO_ROOT, 'data/policy/mcp-gateway-policy.json'), 'utf8')) as Pack;
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function tempDir(): string {
  const d = mkdtempSync(path.join(tmpdir(), 'pack-cache-'));
  dirs.push(d);
  return d;
}

/** The example's workflows copied under new ids until the pack is past the size that uses the cache. */
function largePack(): string {
  const pack = structuredClone(example);
  const templates = example.workflow_policies;
  const n = Math.ceil((PACK_INDEX_MIN_BYTES * 1.2) / (canonicalJson(example).length / templates.length));
  pack.workflow_policies = Array.from({ length: n }, (_, i) => ({
    ...structuredClone(templates[i % templates.length]!),
    workflow_id: `wf-${i}`,
  }));
  const text = canonicalJson(pack);
  expect(text.length).toBeGreaterThan(PACK_INDEX_MIN_BYTES);
  return text;
}

const dir = tempDir();
const PACK = path.join(dir, 'pack.json');
const packText = largePack();
writeFileSync(PACK, packText);
const SHA = sha256Hex(packText);
const template = example.workflow_policies[1]!;
const READ = {
  workflow_id: 'wf-1',
  agent_id: `sr-agent::wf-1::${template.identity.allowed_agents[0]}`,
  run_id: 'run-1',
  tool_namespace: template.tool_access.allowed_mcp_scopes.find((s) => s.access === 'read')!.namespace,
  tool_access_mode: 'read',
  gate_phase: 'tool_call',
};
const REQUEST = path.join(dir, 'request.json');
writeFileSync(REQUEST, JSON.stringify(READ));

const evaluate = (extra: string[], env: NodeJS.ProcessEnv = {}) =>
  runCli(['evaluate', '--policy', PACK, '--request', REQUEST, '--now', NOW, ...extra], { env: { PATH: process.env.PATH, ...env } });

/** Ids of workflows 1 and 2 swapped in the stored index: a run that uses it denies workflow 1. */
function plantLyingIndex(cache: string): void {
  const file = path.join(cache, `${SHA}.json`);
  const stored = JSON.parse(readFileSync(file, 'utf8')) as { index: { workflows: [string, number, number][] } };
  const w = stored.index.workflows;
  [w[1]![0], w[2]![0]] = [w[2]![0], w[1]![0]];
  writeFileSync(file, JSON.stringify(stored));
}

describe('evaluate --pack-cache', () => {
  it('keeps the index of a large pack, privately, and uses it on the next run of the same bytes', async () => {
    const cache = path.join(tempDir(), 'cache');
    const off = await evaluate(['--pack-cache', 'off']);
    expect(off.status, off.stderr).toBe(0);
    expect(JSON.parse(off.stdout).decision).toBe('allow');

    const first = await evaluate(['--pack-cache', cache]);
    expect(first.stdout).toBe(off.stdout);
    expect(readdirSync(cache)).toEqual([`${SHA}.json`]);
    expect(statSync(cache).mode & 0o777).toBe(0o700);
    expect(statSync(path.join(cache, `${SHA}.json`)).mode & 0o777).toBe(0o600);
    const stored = JSON.parse(readFileSync(path.join(cache, `${SHA}.json`), 'utf8')) as { tool: string; version: string };
    expect([stored.tool, stored.version]).toEqual(['mcp-gateway-policy', VERSION]);

    const second = await evaluate(['--pack-cache', cache]);
    expect(second.stdout).toBe(off.stdout);
    plantLyingIndex(cache);
    const lied = JSON.parse((await evaluate(['--pack-cache', cache])).stdout) as { decision: string; violations: string[] };
    expect(lied.decision).toBe('deny');
    expect(lied.violations.join(' ')).toMatch(/the pack index does not fit the pack/);
  });

  it('ignores an index others could have written, or another version wrote', async () => {
    const cache = path.join(tempDir(), 'cache');
    const off = (await evaluate(['--pack-cache', 'off'])).stdout;
    await evaluate(['--pack-cache', cache]);
    plantLyingIndex(cache);
    chmodSync(path.join(cache, `${SHA}.json`), 0o666);
    expect((await evaluate(['--pack-cache', cache])).stdout).toBe(off);
    chmodSync(path.join(cache, `${SHA}.json`), 0o600);
    chmodSync(cache, 0o770);
    expect((await evaluate(['--pack-cache', cache])).stdout).toBe(off);
    chmodSync(cache, 0o700);
    const file = path.join(cache, `${SHA}.json`);
    writeFileSync(file, readFileSync(file, 'utf8').replace(`"version":"${VERSION}"`, '"version":"0.0.0-other"'));
    expect((await evaluate(['--pack-cache', cache])).stdout).toBe(off);
  });

  it('is found through the environment or the user cache directory, and is off in GitHub Actions or when asked', async () => {
    const home = tempDir();
    await evaluate([], { HOME: home });
    expect(readdirSync(path.join(home, '.cache/mcp-gateway-policy/pack-index'))).toEqual([`${SHA}.json`]);
    const xdg = tempDir();
    await evaluate([], { HOME: home, XDG_CACHE_HOME: xdg });
    expect(existsSync(path.join(xdg, 'mcp-gateway-policy/pack-index', `${SHA}.json`))).toBe(true);
    const named = path.join(tempDir(), 'named');
    await evaluate([], { HOME: home, MCP_GATEWAY_POLICY_CACHE_DIR: named });
    expect(readdirSync(named)).toEqual([`${SHA}.json`]);

    const actions = tempDir();
    await evaluate([], { HOME: actions, GITHUB_ACTIONS: 'true' });
    await evaluate([], { HOME: actions, MCP_GATEWAY_POLICY_CACHE_DIR: 'off' });
    expect(readdirSync(actions)).toEqual([]);
    const small = await runCli(['evaluate', '--request', REQUEST, '--now', NOW], { cwd: REPO_ROOT, env: { HOME: actions } });
    expect(small.status).toBe(0);
    expect(readdirSync(actions)).toEqual([]);

    const usage = await evaluate(['--pack-cache', ' ']);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toMatch(/--pack-cache must be a directory or off/);
  });

  it('keeps the most recently used indexes only', async () => {
    const cache = path.join(tempDir(), 'cache');
    await evaluate(['--pack-cache', cache]);
    for (let i = 0; i < 40; i++) writeFileSync(path.join(cache, `${i.toString(16).padStart(64, '0')}.json`), '{}', { mode: 0o600 });
    const other = path.join(dir, 'other.json');
    writeFileSync(other, packText.replace('"wf-0"', '"wf-x"'));
    await runCli(['evaluate', '--policy', other, '--request', REQUEST, '--now', NOW, '--pack-cache', cache], { env: {} });
    const left = readdirSync(cache);
    expect(left).toHaveLength(32);
    expect(left).toContain(`${sha256Hex(readFileSync(other))}.json`);
  });

  it('gives batch worker threads the index, with the same bytes out as without it', () => {
    const cache = path.join(tempDir(), 'cache');
    const input = Array.from({ length: 200 }, (_, i) => JSON.stringify({ ...READ, run_id: `run-${i}` })).join('\n') + '\n';
    const args = ['evaluate', '--policy', PACK, '--requests', '-', '--now', NOW];
    const plain = runDistCli([...args, '--pack-cache', 'off'], { input, encoding: 'utf8' });
    expect(plain.status, plain.stderr).toBe(0);
    runDistCli([...args, '--pack-cache', cache], { input, encoding: 'utf8' });
    const workers = runDistCli([...args, '--pack-cache', cache, '--jobs', '2'], { input, encoding: 'utf8' });
    expect(workers.stdout).toBe(plain.stdout);
    expect(readdirSync(cache)).toEqual([`${SHA}.json`]);
  });

  it('serves `mcp` from the kept index too, and refuses an empty --pack-cache for mcp and gateway', async () => {
    const cache = path.join(tempDir(), 'cache');
    const token = 'pack-cache-token-0123456789';
    const tokenFile = path.join(tempDir(), 'token');
    writeFileSync(tokenFile, `${token}\n`);
    const decide = async (): Promise<{ decision: string; violations: string[] }> => {
      const run = startCliInProcess(
        ['mcp', '--policy', PACK, '--pack-cache', cache, '--listen', '127.0.0.1:0', '--token-file', tokenFile],
        {
          env: {},
        },
      );
      let url: string | undefined;
      for (let i = 0; i < 1000 && url === undefined; i++) {
        url = / at (http:\/\/127\.0\.0\.1:\d+\/mcp)/.exec(run.stderr.text)?.[1];
        if (url === undefined) await new Promise((r) => setTimeout(r, 20));
      }
      expect(url, run.stderr.text).toBeDefined();
      const client = new Client({ name: 'pack-cache', version: '0' });
      await client.connect(
        new StreamableHTTPClientTransport(new URL(url!), { requestInit: { headers: { authorization: `Bearer ${token}` } } }),
      );
      const result = (await client.callTool({ name: 'policy_evaluate', arguments: READ })) as CallToolResult;
      await client.close();
      process.emit('SIGINT', 'SIGINT');
      expect(await run.exited).toBe(0);
      return result.structuredContent as { decision: string; violations: string[] };
    };
    expect((await decide()).decision).toBe('allow');
    expect(readdirSync(cache)).toEqual([`${SHA}.json`]);
    plantLyingIndex(cache);
    const lied = await decide();
    expect(lied.decision).toBe('deny');
    expect(lied.violations.join(' ')).toMatch(/the pack index does not fit the pack/);

    for (const args of [
      ['mcp', '--policy', PACK],
      ['gateway', '--config', path.join(dir, 'no-such-config.yaml')],
    ]) {
      const r = await runCli([...args, '--pack-cache', ''], { env: {} });
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/--pack-cache must be a directory or off/);
    }
  });
});
