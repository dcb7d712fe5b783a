/** The semantic policy diff's result: what an agent may now do that it could not, and the reverse. */
export declare const DIFF_KINDS: readonly ["workflow", "status", "maturity_stage", "posture", "scope", "scope_decision", "paths", "max_changed_files", "max_diff_lines", "max_open_prs_per_repo", "agent_classes", "gate_phases", "reviewer_pools", "human_review_required", "manual_review_required_for", "kill_signals", "branch_prefix", "required_pr_label"];
export type DiffKind = (typeof DIFF_KINDS)[number];
export interface DiffEntry {
    /** The workflow the change is in; null for a pack-wide default. */
    workflow_id: string | null;
    kind: DiffKind;
    /** One sentence, plain text (render it escaped). */
    detail: string;
    /** For paths: one path the engine writes under one pack and refuses under the other, verified by policy.evaluate. */
    witness?: string;
}
export interface PolicyDiff {
    widened: DiffEntry[];
    narrowed: DiffEntry[];
}
export interface DiffOptions {
    /** Only this workflow's changes (pack-wide changes are still listed: they apply to it too). */
    workflow?: string;
}
