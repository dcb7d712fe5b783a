/**
 * `evaluate --requests` line discipline, run in process through the CLI's own entry (main) with
 * real streams: one output line per input line, in order, whatever the lines hold; and the bundled
 * CLI's batch output equals, byte for byte, the single-request output of each corpus request.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { Decision } from '../../src/decision/index.js';
import { HAS_SHARED, REPO_ROOT, SHARED_REFERENCE, SHARED_SKIP_REASON } from '../support/paths.js';
import { runCli } from '../support/run-cli.js';
import { EXAMPLE_PACK_PATH, NOW } from './support.js';
import { EXAMPLE_READ } from '../support/requests.js';

/** Runs a batch in process: stdin fed in the given chunks, stdout read slowly enough to push back. */
async function batch(chunks: Buffer[]): Promise<{ status: number; lines: string[] }> {
  const stdout = new PassThrough({ highWaterMark: 1024 });
  const collected: Buffer[] = [];
  stdout.on('data', (c: Buffer) => collected.push(c));
  const io = { stdout, stderr: new PassThrough(), stdin: Readable.from(chunks, { objectMode: false }), cwd: REPO_ROOT, env: {} };
  const status = await main(['evaluate', '--policy', EXAMPLE_PACK_PATH, '--now', NOW, '--requests', '-'], io);
  const text = Buffer.concat(collected).toString('utf8');
  expect(text === '' || text.endsWith('\n')).toBe(true);
  return { status, lines: text === '' ? [] : text.slice(0, -1).split('\n') };
}

/** Splits bytes at the given cut points, so lines and characters straddle chunks. */
function cut(bytes: Buffer, at: number[]): Buffer[] {
  const points = [...new Set(at.map((p) => p % (bytes.length + 1)))].sort((a, b) => a - b);
  const out: Buffer[] = [];
  let prev = 0;
  for (const p of points) {
    if (p > prev) out.push(bytes.subarray(prev, p));
    prev = Math.max(prev, p);
  }
  if (prev < bytes.length) out.push(bytes.subarray(prev));
  return out;
}

const READ = EXAMPLE_READ;
const nested = (depth: number) => `{"agent_id":${'['.repeat(depth)}${']'.repeat(depth)}}`;
const lineArb = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
  fc.record({ run_id: fc.string({ unit: 'binary' }) }).map((r) => JSON.stringify({ ...READ, ...r })),
  fc.string({ unit: 'binary' }).map((s) => s.replace(/[\r\n]/g, ' ')),
  fc.constantFrom('', '   ', '{', 'null', '[1,2]', '"x"', nested(20_000)),
);

describe('evaluate --requests: one decision line per request line', () => {
  it('answers any sequence of lines with exactly one line each, in order, with LF or CRLF, with or without a final newline', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(lineArb, { minLength: 1, maxLength: 12 }),
        fc.boolean(),
        fc.boolean(),
        fc.array(fc.nat(), { maxLength: 6 }),
        async (lines, crlf, newline, cuts) => {
          // An empty last line exists only if a newline ends it.
          const finalNewline = newline || lines[lines.length - 1] === '';
          const input = Buffer.from(lines.join(crlf ? '\r\n' : '\n') + (finalNewline ? (crlf ? '\r\n' : '\n') : ''), 'utf8');
          const r = await batch(cut(input, cuts));
          expect(r.status).toBe(0);
          expect(r.lines).toHaveLength(lines.length);
          r.lines.forEach((out, i) => {
            expect(out).toMatch(/^[\x20-\x7e]*$/);
            const d = JSON.parse(out) as Decision;
            let parsed: unknown;
            try {
              parsed = JSON.parse(lines[i]!);
            } catch {
              expect(d.violations[0]).toMatch(new RegExp(`^line ${i + 1} is (blank|not valid JSON)`));
              return;
            }
            if (lines[i] === nested(20_000)) expect(d.decision).toBe('deny');
            else if (
              parsed !== null &&
              typeof parsed === 'object' &&
              !Array.isArray(parsed) &&
              (parsed as { run_id?: unknown }).run_id !== undefined
            ) {
              expect(d.request.run_id).toBe((parsed as { run_id: unknown }).run_id);
            }
          });
        },
      ),
      { numRuns: 60 },
    );
  });

  it('answers an empty input with nothing', async () => {
    expect((await batch([])).lines).toEqual([]);
  });
});

describe.skipIf(!HAS_SHARED)('evaluate --requests on the reference corpus (the CLI in process)', () => {
  it('writes each corpus decision with the same bytes as evaluate --request gives it, on one line', async () => {
    const packPath = path.join(SHARED_REFERENCE, 'seed-pack.json');
    const requests = readFileSync(path.join(SHARED_REFERENCE, 'decision-corpus.jsonl'), 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => JSON.stringify((JSON.parse(l) as { request: unknown }).request));
    const r = await runCli(['evaluate', '--policy', packPath, '--requests', '-', '--now', NOW], { input: requests.join('\n') });
    expect(r.status, r.stderr).toBe(0);
    const lines = r.stdout.slice(0, -1).split('\n');
    expect(lines).toHaveLength(requests.length);
    // The single-request output for a sample (each is a process start), compacted outside strings.
    for (let i = 0; i < requests.length; i += 37) {
      const single = await runCli(['evaluate', '--policy', packPath, '--request', '-', '--now', NOW], { input: requests[i] });
      const compact = single.stdout.replace(/("(?:[^"\\]|\\.)*")|\s+/g, (_m, s: string | undefined) => s ?? '');
      expect(lines[i]).toBe(compact);
    }
  });
});

if (!HAS_SHARED) it.skip(SHARED_SKIP_REASON, () => {});
