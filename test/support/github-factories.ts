/**
 * Realistic GitHub REST objects for the loopback server, started from the real payloads in
 * @octokit/webhooks-examples and completed to the REST schemas (the server validates everything
 * it serves against @octokit/openapi, so a factory that drifts from GitHub's shapes fails tests).
 */
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export type Obj = Record<string, unknown>;

interface WebhookExample {
  name: string;
  actions: string[];
  examples: Array<Obj & { action?: string }>;
}

let examplesCache: WebhookExample[] | null = null;
function webhookExamples(): WebhookExample[] {
  examplesCache ??= require('@octokit/webhooks-examples/api.github.com/index.json') as WebhookExample[];
  return examplesCache;
}

/** A deep copy of a real webhook payload for `event` (and `action`, when given). */
export function webhookPayload(event: string, action?: string): Obj {
  const group = webhookExamples().find((e) => e.name === event);
  if (!group) throw new Error(`@octokit/webhooks-examples has no "${event}" payloads`);
  const ex = action === undefined ? group.examples[0] : group.examples.find((x) => x.action === action);
  if (!ex) throw new Error(`@octokit/webhooks-examples has no "${event}.${action}" payload`);
  return structuredClone(ex);
}

const clone = <T>(v: T): T => structuredClone(v);

let nextId = 9_000_000;
/** Monotonic ids, unique per process, so objects from different tests never collide. */
export function newId(): number {
  return nextId++;
}

/** A deterministic 40-hex SHA for a label (readable in failures, stable across runs). */
export function fakeSha(label: string): string {
  return createHash('sha1').update(label).digest('hex');
}

export const API = 'https://api.github.com';
export const WEB = 'https://github.com';

export interface UserOptions {
  type?: 'User' | 'Bot' | 'Organization';
  id?: number;
}

/** A simple-user (as in PR.user, review.user, comment.user). */
export function user(login: string, options: UserOptions = {}): Obj {
  const base = clone((webhookPayload('pull_request', 'opened').pull_request as Obj).user as Obj);
  const id = options.id ?? newId();
  const u = `${API}/users/${encodeURIComponent(login)}`;
  return {
    ...base,
    login,
    id,
    node_id: Buffer.from(`04:User${id}`).toString('base64'),
    avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`,
    gravatar_id: '',
    url: u,
    html_url: `${WEB}/${encodeURIComponent(login)}`,
    followers_url: `${u}/followers`,
    following_url: `${u}/following{/other_user}`,
    gists_url: `${u}/gists{/gist_id}`,
    starred_url: `${u}/starred{/owner}{/repo}`,
    subscriptions_url: `${u}/subscriptions`,
    organizations_url: `${u}/orgs`,
    repos_url: `${u}/repos`,
    events_url: `${u}/events{/privacy}`,
    received_events_url: `${u}/received_events`,
    type: options.type ?? 'User',
    site_admin: false,
  };
}

/** The identity GITHUB_TOKEN writes as: comments and statuses show this login. */
export const GITHUB_ACTIONS_BOT = { login: 'github-actions[bot]', id: 41898282 } as const;

export function botUser(login: string = GITHUB_ACTIONS_BOT.login, id?: number): Obj {
  return user(login, { type: 'Bot', id: id ?? (login === GITHUB_ACTIONS_BOT.login ? GITHUB_ACTIONS_BOT.id : undefined) });
}

/** GET /user's private-user shape (what a personal access token sees). */
export function privateUser(login: string, options: UserOptions = {}): Obj {
  return {
    ...user(login, options),
    user_view_type: 'private',
    name: login,
    company: null,
    blog: '',
    location: null,
    email: null,
    hireable: null,
    bio: null,
    twitter_username: null,
    public_repos: 1,
    public_gists: 0,
    followers: 0,
    following: 0,
    created_at: '2020-01-01T00:00:00Z',
    updated_at: '2024-01-01T00:00:00Z',
    private_gists: 0,
    total_private_repos: 0,
    owned_private_repos: 0,
    disk_usage: 0,
    collaborators: 0,
    two_factor_authentication: true,
  };
}

export function label(name: string, color = 'ededed'): Obj {
  const id = newId();
  return {
    id,
    node_id: Buffer.from(`010:Label${id}`).toString('base64'),
    url: `${API}/repos/o/r/labels/${encodeURIComponent(name)}`,
    name,
    description: null,
    color,
    default: false,
  };
}

/** A full repository object, from the example PR's base.repo, renamed. */
export function repository(owner: string, name: string): Obj {
  const pr = webhookPayload('pull_request', 'opened').pull_request as Obj;
  const repo = clone((pr.base as Obj).repo as Obj);
  const full = `${owner}/${name}`;
  const out: Obj = {};
  for (const [k, v] of Object.entries(repo)) {
    out[k] = typeof v === 'string' ? v.replaceAll('Codertocat/Hello-World', full) : v;
  }
  return { ...out, name, full_name: full, owner: user(owner, { type: 'Organization' }), private: false };
}

export interface PullRequestOptions {
  owner?: string;
  repo?: string;
  number?: number;
  title?: string;
  body?: string | null;
  user?: Obj;
  head?: { ref: string; sha: string; owner?: string; repo?: string };
  base?: { ref: string; sha: string };
  labels?: string[];
  state?: 'open' | 'closed';
  draft?: boolean;
  changed_files?: number;
  additions?: number;
  deletions?: number;
  commits?: number;
  created_at?: string;
}

/** A REST pull-request object (GET /repos/{o}/{r}/pulls/{n}). */
export function pullRequest(o: PullRequestOptions = {}): Obj {
  const owner = o.owner ?? 'acme';
  const repoName = o.repo ?? 'payments';
  const number = o.number ?? 1;
  const base = clone(webhookPayload('pull_request', 'opened').pull_request as Obj);
  const repo = repository(owner, repoName);
  const headRepo = o.head?.owner || o.head?.repo ? repository(o.head.owner ?? owner, o.head.repo ?? repoName) : repo;
  const author = o.user ?? user('octo-agent[bot]', { type: 'Bot' });
  const apiPr = `${API}/repos/${owner}/${repoName}/pulls/${number}`;
  const webPr = `${WEB}/${owner}/${repoName}/pull/${number}`;
  const apiIssue = `${API}/repos/${owner}/${repoName}/issues/${number}`;
  const headSha = o.head?.sha ?? fakeSha(`head-${number}`);
  const baseSha = o.base?.sha ?? fakeSha(`base-${number}`);
  const id = newId();
  const ref = (r: Obj, refName: string, sha: string): Obj => ({
    label: `${(r.owner as Obj).login}:${refName}`,
    ref: refName,
    sha,
    user: r.owner,
    repo: r,
  });
  const state = o.state ?? 'open';
  const created = o.created_at ?? '2025-01-01T00:00:00Z';
  return {
    ...base,
    url: apiPr,
    id,
    node_id: Buffer.from(`011:PullRequest${id}`).toString('base64'),
    html_url: webPr,
    diff_url: `${webPr}.diff`,
    patch_url: `${webPr}.patch`,
    issue_url: apiIssue,
    number,
    state,
    locked: false,
    title: o.title ?? 'Agent change',
    user: author,
    body: o.body === undefined ? 'Automated change.' : o.body,
    created_at: created,
    updated_at: created,
    closed_at: state === 'closed' ? created : null,
    merged_at: null,
    merge_commit_sha: null,
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    requested_teams: [],
    labels: (o.labels ?? []).map((l) => label(l)),
    milestone: null,
    draft: o.draft ?? false,
    commits_url: `${apiPr}/commits`,
    review_comments_url: `${apiPr}/comments`,
    review_comment_url: `${API}/repos/${owner}/${repoName}/pulls/comments{/number}`,
    comments_url: `${apiIssue}/comments`,
    statuses_url: `${API}/repos/${owner}/${repoName}/statuses/${headSha}`,
    head: ref(headRepo, o.head?.ref ?? `agent/feature-${number}`, headSha),
    base: ref(repo, o.base?.ref ?? 'main', baseSha),
    _links: {
      self: { href: apiPr },
      html: { href: webPr },
      issue: { href: apiIssue },
      comments: { href: `${apiIssue}/comments` },
      review_comments: { href: `${apiPr}/comments` },
      review_comment: { href: `${API}/repos/${owner}/${repoName}/pulls/comments{/number}` },
      commits: { href: `${apiPr}/commits` },
      statuses: { href: `${API}/repos/${owner}/${repoName}/statuses/${headSha}` },
    },
    author_association: 'CONTRIBUTOR',
    auto_merge: null,
    active_lock_reason: null,
    merged: false,
    mergeable: true,
    rebaseable: true,
    mergeable_state: 'clean',
    merged_by: null,
    comments: 0,
    review_comments: 0,
    maintainer_can_modify: false,
    commits: o.commits ?? 1,
    additions: o.additions ?? 0,
    deletions: o.deletions ?? 0,
    changed_files: o.changed_files ?? 0,
  };
}

const SIMPLE_OMIT = [
  'merged',
  'mergeable',
  'rebaseable',
  'mergeable_state',
  'merged_by',
  'comments',
  'review_comments',
  'maintainer_can_modify',
  'commits',
  'additions',
  'deletions',
  'changed_files',
];

/** The pull-request-simple shape GET /pulls lists. */
export function pullRequestSimple(pr: Obj): Obj {
  return Object.fromEntries(Object.entries(pr).filter(([k]) => !SIMPLE_OMIT.includes(k)));
}

/** A pull request as a webhook event carries it (the REST object plus what events add). */
export function webhookPullRequest(pr: Obj): Obj {
  return clone(pr);
}

export interface FileOptions {
  status?: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';
  additions?: number;
  deletions?: number;
  previous_filename?: string;
  patch?: string;
  sha?: string;
}

/** A diff-entry (GET /pulls/{n}/files). */
export function file(filename: string, o: FileOptions = {}): Obj {
  const additions = o.additions ?? 1;
  const deletions = o.deletions ?? 0;
  const sha = o.sha ?? fakeSha(`blob-${filename}`);
  const enc = filename.split('/').map(encodeURIComponent).join('/');
  const entry: Obj = {
    sha,
    filename,
    status: o.status ?? 'modified',
    additions,
    deletions,
    changes: additions + deletions,
    blob_url: `${WEB}/acme/payments/blob/${sha}/${enc}`,
    raw_url: `${WEB}/acme/payments/raw/${sha}/${enc}`,
    contents_url: `${API}/repos/acme/payments/contents/${enc}?ref=${sha}`,
  };
  if (o.patch !== undefined) entry.patch = o.patch;
  if (o.previous_filename !== undefined) entry.previous_filename = o.previous_filename;
  return entry;
}

export type ReviewState = 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED' | 'PENDING';

export interface ReviewOptions {
  id?: number;
  state?: ReviewState;
  commit_id?: string;
  body?: string;
  submitted_at?: string;
  owner?: string;
  repo?: string;
  pull_number?: number;
}

/** A pull-request-review (GET /pulls/{n}/reviews). */
export function review(reviewer: Obj, o: ReviewOptions = {}): Obj {
  const id = o.id ?? newId();
  const pr = `${API}/repos/${o.owner ?? 'acme'}/${o.repo ?? 'payments'}/pulls/${o.pull_number ?? 1}`;
  const html = `${WEB}/${o.owner ?? 'acme'}/${o.repo ?? 'payments'}/pull/${o.pull_number ?? 1}#pullrequestreview-${id}`;
  return {
    id,
    node_id: Buffer.from(`017:PullRequestReview${id}`).toString('base64'),
    user: reviewer,
    body: o.body ?? '',
    state: o.state ?? 'APPROVED',
    html_url: html,
    pull_request_url: pr,
    _links: { html: { href: html }, pull_request: { href: pr } },
    submitted_at: o.submitted_at ?? '2025-01-02T00:00:00Z',
    commit_id: o.commit_id ?? fakeSha('head-1'),
    author_association: 'MEMBER',
  };
}

export interface CommentOptions {
  id?: number;
  created_at?: string;
  updated_at?: string;
  owner?: string;
  repo?: string;
  issue_number?: number;
}

/** An issue-comment (PR conversation comments are issue comments). */
export function issueComment(author: Obj, body: string, o: CommentOptions = {}): Obj {
  const id = o.id ?? newId();
  const owner = o.owner ?? 'acme';
  const repo = o.repo ?? 'payments';
  const n = o.issue_number ?? 1;
  const created = o.created_at ?? new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
  return {
    id,
    node_id: Buffer.from(`012:IssueComment${id}`).toString('base64'),
    url: `${API}/repos/${owner}/${repo}/issues/comments/${id}`,
    html_url: `${WEB}/${owner}/${repo}/pull/${n}#issuecomment-${id}`,
    issue_url: `${API}/repos/${owner}/${repo}/issues/${n}`,
    body,
    user: author,
    created_at: created,
    updated_at: o.updated_at ?? created,
    author_association: author.type === 'Bot' ? 'NONE' : 'MEMBER',
  };
}

/** A commit status (POST /statuses/{sha}). */
export function commitStatus(
  creator: Obj,
  s: { state: string; context?: string; description?: string | null; target_url?: string | null },
  where: { owner: string; repo: string; sha: string },
): Obj {
  const id = newId();
  const now = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
  return {
    url: `${API}/repos/${where.owner}/${where.repo}/statuses/${where.sha}`,
    avatar_url: creator.avatar_url,
    id,
    node_id: Buffer.from(`013:StatusContext${id}`).toString('base64'),
    state: s.state,
    description: s.description ?? null,
    target_url: s.target_url ?? null,
    context: s.context ?? 'default',
    created_at: now,
    updated_at: now,
    creator,
  };
}

export interface TreeEntry {
  path: string;
  mode?: string;
  type?: 'blob' | 'tree' | 'commit';
  sha?: string;
  size?: number;
}

/** A git tree entry with GitHub's defaults (regular file blob). */
export function treeEntry(e: TreeEntry): Obj {
  const type = e.type ?? (e.mode === '160000' ? 'commit' : e.mode === '040000' ? 'tree' : 'blob');
  const sha = e.sha ?? fakeSha(`obj-${e.path}`);
  const out: Obj = { path: e.path, mode: e.mode ?? '100644', type, sha };
  if (type === 'blob') {
    out.size = e.size ?? 10;
    out.url = `${API}/repos/acme/payments/git/blobs/${sha}`;
  } else if (type === 'tree') out.url = `${API}/repos/acme/payments/git/trees/${sha}`;
  return out;
}

export function teamMembership(login: string, state: 'active' | 'pending' = 'active'): Obj {
  return { url: `${API}/organizations/1/team/1/memberships/${encodeURIComponent(login)}`, role: 'member', state };
}
