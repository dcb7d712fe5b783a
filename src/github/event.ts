/**
 * The webhook event that started the run, read into the facts the admission check needs.
 * Pure: takes the event name and the parsed payload. Only pull request events carry a pull
 * request to admit; anything else is an error that names the events to use, so a misconfigured
 * required check fails instead of passing.
 */
import type { PullRequestFacts } from '../admission/index.js';

export const SUPPORTED_EVENTS = ['pull_request', 'pull_request_target', 'pull_request_review'] as const;
export type SupportedEvent = (typeof SUPPORTED_EVENTS)[number];

/** The activity types the docs tell users to subscribe to (other actions of these events are evaluated too). */
export const DOCUMENTED_ACTIONS: Record<SupportedEvent, readonly string[]> = {
  pull_request: ['opened', 'synchronize', 'reopened', 'edited', 'labeled', 'unlabeled', 'ready_for_review'],
  pull_request_target: ['opened', 'synchronize', 'reopened', 'edited', 'labeled', 'unlabeled', 'ready_for_review'],
  pull_request_review: ['submitted', 'dismissed'],
};

export class EventError extends Error {
  override name = 'EventError';
}

export interface PullRequestEvent {
  name: SupportedEvent;
  action: string | null;
  owner: string;
  repo: string;
  pr: PullRequestFacts;
  /** The PR's state in the payload ('open', 'closed'). */
  state: string | null;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

function str(o: Obj, key: string, where: string): string {
  const v = o[key];
  if (typeof v !== 'string' || v === '') throw new EventError(`event payload: ${where}.${key} is missing`);
  return v;
}

function obj(o: Obj, key: string, where: string): Obj {
  const v = o[key];
  if (!isObj(v)) throw new EventError(`event payload: ${where}.${key} is missing`);
  return v;
}

export function parsePullRequestEvent(eventName: string | undefined, payload: unknown, repository?: string): PullRequestEvent {
  if (!eventName) throw new EventError('GITHUB_EVENT_NAME is not set: run this step in a GitHub Actions workflow');
  if (!(SUPPORTED_EVENTS as readonly string[]).includes(eventName)) {
    throw new EventError(
      `mode "admit" evaluates pull requests; the "${eventName}" event has none. Trigger the workflow on ${SUPPORTED_EVENTS.join(', ')} (and merge_group for merge queues)`,
    );
  }
  if (!isObj(payload)) throw new EventError('event payload is not a JSON object');
  const pull = obj(payload, 'pull_request', 'event');
  const head = obj(pull, 'head', 'pull_request');
  const base = obj(pull, 'base', 'pull_request');
  const author = obj(pull, 'user', 'pull_request');
  const number = pull.number;
  if (typeof number !== 'number' || !Number.isInteger(number) || number <= 0) {
    throw new EventError('event payload: pull_request.number is missing');
  }
  const fullName =
    (isObj(payload.repository) && typeof payload.repository.full_name === 'string' ? payload.repository.full_name : null) ??
    repository ??
    '';
  const [owner, repo, extra] = fullName.split('/');
  if (!owner || !repo || extra !== undefined) throw new EventError('event payload: repository.full_name is missing');
  const labels = Array.isArray(pull.labels)
    ? pull.labels.map((l) => (isObj(l) && typeof l.name === 'string' ? l.name : null)).filter((l): l is string => l !== null)
    : [];
  const sha = /^[0-9a-f]{40}$/;
  const headSha = str(head, 'sha', 'pull_request.head');
  const baseSha = str(base, 'sha', 'pull_request.base');
  if (!sha.test(headSha) || !sha.test(baseSha)) throw new EventError('event payload: head or base sha is not a 40-hex commit id');
  return {
    name: eventName as SupportedEvent,
    action: typeof payload.action === 'string' ? payload.action : null,
    owner,
    repo,
    state: typeof pull.state === 'string' ? pull.state : null,
    pr: {
      number,
      title: typeof pull.title === 'string' ? pull.title : '',
      body: typeof pull.body === 'string' ? pull.body : '',
      url: typeof pull.html_url === 'string' ? pull.html_url : null,
      author: { login: str(author, 'login', 'pull_request.user'), type: typeof author.type === 'string' ? author.type : 'User' },
      head_ref: str(head, 'ref', 'pull_request.head'),
      head_sha: headSha,
      base_ref: str(base, 'ref', 'pull_request.base'),
      base_sha: baseSha,
      labels,
      // pull_request_review payloads carry a shorter PR object without changed_files.
      changed_files: typeof pull.changed_files === 'number' ? pull.changed_files : null,
    },
  };
}
