import type { AdmissionInput, WorkflowFrom } from '../admission/index.js';
import type { TrustedKeys } from '../decision/index.js';
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
export declare function collectLocalAdmissionInput(options: LocalAdmissionOptions): Promise<AdmissionInput>;
