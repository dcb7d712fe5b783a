/**
 * What to do next, chosen by each reason's code (the admission check's own reasons) or by the
 * gate and engine check (reasons passed on from the decision engine). Steps follow the gates'
 * order and their reasons' order; a step given twice is shown once.
 */
import { CHECK_NAMES, decisionRank, type Reason } from '../decision/index.js';
import { isAdmissionReason, type AdmissionCode } from './reasons.js';
import type { AdmissionInput, AdmissionResult, GateName } from './types.js';

export interface StepContext {
  input: AdmissionInput;
  result: AdmissionResult;
  /** The workflow's required PR label, when it names one. */
  requiredLabel: string | null;
}

/** A next step for one reason, or null when the reason needs none of its own. */
export type NextStep = (r: Reason, c: StepContext) => string | null;

const fixBase: NextStep = (_r, { input }) =>
  `Fix the policy on the base branch first (the pack ${input.base.pack_path} must be what the manifest ${input.base.manifest_path} generates): run \`mcp-gateway-policy check\`, regenerate if needed, and merge that before this PR.`;
const clearKill: NextStep = () =>
  'A kill signal stopped this session: a maintainer investigates and clears the signal (or removes the kill label) before any agent work resumes.';
const useAdmittedWorkflow: NextStep = () =>
  'The workflow, agent or branch is not admitted by the pack (see the admission violations): use a workflow that allows this agent on this branch.';
const nameWorkflow: NextStep = (_r, { input }) =>
  input.context.surface === 'local'
    ? 'Name exactly one workflow: `--workflow-id <id>`, or the branch `<prefix><workflow_id>/…` (`--branch`), agreeing.'
    : 'Name exactly one workflow: the `workflow-id` input or the branch `<prefix><workflow_id>/…`, agreeing (a `Workflow-Id: <id>` trailer counts only where `workflow-from` allows it).';
const addLabel: NextStep = (_r, { requiredLabel }) => (requiredLabel ? `Add the label "${requiredLabel}" to the pull request.` : null);
const waitForOlder: NextStep = () => 'Wait until older agent pull requests are merged or closed; the check re-runs on the next event.';
const removeOffending: NextStep = (_r, { result }) => {
  const offending = result.paths.filter((p) => p.verdict !== 'allowed' && p.verdict !== 'unchecked').map((p) => p.path);
  if (offending.length === 0) return null;
  return `Remove the changes to ${offending.length} path(s) the policy does not allow: ${offending.slice(0, 5).join(', ')}${offending.length > 5 ? ', …' : ''}.`;
};
const split: NextStep = (_r, { result }) => {
  const { files, diff_lines } = result.limits;
  const over = (files.max !== null && files.used > files.max) || (diff_lines.max !== null && diff_lines.used > diff_lines.max);
  return over
    ? `Split the change: it has ${files.used} files and ${diff_lines.used} changed lines; the limits are ${files.max ?? 'none'} files and ${diff_lines.max ?? 'none'} lines.`
    : null;
};
const rerun: NextStep = () => 'Re-run the check; if the change list cannot be read, run it where the repository history is available.';
/** A pre-merge reason says what is missing; it is its own next step. */
const asStated: NextStep = (r) => r.message;

/** The next step for each admission code (null: none of its own). */
export const NEXT_STEPS: Record<AdmissionCode, NextStep | null> = {
  input_incomplete: fixBase,
  base_unreadable: fixBase,
  base_pack_missing: fixBase,
  pack_unusable: fixBase,
  pack_pin_mismatch: fixBase,
  base_manifest_missing: fixBase,
  manifest_invalid: fixBase,
  pack_drift: fixBase,
  kill_signal_set: clearKill,
  kill_label: clearKill,
  agent_bot_unknown: useAdmittedWorkflow,
  workflow_unresolved: nameWorkflow,
  workflow_sources_disagree: nameWorkflow,
  workflow_trailer_invalid: useAdmittedWorkflow,
  run_id_trailer_invalid: useAdmittedWorkflow,
  label_missing: addLabel,
  open_pr_cap: waitForOlder,
  open_prs_unknown: useAdmittedWorkflow,
  files_incomplete: rerun,
  always_forbidden: removeOffending,
  symlink: removeOffending,
  submodule: removeOffending,
  path_invalid: removeOffending,
  previous_path_refused: removeOffending,
  same_as_earlier_gates: null,
  class_approval_missing: asStated,
  approval_missing: asStated,
  approval_pools_none: asStated,
  // The policy change adds its own step (src/admission/policy-change.ts).
  policy_widened_unapproved: null,
  policy_widening: null,
  admission_error: null,
};

/** The next step for a reason from the decision engine, by the gate it falls in and its check. */
const ENGINE_STEPS: Record<GateName, (check: string) => NextStep | null> = {
  trust: () => fixBase,
  kill: () => clearKill,
  admission: () => useAdmittedWorkflow,
  write: (check) => (check === 'path_scope' ? removeOffending : split),
  pre_merge: () => asStated,
};

const ENGINE_CHECKS: ReadonlySet<string> = new Set(CHECK_NAMES);

function stepFor(gate: GateName, r: Reason): NextStep | null {
  if (isAdmissionReason(r)) return NEXT_STEPS[r.code];
  return ENGINE_CHECKS.has(r.check) ? ENGINE_STEPS[gate](r.check) : null;
}

export function nextSteps(result: AdmissionResult, c: Omit<StepContext, 'result'>): string[] {
  const ctx: StepContext = { ...c, result };
  const steps: string[] = [];
  for (const g of result.gates) {
    if (g.decision === 'not_applicable' || decisionRank(g.decision) === 3) continue;
    // Approvals are asked for only of a PR that is waiting for them, not one denied or killed anyway.
    if (g.gate === 'pre_merge' && !(g.decision === 'hold_for_approval' && result.decision === 'hold_for_approval')) continue;
    for (const r of g.reasons) {
      const step = stepFor(g.gate, r)?.(r, ctx);
      if (step) steps.push(step);
    }
  }
  return [...new Set(steps)];
}
