/**
 * The admission check's own reasons: every gate result and violation carries `{ check, code,
 * message }`. The code is stable (docs/evidence.md lists them) and is what gates, next steps and
 * the evidence Markdown are chosen by; the message is for people and may be reworded freely.
 * Reasons from the decision engine keep the engine's check name (one of CHECK_NAMES).
 */
import type { Reason } from '../decision/index.js';
/** Every code the admission check gives, by the check that gives it. */
export declare const ADMISSION_CODES: {
    readonly base_policy: readonly ["input_incomplete", "base_unreadable", "base_pack_missing", "pack_unusable", "pack_pin_mismatch", "base_manifest_missing", "manifest_invalid", "pack_drift"];
    readonly kill_switch: readonly ["kill_signal_set", "kill_label"];
    readonly agent: readonly ["agent_bot_unknown"];
    readonly workflow: readonly ["workflow_unresolved", "workflow_sources_disagree", "workflow_trailer_invalid"];
    readonly run_id: readonly ["run_id_trailer_invalid"];
    readonly pr_label: readonly ["label_missing"];
    readonly open_prs: readonly ["open_pr_cap", "open_prs_unknown"];
    readonly changed_files: readonly ["files_incomplete"];
    readonly built_in_paths: readonly ["always_forbidden", "symlink", "submodule", "path_invalid"];
    readonly previous_paths: readonly ["previous_path_refused"];
    readonly pre_merge: readonly ["same_as_earlier_gates"];
    readonly class_review: readonly ["class_approval_missing"];
    readonly approvals: readonly ["approval_missing", "approval_pools_none"];
    readonly policy_change: readonly ["policy_widened_unapproved", "policy_widening"];
    readonly admission: readonly ["admission_error"];
};
export type AdmissionCheck = keyof typeof ADMISSION_CODES;
export type AdmissionCode = (typeof ADMISSION_CODES)[AdmissionCheck][number];
/** An admission reason; the code must belong to the check (the type says which). */
export declare function reason<C extends AdmissionCheck>(check: C, code: (typeof ADMISSION_CODES)[C][number], message: string): Reason;
/** True when the reason is one of the admission check's own (not passed on from the engine). */
export declare function isAdmissionReason(r: Reason): r is Reason & {
    check: AdmissionCheck;
    code: AdmissionCode;
};
