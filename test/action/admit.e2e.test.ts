/**
 * The Action end to end: dist/index.js spawned as the runner spawns it (INPUT_*, GITHUB_EVENT_PATH,
 * GITHUB_OUTPUT, GITHUB_STEP_SUMMARY), against the loopback GitHub server, which validates every
 * request and response against @octokit/openapi. Event payloads come from
 * @octokit/webhooks-examples; the base commit serves the repository's example pack and manifest.
 */
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EvidenceRecord } from '../../src/admission/types.js';
import { verifyEvidence } from '../../src/evidence/record.js';
import { EVIDENCE_MARKER } from '../../src/evidence/markdown.js';
import type { ActionResult, Runner } from '../support/actions-runner.js';
import { fakeSha, file, issueComment, review, user, type Obj } from '../support/github-factories.js';
import { faults, GitHubServer } from '../support/github-server.js';
import { addOpenPullRequest, OWNER, PACK_PATH, PACK_TEXT, REPO, runAdmission, setUpPullRequest, WORKFLOW, type Scenario } from './scenario.js';

let gh: GitHubServer;
const runners: Runner[] = [];

beforeEach(async () => {
  gh = await GitHubServer.start();
});
afterEach(async () => {
  for (const r of runners.splice(0)) r.cleanup();
  // Every request the Action made is a GitHub operation, and every answer it got validated.
  gh.assertAllValid();
  await gh.close();
});

interface Outcome {
  result: ActionResult;
  runner: Runner;
  evidence: EvidenceRecord;
}

async function admitPr(scenario: Scenario, o: Parameters<typeof runAdmission>[1] extends infer T ? Omit<T & object, 'scenario'> : never = {}): Promise<Outcome> {
  const { result, runner } = await runAdmission(gh, { scenario, ...o });
  runners.push(runner);
  const evidencePath = result.outputs['evidence-path'];
  expect(evidencePath, `no evidence-path output; stderr: ${result.stderr}\nstdout: ${result.stdout}`).toBeTruthy();
  const evidence = JSON.parse(readFileSync(evidencePath!, 'utf8')) as EvidenceRecord;
  expect(verifyEvidence(evidence)).toBe(true);
  expect(result.outputs.decision).toBe(evidence.decision);
  return { result, runner, evidence };
}

const statuses = (sha: string) => gh.repo(OWNER, REPO).statuses.get(sha) ?? [];
const comments = (n: number) => gh.repo(OWNER, REPO).comments.get(n) ?? [];
const failures = (r: ActionResult) => r.commands.filter((c) => c.command === 'error').map((c) => c.message);

describe('admit: allowed', () => {
  it('allows a docs PR within scope with a valid approval: outputs, evidence, summary, comment, status', async () => {
    const s = setUpPullRequest(gh);
    const { result, evidence } = await admitPr(s);
    expect(result.status, result.stdout).toBe(0);
    expect(evidence.decision).toBe('allow');
    expect(result.outputs).toMatchObject({
      decision: 'allow',
      'workflow-id': WORKFLOW,
      'agent-class': 'claude',
      'run-id': `pr-${s.number}-${s.headSha}`,
      'pack-sha256': evidence.pack_sha256,
      'manifest-sha256': evidence.manifest_sha256,
    });
    expect(evidence.head_sha).toBe(s.headSha);
    expect(evidence.base_sha).toBe(s.baseSha);
    expect(evidence.event_name).toBe('pull_request_target');
    expect(evidence.github_run_id).toBe('9876543210');
    expect(evidence.approvals).toEqual([expect.objectContaining({ login: 'alice', counted: true })]);
    expect(result.summary).toContain('Allowed');
    const posted = comments(s.number);
    expect(posted).toHaveLength(1);
    expect(String(posted[0]!.body).startsWith(EVIDENCE_MARKER)).toBe(true);
    expect(statuses(s.headSha)).toEqual([expect.objectContaining({ state: 'success', context: 'mcp-gateway-policy/admission' })]);
    expect(String(statuses(s.headSha)[0]!.target_url)).toBe(`https://github.com/${OWNER}/${REPO}/actions/runs/9876543210`);
    // The decision's reads: files, head tree, pack, manifest, reviews, comments, open PRs.
    expect(result.stdout).toContain('GitHub API requests to decide: 7');
  });
});
