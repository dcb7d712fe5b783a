/**
 * `merge_group` events: a merge queue waits for the required check on the queue's own commit, so
 * a check that never answers there stalls every queue. The pull request a merge group is for was
 * already judged on its head (the queue only takes PRs whose required checks passed), so the
 * group re-uses that verdict: our latest status on the PR's current head, written by our own
 * login — a status anyone else set (an agent's token can set statuses) is not a verdict. Success
 * there → success on the merge group's head SHA; anything else (pending, failure, none, another
 * head) → failure. Fails closed: whatever cannot be read fails the group.
 */
import * as core from '@actions/core';
import { readFile } from 'node:fs/promises';
import { resolveCommentLogin, apiOutage, outageNextStep } from '../github/index.js';
import { createOctokit, DEFAULT_API_URL, describeApiError } from '../github/octokit.js';
import type { ActionInputs } from './inputs.js';

export interface MergeGroupEvent {
  action: string | null;
  owner: string;
  repo: string;
  headSha: string;
  headRef: string;
  /** The pull request the group's ref names (`gh-readonly-queue/<base>/pr-<n>-<sha>`). */
  prNumber: number;
}

const QUEUE_REF = /^refs\/heads\/gh-readonly-queue\/.+\/pr-(\d+)-[0-9a-f]{40}$/;

/** Pure: the facts of a merge_group payload, or an Error naming what is missing. */
export function parseMergeGroupEvent(payload: unknown, repository?: string): MergeGroupEvent {
  const p = payload as {
    action?: unknown;
    merge_group?: { head_sha?: unknown; head_ref?: unknown };
    repository?: { full_name?: unknown };
  } | null;
  const mg = p?.merge_group;
  if (!mg || typeof mg !== 'object') throw new Error('event payload: merge_group is missing');
  const headSha = typeof mg.head_sha === 'string' ? mg.head_sha : '';
  if (!/^[0-9a-f]{40}$/.test(headSha)) throw new Error('event payload: merge_group.head_sha is not a 40-hex commit id');
  const headRef = typeof mg.head_ref === 'string' ? mg.head_ref : '';
  const m = QUEUE_REF.exec(headRef);
  if (!m)
    throw new Error(
      `event payload: merge_group.head_ref ${JSON.stringify(headRef)} does not name a pull request (refs/heads/gh-readonly-queue/<base>/pr-<number>-<sha>)`,
    );
  const fullName = (typeof p?.repository?.full_name === 'string' ? p.repository.full_name : null) ?? repository ?? '';
  const [owner, repo, extra] = fullName.split('/');
  if (!owner || !repo || extra !== undefined) throw new Error('event payload: repository.full_name is missing');
  return { action: typeof p?.action === 'string' ? p.action : null, owner, repo, headSha, headRef, prNumber: Number(m[1]) };
}

export async function runMergeGroup(inputs: ActionInputs, env: NodeJS.ProcessEnv): Promise<void> {
  if (!env.GITHUB_EVENT_PATH) throw new Error('GITHUB_EVENT_PATH is not set: run this step in a GitHub Actions workflow');
  const event = parseMergeGroupEvent(JSON.parse(await readFile(env.GITHUB_EVENT_PATH, 'utf8')) as unknown, env.GITHUB_REPOSITORY);
  if (event.action === 'destroyed') {
    core.info(`Merge group ${event.headSha.slice(0, 7)} was destroyed: nothing to check.`);
    return;
  }
  const gh = createOctokit(inputs.token, { baseUrl: env.GITHUB_API_URL, warn: (m) => core.warning(m) });
  const where = { owner: event.owner, repo: event.repo };
  const fail = (why: string) => ({ state: 'failure' as const, why });
  let verdict: { state: 'success' | 'failure'; why: string };
  try {
    const { data: pull } = await gh.rest.pulls.get({ ...where, pull_number: event.prNumber });
    const prHead = pull.head.sha;
    const ourLogin = (await resolveCommentLogin(gh, inputs.commentAuthor, inputs.token)).login.toLowerCase();
    const statuses = await gh.paginate(gh.rest.repos.listCommitStatusesForRef, { ...where, ref: prHead, per_page: 100 });
    // GitHub lists a ref's statuses newest first.
    const ours = statuses.find((s) => s.context === inputs.statusContext && (s.creator?.login ?? '').toLowerCase() === ourLogin);
    const head = prHead.slice(0, 7);
    if (!ours) verdict = fail(`PR #${event.prNumber} has no ${inputs.statusContext} status from ${ourLogin} on its head ${head}`);
    else if (ours.state === 'success')
      verdict = { state: 'success', why: `PR #${event.prNumber} passed the admission check on its head ${head}` };
    else verdict = fail(`PR #${event.prNumber}'s admission check on its head ${head} is ${ours.state}`);
  } catch (err) {
    const outage = apiOutage(gh);
    if (outage) {
      core.setOutput('decision', 'deny');
      core.setFailed(`mcp-gateway-policy: ${outage.message}. ${outageNextStep(outage, env.GITHUB_API_URL || DEFAULT_API_URL)}`);
      return;
    }
    verdict = fail(`cannot read PR #${event.prNumber}'s admission verdict (${describeApiError(err)})`);
  }
  core.setOutput('decision', verdict.state === 'success' ? 'allow' : 'deny');
  if (inputs.status) {
    try {
      await gh.rest.repos.createCommitStatus({
        ...where,
        sha: event.headSha,
        state: verdict.state,
        context: inputs.statusContext,
        description: verdict.why.slice(0, 140),
        ...(env.GITHUB_SERVER_URL && env.GITHUB_RUN_ID
          ? { target_url: `${env.GITHUB_SERVER_URL}/${event.owner}/${event.repo}/actions/runs/${env.GITHUB_RUN_ID}` }
          : {}),
      });
    } catch (err) {
      core.warning(`could not set the status on the merge group ${event.headSha.slice(0, 7)}: ${describeApiError(err)}`);
    }
  }
  const line = `mcp-gateway-policy: merge group ${event.headSha.slice(0, 7)}: ${verdict.state} — ${verdict.why}.`;
  if (verdict.state === 'success') core.info(line);
  else core.setFailed(line);
}
