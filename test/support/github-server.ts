/**
 * A loopback HTTP server playing the GitHub REST API for the operations the Action uses.
 *
 * Tests set its state (pull requests, files, reviews, comments, trees, file contents, teams,
 * token identities), inject faults (429 / 403 secondary rate limit / 500 at the Nth request of an
 * operation), and read back every request it received. Every request must name an operation that
 * exists in @octokit/openapi's description of api.github.com, with a documented query and a valid
 * body; every response it serves is validated against that operation's schema. Anything else is
 * recorded as a violation: call `server.assertAllValid()` (e.g. in afterEach) to fail the test.
 *
 *   const gh = await GitHubServer.start();
 *   gh.repo('acme', 'payments').pulls.set(7, pullRequest({ number: 7 }));
 *   … run the Action with GITHUB_API_URL = gh.url …
 *   gh.assertAllValid(); await gh.close();
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  botUser,
  commitStatus,
  fakeSha,
  issueComment,
  privateUser,
  pullRequestSimple,
  teamMembership,
  type Obj,
} from './github-factories.js';
import { documentedQueryParams, matchOperation, validateRequestBody, validateResponse } from './openapi.js';

export interface RepoState {
  /** Pull requests by number (REST pull-request objects, e.g. from `pullRequest()`). */
  pulls: Map<number, Obj>;
  /** Changed files by PR number (diff-entry objects). The API serves at most the first 3,000. */
  files: Map<number, Obj[]>;
  reviews: Map<number, Obj[]>;
  /** Conversation comments by issue/PR number. */
  comments: Map<number, Obj[]>;
  /** Commit statuses created, by SHA, oldest first. */
  statuses: Map<string, Obj[]>;
  /** Git trees by commit or tree SHA (or ref name). `truncated` is served as given. */
  trees: Map<string, { entries: Obj[]; truncated?: boolean }>;
  /** File bytes by `${ref}:${path}`; see `setContent`. */
  contents: Map<string, Buffer>;
  /** Blob bytes by blob SHA (git/get-blob); see `setBlob`. */
  blobs: Map<string, Buffer>;
  defaultBranch: string;
}

/** Who a token is: an app installation (GITHUB_TOKEN, app tokens) or a user (a PAT). */
export type TokenIdentity = { kind: 'installation'; bot: Obj } | { kind: 'user'; user: Obj };

export interface Fault {
  /** Which requests it applies to: an operationId (e.g. 'pulls/list-files'), else every request. */
  operationId?: string;
  /** The 1-based index, among requests matching `operationId`, of the first one to fail. */
  nth?: number;
  /** How many consecutive matching requests fail from the nth on (default 1). */
  times?: number;
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

export interface RequestRecord {
  seq: number;
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
  /** Lower-cased request headers, without Authorization. */
  headers: Record<string, string>;
  authenticated: boolean;
  operationId: string | null;
  template: string | null;
  status: number;
  /** True when a test-injected fault answered instead of the fake. */
  injected: boolean;
}

export interface HandlerContext {
  server: GitHubServer;
  method: string;
  params: Record<string, string>;
  query: URLSearchParams;
  body: unknown;
  headers: IncomingMessage['headers'];
  identity: TokenIdentity;
  repo: RepoState | null;
  /** Slices `items` by page/per_page and sets the Link header GitHub would send. */
  paginate(items: unknown[], o?: { defaultPerPage?: number; maxPerPage?: number }): unknown[];
}

export interface HandlerResult {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Raw bytes for non-JSON media types (served unvalidated). */
  raw?: Buffer;
}

export type Handler = (ctx: HandlerContext) => HandlerResult;

const DOCS = 'https://docs.github.com/rest';
const notFound = (): HandlerResult => ({ status: 404, body: { message: 'Not Found', documentation_url: DOCS, status: '404' } });
const unprocessable = (message: string): HandlerResult => ({
  status: 422,
  body: { message, documentation_url: DOCS, status: '422' },
});

/** GitHub serves at most this many files of a pull request through the API. */
export const PR_FILES_API_LIMIT = 3000;

function now(): string {
  return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export class GitHubServer {
  readonly url: string;
  readonly log: RequestRecord[] = [];
  readonly violations: string[] = [];
  /** Team members by `org/team_slug` (logins compared case-insensitively). */
  readonly teams = new Map<string, Map<string, 'active' | 'pending'>>();
  /** How team-membership lookups answer: 'ok', or 'forbidden' (403, a token that cannot read teams). */
  teamAccess: 'ok' | 'forbidden' = 'ok';
  /** Identities by token; any other token is `defaultIdentity`. */
  readonly tokens = new Map<string, TokenIdentity>();
  defaultIdentity: TokenIdentity = { kind: 'installation', bot: botUser() };
  /** Remaining primary rate limit, reported in x-ratelimit-* headers. */
  rateLimitRemaining = 5000;

  private readonly repos = new Map<string, RepoState>();
  private readonly faults: Array<Fault & { seen: number }> = [];
  private readonly handlers = new Map<string, Handler>();
  private seq = 0;

  private constructor(
    private readonly server: Server,
    port: number,
  ) {
    this.url = `http://127.0.0.1:${port}`;
    for (const [id, h] of Object.entries(BUILT_IN)) this.handlers.set(id, h);
  }

  static async start(): Promise<GitHubServer> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const gh = new GitHubServer(server, (server.address() as AddressInfo).port);
    server.on('request', (req, res) => void gh.onRequest(req, res));
    return gh;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** The state of `owner/name`, created empty on first use. */
  repo(owner: string, name: string): RepoState {
    const key = `${owner}/${name}`.toLowerCase();
    let r = this.repos.get(key);
    if (!r) {
      r = {
        pulls: new Map(),
        files: new Map(),
        reviews: new Map(),
        comments: new Map(),
        statuses: new Map(),
        trees: new Map(),
        contents: new Map(),
        blobs: new Map(),
        defaultBranch: 'main',
      };
      this.repos.set(key, r);
    }
    return r;
  }

  setContent(owner: string, name: string, ref: string, path: string, content: string | Buffer): void {
    this.repo(owner, name).contents.set(`${ref}:${path}`, Buffer.isBuffer(content) ? content : Buffer.from(content));
  }

  setBlob(owner: string, name: string, sha: string, content: string | Buffer): void {
    this.repo(owner, name).blobs.set(sha, Buffer.isBuffer(content) ? content : Buffer.from(content));
  }

  setTeam(org: string, teamSlug: string, members: string[], state: 'active' | 'pending' = 'active'): void {
    this.teams.set(`${org}/${teamSlug}`.toLowerCase(), new Map(members.map((m) => [m.toLowerCase(), state])));
  }

  /** Adds a fault; it answers instead of the fake for the matching requests it covers. */
  fault(f: Fault): void {
    this.faults.push({ ...f, seen: 0 });
  }

  /** Adds or replaces the handler of one operation (for operations the fake does not serve yet). */
  handle(operationId: string, handler: Handler): void {
    this.handlers.set(operationId, handler);
  }

  /** Requests received for one operation, in order. */
  requests(operationId: string): RequestRecord[] {
    return this.log.filter((r) => r.operationId === operationId);
  }

  /** Throws, listing every violation, when any request or response broke GitHub's description. */
  assertAllValid(): void {
    if (this.violations.length > 0) {
      throw new Error(`GitHub API fake saw ${this.violations.length} violation(s):\n- ${this.violations.join('\n- ')}`);
    }
  }

  private identityFor(auth: string | undefined): TokenIdentity {
    const token = auth?.replace(/^(token|bearer)\s+/i, '');
    return (token && this.tokens.get(token)) || this.defaultIdentity;
  }

  private async onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const url = new URL(req.url ?? '/', this.url);
    const method = (req.method ?? 'GET').toUpperCase();
    const rawBody = Buffer.concat(chunks).toString('utf8');
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers)) if (k !== 'authorization') headers[k] = String(v);
    const record: RequestRecord = {
      seq: ++this.seq,
      method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      body: undefined,
      headers,
      authenticated: typeof req.headers.authorization === 'string',
      operationId: null,
      template: null,
      status: 0,
      injected: false,
    };
    this.log.push(record);
    const where = `${method} ${url.pathname}${url.search}`;

    let body: unknown = undefined;
    if (rawBody !== '') {
      try {
        body = JSON.parse(rawBody);
      } catch {
        this.violations.push(`${where}: request body is not JSON`);
      }
    }
    record.body = body;

    const op = matchOperation(method, url.pathname);
    if (!op) {
      this.violations.push(`${where}: no such operation in GitHub's REST description`);
      return this.send(res, record, notFound());
    }
    record.operationId = op.operationId;
    record.template = op.template;

    const documented = documentedQueryParams(op.operationId);
    for (const k of url.searchParams.keys()) {
      if (!documented.has(k)) this.violations.push(`${where}: query parameter "${k}" is not documented for ${op.operationId}`);
    }
    if (method !== 'GET' && method !== 'HEAD') {
      const check = validateRequestBody(op.operationId, body);
      if (!check.ok) this.violations.push(`${where}: request body invalid for ${op.operationId}: ${check.problems.join('; ')}`);
    }

    // Every matching fault counts the request, so "nth" means the same whichever fault fires.
    const firing = this.faults.filter((f) => {
      if (f.operationId !== undefined && f.operationId !== op.operationId) return false;
      f.seen++;
      const first = f.nth ?? 1;
      return f.seen >= first && f.seen < first + (f.times ?? 1);
    });
    if (firing[0]) {
      record.injected = true;
      return this.send(res, record, { status: firing[0].status, body: firing[0].body, headers: firing[0].headers });
    }

    const handler = this.handlers.get(op.operationId);
    if (!handler) {
      this.violations.push(`${where}: ${op.operationId} exists on GitHub but this fake does not serve it (add it with server.handle)`);
      return this.send(res, record, { status: 501, body: { message: `fake does not serve ${op.operationId}` } }, false);
    }
    const repoState = op.params.owner && op.params.repo ? this.repo(op.params.owner, op.params.repo) : null;
    const linkHeader: Record<string, string> = {};
    const ctx: HandlerContext = {
      server: this,
      method,
      params: op.params,
      query: url.searchParams,
      body,
      headers: req.headers,
      identity: this.identityFor(req.headers.authorization),
      repo: repoState,
      paginate: (items, o = {}) => {
        const perPage = Math.min(
          Math.max(Number(url.searchParams.get('per_page') ?? o.defaultPerPage ?? 30) || 30, 1),
          o.maxPerPage ?? 100,
        );
        const page = Math.max(Number(url.searchParams.get('page') ?? 1) || 1, 1);
        const last = Math.max(Math.ceil(items.length / perPage), 1);
        const link = (p: number) => {
          const u = new URL(url);
          u.searchParams.set('per_page', String(perPage));
          u.searchParams.set('page', String(p));
          return u.toString();
        };
        const rels: string[] = [];
        if (page > 1) rels.push(`<${link(page - 1)}>; rel="prev"`);
        if (page < last) rels.push(`<${link(page + 1)}>; rel="next"`, `<${link(last)}>; rel="last"`);
        if (page > 1) rels.push(`<${link(1)}>; rel="first"`);
        if (rels.length) linkHeader.link = rels.join(', ');
        return items.slice((page - 1) * perPage, page * perPage);
      },
    };
    let result: HandlerResult;
    try {
      result = handler(ctx);
    } catch (err) {
      this.violations.push(`${where}: fake handler threw: ${(err as Error).stack ?? String(err)}`);
      result = { status: 500, body: { message: 'fake handler error' } };
    }
    result.headers = { ...linkHeader, ...result.headers };
    if (result.raw === undefined) {
      const check = validateResponse(op.operationId, result.status, result.body);
      if (!check.ok)
        this.violations.push(`${where}: response ${result.status} invalid for ${op.operationId}: ${check.problems.join('; ')}`);
    }
    return this.send(res, record, result);
  }

  private send(res: ServerResponse, record: RequestRecord, r: HandlerResult, rateLimited = true): void {
    record.status = r.status;
    if (rateLimited && !record.injected && this.rateLimitRemaining > 0) this.rateLimitRemaining--;
    const reset = Math.floor(Date.now() / 1000) + 3600;
    const headers: Record<string, string> = {
      'x-github-request-id': `FAKE:${record.seq}`,
      'x-github-api-version-selected': '2022-11-28',
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': String(this.rateLimitRemaining),
      'x-ratelimit-used': String(5000 - this.rateLimitRemaining),
      'x-ratelimit-reset': String(reset),
      'x-ratelimit-resource': 'core',
      ...r.headers,
    };
    if (r.raw !== undefined) {
      res.writeHead(r.status, { 'content-type': 'application/vnd.github.raw; charset=utf-8', ...headers });
      res.end(r.raw);
    } else if (r.status === 204 || r.body === undefined) {
      res.writeHead(r.status, headers);
      res.end();
    } else {
      res.writeHead(r.status, { 'content-type': 'application/json; charset=utf-8', ...headers });
      res.end(JSON.stringify(r.body));
    }
  }
}

/** Fault bodies and headers as GitHub sends them, for `server.fault(...)`. */
export const faults = {
  /** 429 with Retry-After (seconds), as GitHub answers when a secondary limit is hit. */
  tooManyRequests(retryAfterSeconds = 1): Pick<Fault, 'status' | 'headers' | 'body'> {
    return {
      status: 429,
      headers: { 'retry-after': String(retryAfterSeconds), 'x-ratelimit-remaining': '4000' },
      body: {
        message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
        documentation_url: `${DOCS}/overview/rate-limits-for-the-rest-api`,
        status: '429',
      },
    };
  },
  /** 403 secondary rate limit (GitHub's other way of saying the same). */
  secondaryRateLimit(retryAfterSeconds = 1): Pick<Fault, 'status' | 'headers' | 'body'> {
    return {
      status: 403,
      headers: { 'retry-after': String(retryAfterSeconds) },
      body: {
        message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
        documentation_url: `${DOCS}/overview/rate-limits-for-the-rest-api`,
        status: '403',
      },
    };
  },
  /** 403 with x-ratelimit-remaining 0: the primary limit, resetting `resetInSeconds` from now. */
  primaryRateLimit(resetInSeconds = 1): Pick<Fault, 'status' | 'headers' | 'body'> {
    return {
      status: 403,
      headers: {
        'x-ratelimit-limit': '5000',
        'x-ratelimit-remaining': '0',
        'x-ratelimit-used': '5000',
        'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + resetInSeconds),
        'x-ratelimit-resource': 'core',
      },
      body: {
        message: 'API rate limit exceeded for installation.',
        documentation_url: `${DOCS}/overview/rate-limits-for-the-rest-api`,
        status: '403',
      },
    };
  },
  serverError(status = 500): Pick<Fault, 'status' | 'headers' | 'body'> {
    return { status, body: { message: 'Server Error', status: String(status) } };
  },
};

function issueNumber(ctx: HandlerContext, key = 'issue_number'): number {
  return Number(ctx.params[key]);
}

function findComment(repo: RepoState, id: number): { list: Obj[]; index: number } | null {
  for (const list of repo.comments.values()) {
    const index = list.findIndex((c) => c.id === id);
    if (index >= 0) return { list, index };
  }
  return null;
}

function actor(identity: TokenIdentity): Obj {
  return identity.kind === 'installation' ? identity.bot : identity.user;
}

function byCreated(a: Obj, b: Obj): number {
  return String(a.created_at).localeCompare(String(b.created_at)) || Number(a.number) - Number(b.number);
}

const BUILT_IN: Record<string, Handler> = {
  'pulls/get': (ctx) => {
    const pr = ctx.repo!.pulls.get(issueNumber(ctx, 'pull_number'));
    return pr ? { status: 200, body: pr } : notFound();
  },
  'pulls/update': (ctx) => {
    const pr = ctx.repo!.pulls.get(issueNumber(ctx, 'pull_number'));
    if (!pr) return notFound();
    const b = (ctx.body ?? {}) as Obj;
    for (const k of ['title', 'body', 'state', 'maintainer_can_modify'] as const) if (b[k] !== undefined) pr[k] = b[k];
    pr.updated_at = now();
    pr.closed_at = pr.state === 'closed' ? (pr.closed_at ?? now()) : null;
    return { status: 200, body: pr };
  },
  'pulls/list': (ctx) => {
    const state = ctx.query.get('state') ?? 'open';
    const sort = ctx.query.get('sort') ?? 'created';
    const direction = ctx.query.get('direction') ?? (sort === 'created' ? 'desc' : 'asc');
    let list = [...ctx.repo!.pulls.values()].filter((p) => state === 'all' || p.state === state);
    const base = ctx.query.get('base');
    if (base) list = list.filter((p) => (p.base as Obj).ref === base);
    list.sort(sort === 'updated' ? (a, b) => String(a.updated_at).localeCompare(String(b.updated_at)) : byCreated);
    if (direction === 'desc') list.reverse();
    return { status: 200, body: ctx.paginate(list).map((p) => pullRequestSimple(p as Obj)) };
  },
  'pulls/list-files': (ctx) => {
    const n = issueNumber(ctx, 'pull_number');
    if (!ctx.repo!.pulls.has(n)) return notFound();
    const files = (ctx.repo!.files.get(n) ?? []).slice(0, PR_FILES_API_LIMIT);
    return { status: 200, body: ctx.paginate(files, { defaultPerPage: 30, maxPerPage: 100 }) };
  },
  'pulls/list-reviews': (ctx) => {
    const n = issueNumber(ctx, 'pull_number');
    if (!ctx.repo!.pulls.has(n)) return notFound();
    return { status: 200, body: ctx.paginate(ctx.repo!.reviews.get(n) ?? []) };
  },
  'issues/list-comments': (ctx) => {
    const n = issueNumber(ctx);
    if (!ctx.repo!.pulls.has(n) && !ctx.repo!.comments.has(n)) return notFound();
    return { status: 200, body: ctx.paginate(ctx.repo!.comments.get(n) ?? []) };
  },
  'issues/create-comment': (ctx) => {
    const n = issueNumber(ctx);
    if (!ctx.repo!.pulls.has(n) && !ctx.repo!.comments.has(n)) return notFound();
    const b = (ctx.body ?? {}) as Obj;
    if (typeof b.body !== 'string') return unprocessable('body is required');
    if (b.body.length > 65536) return unprocessable('Body is too long (maximum is 65536 characters)');
    const [owner, repo] = [ctx.params.owner!, ctx.params.repo!];
    const c = issueComment(actor(ctx.identity), b.body, { owner, repo, issue_number: n });
    const list = ctx.repo!.comments.get(n) ?? [];
    list.push(c);
    ctx.repo!.comments.set(n, list);
    return { status: 201, body: c };
  },
  'issues/get-comment': (ctx) => {
    const found = findComment(ctx.repo!, Number(ctx.params.comment_id));
    return found ? { status: 200, body: found.list[found.index] } : notFound();
  },
  'issues/update-comment': (ctx) => {
    const found = findComment(ctx.repo!, Number(ctx.params.comment_id));
    if (!found) return notFound();
    const b = (ctx.body ?? {}) as Obj;
    if (typeof b.body !== 'string') return unprocessable('body is required');
    if (b.body.length > 65536) return unprocessable('Body is too long (maximum is 65536 characters)');
    const c = found.list[found.index]!;
    c.body = b.body;
    c.updated_at = now();
    return { status: 200, body: c };
  },
  'issues/delete-comment': (ctx) => {
    const found = findComment(ctx.repo!, Number(ctx.params.comment_id));
    if (!found) return notFound();
    found.list.splice(found.index, 1);
    return { status: 204 };
  },
  'repos/create-commit-status': (ctx) => {
    const b = (ctx.body ?? {}) as Obj;
    if (typeof b.description === 'string' && b.description.length > 140) {
      return unprocessable('Validation Failed: description is too long (maximum is 140 characters)');
    }
    const sha = ctx.params.sha!;
    const s = commitStatus(actor(ctx.identity), b as { state: string }, { owner: ctx.params.owner!, repo: ctx.params.repo!, sha });
    const list = ctx.repo!.statuses.get(sha) ?? [];
    list.push(s);
    ctx.repo!.statuses.set(sha, list);
    return { status: 201, body: s };
  },
  'repos/list-commit-statuses-for-ref': (ctx) => {
    // Newest first, as GitHub lists them.
    const list = [...(ctx.repo!.statuses.get(ctx.params.ref!) ?? [])].reverse();
    return { status: 200, body: ctx.paginate(list) };
  },
  'git/get-tree': (ctx) => {
    const key = ctx.params.tree_sha!;
    const t = ctx.repo!.trees.get(key);
    if (!t) return notFound();
    const recursive = ctx.query.has('recursive');
    const entries = recursive ? t.entries : t.entries.filter((e) => !String(e.path).includes('/'));
    return {
      status: 200,
      body: {
        sha: fakeSha(`tree-${key}`),
        url: `https://api.github.com/repos/${ctx.params.owner}/${ctx.params.repo}/git/trees/${key}`,
        tree: entries,
        truncated: t.truncated ?? false,
      },
    };
  },
  'git/get-blob': (ctx) => {
    const sha = ctx.params.file_sha!;
    const bytes = ctx.repo!.blobs.get(sha);
    if (!bytes) return notFound();
    return {
      status: 200,
      body: {
        sha,
        node_id: `B_${sha.slice(0, 12)}`,
        size: bytes.length,
        url: `https://api.github.com/repos/${ctx.params.owner}/${ctx.params.repo}/git/blobs/${sha}`,
        content: (bytes.toString('base64').match(/.{1,60}/g) ?? []).join('\n') + '\n',
        encoding: 'base64',
      },
    };
  },
  'repos/get-content': (ctx) => {
    const ref = ctx.query.get('ref') ?? ctx.repo!.defaultBranch;
    const path = ctx.params.path!;
    const bytes = ctx.repo!.contents.get(`${ref}:${path}`);
    if (!bytes) return notFound();
    const accept = String(ctx.headers.accept ?? '');
    if (accept.includes('application/vnd.github.raw') || accept.includes('application/vnd.github.v3.raw')) {
      return { status: 200, raw: bytes };
    }
    const sha = fakeSha(`blob-${ref}-${path}`);
    const api = `https://api.github.com/repos/${ctx.params.owner}/${ctx.params.repo}`;
    // GitHub wraps base64 at 60 columns; above 1 MB the JSON form carries no content at all.
    const tooBig = bytes.length > 1024 * 1024;
    const content = tooBig ? '' : (bytes.toString('base64').match(/.{1,60}/g) ?? []).join('\n') + '\n';
    const html = `https://github.com/${ctx.params.owner}/${ctx.params.repo}/blob/${ref}/${path}`;
    return {
      status: 200,
      body: {
        type: 'file',
        encoding: tooBig ? 'none' : 'base64',
        size: bytes.length,
        name: path.split('/').pop(),
        path,
        content,
        sha,
        url: `${api}/contents/${path}?ref=${ref}`,
        git_url: `${api}/git/blobs/${sha}`,
        html_url: html,
        download_url: `https://raw.githubusercontent.com/${ctx.params.owner}/${ctx.params.repo}/${ref}/${path}`,
        _links: { self: `${api}/contents/${path}?ref=${ref}`, git: `${api}/git/blobs/${sha}`, html },
      },
    };
  },
  'users/get-authenticated': (ctx) => {
    if (ctx.identity.kind === 'installation') {
      return {
        status: 403,
        body: {
          message: 'Resource not accessible by integration',
          documentation_url: `${DOCS}/users/users#get-the-authenticated-user`,
          status: '403',
        },
      };
    }
    const u = ctx.identity.user;
    return { status: 200, body: privateUser(String(u.login), { id: Number(u.id), type: u.type as 'User' }) };
  },
  'teams/get-membership-for-user-in-org': (ctx) => {
    if (ctx.server.teamAccess === 'forbidden') {
      // Undocumented for this operation, but what an installation token without members:read gets.
      return { status: 403, body: { message: 'Resource not accessible by integration', documentation_url: DOCS, status: '403' } };
    }
    const team = ctx.server.teams.get(`${ctx.params.org}/${ctx.params.team_slug}`.toLowerCase());
    const state = team?.get(ctx.params.username!.toLowerCase());
    return state ? { status: 200, body: teamMembership(ctx.params.username!, state) } : notFound();
  },
};
