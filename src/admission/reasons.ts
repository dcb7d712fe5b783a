/**
 * The admission check's own reasons: every gate result and violation carries `{ check, code,
 * message }`. The code is stable (docs/evidence.md lists them) and is what gates, next steps and
 * the evidence Markdown are chosen by; the message is for people and may be reworded freely.
 * Reasons from the decision engine keep the engine's check name (one of CHECK_NAMES).
 */
import type { Reason } from '../decision/index.js';

/** Every code the admission check gives, by the check that gives it. */
export const ADMISSION_CODES = {
  base_policy: [
    'input_incomplete',
    'base_unreadable',
    'base_pack_missing',
    'pack_unusable',
    'pack_pin_mismatch',
    'base_manifest_missing',
    'manifest_invalid',
    'pack_drift',
  ],
  kill_switch: ['kill_signal_set', 'kill_label'],
  agent: ['agent_bot_unknown'],
  workflow: ['workflow_unresolved', 'workflow_sources_disagree', 'workflow_trailer_invalid'],
  run_id: ['run_id_trailer_invalid'],
  pr_label: ['label_missing'],
  open_prs: ['open_pr_cap', 'open_prs_unknown'],
  changed_files: ['files_incomplete'],
  built_in_paths: ['always_forbidden', 'symlink', 'submodule', 'path_invalid'],
  previous_paths: ['previous_path_refused'],
  pre_merge: ['same_as_earlier_gates'],
  class_review: ['class_approval_missing'],
  approvals: ['approval_missing', 'approval_pools_none'],
  policy_change: ['policy_widened_unapproved', 'policy_widening'],
  admission: ['admission_error'],
} as const;

export type AdmissionCheck = keyof typeof ADMISSION_CODES;
export type AdmissionCode = (typeof ADMISSION_CODES)[AdmissionCheck][number];

/** An admission reason; the code must belong to the check (the type says which). */
export function reason<C extends AdmissionCheck>(check: C, code: (typeof ADMISSION_CODES)[C][number], message: string): Reason {
  return { check, code, message };
}

/** True when the reason is one of the admission check's own (not passed on from the engine). */
export function isAdmissionReason(r: Reason): r is Reason & { check: AdmissionCheck; code: AdmissionCode } {
  return (
    Object.prototype.hasOwnProperty.call(ADMISSION_CODES, r.check) &&
    (ADMISSION_CODES[r.check as AdmissionCheck] as readonly string[]).includes(r.code)
  );
}
