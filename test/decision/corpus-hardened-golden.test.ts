/**
 * How the reference corpus's `hardened` lines are decided, pinned: the golden file holds, per line,
 * only its index and id and OUR decision with the checks that failed (never the reference's
 * requests), so a change in how any of them is decided shows up here even when it stays "never
 * looser" for corpus.test.ts. After a deliberate change: UPDATE_GOLDEN=1 npx vitest run <this file>.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPolicy, type DecisionName } from '../../src/decision/index.js';
import { HAS_SHARED, REPO_ROOT, SHARED_REFERENCE, SHARED_SKIP_REASON } from '../support/paths.js';

/** The instant corpus.test.ts evaluates at. */
const CORPUS_NOW = '2026-11-29T12:00:00Z';

const GOLDEN = path.join(REPO_ROOT, 'test/fixtures/corpus-hardened.golden.jsonl');

interface GoldenLine {
  /** 0-based line number in decision-corpus.jsonl. */
  line: number;
  id: string;
  decision: DecisionName;
  failed_checks: string[];
}

function decideHardened(): GoldenLine[] {
  const policy = loadPolicy(readFileSync(path.join(SHARED_REFERENCE, 'seed-pack.json')));
  const out: GoldenLine[] = [];
  readFileSync(path.join(SHARED_REFERENCE, 'decision-corpus.jsonl'), 'utf8')
    .split('\n')
    .forEach((text, line) => {
      if (text.trim() === '') return;
      const entry = JSON.parse(text) as { id: string; class: string; request: unknown };
      if (entry.class !== 'hardened') return;
      const d = policy.evaluate(entry.request, { now: CORPUS_NOW });
      const failed = Object.entries(d.evidence.checks)
        .filter(([, outcome]) => outcome === 'fail')
        .map(([check]) => check);
      out.push({ line, id: entry.id, decision: d.decision, failed_checks: failed });
    });
  return out;
}

const serialize = (lines: GoldenLine[]) => lines.map((l) => JSON.stringify(l)).join('\n') + '\n';

describe.skipIf(!HAS_SHARED)('hardened corpus lines: decided as the golden file says', () => {
  it('gives every hardened line the recorded decision and failing checks', () => {
    const actual = decideHardened();
    expect(actual.length).toBeGreaterThan(0);
    if (process.env.UPDATE_GOLDEN === '1') {
      writeFileSync(GOLDEN, serialize(actual));
      console.warn(`UPDATE_GOLDEN=1: rewrote ${path.relative(REPO_ROOT, GOLDEN)} (${actual.length} lines)`);
    }
    const golden = readFileSync(GOLDEN, 'utf8')
      .split('\n')
      .filter((l) => l !== '')
      .map((l) => JSON.parse(l) as GoldenLine);
    // Keyed by id, so a failure names the lines that changed rather than dumping the whole file.
    const byId = new Map(golden.map((g) => [g.id, g]));
    const changed = actual
      .filter((a) => JSON.stringify(byId.get(a.id)) !== JSON.stringify(a))
      .map((a) => ({ now: a, golden: byId.get(a.id) ?? null }));
    expect(
      changed,
      'decisions differ from test/fixtures/corpus-hardened.golden.jsonl (UPDATE_GOLDEN=1 rewrites it after a deliberate change)',
    ).toEqual([]);
    expect(actual.map((a) => a.id)).toEqual(golden.map((g) => g.id));
  });
});

if (!HAS_SHARED) it.skip(SHARED_SKIP_REASON, () => {});
