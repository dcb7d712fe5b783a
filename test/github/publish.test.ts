/**
 * The sticky comment and the commit status against the loopback GitHub API (every request and
 * response checked against @octokit/openapi).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EVIDENCE_MARKER, parseEvidenceFromComment, renderEvidenceMarkdown } from '../../src/evidence/markdown.js';
import { publishEvidence } from '../../src/github/publish.js';
import { verifyEvidence } from '../../src/evidence/record.js';
import { GITHUB_ACTIONS_LOGIN, resolveCommentLogin, upsertStickyComment } from '../../src/github/comment.js';
import { STATUS_DESCRIPTION_LIMIT, setCommitStatus } from '../../src/github/status.js';
import { botUser, issueComment, pullRequest, user } from '../support/github-factories.js';
import { GitHubServer, faults, type RepoState } from '../support/github-server.js';
import { testOctokit, type TestOctokit } from '../support/octokit.js';
import { HEAD, fixture, hugeDeny, type FixtureDecision } from '../evidence/fixtures.js';

let gh: GitHubServer;
let repo: RepoState;
let octokit: TestOctokit;
const where = { owner: 'acme', repo: 'payments', issue_number: 42 };

beforeEach(async () => {
  gh = await GitHubServer.start();
  repo = gh.repo('acme', 'payments');
  repo.pulls.set(42, pullRequest({ number: 42, head: { ref: 'agent/payments-refactor/x', sha: HEAD } }));
  // Rate limits are the fake's own tests' subject; here the plugin's 1 s write pacing only slows things down.
  octokit = testOctokit(gh, { throttle: false });
});

afterEach(async () => {
  gh.assertAllValid();
  await gh.close();
});

const comments = () => repo.comments.get(42) ?? [];
const publish = (decision: FixtureDecision, extra: { statusContext?: string } = {}) =>
  publishEvidence(octokit, fixture(decision), {
    owner: 'acme',
    repo: 'payments',
    issue_number: 42,
    sha: HEAD,
    ourLogin: GITHUB_ACTIONS_LOGIN,
    ...extra,
  });

describe('sticky comment', () => {
  it('creates on the first run, updates in place on the second, and ignores a human fake on the third', async () => {
    const first = await publish('hold_for_approval');
    expect(first.comment).toMatchObject({ ok: true, action: 'created' });
    expect(comments()).toHaveLength(1);
    const ourId = comments()[0]!.id;

    const second = await publish('allow');
    expect(second.comment).toMatchObject({ ok: true, action: 'updated', comment_id: ourId });
    expect(comments()).toHaveLength(1);
    expect(parseEvidenceFromComment(String(comments()[0]!.body))!.record.decision).toBe('allow');

    // A human pastes our marker and an "allow" record: it is not ours, so it is never trusted or touched.
    const fakeBody = renderEvidenceMarkdown(fixture('allow'));
    const fake = issueComment(user('mallory'), fakeBody, { issue_number: 42 });
    repo.comments.set(42, [...comments(), fake]);

    const third = await publish('deny');
    expect(third.comment).toMatchObject({ ok: true, action: 'updated', comment_id: ourId, ignored_impostors: [fake.id] });
    expect(third.warnings.join('\n')).toMatch(/ignored 1 comment\(s\) carrying the evidence marker/);
    expect(comments()).toHaveLength(2);
    expect(comments().find((c) => c.id === fake.id)!.body).toBe(fakeBody);
    const ours = comments().find((c) => c.id === ourId)!;
    expect(parseEvidenceFromComment(String(ours.body))!.record.decision).toBe('deny');
    expect(gh.requests('issues/update-comment').map((r) => r.path)).toEqual([
      `/repos/acme/payments/issues/comments/${ourId}`,
      `/repos/acme/payments/issues/comments/${ourId}`,
    ]);
    expect(gh.requests('issues/create-comment')).toHaveLength(1);
  });

  it('never adopts a marker comment by another bot, even one that starts with the marker', async () => {
    const other = issueComment(botUser('other-app[bot]'), `${EVIDENCE_MARKER}\nnot ours`, { issue_number: 42 });
    repo.comments.set(42, [other]);
    const r = await upsertStickyComment(octokit, { ...where, body: `${EVIDENCE_MARKER}\nours`, ourLogin: GITHUB_ACTIONS_LOGIN });
    expect(r).toMatchObject({ ok: true, action: 'created', ignored_impostors: [other.id] });
    expect(comments().map((c) => c.body)).toEqual([`${EVIDENCE_MARKER}\nnot ours`, `${EVIDENCE_MARKER}\nours`]);
  });

  it('finds ours beyond the first page, keeps the oldest of duplicates and deletes the newer ones', async () => {
    const bot = botUser();
    const chatter = Array.from({ length: 130 }, (_, i) =>
      issueComment(user(`u${i}`), `comment ${i}`, { issue_number: 42, created_at: '2025-01-01T00:00:00Z' }),
    );
    const oldest = issueComment(bot, `${EVIDENCE_MARKER}\nold`, { issue_number: 42, created_at: '2025-01-02T00:00:00Z' });
    const newer = issueComment(bot, `${EVIDENCE_MARKER}\nnewer`, { issue_number: 42, created_at: '2025-01-03T00:00:00Z' });
    repo.comments.set(42, [...chatter, newer, oldest]);
    const r = await upsertStickyComment(octokit, { ...where, body: `${EVIDENCE_MARKER}\nfresh`, ourLogin: GITHUB_ACTIONS_LOGIN });
    expect(r).toMatchObject({ ok: true, action: 'updated', comment_id: oldest.id, deleted_duplicates: [newer.id] });
    expect(
      comments()
        .filter((c) => String(c.body).startsWith(EVIDENCE_MARKER))
        .map((c) => c.body),
    ).toEqual([`${EVIDENCE_MARKER}\nfresh`]);
    expect(gh.requests('issues/list-comments').length).toBe(2);
  });

  it('uses a comment list the caller already has instead of listing again', async () => {
    const ours = issueComment(botUser(), `${EVIDENCE_MARKER}\nold`, { issue_number: 42 });
    repo.comments.set(42, [ours]);
    const r = await upsertStickyComment(octokit, {
      ...where,
      body: `${EVIDENCE_MARKER}\nnew`,
      ourLogin: GITHUB_ACTIONS_LOGIN,
      comments: [ours as never],
    });
    expect(r).toMatchObject({ ok: true, action: 'updated', comment_id: ours.id });
    expect(gh.requests('issues/list-comments')).toHaveLength(0);
  });

  it('does not write when the body is unchanged', async () => {
    const body = renderEvidenceMarkdown(fixture('allow'));
    await upsertStickyComment(octokit, { ...where, body, ourLogin: GITHUB_ACTIONS_LOGIN });
    const again = await upsertStickyComment(octokit, { ...where, body, ourLogin: GITHUB_ACTIONS_LOGIN });
    expect(again).toMatchObject({ ok: true, action: 'unchanged' });
    expect(gh.requests('issues/update-comment')).toHaveLength(0);
  });

  it('a failure to list or post is a warning, never an exception', async () => {
    gh.fault({
      operationId: 'issues/create-comment',
      times: 10,
      status: 403,
      body: { message: 'Resource not accessible by integration', status: '403' },
    });
    const denied = await publish('deny');
    expect(denied.comment).toEqual({
      ok: false,
      warning: 'could not create the evidence comment: HTTP 403: Resource not accessible by integration',
    });
    expect(denied.status).toMatchObject({ ok: true, state: 'failure' });

    gh.fault({ operationId: 'issues/list-comments', times: 10, ...faults.serverError(502) });
    const r = await upsertStickyComment(octokit, { ...where, body: 'x', ourLogin: GITHUB_ACTIONS_LOGIN });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.warning).toMatch(/^could not list the pull request's comments to find ours: HTTP 502/);
    expect(JSON.stringify(r)).not.toContain('ghs_');
  });

  it('a 3,000-offending-path denial posts a comment GitHub accepts, and it parses back', async () => {
    const record = hugeDeny(3000);
    const r = await publishEvidence(octokit, record, {
      owner: 'acme',
      repo: 'payments',
      issue_number: 42,
      sha: HEAD,
      ourLogin: GITHUB_ACTIONS_LOGIN,
    });
    expect(r.warnings).toEqual([]);
    const body = String(comments()[0]!.body);
    expect(body.length).toBeLessThan(65_536);
    const parsed = parseEvidenceFromComment(body)!;
    expect(parsed.pathsOmitted).toBe(3000);
    expect(parsed.record.evidence_sha256).toBe(record.evidence_sha256);
  });
});

describe('comment and status for each decision', () => {
  it.each([
    ['allow', 'success', /^Allowed: /],
    ['allow_scoped_branch', 'success', /^Allowed \(scoped to branch\): /],
    ['hold_for_approval', 'pending', /^Held for approval: /],
    ['deny', 'failure', /^Denied: /],
    ['kill_session', 'failure', /^Session killed: /],
  ] as const)('%s → comment with the record, status %s', async (decision, state, description) => {
    const r = await publish(decision, { statusContext: 'policy/agents' });
    expect(r.warnings).toEqual([]);
    const parsed = parseEvidenceFromComment(String(comments()[0]!.body))!;
    expect(parsed.record.decision).toBe(decision);
    expect(verifyEvidence(parsed.record)).toBe(true);
    const [status] = repo.statuses.get(HEAD)!;
    expect(status).toMatchObject({ state, context: 'policy/agents' });
    expect(String(status!.description)).toMatch(description);
    expect(String(status!.description).length).toBeLessThanOrEqual(STATUS_DESCRIPTION_LIMIT);
  });

  it('not_applicable → success status and no comment', async () => {
    const r = await publish('not_applicable');
    expect(r.comment).toBeNull();
    expect(comments()).toHaveLength(0);
    expect(repo.statuses.get(HEAD)![0]).toMatchObject({ state: 'success', context: 'mcp-gateway-policy/admission' });
  });

  it('status: false and comment: false turn each off', async () => {
    await publishEvidence(octokit, fixture('deny'), {
      owner: 'acme',
      repo: 'payments',
      issue_number: 42,
      sha: HEAD,
      ourLogin: GITHUB_ACTIONS_LOGIN,
      status: false,
      comment: false,
    });
    expect(gh.log).toHaveLength(0);
  });

  it('cuts a long description to 140 characters and makes controls visible', async () => {
    const r = await setCommitStatus(octokit, {
      owner: 'acme',
      repo: 'payments',
      sha: HEAD,
      decision: 'deny',
      description: `Denied: ${'x'.repeat(300)}\n\u202eevil`,
    });
    expect(r).toMatchObject({ ok: true });
    const d = String(repo.statuses.get(HEAD)![0]!.description);
    expect(d.length).toBe(140);
    expect(d.endsWith('…')).toBe(true);
  });
});

describe('our login', () => {
  it('is github-actions[bot] for an installation token, the user for a PAT, or what it is told', async () => {
    expect(await resolveCommentLogin(octokit)).toEqual({ login: 'github-actions[bot]', source: 'fallback' });
    gh.tokens.set('ghp_pat', { kind: 'user', user: user('release-manager') });
    expect(await resolveCommentLogin(testOctokit(gh, { token: 'ghp_pat', throttle: false }))).toEqual({
      login: 'release-manager',
      source: 'api',
    });
    expect(await resolveCommentLogin(octokit, 'my-app[bot]')).toEqual({ login: 'my-app[bot]', source: 'explicit' });
  });
});
