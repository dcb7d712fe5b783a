/**
 * merge_group end to end: dist/index.js run as the runner runs it, on a real merge_group payload
 * (@octokit/webhooks-examples), against the loopback GitHub server. The group re-uses the PR's
 * latest verdict on its head — ours only — and sets the status on the group's head SHA.
 */
import { describe, expect, it, type TestContext } from 'vitest';
import { commitStatus, file, user, type Obj } from '../support/github-factories.js';
import { GitHubServer } from '../support/github-server.js';
import { OWNER, REPO, runAdmission, setUpPullRequest, type Scenario } from './scenario.js';

async function server(context: TestContext): Promise<GitHubServer> {
  const gh = await GitHubServer.start();
  context.onTestFinished(() => gh.close());
  return gh;
}

const statuses = (gh: GitHubServer, sha: string) => gh.repo(OWNER, REPO).statuses.get(sha) ?? [];
async function queue(gh: GitHubServer, s: Scenario, action?: string) {
  // The examples hold checks_requested only; "destroyed" differs in its action alone.
  const out = await runAdmission(gh, {
    scenario: s,
    eventName: 'merge_group',
    mutate: action ? (p) => void (p.action = action) : undefined,
  });
  gh.assertAllValid();
  const groupSha = String((out.runner.payload.merge_group as Obj).head_sha);
  out.runner.cleanup();
  return { ...out, groupSha };
}

describe.concurrent('admit on merge_group', () => {
  it('an allowed PR: its verdict is re-used, success on the merge group head', async (context) => {
    const gh = await server(context);
    const s = setUpPullRequest(gh);
    const pr = await runAdmission(gh, { scenario: s });
    pr.runner.cleanup();
    expect(pr.result.status, pr.result.stdout).toBe(0);
    const { result, groupSha } = await queue(gh, s);
    expect(result.status, result.stdout).toBe(0);
    expect(statuses(gh, groupSha)).toEqual([expect.objectContaining({ state: 'success', context: 'mcp-gateway-policy/admission' })]);
    expect(String(statuses(gh, groupSha)[0]!.description)).toContain(
      `PR #${s.number} passed the admission check on its head ${s.headSha.slice(0, 7)}`,
    );
    expect(result.outputs.decision).toBe('allow');
    // No re-judging: the PR, its statuses, and one write.
    expect(gh.log.slice(-3).map((r) => r.operationId)).toEqual([
      'pulls/get',
      'repos/list-commit-statuses-for-ref',
      'repos/create-commit-status',
    ]);
  });

  it('a denied PR fails the merge group', async (context) => {
    const gh = await server(context);
    const s = setUpPullRequest(gh, { files: [file('.github/workflows/ci.yml', { patch: '@@' })] });
    const pr = await runAdmission(gh, { scenario: s });
    pr.runner.cleanup();
    expect(pr.result.status).toBe(1);
    const { result, groupSha } = await queue(gh, s);
    expect(result.status).toBe(1);
    expect(statuses(gh, groupSha)).toEqual([expect.objectContaining({ state: 'failure' })]);
    expect(result.stdout).toMatch(/admission check on its head [0-9a-f]{7} is failure/);
  });

  it('a success status on the PR head set by someone else (an agent token) is not a verdict', async (context) => {
    const gh = await server(context);
    const s = setUpPullRequest(gh);
    gh.repo(OWNER, REPO).statuses.set(s.headSha, [
      commitStatus(
        user('claude[bot]', { type: 'Bot' }),
        { state: 'success', context: 'mcp-gateway-policy/admission' },
        { owner: OWNER, repo: REPO, sha: s.headSha },
      ),
    ]);
    const { result, groupSha } = await queue(gh, s);
    expect(result.status).toBe(1);
    expect(statuses(gh, groupSha)).toEqual([expect.objectContaining({ state: 'failure' })]);
    expect(result.stdout).toContain(
      `has no mcp-gateway-policy/admission status from github-actions[bot] on its head ${s.headSha.slice(0, 7)}`,
    );
  });

  it('a destroyed merge group needs nothing', async (context) => {
    const gh = await server(context);
    const s = setUpPullRequest(gh);
    const { result, groupSha } = await queue(gh, s, 'destroyed');
    expect(result.status).toBe(0);
    expect(statuses(gh, groupSha)).toEqual([]);
    expect(gh.log).toHaveLength(0);
  });
});
