/**
 * One agent pull request on the loopback GitHub server, set up the way GitHub would hold it,
 * with the repository's example pack and manifest (data/…) as the base commit's content.
 * Tests change the parts they are about and run the bundled Action against it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createRunner, runAction, type ActionResult, type Runner, type RunnerOptions } from '../support/actions-runner.js';
import { fakeSha, file, label, pullRequest, review, treeEntry, user, type Obj } from '../support/github-factories.js';
import type { GitHubServer } from '../support/github-server.js';
import { REPO_ROOT } from '../support/paths.js';

export const OWNER = 'acme';
export const REPO = 'payments';
export const PACK_PATH = 'data/policy/mcp-gateway-policy.json';
export const MANIFEST_PATH = 'data/control-plane/workflow-manifests.json';
export const PACK_TEXT = readFileSync(path.join(REPO_ROOT, PACK_PATH), 'utf8');
export const MANIFEST_TEXT = readFileSync(path.join(REPO_ROOT, MANIFEST_PATH), 'utf8');
/** The example pack's docs-maintenance workflow: agent/ prefix, label agent-change, ≤ 20 files, pool docs-reviewers. */
export const WORKFLOW = 'docs-maintenance';
export const AGENT = user('claude[bot]', { type: 'Bot' });
export const REVIEWER_POOLS = 'docs-reviewers: [alice, acme/docs-team]\nplatform-reviewers: [carol]';

export interface ScenarioOptions {
  number?: number;
  author?: Obj;
  branch?: string;
  labels?: string[];
  body?: string;
  /** Diff entries (default: two modified Markdown files). */
  files?: Obj[];
  /** Extra or overriding head-tree entries by path (mode changes, symlinks). */
  headModes?: Record<string, string>;
  baseTree?: Obj[];
  packText?: string;
  manifestText?: string;
  /** Reviews (default: one APPROVED review by alice on the head SHA). */
  reviews?: Obj[] | ((head: string) => Obj[]);
}

export interface Scenario {
  pr: Obj;
  number: number;
  headSha: string;
  baseSha: string;
}

export function setUpPullRequest(gh: GitHubServer, o: ScenarioOptions = {}): Scenario {
  const number = o.number ?? 7;
  const files = o.files ?? [
    file('docs/guide.md', { additions: 4, deletions: 2, patch: '@@' }),
    file('README.md', { additions: 1, deletions: 1, patch: '@@' }),
  ];
  const headSha = fakeSha(`head-${number}-${Math.random()}`);
  const baseSha = fakeSha(`base-${number}-${Math.random()}`);
  const pr = pullRequest({
    owner: OWNER,
    repo: REPO,
    number,
    user: o.author ?? AGENT,
    body: o.body ?? 'Fixes broken links in the guide.',
    head: { ref: o.branch ?? `agent/${WORKFLOW}/fix-links`, sha: headSha },
    base: { ref: 'main', sha: baseSha },
    labels: o.labels ?? ['agent-change'],
    changed_files: files.length,
    additions: files.reduce((n, f) => n + Number(f.additions), 0),
    deletions: files.reduce((n, f) => n + Number(f.deletions), 0),
    created_at: `2025-01-${String(10 + (number % 18)).padStart(2, '0')}T00:00:00Z`,
  });
  describeLabels(pr);
  const repo = gh.repo(OWNER, REPO);
  repo.pulls.set(number, pr);
  repo.files.set(number, files);
  const headEntries = new Map<string, Obj>();
  for (const p of ['README.md', 'docs/index.md', PACK_PATH, MANIFEST_PATH]) headEntries.set(p, treeEntry({ path: p }));
  for (const f of files) if (f.status !== 'removed') headEntries.set(String(f.filename), treeEntry({ path: String(f.filename) }));
  for (const [p, mode] of Object.entries(o.headModes ?? {})) headEntries.set(p, treeEntry({ path: p, mode }));
  repo.trees.set(headSha, { entries: [...headEntries.values()] });
  if (o.baseTree) repo.trees.set(baseSha, { entries: o.baseTree });
  gh.setContent(OWNER, REPO, baseSha, PACK_PATH, o.packText ?? PACK_TEXT);
  gh.setContent(OWNER, REPO, baseSha, MANIFEST_PATH, o.manifestText ?? MANIFEST_TEXT);
  const reviews =
    typeof o.reviews === 'function'
      ? o.reviews(headSha)
      : (o.reviews ?? [review(user('alice'), { commit_id: headSha, pull_number: number })]);
  repo.reviews.set(number, reviews);
  return { pr, number, headSha, baseSha };
}

/** GitHub's description of pulls/list types a label's description as a string, never null. */
function describeLabels(pr: Obj): void {
  for (const l of pr.labels as Obj[]) l.description ??= '';
}

/** Another open agent PR in the same repository (for the open-PR cap). */
export function addOpenPullRequest(gh: GitHubServer, number: number, o: { branch?: string; author?: Obj } = {}): void {
  const pr = pullRequest({
    owner: OWNER,
    repo: REPO,
    number,
    user: o.author ?? AGENT,
    head: { ref: o.branch ?? `agent/${WORKFLOW}/other-${number}`, sha: fakeSha(`other-${number}`) },
    labels: ['agent-change'],
    created_at: `2025-01-0${Math.min(number, 9)}T00:00:00Z`,
  });
  describeLabels(pr);
  gh.repo(OWNER, REPO).pulls.set(number, pr);
}

export function labelsOf(names: string[]): Obj[] {
  return names.map((n) => label(n));
}

export interface RunOptions extends Partial<RunnerOptions> {
  scenario: Scenario;
}

/** Runs dist/index.js as the runner would, for the scenario's PR; returns the result and the runner. */
export async function runAdmission(gh: GitHubServer, o: RunOptions): Promise<{ result: ActionResult; runner: Runner }> {
  const runner = createRunner({
    apiUrl: gh.url,
    eventName: o.eventName ?? 'pull_request_target',
    action: o.action,
    pullRequest: o.pullRequest ?? o.scenario.pr,
    review: o.review,
    mutate: o.mutate,
    inputs: { 'reviewer-pools': REVIEWER_POOLS, ...o.inputs },
    token: o.token,
    env: o.env,
  });
  const result = await runAction(runner);
  return { result, runner };
}
