import fc from 'fast-check';
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Decision } from '../../src/decision/types.js';
import { ChainVerifier, DecisionLog, DecisionLogError, GENESIS_SHA256, verifyLogFile } from '../../src/mcp/decision-log.js';
import { sha256Hex } from '../../src/util/canonical-json.js';

const PACK = 'a'.repeat(64);

function decision(i: number, padding = 0): Decision {
  return {
    allowed: i % 2 === 0,
    approval_present: false,
    approval_required: false,
    decision: i % 2 === 0 ? 'allow' : 'deny',
    evidence: {
      pack_sha256: PACK,
      manifest_sha256: 'b'.repeat(64),
      policy_id: 'test-pack',
      evaluated_at: '2026-11-29T12:00:00.000Z',
      workflow_id: 'wf',
      run_id: `run-${i}`,
      agent_class: 'codex',
      checks: {} as Decision['evidence']['checks'],
      reasons: [],
      paths: [],
      approval: { present: false, typed: false, valid: false, approval_id: null, approver_id: null, reviewer_pool: null, problems: [] },
      unknown_attributes: [],
    },
    matched_policy: null,
    matched_scope: null,
    reason: `reason ${i} ${'x'.repeat(padding)} é ✓`,
    request: { run_id: `run-${i}` },
    violations: [],
  };
}

let dir: string;
let file: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'mgp-log-'));
  file = path.join(dir, 'decisions.jsonl');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function writeLog(n: number, padding = 0): Promise<void> {
  const log = DecisionLog.open(file);
  await Promise.all(
    Array.from({ length: n }, (_, i) =>
      log.append(decision(i + 1, padding), `2026-11-29T12:00:0${(i + 1) % 10}.000Z`, { run_id: `run-${i + 1}` }),
    ),
  );
  await log.close();
}

function lines(): string[] {
  return readFileSync(file, 'utf8').split('\n').slice(0, -1);
}

describe('decision log', () => {
  it('writes one chained JSON line per decision, the first chained to the genesis value', async () => {
    await writeLog(3);
    const ls = lines();
    expect(ls).toHaveLength(3);
    const entries = ls.map((l) => JSON.parse(l));
    expect(entries.map((e) => e.seq)).toEqual([1, 2, 3]);
    expect(entries[0].prev_sha256).toBe(GENESIS_SHA256);
    expect(entries[1].prev_sha256).toBe(sha256Hex(Buffer.from(ls[0]!, 'utf8')));
    expect(entries[2].prev_sha256).toBe(sha256Hex(Buffer.from(ls[1]!, 'utf8')));
    expect(entries[2]).toMatchObject({ v: 1, pack_sha256: PACK, run_id: 'run-3', workflow_id: 'wf', decision: { decision: 'deny' } });
    expect(verifyLogFile(file)).toEqual({ ok: true, lines: 3, head_sha256: sha256Hex(Buffer.from(ls[2]!, 'utf8')) });
  });

  it('continues the chain of an existing log when reopened', async () => {
    await writeLog(2);
    const log = DecisionLog.open(file);
    expect(log.lines).toBe(2);
    await log.append(decision(9), '2026-11-29T13:00:00.000Z', { run_id: 7 });
    await log.close();
    const ls = lines();
    // A run_id that is not a string is not copied; the evidence's (here run-9) is.
    expect(JSON.parse(ls[2]!)).toMatchObject({ seq: 3, run_id: 'run-9', prev_sha256: sha256Hex(Buffer.from(ls[1]!, 'utf8')) });
    expect(verifyLogFile(file)).toMatchObject({ ok: true, lines: 3 });
  });

  it('an empty or new file verifies with zero lines', async () => {
    writeFileSync(file, '');
    expect(verifyLogFile(file)).toEqual({ ok: true, lines: 0, head_sha256: GENESIS_SHA256 });
  });

  it('reports an edited line at the next line, whose link no longer holds', async () => {
    await writeLog(4);
    const ls = lines();
    const edited = ls[1]!.replace('"decision":"allow"', '"decision":"deny"');
    expect(edited).not.toBe(ls[1]);
    ls[1] = edited;
    writeFileSync(file, ls.join('\n') + '\n');
    const v = verifyLogFile(file);
    expect(v).toMatchObject({ ok: false, kind: 'chain_broken', line: 3, verified_lines: 2 });
    expect(!v.ok && v.reason).toContain('line 2 was edited');
  });

  it('reports a deleted line as a gap in the sequence', async () => {
    await writeLog(4);
    const ls = lines();
    ls.splice(1, 1);
    writeFileSync(file, ls.join('\n') + '\n');
    const v = verifyLogFile(file);
    expect(v).toMatchObject({ ok: false, kind: 'sequence_gap', line: 2 });
    expect(!v.ok && v.reason).toContain('1 line(s) before it were deleted');
  });

  it('reports a removed first line and a duplicated line', async () => {
    await writeLog(3);
    const ls = lines();
    writeFileSync(file, ls.slice(1).join('\n') + '\n');
    expect(verifyLogFile(file)).toMatchObject({ ok: false, kind: 'sequence_gap', line: 1 });
    writeFileSync(file, [ls[0], ls[1], ls[1], ls[2]].join('\n') + '\n');
    expect(verifyLogFile(file)).toMatchObject({ ok: false, kind: 'sequence_gap', line: 3 });
  });

  it('reports a line that is not an entry', async () => {
    await writeLog(2);
    appendFileSync(file, '{"hello": "world"}\n');
    expect(verifyLogFile(file)).toMatchObject({ ok: false, kind: 'not_an_entry', line: 3 });
    writeFileSync(file, 'garbage\n');
    expect(verifyLogFile(file)).toMatchObject({ ok: false, kind: 'not_an_entry', line: 1 });
  });

  it('reports an incomplete last line distinctly, with every complete line verified', async () => {
    await writeLog(3);
    appendFileSync(file, '{"v":1,"seq":4,"ti');
    const v = verifyLogFile(file);
    expect(v).toMatchObject({ ok: false, kind: 'partial_line', line: 4, verified_lines: 3 });
  });

  it('handles lines that straddle read chunks (logs larger than the read buffer)', async () => {
    await writeLog(40, 60_000); // ~2.4 MB: several 1 MiB reads, lines cut across them
    expect(verifyLogFile(file)).toMatchObject({ ok: true, lines: 40 });
  });

  it('refuses to append to a log that does not verify, and to one with an incomplete line', async () => {
    await writeLog(2);
    const ls = lines();
    writeFileSync(file, [ls[1]].join('\n') + '\n');
    expect(() => DecisionLog.open(file)).toThrow(DecisionLogError);
    expect(() => DecisionLog.open(file)).toThrow(/refusing to append .*line 1: sequence gap/);
    writeFileSync(file, ls.join('\n') + '\n{"v":1');
    expect(() => DecisionLog.open(file)).toThrow(/line 3: incomplete last line/);
    // Refusing must not have touched the file.
    expect(readFileSync(file, 'utf8')).toBe(ls.join('\n') + '\n{"v":1');
  });

  it('detects any changed byte in any line but the last (property)', async () => {
    await writeLog(5);
    const original = readFileSync(file);
    const lastLineStart = original.lastIndexOf(0x0a, original.length - 2) + 1;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: lastLineStart - 1 }), fc.integer({ min: 1, max: 255 }), (pos, delta) => {
        const mutated = Buffer.from(original);
        mutated[pos] = (mutated[pos]! + delta) % 256;
        const verifier = new ChainVerifier();
        let start = 0;
        for (let i = mutated.indexOf(0x0a); i !== -1; i = mutated.indexOf(0x0a, start)) {
          if (!verifier.pushLine(mutated.subarray(start, i))) break;
          start = i + 1;
        }
        const v = verifier.finish(mutated.subarray(start));
        const editedLine = original.subarray(0, pos).filter((b) => b === 0x0a).length + 1;
        return !v.ok && v.line <= editedLine + 1;
      }),
      { numRuns: 300 },
    );
  });
});
