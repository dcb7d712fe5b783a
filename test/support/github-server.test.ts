import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createRunner, inputEnvName, parseGithubOutput, parseWorkflowCommands } from './actions-runner.js';
import { botUser, fakeSha, file, issueComment, pullRequest, review, treeEntry, user } from './github-factories.js';
import { GitHubServer, PR_FILES_API_LIMIT, faults } from './github-server.js';
import { githubDescription, matchOperation } from './openapi.js';
import { testOctokit } from './octokit.js';
import { REPO_ROOT } from './paths.js';

let gh: GitHubServer;

beforeAll(() => {
  const d = githubDescription();
  // Printed, not asserted: the cost of loading GitHub's description once per test process.
  console.info(`@octokit/openapi api.github.com loaded in ${d.loadMs.toFixed(0)} ms`);
});

afterEach(async () => {
  await gh?.close();
});

async function withPr(files = 0, throttle = true) {
  gh = await GitHubServer.start();
  const pr = pullRequest({ number: 7, changed_files: files, head: { ref: 'agent/x', sha: fakeSha('h7') } });
  const repo = gh.repo('acme', 'payments');
  repo.pulls.set(7, pr);
  repo.files.set(
    7,
    Array.from({ length: files }, (_, i) => file(`src/f${i}.ts`, { additions: 2, deletions: 1 })),
  );
  return { pr, repo, octokit: testOctokit(gh, { throttle }) };
}

describe('openapi matching', () => {
  it('maps concrete paths to GitHub operation ids, including slash-bearing content paths', () => {
    expect(matchOperation('GET', '/repos/a/b/pulls/3/files')?.operationId).toBe('pulls/list-files');
    expect(matchOperation('PATCH', '/repos/a/b/issues/comments/9')?.operationId).toBe('issues/update-comment');
    const content = matchOperation('GET', '/repos/a/b/contents/data/policy/pack.json');
    expect(content?.operationId).toBe('repos/get-content');
    expect(content?.params.path).toBe('data/policy/pack.json');
    expect(matchOperation('GET', '/user')?.operationId).toBe('users/get-authenticated');
    expect(matchOperation('GET', '/repos/a/b/pulls/3/not-a-thing')).toBeNull();
  });
});

describe('GitHubServer', () => {
  it('serves factory objects that validate, and paginates PR files with Link headers', async () => {
    const { octokit } = await withPr(250);
    const files = await octokit.paginate(octokit.rest.pulls.listFiles, { owner: 'acme', repo: 'payments', pull_number: 7, per_page: 100 });
    expect(files).toHaveLength(250);
    expect(files[249]!.filename).toBe('src/f249.ts');
    const reqs = gh.requests('pulls/list-files');
    expect(reqs.map((r) => r.query.page ?? '1')).toEqual(['1', '2', '3']);
    expect(reqs.every((r) => r.authenticated && !('authorization' in r.headers))).toBe(true);
    gh.assertAllValid();
  });

  it('serves at most 3,000 files of a pull request, as GitHub does', async () => {
    const { octokit } = await withPr(3200);
    const files = await octokit.paginate(octokit.rest.pulls.listFiles, { owner: 'acme', repo: 'payments', pull_number: 7, per_page: 100 });
    expect(files).toHaveLength(PR_FILES_API_LIMIT);
    gh.assertAllValid();
  });

  it('survives a 429 with Retry-After in the middle of pagination (retry + throttling plugins)', async () => {
    const { octokit } = await withPr(250);
    gh.fault({ operationId: 'pulls/list-files', nth: 2, ...faults.tooManyRequests(1) });
    const files = await octokit.paginate(octokit.rest.pulls.listFiles, { owner: 'acme', repo: 'payments', pull_number: 7, per_page: 100 });
    expect(files).toHaveLength(250);
    const reqs = gh.requests('pulls/list-files');
    expect(reqs.map((r) => `${r.query.page ?? '1'}:${r.status}`)).toEqual(['1:200', '2:429', '2:200', '3:200']);
    expect(reqs[1]!.injected).toBe(true);
    gh.assertAllValid();
  });

  it('survives a 403 secondary rate limit and a 500, and gives up after bounded retries', async () => {
    const { octokit } = await withPr(1);
    gh.fault({ operationId: 'pulls/get', nth: 1, ...faults.secondaryRateLimit(1) });
    gh.fault({ operationId: 'pulls/get', nth: 2, ...faults.serverError(500) });
    const { data } = await octokit.rest.pulls.get({ owner: 'acme', repo: 'payments', pull_number: 7 });
    expect(data.number).toBe(7);
    expect(gh.requests('pulls/get').map((r) => r.status)).toEqual([403, 500, 200]);

    gh.fault({ operationId: 'pulls/list-reviews', nth: 1, times: 10, ...faults.serverError(502) });
    await expect(octokit.rest.pulls.listReviews({ owner: 'acme', repo: 'payments', pull_number: 7 })).rejects.toMatchObject({
      status: 502,
    });
    expect(gh.requests('pulls/list-reviews').length).toBe(3);
  });

  it('records a response that breaks the schema (missing required field, wrong type)', async () => {
    const { pr, octokit } = await withPr(0);
    gh.handle('pulls/get', () => {
      const broken: Record<string, unknown> = { ...pr, number: 'seven' };
      delete broken.head;
      return { status: 200, body: broken };
    });
    await octokit.rest.pulls.get({ owner: 'acme', repo: 'payments', pull_number: 7 });
    expect(gh.violations.join('\n')).toMatch(/pulls\/get.*must have required property 'head'/);
    expect(gh.violations.join('\n')).toMatch(/\/number must be integer/);
    expect(() => gh.assertAllValid()).toThrow(/violation/);
  });

  it('records requests GitHub has no operation for, undocumented query parameters and invalid bodies', async () => {
    const { octokit } = await withPr(0);
    await octokit.request('GET /repos/{owner}/{repo}/pulls/{n}/approvals', { owner: 'acme', repo: 'payments', n: 7 }).catch(() => {});
    await octokit.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', {
      owner: 'acme',
      repo: 'payments',
      pull_number: 7,
      recursive: 1,
    });
    await octokit
      .request('POST /repos/{owner}/{repo}/statuses/{sha}', {
        owner: 'acme',
        repo: 'payments',
        sha: fakeSha('x'),
        state: 'great' as 'success',
      })
      .catch(() => {});
    const v = gh.violations.join('\n');
    expect(v).toMatch(/approvals: no such operation/);
    expect(v).toMatch(/query parameter "recursive" is not documented for pulls\/get/);
    expect(v).toMatch(/request body invalid for repos\/create-commit-status.*\/state must be equal to one of the allowed values/);
  });

  it('plays comments, reviews, statuses, trees, contents, teams and token identities', async () => {
    // Without the throttling plugin's 1 s spacing of writes: rate limits are tested above.
    const { repo, octokit } = await withPr(0, false);
    const human = user('alice');
    repo.reviews.set(7, [review(human, { commit_id: fakeSha('h7'), pull_number: 7 })]);
    repo.comments.set(7, [issueComment(human, 'hello', { issue_number: 7 })]);
    repo.trees.set(fakeSha('h7'), {
      entries: [treeEntry({ path: 'link', mode: '120000' }), treeEntry({ path: 'src', mode: '040000' }), treeEntry({ path: 'src/a.ts' })],
      truncated: true,
    });
    gh.setContent('acme', 'payments', fakeSha('b7'), 'data/policy/pack.json', '{"a":1}\n');
    gh.setTeam('acme', 'payments-owners', ['Alice']);
    const o = { owner: 'acme', repo: 'payments' };

    const created = await octokit.rest.issues.createComment({ ...o, issue_number: 7, body: 'ours' });
    expect(created.data.user?.login).toBe('github-actions[bot]');
    await octokit.rest.issues.updateComment({ ...o, comment_id: created.data.id, body: 'ours v2' });
    const comments = await octokit.paginate(octokit.rest.issues.listComments, { ...o, issue_number: 7 });
    expect(comments.map((c) => c.body)).toEqual(['hello', 'ours v2']);

    const reviews = await octokit.rest.pulls.listReviews({ ...o, pull_number: 7 });
    expect(reviews.data[0]!.state).toBe('APPROVED');

    const status = await octokit.rest.repos.createCommitStatus({
      ...o,
      sha: fakeSha('h7'),
      state: 'pending',
      context: 'c',
      description: 'd',
    });
    expect(status.data.creator?.login).toBe('github-actions[bot]');
    expect(repo.statuses.get(fakeSha('h7'))!.map((s) => s.state)).toEqual(['pending']);

    const tree = await octokit.rest.git.getTree({ ...o, tree_sha: fakeSha('h7'), recursive: '1' });
    expect(tree.data.truncated).toBe(true);
    expect(tree.data.tree.map((e) => `${e.mode} ${e.path}`)).toEqual(['120000 link', '040000 src', '100644 src/a.ts']);

    const content = await octokit.rest.repos.getContent({ ...o, path: 'data/policy/pack.json', ref: fakeSha('b7') });
    expect('content' in content.data && Buffer.from(content.data.content, 'base64').toString()).toBe('{"a":1}\n');
    const raw = await octokit.rest.repos.getContent({
      ...o,
      path: 'data/policy/pack.json',
      ref: fakeSha('b7'),
      mediaType: { format: 'raw' },
    });
    expect(String(raw.data)).toBe('{"a":1}\n');
    await expect(octokit.rest.repos.getContent({ ...o, path: 'data/policy/pack.json', ref: fakeSha('other') })).rejects.toMatchObject({
      status: 404,
    });

    const member = await octokit.rest.teams.getMembershipForUserInOrg({ org: 'acme', team_slug: 'payments-owners', username: 'alice' });
    expect(member.data.state).toBe('active');
    await expect(
      octokit.rest.teams.getMembershipForUserInOrg({ org: 'acme', team_slug: 'payments-owners', username: 'mallory' }),
    ).rejects.toMatchObject({ status: 404 });
    gh.teamAccess = 'forbidden';
    await expect(
      octokit.rest.teams.getMembershipForUserInOrg({ org: 'acme', team_slug: 'payments-owners', username: 'alice' }),
    ).rejects.toMatchObject({ status: 403 });

    // GITHUB_TOKEN is an installation token: GET /user is refused; a PAT sees its user.
    await expect(octokit.rest.users.getAuthenticated()).rejects.toMatchObject({ status: 403 });
    gh.tokens.set('ghp_pat', { kind: 'user', user: user('release-bot-human') });
    const me = await testOctokit(gh, { token: 'ghp_pat', throttle: false }).rest.users.getAuthenticated();
    expect(me.data.login).toBe('release-bot-human');

    await octokit.rest.pulls.update({ ...o, pull_number: 7, state: 'closed' });
    const open = await octokit.rest.pulls.list({ ...o, state: 'open' });
    expect(open.data).toHaveLength(0);
    gh.assertAllValid();
  });

  it('a bot comment author from the factories validates as a Bot', async () => {
    const { repo, octokit } = await withPr(0);
    repo.comments.set(7, [issueComment(botUser('other-app[bot]'), 'x', { issue_number: 7 })]);
    const { data } = await octokit.rest.issues.listComments({ owner: 'acme', repo: 'payments', issue_number: 7 });
    expect(data[0]!.user?.type).toBe('Bot');
    gh.assertAllValid();
  });
});

describe('Actions runner environment', () => {
  it('names inputs as the runner does', () => {
    expect(inputEnvName('fail-on')).toBe('INPUT_FAIL-ON');
    expect(inputEnvName('my input')).toBe('INPUT_MY_INPUT');
  });

  it('writes a real webhook payload and every input default, and reads @actions/core outputs back', () => {
    const pr = pullRequest({ number: 12, labels: ['agent'], head: { ref: 'agent/wf/x', sha: fakeSha('h12') } });
    const runner = createRunner({
      apiUrl: 'http://127.0.0.1:1',
      eventName: 'pull_request_target',
      action: 'labeled',
      pullRequest: pr,
      inputs: { 'fail-on': 'deny' },
    });
    try {
      const event = JSON.parse(readFileSync(runner.eventPath, 'utf8'));
      expect(event.action).toBe('labeled');
      expect(event.pull_request.head.sha).toBe(fakeSha('h12'));
      expect(event.repository.full_name).toBe('acme/payments');
      expect(runner.env['INPUT_FAIL-ON']).toBe('deny');
      expect(runner.env['INPUT_STATUS-CONTEXT']).toBe('mcp-gateway-policy/admission');
      expect(runner.env.INPUT_TOKEN).toMatch(/^ghs_/);
      expect(runner.env.GITHUB_REF).toBe('refs/heads/main');

      // The real @actions/core writes the outputs and summary; the parser must read them back.
      const script = path.join(runner.dir, 'emit.mjs');
      const core = path.join(REPO_ROOT, 'node_modules/@actions/core/lib/core.js');
      writeFileSync(
        script,
        `import * as core from ${JSON.stringify(core)};\n` +
          `core.setOutput('decision', 'deny');\ncore.setOutput('multi', 'a\\nb=c\\n');\n` +
          `core.error('bad path', { file: 'src/a,b.ts' });\nawait core.summary.addRaw('# hi').write();\n`,
      );
      const r = spawnSync(process.execPath, [script], { env: runner.env, encoding: 'utf8' });
      expect(r.status).toBe(0);
      const out = parseGithubOutput(readFileSync(runner.outputPath, 'utf8'));
      expect(out).toEqual({ decision: 'deny', multi: 'a\nb=c\n' });
      expect(readFileSync(runner.outputPath, 'utf8')).toContain('<<ghadelimiter_');
      expect(parseWorkflowCommands(r.stdout)).toContainEqual({ command: 'error', properties: { file: 'src/a,b.ts' }, message: 'bad path' });
      expect(readFileSync(runner.summaryPath, 'utf8')).toBe('# hi');
    } finally {
      runner.cleanup();
    }
  });

  it('builds pull_request_review payloads with the webhook (lower-case) review state', () => {
    const pr = pullRequest({ number: 3 });
    const runner = createRunner({ apiUrl: 'http://127.0.0.1:1', eventName: 'pull_request_review', pullRequest: pr });
    try {
      const event = JSON.parse(readFileSync(runner.eventPath, 'utf8'));
      expect(event.action).toBe('submitted');
      expect(event.review.state).toBe('approved');
      expect(event.review.commit_id).toBe(pr.head && (pr.head as { sha: string }).sha);
    } finally {
      runner.cleanup();
    }
  });
});
