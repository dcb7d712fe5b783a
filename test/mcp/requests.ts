import picomatch from 'picomatch';
import type { DecisionName } from '../../src/decision/types.js';
import type { Pack, WorkflowPolicy } from '../../src/pack/types.js';

/**
 * Builds, from a pack's own declarations, one request per decision. The expected decision follows
 * from how each request is built (decision spec), not from running the evaluator.
 */
export function requestsForEachDecision(
  pack: Pack,
  insidePosture: (workflowId: string) => boolean,
): Record<DecisionName, Record<string, unknown>> {
  const usable = pack.workflow_policies.filter((w) => w.status === 'active' && insidePosture(w.workflow_id));
  const withScope = (access: string) => {
    for (const w of usable) {
      const scope = w.tool_access.allowed_mcp_scopes.find((s) => s.access === access);
      if (scope) return { w, scope };
    }
    throw new Error(`the pack has no active workflow inside its posture with a ${access} scope`);
  };
  const base = (w: WorkflowPolicy, namespace: string, mode: string, run: string) => ({
    workflow_id: w.workflow_id,
    agent_id: `sr-agent::${w.workflow_id}::${w.identity.allowed_agents[0]}`,
    run_id: run,
    tool_namespace: namespace,
    tool_access_mode: mode,
    gate_phase: w.gate_contract.some((g) => g.phase === 'tool_call') ? 'tool_call' : w.gate_contract[0]!.phase,
  });

  const read = withScope('read');
  const branch = withScope('write_branch');
  const ticket = withScope('write_ticket');
  const hold = withScope('approval_required');
  const killable = usable.find((w) => w.runtime_controls.kill_signals.length > 0);
  if (!killable) throw new Error('the pack has no workflow with a kill signal');
  const killScope = killable.tool_access.allowed_mcp_scopes[0]!;

  return {
    allow: base(read.w, read.scope.namespace, 'read', 'run-allow'),
    allow_scoped_branch: {
      ...base(branch.w, branch.scope.namespace, 'write_branch', 'run-branch'),
      branch_name: `${branch.w.dispatch.required_branch_prefix ?? ''}fix-42`,
      changed_paths: [allowedPath(branch.w)],
      diff_line_count: 1,
    },
    allow_scoped_ticket: base(ticket.w, ticket.scope.namespace, 'write_ticket', 'run-ticket'),
    hold_for_approval: base(hold.w, hold.scope.namespace, 'approval_required', 'run-hold'),
    deny: base(read.w, 'namespace.nobody.declared', 'read', 'run-deny'),
    kill_session: {
      ...base(killable, killScope.namespace, killScope.access, 'run-kill'),
      runtime_kill_signal: killable.runtime_controls.kill_signals[0],
    },
  };
}

/** A concrete path matched by one of the workflow's allowed globs and by none of its forbidden ones. */
function allowedPath(w: WorkflowPolicy): string {
  const forbidden = w.change_scope.forbidden_paths.map((p) => picomatch(p, { dot: true, nocase: true }));
  const isForbidden = (p: string) => {
    const parts = p.split('/');
    return parts.some((_, i) => forbidden.some((m) => m(parts.slice(0, i + 1).join('/'))));
  };
  for (const glob of w.change_scope.allowed_paths) {
    const candidate = glob
      .replace(/\{([^,}]*)[^}]*\}/g, '$1')
      .replace(/\*\*\//g, 'fix/')
      .replace(/\*\*/g, 'fix.txt')
      .replace(/\*/g, 'fix')
      .replace(/\?/g, 'x');
    if (picomatch(glob, { dot: true })(candidate) && !isForbidden(candidate)) return candidate;
  }
  throw new Error(`no concrete allowed path found for ${w.workflow_id}`);
}
