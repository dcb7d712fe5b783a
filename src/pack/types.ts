/**
 * The policy pack, schema_version "1.0" (spec: ../shared/spec/pack-format.md).
 * Field names are the pack's own; they are copied from or derived from the manifest.
 */

export type AccessMode = 'read' | 'write_branch' | 'write_ticket' | 'approval_required';
export type ScopeDecision = 'allow' | 'allow_scoped_branch' | 'allow_scoped_ticket' | 'hold_for_approval';

export interface McpScope {
  access: AccessMode;
  decision: ScopeDecision;
  namespace: string;
  purpose: string;
  scope_id: string;
}

export interface ChangeScope {
  allowed_paths: string[];
  forbidden_paths: string[];
  max_changed_files: number | null;
  max_diff_lines: number | null;
}

export interface GateContract {
  phase: string;
  rule_count: number;
  rules: string[];
}

export interface WorkflowPolicy {
  change_scope: ChangeScope;
  default_decision: string;
  dispatch: {
    automation_first: string[];
    eligible_findings: string[];
    max_open_prs_per_repo: number | null;
    required_branch_prefix: string | null;
    required_pr_label: string | null;
  };
  evidence_contract: {
    required_records: Record<string, unknown>[];
    retention_days_default: number | null;
  };
  gate_contract: GateContract[];
  identity: {
    accountable_team: string | null;
    allowed_agents: string[];
    escalation: string | null;
    reviewer_pools: string[];
  };
  kpi_contract: Record<string, unknown>[];
  maturity_stage: string | null;
  public_path: string | null;
  runtime_controls: {
    egress_default: string;
    kill_signals: string[];
    session_disablement_required: boolean;
  };
  source_content_path: string | null;
  status: string | null;
  title: string | null;
  tool_access: {
    allowed_mcp_scopes: McpScope[];
    denied_by_default: boolean;
    requires_human_approval_for: string[];
  };
  workflow_id: string;
}

export interface Pack {
  decision_contract: {
    decisions: { decision: string; meaning: string }[];
    default_decision: string;
    required_runtime_attributes: string[];
  };
  generated_at: string;
  global_defaults: {
    default_change_window: string | null;
    evidence_retention_days: number | null;
    human_review_required: boolean;
    manual_review_required_for: string[];
    max_open_prs_per_repo: number | null;
    required_pr_label: string | null;
    required_remediation_branch_prefix: string | null;
  };
  intent: string;
  policy_id: string;
  policy_summary: {
    active_workflow_count: number;
    mcp_namespace_count: number;
    policy_decisions: string[];
    workflow_count: number;
  };
  schema_version: string;
  source_manifest: {
    last_reviewed: string | null;
    path: string;
    schema_version: string | null;
    sha256: string;
  };
  standards_alignment: Record<string, unknown>[];
  workflow_policies: WorkflowPolicy[];
}
