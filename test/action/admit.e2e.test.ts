/**
 * The Action end to end: dist/index.js spawned as the runner spawns it (INPUT_*, GITHUB_EVENT_PATH,
 * GITHUB_OUTPUT, GITHUB_STEP_SUMMARY), against the loopback GitHub server, which validates every
 * request and response against @octokit/openapi. Event payloads come from
 * @octokit/webhooks-examples; the base commit serves the repository's example pack and manifest.
 * Each test has its own server and runner, so the tests run concurrently (they mostly wait).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it, type TestContext } from 'vitest';
import type { EvidenceRecord } from '../../src/evidence/types.js';
import { verifyEvidence } from '../../src/evidence/record.js';
import { EVIDENCE_MARKER } from '../../src/evidence/markdown.js';
import type { ActionResult, Runner } from '../support/actions-runner.js';
import { fakeSha, file, issueComment, review, user, type Obj } from '../support/github-factories.js';
import { faults, GitHubServer } from '../support/github-server.js';
import {
  addOpenPullRequest,
  OWNER,
  PACK_PATH,
  PACK_TEXT,
  REPO,
  runAdmission,
  setUpPullRequest,
  WORKFLOW,
  type RunOptions,
  type Scenario,
} from './scenario.js';

interface Outcome {
  result: ActionResult;
  runner: Runner;
  evidence: EvidenceRecord;
}

interface World {
  gh: GitHubServer;
  /** Runs the Action; asserts that every request and response was valid, and reads the evidence. */
  admitPr(scenario: Scenario, o?: Omit<RunOptions, 'scenario'>): Promise<Outcome>;
  run(o: RunOptions): Promise<{ result: ActionResult; runner: Runner }>;
  statuses(sha: string): Obj[];
  comments(n: number): Obj[];
}

/** A server and runners for one test; the test's own context cleans up (concurrent tests must not share hooks). */
async function world(context: TestContext): Promise<World> {
  const gh = await GitHubServer.start();
  const runners: Runner[] = [];
  context.onTestFinished(async () => {
    for (const r of runners) r.cleanup();
    await gh.close();
  });
  const run = async (o: RunOptions) => {
    const out = await runAdmission(gh, o);
    runners.push(out.runner);
    // Every request the Action made is a GitHub operation, and every answer it got validated.
    gh.assertAllValid();
    return out;
  };
  return {
    gh,
    run,
    async admitPr(scenario, o = {}) {
      const { result, runner } = await run({ scenario, ...o });
      const evidencePath = result.outputs['evidence-path'];
      expect(evidencePath, `no evidence-path output; stderr: ${result.stderr}\nstdout: ${result.stdout}`).toBeTruthy();
      const evidence = JSON.parse(readFileSync(evidencePath!, 'utf8')) as EvidenceRecord;
      expect(verifyEvidence(evidence)).toBe(true);
      expect(result.outputs.decision).toBe(evidence.decision);
      return { result, runner, evidence };
    },
    statuses: (sha) => gh.repo(OWNER, REPO).statuses.get(sha) ?? [],
    comments: (n) => gh.repo(OWNER, REPO).comments.get(n) ?? [],
  };
}

const failures = (r: ActionResult) => r.commands.filter((c) => c.command === 'error').map((c) => c.message);
const md = (name: string, o: Parameters<typeof file>[1] = {}) => file(name, { additions: 2, deletions: 1, patch: '@@', ...o });

describe.concurrent('admit: allowed', () => {
  it('allows a docs PR within scope with a valid approval: outputs, evidence, summary, comment, status', async (context) => {
    const w = await world(context);
    const s = setUpPullRequest(w.gh);
    const { result, evidence } = await w.admitPr(s);
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
    const posted = w.comments(s.number);
    expect(posted).toHaveLength(1);
    expect(String(posted[0]!.body).startsWith(EVIDENCE_MARKER)).toBe(true);
    expect(w.statuses(s.headSha)).toEqual([expect.objectContaining({ state: 'success', context: 'mcp-gateway-policy/admission' })]);
    expect(String(w.statuses(s.headSha)[0]!.target_url)).toBe(`https://github.com/${OWNER}/${REPO}/actions/runs/9876543210`);
    // The decision's reads: files, head tree, pack, manifest, reviews, comments, open PRs.
    expect(result.stdout).toContain('GitHub API requests to decide: 7');
    // Reporting reuses the comments it read and does not ask GET /user with an installation token.
    expect(w.gh.requests('issues/list-comments')).toHaveLength(1);
    expect(w.gh.requests('users/get-authenticated')).toHaveLength(0);
    expect(result.stdout).toContain('GitHub API requests in total: 7 reads, 2 writes');
  });

  it('finds its own comment by the comment-author login a GitHub App token writes as', async (context) => {
    const w = await world(context);
    const s = setUpPullRequest(w.gh);
    const first = await w.admitPr(s, { inputs: { 'comment-author': 'github-actions[bot]' } });
    expect(first.result.status, first.result.stdout).toBe(0);
    const second = await w.admitPr(s, { inputs: { 'comment-author': 'github-actions[bot]' } });
    expect(second.result.status, second.result.stdout).toBe(0);
    expect(w.comments(s.number)).toHaveLength(1);
    expect(w.gh.requests('issues/update-comment')).toHaveLength(1); // the second run updated the first run's comment
  });
});

describe.concurrent('admit: the write', () => {
  it('denies an over-limit PR (21 files, the workflow allows 20) and fails the step with a failure status', async (context) => {
    const w = await world(context);
    const s = setUpPullRequest(w.gh, { files: Array.from({ length: 21 }, (_, i) => md(`docs/page-${i}.md`)) });
    const { result, evidence } = await w.admitPr(s);
    expect(result.status).toBe(1);
    expect(evidence.decision).toBe('deny');
    expect(evidence.limits.files).toEqual({ used: 21, max: 20 });
    expect(evidence.gates.find((g) => g.gate === 'write')!.decision).toBe('deny');
    expect(failures(result).join('\n')).toMatch(/mcp-gateway-policy: deny/);
    expect(w.statuses(s.headSha), result.stdout).toEqual([expect.objectContaining({ state: 'failure' })]);
    expect(w.comments(s.number)).toHaveLength(1);
  });

  it('denies a forbidden path and annotates the file', async (context) => {
    const w = await world(context);
    const s = setUpPullRequest(w.gh, { files: [md('docs/guide.md'), md('docs/security/advisories/2025-01.md', { status: 'added' })] });
    const { result, evidence } = await w.admitPr(s, { eventName: 'pull_request', action: 'synchronize' });
    expect(evidence.event_name).toBe('pull_request');
    expect(evidence.decision).toBe('deny');
    const row = evidence.paths.find((p) => p.path === 'docs/security/advisories/2025-01.md')!;
    expect(row).toMatchObject({ verdict: 'forbidden', rule: 'docs/security/advisories/**' });
    expect(evidence.paths.find((p) => p.path === 'docs/guide.md')!.verdict).toBe('allowed');
    const annotations = result.commands.filter((c) => c.command === 'error' && c.properties.file);
    expect(annotations.map((a) => a.properties.file)).toEqual(['docs/security/advisories/2025-01.md']);
  });

  it('denies a rename out of a forbidden directory, judging the previous path too', async (context) => {
    const w = await world(context);
    const s = setUpPullRequest(w.gh, {
      files: [
        md('docs/advisory.md', { status: 'renamed', previous_filename: 'docs/security/advisories/old.md', additions: 0, deletions: 0 }),
      ],
      baseTree: [],
    });
    const { evidence } = await w.admitPr(s);
    expect(evidence.decision).toBe('deny');
    expect(evidence.paths).toEqual([
      expect.objectContaining({
        status: 'renamed',
        path: 'docs/advisory.md',
        previous_path: 'docs/security/advisories/old.md',
        verdict: 'forbidden',
      }),
    ]);
    expect(evidence.violations.join('\n')).toMatch(/previous path/);
    // A rename is the one case that reads the base tree (for the previous mode).
    expect(w.gh.requests('git/get-tree').map((r) => r.path.split('/').pop())).toEqual([s.headSha, s.baseSha]);
  });

  it('denies a symlink, whose mode only the head tree shows', async (context) => {
    const w = await world(context);
    const s = setUpPullRequest(w.gh, {
      files: [md('docs/guide.md'), md('docs/latest.md', { status: 'added' })],
      headModes: { 'docs/latest.md': '120000' },
    });
    const { evidence } = await w.admitPr(s);
    expect(evidence.decision).toBe('deny');
    expect(evidence.paths.find((p) => p.path === 'docs/latest.md')!.verdict).toBe('symlink');
  });

  it('denies a PR that edits the pack itself, whatever the manifest allows', async (context) => {
    const w = await world(context);
    const s = setUpPullRequest(w.gh, { files: [md('docs/guide.md'), file(PACK_PATH, { additions: 1, deletions: 1, patch: '@@' })] });
    const { evidence } = await w.admitPr(s);
    expect(evidence.decision).toBe('deny');
    expect(evidence.paths.find((p) => p.path === PACK_PATH)!.verdict).toBe('always_forbidden');
  });
});

describe.concurrent('admit: GitHub cannot give a complete answer', () => {
  it('denies when GitHub serves 3,000 of 3,200 files and the runner has no history to read them from', async (context) => {
    const w = await world(context);
    const s = setUpPullRequest(w.gh, { files: Array.from({ length: 3200 }, (_, i) => md(`docs/p${i}.md`)) });
    const { result, evidence } = await w.admitPr(s);
    expect(result.status).toBe(1);
    expect(evidence.decision).toBe('deny');
    expect(evidence.violations.join('\n')).toMatch(/Cannot enumerate every change: GitHub listed 3000 changed files, its limit, of 3200/);
    expect(w.gh.requests('pulls/list-files')).toHaveLength(30);
    expect(w.gh.requests('git/get-tree')).toHaveLength(0);
  });

  it('waits out a 429 in the middle of pagination and reads every file', async (context) => {
    const w = await world(context);
    const s = setUpPullRequest(w.gh, { files: Array.from({ length: 250 }, (_, i) => md(`docs/p${i}.md`)) });
    w.gh.fault({ operationId: 'pulls/list-files', nth: 2, ...faults.tooManyRequests(1) });
    const { result, evidence } = await w.admitPr(s);
    expect(w.gh.requests('pulls/list-files').map((r) => [r.query.page ?? '1', r.status])).toEqual([
      ['1', 200],
      ['2', 429],
      ['2', 200],
      ['3', 200],
    ]);
    // Complete: the deny is the workflow's 20-file limit, not an unreadable list.
    expect(evidence.limits.files).toEqual({ used: 250, max: 20 });
    expect(evidence.violations.join('\n')).not.toMatch(/enumerate/);
    expect(result.commands.some((c) => c.command === 'warning' && /secondary rate limit.*retrying in 1 s/.test(c.message))).toBe(true);
  });

  it('denies with the reason when the base pack has drifted from the base manifest', async (context) => {
    const w = await world(context);
    const drifted = PACK_TEXT.replace('"max_changed_files": 20', '"max_changed_files": 200');
    expect(drifted).not.toBe(PACK_TEXT);
    const s = setUpPullRequest(w.gh, { packText: drifted });
    const { evidence, result } = await w.admitPr(s);
    expect(evidence.decision).toBe('deny');
    expect(evidence.gates.find((g) => g.gate === 'trust')!.violations.join('\n')).toMatch(/has drifted from the base manifest/);
    expect(result.outputs['pack-sha256']).toBe(evidence.pack_sha256);
    expect(w.gh.requests('repos/get-content').every((r) => r.query.ref === s.baseSha)).toBe(true);
  });
});

describe.concurrent('admit: approvals', () => {
  it('holds a PR whose only approval is on a stale SHA: pending status, step fails by default', async (context) => {
    const w = await world(context);
    const s = setUpPullRequest(w.gh, { reviews: () => [review(user('alice'), { commit_id: fakeSha('older-head'), pull_number: 7 })] });
    const { result, evidence } = await w.admitPr(s);
    expect(evidence.decision).toBe('hold_for_approval');
    expect(result.status).toBe(1);
    expect(evidence.approvals).toEqual([
      expect.objectContaining({ login: 'alice', counted: false, reason: expect.stringMatching(/not the current head/) }),
    ]);
    expect(evidence.next_steps.join('\n')).toMatch(/docs-reviewers/);
    expect(w.statuses(s.headSha)).toEqual([expect.objectContaining({ state: 'pending' })]);
  });

  it('lets a held PR pass the step when fail-on leaves hold out (the status stays pending)', async (context) => {
    const w = await world(context);
    const s = setUpPullRequest(w.gh, { reviews: [] });
    const { result, evidence } = await w.admitPr(s, { inputs: { 'fail-on': 'deny,kill_session' } });
    expect(evidence.decision).toBe('hold_for_approval');
    expect(result.status).toBe(0);
    expect(w.statuses(s.headSha)).toEqual([expect.objectContaining({ state: 'pending' })]);
  });

  it('does not count a self-approval', async (context) => {
    const w = await world(context);
    const dana = user('dana');
    const s = setUpPullRequest(w.gh, { author: dana, reviews: (head) => [review(dana, { commit_id: head, pull_number: 7 })] });
    const { evidence } = await w.admitPr(s, { inputs: { agents: 'dana: claude', 'reviewer-pools': 'docs-reviewers: [dana, alice]' } });
    expect(evidence.agent_class).toBe('claude');
    expect(evidence.decision).toBe('hold_for_approval');
    expect(evidence.approvals).toEqual([
      expect.objectContaining({ login: 'dana', counted: false, reason: expect.stringMatching(/author cannot approve/) }),
    ]);
  });

  it('does not count a bot approval, even from a login in the pool', async (context) => {
    const w = await world(context);
    const bot = user('helper[bot]', { type: 'Bot' });
    const s = setUpPullRequest(w.gh, { reviews: (head) => [review(bot, { commit_id: head, pull_number: 7 })] });
    const { evidence } = await w.admitPr(s, { inputs: { 'reviewer-pools': 'docs-reviewers: ["helper[bot]"]' } });
    expect(evidence.decision).toBe('hold_for_approval');
    expect(evidence.approvals).toEqual([
      expect.objectContaining({ login: 'helper[bot]', counted: false, reason: expect.stringMatching(/Bot account, not a human/) }),
    ]);
  });

  it('counts a typed approval record in a comment by a pool member, and not an edited one', async (context) => {
    const w = await world(context);
    const s = setUpPullRequest(w.gh, { reviews: [] });
    const now = Date.now();
    const record = (approver: string) => ({
      type: 'human_approval',
      approval_id: `apr-${approver}`,
      decision: 'approved',
      workflow_id: WORKFLOW,
      run_id: `pr-${s.number}-${s.headSha}`,
      gate_phase: 'pre_merge',
      scope: { head_sha: s.headSha },
      approver: { id: approver, type: 'human', reviewer_pool: 'docs-reviewers' },
      issued_at: new Date(now - 3600_000).toISOString().replace(/\.\d{3}Z$/, 'Z'),
      expires_at: new Date(now + 3600_000).toISOString().replace(/\.\d{3}Z$/, 'Z'),
      reason: 'read the change',
    });
    const fenced = (r: object) => 'Approving.\n\n```agent-approval\n' + JSON.stringify(r, null, 2) + '\n```\n';
    w.gh.repo(OWNER, REPO).comments.set(s.number, [
      issueComment(user('bob'), fenced(record('bob')), {
        issue_number: s.number,
        created_at: '2025-01-20T00:00:00Z',
        updated_at: '2025-01-21T00:00:00Z',
      }),
      issueComment(user('alice'), fenced(record('alice')), { issue_number: s.number, created_at: '2025-01-20T00:00:00Z' }),
    ]);
    const { evidence, result } = await w.admitPr(s, { inputs: { 'reviewer-pools': 'docs-reviewers: [alice, bob]' } });
    expect(evidence.decision, JSON.stringify(evidence.approvals)).toBe('allow');
    expect(result.status).toBe(0);
    expect(evidence.approvals).toEqual([
      expect.objectContaining({ source: 'approval_record', login: 'bob', counted: false, reason: expect.stringMatching(/edited/) }),
      expect.objectContaining({ source: 'approval_record', login: 'alice', counted: true, reviewer_pool: 'docs-reviewers' }),
    ]);
  });

  it('re-evaluates on a pull_request_review event, asking GitHub for the PR the payload abbreviates', async (context) => {
    const w = await world(context);
    const s = setUpPullRequest(w.gh);
    const { result, evidence } = await w.admitPr(s, {
      eventName: 'pull_request_review',
      action: 'submitted',
      // As GitHub sends it: the review event's pull request has no counts (changed_files, additions…).
      mutate: (payload) => {
        for (const k of ['changed_files', 'additions', 'deletions', 'commits', 'comments', 'review_comments', 'merged', 'mergeable'])
          delete (payload.pull_request as Obj)[k];
      },
    });
    expect(evidence.decision).toBe('allow');
    expect(evidence.event_name).toBe('pull_request_review');
    expect(result.status).toBe(0);
    expect(w.gh.requests('pulls/get')).toHaveLength(1);
  });
});

describe.concurrent('admit: admission gate and kill', () => {
  it('denies a PR without the required label', async (context) => {
    const w = await world(context);
    const s = setUpPullRequest(w.gh, { labels: [] });
    const { evidence } = await w.admitPr(s);
    expect(evidence.decision).toBe('deny');
    expect(evidence.violations).toContain('The PR lacks the required label "agent-change".');
  });

  it('denies the newest agent PR beyond the open-PR cap, counting only agent PRs', async (context) => {
    const w = await world(context);
    const s = setUpPullRequest(w.gh, { number: 12 });
    for (const n of [3, 4, 5, 6]) addOpenPullRequest(w.gh, n);
    addOpenPullRequest(w.gh, 8, { branch: 'feature/human-work', author: user('octocat') });
    const { evidence } = await w.admitPr(s);
    expect(evidence.decision).toBe('deny');
    expect(evidence.limits.open_prs).toEqual({ used: 5, max: 4 });
    expect(evidence.violations.join('\n')).toMatch(/open agent PR number 5 \(oldest first\) and the cap is 4/);
  });

  it('kills the session on the kill label and, with on-kill: close, closes the PR with a comment', async (context) => {
    const w = await world(context);
    const s = setUpPullRequest(w.gh, { labels: ['agent-change', 'agent-kill-session'] });
    const { result, evidence } = await w.admitPr(s, { inputs: { 'on-kill': 'close' } });
    expect(evidence.decision).toBe('kill_session');
    expect(result.status).toBe(1);
    expect(w.gh.repo(OWNER, REPO).pulls.get(s.number)!.state).toBe('closed');
    const bodies = w.comments(s.number).map((c) => String(c.body));
    expect(bodies).toHaveLength(2);
    expect(bodies.filter((b) => b.startsWith(EVIDENCE_MARKER))).toHaveLength(1);
    expect(bodies.find((b) => !b.startsWith(EVIDENCE_MARKER))).toMatch(/Closed by mcp-gateway-policy/);
    expect(w.statuses(s.headSha)).toEqual([expect.objectContaining({ state: 'failure' })]);
  });

  it('gives a non-agent PR not_applicable: success, no comment', async (context) => {
    const w = await world(context);
    const s = setUpPullRequest(w.gh, { author: user('octocat'), branch: 'feature/readme', labels: [] });
    const { result, evidence } = await w.admitPr(s);
    expect(evidence.decision).toBe('not_applicable');
    expect(result.status).toBe(0);
    expect(w.comments(s.number)).toEqual([]);
    expect(w.statuses(s.headSha)).toEqual([expect.objectContaining({ state: 'success' })]);
    expect(result.summary.trim().split('\n')).toHaveLength(1);
  });

  it('fails the step for an event that carries no pull request, without calling GitHub', async (context) => {
    const w = await world(context);
    const s = setUpPullRequest(w.gh);
    const { result } = await w.run({ scenario: s, env: { GITHUB_EVENT_NAME: 'push' } });
    expect(result.status).toBe(1);
    expect(failures(result).join('\n')).toMatch(
      /the "push" event has none. Trigger the workflow on pull_request, pull_request_target, pull_request_review/,
    );
    expect(w.gh.log).toEqual([]);
  });
});

describe.concurrent('admit: reporting never changes the decision', () => {
  it('warns when GitHub refuses the comment and the status, and keeps the decision and exit code', async (context) => {
    const w = await world(context);
    const s = setUpPullRequest(w.gh);
    const forbidden = {
      status: 403,
      body: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest', status: '403' },
    };
    w.gh.fault({ operationId: 'issues/create-comment', ...forbidden });
    w.gh.fault({ operationId: 'repos/create-commit-status', ...forbidden });
    const { result, evidence } = await w.admitPr(s);
    expect(evidence.decision).toBe('allow');
    expect(result.status).toBe(0);
    const warnings = result.commands.filter((c) => c.command === 'warning').map((c) => c.message);
    expect(warnings).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/could not create the evidence comment: HTTP 403/),
        expect.stringMatching(/could not set commit status mcp-gateway-policy\/admission: HTTP 403/),
      ]),
    );
  });

  it('writes neither comment nor status with comment: false and status: false', async (context) => {
    const w = await world(context);
    const s = setUpPullRequest(w.gh, { labels: [] });
    const { result, evidence } = await w.admitPr(s, { inputs: { comment: 'false', status: 'false' } });
    expect(evidence.decision).toBe('deny');
    expect(result.status).toBe(1);
    expect(w.gh.log.filter((r) => r.method !== 'GET')).toEqual([]);
    expect(result.summary).toContain('Denied');
  });
});

describe.concurrent('admit: the token', () => {
  it('never appears in stdout, stderr, the summary, the outputs, the evidence or anything posted', async (context) => {
    const w = await world(context);
    const token = 'ghs_S3cretTokenValue0000111122223333444455';
    const s = setUpPullRequest(w.gh, { files: [md('docs/guide.md'), md('docs/security/advisories/x.md')] });
    w.gh.fault({
      operationId: 'pulls/list-reviews',
      status: 404,
      body: { message: `Not Found (token ${token})`, documentation_url: 'https://docs.github.com/rest', status: '404' },
    });
    const { result, runner, evidence } = await w.admitPr(s, { token });
    expect(evidence.decision).toBe('deny');
    expect(w.gh.log.every((r) => r.authenticated)).toBe(true);
    // The runner consumes ::add-mask:: itself and never prints it; everything else must be clean.
    const stdout = result.stdout
      .split('\n')
      .filter((l) => l !== `::add-mask::${token}`)
      .join('\n');
    expect(result.stdout).toContain(`::add-mask::${token}`);
    const places = {
      stdout,
      stderr: result.stderr,
      summary: result.summary,
      output: readFileSync(runner.outputPath, 'utf8'),
      evidence: readFileSync(result.outputs['evidence-path']!, 'utf8'),
      posted: JSON.stringify(w.gh.log.map((r) => r.body)),
      comments: JSON.stringify(w.comments(s.number)),
      statuses: JSON.stringify(w.statuses(s.headSha)),
    };
    for (const [where, text] of Object.entries(places)) expect(text.includes(token), `token found in ${where}`).toBe(false);
    // The server's message (which echoed the token) reached the evidence, redacted.
    expect(evidence.violations.join('\n')).toMatch(/Cannot list the pull request's reviews \(HTTP 404: Not Found \(token \*\*\*\)\)/);
  });
});

describe.concurrent('admit: an API it cannot use', () => {
  it('an unreachable API fails the step with "cannot reach", a network next step and no policy advice', async (context) => {
    const w = await world(context);
    const s = setUpPullRequest(w.gh);
    const dead = await GitHubServer.start();
    const deadUrl = dead.url;
    await dead.close();
    const { result } = await w.run({ scenario: s, env: { GITHUB_API_URL: deadUrl } });
    expect(result.status).toBe(1);
    const message = failures(result).join('\n');
    expect(message).toContain(`cannot reach ${new URL(deadUrl).host} (ECONNREFUSED`);
    expect(message).toContain('network problem, not a policy one');
    expect(message).not.toMatch(/Fix the policy|regenerate|mcp-gateway-policy check/i);
    expect(result.outputs.decision).toBe('deny');
  });

  it('a rejected token fails the step with "token rejected", with no retries and nothing asked after', async (context) => {
    const w = await world(context);
    const s = setUpPullRequest(w.gh);
    w.gh.fault({
      status: 401,
      times: 100,
      body: { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest', status: '401' },
    });
    const { result } = await w.run({ scenario: s });
    expect(result.status).toBe(1);
    expect(failures(result).join('\n')).toMatch(
      /token rejected by .* \(HTTP 401: Bad credentials\)\. Nothing was judged\. Check the token input/,
    );
    // The requests already in flight when the first answer came, each once; none after it.
    const ops = w.gh.log.map((r) => r.operationId);
    const requests = w.gh.log.map((r) => `${r.method} ${r.path}`);
    expect(new Set(requests).size).toBe(requests.length);
    expect(ops).not.toContain('pulls/list');
    expect(ops).not.toContain('repos/create-commit-status');
  });
});
