import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPolicy } from '../../src/decision/index.js';
import { parseGatewayConfig } from '../../src/gateway/config.js';
import { verifyLogFile } from '../../src/mcp/decision-log.js';
import { ManifestError } from '../../src/pack/errors.js';
import { DIST_CLI, REPO_ROOT } from '../support/paths.js';
import { runCli } from '../support/run-cli.js';
import { decisionOf, logEntries, makeFixture, startGateway, textOf, writeConfig, type Fixture } from './support.js';

const TOKEN = 'test-token-0123456789abcdef';

describe('gateway over Streamable HTTP (--listen, bearer token)', () => {
  let f: Fixture;
  let child: ChildProcess;
  let url: string;
  let stderr = '';

  beforeAll(async () => {
    f = makeFixture('http');
    const tokenFile = path.join(f.root, 'token');
    writeFileSync(tokenFile, `${TOKEN}\n`);
    const config = writeConfig(f, { runId: 'run-http' });
    child = spawn(
      process.execPath,
      [DIST_CLI, 'gateway', '--config', config, '--decision-log', f.log, '--listen', '127.0.0.1:0', '--token-file', tokenFile],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { PATH: process.env.PATH ?? '' },
      },
    );
    let stdout = '';
    child.stdout!.on('data', (c: Buffer) => (stdout += c.toString()));
    url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`gateway did not listen:\n${stderr}`)), 20_000);
      child.stderr!.on('data', (c: Buffer) => {
        stderr += c.toString();
        const m = /listening on (http:\/\/\S+);/.exec(stderr);
        if (m) {
          clearTimeout(timer);
          resolve(m[1]!);
        }
      });
      child.once('exit', (code) => reject(new Error(`gateway exited ${code}:\n${stderr}\n${stdout}`)));
    });
  });
  afterAll(async () => {
    child?.kill('SIGTERM');
    await new Promise((r) => child?.once('exit', r));
    rmSync(f.root, { recursive: true, force: true });
  });

  it('answers 401 without the bearer token, or with a wrong one', async () => {
    const body = JSON.stringify({
      jsonrpc: '2.0',
      id: 1,
      method: 'initialize',
      params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'x', version: '0' } },
    });
    const headers = { 'content-type': 'application/json', accept: 'application/json, text/event-stream' };
    expect((await fetch(url, { method: 'POST', headers, body })).status).toBe(401);
    expect(
      (await fetch(url, { method: 'POST', headers: { ...headers, authorization: 'Bearer wrong-token-0123456789' }, body })).status,
    ).toBe(401);
  });

  it('serves the SDK client with the token: allowed writes land, denied ones do not, and the log verifies', async () => {
    const client = new Client({ name: 'http-test', version: '0' });
    await client.connect(
      new StreamableHTTPClientTransport(new URL(url), { requestInit: { headers: { Authorization: `Bearer ${TOKEN}` } } }),
    );
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name)).toContain('write_file');
    const ok = (await client.callTool({
      name: 'write_file',
      arguments: { path: 'docs/http.md', content: 'over http\n' },
    })) as CallToolResult;
    expect(ok.isError, textOf(ok)).toBeFalsy();
    expect(readFileSync(path.join(f.repo, 'docs/http.md'), 'utf8')).toBe('over http\n');
    const no = (await client.callTool({ name: 'write_file', arguments: { path: '../outside/http.md', content: 'x\n' } })) as CallToolResult;
    expect(decisionOf(no)).toBe('deny');
    expect(existsSync(path.join(f.outside, 'http.md'))).toBe(false);
    await client.close();
    expect(verifyLogFile(f.log)).toMatchObject({ ok: true, lines: 2 });
  });
});

describe('gateway start-up and modes', () => {
  let f: Fixture;
  beforeAll(() => {
    f = makeFixture('modes');
  });
  afterAll(() => rmSync(f.root, { recursive: true, force: true }));

  it('refuses --listen without --token-file (exit 2) and a non-loopback address (exit 1)', async () => {
    const config = writeConfig(f, { runId: 'run-refuse' });
    const a = await runCli(['gateway', '--config', config, '--listen', '127.0.0.1:0'], { input: '', timeout: 30_000 });
    expect(a.status).toBe(2);
    expect(a.stderr).toMatch(/--listen needs --token-file/);
    const tokenFile = path.join(f.root, 'token');
    writeFileSync(tokenFile, `${TOKEN}\n`);
    const b = await runCli(['gateway', '--config', config, '--listen', '0.0.0.0:0', '--token-file', tokenFile], {
      input: '',
      timeout: 30_000,
    });
    expect(b.status).toBe(1);
    expect(b.stderr).toMatch(/not a loopback address/);
    expect(b.stdout).toBe('');
  });

  it('reports every config problem located, and starts nothing', async () => {
    const file = path.join(f.root, 'bad.yaml');
    writeFileSync(
      file,
      [
        'session:',
        '  workflow_id: docs-maintenance',
        `  repo: ${JSON.stringify(f.repo)}`,
        'upstreams:',
        '  - name: a',
        '    command: node',
        '    namespace: repo.contents',
        '    tools:',
        '      write_file: { access: write_everything, paths: [path] }',
        '  - name: b',
        '    command: node',
        '    namespace: repo.contents',
        '    tools:',
        '      read_text_file: { access: read }',
        '  - name: c',
        '    command: node',
        '    namespace: repo.contents',
        '    tools:',
        '      read_text_file: { access: read }',
        '',
      ].join('\n'),
    );
    const r = await runCli(['gateway', '--config', file], { input: '', timeout: 30_000 });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`${file}:9:`);
    expect(r.stderr).toMatch(/\/upstreams\/0\/tools\/write_file\/access: must be one of "read", "write_branch"/);
    expect(r.stderr).toMatch(/\/session: needs agent_id or agent_class/);
    // Fixing those leaves the name clash, reported at the second tool.
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('write_everything', 'write_branch').replace('  repo:', '  agent_class: claude\n  repo:'),
    );
    const again = await runCli(['gateway', '--config', file], { input: '', timeout: 30_000 });
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(
      /bad\.yaml:20:\d+: \/upstreams\/2\/tools\/read_text_file: tool "read_text_file" is also exposed by upstream "b"; set prefix:/,
    );
  });

  it('--shadow forwards every call and reports the decision that would have applied', async () => {
    const config = writeConfig(f, { runId: 'run-shadow' });
    const gw = await startGateway(['--config', config, '--decision-log', f.log, '--shadow']);
    try {
      const r = await gw.call('write_file', { path: 'shadow.txt', content: 'x\n' });
      expect(r.isError, textOf(r)).toBeFalsy();
      expect(existsSync(path.join(f.repo, 'shadow.txt'))).toBe(true);
      expect(r._meta?.['mcp-gateway-policy/decision']).toMatchObject({ decision: 'deny', enforced: false });
    } finally {
      await gw.close();
    }
    const [entry] = logEntries(f.log);
    expect(entry!.decision.decision).toBe('deny');
    expect(entry!.decision.evidence.gateway).toMatchObject({ tool: 'write_file', enforced: false });
  });
});

describe('the example gateway config', () => {
  it('is valid, and every tool it maps is a scope the example pack grants its workflow', () => {
    const file = path.join(REPO_ROOT, 'data/control-plane/gateway.yaml');
    let config;
    try {
      config = parseGatewayConfig(readFileSync(file, 'utf8'), file);
    } catch (err) {
      throw new Error(err instanceof ManifestError ? err.message : String(err));
    }
    expect(config.pack).toBe(path.join(REPO_ROOT, 'data/policy/mcp-gateway-policy.json'));
    expect(config.session.repo).toBe(REPO_ROOT);
    const policy = loadPolicy(readFileSync(config.pack!));
    for (const u of config.upstreams) {
      for (const [tool, m] of u.tools) {
        const d = policy.evaluate({
          workflow_id: config.session.workflow_id,
          agent_class: config.session.agent_class,
          agent_id: `sr-agent::${config.session.workflow_id}::${config.session.agent_class}`,
          run_id: 'example',
          gate_phase: config.session.gate_phase,
          tool_namespace: u.namespace,
          tool_access_mode: m.access,
          branch_name: 'agent/example',
          changed_paths: ['docs/example.md'],
          diff_line_count: 1,
        });
        expect(d.allowed, `${tool}: ${d.violations.join('; ')}`).toBe(true);
      }
    }
  });
});
