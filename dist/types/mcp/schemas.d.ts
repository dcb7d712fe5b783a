import * as z from 'zod';
/**
 * Tool schemas. Input schemas describe a well-formed request for hosts and models; output schemas
 * describe the structured results. Objects in outputs are open (extra keys allowed) so that fields
 * added to the pack or the decision later do not break clients that validate against them.
 */
/**
 * Strict: this tool has nothing to fail closed to, so a wrong type or an unknown key (a typo such as
 * `workflow`) is an error result that says what was wrong.
 */
export declare const policyInput: z.ZodObject<{
    workflow_id: z.ZodOptional<z.ZodString>;
}, z.core.$strict>;
export declare const policyOutput: z.ZodObject<{
    pack: z.ZodOptional<z.ZodObject<{
        policy_id: z.ZodString;
        schema_version: z.ZodString;
        workflow_policies: z.ZodArray<z.ZodObject<{}, z.core.$loose>>;
    }, z.core.$loose>>;
    workflow_id: z.ZodOptional<z.ZodString>;
    workflow: z.ZodOptional<z.ZodObject<{
        workflow_id: z.ZodString;
    }, z.core.$loose>>;
    posture: z.ZodOptional<z.ZodObject<{
        workflow_id: z.ZodString;
        maturity_stage: z.ZodNullable<z.ZodString>;
        inside: z.ZodBoolean;
        problems: z.ZodArray<z.ZodString>;
    }, z.core.$loose>>;
    policy_id: z.ZodString;
    pack_sha256: z.ZodString;
    manifest_sha256: z.ZodString;
    schema_version: z.ZodString;
    workflow_ids: z.ZodArray<z.ZodString>;
}, z.core.$loose>;
export declare const requestAttributes: {
    workflow_id: z.ZodOptional<z.ZodUnknown>;
    agent_id: z.ZodOptional<z.ZodUnknown>;
    agent_class: z.ZodOptional<z.ZodUnknown>;
    run_id: z.ZodOptional<z.ZodUnknown>;
    tool_namespace: z.ZodOptional<z.ZodUnknown>;
    tool_access_mode: z.ZodOptional<z.ZodUnknown>;
    gate_phase: z.ZodOptional<z.ZodUnknown>;
    branch_name: z.ZodOptional<z.ZodUnknown>;
    changed_paths: z.ZodOptional<z.ZodUnknown>;
    diff_line_count: z.ZodOptional<z.ZodUnknown>;
    change_class: z.ZodOptional<z.ZodUnknown>;
    head_sha: z.ZodOptional<z.ZodUnknown>;
    human_approval_record: z.ZodOptional<z.ZodUnknown>;
    runtime_kill_signal: z.ZodOptional<z.ZodUnknown>;
    triggered_kill_signal: z.ZodOptional<z.ZodUnknown>;
};
/** Open: unknown attributes are accepted, ignored by the evaluator, and listed in its evidence. */
export declare const evaluateInput: z.ZodObject<{
    workflow_id: z.ZodOptional<z.ZodUnknown>;
    agent_id: z.ZodOptional<z.ZodUnknown>;
    agent_class: z.ZodOptional<z.ZodUnknown>;
    run_id: z.ZodOptional<z.ZodUnknown>;
    tool_namespace: z.ZodOptional<z.ZodUnknown>;
    tool_access_mode: z.ZodOptional<z.ZodUnknown>;
    gate_phase: z.ZodOptional<z.ZodUnknown>;
    branch_name: z.ZodOptional<z.ZodUnknown>;
    changed_paths: z.ZodOptional<z.ZodUnknown>;
    diff_line_count: z.ZodOptional<z.ZodUnknown>;
    change_class: z.ZodOptional<z.ZodUnknown>;
    head_sha: z.ZodOptional<z.ZodUnknown>;
    human_approval_record: z.ZodOptional<z.ZodUnknown>;
    runtime_kill_signal: z.ZodOptional<z.ZodUnknown>;
    triggered_kill_signal: z.ZodOptional<z.ZodUnknown>;
}, z.core.$loose>;
export declare const decisionOutput: z.ZodObject<{
    decision: z.ZodEnum<{
        allow: "allow";
        allow_scoped_branch: "allow_scoped_branch";
        allow_scoped_ticket: "allow_scoped_ticket";
        hold_for_approval: "hold_for_approval";
        deny: "deny";
        kill_session: "kill_session";
    }>;
    allowed: z.ZodBoolean;
    approval_required: z.ZodBoolean;
    approval_present: z.ZodBoolean;
    reason: z.ZodString;
    violations: z.ZodArray<z.ZodString>;
    matched_policy: z.ZodNullable<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
    matched_scope: z.ZodNullable<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
    request: z.ZodRecord<z.ZodString, z.ZodUnknown>;
    evidence: z.ZodObject<{
        pack_sha256: z.ZodString;
        manifest_sha256: z.ZodString;
        policy_id: z.ZodString;
        evaluated_at: z.ZodString;
        workflow_id: z.ZodNullable<z.ZodString>;
        run_id: z.ZodNullable<z.ZodString>;
        agent_class: z.ZodNullable<z.ZodString>;
        checks: z.ZodArray<z.ZodObject<{
            check: z.ZodString;
            outcome: z.ZodEnum<{
                pass: "pass";
                fail: "fail";
                skip: "skip";
            }>;
        }, z.core.$loose>>;
        paths: z.ZodArray<z.ZodObject<{
            verdict: z.ZodString;
        }, z.core.$loose>>;
        approval: z.ZodObject<{
            present: z.ZodBoolean;
            valid: z.ZodBoolean;
            problems: z.ZodArray<z.ZodString>;
        }, z.core.$loose>;
        unknown_attributes: z.ZodArray<z.ZodString>;
    }, z.core.$loose>;
}, z.core.$loose>;
