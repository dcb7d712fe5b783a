/**
 * The PR admission check's input and result. The result is plain data: src/evidence seals it into
 * the evidence record that feeds the PR comment, the job summary, `admit --json`, and the file at
 * the Action's `evidence-path`.
 */
import type { Decision, DecisionName, Reason, TrustedKeys } from '../decision/index.js';
import type { WorkflowFrom } from './identify.js';

export type AdmissionDecision = DecisionName | 'not_applicable';

export type FileStatus = 'added' | 'modified' | 'removed' | 'renamed' | 'copied' | 'changed' | 'unchanged' | 'type_changed';

/** One changed file, from the GitHub API or from local git. */
export interface ChangedFile {
  path: string;
  previous_path: string | null;
  status: FileStatus;
  additions: number;
  deletions: number;
  /** Git file mode at head ('100644', '100755', '120000', '160000'), null when removed or unknown. */
  mode: string | null;
  previous_mode: string | null;
  binary: boolean;
}

/**
 * `unchecked`: the pack's path rules were not applied to this path because the evaluator refused
 * the request before its path checks (e.g. an unknown workflow or agent); the PR is denied anyway.
 */
export type PathRowVerdict =
  'allowed' | 'forbidden' | 'not_allowed' | 'invalid' | 'always_forbidden' | 'symlink' | 'submodule' | 'unchecked';

/** One row of the per-path table a reviewer reads. */
export interface PathRow {
  status: FileStatus;
  path: string;
  previous_path: string | null;
  /** The pattern or built-in rule that decided the verdict, when one did. */
  rule: string | null;
  verdict: PathRowVerdict;
  executable_changed: boolean;
  binary: boolean;
}

export type GateName = 'trust' | 'kill' | 'admission' | 'write' | 'pre_merge';

export interface GateResult {
  gate: GateName;
  decision: AdmissionDecision;
  /** What was sent to policy.evaluate for this gate, when it was a policy question. */
  request: Record<string, unknown> | null;
  /** The evaluator's answer, when it was asked. */
  evaluation: Decision | null;
  violations: string[];
  /** One per violation, in the same order: the check, its stable code, the message. */
  reasons: Reason[];
}

export interface ApprovalRow {
  source: 'review' | 'approval_record' | 'cli_record';
  login: string;
  reviewer_pool: string | null;
  commit_id: string | null;
  counted: boolean;
  /** `approval_counted`, or the code of the first rule it failed (src/admission/approvals.ts). */
  code: string;
  /** Why it counted, or why not (stale SHA, self-approval, bot, not in a pool, unverifiable team…). */
  reason: string;
}

export interface LimitUse {
  used: number;
  max: number | null;
}

/**
 * What the admission check decided about one pull request, and why: everything an evidence
 * record holds except its schema tag and its seal (src/evidence builds and seals the record).
 */
export interface AdmissionResult {
  decision: AdmissionDecision;
  /** One line: what happened and why. */
  summary: string;
  workflow_id: string | null;
  agent_class: string | null;
  agent_login: string | null;
  run_id: string | null;
  repository: string | null;
  pull_request: {
    number: number;
    title: string;
    url: string | null;
    author: string;
    head_ref: string;
    base_ref: string;
    labels: string[];
  } | null;
  head_sha: string | null;
  base_sha: string | null;
  /** Local git mode only: the exact refs `--base` and `--head` resolved to. */
  resolved_refs?: ResolvedRefs;
  event_name: string | null;
  github_run_id: string | null;
  github_run_attempt: string | null;
  policy_id: string | null;
  pack_path: string | null;
  manifest_path: string | null;
  pack_sha256: string | null;
  manifest_sha256: string | null;
  evaluated_at: string;
  gates: GateResult[];
  limits: {
    files: LimitUse;
    diff_lines: LimitUse;
    open_prs: LimitUse | null;
  };
  paths: PathRow[];
  approvals: ApprovalRow[];
  violations: string[];
  /** One per violation, in the same order: the check, its stable code, the message. */
  reasons: Reason[];
  next_steps: string[];
  /** Things a reviewer should know that did not change the decision (e.g. a newer head exists). */
  notes: string[];
  /** For a pull request that changes the manifest or the pack: what the change widens and narrows. */
  policy_diff?: PolicyDiffEvidence;
  /** False when the Action ran with `enforce: false`: the decision is the one that would have applied. */
  enforced?: boolean;
}

export interface PolicyDiffEntry {
  workflow_id: string | null;
  kind: string;
  detail: string;
  witness?: string;
}

/** The semantic diff from the base commit's pack to the pack the head's manifest generates. */
export interface PolicyDiffEvidence {
  base_pack_sha256: string | null;
  head_pack_sha256: string | null;
  widened: PolicyDiffEntry[];
  narrowed: PolicyDiffEntry[];
  /** Why the diff could not be computed (then it counts as a widening); null when it was. */
  problem: string | null;
  /** The `policy-owners` pool whose APPROVED review on the head a widening needs; null when not set. */
  owners_pool: string | null;
  /** Members of that pool with an APPROVED review on the head. */
  approved_by: string[];
}

/** A pull request as the admission check sees it, from the webhook event + API, or from local git. */
export interface PullRequestFacts {
  number: number;
  title: string;
  body: string;
  url: string | null;
  author: { login: string; type: string };
  head_ref: string;
  head_sha: string;
  base_ref: string;
  base_sha: string;
  labels: string[];
  /** The PR's own count of changed files (GitHub `changed_files`), to detect a truncated file list. */
  changed_files: number | null;
}

export interface ReviewFacts {
  login: string;
  /** GitHub user type: 'User', 'Bot', 'Organization'… */
  user_type: string;
  state: string;
  commit_id: string | null;
  submitted_at: string | null;
  body: string;
}

/** A typed approval record found in a review or comment body (```agent-approval fenced JSON), or given to the CLI. */
export interface ApprovalRecordFacts {
  source: 'review' | 'comment' | 'cli';
  login: string;
  user_type: string;
  /** True when GitHub says the comment was edited after posting; edited records never count. */
  edited: boolean;
  /**
   * For a record in a review: that review's state and commit. GitHub's REST API cannot show
   * whether a review's text was edited (anyone with write access can edit it), so such a record
   * counts only inside an APPROVED review of the head, which an editor cannot forge.
   */
  review?: { state: string; commit_id: string | null };
  record: unknown;
}

/** Whether a login belongs to a reviewer pool, as far as the adapter could verify. */
export type PoolMembership = 'member' | 'not_member' | 'unverifiable';

/** Everything the pure admission core needs; adapters (GitHub API, local git) fill it in. */
export interface AdmissionInput {
  pr: PullRequestFacts;
  /** Every changed file, or null when the adapter could not enumerate all of them (→ deny). */
  files: ChangedFile[] | null;
  files_problem: string | null;
  /** Base-commit policy material, read from the base commit, never the PR's tree. */
  base: {
    pack_text: string | null;
    manifest_text: string | null;
    pack_path: string;
    manifest_path: string;
    problem: string | null;
  };
  reviews: ReviewFacts[];
  approval_records: ApprovalRecordFacts[];
  /** pool → login → membership, for every pool the workflow lists and every candidate approver. */
  pool_membership: Record<string, Record<string, PoolMembership>>;
  /** Numbers of open agent PRs in the repository (including this one), or null when unknown. */
  open_agent_prs: number[] | null;
  /**
   * Failures that leave the decision unknown and have no field of their own (e.g. the reviews
   * could not be listed, so approvals are unknown). Each is a sentence; any entry → deny with it.
   */
  problems?: string[];
  config: {
    workflow_id: string | null;
    tool_namespace: string;
    agents: Record<string, string>;
    approvals: 'all' | 'any';
    kill_signal: string | null;
    kill_label: string;
    expect_pack_sha256: string | null;
    /** The agent class when the caller knows it (e.g. `admit --agent-class`); else from the author's login. */
    agent_class?: string | null;
    /** The run id when the caller knows it (e.g. `admit --run-id`); else the `Run-Id:` trailer, else `pr-<number>-<head sha>`. */
    run_id?: string | null;
    /** Trusted approval-signing keys (`admit --approval-keys`): with them, only signed records approve. */
    trusted_keys?: TrustedKeys | null;
    /** The change class (`change-class` input, `admit --change-class`), for the workflow's manual_review_required_for. */
    change_class?: string | null;
    /** Where the workflow id may come from (`workflow-from`); default input, then branch — a trailer only when listed. */
    workflow_from?: WorkflowFrom[];
  };
  context: {
    event_name: string | null;
    repository: string | null;
    github_run_id: string | null;
    github_run_attempt: string | null;
    now: string;
    notes: string[];
    /** Local git mode: what `--base` / `--head` named and the exact ref and commit each was taken as. */
    resolved_refs?: ResolvedRefs;
    /** Who runs the check, so messages name that surface's inputs (`--workflow-id` vs the workflow-id input). Default action. */
    surface?: 'action' | 'local';
  };
}

/** How a local run's `--base` and `--head` were resolved (full refs, never git's guesses). */
export interface ResolvedRefs {
  base: ResolvedRefEntry;
  head: ResolvedRefEntry;
}

export interface ResolvedRefEntry {
  given: string;
  /** The full ref, or null when a commit id was given (or HEAD was detached). */
  ref: string | null;
  sha: string;
}
