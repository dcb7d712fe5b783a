import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { existsSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changedPathsSha256, loadPolicy } from '../../src/decision/index.js';
import { verifyLogFile } from '../../src/mcp/decision-log.js';
import {
  BRANCH,
  childPids,
  decisionOf,
  FS_SERVER,
  logEntries,
  makeFixture,
  MAX_FILES,
  startEverything,
  startGateway,
  textOf,
  WORKFLOW,
  writeConfig,
  type Everything,
  type Fixture,
  type RunningGateway,
} from './support.js';

let everything: Everything;

/** Whether this engine enforces the always-forbidden list (decided by asking it, as the gateway does). */
const ENGINE_ALWAYS_FORBIDS = (() => {
  const f = makeFixture('probe');
  const d = loadPolicy(readFileSync(f.pack)).evaluate({
    workflow_id: WORKFLOW,
    agent_id: 'claude',
    run_id: 'probe',
    gate_phase: 'tool_call',
    tool_namespace: 'repo.contents',
    tool_access_mode: 'write_branch',
    branch_name: BRANCH,
    changed_paths: ['docs/action.yml'],
    diff_line_count: 1,
  });
  rmSync(f.root, { recursive: true, force: true });
  if (d.decision !== 'deny') console.warn('this engine does not enforce the always-forbidden list yet: skipping that gateway test');
  return d.decision === 'deny';
})();
beforeAll(async () => {
  everything = await startEverything();
});
afterAll(() => everything?.stop());

function lines(n: number, word = 'line'): string {
  return Array.from({ length: n }, (_, i) => `${word} ${i + 1}`).join('\n') + '\n';
}

async function waitFor(condition: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`never happened: ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe('gateway over stdio, in front of server-filesystem (stdio) and server-everything (Streamable HTTP)', () => {
  let f: Fixture;
  let gw: RunningGateway;
  let calls = 0;
  const call = async (name: string, args: Record<string, unknown>) => {
    calls++;
    return gw.call(name, args);
  };
  const inRepo = (p: string) => path.join(f.repo, p);

  beforeAll(async () => {
    f = makeFixture('main');
    const config = writeConfig(f, { runId: 'run-main', everythingUrl: everything.url, timeoutMs: 3000 });
    gw = await startGateway(['--config', config, '--decision-log', f.log, '--approvals-dir', f.approvals]);
  });
  afterAll(async () => {
    await gw?.close();
    rmSync(f.root, { recursive: true, force: true });
  });

  it('lists only the mapped tools whose scope the pack allows, with the upstream schemas unchanged', async () => {
    const { tools } = await gw.client.listTools();
    expect(tools.map((t) => t.name).sort()).toEqual(
      ['edit_file', 'ev_echo', 'ev_get-env', 'ev_trigger-long-running-operation', 'move_file', 'read_text_file', 'write_file'].sort(),
    );
    // create_directory is mapped as write_ticket, a scope docs-maintenance does not declare: hidden.
    const direct = new Client({ name: 'direct', version: '0' });
    await direct.connect(new StdioClientTransport({ command: process.execPath, args: [FS_SERVER, f.root], stderr: 'ignore' }));
    const upstream = (await direct.listTools()).tools;
    await direct.close();
    for (const name of ['read_text_file', 'write_file', 'edit_file', 'move_file']) {
      expect(tools.find((t) => t.name === name)).toEqual(upstream.find((t) => t.name === name));
    }
    expect(gw.client.getServerCapabilities()?.resources).toBeUndefined();
    expect(gw.client.getServerCapabilities()?.prompts).toBeUndefined();
    await expect(gw.client.listResources()).rejects.toThrow();
  });

  it('forwards an allowed read; refuses reads outside the tree and through a symlink out of it', async () => {
    const ok = await call('read_text_file', { path: 'docs/index.md' });
    expect(ok.isError).toBeFalsy();
    expect(textOf(ok)).toContain('Hello.');
    expect(decisionOf(ok)).toBe('allow');
    for (const p of [path.join(f.outside, 'secret.txt'), '../outside/secret.txt', 'docs/secret.md', 'docs/escape/secret.txt']) {
      const r = await call('read_text_file', { path: p });
      expect(r.isError, p).toBe(true);
      expect(decisionOf(r), p).toBe('deny');
      expect(textOf(r), p).not.toContain('TOP SECRET');
      expect(textOf(r), p).toMatch(/outside the work tree|symbolic link/);
    }
  });

  it('lets allowed writes land (relative and absolute inside the tree)', async () => {
    const a = await call('write_file', { path: 'docs/a.md', content: lines(10) });
    expect(a.isError, textOf(a)).toBeFalsy();
    expect(decisionOf(a)).toBe('allow_scoped_branch');
    expect(readFileSync(inRepo('docs/a.md'), 'utf8')).toBe(lines(10));
    const b = await call('write_file', { path: inRepo('docs/b.md'), content: 'one line\n' });
    expect(b.isError, textOf(b)).toBeFalsy();
    expect(readFileSync(inRepo('docs/b.md'), 'utf8')).toBe('one line\n');
  });

  it('denies traversal, absolute paths outside, symlinks out, forbidden and always-forbidden paths; nothing lands', async () => {
    const cases: [string, string, RegExp][] = [
      ['docs/../../outside/pwn.md', path.join(f.outside, 'pwn.md'), /outside the work tree/],
      ['../outside/pwn2.md', path.join(f.outside, 'pwn2.md'), /outside the work tree/],
      [path.join(f.outside, 'abs.md'), path.join(f.outside, 'abs.md'), /outside the work tree/],
      ['docs/escape/link.md', path.join(f.outside, 'link.md'), /symbolic link/],
      ['docs/secret.md', path.join(f.outside, 'secret.txt'), /symbolic link/],
      ['docs/security/advisories/cve.md', inRepo('docs/security/advisories/cve.md'), /forbidden by "docs\/security\/advisories\/\*\*"/],
      ['.github/workflows/ci.md', inRepo('.github/workflows/ci.md'), /forbidden/],
      ['src/index.ts', inRepo('src/index.ts'), /outside the allowed paths/],
    ];
    for (const [arg, lands, reason] of cases) {
      const before = existsSync(lands) ? readFileSync(lands, 'utf8') : null;
      const r = await call('write_file', { path: arg, content: 'pwned\n' });
      expect(r.isError, arg).toBe(true);
      expect(decisionOf(r), arg).toBe('deny');
      expect(textOf(r), arg).toMatch(reason);
      expect(existsSync(lands) ? readFileSync(lands, 'utf8') : null, arg).toBe(before);
    }
    const tool = await call('list_directory', { path: '.' });
    expect(tool.isError).toBe(true);
    expect(textOf(tool)).toMatch(/not exposed by this gateway/);
  });

  // The always-forbidden list (action.yml anywhere, CODEOWNERS, …) is the engine's; the gateway has no copy of it.
  it.skipIf(!ENGINE_ALWAYS_FORBIDS)(
    'denies always-forbidden paths the manifest would allow (docs/action.yml, docs/CODEOWNERS)',
    async () => {
      for (const p of ['docs/action.yml', 'docs/CODEOWNERS']) {
        const r = await call('write_file', { path: p, content: 'pwned\n' });
        expect(decisionOf(r), p).toBe('deny');
        expect(textOf(r), p).toMatch(/forbidden/);
        expect(existsSync(inRepo(p)), p).toBe(false);
      }
    },
  );

  it('holds a move that needs review, then lets the same call through once an approval record is placed', async () => {
    const held = await call('move_file', { source: 'docs/a.md', destination: 'docs/moved.md' });
    expect(held.isError).toBe(true);
    expect(decisionOf(held)).toBe('hold_for_approval');
    expect(existsSync(inRepo('docs/a.md'))).toBe(true);
    expect(existsSync(inRepo('docs/moved.md'))).toBe(false);
    const text = textOf(held);
    const requestId = /Request id (hold-[0-9a-f]+)/.exec(text)?.[1];
    expect(requestId).toBeDefined();
    // Bound to the session's union of written paths, as the gateway judges it.
    const hash = changedPathsSha256(['docs/a.md', 'docs/b.md', 'docs/moved.md']);
    expect(text, text).toContain(`scope.changed_paths_sha256 ${hash}`);
    expect(text).toContain('"docs-reviewers"');

    const now = Date.now();
    const record = {
      type: 'human_approval',
      approval_id: requestId,
      decision: 'approved',
      workflow_id: WORKFLOW,
      run_id: 'run-main',
      gate_phase: 'tool_call',
      scope: { changed_paths_sha256: hash },
      approver: { id: 'alice', type: 'human', reviewer_pool: 'docs-reviewers' },
      issued_at: new Date(now - 60_000).toISOString(),
      expires_at: new Date(now + 3_600_000).toISOString(),
    };
    // A record for another run, or for other paths, does not let it through.
    writeFileSync(path.join(f.approvals, 'other-run.json'), JSON.stringify({ ...record, run_id: 'run-other' }));
    writeFileSync(
      path.join(f.approvals, 'other-paths.json'),
      JSON.stringify({ ...record, scope: { changed_paths_sha256: changedPathsSha256(['docs/x.md']) } }),
    );
    const still = await call('move_file', { source: 'docs/a.md', destination: 'docs/moved.md' });
    expect(decisionOf(still)).toBe('hold_for_approval');
    expect(existsSync(inRepo('docs/moved.md'))).toBe(false);

    writeFileSync(path.join(f.approvals, 'approval.json'), JSON.stringify(record));
    const moved = await call('move_file', { source: 'docs/a.md', destination: 'docs/moved.md' });
    expect(moved.isError, textOf(moved)).toBeFalsy();
    expect(decisionOf(moved)).toBe('allow_scoped_branch');
    expect(existsSync(inRepo('docs/a.md'))).toBe(false);
    expect(readFileSync(inRepo('docs/moved.md'), 'utf8')).toBe(lines(10));
  });

  it('holds the line limit for the session: the sum of lines, not each call', async () => {
    // So far: 10 + 1 lines written. An edit counts its old and new text.
    const edit = await call('edit_file', { path: 'docs/moved.md', edits: [{ oldText: 'line 1\n', newText: 'line one\n' }] });
    expect(edit.isError, textOf(edit)).toBeFalsy();
    expect(readFileSync(inRepo('docs/moved.md'), 'utf8')).toContain('line one');
    // 13 so far; 88 more would make 101 > 100.
    const over = await call('write_file', { path: 'docs/big.md', content: lines(88) });
    expect(decisionOf(over)).toBe('deny');
    expect(textOf(over)).toMatch(/diff_line_count 101 exceeds max_diff_lines 100/);
    expect(existsSync(inRepo('docs/big.md'))).toBe(false);
    const fits = await call('write_file', { path: 'docs/big.md', content: lines(87) });
    expect(fits.isError, textOf(fits)).toBeFalsy();
    expect(readFileSync(inRepo('docs/big.md'), 'utf8')).toBe(lines(87));
  });

  it(`holds the file limit for the session: the ${MAX_FILES + 1}th distinct file is refused`, async () => {
    // Written so far: a, b, moved, big (4 files, 100 lines). Empty files add no lines.
    for (let i = 5; i <= MAX_FILES; i++) {
      const r = await call('write_file', { path: `docs/f${i}.md`, content: '' });
      expect(r.isError, textOf(r)).toBeFalsy();
      expect(existsSync(inRepo(`docs/f${i}.md`))).toBe(true);
    }
    const ninth = await call('write_file', { path: 'docs/f9.md', content: '' });
    expect(decisionOf(ninth)).toBe('deny');
    expect(textOf(ninth)).toMatch(new RegExp(`changed_paths has ${MAX_FILES + 1} entries, more than max_changed_files ${MAX_FILES}`));
    expect(existsSync(inRepo('docs/f9.md'))).toBe(false);
    // Writing a file already written stays inside the limit.
    const again = await call('write_file', { path: 'docs/f5.md', content: '' });
    expect(again.isError, textOf(again)).toBeFalsy();
  });

  it('forwards to server-everything over Streamable HTTP; a hung call times out and the gateway keeps serving', async () => {
    const echo = await call('ev_echo', { message: 'through the gateway' });
    expect(echo.isError).toBeFalsy();
    expect(textOf(echo)).toContain('through the gateway');
    const hung = await call('ev_trigger-long-running-operation', { duration: 10, steps: 2 });
    expect(hung.isError).toBe(true);
    expect(textOf(hung)).toMatch(/did not answer within 3000 ms/);
    const after = await call('ev_echo', { message: 'still here' });
    expect(textOf(after)).toContain('still here');
  });

  it('logs every call, one hash-chained line each, with run, tool, upstream, decision and pack hash', async () => {
    await gw.close();
    const v = verifyLogFile(f.log);
    expect(v).toMatchObject({ ok: true, lines: calls });
    const entries = logEntries(f.log);
    expect(new Set(entries.map((e) => e.run_id))).toEqual(new Set(['run-main']));
    expect(new Set(entries.map((e) => (e as unknown as { pack_sha256: string }).pack_sha256))).toEqual(new Set([f.packSha256]));
    const gateway = entries.map((e) => e.decision.evidence.gateway as { tool: string; upstream: string | null });
    expect(gateway[0]).toMatchObject({ tool: 'read_text_file', upstream: 'fs' });
    expect(gateway.some((g) => g.tool === 'ev_echo' && g.upstream === 'everything')).toBe(true);
    expect(entries.filter((e) => e.decision.decision === 'hold_for_approval')).toHaveLength(2);
    expect(entries.every((e) => typeof e.decision.reason === 'string' && Array.isArray(e.decision.violations))).toBe(true);
  });
});

describe('gateway kill switch: the kill file, a tool tripwire, persistence across restarts, an upstream crash', () => {
  let f: Fixture;
  beforeAll(() => {
    f = makeFixture('kill');
  });
  afterAll(() => rmSync(f.root, { recursive: true, force: true }));

  // In process for coverage; as dist/cli.js to see the upstream processes stop.
  it.each([false, true])(
    'refuses the very next call once the kill file holds a signal, stops the upstreams, and stays killed after a restart (dist: %s)',
    async (dist) => {
      const runId = dist ? 'run-kill' : 'run-kill-in-process';
      const config = writeConfig(f, { runId });
      const log = `${f.log}.${runId}`;
      const killFile = `${f.killFile}.${runId}`;
      const args = ['--config', config, '--decision-log', log, '--kill-file', killFile];
      const gw = await startGateway(args, { dist });
      try {
        const ok = await gw.call('write_file', { path: 'docs/k1.md', content: 'before\n' });
        expect(ok.isError, textOf(ok)).toBeFalsy();
        expect(existsSync(path.join(f.repo, 'docs/k1.md'))).toBe(true);
        if (dist) expect(childPids(gw.pid).length).toBeGreaterThan(0);

        writeFileSync(killFile, 'operator stop: suspicious edits\nignored second line\n');
        const killed = await gw.call('write_file', { path: 'docs/k2.md', content: 'after\n' });
        expect(killed.isError).toBe(true);
        expect(decisionOf(killed)).toBe('kill_session');
        expect(textOf(killed)).toMatch(/session is killed \(operator stop: suspicious edits\)/);
        expect(existsSync(path.join(f.repo, 'docs/k2.md'))).toBe(false);
        if (dist) await waitFor(() => childPids(gw.pid).length === 0, 'the upstream process exits');
        expect((await gw.client.listTools()).tools).toEqual([]);

        // Removing the kill file does not revive the run.
        unlinkSync(killFile);
        const still = await gw.call('read_text_file', { path: 'docs/index.md' });
        expect(decisionOf(still)).toBe('kill_session');
      } finally {
        await gw.close();
      }

      const again = await startGateway(args, { dist });
      try {
        expect((await again.client.listTools()).tools).toEqual([]);
        const r = await again.call('write_file', { path: 'docs/k3.md', content: 'after restart\n' });
        expect(decisionOf(r)).toBe('kill_session');
        expect(existsSync(path.join(f.repo, 'docs/k3.md'))).toBe(false);
        if (dist) expect(childPids(again.pid)).toEqual([]);
        expect(again.stderr()).toMatch(new RegExp(`run ${runId} was killed`));
      } finally {
        await again.close();
      }
      expect(verifyLogFile(log)).toMatchObject({ ok: true, lines: 4 });
      expect(logEntries(log).map((e) => e.decision.decision)).toEqual([
        'allow_scoped_branch',
        'kill_session',
        'kill_session',
        'kill_session',
      ]);
    },
  );

  it('a tripwire tool fires its kill signal without reaching the upstream', async () => {
    const config = writeConfig(f, { runId: 'run-trip', everythingUrl: everything.url });
    const gw = await startGateway(['--config', config, '--decision-log', `${f.log}.trip`]);
    try {
      const r = await gw.call('ev_get-env', {});
      expect(decisionOf(r)).toBe('kill_session');
      expect(textOf(r)).not.toContain('PATH');
      const w = await gw.call('write_file', { path: 'docs/t.md', content: 'x\n' });
      expect(decisionOf(w)).toBe('kill_session');
      expect(existsSync(path.join(f.repo, 'docs/t.md'))).toBe(false);
    } finally {
      await gw.close();
    }
    const entries = logEntries(`${f.log}.trip`);
    expect(entries[0]!.decision.violations).toContain('unregistered kill signal: "an attempt to read the environment"');
    expect(verifyLogFile(`${f.log}.trip`)).toMatchObject({ ok: true, lines: 2 });
  });

  it('signs its decision log with --log-key, so an edited line fails verification', async () => {
    const config = writeConfig(f, { runId: 'run-signed' });
    const logPath = `${f.log}.signed`;
    const keyPath = path.join(f.root, 'log.key');
    writeFileSync(keyPath, 'k'.repeat(64));
    const gw = await startGateway(['--config', config, '--decision-log', logPath, '--log-key', keyPath]);
    try {
      expect(decisionOf(await gw.call('write_file', { path: 'docs/signed.md', content: 'x\n' }))).toBe('allow_scoped_branch');
      expect(decisionOf(await gw.call('write_file', { path: '.github/workflows/x.yml', content: 'x\n' }))).toBe('deny');
    } finally {
      await gw.close();
    }
    const key = Buffer.from('k'.repeat(64));
    expect(verifyLogFile(logPath, { key })).toMatchObject({ ok: true, lines: 2 });
    const lines = readFileSync(logPath, 'utf8').split('\n');
    lines[1] = lines[1]!.replace('"deny"', '"allow"');
    writeFileSync(logPath, lines.join('\n'));
    expect(verifyLogFile(logPath, { key }).ok).toBe(false);
  });

  it('an upstream that crashes gives an error result, not a hung agent', async () => {
    const config = writeConfig(f, { runId: 'run-crash' });
    const gw = await startGateway(['--config', config], { dist: true });
    try {
      const [child] = childPids(gw.pid);
      expect(child).toBeDefined();
      process.kill(child!, 'SIGKILL');
      await waitFor(() => /connection closed/.test(gw.stderr()), 'the gateway notices the crash');
      const r = await gw.call('write_file', { path: 'docs/c.md', content: 'x\n' });
      expect(r.isError).toBe(true);
      expect(textOf(r)).toMatch(/upstream fs is not running/);
      expect(existsSync(path.join(f.repo, 'docs/c.md'))).toBe(false);
    } finally {
      await gw.close();
    }
  });

  it('reads the branch from the work tree when the config does not name it', async () => {
    const config = writeConfig(f, { runId: 'run-branch' });
    const gw = await startGateway(['--config', config]);
    try {
      await waitFor(() => gw.stderr().includes(`on branch ${BRANCH}`), `stderr names branch ${BRANCH}`);
    } finally {
      await gw.close();
    }
  });
});
