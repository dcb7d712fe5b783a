/**
 * A pull request that changes the manifest or the pack, judged on what the change lets agents do:
 * a widening (or a diff that could not be computed) needs an APPROVED review on the head from the
 * `policy-owners` pool, else the decision is hold_for_approval with the widenings listed.
 */
import { decisionRank } from '../decision/index.js';
import { reason } from './reasons.js';
import type { AdmissionResult, PolicyDiffEvidence } from './types.js';

const SHOWN = 3;

/** "3 widenings: a; b; c (…)" or "no widening". */
export function policyChangeSummary(d: PolicyDiffEvidence): string {
  if (d.problem !== null) return `the policy change could not be compared (${d.problem})`;
  const n = d.widened.length;
  if (n === 0)
    return d.narrowed.length === 0
      ? 'the policy change widens nothing and narrows nothing'
      : `the policy change only narrows (${d.narrowed.length} narrowing${d.narrowed.length === 1 ? '' : 's'})`;
  const shown = d.widened.slice(0, SHOWN).map((e) => `${e.workflow_id ?? 'all workflows'}: ${e.detail}`);
  return `${n} widening${n === 1 ? '' : 's'}: ${shown.join('; ')}${n > SHOWN ? `; and ${n - SHOWN} more` : ''}`;
}

/** Does the change need the policy owners' approval that it does not have? */
export function policyChangeHeld(d: PolicyDiffEvidence): boolean {
  const widens = d.problem !== null || d.widened.length > 0;
  return widens && d.owners_pool !== null && d.approved_by.length === 0;
}

/** The result with the policy change folded in. */
export function applyPolicyChange(result: AdmissionResult, d: PolicyDiffEvidence, headSha: string): AdmissionResult {
  const r: AdmissionResult = {
    ...result,
    policy_diff: d,
    violations: [...result.violations],
    reasons: [...result.reasons],
    next_steps: [...result.next_steps],
    notes: [...result.notes],
  };
  const summary = policyChangeSummary(d);
  if (policyChangeHeld(d)) {
    const reasons = [
      reason(
        'policy_change',
        'policy_widened_unapproved',
        `Needs an APPROVED review from a member of "${d.owners_pool}" (policy-owners) on ${headSha.slice(0, 7)}: the pull request widens the policy.`,
      ),
      ...d.widened.map((e) =>
        reason(
          'policy_change',
          'policy_widening',
          `Widens ${e.workflow_id ?? 'all workflows'}: ${e.detail}${e.witness === undefined ? '' : ` (e.g. ${JSON.stringify(e.witness)})`}`,
        ),
      ),
    ];
    r.violations.push(...reasons.map((x) => x.message));
    r.reasons.push(...reasons);
    r.next_steps.push(`Ask a member of "${d.owners_pool}" to review the policy change and approve the head commit.`);
    if (r.decision === 'not_applicable' || decisionRank(r.decision) > decisionRank('hold_for_approval')) {
      r.decision = 'hold_for_approval';
      r.summary = `Policy change held: ${summary}`;
    } else r.notes.push(`Policy change: ${summary}`);
  } else {
    if (r.decision === 'not_applicable') {
      r.decision = 'allow';
      r.summary = `Policy change: ${summary}${d.approved_by.length > 0 ? ` (approved by ${d.approved_by.join(', ')})` : ''}`;
    } else r.notes.push(`Policy change: ${summary}`);
  }
  return r;
}

/** The result marked as not enforced (shadow mode). */
export function markShadow(result: AdmissionResult): AdmissionResult {
  return { ...result, enforced: false };
}
