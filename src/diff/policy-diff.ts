/**
 * diffPolicies: what an agent may do under NEW that it could not under OLD (widened), and the
 * reverse (narrowed), per workflow, as the engine decides it. Paths are compared exactly (see
 * path-sets.ts) and every path witness is checked with policy.evaluate on both packs.
 */
import { ALWAYS_FORBIDDEN_GLOBS, loadPolicy, normalizePattern } from '../decision/index.js';
import type { Policy } from '../decision/index.js';
import type { McpScope, WorkflowPolicy } from '../pack/index.js';
import { searchPathSets } from './path-sets.js';
import type { DiffEntry, DiffKind, DiffOptions, PolicyDiff } from './types.js';

/** Candidates the engine refuses to confirm before the comparison gives up on a direction. */
const MAX_CANDIDATES = 25;

const STATUS_RANK: Record<string, number> = { retired: 0, paused: 1, pilot: 2, active: 3 };
const MATURITY_RANK: Record<string, number> = { crawl: 1, walk: 2, run: 3 };
const SCOPE_RANK: Record<string, number> = { hold_for_approval: 0, allow_scoped_branch: 1, allow_scoped_ticket: 1, allow: 2 };

class Collector {
  readonly widened: DiffEntry[] = [];
  readonly narrowed: DiffEntry[] = [];
  constructor(private readonly workflow: string | null) {}
  widen(kind: DiffKind, detail: string, witness?: string): void {
    this.widened.push(entry(this.workflow, kind, detail, witness));
  }
  narrow(kind: DiffKind, detail: string, witness?: string): void {
    this.narrowed.push(entry(this.workflow, kind, detail, witness));
  }
}

function entry(workflow_id: string | null, kind: DiffKind, detail: string, witness?: string): DiffEntry {
  return witness === undefined ? { workflow_id, kind, detail } : { workflow_id, kind, detail, witness };
}

const q = (s: unknown): string => JSON.stringify(s);
const list = (items: string[]): string => items.map(q).join(', ');

export function diffPolicies(oldPolicy: Policy, newPolicy: Policy, options: DiffOptions = {}): PolicyDiff {
  const out: PolicyDiff = { widened: [], narrowed: [] };
  const add = (c: Collector): void => {
    out.widened.push(...c.widened);
    out.narrowed.push(...c.narrowed);
  };
  add(globalChanges(oldPolicy, newPolicy));
  const ids = [...newPolicy.workflowIds(), ...oldPolicy.workflowIds().filter((id) => newPolicy.workflow(id) === undefined)];
  for (const id of ids) {
    if (options.workflow !== undefined && id !== options.workflow) continue;
    add(workflowChanges(id, oldPolicy, newPolicy));
  }
  return out;
}

function globalChanges(oldPolicy: Policy, newPolicy: Policy): Collector {
  const c = new Collector(null);
  const o = oldPolicy.pack.global_defaults;
  const n = newPolicy.pack.global_defaults;
  if (o.human_review_required && !n.human_review_required)
    c.widen('human_review_required', 'human review before merge is no longer required');
  if (!o.human_review_required && n.human_review_required) c.narrow('human_review_required', 'human review before merge is now required');
  setChange(c, 'manual_review_required_for', o.manual_review_required_for, n.manual_review_required_for, {
    removed: (x) => `change classes no longer held for manual review: ${list(x)}`,
    added: (x) => `change classes now held for manual review: ${list(x)}`,
    removedWidens: true,
  });
  return c;
}

function workflowChanges(id: string, oldPolicy: Policy, newPolicy: Policy): Collector {
  const c = new Collector(id);
  const o = oldPolicy.workflow(id);
  const n = newPolicy.workflow(id);
  if (!o && n) {
    const scopes = n.tool_access.allowed_mcp_scopes.map((s) => `${s.namespace}:${s.access}`);
    c.widen('workflow', `workflow added (status ${q(n.status)}, scopes ${scopes.length === 0 ? 'none' : list(scopes)})`);
    return c;
  }
  if (o && !n) {
    c.narrow('workflow', 'workflow removed');
    return c;
  }
  if (!o || !n) return c;

  ranked(c, 'status', o.status, n.status, STATUS_RANK);
  ranked(c, 'maturity_stage', o.maturity_stage, n.maturity_stage, MATURITY_RANK);
  const oInside = oldPolicy.posture(id)?.inside === true;
  const nInside = newPolicy.posture(id)?.inside === true;
  if (!oInside && nInside)
    c.widen('posture', 'the workflow is now inside its maturity posture, so the engine no longer refuses its requests for that');
  if (oInside && !nInside)
    c.narrow('posture', `the workflow is now outside its maturity posture: ${newPolicy.posture(id)?.problems.join('; ') ?? ''}`);

  scopeChanges(c, o.tool_access.allowed_mcp_scopes, n.tool_access.allowed_mcp_scopes);
  pathChanges(c, id, oldPolicy, o, newPolicy, n);

  limit(c, 'max_changed_files', o.change_scope.max_changed_files ?? 0, n.change_scope.max_changed_files ?? 0);
  limit(c, 'max_diff_lines', o.change_scope.max_diff_lines ?? 0, n.change_scope.max_diff_lines ?? 0);
  // No cap is the loosest cap.
  limit(c, 'max_open_prs_per_repo', o.dispatch.max_open_prs_per_repo ?? Infinity, n.dispatch.max_open_prs_per_repo ?? Infinity);

  const agents = (w: WorkflowPolicy): string[] => w.identity.allowed_agents.map((a) => a.trim().toLowerCase());
  setChange(c, 'agent_classes', agents(o), agents(n), {
    added: (x) => `agent classes now allowed: ${list(x)}`,
    removed: (x) => `agent classes no longer allowed: ${list(x)}`,
    removedWidens: false,
  });
  const phases = (w: WorkflowPolicy): string[] => w.gate_contract.map((g) => g.phase);
  setChange(c, 'gate_phases', phases(o), phases(n), {
    added: (x) => `gate phases now declared (requests in them can be allowed): ${list(x)}`,
    removed: (x) => `gate phases no longer declared: ${list(x)}`,
    removedWidens: false,
  });
  poolChanges(c, o.identity.reviewer_pools, n.identity.reviewer_pools);
  const signals = (w: WorkflowPolicy): string[] => w.runtime_controls.kill_signals.map((s) => s.trim()).filter((s) => s !== '');
  setChange(c, 'kill_signals', signals(o), signals(n), {
    removed: (x) => `kill signals removed: ${list(x)}`,
    added: (x) => `kill signals added: ${list(x)}`,
    removedWidens: true,
  });
  branchPrefix(c, o.dispatch.required_branch_prefix, n.dispatch.required_branch_prefix);
  prLabel(c, o.dispatch.required_pr_label, n.dispatch.required_pr_label);
  return c;
}

function ranked(c: Collector, kind: DiffKind, o: string | null, n: string | null, rank: Record<string, number>): void {
  if (o === n) return;
  const ro = rank[o ?? ''] ?? 0;
  const rn = rank[n ?? ''] ?? 0;
  const detail = `${kind.replace(/_/g, ' ')} ${q(o)} → ${q(n)}`;
  if (rn > ro) c.widen(kind, detail);
  else c.narrow(kind, detail);
}

function limit(c: Collector, kind: DiffKind, o: number, n: number): void {
  const show = (x: number): string => (x === Infinity ? 'no cap' : String(x));
  if (n > o) c.widen(kind, `${kind} raised from ${show(o)} to ${show(n)}`);
  if (n < o) c.narrow(kind, `${kind} lowered from ${show(o)} to ${show(n)}`);
}

function setChange(
  c: Collector,
  kind: DiffKind,
  o: readonly string[],
  n: readonly string[],
  words: { added: (x: string[]) => string; removed: (x: string[]) => string; removedWidens: boolean },
): void {
  const os = new Set(o);
  const ns = new Set(n);
  const added = [...ns].filter((x) => !os.has(x));
  const removed = [...os].filter((x) => !ns.has(x));
  if (added.length > 0) {
    if (words.removedWidens) c.narrow(kind, words.added(added));
    else c.widen(kind, words.added(added));
  }
  if (removed.length > 0) {
    if (words.removedWidens) c.widen(kind, words.removed(removed));
    else c.narrow(kind, words.removed(removed));
  }
}

/**
 * A reviewer pool both approves and is required: a new pool's members may approve held requests
 * and, where every pool must review, its review is now needed too; a removed pool the reverse.
 */
function poolChanges(c: Collector, o: readonly string[], n: readonly string[]): void {
  const os = new Set(o);
  const ns = new Set(n);
  const added = [...ns].filter((x) => !os.has(x));
  const removed = [...os].filter((x) => !ns.has(x));
  if (removed.length > 0) {
    c.widen('reviewer_pools', `reviewer pools removed (their review is no longer required): ${list(removed)}`);
    c.narrow('reviewer_pools', `reviewer pools removed (their members can no longer approve): ${list(removed)}`);
  }
  if (added.length > 0) {
    c.widen('reviewer_pools', `reviewer pools added (their members can now approve): ${list(added)}`);
    c.narrow('reviewer_pools', `reviewer pools added (their review may now be required): ${list(added)}`);
  }
}

function scopeChanges(c: Collector, o: readonly McpScope[], n: readonly McpScope[]): void {
  const key = (s: McpScope): string => `${s.namespace}:${s.access}`;
  const om = new Map(o.map((s) => [key(s), s]));
  const nm = new Map(n.map((s) => [key(s), s]));
  for (const [k, s] of nm) {
    const before = om.get(k);
    if (!before) {
      c.widen('scope', `MCP scope ${k} added (${s.decision})`);
      continue;
    }
    if (before.decision === s.decision) continue;
    const ro = SCOPE_RANK[before.decision] ?? 0;
    const rn = SCOPE_RANK[s.decision] ?? 0;
    const detail = `MCP scope ${k}: ${before.decision} → ${s.decision}`;
    if (rn >= ro) c.widen('scope_decision', detail);
    if (rn <= ro) c.narrow('scope_decision', detail);
  }
  for (const k of om.keys()) if (!nm.has(k)) c.narrow('scope', `MCP scope ${k} removed`);
}

function branchPrefix(c: Collector, o: string | null, n: string | null): void {
  const os = o ?? '';
  const ns = n ?? '';
  if (os === ns) return;
  const detail = `required branch prefix ${q(o)} → ${q(n)}`;
  // An empty prefix allows no branch write at all; a longer prefix allows only some of the branches.
  if (os === '') return c.widen('branch_prefix', detail);
  if (ns === '') return c.narrow('branch_prefix', detail);
  if (ns.startsWith(os)) return c.narrow('branch_prefix', detail);
  c.widen('branch_prefix', detail);
  if (!os.startsWith(ns)) c.narrow('branch_prefix', detail);
}

function prLabel(c: Collector, o: string | null, n: string | null): void {
  const os = (o ?? '').toLowerCase();
  const ns = (n ?? '').toLowerCase();
  if (os === ns) return;
  const detail = `required PR label ${q(o)} → ${q(n)}`;
  if (os !== '') c.widen('required_pr_label', detail);
  if (ns !== '') c.narrow('required_pr_label', detail);
}

function patternSet(patterns: readonly string[]): string {
  return JSON.stringify([...new Set(patterns.map(normalizePattern).filter((p) => p !== ''))].sort());
}

function pathChanges(c: Collector, id: string, oldPolicy: Policy, o: WorkflowPolicy, newPolicy: Policy, n: WorkflowPolicy): void {
  const os = o.change_scope;
  const ns = n.change_scope;
  if (patternSet(os.allowed_paths) === patternSet(ns.allowed_paths) && patternSet(os.forbidden_paths) === patternSet(ns.forbidden_paths))
    return;
  const search = searchPathSets(
    { allowed: os.allowed_paths, forbidden: os.forbidden_paths },
    { allowed: ns.allowed_paths, forbidden: ns.forbidden_paths },
    ALWAYS_FORBIDDEN_GLOBS,
  );
  const verify = (path: string, writer: Policy, refuser: Policy): boolean =>
    pathVerdict(writer, id, path) === 'allowed' && pathVerdict(refuser, id, path) === 'refused';
  for (const direction of ['widening', 'narrowing'] as const) {
    const [writer, refuser] = direction === 'widening' ? [newPolicy, oldPolicy] : [oldPolicy, newPolicy];
    let rejected = 0;
    let witness: string | null = null;
    for (let k = 0; k < MAX_CANDIDATES; k++) {
      const candidate = search.next(direction);
      if (candidate === null) break;
      if (verify(candidate, writer, refuser)) {
        witness = candidate;
        break;
      }
      rejected++;
    }
    const record = direction === 'widening' ? c.widen.bind(c) : c.narrow.bind(c);
    if (witness !== null) {
      record(
        'paths',
        direction === 'widening'
          ? `NEW lets an agent write ${q(witness)}, which OLD refuses`
          : `OLD let an agent write ${q(witness)}, which NEW refuses`,
        witness,
      );
    } else if (direction === 'widening' && (rejected > 0 || !search.complete)) {
      // Fail closed: a change the comparison cannot settle counts as a widening.
      record(
        'paths',
        'the path patterns changed and the comparison could not settle whether NEW lets an agent write a path OLD refuses; treat it as a widening',
      );
    }
  }
}

type Verdict = 'allowed' | 'refused';

const probes = new WeakMap<Policy, Map<string, Policy | null>>();

/**
 * The engine's verdict on writing `path` in workflow `id`: a branch write through the workflow's
 * own write scope, or, when the workflow cannot reach its path checks (not active, no branch
 * scope, outside its posture), through a probe pack that keeps its change scope and makes
 * everything else pass.
 */
export function pathVerdict(policy: Policy, id: string, path: string): Verdict | null {
  const wf = policy.workflow(id);
  if (!wf) return null;
  const real = judge(policy, wf, path);
  if (real !== null) return real;
  let byId = probes.get(policy);
  if (!byId) probes.set(policy, (byId = new Map<string, Policy | null>()));
  if (!byId.has(id)) byId.set(id, probePolicy(policy, wf));
  const probe = byId.get(id)!;
  return probe === null ? null : judge(probe, probe.workflow(id)!, path);
}

function judge(policy: Policy, wf: WorkflowPolicy, path: string): Verdict | null {
  const scope = wf.tool_access.allowed_mcp_scopes.find((s) => s.decision === 'allow_scoped_branch');
  const agent = wf.identity.allowed_agents[0];
  const phase = wf.gate_contract[0]?.phase;
  const prefix = wf.dispatch.required_branch_prefix;
  if (!scope || agent === undefined || phase === undefined || !prefix) return null;
  const d = policy.evaluate({
    workflow_id: wf.workflow_id,
    run_id: 'policy-diff',
    agent_id: agent,
    tool_namespace: scope.namespace,
    tool_access_mode: scope.access,
    gate_phase: phase,
    branch_name: `${prefix}policy-diff`,
    changed_paths: [path],
    diff_line_count: 0,
  });
  const v = d.evidence.paths[0];
  if (!v) return null;
  return v.verdict === 'allowed' ? 'allowed' : 'refused';
}

function probePolicy(policy: Policy, wf: WorkflowPolicy): Policy | null {
  const w = structuredClone<WorkflowPolicy>(wf);
  w.status = 'active';
  w.maturity_stage = 'walk';
  w.runtime_controls.kill_signals = ['policy-diff-probe'];
  w.evidence_contract.required_records = [];
  w.kpi_contract = [];
  w.gate_contract = [{ phase: 'tool_call', rule_count: 1, rules: ['policy diff probe'] }];
  w.identity.allowed_agents = ['policy-diff-probe'];
  w.tool_access.allowed_mcp_scopes = [
    {
      namespace: 'policy-diff-probe',
      access: 'write_branch',
      decision: 'allow_scoped_branch',
      purpose: 'policy diff probe',
      scope_id: 'policy-diff-probe',
    },
  ];
  w.dispatch.required_branch_prefix = 'policy-diff-probe/';
  const pack = structuredClone(policy.pack) as unknown as { workflow_policies: WorkflowPolicy[] };
  pack.workflow_policies = [w];
  try {
    return loadPolicy(pack);
  } catch {
    return null;
  }
}
