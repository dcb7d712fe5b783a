/**
 * The names of the evaluator's checks and the stable codes of the reasons they give. A consumer
 * routes on `check` and `code`, never on a reason's message: messages may be reworded, codes may not.
 * docs/decisions.md lists every code (a test keeps the two equal).
 */
/** The checks, in the order the evaluator runs them. */
export declare const CHECK_NAMES: readonly ["request_readable", "kill_signal", "workflow_declared", "default_deny", "workflow_active", "maturity_posture", "required_attributes", "gate_phase", "agent_identity", "tool_scope", "branch_name", "changed_paths", "diff_line_count", "path_scope", "change_class_review", "scope_approval"];
export type CheckName = (typeof CHECK_NAMES)[number];
export interface ReasonCodeInfo {
    /** The checks that give this code (the approval record's codes come from either approval check). */
    checks: readonly CheckName[];
    /** What the code means, in one line. */
    description: string;
}
declare const CODES: {
    readonly request_not_object: {
        readonly checks: readonly ["request_readable"];
        readonly description: "The request is not a JSON object.";
    };
    readonly request_unreadable: {
        readonly checks: readonly ["request_readable"];
        readonly description: "The request could not be read (a hostile value: a throwing getter, a proxy).";
    };
    readonly input_refused: {
        readonly checks: readonly ["request_readable"];
        readonly description: "The input is not a request at all (for example a batch line that is not JSON).";
    };
    readonly evaluation_time_invalid: {
        readonly checks: readonly ["request_readable"];
        readonly description: "The evaluation time (`now`) is not a valid time.";
    };
    readonly kill_signal_unregistered: {
        readonly checks: readonly ["kill_signal"];
        readonly description: "A kill signal fired that the workflow does not register (the session is killed anyway).";
    };
    readonly workflow_missing: {
        readonly checks: readonly ["workflow_declared"];
        readonly description: "The request names no workflow_id.";
    };
    readonly workflow_id_not_string: {
        readonly checks: readonly ["workflow_declared"];
        readonly description: "workflow_id is not a string.";
    };
    readonly workflow_undeclared: {
        readonly checks: readonly ["workflow_declared"];
        readonly description: "workflow_id names no workflow of the pack.";
    };
    readonly workflow_inactive: {
        readonly checks: readonly ["workflow_active"];
        readonly description: "The workflow's status is not active.";
    };
    readonly posture_outside: {
        readonly checks: readonly ["maturity_posture"];
        readonly description: "The workflow is outside its maturity posture.";
    };
    readonly attribute_missing: {
        readonly checks: readonly ["required_attributes"];
        readonly description: "A required attribute is absent or blank.";
    };
    readonly attribute_not_string: {
        readonly checks: readonly ["required_attributes"];
        readonly description: "An attribute that must be a string is not one.";
    };
    readonly gate_phase_undeclared: {
        readonly checks: readonly ["gate_phase"];
        readonly description: "gate_phase is not one the workflow declares.";
    };
    readonly agent_unidentified: {
        readonly checks: readonly ["agent_identity"];
        readonly description: "No agent_id (nor agent_class) to establish the agent's identity from.";
    };
    readonly agent_class_not_string: {
        readonly checks: readonly ["agent_identity"];
        readonly description: "agent_class is not a string.";
    };
    readonly agent_id_malformed: {
        readonly checks: readonly ["agent_identity"];
        readonly description: "agent_id is neither a class name nor sr-agent::<workflow_id>::<class>.";
    };
    readonly agent_id_other_workflow: {
        readonly checks: readonly ["agent_identity"];
        readonly description: "agent_id names another workflow.";
    };
    readonly agent_not_allowed: {
        readonly checks: readonly ["agent_identity"];
        readonly description: "The agent class is not allowed for the workflow.";
    };
    readonly scope_undeclared: {
        readonly checks: readonly ["tool_scope"];
        readonly description: "The workflow allows no scope with this tool_namespace and tool_access_mode.";
    };
    readonly branch_prefix_undeclared: {
        readonly checks: readonly ["branch_name"];
        readonly description: "The workflow declares no required_branch_prefix, so no branch write is allowed.";
    };
    readonly branch_not_string: {
        readonly checks: readonly ["branch_name"];
        readonly description: "branch_name is not a string.";
    };
    readonly branch_prefix: {
        readonly checks: readonly ["branch_name"];
        readonly description: "branch_name does not start with the workflow's required prefix.";
    };
    readonly branch_prefix_only: {
        readonly checks: readonly ["branch_name"];
        readonly description: "branch_name is only the prefix, naming no branch after it.";
    };
    readonly branch_invalid_ref: {
        readonly checks: readonly ["branch_name"];
        readonly description: "branch_name is not a valid git branch name.";
    };
    readonly paths_not_list: {
        readonly checks: readonly ["changed_paths"];
        readonly description: "changed_paths is neither a list nor a string.";
    };
    readonly paths_none: {
        readonly checks: readonly ["changed_paths"];
        readonly description: "A branch write lists no changed path.";
    };
    readonly paths_too_many: {
        readonly checks: readonly ["changed_paths"];
        readonly description: "More changed paths than max_changed_files.";
    };
    readonly diff_lines_invalid: {
        readonly checks: readonly ["diff_line_count"];
        readonly description: "diff_line_count is not a non-negative integer.";
    };
    readonly diff_lines_over: {
        readonly checks: readonly ["diff_line_count"];
        readonly description: "diff_line_count exceeds max_diff_lines.";
    };
    readonly path_not_string: {
        readonly checks: readonly ["path_scope"];
        readonly description: "A changed_paths entry is not a string.";
    };
    readonly paths_over_budget: {
        readonly checks: readonly ["path_scope"];
        readonly description: "The changed paths hold more characters than are judged; the write is refused.";
    };
    readonly path_too_long: {
        readonly checks: readonly ["path_scope"];
        readonly description: "A changed path is longer than the longest path judged.";
    };
    readonly path_unsafe_char: {
        readonly checks: readonly ["path_scope"];
        readonly description: "A changed path holds a control, bidirectional, line separator or invisible character.";
    };
    readonly path_backslash: {
        readonly checks: readonly ["path_scope"];
        readonly description: "A changed path holds a backslash.";
    };
    readonly path_percent_encoded: {
        readonly checks: readonly ["path_scope"];
        readonly description: "A changed path holds a percent-encoded \".\", \"/\" or \"\\\".";
    };
    readonly path_dot_dot: {
        readonly checks: readonly ["path_scope"];
        readonly description: "A changed path holds a \"..\" segment.";
    };
    readonly path_dot_git: {
        readonly checks: readonly ["path_scope"];
        readonly description: "A changed path has a \".git\" component.";
    };
    readonly path_empty: {
        readonly checks: readonly ["path_scope"];
        readonly description: "A changed path is empty once \"./\", \"/\" (and white space) are removed.";
    };
    readonly path_always_forbidden: {
        readonly checks: readonly ["path_scope"];
        readonly description: "A changed path is one no manifest can allow (CI, code owners, the policy files…).";
    };
    readonly path_forbidden: {
        readonly checks: readonly ["path_scope"];
        readonly description: "A changed path matches a forbidden pattern of the workflow.";
    };
    readonly path_not_allowed: {
        readonly checks: readonly ["path_scope"];
        readonly description: "A changed path matches no allowed pattern of the workflow.";
    };
    readonly path_not_allowed_original: {
        readonly checks: readonly ["path_scope"];
        readonly description: "A changed path is allowed once cleaned, but not as the reference evaluator read it.";
    };
    readonly approval_untyped: {
        readonly checks: readonly ["change_class_review", "scope_approval"];
        readonly description: "The human_approval_record is not a typed human_approval record.";
    };
    readonly approval_invalid: {
        readonly checks: readonly ["change_class_review", "scope_approval"];
        readonly description: "The typed human_approval_record fails a condition (its message names which).";
    };
};
export type ReasonCode = keyof typeof CODES;
/** Every code a decision's reasons can carry: code → the checks that give it and what it means. */
export declare const REASON_CODES: Readonly<Record<ReasonCode, ReasonCodeInfo>>;
export {};
