import type { Manifest, ManifestWorkflow } from './manifest.js';
import type { AccessMode, McpScope, Pack, ScopeDecision, WorkflowPolicy } from './types.js';
import { PACK_SCHEMA_VERSION } from './defaults.js';
import { compareCodePoints } from '../util/index.js';

/** Everything the pack carries that does not come from the manifest text itself. */
export interface PackIdentity {
  policyId: string;
  intent: string;
  generatedAt: string;
  manifestPath: string;
  manifestSha256: string;
}

export const ACCESS_DECISIONS: Readonly<Record<AccessMode, ScopeDecision>> = {
  read: 'allow',
  write_branch: 'allow_scoped_branch',
  write_ticket: 'allow_scoped_ticket',
  approval_required: 'hold_for_approval',
};

/** The fixed part of every schema 1.0 pack, in the reference generator's wording. */
const DECISION_CONTRACT: Pack['decision_contract'] = {
  decisions: [
    { decision: 'allow', meaning: 'Read-only context access inside the declared namespace.' },
    { decision: 'allow_scoped_branch', meaning: 'Write only to the workflow branch prefix and declared file scope.' },
    { decision: 'allow_scoped_ticket', meaning: 'Write only workflow evidence or triage notes to declared ticket systems.' },
    { decision: 'hold_for_approval', meaning: 'Pause and require a typed human approval record before continuing.' },
    { decision: 'deny', meaning: 'Fail closed for undeclared workflows, tools, paths, hosts, or gates.' },
    { decision: 'kill_session', meaning: 'Disable the active agent session when a runtime kill signal fires.' },
  ],
  default_decision: 'deny',
  required_runtime_attributes: [
    'workflow_id',
    'agent_id',
    'run_id',
    'tool_namespace',
    'tool_access_mode',
    'branch_name',
    'changed_paths',
    'diff_line_count',
    'gate_phase',
    'human_approval_record',
  ],
};

const EVIDENCE_KEYS = ['evidence_owner', 'id', 'retention', 'source'] as const;
const KPI_KEYS = ['id', 'target'] as const;

/**
 * Compiles a validated manifest into the pack. Pure: the same manifest value and identity give
 * the same pack, whatever order the manifest's keys were written in.
 */
export function compilePack(manifest: Manifest, identity: PackIdentity): Pack {
  const defaults = manifest.workflow_defaults;
  const policies = manifest.workflows.map((w) => compileWorkflow(w, manifest));
  const namespaces = new Set<string>();
  const decisions = new Set<string>();
  for (const p of policies) {
    for (const s of p.tool_access.allowed_mcp_scopes) {
      namespaces.add(s.namespace);
      decisions.add(s.decision);
    }
  }
  return {
    decision_contract: structuredClone(DECISION_CONTRACT),
    generated_at: identity.generatedAt,
    global_defaults: {
      default_change_window: defaults?.default_change_window ?? null,
      evidence_retention_days: defaults?.evidence_retention_days ?? null,
      human_review_required: defaults?.human_review_required ?? true,
      manual_review_required_for: [...(defaults?.manual_review_required_for ?? [])],
      max_open_prs_per_repo: defaults?.max_open_prs_per_repo ?? null,
      required_pr_label: defaults?.required_pr_label ?? null,
      required_remediation_branch_prefix: defaults?.branch_prefix ?? null,
    },
    intent: identity.intent,
    policy_id: identity.policyId,
    policy_summary: {
      active_workflow_count: policies.filter((p) => p.status === 'active').length,
      mcp_namespace_count: namespaces.size,
      policy_decisions: [...[...decisions].sort(compareCodePoints), 'deny', 'kill_session'],
      workflow_count: policies.length,
    },
    schema_version: PACK_SCHEMA_VERSION,
    source_manifest: {
      last_reviewed: manifest.last_reviewed ?? null,
      path: identity.manifestPath,
      schema_version: manifest.schema_version ?? null,
      sha256: identity.manifestSha256,
    },
    standards_alignment: structuredClone(manifest.standards_alignment ?? []),
    workflow_policies: policies,
  };
}

function compileWorkflow(w: ManifestWorkflow, manifest: Manifest): WorkflowPolicy {
  const defaults = manifest.workflow_defaults;
  const id = w.id.trim();
  const scopes: McpScope[] = w.mcp_context.map((c) => {
    const namespace = c.namespace.trim();
    const access = c.access.trim() as AccessMode;
    return {
      access,
      decision: ACCESS_DECISIONS[access],
      namespace,
      purpose: (c.purpose ?? '').trim(),
      scope_id: `${id}:${namespace}:${access}`,
    };
  });
  return {
    change_scope: {
      allowed_paths: [...w.scope.allowed_paths],
      forbidden_paths: [...w.scope.forbidden_paths],
      max_changed_files: w.scope.max_changed_files,
      max_diff_lines: w.scope.max_diff_lines,
    },
    default_decision: 'deny',
    dispatch: {
      automation_first: [...w.automation_first],
      eligible_findings: [...w.eligible_findings],
      max_open_prs_per_repo: defaults?.max_open_prs_per_repo ?? null,
      required_branch_prefix: defaults?.branch_prefix ?? null,
      required_pr_label: defaults?.required_pr_label ?? null,
    },
    evidence_contract: {
      required_records: w.evidence.map((r) => pick(r, EVIDENCE_KEYS)),
      retention_days_default: defaults?.evidence_retention_days ?? null,
    },
    // Only the required phases, in their declared order, as the reference generator emits them: a
    // phase the manifest adds beyond them is not in the pack (compile-parsed.ts warns about it).
    gate_contract: manifest.required_gate_phases.map((phase) => {
      const rules = [...(w.gates[phase] ?? [])];
      return { phase, rule_count: rules.length, rules };
    }),
    identity: {
      accountable_team: w.owner?.accountable_team ?? null,
      allowed_agents: [...w.default_agents],
      escalation: w.owner?.escalation ?? null,
      reviewer_pools: [...(w.owner?.reviewer_pools ?? [])],
    },
    kpi_contract: w.kpis.map((k) => pick(k, KPI_KEYS)),
    maturity_stage: w.maturity_stage ?? null,
    public_path: w.public_path ?? null,
    runtime_controls: {
      egress_default: 'deny_except_declared_mcp_context',
      kill_signals: [...w.kill_signals],
      session_disablement_required: true,
    },
    source_content_path: w.content_path ?? null,
    status: w.status ?? null,
    title: w.title ?? null,
    tool_access: {
      allowed_mcp_scopes: scopes,
      denied_by_default: true,
      requires_human_approval_for: scopes.filter((s) => s.decision === 'hold_for_approval').map((s) => s.namespace),
    },
    workflow_id: id,
  };
}

function pick(record: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of keys) out[k] = Object.hasOwn(record, k) ? structuredClone(record[k]) : null;
  return out;
}
