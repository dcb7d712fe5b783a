/**
 * `mode: admit` — the required status check on agent pull requests. The only place the Action
 * meets @actions/core: it reads the event, has the GitHub adapter build the admission input,
 * asks the pure core for the decision, and reports it (outputs, evidence file, job summary and
 * annotations, sticky comment, commit status, closing on kill). Reporting never changes the
 * decision: a failed comment or status is a warning. The step fails on deny and kill_session,
 * and on hold_for_approval when `fail-on` lists it.
 */
import * as core from '@actions/core';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { admitLean, applyPolicyChange, markShadow, agentDirectory, declaredBranchPrefixes, isAgentAuthored } from '../admission/index.js';
import type { AdmissionInput, AdmissionResult } from '../admission/index.js';
import { sealEvidence, escapeSentence } from '../evidence/index.js';
import type { EvidenceRecord } from '../evidence/index.js';
import { reportEvidenceToActions } from './actions-output.js';
import {
  fetchAdmissionInput,
  type OpenPull,
  resolveCommentLogin,
  type CommentLike,
  publishEvidence,
  DOCUMENTED_ACTIONS,
  EventError,
  parsePullRequestEvent,
  type PullRequestEvent,
  openLocalHistory,
  apiOutage,
  outageNextStep,
} from '../github/index.js';
import { createOctokit, DEFAULT_API_URL, describeApiError, type GitHubClient } from '../github/octokit.js';
import { canonicalJson } from '../util/index.js';
import type { Pack } from '../pack/index.js';
import type { ActionInputs } from './inputs.js';

/** Replaces the token wherever it could have slipped into a message (belt and braces: nothing we build holds it). */
function redactor(token: string): (s: string) => string {
  return token.length >= 4 ? (s) => s.split(token).join('***') : (s) => s;
}

async function readEvent(env: NodeJS.ProcessEnv): Promise<PullRequestEvent> {
  if (!env.GITHUB_EVENT_PATH) throw new EventError('GITHUB_EVENT_PATH is not set: run this step in a GitHub Actions workflow');
  let payload: unknown;
  try {
    payload = JSON.parse(await readFile(env.GITHUB_EVENT_PATH, 'utf8'));
  } catch (err) {
    throw new EventError(`cannot read the event payload at GITHUB_EVENT_PATH: ${(err as Error).message}`);
  }
  return parsePullRequestEvent(env.GITHUB_EVENT_NAME, payload, env.GITHUB_REPOSITORY);
}

/** The core's rule for "agent-authored" (isAgentAuthored), applied to the other open PRs. */
function agentPullDetector(extraAgents: Record<string, string>): (packText: string | null, pull: OpenPull) => boolean {
  const agents = agentDirectory(extraAgents);
  let cached: { packText: string | null; prefixes: string[] } | null = null;
  return (packText, pull) => {
    if (cached?.packText !== packText) cached = { packText, prefixes: prefixesOf(packText) };
    return isAgentAuthored(cached.prefixes, agents, pull.head_ref, pull.author);
  };
}

function prefixesOf(packText: string | null): string[] {
  try {
    return declaredBranchPrefixes(JSON.parse(packText ?? 'null') as Pack);
  } catch {
    // No usable pack: the decision is a deny anyway; known agent logins still count.
    return [];
  }
}

/** Counts API requests by kind, so every run logs what it cost (reads decide; writes report). */
function countRequests(gh: GitHubClient): { reads: number; writes: number } {
  const counts = { reads: 0, writes: 0 };
  gh.hook.before('request', (options) => {
    if (options.method === 'GET' || options.method === 'HEAD') counts.reads++;
    else counts.writes++;
  });
  return counts;
}

/** The run, as named steps: read the event, decide, report, and pass or fail the step. */
export async function runAdmit(inputs: ActionInputs, env: NodeJS.ProcessEnv): Promise<void> {
  if (env.GITHUB_EVENT_NAME === 'merge_group') {
    const { runMergeGroup } = await import('./merge-group.js');
    return runMergeGroup(inputs, env);
  }
  const safe = redactor(inputs.token);
  const warn = (m: string) => core.warning(safe(m));
  const event = await readEvent(env);
  noteTrigger(event);
  warnFailOn(inputs, warn);

  const gh = createOctokit(inputs.token, { baseUrl: env.GITHUB_API_URL, warn });
  const requests = countRequests(gh);
  const decided = await decide(gh, inputs, env, event, safe);
  if (decided === null) return;
  core.info(`GitHub API requests to decide: ${requests.reads}.`);

  await report(gh, inputs, env, event, decided.record, decided.comments, warn);
  core.info(`GitHub API requests in total: ${requests.reads} reads, ${requests.writes} writes.`);
  finish(inputs, decided.record, safe);
}

function noteTrigger(event: PullRequestEvent): void {
  if (event.action && !DOCUMENTED_ACTIONS[event.name].includes(event.action)) {
    core.info(`Evaluating ${event.name}.${event.action}; the documented triggers are ${DOCUMENTED_ACTIONS[event.name].join(', ')}.`);
  }
}

function warnFailOn(inputs: ActionInputs, warn: (m: string) => void): void {
  for (const d of ['deny', 'kill_session'] as const) {
    if (!inputs.failOn.includes(d))
      warn(`fail-on leaves out ${d}, but ${d} always fails the step: a required check must never pass a ${d}.`);
  }
}

/**
 * The sealed evidence record: the admission input from the API, the pure decision, the policy
 * change and shadow mode folded in. Null when the API failed (the step has then been failed).
 */
async function decide(
  gh: GitHubClient,
  inputs: ActionInputs,
  env: NodeJS.ProcessEnv,
  event: PullRequestEvent,
  safe: (s: string) => string,
): Promise<{ record: EvidenceRecord; comments: CommentLike[] | null } | null> {
  const local = await openLocalHistory(env.GITHUB_WORKSPACE);
  try {
    const fetched = await fetchAdmissionInput(admissionRequest(gh, inputs, env, event, local));
    const outage = apiOutage(gh);
    if (outage) {
      // No decision on half the facts, and no policy advice for a network or token failure.
      core.setOutput('decision', 'deny');
      core.setFailed(safe(`mcp-gateway-policy: ${outage.message}. ${outageNextStep(outage, env.GITHUB_API_URL || DEFAULT_API_URL)}`));
      return null;
    }
    let result: AdmissionResult = await admitLean(redactInput(fetched.input, safe));
    // A denied PR (an agent's that touches the policy files is) needs no policy diff to stay denied.
    const { reviewPolicyChange } = await import('./policy-change.js');
    const change =
      result.decision === 'deny' || result.decision === 'kill_session'
        ? null
        : await reviewPolicyChange(gh, event, inputs, {
            files: fetched.input.files,
            filesProblem: fetched.input.files_problem,
            reviews: fetched.input.reviews,
          });
    if (change) result = applyPolicyChange(result, change, event.pr.head_sha);
    if (!inputs.enforce) result = markShadow(result);
    return { record: sealEvidence(result), comments: fetched.comments };
  } finally {
    await local?.close();
  }
}

function admissionRequest(
  gh: GitHubClient,
  inputs: ActionInputs,
  env: NodeJS.ProcessEnv,
  event: PullRequestEvent,
  local: Awaited<ReturnType<typeof openLocalHistory>>,
): Parameters<typeof fetchAdmissionInput>[0] {
  return {
    gh,
    event,
    packPath: inputs.packPath,
    manifestPath: inputs.manifestPath,
    reviewerPools: inputs.reviewerPools,
    config: {
      workflow_id: inputs.workflowId,
      workflow_from: inputs.workflowFrom,
      change_class: inputs.changeClass,
      tool_namespace: inputs.toolNamespace,
      agents: inputs.agents,
      approvals: inputs.approvals,
      kill_signal: inputs.killSignal,
      kill_label: inputs.killLabel,
      expect_pack_sha256: inputs.expectPackSha256,
    },
    context: {
      event_name: event.name,
      repository: `${event.owner}/${event.repo}`,
      github_run_id: env.GITHUB_RUN_ID ?? null,
      github_run_attempt: env.GITHUB_RUN_ATTEMPT ?? null,
      now: new Date().toISOString(),
    },
    local,
    isAgentPull: agentPullDetector(inputs.agents),
  };
}

/** Fails the step on deny and kill_session, and on hold_for_approval when fail-on lists it; never in shadow mode. */
function finish(inputs: ActionInputs, record: EvidenceRecord, safe: (s: string) => string): void {
  const decision = record.decision;
  const failing =
    decision === 'deny' || decision === 'kill_session' || (decision === 'hold_for_approval' && inputs.failOn.includes('hold_for_approval'));
  const line = safe(
    `mcp-gateway-policy: ${inputs.enforce ? '' : 'shadow: would '}${decision}${record.summary ? ` — ${record.summary}` : ''}`,
  );
  if (failing && inputs.enforce) core.setFailed(line);
  else core.info(line);
}

function redactInput(input: AdmissionInput, safe: (s: string) => string): AdmissionInput {
  return {
    ...input,
    files_problem: input.files_problem === null ? null : safe(input.files_problem),
    base: { ...input.base, problem: input.base.problem === null ? null : safe(input.base.problem) },
    problems: input.problems?.map(safe),
    context: { ...input.context, notes: input.context.notes.map(safe) },
  };
}

async function report(
  gh: GitHubClient,
  inputs: ActionInputs,
  env: NodeJS.ProcessEnv,
  event: PullRequestEvent,
  record: EvidenceRecord,
  comments: CommentLike[] | null,
  warn: (m: string) => void,
): Promise<void> {
  const where = { owner: event.owner, repo: event.repo };
  core.setOutput('decision', record.decision);
  core.setOutput('workflow-id', record.workflow_id ?? '');
  core.setOutput('agent-class', record.agent_class ?? '');
  core.setOutput('run-id', record.run_id ?? '');
  core.setOutput('pack-sha256', record.pack_sha256 ?? '');
  core.setOutput('manifest-sha256', record.manifest_sha256 ?? '');
  try {
    await mkdir(path.dirname(path.resolve(inputs.evidencePath)), { recursive: true });
    await writeFile(inputs.evidencePath, canonicalJson(record));
    core.setOutput('evidence-path', inputs.evidencePath);
  } catch (err) {
    warn(`could not write the evidence record to ${inputs.evidencePath}: ${(err as Error).message}`);
  }

  const actions = await reportEvidenceToActions(record);
  actions.problems.forEach(warn);

  const needLogin = inputs.comment && record.decision !== 'not_applicable';
  const ourLogin = needLogin ? (await resolveCommentLogin(gh, inputs.commentAuthor, inputs.token)).login : '';
  const published = await publishEvidence(gh, record, {
    ...where,
    issue_number: event.pr.number,
    sha: event.pr.head_sha,
    ourLogin,
    comment: inputs.comment,
    status: inputs.status,
    statusContext: inputs.statusContext,
    targetUrl:
      env.GITHUB_SERVER_URL && env.GITHUB_RUN_ID
        ? `${env.GITHUB_SERVER_URL}/${event.owner}/${event.repo}/actions/runs/${env.GITHUB_RUN_ID}`
        : null,
    comments,
    shadow: !inputs.enforce,
  });
  published.warnings.forEach(warn);
  if (record.decision === 'kill_session' && inputs.onKill === 'close' && event.state !== 'closed') {
    await closeOnKill(gh, event, record, warn);
  }
}

/** on-kill: close — a short comment saying why, then the PR closed. Failures are warnings. */
async function closeOnKill(gh: GitHubClient, event: PullRequestEvent, record: EvidenceRecord, warn: (m: string) => void): Promise<void> {
  const where = { owner: event.owner, repo: event.repo };
  const body = [
    `🛑 **Closed by mcp-gateway-policy: the agent session was killed.**`,
    '',
    escapeSentence(record.summary || 'A kill signal is set for this pull request.'),
    '',
    `Run id: ${escapeSentence(record.run_id ?? 'unknown')}. A maintainer clears the kill signal before any agent work resumes.`,
  ].join('\n');
  try {
    await gh.rest.issues.createComment({ ...where, issue_number: event.pr.number, body });
  } catch (err) {
    warn(`could not comment before closing the pull request: ${describeApiError(err)}`);
  }
  try {
    await gh.rest.pulls.update({ ...where, pull_number: event.pr.number, state: 'closed' });
    core.info(`Closed pull request #${event.pr.number} (on-kill: close).`);
  } catch (err) {
    warn(`could not close the pull request: ${describeApiError(err)}`);
  }
}
