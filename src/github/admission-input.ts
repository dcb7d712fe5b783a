/**
 * Builds the admission core's input from the webhook event and the GitHub API, failing closed:
 * whatever cannot be read becomes `files: null`, `base.problem`, `open_agent_prs: null` or an
 * entry in `problems`, each with its reason, and the core denies. Nothing here throws for an API
 * error; nothing here decides.
 *
 * Request plan (reads; see docs/action.md "API requests"), for a PR with F changed files:
 *   pulls/list-files            ⌈F/100⌉   (per_page=100; GitHub serves at most 3,000)
 *   git/get-tree  head          1         (file modes: symlinks, submodules, executables)
 *   repos/get-content  ×2       2         (pack + manifest at the base SHA; 0 when the checkout has the base commit)
 *   pulls/list-reviews          1
 *   issues/list-comments        1         (approval records in comments)
 *   pulls/list  state=open      1         (open agent PRs, and the PR's current head and labels)
 * = ⌈F/100⌉ + 6. Only when needed: git/get-tree at the base SHA (+1: a file removed, renamed,
 * copied or changed in type, or modified and executable/a symlink/a submodule at head — where the
 * previous mode can matter), pulls/get (+1: pull_request_review payloads carry no changed_files),
 * one team membership lookup per (team, candidate approver), and for files GitHub sends without
 * a diff (binary, empty): git/get-tree at the base SHA (+1, shared) and git/get-blob per side.
 */
import type { CommentLike } from './comment.js';
import type {
  AdmissionInput,
  ApprovalRecordFacts,
  ChangedFile,
  FileStatus,
  PoolMembership,
  PullRequestFacts,
  ReviewFacts,
} from '../admission/index.js';
import { countLines } from '../git/index.js';
import { DEFAULT_MANIFEST_PATH, recordedManifestPath } from '../pack/index.js';
import { extractApprovalRecords } from './approval-records.js';
import type { PullRequestEvent } from './event.js';
import type { LocalHistory } from './local-history.js';
import { describeApiError, type GitHubClient } from './octokit.js';
import { resolvePoolMembership } from './pools.js';

/** GitHub's pull request files endpoint returns at most this many files. */
export const PR_FILES_API_CAP = 3000;
const PER_PAGE = 100;

/** An open pull request as the open-PR cap sees it. */
export interface OpenPull {
  number: number;
  head_ref: string;
  head_sha: string;
  author: { login: string; type: string };
  labels: string[];
}

export interface FetchAdmissionOptions {
  gh: GitHubClient;
  event: PullRequestEvent;
  packPath: string;
  /** Null: the path the base pack records (source_manifest.path), else the default. */
  manifestPath: string | null;
  reviewerPools: Record<string, string[]>;
  config: AdmissionInput['config'];
  context: Omit<AdmissionInput['context'], 'notes'>;
  /** The runner's checkout, when it is a git repository. */
  local: LocalHistory | null;
  /**
   * The admission core's agent detection, given the base pack's text (branch prefixes) — so the
   * open-PR cap counts exactly the PRs the core would call agent-authored.
   */
  isAgentPull: (packText: string | null, pull: OpenPull) => boolean;
}

type Settled<T> = { ok: true; value: T } | { ok: false; error: string };
const settle = <T>(p: Promise<T>): Promise<Settled<T>> =>
  p.then(
    (value) => ({ ok: true as const, value }),
    (err: unknown) => ({ ok: false as const, error: describeApiError(err) }),
  );

const short = (sha: string) => sha.slice(0, 7);

/** What one fetch yields: the core's input, and the PR's comments as listed (the sticky comment reuses them). */
export interface AdmissionFetch {
  input: AdmissionInput;
  comments: CommentLike[] | null;
}

/**
 * The admission input for a pull request event, as named steps: read everything in parallel,
 * settle which head and labels are current, list the files with their modes, collect reviews and
 * approval records, resolve the candidates' pool membership, and count the open agent PRs.
 */
export async function fetchAdmissionInput(o: FetchAdmissionOptions): Promise<AdmissionFetch> {
  const pr: PullRequestFacts = { ...o.event.pr, labels: [...o.event.pr.labels] };
  const notes: string[] = [];
  const problems: string[] = [];
  const reads = await readAll(o, pr);
  const { current, openPulls, self } = currentPull(pr, reads, notes);
  honourLateKill(o, pr, current, notes);

  // Files, with modes. A list of another head's files says nothing about the event's head.
  const listedHead = current && current.head_sha !== pr.head_sha ? current.head_sha : null;
  const filesOutcome = await changedFilesWithModes(o, pr, reads.filesR, listedHead);
  notes.push(...filesOutcome.notes);

  const { reviews, approvalRecords } = reviewsAndRecords(reads, problems);
  const poolMembership = await membershipOfCandidates(o, pr, reviews, approvalRecords, notes);
  const openAgentPrs = openAgentPulls(o, pr, reads, openPulls, self !== undefined, notes);

  const input: AdmissionInput = {
    pr,
    files: filesOutcome.files,
    files_problem: filesOutcome.problem,
    base: reads.baseMaterial,
    reviews,
    approval_records: approvalRecords,
    pool_membership: poolMembership,
    open_agent_prs: openAgentPrs,
    problems,
    config: o.config,
    context: { ...o.context, notes },
  };
  return { input, comments: reads.commentsR.ok ? reads.commentsR.value : null };
}

/** Every API read the input needs, in parallel; each settled, so one failure does not hide the rest. */
async function readAll(o: FetchAdmissionOptions, pr: PullRequestFacts) {
  const { gh, event } = o;
  const repoArgs = { owner: event.owner, repo: event.repo };
  const pullArgs = { ...repoArgs, pull_number: pr.number };
  // GitHub lists the files of the PR's *current* head, so the head is read after the list: if it
  // is still the event's head, the list is that commit's (a push during the listing shows).
  const filesThenHead = settle(listFiles(gh, pullArgs)).then(
    async (files) =>
      [
        files,
        ...(await Promise.all([
          settle(gh.paginate(gh.rest.pulls.list, { ...repoArgs, state: 'open', per_page: PER_PAGE })),
          // Only pull_request_review payloads lack changed_files, which the file-count check needs.
          pr.changed_files === null ? settle(gh.rest.pulls.get(pullArgs).then((r) => r.data)) : Promise.resolve(null),
        ])),
      ] as const,
  );
  const [[filesR, openR, pullR], baseMaterial, reviewsR, commentsR] = await Promise.all([
    filesThenHead,
    readBaseMaterial(o, pr.base_sha),
    settle(gh.paginate(gh.rest.pulls.listReviews, { ...pullArgs, per_page: PER_PAGE })),
    settle(gh.paginate(gh.rest.issues.listComments, { ...repoArgs, issue_number: pr.number, per_page: PER_PAGE })),
  ]);
  return { filesR, openR, pullR, baseMaterial, reviewsR, commentsR };
}

type Reads = Awaited<ReturnType<typeof readAll>>;

/** The PR as GitHub sees it now: the event's head is evaluated, a newer one is only reported. */
function currentPull(pr: PullRequestFacts, reads: Reads, notes: string[]) {
  const { pullR, openR } = reads;
  let current: { head_sha: string; labels: string[] } | null = null;
  if (pullR) {
    if (pullR.ok) {
      pr.changed_files = pullR.value.changed_files;
      current = { head_sha: pullR.value.head.sha, labels: pullR.value.labels.map((l) => l.name) };
    } else {
      notes.push(`Could not read the pull request's changed-file count (${pullR.error}).`);
    }
  }
  const openPulls: OpenPull[] | null = openR.ok
    ? openR.value.map((p) => ({
        number: p.number,
        head_ref: p.head.ref,
        head_sha: p.head.sha,
        author: { login: p.user?.login ?? '', type: p.user?.type ?? 'User' },
        labels: p.labels.map((l) => l.name),
      }))
    : null;
  const self = openPulls?.find((p) => p.number === pr.number);
  if (self) current ??= { head_sha: self.head_sha, labels: self.labels };
  else if (openPulls) notes.push(`Pull request #${pr.number} is not open any more.`);
  if (current && current.head_sha !== pr.head_sha) {
    notes.push(
      `The pull request's head is now ${short(current.head_sha)}; this run evaluated ${short(pr.head_sha)}, the commit its event named. ` +
        'The newer commit gets its own run.',
    );
  }
  return { current, openPulls, self };
}

/** A kill label added since the event is honoured now: stopping a session must not wait. */
function honourLateKill(o: FetchAdmissionOptions, pr: PullRequestFacts, current: { labels: string[] } | null, notes: string[]): void {
  // Labels compare case-insensitively, as GitHub's do (and as the core's kill-label check does).
  const isKillLabel = (l: string) => l.toLowerCase() === o.config.kill_label.toLowerCase();
  const lateKill = current?.labels.find(isKillLabel);
  if (lateKill !== undefined && !pr.labels.some(isKillLabel)) {
    pr.labels.push(lateKill);
    notes.push(`The kill label "${lateKill}" was added after this run's event; it is honoured.`);
  }
}

/** The reviews, and the typed approval records in review and comment bodies. */
function reviewsAndRecords(reads: Reads, problems: string[]): { reviews: ReviewFacts[]; approvalRecords: ApprovalRecordFacts[] } {
  const { reviewsR, commentsR } = reads;
  const reviews: ReviewFacts[] = [];
  const approvalRecords: ApprovalRecordFacts[] = [];
  if (reviewsR.ok) {
    for (const r of reviewsR.value) {
      const login = r.user?.login ?? '';
      const userType = r.user?.type ?? 'User';
      reviews.push({
        login,
        user_type: userType,
        state: r.state,
        commit_id: r.commit_id ?? null,
        submitted_at: r.submitted_at ?? null,
        body: r.body ?? '',
      });
      // The REST API does not say whether a review body was edited: the core counts a record
      // there only inside an APPROVED review of the head (state and commit cannot be edited).
      for (const record of extractApprovalRecords(r.body)) {
        approvalRecords.push({
          source: 'review',
          login,
          user_type: userType,
          edited: false,
          review: { state: r.state, commit_id: r.commit_id ?? null },
          record,
        });
      }
    }
  } else {
    problems.push(`Cannot list the pull request's reviews (${reviewsR.error}), so its approvals are unknown.`);
  }
  if (commentsR.ok) {
    for (const c of commentsR.value) {
      for (const record of extractApprovalRecords(c.body)) {
        approvalRecords.push({
          source: 'comment',
          login: c.user?.login ?? '',
          user_type: c.user?.type ?? 'User',
          // Anyone with write access can edit a comment; an edited record is not the poster's own word.
          edited: c.updated_at !== c.created_at,
          record,
        });
      }
    }
  } else {
    problems.push(`Cannot list the pull request's comments (${commentsR.error}), so its approval records are unknown.`);
  }
  return { reviews, approvalRecords };
}

/**
 * Pool membership for each candidate approver: a human (not the author) with an APPROVED review
 * on the evaluated head, or who posted an unedited approval record.
 */
async function membershipOfCandidates(
  o: FetchAdmissionOptions,
  pr: PullRequestFacts,
  reviews: ReviewFacts[],
  approvalRecords: ApprovalRecordFacts[],
  notes: string[],
): Promise<Record<string, Record<string, PoolMembership>>> {
  const candidates = [
    ...reviews.filter((r) => r.state === 'APPROVED' && r.commit_id === pr.head_sha && r.user_type === 'User').map((r) => r.login),
    ...approvalRecords.filter((a) => !a.edited && a.user_type === 'User').map((a) => a.login),
  ].filter((login) => login !== '' && login.toLowerCase() !== pr.author.login.toLowerCase());
  if (candidates.length === 0) return Object.fromEntries(Object.keys(o.reviewerPools).map((pool) => [pool, {}]));
  const resolved = await resolvePoolMembership(o.gh, o.reviewerPools, candidates);
  notes.push(...resolved.notes);
  return resolved.membership;
}

/** Open agent PRs, counted with the core's own agent detection; null when they could not be listed. */
function openAgentPulls(
  o: FetchAdmissionOptions,
  pr: PullRequestFacts,
  reads: Reads,
  openPulls: OpenPull[] | null,
  selfOpen: boolean,
  notes: string[],
): number[] | null {
  if (openPulls) {
    const agentPulls = openPulls.filter((p) => o.isAgentPull(reads.baseMaterial.pack_text, p)).map((p) => p.number);
    return [...new Set([...agentPulls, ...(selfOpen ? [] : [pr.number])])].sort((a, b) => a - b);
  }
  if (!reads.openR.ok)
    notes.push(`Cannot list the repository's open pull requests (${reads.openR.error}), so the open-PR cap cannot be checked.`);
  return null;
}

interface ApiFile {
  /** The file's blob at head (null for some entries, e.g. submodules). */
  sha?: string | null;
  filename: string;
  previous_filename?: string;
  status: string;
  additions: number;
  deletions: number;
  changes: number;
  patch?: string;
}

async function listFiles(gh: GitHubClient, args: { owner: string; repo: string; pull_number: number }): Promise<ApiFile[]> {
  const files: ApiFile[] = [];
  for await (const page of gh.paginate.iterator(gh.rest.pulls.listFiles, { ...args, per_page: PER_PAGE })) {
    files.push(...page.data);
  }
  return files;
}

const API_STATUS: Record<string, FileStatus> = {
  added: 'added',
  removed: 'removed',
  modified: 'modified',
  renamed: 'renamed',
  copied: 'copied',
  changed: 'changed',
  unchanged: 'unchanged',
};

interface FilesOutcome {
  files: ChangedFile[] | null;
  problem: string | null;
  notes: string[];
}

async function changedFilesWithModes(
  o: FetchAdmissionOptions,
  pr: PullRequestFacts,
  filesR: Settled<ApiFile[]>,
  /** The PR's current head when it is not the event's: the list GitHub gave is that commit's. */
  listedHead: string | null,
): Promise<FilesOutcome> {
  const listed = filesR.ok ? filesR.value : null;
  let reason: string | null = null;
  if (!filesR.ok) reason = `GitHub could not list the changed files (${filesR.error})`;
  else if (listedHead !== null)
    reason = `GitHub lists the files of the pull request's current head ${short(listedHead)}, not of ${short(pr.head_sha)}, the commit this run evaluates`;
  else if (listed!.length >= PR_FILES_API_CAP) {
    reason = `GitHub listed ${listed!.length} changed files, its limit, of ${pr.changed_files ?? 'an unknown number of'}`;
  } else if (pr.changed_files === null)
    reason = `GitHub did not say how many files the pull request changes, so its list of ${listed!.length} cannot be checked`;
  else if (listed!.length !== pr.changed_files)
    reason = `GitHub listed ${listed!.length} changed files but the pull request reports ${pr.changed_files}`;

  if (reason !== null) {
    const fromGit = await changedFilesFromLocalGit(o.local, pr);
    if (fromGit.files)
      return {
        files: fromGit.files,
        problem: null,
        notes: [`${reason}; every change was read from the local git history instead.`, ...fromGit.notes],
      };
    return { files: null, problem: `Cannot enumerate every change: ${reason}, and ${fromGit.why}.`, notes: [] };
  }

  const files: ChangedFile[] = listed!.map((f) => {
    const status = API_STATUS[f.status] ?? 'changed';
    return {
      path: f.filename,
      previous_path: f.previous_filename ?? null,
      status,
      additions: f.additions,
      deletions: f.deletions,
      mode: null,
      previous_mode: null,
      binary: false,
    };
  });
  const modes = await readModes(o, pr, files);
  // Files whose modes are unknown cannot be cleared of symlinks and submodules: the core sees none.
  if (modes.problem !== null) return { files: null, problem: modes.problem, notes: modes.notes };
  const sized = await sizeBinaryFiles(o, pr, listed!, files);
  return sized === null ? { files, problem: null, notes: modes.notes } : { files: null, problem: sized, notes: modes.notes };
}

/**
 * GitHub sends no patch for a binary file and counts no lines in it (nor in an empty file, or a
 * rename that keeps the content). Each such file is judged from its blobs, as local git mode
 * does: every line (newline-separated) of the base side counts as deleted, every line of the
 * head side as added; a side holding a NUL byte marks the file binary. The base side is the
 * file at the base commit (by its previous path for a rename). A blob that cannot be read leaves
 * the size unknown: the problem returned denies.
 */
async function sizeBinaryFiles(
  o: FetchAdmissionOptions,
  pr: PullRequestFacts,
  listed: ApiFile[],
  files: ChangedFile[],
): Promise<string | null> {
  const candidates = files
    .map((f, i) => ({ f, api: listed[i]! }))
    .filter(({ f, api }) => api.patch === undefined && api.changes === 0 && f.mode !== '160000' && f.previous_mode !== '160000');
  if (candidates.length === 0) return null;
  const { owner, repo } = o.event;
  const needsBase = candidates.some(({ f }) => f.status !== 'added');
  const baseTree = needsBase ? await cachedTree(o, pr.base_sha) : null;
  if (baseTree && !baseTree.ok)
    return `Cannot count the lines of ${candidates.length} file(s) GitHub sends without a diff (first: ${JSON.stringify(candidates[0]!.f.path)}): ${baseTree.why}.`;
  const blobs = new Map<string, Promise<Buffer>>();
  const blob = (sha: string) => {
    let p = blobs.get(sha);
    if (!p) {
      p = o.gh.rest.git
        .getBlob({ owner, repo, file_sha: sha })
        .then((r) => Buffer.from(r.data.content, r.data.encoding === 'base64' ? 'base64' : 'utf8'));
      blobs.set(sha, p);
    }
    return p;
  };
  for (const { f, api } of candidates) {
    const headSha = f.status === 'removed' ? null : (api.sha ?? null);
    const baseSha = f.status === 'added' || !baseTree?.ok ? null : (baseTree.shas.get(f.previous_path ?? f.path) ?? null);
    if (f.status !== 'removed' && headSha === null)
      return `Cannot count the lines of ${JSON.stringify(f.path)}: GitHub sends no diff and no blob for it.`;
    if (headSha !== null && headSha === baseSha) continue; // the same content: a pure rename or a mode change
    try {
      const [before, after] = await Promise.all([
        baseSha === null ? Buffer.alloc(0) : blob(baseSha),
        headSha === null ? Buffer.alloc(0) : blob(headSha),
      ]);
      f.deletions = countLines(before);
      f.additions = countLines(after);
      f.binary = before.includes(0) || after.includes(0);
    } catch (err) {
      return `Cannot count the lines of ${JSON.stringify(f.path)}, which GitHub sends without a diff: its blob could not be read (${describeApiError(err)}).`;
    }
  }
  return null;
}

async function changedFilesFromLocalGit(
  local: LocalHistory | null,
  pr: PullRequestFacts,
): Promise<{ files: ChangedFile[] | null; why: string; notes: string[] }> {
  if (!local) return { files: null, why: 'the runner has no git checkout to read them from', notes: [] };
  const missing = [];
  for (const [name, sha] of [
    ['base', pr.base_sha],
    ['head', pr.head_sha],
  ] as const) {
    if (!(await local.hasCommit(sha))) missing.push(`${name} ${short(sha)}`);
  }
  if (missing.length > 0) {
    return {
      files: null,
      why: `the checkout does not have the ${missing.join(' and ')} commit (fetch them, e.g. with fetch-depth: 0 and the PR's head ref)`,
      notes: [],
    };
  }
  try {
    return { ...(await local.changedFiles(pr.base_sha, pr.head_sha)), why: '' };
  } catch (err) {
    return { files: null, why: `local git failed: ${(err as Error).message}`, notes: [] };
  }
}

type TreeModes = { ok: true; modes: Map<string, string>; shas: Map<string, string> } | { ok: false; why: string };

const trees = new WeakMap<FetchAdmissionOptions, Map<string, Promise<TreeModes>>>();

/** One tree request per commit per run, whoever needs it (modes, binary sizes). */
function cachedTree(o: FetchAdmissionOptions, sha: string): Promise<TreeModes> {
  let byCommit = trees.get(o);
  if (!byCommit) trees.set(o, (byCommit = new Map<string, Promise<TreeModes>>()));
  let t = byCommit.get(sha);
  if (!t) byCommit.set(sha, (t = treeModes(o.gh, o.event.owner, o.event.repo, sha)));
  return t;
}

async function treeModes(gh: GitHubClient, owner: string, repo: string, sha: string): Promise<TreeModes> {
  try {
    const { data } = await gh.rest.git.getTree({ owner, repo, tree_sha: sha, recursive: '1' });
    if (data.truncated) return { ok: false, why: `GitHub truncated the tree of ${short(sha)} (too many entries)` };
    const modes = new Map<string, string>();
    const shas = new Map<string, string>();
    for (const e of data.tree) {
      if (e.path === undefined || e.mode === undefined || e.type === 'tree') continue;
      modes.set(e.path, e.mode);
      if (e.sha !== undefined) shas.set(e.path, e.sha);
    }
    return { ok: true, modes, shas };
  } catch (err) {
    return { ok: false, why: `GitHub could not read the tree of ${short(sha)} (${describeApiError(err)})` };
  }
}

/** A head mode under which a modified file may have changed type or executable bit. */
const SPECIAL_MODES = new Set(['100755', '120000', '160000']);

/**
 * Whether a file's previous mode can matter: the core denies a symlink or submodule before the
 * change as well as after it, and lists executable-bit changes. A modified file that is a regular
 * file at head and not reported as a type change (`changed`) is the one case left out: the common
 * one, so a typical PR costs one tree request, not two.
 */
function needsPreviousMode(f: ChangedFile): boolean {
  if (f.status === 'added') return false;
  if (f.status === 'modified') return f.mode !== null && SPECIAL_MODES.has(f.mode);
  return true;
}

async function readModes(
  o: FetchAdmissionOptions,
  pr: PullRequestFacts,
  files: ChangedFile[],
): Promise<{ problem: string | null; notes: string[] }> {
  const notes: string[] = [];
  const present = files.filter((f) => f.status !== 'removed');
  let previousModesKnown = false;
  if (present.length > 0) {
    const head = await cachedTree(o, pr.head_sha);
    if (!head.ok) {
      const fromGit = await changedFilesFromLocalGit(o.local, pr);
      if (fromGit.files) {
        const byPath = new Map(fromGit.files.map((f) => [f.path, f]));
        for (const f of files) {
          f.mode = byPath.get(f.path)?.mode ?? null;
          f.previous_mode = byPath.get(f.path)?.previous_mode ?? null;
        }
        previousModesKnown = true;
        notes.push(`${head.why}; file modes were read from the local git history instead.`);
      } else {
        return { problem: `Cannot tell whether the change adds symlinks or submodules: ${head.why}, and ${fromGit.why}.`, notes };
      }
    } else {
      const unknown: string[] = [];
      for (const f of present) {
        f.mode = head.modes.get(f.path) ?? null;
        if (f.mode === null) unknown.push(f.path);
      }
      if (unknown.length > 0) {
        return {
          problem: `The head commit ${short(pr.head_sha)} has no entry for ${unknown.length} changed path(s) (first: ${JSON.stringify(unknown[0])}), so their file modes are unknown.`,
          notes,
        };
      }
    }
  }
  if (previousModesKnown || !files.some(needsPreviousMode)) return { problem: null, notes };
  const base = await cachedTree(o, pr.base_sha);
  if (base.ok) {
    for (const f of files) if (needsPreviousMode(f)) f.previous_mode = base.modes.get(f.previous_path ?? f.path) ?? null;
    return { problem: null, notes };
  }
  const fromGit = await changedFilesFromLocalGit(o.local, pr);
  if (!fromGit.files) {
    return {
      problem: `Cannot tell whether the change removes or converts symlinks or submodules: ${base.why}, and ${fromGit.why}.`,
      notes,
    };
  }
  const byPath = new Map(fromGit.files.map((f) => [f.path, f]));
  for (const f of files) if (needsPreviousMode(f)) f.previous_mode = byPath.get(f.path)?.previous_mode ?? null;
  notes.push(`${base.why}; previous file modes were read from the local git history instead.`);
  return { problem: null, notes };
}

async function readBaseMaterial(o: FetchAdmissionOptions, baseSha: string): Promise<AdmissionInput['base']> {
  const base: AdmissionInput['base'] = {
    pack_text: null,
    manifest_text: null,
    pack_path: o.packPath,
    manifest_path: o.manifestPath ?? DEFAULT_MANIFEST_PATH,
    problem: null,
  };
  const local = o.local && (await o.local.hasCommit(baseSha)) ? o.local : null;
  const read = async (path: string): Promise<{ text: string | null; problem: string | null }> => {
    if (local) {
      const text = await local.readFile(baseSha, path);
      return { text, problem: text === null ? `the base commit ${short(baseSha)} has no ${path}` : null };
    }
    return readContent(o.gh, o.event.owner, o.event.repo, baseSha, path);
  };
  let pack: { text: string | null; problem: string | null };
  let manifest: { text: string | null; problem: string | null };
  if (o.manifestPath !== null) {
    [pack, manifest] = await Promise.all([read(o.packPath), read(o.manifestPath)]);
  } else {
    // The manifest the base pack was generated from: one more round trip, no guess.
    pack = await read(o.packPath);
    base.manifest_path = recordedManifestPath(pack.text) ?? DEFAULT_MANIFEST_PATH;
    manifest = await read(base.manifest_path);
  }
  base.pack_text = pack.text;
  base.manifest_text = manifest.text;
  const problems = [pack.problem, manifest.problem].filter((p): p is string => p !== null);
  if (problems.length > 0) base.problem = `Cannot read the policy from the base commit: ${problems.join('; ')}.`;
  return base;
}

async function readContent(
  gh: GitHubClient,
  owner: string,
  repo: string,
  ref: string,
  path: string,
): Promise<{ text: string | null; problem: string | null }> {
  try {
    const { data } = await gh.rest.repos.getContent({ owner, repo, path, ref });
    if (Array.isArray(data) || data.type !== 'file') {
      return {
        text: null,
        problem: `${path} on the base commit ${short(ref)} is a ${Array.isArray(data) ? 'directory' : data.type}, not a file`,
      };
    }
    if ('encoding' in data && data.encoding === 'base64') {
      return { text: Buffer.from(data.content, 'base64').toString('utf8'), problem: null };
    }
    // Files over 1 MB come without content; their blob has it.
    const blob = await gh.rest.git.getBlob({ owner, repo, file_sha: data.sha });
    return { text: Buffer.from(blob.data.content, blob.data.encoding === 'base64' ? 'base64' : 'utf8').toString('utf8'), problem: null };
  } catch (err) {
    const status = (err as { status?: number }).status;
    return {
      text: null,
      problem:
        status === 404
          ? `the base commit ${short(ref)} has no ${path}`
          : `GitHub could not read ${path} at ${short(ref)} (${describeApiError(err)})`,
    };
  }
}
