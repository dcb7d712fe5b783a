import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPolicy } from '../../src/decision/index.js';
import { decisionRank, type Decision } from '../../src/decision/types.js';
import { HAS_SHARED, SHARED_REFERENCE, SHARED_SKIP_REASON } from '../support/paths.js';
import { startServer, type RunningServer } from './support.js';

const SEED_PACK = path.join(SHARED_REFERENCE, 'seed-pack.json');
const CORPUS = path.join(SHARED_REFERENCE, 'decision-corpus.jsonl');

interface CorpusLine {
  id: string;
  class: 'plain' | 'hardened';
  reference_decision: Decision['decision'];
  request: Record<string, unknown>;
}

let server: RunningServer | undefined;
beforeAll(async () => {
  if (HAS_SHARED) server = await startServer(['--policy', SEED_PACK]);
});
afterAll(async () => {
  await server?.close();
});

describe('the evaluate tool is the library evaluator, over the wire', () => {
  it.skipIf(!HAS_SHARED)(
    `gives, for every reference corpus request, exactly the library's decision at the same instant (${HAS_SHARED ? 'seed pack' : SHARED_SKIP_REASON})`,
    async () => {
      const policy = loadPolicy(readFileSync(SEED_PACK));
      const lines = readFileSync(CORPUS, 'utf8')
        .split('\n')
        .filter((l) => l.trim() !== '')
        .map((l) => JSON.parse(l) as CorpusLine);
      expect(lines.length).toBeGreaterThan(100);
      for (const line of lines) {
        const result = await server!.call('recipes_evaluate_mcp_gateway_decision', line.request);
        expect(result.isError, line.id).toBeFalsy();
        const got = result.structuredContent as unknown as Decision;
        // Same request, same pack, same instant: the server must add (beyond the original tool's
        // `available: true`), drop or change nothing.
        const local = policy.evaluate(line.request, { now: got.evidence.evaluated_at });
        expect(got, line.id).toEqual({ available: true, ...JSON.parse(JSON.stringify(local)) });
        // The corpus was evaluated on another day; approvals may have expired since, which only makes us stricter.
        expect(decisionRank(got.decision), line.id).toBeLessThanOrEqual(decisionRank(line.reference_decision));
      }
    },
  );
});
