import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Pack } from '../../src/pack/types.js';
import { runCli } from '../support/run-cli.js';
import { EXAMPLE_PACK, sha256File, startServer, textOf } from './support.js';

const pack = JSON.parse(readFileSync(EXAMPLE_PACK, 'utf8')) as Pack;
let dir: string;
let log: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'mgp-mcp-log-'));
  log = path.join(dir, 'decisions.jsonl');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Received {
  decision: string;
  evaluated_at: string;
}

function request(n: number): Record<string, unknown> {
  // Alternate workflows and scopes so that the burst logs a mix of decisions.
  const w = pack.workflow_policies[n % pack.workflow_policies.length]!;
  const scope = w.tool_access.allowed_mcp_scopes[n % w.tool_access.allowed_mcp_scopes.length]!;
  return {
    workflow_id: w.workflow_id,
    agent_id: w.identity.allowed_agents[0],
    run_id: `burst-${n}`,
    tool_namespace: scope.namespace,
    tool_access_mode: scope.access,
    gate_phase: 'tool_call',
    ...(n % 7 === 0 ? { runtime_kill_signal: 'operator stop' } : {}),
  };
}

function logEntries(): {
  seq: number;
  run_id: string;
  pack_sha256: string;
  decision: { decision: string; evidence: { evaluated_at: string } };
}[] {
  return readFileSync(log, 'utf8')
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l));
}

describe('decision log under SIGKILL', () => {
  it('keeps every answered decision, whole, when the server is killed in the middle of a burst', async () => {
    const server = await startServer(['--policy', EXAMPLE_PACK, '--decision-log', log], { dist: true });
    const received = new Map<string, Received>();
    let next = 0;
    let started = 0;
    let settled = 0;
    let outstandingAtKill = 0;
    let killed = false;
    const worker = async () => {
      while (!killed) {
        const n = next++;
        started++;
        try {
          const r = await server.call('recipes_evaluate_mcp_gateway_decision', request(n));
          const d = r.structuredContent as { decision: string; evidence: { evaluated_at: string } };
          received.set(`burst-${n}`, { decision: d.decision, evaluated_at: d.evidence.evaluated_at });
          if (received.size >= 150 && !killed) {
            killed = true;
            outstandingAtKill = started - settled - 1;
            process.kill(server.pid, 'SIGKILL');
          }
        } catch {
          return; // in flight when the server died
        } finally {
          settled++;
        }
      }
    };
    await Promise.all(Array.from({ length: 8 }, worker));
    await server.close().catch(() => undefined);
    expect(killed).toBe(true);
    expect(outstandingAtKill).toBeGreaterThan(0); // the kill landed while calls were in flight

    const verified = await runCli(['verify-log', log]);
    expect(verified.status, verified.stderr).toBe(0);
    const entries = logEntries();
    expect(verified.stdout).toContain(`${entries.length} line(s) verified`);
    expect(entries.length).toBeGreaterThanOrEqual(received.size);
    const byRun = new Map(entries.map((e) => [e.run_id, e]));
    for (const [run, got] of received) {
      const entry = byRun.get(run);
      expect(entry, `${run} answered but not logged`).toBeDefined();
      expect(entry!.decision.decision).toBe(got.decision);
      expect(entry!.decision.evidence.evaluated_at).toBe(got.evaluated_at);
      expect(entry!.pack_sha256).toBe(sha256File(EXAMPLE_PACK));
    }
    expect(new Set(entries.map((e) => e.decision.decision)).size).toBeGreaterThan(1);
  });

  it('continues the same chain when restarted on the log', async () => {
    const before = logEntries().length;
    const server = await startServer(['--policy', EXAMPLE_PACK, '--decision-log', log]);
    expect(server.stderr()).toContain(`continues at line ${before + 1}`);
    for (let n = 0; n < 3; n++) await server.call('policy_evaluate', request(1000 + n));
    await server.close();
    const entries = logEntries();
    expect(entries.map((e) => e.seq)).toEqual(Array.from({ length: before + 3 }, (_, i) => i + 1));
    const verified = await runCli(['verify-log', log]);
    expect(verified.status, verified.stderr).toBe(0);
    expect(verified.stdout).toContain(`${before + 3} line(s) verified`);
  });

  it('refuses to extend an edited log, and verify-log names the broken line', async () => {
    const original = readFileSync(log, 'utf8');
    const lines = original.split('\n');
    const edited = lines[4]!.replace(/"run_id":"burst-/, '"run_id":"forged-');
    expect(edited).not.toBe(lines[4]);
    lines[4] = edited;
    writeFileSync(log, lines.join('\n'));
    try {
      const v = await runCli(['verify-log', log]);
      expect(v.status).toBe(1);
      expect(v.stderr).toMatch(/line 6: chain broken: .*line 5 was edited/);
      const start = await runCli(['mcp', '--policy', EXAMPLE_PACK, '--decision-log', log], { input: '' });
      expect(start.status).toBe(1);
      expect(start.stderr).toMatch(/refusing to start: refusing to append to decision log .*line 6/);
      expect(readFileSync(log, 'utf8')).toBe(lines.join('\n'));
    } finally {
      writeFileSync(log, original);
    }
  });

  it('reports an incomplete last line distinctly from an edit, and the server will not append after it', async () => {
    const original = readFileSync(log, 'utf8');
    const count = original.split('\n').length - 1;
    appendFileSync(log, '{"v":1,"seq":');
    const v = await runCli(['verify-log', log]);
    expect(v.status).toBe(1);
    expect(v.stderr).toMatch(new RegExp(`line ${count + 1}: incomplete last line .*${count} line\\(s\\) before it verify`));
    expect(v.stderr).not.toMatch(/chain broken|edited/);
    const json = JSON.parse((await runCli(['verify-log', log, '--json'])).stdout);
    expect(json).toMatchObject({ ok: false, kind: 'partial_line', line: count + 1, verified_lines: count });
    const start = await runCli(['mcp', '--policy', EXAMPLE_PACK, '--decision-log', log], { input: '' });
    expect(start.status).toBe(1);
    expect(start.stderr).toMatch(/incomplete last line/);
  });

  it('withholds decisions it cannot log (file size limit reached), and the log stays verifiable up to the failure', async () => {
    const small = path.join(dir, 'small.jsonl');
    // bash's ulimit -f counts KiB: room for a line or two. Node ignores SIGXFSZ, so writes fail (EFBIG or short).
    const server = await startServer(['--policy', EXAMPLE_PACK, '--decision-log', small], { dist: true, shellPrefix: 'ulimit -f 4;' });
    const results = [];
    for (let n = 0; n < 6; n++) results.push(await server.call('policy_evaluate', request(n + 1)));
    await server.close();
    const firstFailure = results.findIndex((r) => r.isError === true);
    expect(firstFailure).toBeGreaterThanOrEqual(1);
    for (const r of results.slice(firstFailure)) {
      expect(r.isError).toBe(true);
      expect(r.structuredContent).toBeUndefined();
      expect(textOf(r)).toMatch(/could not be written to the decision log, so it is withheld; treat this call as denied/);
    }
    expect(server.stderr()).toMatch(/cannot write decision log .*small\.jsonl/);
    const v = JSON.parse((await runCli(['verify-log', small, '--json'])).stdout);
    // Every released decision verifies; what follows is at most the cut-short line, reported as such.
    if (v.ok) expect(v.lines).toBe(firstFailure);
    else expect(v).toMatchObject({ kind: 'partial_line', verified_lines: firstFailure });
  });

  it('verify-log: usage errors and unreadable files', async () => {
    expect((await runCli(['verify-log'])).status).toBe(2);
    const missing = await runCli(['verify-log', path.join(dir, 'nope.jsonl')]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/cannot read .*nope\.jsonl/);
  });
});
