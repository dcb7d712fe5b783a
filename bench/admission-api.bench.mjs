// Admission benchmark, API mode: the bundled Action (node dist/index.js), run as the runner runs
// it, against a loopback HTTP server in this process that answers as GitHub's REST API would
// (paginated files with Link headers, recursive trees, base64 contents, reviews, comments, open
// PRs, comment and status writes). The runner's workspace has no git history, so every fact comes
// from the API. The base commit serves the shipped example pack and manifest.
//
// Scenarios (workflow docs-maintenance, agent claude[bot], one APPROVED review on the head):
//   A. 3,000 files / 100,000 lines: GitHub's file cap is reached, so the Action cannot know it saw
//      every change and denies ("cannot enumerate every change") after reading all 30 pages.
//   B. 2,999 files / 100,000 lines: the whole check runs (modes from the head tree, every path judged;
//      denied for the workflow's 20-file limit).
//   C. as B with 100 renames and 100 deletions: the base tree is read too (+1 request).
// Measured, median of 3 runs after a warm-up: CPU of the Action process (Linux /proc cutime+cstime
// of the reaped child: node start-up, reading, deciding and reporting), wall time, and the API
// requests: the reads that decide (the Action logs them) and everything the server received.
// Targets: under 1 s of CPU; decision reads ≤ ⌈files/100⌉ + 6. Prints figures; never fails on a timing.
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PACK = 'data/policy/mcp-gateway-policy.json';
const MANIFEST = 'data/control-plane/workflow-manifests.json';
const OWNER = 'acme';
const REPO = 'payments';
const NUMBER = 7;
const RUNS = 3;
const sha = (s) => createHash('sha1').update(s).digest('hex');
const HEAD = sha('bench-head');
const BASE = sha('bench-base');
const API = 'https://api.github.com';

function scenario(count, { renames = 0, removals = 0 } = {}) {
  const files = [];
  let lines = 0;
  for (let i = 0; i < count; i++) {
    const name = `docs/section-${i % 50}/page-${i}.md`;
    // 33 or 34 changed lines a file: 100,000 lines over 3,000 files.
    const additions = 20;
    const deletions = i < 100_000 - 33 * count ? 14 : 13;
    lines += additions + deletions;
    const status = i < renames ? 'renamed' : i < renames + removals ? 'removed' : i % 3 === 0 ? 'added' : 'modified';
    const entry = {
      sha: sha(`blob-${i}`),
      filename: name,
      status,
      additions: status === 'removed' ? 0 : additions,
      deletions: status === 'removed' ? additions + deletions : deletions,
      changes: additions + deletions,
      blob_url: `https://github.com/${OWNER}/${REPO}/blob/${HEAD}/${name}`,
      raw_url: `https://github.com/${OWNER}/${REPO}/raw/${HEAD}/${name}`,
      contents_url: `${API}/repos/${OWNER}/${REPO}/contents/${name}?ref=${HEAD}`,
      patch: '@@ -1,13 +1,20 @@',
    };
    if (status === 'renamed') entry.previous_filename = `docs/old/page-${i}.md`;
    files.push(entry);
  }
  const tree = (paths) =>
    paths.map((p) => ({
      path: p,
      mode: '100644',
      type: 'blob',
      sha: sha(`obj-${p}`),
      size: 100,
      url: `${API}/repos/${OWNER}/${REPO}/git/blobs/x`,
    }));
  const headPaths = [PACK, MANIFEST, 'README.md', ...files.filter((f) => f.status !== 'removed').map((f) => f.filename)];
  const basePaths = [
    PACK,
    MANIFEST,
    'README.md',
    ...files.filter((f) => f.status !== 'added').map((f) => f.previous_filename ?? f.filename),
  ];
  return { files, lines, headTree: tree(headPaths), baseTree: tree(basePaths) };
}

const user = (login, type = 'User') => ({
  login,
  id: login.length * 1000,
  node_id: 'U',
  avatar_url: '',
  url: `${API}/users/${login}`,
  html_url: `https://github.com/${login}`,
  type,
  site_admin: false,
});
const AGENT = user('claude[bot]', 'Bot');

function pullRequest(changedFiles) {
  return {
    url: `${API}/repos/${OWNER}/${REPO}/pulls/${NUMBER}`,
    html_url: `https://github.com/${OWNER}/${REPO}/pull/${NUMBER}`,
    number: NUMBER,
    state: 'open',
    title: 'Refresh the documentation',
    body: 'Large docs refresh.',
    user: AGENT,
    labels: [{ id: 1, name: 'agent-change', color: 'ededed', description: '' }],
    head: { ref: 'agent/docs-maintenance/refresh', sha: HEAD, label: `${OWNER}:agent/docs-maintenance/refresh` },
    base: { ref: 'main', sha: BASE, label: `${OWNER}:main` },
    created_at: '2025-01-10T00:00:00Z',
    updated_at: '2025-01-10T00:00:00Z',
    changed_files: changedFiles,
  };
}

function startServer(state) {
  const log = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    log.push(`${req.method} ${url.pathname}`);
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      const send = (status, data, headers = {}) => {
        res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'x-ratelimit-remaining': '4999', ...headers });
        res.end(data === undefined ? '' : JSON.stringify(data));
      };
      const p = url.pathname.replace(`/repos/${OWNER}/${REPO}`, '');
      const page = Number(url.searchParams.get('page') ?? 1);
      const perPage = Number(url.searchParams.get('per_page') ?? 30);
      if (req.method === 'GET' && p === `/pulls/${NUMBER}/files`) {
        const served = state.files.slice(0, 3000);
        const last = Math.max(1, Math.ceil(served.length / perPage));
        const link = (n) => `<http://127.0.0.1:${server.address().port}${url.pathname}?per_page=${perPage}&page=${n}>`;
        const headers = page < last ? { link: `${link(page + 1)}; rel="next", ${link(last)}; rel="last"` } : {};
        return send(200, served.slice((page - 1) * perPage, page * perPage), headers);
      }
      if (req.method === 'GET' && p.startsWith('/git/trees/')) {
        const tree = p.endsWith(HEAD) ? state.headTree : p.endsWith(BASE) ? state.baseTree : null;
        return tree ? send(200, { sha: sha('tree'), url: '', tree, truncated: false }) : send(404, { message: 'Not Found' });
      }
      if (req.method === 'GET' && p.startsWith('/contents/')) {
        const file = decodeURIComponent(p.slice('/contents/'.length));
        if (url.searchParams.get('ref') !== BASE || (file !== PACK && file !== MANIFEST)) return send(404, { message: 'Not Found' });
        const bytes = readFileSync(path.join(root, file));
        return send(200, {
          type: 'file',
          encoding: 'base64',
          size: bytes.length,
          name: path.basename(file),
          path: file,
          content: bytes.toString('base64'),
          sha: sha(file),
          url: '',
          git_url: '',
          html_url: '',
          download_url: '',
          _links: {},
        });
      }
      if (req.method === 'GET' && p === `/pulls/${NUMBER}/reviews`) {
        return send(200, [
          {
            id: 1,
            user: user('alice'),
            body: '',
            state: 'APPROVED',
            commit_id: HEAD,
            submitted_at: '2025-01-11T00:00:00Z',
            html_url: '',
            pull_request_url: '',
            author_association: 'MEMBER',
            _links: {},
          },
        ]);
      }
      if (p === `/issues/${NUMBER}/comments`) {
        if (req.method === 'GET') return send(200, state.comments);
        const comment = {
          id: state.comments.length + 1,
          body: JSON.parse(body).body,
          user: user('github-actions[bot]', 'Bot'),
          created_at: '2025-01-12T00:00:00Z',
          updated_at: '2025-01-12T00:00:00Z',
          html_url: '',
        };
        state.comments.push(comment);
        return send(201, comment);
      }
      if (req.method === 'PATCH' && p.startsWith('/issues/comments/'))
        return send(200, { ...state.comments[0], body: JSON.parse(body).body });
      if (req.method === 'GET' && p === '/pulls') return send(200, [pullRequest(undefined)]);
      if (req.method === 'GET' && url.pathname === '/user') return send(403, { message: 'Resource not accessible by integration' });
      if (req.method === 'POST' && p.startsWith('/statuses/')) return send(201, { id: 1, state: JSON.parse(body).state });
      return send(404, { message: `bench server does not serve ${req.method} ${url.pathname}` });
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ server, log, url: `http://127.0.0.1:${server.address().port}` })),
  );
}

async function runAction(apiUrl, changedFiles) {
  const dir = mkdtempSync(path.join(tmpdir(), 'admission-api-bench-'));
  try {
    const workspace = path.join(dir, 'workspace');
    mkdirSync(workspace);
    const files = { GITHUB_OUTPUT: 'output', GITHUB_STEP_SUMMARY: 'summary', GITHUB_EVENT_PATH: 'event.json' };
    for (const [k, f] of Object.entries(files)) writeFileSync((files[k] = path.join(dir, f)), '');
    const pr = pullRequest(changedFiles);
    writeFileSync(
      files.GITHUB_EVENT_PATH,
      JSON.stringify({ action: 'synchronize', number: NUMBER, pull_request: pr, repository: { full_name: `${OWNER}/${REPO}` } }),
    );
    const env = {
      PATH: process.env.PATH,
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: 'pull_request_target',
      GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
      GITHUB_API_URL: apiUrl,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_RUN_ID: '1',
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_WORKSPACE: workspace,
      RUNNER_TEMP: dir,
      ...files,
      INPUT_TOKEN: 'ghs_benchToken',
      'INPUT_REVIEWER-POOLS': 'docs-reviewers: [alice]',
    };
    const child0 = childCpu();
    const t0 = performance.now();
    const child = spawn(process.execPath, [path.join(root, 'dist/index.js')], { cwd: workspace, env });
    let stdout = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', () => {});
    const status = await new Promise((resolve) => child.on('close', resolve));
    const wall = performance.now() - t0;
    const cpu = childCpu() - child0;
    const decision = /^decision<<(.+)\n(.*)\n/m.exec(readFileSync(files.GITHUB_OUTPUT, 'utf8'))?.[2] ?? '?';
    const reads = Number(/GitHub API requests to decide: (\d+)/.exec(stdout)?.[1] ?? NaN);
    return { status, wall, cpu, decision, reads };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const tick = clockTick();
function childCpu() {
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
  return ((Number(fields[13]) + Number(fields[14])) / tick) * 1000; // cutime + cstime, ms
}

const scenarios = [
  ['A', 3000, {}],
  ['B', 2999, {}],
  ['C', 2999, { renames: 100, removals: 100 }],
];
for (const [name, count, o] of scenarios) {
  const state = { ...scenario(count, o), comments: [] };
  const { server, log, url } = await startServer(state);
  try {
    await runAction(url, count); // warm-up
    const runs = [];
    let requests = 0;
    for (let i = 0; i < RUNS; i++) {
      log.length = 0;
      runs.push(await runAction(url, count));
      requests = log.length;
    }
    const med = (key) => median(runs.map((r) => r[key]));
    const budget = Math.ceil(count / 100) + 6;
    const extra = o.renames ? `, ${o.renames} renames, ${o.removals} removals` : '';
    console.log(`${name}. ${count} files, ${state.lines} lines${extra}: decision ${runs[0].decision} (exit ${runs[0].status})`);
    console.log(`   Action CPU ${ms(med('cpu'))} (target < 1000 ms), wall ${ms(med('wall'))} (median of ${RUNS})`);
    console.log(
      `   API reads to decide ${runs[0].reads} (budget ⌈${count}/100⌉ + 6 = ${budget}); all requests this run: ${requests} (${summarise(log)})`,
    );
  } finally {
    server.close();
  }
}

function summarise(log) {
  const counts = new Map();
  for (const l of log) {
    const key = l
      .replace(/[0-9a-f]{40}/g, '{sha}')
      .replace(/\/pulls\/\d+/, '/pulls/{n}')
      .replace(/\/issues\/\d+/, '/issues/{n}')
      .replace(/\/contents\/.*/, '/contents/{path}')
      .replace(`/repos/${OWNER}/${REPO}`, '');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([k, n]) => `${n}× ${k}`).join(', ');
}
function median(xs) {
  return [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
}
function ms(x) {
  return `${x.toFixed(0)} ms`;
}
function clockTick() {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
}
