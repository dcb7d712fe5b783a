/**
 * The workflow control-plane manifest as the compiler reads it, after validation
 * (schemas/workflow-manifest.schema.json plus the semantic checks in validate.ts).
 * Optional fields are optional here exactly as in the schema.
 */
export declare const ACCESS_MODES: readonly ["read", "write_branch", "write_ticket", "approval_required"];
export declare const WORKFLOW_STATUSES: readonly ["pilot", "active", "paused", "retired"];
export declare const MATURITY_STAGES: readonly ["crawl", "walk", "run"];
export interface ManifestScope {
    namespace: string;
    access: string;
    purpose?: string;
}
export interface ManifestWorkflow {
    id: string;
    title?: string;
    status?: string;
    maturity_stage?: string;
    content_path?: string;
    public_path?: string;
    owner?: {
        accountable_team?: string;
        reviewer_pools?: string[];
        escalation?: string;
        [extra: string]: unknown;
    };
    eligible_findings: string[];
    default_agents: string[];
    automation_first: string[];
    mcp_context: ManifestScope[];
    scope: {
        allowed_paths: string[];
        forbidden_paths: string[];
        max_changed_files: number;
        max_diff_lines: number;
    };
    gates: Record<string, string[]>;
    evidence: Record<string, unknown>[];
    kpis: Record<string, unknown>[];
    kill_signals: string[];
}
export interface Manifest {
    schema_version?: string;
    last_reviewed?: string;
    intent?: string;
    policy_pack?: {
        policy_id?: string;
        intent?: string;
    };
    required_gate_phases: string[];
    standards_alignment?: Record<string, unknown>[];
    workflow_defaults?: {
        branch_prefix?: string;
        required_pr_label?: string;
        human_review_required?: boolean;
        default_change_window?: string;
        max_open_prs_per_repo?: number;
        evidence_retention_days?: number;
        manual_review_required_for?: string[];
        [extra: string]: unknown;
    };
    workflows: ManifestWorkflow[];
}
