/**
 * The bundle as the runner runs it: `node dist/index.js` in a child process with INPUT_*,
 * GITHUB_EVENT_PATH, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY. The behaviour is tested in process
 * (admit.e2e.test.ts); these few runs prove that dist/ is the same program.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { EvidenceRecord } from '../../src/evidence/types.js';
import { verifyEvidence } from '../../src/evidence/record.js';
import { createRunner, runAction } from '../support/actions-runner.js';
import { file } from '../support/github-factories.js';
import { GitHubServer } from '../support/github-server.js';
import { DIST_ACTION } from '../support/paths.js';
import { OWNER, REPO, REVIEWER_POOLS, setUpPullRequest } from './scenario.js';

async function runDist(files?: ReturnType<typeof file>[]) {
  const gh = await GitHubServer.start();
  try {
    const s = setUpPullRequest(gh, files ? { files } : {});
    const runner = createRunner({
      apiUrl: gh.url,
      eventName: 'pull_request_target',
      pullRequest: s.pr,
      inputs: { 'reviewer-pools': REVIEWER_POOLS },
    });
    try {
      const result = await runAction(runner, { entry: DIST_ACTION });
      gh.assertAllValid();
      const evidence = JSON.parse(readFileSync(result.outputs['evidence-path']!, 'utf8')) as EvidenceRecord;
      return { result, evidence, statuses: gh.repo(OWNER, REPO).statuses.get(s.headSha) ?? [] };
    } finally {
      runner.cleanup();
    }
  } finally {
    await gh.close();
  }
}

describe.concurrent('dist/index.js as the runner runs it', () => {
  it('allows an in-scope docs PR: exit 0, outputs, sealed evidence, success status', async () => {
    const { result, evidence, statuses } = await runDist();
    expect(result.status, result.stdout).toBe(0);
    expect(result.outputs.decision).toBe('allow');
    expect(verifyEvidence(evidence)).toBe(true);
    expect(result.summary).toContain('Allowed');
    expect(statuses).toEqual([expect.objectContaining({ state: 'success' })]);
  });

  it('denies a PR that edits a workflow file: exit 1, failure status, an error annotation', async () => {
    const { result, evidence, statuses } = await runDist([file('.github/workflows/ci.yml', { additions: 1, deletions: 0, patch: '@@' })]);
    expect(result.status).toBe(1);
    expect(evidence.decision).toBe('deny');
    expect(result.stdout).toMatch(/^::error/m);
    expect(statuses).toEqual([expect.objectContaining({ state: 'failure' })]);
  });
});
