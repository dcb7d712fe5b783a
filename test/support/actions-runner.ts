/**
 * Runs the bundled Action (dist/index.js) the way the GitHub Actions runner does: a temp
 * workspace, an event.json, the GITHUB_* files and variables, and INPUT_* for every input —
 * the defaults from action.yml unless the test gives a value (as the runner fills them in).
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { fakeSha, pullRequest, repository, review as makeReview, user, webhookPayload, type Obj } from './github-factories.js';
import { actionInProcess } from './in-process.js';
import { REPO_ROOT } from './paths.js';

/** The env name the runner gives an input: `INPUT_` + upper case, spaces → `_`, hyphens kept. */
export function inputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

export type PrEventName = 'pull_request' | 'pull_request_target' | 'pull_request_review';

export interface RunnerOptions {
  /** GITHUB_API_URL: the loopback server's url. */
  apiUrl: string;
  eventName: PrEventName | string;
  /** The payload's `action` (opened, synchronize, labeled, submitted, …). */
  action?: string;
  /** The REST pull request to put in the payload (default: a fresh `pullRequest()`). */
  pullRequest?: Obj;
  /** For pull_request_review: the review object (default: an APPROVED review on the head SHA). */
  review?: Obj;
  /** Last chance to change the event payload. */
  mutate?: (payload: Obj) => void;
  /** Input values by their action.yml names (e.g. { 'fail-on': 'deny' }). */
  inputs?: Record<string, string>;
  token?: string;
  runId?: string;
  runAttempt?: string;
  /** Extra environment variables (win over the defaults). */
  env?: Record<string, string>;
}

export interface Runner {
  dir: string;
  env: Record<string, string>;
  eventPath: string;
  outputPath: string;
  summaryPath: string;
  workspace: string;
  payload: Obj;
  cleanup(): void;
}

function actionInputDefaults(token: string): Record<string, string> {
  const meta = parseYaml(readFileSync(path.join(REPO_ROOT, 'action.yml'), 'utf8')) as {
    inputs?: Record<string, { default?: unknown }>;
  };
  const out: Record<string, string> = {};
  for (const [name, spec] of Object.entries(meta.inputs ?? {})) {
    if (spec.default === undefined) continue;
    out[name] = String(spec.default).replace(/\$\{\{\s*github\.token\s*\}\}/g, token);
  }
  return out;
}

/** A payload for the event from @octokit/webhooks-examples, carrying `pr` and the repository. */
export function eventPayload(eventName: string, pr: Obj, o: { action?: string; review?: Obj } = {}): Obj {
  // GitHub sends pull_request_target the same payload as pull_request; the examples have only the latter.
  if (eventName === 'merge_group') return mergeGroupPayload(pr, o.action);
  const source = eventName === 'pull_request_target' ? 'pull_request' : eventName;
  const defaultAction = source === 'pull_request_review' ? 'submitted' : 'opened';
  const payload = webhookPayload(source, o.action ?? defaultAction);
  payload.action = o.action ?? defaultAction;
  const base = pr.base as Obj;
  const repo = (base.repo as Obj) ?? repository('acme', 'payments');
  payload.number = pr.number;
  payload.pull_request = structuredClone(pr);
  payload.repository = structuredClone(repo);
  payload.sender = structuredClone(pr.user as Obj);
  if (source === 'pull_request_review') {
    const r = o.review ?? makeReview(user('reviewer'), { commit_id: String((pr.head as Obj).sha), pull_number: Number(pr.number) });
    // Webhook reviews carry the state in lower case ("approved"), unlike the REST API.
    payload.review = { ...structuredClone(r), state: String(r.state).toLowerCase() };
    payload.sender = structuredClone(r.user as Obj);
    delete payload.number;
  }
  return payload;
}

/** A merge group queued for `pr` (GitHub's ref gh-readonly-queue/<base>/pr-<n>-<base sha>), from the real example payload. */
function mergeGroupPayload(pr: Obj, action = 'checks_requested'): Obj {
  const payload = webhookPayload('merge_group', action);
  const base = pr.base as Obj;
  const mg = payload.merge_group as Obj;
  mg.base_sha = String(base.sha);
  mg.base_ref = `refs/heads/${String(base.ref)}`;
  mg.head_sha = fakeSha(`merge-group-${String(pr.number)}-${String((pr.head as Obj).sha)}`);
  mg.head_ref = `refs/heads/gh-readonly-queue/${String(base.ref)}/pr-${String(pr.number)}-${String(base.sha)}`;
  (mg.head_commit as Obj).id = mg.head_sha;
  payload.repository = structuredClone((base.repo as Obj) ?? repository('acme', 'payments'));
  return payload;
}

export function createRunner(o: RunnerOptions): Runner {
  const dir = mkdtempSync(path.join(tmpdir(), 'mgp-runner-'));
  const workspace = path.join(dir, 'workspace');
  const temp = path.join(dir, 'runner-temp');
  mkdirSync(workspace);
  mkdirSync(temp);
  const pr = o.pullRequest ?? pullRequest();
  const payload = eventPayload(o.eventName, pr, { action: o.action, review: o.review });
  o.mutate?.(payload);
  const eventPath = path.join(dir, 'event.json');
  writeFileSync(eventPath, JSON.stringify(payload, null, 2));
  const files = {
    GITHUB_OUTPUT: path.join(dir, 'output'),
    GITHUB_STEP_SUMMARY: path.join(dir, 'step_summary'),
    GITHUB_STATE: path.join(dir, 'state'),
    GITHUB_ENV: path.join(dir, 'env'),
    GITHUB_PATH: path.join(dir, 'path'),
  };
  for (const f of Object.values(files)) writeFileSync(f, '');
  const token = o.token ?? 'ghs_fakeInstallationToken0123456789';
  const repoObj = (pr.base as Obj).repo as Obj;
  const fullName = String(repoObj.full_name);
  const headRef = String((pr.head as Obj).ref);
  const baseRef = String((pr.base as Obj).ref);
  const isTarget = o.eventName === 'pull_request_target';
  const inputs = { ...actionInputDefaults(token), ...o.inputs };
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: dir,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: o.eventName,
    GITHUB_EVENT_PATH: eventPath,
    ...files,
    GITHUB_REPOSITORY: fullName,
    GITHUB_REPOSITORY_OWNER: fullName.split('/')[0]!,
    GITHUB_API_URL: o.apiUrl,
    GITHUB_GRAPHQL_URL: `${o.apiUrl}/graphql`,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: o.runId ?? '9876543210',
    GITHUB_RUN_ATTEMPT: o.runAttempt ?? '1',
    GITHUB_RUN_NUMBER: '42',
    GITHUB_WORKFLOW: 'agent-admission',
    GITHUB_JOB: 'admit',
    GITHUB_ACTION: 'mcp-gateway-policy',
    GITHUB_ACTOR: String((payload.sender as Obj)?.login ?? 'octocat'),
    // pull_request runs on the merge ref; pull_request_target on the base branch.
    GITHUB_REF: isTarget ? `refs/heads/${baseRef}` : `refs/pull/${pr.number}/merge`,
    GITHUB_SHA: isTarget ? String((pr.base as Obj).sha) : String((pr.head as Obj).sha),
    GITHUB_HEAD_REF: headRef,
    GITHUB_BASE_REF: baseRef,
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: temp,
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [inputEnvName(k), v])),
    ...o.env,
  };
  return {
    dir,
    env,
    eventPath,
    outputPath: files.GITHUB_OUTPUT,
    summaryPath: files.GITHUB_STEP_SUMMARY,
    workspace,
    payload,
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/**
 * Parses a GITHUB_OUTPUT file: `name=value` lines and the heredoc form @actions/core writes,
 * `name<<ghadelimiter_<uuid>` … `ghadelimiter_<uuid>`.
 */
export function parseGithubOutput(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const value: string[] = [];
      i++;
      while (i < lines.length && lines[i] !== delimiter) value.push(lines[i++]!);
      if (i >= lines.length) throw new Error(`GITHUB_OUTPUT: no closing delimiter for "${name}"`);
      out[name!] = value.join('\n');
      continue;
    }
    const eq = line.indexOf('=');
    if (eq <= 0) throw new Error(`GITHUB_OUTPUT: cannot parse line "${line}"`);
    out[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return out;
}

export interface WorkflowCommand {
  command: string;
  properties: Record<string, string>;
  message: string;
}

const unescapeData = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
const unescapeProperty = (s: string) => unescapeData(s).replace(/%3A/g, ':').replace(/%2C/g, ',');

/** The `::command prop=v,…::message` lines a step printed (errors, warnings, add-mask…). */
export function parseWorkflowCommands(stdout: string): WorkflowCommand[] {
  const out: WorkflowCommand[] = [];
  for (const line of stdout.split(/\r?\n/)) {
    const m = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!m) continue;
    const properties: Record<string, string> = {};
    for (const part of (m[2] ?? '').split(',').filter(Boolean)) {
      const eq = part.indexOf('=');
      properties[part.slice(0, eq)] = unescapeProperty(part.slice(eq + 1));
    }
    out.push({ command: m[1]!, properties, message: unescapeData(m[3]!) });
  }
  return out;
}

export interface ActionResult {
  status: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  commands: WorkflowCommand[];
}

/**
 * Runs the Action for `runner`: in this process through src/action/main.ts by default, or the
 * bundle as the runner spawns it when `entry` names a file (dist/index.js for the smoke tests).
 */
export async function runAction(runner: Runner, o: { timeoutMs?: number; entry?: string } = {}): Promise<ActionResult> {
  const { status, stdout, stderr } =
    o.entry === undefined ? { ...(await actionInProcess(runner.env)), stderr: '' } : await spawnAction(runner, o.entry, o.timeoutMs);
  return {
    status,
    stdout,
    stderr,
    outputs: parseGithubOutput(readFileSync(runner.outputPath, 'utf8')),
    summary: readFileSync(runner.summaryPath, 'utf8'),
    commands: parseWorkflowCommands(stdout),
  };
}

/** Spawns `node <entry>` in the runner's environment (async: the loopback server must keep serving). */
async function spawnAction(
  runner: Runner,
  entry: string,
  timeoutMs = 30_000,
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [entry], { cwd: runner.workspace, env: runner.env });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  const status = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  clearTimeout(timer);
  return { status, stdout, stderr };
}
