import { agentDirectory } from '../admission/agents.js';
import { offlinePoolMembership } from '../admission/reviewer-pools.js';
import type { AdmissionInput, ApprovalRecordFacts, ChangedFile, PoolMembership, WorkflowFrom } from '../admission/index.js';
import type { TrustedKeys } from '../decision/index.js';
import { DEFAULT_MANIFEST_PATH, recordedManifestPath } from '../pack/defaults.js';
import { readChangesFrom, readMergeBase, type ChangedFiles } from './diff.js';
import { GitError, GitReader, type ObjectBatch } from './exec.js';
import { FULL_SHA, parseRefListing, refListingArgs, refLookups, resolveExactRefWith, type RefReads, type ResolvedRef } from './refs.js';

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
  /** Where the workflow id may come from (default input, then branch). */
  workflowFrom?: readonly WorkflowFrom[] | null;
  /** The change class the operator assigns (for manual_review_required_for). */
  changeClass?: string | null;
  agentClass?: string | null;
  agentLogin?: string | null;
  runId?: string | null;
  labels?: string[];
  /** Typed approval records (parsed JSON), e.g. from `--approval FILE`. */
  approvalRecords?: unknown[];
  /** Pool → logins (`--reviewer-pools FILE`): a record's approver must be in the pool it names. Without: self-asserted. */
  reviewerPools?: Record<string, string[]> | null;
  /** Trusted signing keys (`--approval-keys FILE`): only signed records approve. */
  trustedKeys?: TrustedKeys | null;
  toolNamespace?: string;
  agents?: Record<string, string>;
  approvals?: 'all' | 'any';
  killSignal?: string | null;
  killLabel?: string;
  expectPackSha256?: string | null;
  now?: string;
}

/**
 * Fills the admission core's input from a local git repository: commits, changed files between
 * the merge base and head, and the pack + manifest as committed on the base commit (never the
 * work tree, never the head). Git errors that leave the change unknown become `files: null` or
 * `base.problem`, which the core turns into a deny with the reason; a ref that does not resolve
 * is thrown, because it is the caller's mistake.
 */
export async function collectLocalAdmissionInput(options: LocalAdmissionOptions): Promise<AdmissionInput> {
  // The ref listing (and HEAD's target) read neither the work tree nor the index, so they run
  // beside `open` rather than after it: each git process waited for is most of a small run.
  const names = [...new Set([...refLookups(options.base), ...refLookups(options.head)])];
  const listing = names.length > 0 ? GitReader.runInRepository(options.repoDir, refListingArgs(names)) : null;
  const symbolic = [options.base, options.head].some((r) => r.trim() === 'HEAD')
    ? GitReader.runInRepository(options.repoDir, ['symbolic-ref', '-q', 'HEAD'])
    : null;
  const early = { names, listing: settle(listing), symbolic: settle(symbolic) };
  let git: GitReader;
  try {
    git = await GitReader.open(options.repoDir);
  } catch (err) {
    await Promise.all([early.listing, early.symbolic]);
    throw err;
  }
  try {
    return await collect(git, options, early);
  } finally {
    await git.close();
  }
}

interface EarlyReads {
  names: string[];
  listing: Promise<Settled<Buffer>>;
  symbolic: Promise<Settled<Buffer>>;
}

type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown } | null;

function settle<T>(p: Promise<T> | null): Promise<Settled<T>> {
  if (p === null) return Promise.resolve(null);
  return p.then(
    (value): Settled<T> => ({ ok: true, value }),
    (error: unknown): Settled<T> => ({ ok: false, error }),
  );
}

/**
 * The reads resolving --base and --head take, served by the early listing where it covers the
 * names, and peels by the object batch (whose reply to `<object>^{commit}` is the commit itself,
 * kept for the head's message).
 */
function localRefReads(git: GitReader, objects: ObjectBatch, early: EarlyReads, commits: Map<string, Buffer>): RefReads {
  return {
    refs: async (wanted) => {
      if (!wanted.every((n) => early.names.includes(n))) return parseRefListing(await git.text(refListingArgs(wanted)), wanted);
      const listed = (await early.listing)!;
      if (!listed.ok) throw listed.error;
      return parseRefListing(listed.value.toString('utf8'), wanted);
    },
    symbolicHead: async () => {
      const read = await early.symbolic;
      if (read === null) return git.text(['symbolic-ref', '-q', 'HEAD']).catch(() => '');
      return read.ok ? read.value.toString('utf8') : '';
    },
    peel: async (object) => {
      const commit = await objects.read(`${object}^{commit}`);
      if (commit === null || commit.type !== 'commit') throw new GitError(`git cat-file: ${object} is not a commit`, '');
      commits.set(commit.oid, commit.content);
      return commit.oid;
    },
  };
}

async function collect(git: GitReader, o: LocalAdmissionOptions, early: EarlyReads): Promise<AdmissionInput> {
  const objects = git.objects();
  const commits = new Map<string, Buffer>();
  const reads = localRefReads(git, objects, early, commits);
  // Each side's object is known before its peel returns (a listed ref or a full commit id), so
  // the merge base starts then; merge-base peels as ^{commit} does, and a side that fails to
  // peel fails the run before the merge base is used.
  const sides = (
    [
      [o.base, '--base'],
      [o.head, '--head'],
    ] as const
  ).map(([given, option]) => {
    let known!: (object: string | null) => void;
    const object = new Promise<string | null>((resolve) => (known = resolve));
    const resolved = resolveExactRefWith(
      {
        ...reads,
        peel: (obj) => {
          if (FULL_SHA.test(obj)) known(obj);
          return reads.peel(obj);
        },
      },
      given,
      option,
    );
    resolved.then(
      (r) => known(r.sha),
      () => known(null),
    );
    return { resolved, object };
  });
  const changesRead = Promise.all([sides[0]!.object, sides[1]!.object])
    .then(([b, h]) => (b !== null && h !== null ? readMergeBase(git, b, h) : Promise.reject(new Error('a ref did not resolve'))))
    .then(async (mergeBase) => readChangesFrom(git, mergeBase, (await sides[1]!.resolved).sha, () => objects))
    .then(
      (changes): ChangesRead => ({ changes, error: null }),
      (error: unknown): ChangesRead => ({ changes: null, error: error as Error }),
    );
  try {
    return await assemble(git, o, objects, commits, [sides[0]!.resolved, sides[1]!.resolved], changesRead);
  } catch (err) {
    await changesRead; // so that no git process is left running in the scratch directory
    throw err;
  }
}

type ChangesRead = { changes: ChangedFiles; error: null } | { changes: null; error: Error };

async function assemble(
  git: GitReader,
  o: LocalAdmissionOptions,
  objects: ObjectBatch,
  commits: Map<string, Buffer>,
  sides: readonly [Promise<ResolvedRef>, Promise<ResolvedRef>],
  changesRead: Promise<ChangesRead>,
): Promise<AdmissionInput> {
  const [baseRef, headRef] = await inOrder(sides);
  const baseSha = baseRef.sha;
  const headSha = headRef.sha;
  const packPath = repoPath(o.packPath);
  const rawCommit = commits.get(headSha);

  const notes: string[] = [
    'Local git mode: no pull request, reviews or other open PRs are known; only this change is counted against the open-PR cap.',
  ];
  const base = {
    pack_text: null as string | null,
    manifest_text: null as string | null,
    pack_path: packPath,
    manifest_path: '',
    problem: null as string | null,
  };
  base.pack_text = await readBlob(git, objects, baseSha, packPath);
  let manifestPath = o.manifestPath ? repoPath(o.manifestPath) : null;
  if (manifestPath === null) manifestPath = recordedManifestPath(base.pack_text) ?? DEFAULT_MANIFEST_PATH;
  base.manifest_path = manifestPath;
  base.manifest_text = await readBlob(git, objects, baseSha, manifestPath);
  const missing = [
    base.pack_text === null ? `pack at ${packPath}` : null,
    base.manifest_text === null ? `manifest at ${manifestPath}` : null,
  ].filter((m): m is string => m !== null);
  if (missing.length > 0) base.problem = `The base commit ${baseSha.slice(0, 7)} does not contain ${missing.join(' or ')}.`;

  let files: ChangedFile[] | null = null;
  let filesProblem: string | null = null;
  const read = await changesRead;
  if (read.changes !== null) {
    const changes = read.changes;
    if (changes.mergeBase !== baseSha)
      notes.push(`Changes are compared from the merge base ${changes.mergeBase.slice(0, 7)} of base and head.`);
    notes.push(...changes.notes);
    files = changes.files;
  } else {
    filesProblem = `Cannot enumerate every change between ${baseSha.slice(0, 7)} and ${headSha.slice(0, 7)}: ${read.error.message}`;
  }

  const message = commitMessage(rawCommit ? rawCommit.toString('utf8') : await git.text(['cat-file', 'commit', headSha]));
  const login = o.agentLogin?.trim() ?? '';
  const { approvalRecords, membership } = cliApprovals(o.approvalRecords ?? [], o.reviewerPools ?? null);
  if (approvalRecords.length > 0 && !o.reviewerPools && !o.trustedKeys) {
    notes.push(
      'The approval records are self-asserted: without --reviewer-pools or --approval-keys nothing checks that an approver is in the pool the record names, or that the record is theirs.',
    );
  }

  return {
    pr: {
      number: 0,
      title: message.split('\n', 1)[0] ?? '',
      // The head commit's message plays the PR body: its `Workflow-Id:` / `Run-Id:` trailers count.
      body: message,
      url: null,
      // A local run cannot ask GitHub for the account type: logins GitHub gives to apps end in
      // [bot], and a login the operator names that is a known (or configured) agent is that agent.
      author: { login, type: login.endsWith('[bot]') || agentDirectory(o.agents ?? {}).isAgentLogin(login) ? 'Bot' : 'User' },
      head_ref: o.branch?.trim() || branchName(headRef),
      head_sha: headSha,
      base_ref: branchName(baseRef),
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
      trusted_keys: o.trustedKeys ?? null,
      ...(o.workflowFrom ? { workflow_from: [...o.workflowFrom] } : {}),
      ...(o.changeClass ? { change_class: o.changeClass } : {}),
    },
    context: {
      event_name: null,
      repository: null,
      github_run_id: null,
      github_run_attempt: null,
      now: o.now ?? new Date().toISOString(),
      notes,
      resolved_refs: { base: baseRef, head: headRef },
      surface: 'local',
    },
  };
}

/**
 * Awaits every promise (so none is left running or unobserved), then gives their values, or
 * throws the first failure in list order.
 */
async function inOrder<T extends readonly unknown[]>(promises: { [K in keyof T]: Promise<T[K]> }): Promise<T> {
  const settled = await Promise.allSettled(promises);
  for (const r of settled) if (r.status === 'rejected') throw r.reason;
  return settled.map((r) => (r as PromiseFulfilledResult<unknown>).value) as unknown as T;
}

/**
 * With no GitHub to ask: given pools, an approver is a member only where the pools list the login;
 * without them, a record's approver belongs to the pool the record names (self-asserted).
 */
function cliApprovals(
  records: unknown[],
  pools: Record<string, string[]> | null,
): { approvalRecords: ApprovalRecordFacts[]; membership: Record<string, Record<string, PoolMembership>> } {
  const membership: Record<string, Record<string, PoolMembership>> = {};
  const approvalRecords = records.map((record): ApprovalRecordFacts => {
    const approver = isObject(record) && isObject(record.approver) ? record.approver : {};
    const login = typeof approver.id === 'string' ? approver.id : '';
    const pool = approver.reviewer_pool;
    if (pools === null && typeof pool === 'string' && login !== '') (membership[pool] ??= {})[login] = 'member';
    return { source: 'cli', login, user_type: 'User', edited: false, record };
  });
  if (pools !== null)
    return {
      approvalRecords,
      membership: offlinePoolMembership(
        pools,
        approvalRecords.map((r) => r.login).filter((l) => l !== ''),
      ),
    };
  return { approvalRecords, membership };
}

/** `refs/heads/x` → `x`, `refs/remotes/origin/x` → `x`; a commit id stays as given. */
function branchName(r: ResolvedRef): string {
  if (r.ref === null) return r.given;
  if (r.ref.startsWith('refs/heads/')) return r.ref.slice('refs/heads/'.length);
  const remote = /^refs\/remotes\/[^/]+\/(.+)$/.exec(r.ref);
  if (remote) return remote[1]!;
  return r.ref;
}

async function readBlob(git: GitReader, objects: ObjectBatch, sha: string, filePath: string): Promise<string | null> {
  try {
    // A name with a line break cannot go through the batch (one name a line).
    if (/[\n\r]/.test(filePath)) return (await git.run(['cat-file', 'blob', '--end-of-options', `${sha}:${filePath}`])).toString('utf8');
    const blob = await objects.read(`${sha}:${filePath}`);
    return blob !== null && blob.type === 'blob' ? blob.content.toString('utf8') : null;
  } catch {
    return null;
  }
}

/** A path below the repository root, `/`-separated, as `git cat-file <sha>:<path>` wants it. */
function repoPath(p: string): string {
  const cleaned = p
    .replace(/\\/g, '/')
    .replace(/^(\.\/)+/, '')
    .replace(/^\/+/, '');
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
