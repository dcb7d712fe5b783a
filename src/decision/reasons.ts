/**
 * The names of the evaluator's checks and the stable codes of the reasons they give. A consumer
 * routes on `check` and `code`, never on a reason's message: messages may be reworded, codes may not.
 * docs/decisions.md lists every code (a test keeps the two equal).
 */

/** The checks, in the order the evaluator runs them. */
export const CHECK_NAMES = [
  'request_readable',
  'kill_signal',
  'workflow_declared',
  'default_deny',
  'workflow_active',
  'maturity_posture',
  'required_attributes',
  'gate_phase',
  'agent_identity',
  'tool_scope',
  'branch_name',
  'changed_paths',
  'diff_line_count',
  'path_scope',
  'change_class_review',
  'scope_approval',
] as const;
export type CheckName = (typeof CHECK_NAMES)[number];

export interface ReasonCodeInfo {
  /** The checks that give this code (the approval record's codes come from either approval check). */
  checks: readonly CheckName[];
  /** What the code means, in one line. */
  description: string;
}

const CODES = {
  request_not_object: { checks: ['request_readable'], description: 'The request is not a JSON object.' },
  request_unreadable: {
    checks: ['request_readable'],
    description: 'The request could not be read (a hostile value: a throwing getter, a proxy).',
  },
  input_refused: {
    checks: ['request_readable'],
    description: 'The input is not a request at all (for example a batch line that is not JSON).',
  },
  evaluation_time_invalid: { checks: ['request_readable'], description: 'The evaluation time (`now`) is not a valid time.' },
  kill_signal_unregistered: {
    checks: ['kill_signal'],
    description: 'A kill signal fired that the workflow does not register (the session is killed anyway).',
  },
  workflow_missing: { checks: ['workflow_declared'], description: 'The request names no workflow_id.' },
  workflow_id_not_string: { checks: ['workflow_declared'], description: 'workflow_id is not a string.' },
  workflow_undeclared: { checks: ['workflow_declared'], description: 'workflow_id names no workflow of the pack.' },
  workflow_inactive: { checks: ['workflow_active'], description: "The workflow's status is not active." },
  posture_outside: { checks: ['maturity_posture'], description: 'The workflow is outside its maturity posture.' },
  attribute_missing: { checks: ['required_attributes'], description: 'A required attribute is absent or blank.' },
  attribute_not_string: { checks: ['required_attributes'], description: 'An attribute that must be a string is not one.' },
  gate_phase_undeclared: { checks: ['gate_phase'], description: 'gate_phase is not one the workflow declares.' },
  agent_unidentified: { checks: ['agent_identity'], description: "No agent_id (nor agent_class) to establish the agent's identity from." },
  agent_class_not_string: { checks: ['agent_identity'], description: 'agent_class is not a string.' },
  agent_id_malformed: { checks: ['agent_identity'], description: 'agent_id is neither a class name nor sr-agent::<workflow_id>::<class>.' },
  agent_id_other_workflow: { checks: ['agent_identity'], description: 'agent_id names another workflow.' },
  agent_not_allowed: { checks: ['agent_identity'], description: 'The agent class is not allowed for the workflow.' },
  scope_undeclared: { checks: ['tool_scope'], description: 'The workflow allows no scope with this tool_namespace and tool_access_mode.' },
  branch_prefix_undeclared: {
    checks: ['branch_name'],
    description: 'The workflow declares no required_branch_prefix, so no branch write is allowed.',
  },
  branch_not_string: { checks: ['branch_name'], description: 'branch_name is not a string.' },
  branch_prefix: { checks: ['branch_name'], description: "branch_name does not start with the workflow's required prefix." },
  branch_prefix_only: { checks: ['branch_name'], description: 'branch_name is only the prefix, naming no branch after it.' },
  branch_invalid_ref: { checks: ['branch_name'], description: 'branch_name is not a valid git branch name.' },
  paths_not_list: { checks: ['changed_paths'], description: 'changed_paths is neither a list nor a string.' },
  paths_none: { checks: ['changed_paths'], description: 'A branch write lists no changed path.' },
  paths_too_many: { checks: ['changed_paths'], description: 'More changed paths than max_changed_files.' },
  diff_lines_invalid: { checks: ['diff_line_count'], description: 'diff_line_count is not a non-negative integer.' },
  diff_lines_over: { checks: ['diff_line_count'], description: 'diff_line_count exceeds max_diff_lines.' },
  path_not_string: { checks: ['path_scope'], description: 'A changed_paths entry is not a string.' },
  paths_over_budget: {
    checks: ['path_scope'],
    description: 'The changed paths hold more characters than are judged; the write is refused.',
  },
  path_too_long: { checks: ['path_scope'], description: 'A changed path is longer than the longest path judged.' },
  path_unsafe_char: {
    checks: ['path_scope'],
    description: 'A changed path holds a control, bidirectional, line separator or invisible character.',
  },
  path_backslash: { checks: ['path_scope'], description: 'A changed path holds a backslash.' },
  path_percent_encoded: { checks: ['path_scope'], description: 'A changed path holds a percent-encoded ".", "/" or "\\".' },
  path_dot_dot: { checks: ['path_scope'], description: 'A changed path holds a ".." segment.' },
  path_dot_git: { checks: ['path_scope'], description: 'A changed path has a ".git" component.' },
  path_empty: { checks: ['path_scope'], description: 'A changed path is empty once "./", "/" (and white space) are removed.' },
  path_always_forbidden: {
    checks: ['path_scope'],
    description: 'A changed path is one no manifest can allow (CI, code owners, the policy files…).',
  },
  path_forbidden: { checks: ['path_scope'], description: 'A changed path matches a forbidden pattern of the workflow.' },
  path_not_allowed: { checks: ['path_scope'], description: 'A changed path matches no allowed pattern of the workflow.' },
  path_not_allowed_original: {
    checks: ['path_scope'],
    description: 'A changed path is allowed once cleaned, but not as the reference evaluator read it.',
  },
  approval_untyped: {
    checks: ['change_class_review', 'scope_approval'],
    description: 'The human_approval_record is not a typed human_approval record.',
  },
  approval_invalid: {
    checks: ['change_class_review', 'scope_approval'],
    description: 'The typed human_approval_record fails a condition (its message names which).',
  },
} as const satisfies Record<string, ReasonCodeInfo>;

export type ReasonCode = keyof typeof CODES;

/** Every code a decision's reasons can carry: code → the checks that give it and what it means. */
export const REASON_CODES: Readonly<Record<ReasonCode, ReasonCodeInfo>> = Object.freeze(CODES);
