/**
 * What the anchors add to the chain: with the log key and the checkpoint file, an edited last
 * line with its chain recomputed, a cut tail and a forged appended line are caught; without them
 * they pass, as docs/mcp.md says. And one writer per log.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Decision } from '../../src/decision/types.js';
import { DecisionLog, DecisionLogError } from '../../src/mcp/decision-log.js';
import { hmacHex, LogLock } from '../../src/mcp/log-anchor.js';
import { sha256Hex } from '../../src/util/canonical-json.js';
import { runCli } from '../support/run-cli.js';

const KEY = Buffer.from('k'.repeat(48));

function decision(i: number): Decision {
  return {
    allowed: true,
    approval_present: false,
    approval_required: false,
    decision: 'allow',
    evidence: { pack_sha256: 'a'.repeat(64), run_id: `run-${i}`, workflow_id: 'wf' } as unknown as Decision['evidence'],
    matched_policy: null,
    matched_scope: null,
    reason: `reason ${i}`,
    request: { run_id: `run-${i}` },
    violations: [],
  };
}

let dir: string;
let file: string;
let keyFile: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'mgp-anchor-'));
  file = path.join(dir, 'decisions.jsonl');
  keyFile = path.join(dir, 'log.key');
  writeFileSync(keyFile, KEY.toString() + '\n');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function writeLog(n: number, key?: Buffer): Promise<string[]> {
  const log = DecisionLog.open(file, { key });
  await Promise.all(Array.from({ length: n }, (_, i) => log.append(decision(i + 1), '2026-11-29T12:00:00.000Z', {})));
  await log.close();
  return readFileSync(file, 'utf8').split('\n').slice(0, -1);
}

/** Rewrites the last line and recomputes its chain link (and, knowing no key, cannot redo its HMAC). */
function editLastLine(lines: string[]): string[] {
  const out = [...lines];
  const last = JSON.parse(out[out.length - 1]!);
  last.decision.reason = 'edited';
  out[out.length - 1] = JSON.stringify(last);
  return out;
}

/** A line that chains correctly onto the log, as anyone who can read the log can build it. */
function forgedNext(lines: string[]): string {
  const last = JSON.parse(lines[lines.length - 1]!);
  const { hmac_sha256: _mac, ...rest } = last;
  return JSON.stringify({
    ...rest,
    seq: last.seq + 1,
    prev_sha256: sha256Hex(Buffer.from(lines[lines.length - 1]!, 'utf8')),
    decision: decision(99),
  });
}

const save = (lines: string[]) => writeFileSync(file, lines.join('\n') + '\n');
const verify = async (...extra: string[]) => await runCli(['verify-log', file, ...extra]);

describe('decision log anchors', () => {
  it('signs every line and the checkpoint with the key; verify-log checks both', async () => {
    const lines = await writeLog(3, KEY);
    for (const l of lines) {
      const at = l.lastIndexOf(',"hmac_sha256":"');
      expect(JSON.parse(l).hmac_sha256).toBe(hmacHex(KEY, l.slice(0, at) + '}'));
    }
    const head = JSON.parse(readFileSync(`${file}.head`, 'utf8'));
    expect(head).toMatchObject({ v: 1, lines: 3, head_sha256: sha256Hex(Buffer.from(lines[2]!, 'utf8')), closed: true });
    const v = await verify('--log-key', keyFile, '--json');
    expect(v.status, v.stderr).toBe(0);
    expect(JSON.parse(v.stdout)).toMatchObject({ ok: true, lines: 3, macs: 'verified', checkpoint: { signature: 'valid', lines: 3 } });
  });

  it('an edited last line with its chain recomputed: caught by the HMAC and by the checkpoint; passes the chain alone', async () => {
    const lines = editLastLine(await writeLog(3, KEY));
    save(lines);
    expect((await verify('--no-checkpoint')).status).toBe(0); // the documented limit of the chain alone
    const keyed = await verify('--log-key', keyFile, '--no-checkpoint');
    expect(keyed.status).toBe(1);
    expect(keyed.stderr).toMatch(/line 3: bad mac/);
    const anchored = await verify();
    expect(anchored.status).toBe(1);
    expect(anchored.stderr).toMatch(/checkpoint mismatch: after 3 line\(s\) the head sha256/);
  });

  it('an edited last line with the checkpoint rewritten to match: caught only with the key', async () => {
    const lines = editLastLine(await writeLog(2));
    save(lines);
    writeFileSync(
      `${file}.head`,
      JSON.stringify({ v: 1, lines: 2, head_sha256: sha256Hex(Buffer.from(lines[1]!, 'utf8')), time: 'x', closed: true }),
    );
    expect((await verify()).status).toBe(0); // unsigned checkpoint: whoever edits the log can edit it too
    rmSync(file);
    rmSync(`${file}.head`);
    const signed = editLastLine(await writeLog(2, KEY));
    save(signed);
    writeFileSync(
      `${file}.head`,
      JSON.stringify({
        v: 1,
        lines: 2,
        head_sha256: sha256Hex(Buffer.from(signed[1]!, 'utf8')),
        time: 'x',
        closed: true,
        hmac_sha256: 'f'.repeat(64),
      }),
    );
    const v = await verify('--log-key', keyFile);
    expect(v.status).toBe(1);
    expect(v.stderr).toMatch(/HMAC that does not match under the log key/);
  });

  it('a cut tail: caught by the checkpoint (and by a recorded count:hash); passes the chain alone', async () => {
    const lines = await writeLog(4, KEY);
    const recorded = `4:${sha256Hex(Buffer.from(lines[3]!, 'utf8'))}`;
    save(lines.slice(0, 2));
    expect((await verify('--no-checkpoint')).status).toBe(0);
    const v = await verify('--log-key', keyFile);
    expect(v.status).toBe(1);
    expect(v.stderr).toMatch(/line 3: truncated: the log has 2 complete line\(s\) but the checkpoint .* records 4/);
    const pinned = await verify('--expect', recorded, '--json');
    expect(pinned.status).toBe(1);
    expect(JSON.parse(pinned.stdout)).toMatchObject({ ok: false, kind: 'truncated', checkpoint: { lines: 4, signature: 'none' } });
    expect(() => DecisionLog.open(file, { key: KEY })).toThrow(/truncated/);
  });

  it('a forged appended line: caught by the HMAC, and by a closed checkpoint; passes the chain alone', async () => {
    const lines = await writeLog(2, KEY);
    save([...lines, forgedNext(lines)]);
    expect((await verify('--no-checkpoint')).status).toBe(0);
    const keyed = await verify('--log-key', keyFile);
    expect(keyed.status).toBe(1);
    expect(keyed.stderr).toMatch(/line 3: bad mac: the line carries no hmac_sha256/);
    const closed = await verify();
    expect(closed.status).toBe(1);
    expect(closed.stderr).toMatch(/line 3: appended after close/);
    expect(() => DecisionLog.open(file, { key: KEY })).toThrow(DecisionLogError);
  });

  it('a signed checkpoint cannot be used without the key, and a keyed log is refused without its checkpoint', async () => {
    await writeLog(2, KEY);
    expect(() => DecisionLog.open(file)).toThrow(/checkpoint .* is signed/);
    rmSync(`${file}.head`);
    expect(() => DecisionLog.open(file, { key: KEY })).toThrow(/no checkpoint .* a cut tail cannot be ruled out/);
    expect((await verify('--log-key', keyFile)).status).toBe(1);
  });

  it("one writer per log: a second open is refused while the first holds the lock; a dead owner's lock is taken over", async () => {
    const first = DecisionLog.open(file);
    expect(() => DecisionLog.open(file)).toThrow(new RegExp(`in use by process ${process.pid}`));
    await first.close();
    const child = spawn(process.execPath, ['-e', '']);
    const deadPid = await new Promise<number>((resolve) => child.on('exit', () => resolve(child.pid!)));
    writeFileSync(`${file}.lock`, JSON.stringify({ pid: deadPid, host: (await import('node:os')).hostname(), started: 'x' }));
    const second = DecisionLog.open(file);
    expect(JSON.parse(readFileSync(`${file}.lock`, 'utf8')).pid).toBe(process.pid);
    await second.close();
    expect(() => readFileSync(`${file}.lock`)).toThrow();
    const lock = LogLock.acquire(file);
    lock.release();
  });

  it('a second server on the same log refuses to start', async () => {
    const pack = path.resolve('data/policy/mcp-gateway-policy.json');
    const first = DecisionLog.open(file); // stands in for a running server holding the lock
    try {
      const r = await runCli(['mcp', '--policy', pack, '--decision-log', file], { input: '' });
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/refusing to start: decision log .* is in use by process/);
    } finally {
      await first.close();
    }
  });

  it('group commit keeps call order and resolves each append after its own line is durable', async () => {
    const log = DecisionLog.open(file, { key: KEY });
    const seqs: number[] = [];
    const all = Array.from({ length: 200 }, (_, i) =>
      log.append(decision(i + 1), '2026-11-29T12:00:00.000Z', {}).then((e) => {
        // Resolved only once the line is in the file.
        const onDisk = readFileSync(file, 'utf8').split('\n').length - 1;
        expect(onDisk).toBeGreaterThanOrEqual(e.seq);
        seqs.push(e.seq);
      }),
    );
    await Promise.all(all);
    await log.close();
    expect(seqs).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
    expect((await verify('--log-key', keyFile)).status).toBe(0);
  });
});
