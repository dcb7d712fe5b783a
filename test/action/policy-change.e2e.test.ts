/**
 * A human's pull request that changes the manifest, end to end (dist/index.js as the runner runs
 * it, against the loopback GitHub server): the semantic policy diff from the base's pack to the
 * pack the head's manifest generates, the policy-owners approval it needs when it widens, and
 * shadow mode (enforce: false).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it, type TestContext } from 'vitest';
import type { EvidenceRecord } from '../../src/evidence/types.js';
import { verifyEvidence } from '../../src/evidence/record.js';
import { file, review, user, type Obj } from '../support/github-factories.js';
import { GitHubServer } from '../support/github-server.js';
import { MANIFEST_PATH, MANIFEST_TEXT, OWNER, REPO, runAdmission, setUpPullRequest, type Scenario } from './scenario.js';

const HUMAN = user('dana');
const OWNERS_POOLS = 'docs-reviewers: [alice]\npolicy-owners: [pat]';

function widerManifest(): string {
  const m = JSON.parse(MANIFEST_TEXT) as { workflows: { id: string; scope: { allowed_paths: string[]; forbidden_paths: string[] } }[] };
  const w = m.workflows.find((x) => x.id === 'dependency-patch')!;
  w.scope.allowed_paths.push('scripts/**');
  return JSON.stringify(m, null, 2) + '\n';
}

async function manifestPr(
  context: TestContext,
  o: { reviews: (head: string, n: number) => Obj[]; manifest?: string; inputs?: Record<string, string> },
) {
  const gh = await GitHubServer.start();
  const s: Scenario = setUpPullRequest(gh, {
    author: HUMAN,
    branch: 'policy/allow-scripts',
    labels: [],
    files: [file(MANIFEST_PATH, { additions: 1, deletions: 0, patch: '@@' })],
    reviews: (head) => o.reviews(head, 7),
  });
  gh.setContent(OWNER, REPO, s.headSha, MANIFEST_PATH, o.manifest ?? widerManifest());
  const { result, runner } = await runAdmission(gh, {
    scenario: s,
    inputs: { 'reviewer-pools': OWNERS_POOLS, 'policy-owners': 'policy-owners', ...o.inputs },
  });
  context.onTestFinished(async () => {
    runner.cleanup();
    await gh.close();
  });
  gh.assertAllValid();
  const evidence = JSON.parse(readFileSync(result.outputs['evidence-path']!, 'utf8')) as EvidenceRecord;
  expect(verifyEvidence(evidence)).toBe(true);
  const repo = gh.repo(OWNER, REPO);
  return { result, evidence, s, statuses: repo.statuses.get(s.headSha) ?? [], comments: (repo.comments.get(s.number) ?? []) as Obj[] };
}

describe.concurrent('a manifest pull request', () => {
  it("without the policy owners' approval: hold_for_approval, pending status, the widening and its witness in the comment and summary", async (context) => {
    const w = await manifestPr(context, { reviews: (head, n) => [review(user('alice'), { commit_id: head, pull_number: n })] });
    expect(w.evidence.decision).toBe('hold_for_approval');
    expect(w.evidence.summary).toMatch(
      /^Policy change held: 1 widening: dependency-patch: NEW lets an agent write "scripts", which OLD refuses$/,
    );
    expect(w.evidence.policy_diff).toMatchObject({ owners_pool: 'policy-owners', approved_by: [], problem: null, narrowed: [] });
    expect(w.evidence.policy_diff!.widened).toEqual([
      {
        workflow_id: 'dependency-patch',
        kind: 'paths',
        detail: 'NEW lets an agent write "scripts", which OLD refuses',
        witness: 'scripts',
      },
    ]);
    expect(w.evidence.violations[0]).toMatch(/^Needs an APPROVED review from a member of "policy-owners" \(policy-owners\) on [0-9a-f]{7}/);
    expect(w.result.status).not.toBe(0);
    expect(w.statuses).toEqual([expect.objectContaining({ state: 'pending' })]);
    const body = String(w.comments.find((c) => String(c.body).includes('### Policy change'))?.body ?? '');
    expect(body).toContain('1 widening, 0 narrowings');
    expect(body).toContain('(witness `scripts`)');
    expect(w.result.summary).toContain('### Policy change');
  });

  it('with an APPROVED review on the head from the policy owners: allowed, success', async (context) => {
    const w = await manifestPr(context, { reviews: (head, n) => [review(user('pat'), { commit_id: head, pull_number: n })] });
    expect(w.evidence.decision).toBe('allow');
    expect(w.evidence.policy_diff!.approved_by).toEqual(['pat']);
    expect(w.evidence.summary).toContain('(approved by pat)');
    expect(w.result.status).toBe(0);
    expect(w.statuses).toEqual([expect.objectContaining({ state: 'success' })]);
  });

  it('an approval on an older commit does not count', async (context) => {
    const w = await manifestPr(context, { reviews: (_head, n) => [review(user('pat'), { commit_id: 'f'.repeat(40), pull_number: n })] });
    expect(w.evidence.decision).toBe('hold_for_approval');
  });

  it('a change that only reorders globs widens nothing and needs no approval', async (context) => {
    const m = JSON.parse(MANIFEST_TEXT) as { workflows: { scope: { allowed_paths: string[] } }[] };
    for (const x of m.workflows) x.scope.allowed_paths.reverse();
    const w = await manifestPr(context, { reviews: () => [], manifest: JSON.stringify(m) });
    expect(w.evidence.decision).toBe('allow');
    expect(w.evidence.policy_diff).toMatchObject({ widened: [], narrowed: [] });
    expect(w.result.status).toBe(0);
  });

  it('enforce: false: the same held change posts its evidence, sets success with "shadow: would hold for approval", and never fails the step', async (context) => {
    const w = await manifestPr(context, { reviews: () => [], inputs: { enforce: 'false' } });
    expect(w.evidence.decision).toBe('hold_for_approval');
    expect(w.evidence.enforced).toBe(false);
    expect(w.result.status).toBe(0);
    expect(w.statuses).toEqual([
      expect.objectContaining({
        state: 'success',
        description: expect.stringMatching(/^shadow: would hold for approval — Policy change held/),
      }),
    ]);
    const body = String(w.comments.find((c) => String(c.body).includes('Shadow mode'))?.body ?? '');
    expect(body).toContain('### Policy change');
  });
});

describe.concurrent('enforce: false on an agent pull request', () => {
  it('a denied agent PR: success status "shadow: would deny", evidence enforced: false, the step passes', async (context) => {
    const gh = await GitHubServer.start();
    const s = setUpPullRequest(gh, { files: [file('.github/workflows/ci.yml', { additions: 1, deletions: 0, patch: '@@' })] });
    const { result, runner } = await runAdmission(gh, { scenario: s, inputs: { enforce: 'false' } });
    context.onTestFinished(async () => {
      runner.cleanup();
      await gh.close();
    });
    gh.assertAllValid();
    const evidence = JSON.parse(readFileSync(result.outputs['evidence-path']!, 'utf8')) as EvidenceRecord;
    expect(verifyEvidence(evidence)).toBe(true);
    expect(evidence.decision).toBe('deny');
    expect(evidence.enforced).toBe(false);
    expect(result.status).toBe(0);
    // The offending path is still annotated; the step's own failure message is not written.
    expect(result.commands.filter((c) => c.command === 'error' && c.message.startsWith('mcp-gateway-policy:'))).toEqual([]);
    expect(result.stdout).toContain('mcp-gateway-policy: shadow: would deny');
    expect(gh.repo(OWNER, REPO).statuses.get(s.headSha)).toEqual([
      expect.objectContaining({ state: 'success', description: expect.stringMatching(/^shadow: would deny/) }),
    ]);
  });
});
