import type { AdmissionInput, ApprovalRecordFacts, ChangedFile, PoolMembership } from '../admission/types.js';
import { readChangedFiles } from './diff.js';
import { GitError, GitReader } from './exec.js';

/** What `admit` in local mode is told; everything else is read from the repository. */
export interface LocalAdmissionOptions {
  repoDir: string;
  /** The branch (or commit) the change goes into; the pack and manifest are read from its commit. */
  base: string;
  /** The agent's branch (or commit). */
  head: string;
  packPath: string;
  /** Default: the base pack's `source_manifest.path`. */
  manifestPath?: string | null;
  /** Head branch name, when `head` is a commit or a detached HEAD (CI checkouts). */
  branch?: string | null;
  workflowId?: string | null;
  agentClass?: string | null;
  agentLogin?: string | null;
  runId?: string | null;
  labels?: string[];
  /** Typed approval records (parsed JSON), e.g. from `--approval FILE`. */
  approvalRecords?: unknown[];
  toolNamespace?: string;
  agents?: Record<string, string>;
  approvals?: 'all' | 'any';
  killSignal?: string | null;
  killLabel?: string;
  expectPackSha256?: string | null;
  now?: string;
}

const DEFAULT_MANIFEST_PATH = 'data/control-plane/workflow-manifests.json';

/**
 * Fills the admission core's input from a local git repository: commits, changed files between
 * the merge base and head, and the pack + manifest as committed on the base commit (never the
 * work tree, never the head). Git errors that leave the change unknown become `files: null` or
 * `base.problem`, which the core turns into a deny with the reason; a ref that does not resolve
 * is thrown, because it is the caller's mistake.
 */
export async function collectLocalAdmissionInput(options: LocalAdmissionOptions): Promise<AdmissionInput> {
  const git = await GitReader.open(options.repoDir);
  try {
    return await collect(git, options);
  } finally {
    await git.close();
  }
}

async function collect(git: GitReader, o: LocalAdmissionOptions): Promise<AdmissionInput> {
  const baseSha = await resolveCommit(git, o.base, '--base');
  const headSha = await resolveCommit(git, o.head, '--head');
  const packPath = repoPath(o.packPath);

  const notes: string[] = [
    'Local git mode: no pull request, reviews or other open PRs are known; only this change is counted against the open-PR cap.',
  ];
  const base = { pack_text: null as string | null, manifest_text: null as string | null, pack_path: packPath, manifest_path: '', problem: null as string | null };
  base.pack_text = await readBlob(git, baseSha, packPath);
  let manifestPath = o.manifestPath ? repoPath(o.manifestPath) : null;
  if (manifestPath === null) manifestPath = manifestPathFromPack(base.pack_text) ?? DEFAULT_MANIFEST_PATH;
  base.manifest_path = manifestPath;
  base.manifest_text = await readBlob(git, baseSha, manifestPath);
  const missing = [
    base.pack_text === null ? `the pack ${packPath}` : null,
    base.manifest_text === null ? `the manifest ${manifestPath}` : null,
  ].filter((m): m is string => m !== null);
  if (missing.length > 0) base.problem = `The base commit ${baseSha.slice(0, 7)} does not contain ${missing.join(' or ')}.`;

  let files: ChangedFile[] | null = null;
  let filesProblem: string | null = null;
  try {
    const changes = await readChangedFiles(git, baseSha, headSha);
    if (changes.mergeBase !== baseSha) notes.push(`Changes are compared from the merge base ${changes.mergeBase.slice(0, 7)} of base and head.`);
    notes.push(...changes.notes);
    files = changes.files;
  } catch (err) {
    filesProblem = `Cannot enumerate every change between ${baseSha.slice(0, 7)} and ${headSha.slice(0, 7)}: ${(err as Error).message}`;
  }

  const message = commitMessage(await git.text(['cat-file', 'commit', headSha]));
  const login = o.agentLogin?.trim() ?? '';
  const { approvalRecords, membership } = cliApprovals(o.approvalRecords ?? []);

  return {
    pr: {
      number: 0,
      title: message.split('\n', 1)[0] ?? '',
      // The head commit's message plays the PR body: its `Workflow-Id:` / `Run-Id:` trailers count.
      body: message,
      url: null,
      // A local run cannot ask GitHub for the account type; logins GitHub gives to apps end in [bot].
      author: { login, type: login.endsWith('[bot]') ? 'Bot' : 'User' },
      head_ref: o.branch?.trim() || (await branchName(git, o.head)),
      head_sha: headSha,
      base_ref: await branchName(git, o.base),
      base_sha: baseSha,
      labels: o.labels ?? [],
      changed_files: files?.length ?? null,
    },
    files,
    files_problem: filesProblem,
    base,
    reviews: [],
    approval_records: approvalRecords,
    pool_membership: membership,
    open_agent_prs: [0],
    config: {
      workflow_id: o.workflowId?.trim() || null,
      tool_namespace: o.toolNamespace ?? 'repo.contents',
      agents: o.agents ?? {},
      approvals: o.approvals ?? 'all',
      kill_signal: o.killSignal?.trim() || null,
      kill_label: o.killLabel ?? 'agent-kill-session',
      expect_pack_sha256: o.expectPackSha256 ?? null,
      agent_class: o.agentClass?.trim() || null,
      run_id: o.runId?.trim() || null,
    },
    context: {
      event_name: null,
      repository: null,
      github_run_id: null,
      github_run_attempt: null,
      now: o.now ?? new Date().toISOString(),
      notes,
    },
  };
}

/** With no GitHub to ask, a record's approver belongs to the pool the record names (issue #4). */
function cliApprovals(records: unknown[]): { approvalRecords: ApprovalRecordFacts[]; membership: Record<string, Record<string, PoolMembership>> } {
  const membership: Record<string, Record<string, PoolMembership>> = {};
  const approvalRecords = records.map((record): ApprovalRecordFacts => {
    const approver = isObject(record) && isObject(record.approver) ? record.approver : {};
    const login = typeof approver.id === 'string' ? approver.id : '';
    const pool = approver.reviewer_pool;
    if (typeof pool === 'string' && login !== '') (membership[pool] ??= {})[login] = 'member';
    return { source: 'cli', login, user_type: 'User', edited: false, record };
  });
  return { approvalRecords, membership };
}

async function resolveCommit(git: GitReader, ref: string, option: string): Promise<string> {
  try {
    return (await git.text(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`])).trim();
  } catch (err) {
    throw new GitError(`${option} "${ref}" is not a commit in this repository`, (err as GitError).stderr ?? '');
  }
}

/** `refs/heads/x` → `x`, `refs/remotes/origin/x` → `x`; a bare commit id stays as given. */
async function branchName(git: GitReader, ref: string): Promise<string> {
  const full = (await git.text(['rev-parse', '--symbolic-full-name', ref]).catch(() => '')).trim();
  if (full.startsWith('refs/heads/')) return full.slice('refs/heads/'.length);
  const remote = /^refs\/remotes\/[^/]+\/(.+)$/.exec(full);
  if (remote) return remote[1]!;
  return ref;
}

async function readBlob(git: GitReader, sha: string, filePath: string): Promise<string | null> {
  try {
    return (await git.run(['cat-file', 'blob', '--end-of-options', `${sha}:${filePath}`])).toString('utf8');
  } catch {
    return null;
  }
}

function manifestPathFromPack(packText: string | null): string | null {
  if (packText === null) return null;
  try {
    const p = (JSON.parse(packText) as { source_manifest?: { path?: unknown } }).source_manifest?.path;
    return typeof p === 'string' && p !== '' ? repoPath(p) : null;
  } catch {
    return null;
  }
}

/** A path below the repository root, `/`-separated, as `git cat-file <sha>:<path>` wants it. */
function repoPath(p: string): string {
  const cleaned = p.replace(/\\/g, '/').replace(/^(\.\/)+/, '').replace(/^\/+/, '');
  if (cleaned === '' || cleaned.split('/').includes('..')) throw new GitError(`"${p}" is not a path inside the repository`, '');
  return cleaned;
}

function commitMessage(raw: string): string {
  const blank = raw.indexOf('\n\n');
  return blank === -1 ? '' : raw.slice(blank + 2);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}
