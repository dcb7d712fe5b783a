import * as z from 'zod';
import { CHECK_NAMES, REASON_CODES, type CheckName, type ReasonCode, DECISIONS } from '../decision/index.js';

/**
 * Tool schemas. Input schemas describe a well-formed request for hosts and models; output schemas
 * describe the structured results. Objects in outputs are open (extra keys allowed) so that fields
 * added to the pack or the decision later do not break clients that validate against them.
 */

// --- recipes_mcp_gateway_policy -------------------------------------------------------------

/**
 * Strict: this tool has nothing to fail closed to, so a wrong type or an unknown key (a typo such as
 * `workflow`) is an error result that says what was wrong.
 */
export const policyInput = z.strictObject({
  workflow_id: z.string().optional().describe('A workflow id from the pack. Omit it to get the whole pack.'),
});

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);

const packIdentityShape = {
  policy_id: z.string().describe("The pack's policy_id."),
  pack_sha256: sha256.describe("SHA-256 of the pack file's bytes as served (pin it with --expect-pack-sha256)."),
  manifest_sha256: z.string().describe('source_manifest.sha256: the manifest the pack was compiled from.'),
  schema_version: z.string().describe('The pack format version.'),
  workflow_ids: z.array(z.string()).describe('Every workflow the pack declares.'),
};

const posture = z.looseObject({
  workflow_id: z.string(),
  maturity_stage: z.string().nullable(),
  inside: z.boolean().describe('false: the workflow is outside its maturity posture and every request for it is denied'),
  problems: z.array(z.string()),
});

export const policyOutput = z.looseObject({
  ...packIdentityShape,
  workflow_policy_sha256: sha256
    .optional()
    .describe("With workflow_id: SHA-256 of that workflow's policy as compact sorted JSON (the value decisions carry)."),
  pack: z
    .looseObject({ policy_id: z.string(), schema_version: z.string(), workflow_policies: z.array(z.looseObject({})) })
    .optional()
    .describe('The whole pack (when no workflow_id was given).'),
  workflow_id: z.string().optional().describe('The workflow asked for.'),
  workflow: z.looseObject({ workflow_id: z.string() }).optional().describe("That workflow's policy, exactly as in the pack."),
  posture: posture.optional().describe('Whether the workflow is inside its maturity posture.'),
});

/**
 * recipes_mcp_gateway_policy keeps the original implementation's result shape (its consumers read
 * these fields), plus the pack identity. Unknown workflow: found false, policy null, not an error.
 */
const workflowSummary = z.looseObject({
  workflow_id: z.string(),
  title: z.string().nullable(),
  status: z.string().nullable(),
  maturity_stage: z.string().nullable(),
  public_path: z.string().nullable(),
  default_decision: z.string(),
  workflow_policy_sha256: sha256,
});

export const originalPolicyOutput = z.looseObject({
  available: z.literal(true).describe('The pack is loaded (a server without a valid pack does not start).'),
  pack_sha256: sha256.describe("SHA-256 of the pack file's bytes as served."),
  // Without workflow_id:
  schema_version: z.string().optional(),
  generated_at: z.string().optional(),
  policy_id: z.string().optional(),
  source_manifest: z.looseObject({}).optional(),
  decision_contract: z.looseObject({}).optional(),
  policy_summary: z.looseObject({}).optional(),
  workflow_policies: z.array(workflowSummary).optional().describe('One summary per workflow (without workflow_id).'),
  // With workflow_id:
  found: z.boolean().optional().describe('With workflow_id: whether the pack declares it.'),
  workflow_id: z.string().optional(),
  policy: z.looseObject({ workflow_id: z.string() }).nullable().optional().describe("That workflow's policy, or null when not found."),
  workflow_policy_sha256: sha256.optional(),
});

// --- recipes_evaluate_mcp_gateway_decision --------------------------------------------------

/**
 * One request attribute: documented with the JSON Schema of a well-formed value, but validated as
 * "anything". The evaluator reads every value itself and turns what it cannot read into a deny
 * that says why; rejecting it here instead would turn a kill signal sent alongside a badly typed
 * attribute into an error rather than kill_session, and would leave the attempt out of the log.
 */
function attribute(jsonSchema: Record<string, unknown>, description: string) {
  return z
    .unknown()
    .optional()
    .meta({ ...jsonSchema, description });
}

const str = { type: 'string' };
const strOrNull = { type: ['string', 'null'] };

export const requestAttributes = {
  workflow_id: attribute(str, 'The workflow the agent runs under (required).'),
  agent_id: attribute(str, 'The agent: a class name ("codex") or "sr-agent::<workflow_id>::<class>" (required).'),
  agent_class: attribute(str, 'The agent class, when given separately from agent_id.'),
  run_id: attribute(str, 'The agent run (required).'),
  tool_namespace: attribute(str, 'The MCP tool namespace called, e.g. "repo.contents" (required).'),
  tool_access_mode: attribute(
    { type: 'string', enum: ['read', 'write_branch', 'write_ticket', 'approval_required'] },
    'The access mode of the call (required).',
  ),
  gate_phase: attribute(str, 'The gate phase, e.g. "tool_call" (required; must be declared for the workflow).'),
  branch_name: attribute(strOrNull, 'The branch written to (branch writes).'),
  changed_paths: attribute(
    { anyOf: [{ type: 'array', items: { type: 'string' } }, { type: 'string' }] },
    'Repository paths the call changes; a single string counts as a one-item list.',
  ),
  diff_line_count: attribute({ type: ['integer', 'null'], minimum: 0 }, 'Lines changed (absent or null counts as 0).'),
  change_class: attribute(strOrNull, 'The change class, e.g. "database migrations" (may require human review).'),
  head_sha: attribute(strOrNull, 'The commit a PR check evaluates.'),
  human_approval_record: attribute(
    { type: ['object', 'null'] },
    'A typed human approval record ({"type": "human_approval", ...}); other values never approve.',
  ),
  runtime_kill_signal: attribute(strOrNull, 'A fired kill signal: any non-empty value gives kill_session.'),
  triggered_kill_signal: attribute(strOrNull, 'Alias of runtime_kill_signal.'),
};

/** Open: unknown attributes are accepted, ignored by the evaluator, and listed in its evidence. */
export const evaluateInput = z.looseObject(requestAttributes);

const nullableRecord = z.record(z.string(), z.unknown()).nullable();
const checkOutcome = z.enum(['pass', 'fail', 'skip']);
const reasonCode = z.enum(Object.keys(REASON_CODES) as [ReasonCode, ...ReasonCode[]]);

export const decisionOutput = z.looseObject({
  decision: z.enum(DECISIONS).describe('One of the six decisions; anything but the three allows means "do not proceed".'),
  allowed: z.boolean(),
  approval_required: z.boolean(),
  approval_present: z.boolean(),
  reason: z.string().describe('Why, in one sentence.'),
  violations: z.array(z.string()).describe('Every rule the request broke (empty for an allow).'),
  matched_policy: nullableRecord,
  matched_scope: nullableRecord,
  request: z.record(z.string(), z.unknown()).describe('The request as evaluated.'),
  evidence: z
    .looseObject({
      pack_sha256: sha256,
      manifest_sha256: z.string(),
      policy_id: z.string(),
      evaluated_at: z.string(),
      workflow_id: z.string().nullable(),
      workflow_policy_sha256: sha256.nullable().describe("SHA-256 of the declared workflow's policy (compact sorted JSON), or null."),
      run_id: z.string().nullable(),
      agent_class: z.string().nullable(),
      checks: z
        .object(Object.fromEntries(CHECK_NAMES.map((c) => [c, checkOutcome])) as Record<CheckName, typeof checkOutcome>)
        .describe('Every check by name, in the order they run: pass, fail, or skip (not reached or not applicable).'),
      reasons: z
        .array(z.object({ check: z.enum(CHECK_NAMES), code: reasonCode, message: z.string() }))
        .describe('One reason per violation, in the same order: the check that failed, a stable code (docs/decisions.md), the message.'),
      paths: z.array(z.looseObject({ verdict: z.string() })),
      approval: z.looseObject({ present: z.boolean(), valid: z.boolean(), problems: z.array(z.string()) }),
      unknown_attributes: z.array(z.string()),
    })
    .describe("What produced the decision: the pack's identity, every check run, each path's verdict, the approval verdict."),
});

/** The original evaluate tool's shape: the decision with `available: true`. */
export const originalDecisionOutput = decisionOutput.extend({ available: z.literal(true) });
