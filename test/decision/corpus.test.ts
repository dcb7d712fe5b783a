/**
 * Conformance with the original evaluator (spec: decision-semantics.md, "Compatibility"): every line
 * of ../shared/reference/decision-corpus.jsonl, at now = 2026-11-29T12:00:00Z. `plain` lines must
 * give the reference decision; `hardened` lines may be stricter, never looser.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECK_NAMES, decisionRank, loadPolicy, type DecisionName } from '../../src/decision/index.js';
import { HAS_SHARED, SHARED_REFERENCE, SHARED_SKIP_REASON } from '../support/paths.js';

export const CORPUS_NOW = '2026-11-29T12:00:00Z';

interface CorpusLine {
  id: string;
  class: 'plain' | 'hardened';
  reference_decision: DecisionName;
  request: unknown;
}

function readCorpus(): CorpusLine[] {
  return readFileSync(path.join(SHARED_REFERENCE, 'decision-corpus.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as CorpusLine);
}

describe.skipIf(!HAS_SHARED)('decision corpus conformance (../shared/reference)', () => {
  it('matches plain lines exactly and is never looser on hardened lines', () => {
    const policy = loadPolicy(readFileSync(path.join(SHARED_REFERENCE, 'seed-pack.json')));
    const corpus = readCorpus();
    expect(corpus.length).toBeGreaterThan(0);
    const failures: string[] = [];
    const counts = { plain: 0, hardened: 0, stricter: 0 };
    for (const line of corpus) {
      const d = policy.evaluate(line.request, { now: CORPUS_NOW });
      counts[line.class]++;
      const ok =
        line.class === 'plain' ? d.decision === line.reference_decision : decisionRank(d.decision) <= decisionRank(line.reference_decision);
      if (line.class === 'hardened' && d.decision !== line.reference_decision) counts.stricter++;
      if (!ok)
        failures.push(`${line.id} (${line.class}): expected ${line.reference_decision}, got ${d.decision}: ${d.violations.join(' | ')}`);
    }
    expect(failures, failures.join('\n')).toEqual([]);
    expect(counts.plain + counts.hardened).toBe(corpus.length);
  });

  it('gives every corpus decision its evidence: pack hash, time, one entry per check', () => {
    const policy = loadPolicy(readFileSync(path.join(SHARED_REFERENCE, 'seed-pack.json')));
    for (const line of readCorpus()) {
      const d = policy.evaluate(line.request, { now: CORPUS_NOW });
      expect(d.evidence.pack_sha256).toBe(policy.packSha256);
      expect(d.evidence.evaluated_at).toBe('2026-11-29T12:00:00.000Z');
      expect(Object.keys(d.evidence.checks)).toEqual([...CHECK_NAMES]);
      expect(d.allowed).toBe(decisionRank(d.decision) === 3);
      if (d.decision === 'deny') expect(d.violations.length).toBeGreaterThan(0);
    }
  });
});

if (!HAS_SHARED) it.skip(SHARED_SKIP_REASON, () => {});
