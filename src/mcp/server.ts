import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { getParseErrorMessage } from '@modelcontextprotocol/sdk/server/zod-compat.js';
import { Protocol } from '@modelcontextprotocol/sdk/shared/protocol.js';
import { CallToolRequestSchema, ErrorCode, McpError, type CallToolRequest, type CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { boundedJson } from '../decision/index.js';
import type { Decision, Policy } from '../decision/index.js';
import { VERSION } from '../version.js';
import type { DecisionLog } from './decision-log.js';
import type { PackSource } from './pack-source.js';
import type { DirectToolCall } from './stdio-transport.js';
import { decisionOutput, evaluateInput, originalDecisionOutput, originalPolicyOutput, policyInput, policyOutput } from './schemas.js';

export { LeanStdioTransport } from './stdio-transport.js';

export const POLICY_TOOL = 'recipes_mcp_gateway_policy';
export const EVALUATE_TOOL = 'recipes_evaluate_mcp_gateway_decision';
export const POLICY_TOOL_ALIAS = 'policy_get';
export const EVALUATE_TOOL_ALIAS = 'policy_evaluate';
export const PACK_RESOURCE_URI = 'policy://pack';

/**
 * Larger arguments are not evaluated (a request is a few dozen values): the call is denied, or
 * killed when it carries a kill signal, which is read first.
 */
export const MAX_TOOL_INPUT_ELEMENTS = 10_000;

/** Counts elements (array items and object keys, at every depth) up to just past `max`, without recursion. */
function elementsOver(value: unknown, max: number): boolean {
  let count = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null || typeof node !== 'object') continue;
    for (const key in node) {
      if (!Object.prototype.hasOwnProperty.call(node, key)) continue;
      if (++count > max) return true;
      const child = (node as Record<string, unknown>)[key];
      if (child !== null && typeof child === 'object') stack.push(child);
    }
  }
  return false;
}

/** The decision for a call's arguments; over the element cap, only the kill signal is read. */
function decide(policy: Policy, args: Record<string, unknown>, now: Date): Decision {
  if (!elementsOver(args, MAX_TOOL_INPUT_ELEMENTS)) return policy.evaluate(args, { now });
  const kill = {
    runtime_kill_signal: args.runtime_kill_signal,
    triggered_kill_signal: args.triggered_kill_signal,
    workflow_id: args.workflow_id,
  };
  const killed = policy.evaluate(kill, { now });
  if (killed.decision === 'kill_session') return killed;
  return policy.refuse(`the arguments hold more than ${MAX_TOOL_INPUT_ELEMENTS} elements, so the call is not evaluated`, { now });
}

const SERVER_INFO = { name: 'mcp-gateway-policy', version: VERSION };

const INSTRUCTIONS = `Default-deny policy for AI coding agents' tool calls.
Before a tool call, send its attributes to ${EVALUATE_TOOL} and proceed only when "decision" is allow, allow_scoped_branch or allow_scoped_ticket.
hold_for_approval: stop until a human gives a typed approval record. deny: do not make the call. kill_session: end the session.
${POLICY_TOOL} returns the pack (or one workflow's policy); the resource ${PACK_RESOURCE_URI} is the pack file itself.`;

export interface PolicyServerOptions {
  source: PackSource;
  /** When given, every decision is appended (and flushed) before its result is returned. */
  log?: DecisionLog;
  /** Diagnostics, never to stdout. */
  report: (message: string) => void;
  /**
   * Shadow rollout: decisions are decided and logged as usual, but every answer lets the call
   * proceed (an allow stays as it is, anything else is answered "allow"), carrying the decision
   * that would have applied as would_decision, with enforced: false.
   */
  shadow?: boolean;
}

/** A decision as shadow mode answers it. */
export function shadowAnswer(d: Decision): Record<string, unknown> {
  if (d.allowed) return { ...d, enforced: false, would_decision: d.decision };
  return {
    ...d,
    decision: 'allow',
    allowed: true,
    enforced: false,
    would_decision: d.decision,
    reason: `shadow: would ${d.decision}: ${d.reason}`,
  };
}

function errorResult(text: string): CallToolResult {
  return { content: [{ type: 'text', text }], isError: true };
}

function quoteList(ids: string[]): string {
  return ids.map((id) => JSON.stringify(id)).join(', ');
}

export function summariseDecision(d: Decision): string {
  const lines = [`${d.decision}: ${d.reason}`];
  if (d.violations.length > 0) lines.push('violations:', ...d.violations.map((v) => `- ${v}`));
  lines.push(`pack sha256 ${d.evidence.pack_sha256}, evaluated at ${d.evidence.evaluated_at}`);
  return lines.join('\n');
}

/** Builds the server with its tools and the pack resource; the caller connects a transport. */
export function createPolicyServer({ source, log, report, shadow = false }: PolicyServerOptions): McpServer {
  const server = new McpServer(SERVER_INFO, {
    capabilities: { tools: {}, resources: {} },
    instructions: INSTRUCTIONS,
  });

  const getPolicy = ({ workflow_id }: { workflow_id?: string }): CallToolResult => {
    const { policy } = source.current;
    const identity = {
      policy_id: policy.policyId,
      pack_sha256: policy.packSha256,
      manifest_sha256: policy.manifestSha256,
      schema_version: policy.pack.schema_version,
      workflow_ids: policy.workflowIds(),
    };
    let structured: Record<string, unknown>;
    if (workflow_id === undefined) {
      structured = { ...identity, pack: policy.pack };
    } else {
      const workflow = policy.workflow(workflow_id);
      if (workflow === undefined) {
        return errorResult(`unknown workflow_id ${JSON.stringify(workflow_id)}; the pack declares: ${quoteList(identity.workflow_ids)}`);
      }
      structured = {
        ...identity,
        workflow_id,
        workflow_policy_sha256: policy.workflowPolicySha256(workflow_id),
        workflow,
        posture: policy.posture(workflow_id),
      };
    }
    return { content: [{ type: 'text', text: JSON.stringify(structured) }], structuredContent: structured };
  };

  /** The original implementation's shape, field for field, plus the pack and workflow hashes. */
  const getOriginalPolicy = ({ workflow_id }: { workflow_id?: string }): CallToolResult => {
    const { policy } = source.current;
    const pack = policy.pack;
    let structured: Record<string, unknown>;
    // As the original: an empty workflow_id means the whole pack; the id is looked up trimmed.
    if (workflow_id) {
      const id = workflow_id.trim();
      const workflow = policy.workflow(id);
      structured = {
        available: true,
        found: workflow !== undefined,
        workflow_id,
        policy: workflow ?? null,
        pack_sha256: policy.packSha256,
        ...(workflow === undefined ? {} : { workflow_policy_sha256: policy.workflowPolicySha256(id) }),
      };
    } else {
      structured = {
        available: true,
        schema_version: pack.schema_version,
        generated_at: pack.generated_at,
        policy_id: pack.policy_id,
        source_manifest: pack.source_manifest,
        decision_contract: pack.decision_contract,
        policy_summary: pack.policy_summary,
        workflow_policies: pack.workflow_policies.map((w) => ({
          workflow_id: w.workflow_id,
          title: w.title,
          status: w.status,
          maturity_stage: w.maturity_stage,
          public_path: w.public_path,
          default_decision: w.default_decision,
          workflow_policy_sha256: policy.workflowPolicySha256(w.workflow_id),
        })),
        pack_sha256: policy.packSha256,
      };
    }
    return { content: [{ type: 'text', text: JSON.stringify(structured) }], structuredContent: structured };
  };

  const evaluate = async (args: Record<string, unknown>): Promise<CallToolResult> => {
    const { policy } = source.current;
    const now = new Date();
    const decision = decide(policy, args, now);
    if (log) {
      try {
        // Bounded: a request nested thousands deep must still be logged, not overflow the writer.
        await log.append(decision, now.toISOString(), boundedJson(args) as Record<string, unknown>);
      } catch (err) {
        // An unlogged decision is not released: the caller must treat the error as deny.
        report((err as Error).message);
        return errorResult(
          `the decision (${decision.decision}) could not be written to the decision log, so it is withheld; treat this call as denied. ${(err as Error).message}`,
        );
      }
    }
    if (shadow) {
      return {
        content: [{ type: 'text', text: `shadow (not enforced): would ${summariseDecision(decision)}` }],
        structuredContent: shadowAnswer(decision),
      };
    }
    return { content: [{ type: 'text', text: summariseDecision(decision) }], structuredContent: { ...decision } };
  };

  /** The original tool's shape: the decision with `available: true` first. */
  const evaluateOriginal = async (args: Record<string, unknown>): Promise<CallToolResult> => {
    const result = await evaluate(args);
    if (result.isError || result.structuredContent === undefined) return result;
    return { ...result, structuredContent: { available: true, ...result.structuredContent } };
  };

  const policyToolConfig = {
    title: 'MCP gateway policy pack',
    description:
      'The default-deny policy pack: scoped tool access, change scope, approval and kill-signal rules per workflow. ' +
      "Without workflow_id: the whole pack. With workflow_id: that workflow's policy and maturity posture. " +
      'Both carry the pack identity (policy_id, pack_sha256, manifest_sha256, schema_version).',
    inputSchema: policyInput,
    outputSchema: policyOutput,
    annotations: { readOnlyHint: true, idempotentHint: true, openWorldHint: false },
  };
  const evaluateToolConfig = {
    title: 'Evaluate an agent tool call',
    description:
      'Decides one runtime request against the pack: allow, allow_scoped_branch, allow_scoped_ticket, hold_for_approval, deny or kill_session, ' +
      'with the reason, every violation and the evidence. Default deny: a missing, unknown or badly typed attribute is a deny that says why.',
    inputSchema: evaluateInput,
    outputSchema: decisionOutput,
    annotations: { readOnlyHint: true, idempotentHint: false, openWorldHint: false },
  };

  server.registerTool(
    POLICY_TOOL,
    {
      ...policyToolConfig,
      description:
        "The default-deny policy pack, in the original tool's shape. Without workflow_id: available, schema_version, generated_at, " +
        'policy_id, source_manifest, decision_contract, policy_summary and a summary of each workflow policy. With workflow_id: ' +
        `available, found, workflow_id and that workflow's policy (null when not found). ${POLICY_TOOL_ALIAS} gives the whole pack instead.`,
      outputSchema: originalPolicyOutput,
    },
    getOriginalPolicy,
  );
  server.registerTool(POLICY_TOOL_ALIAS, policyToolConfig, getPolicy);
  server.registerTool(
    EVALUATE_TOOL,
    {
      ...evaluateToolConfig,
      description: `${evaluateToolConfig.description} The result also carries available: true, as the original tool's did.`,
      outputSchema: originalDecisionOutput,
    },
    evaluateOriginal,
  );
  server.registerTool(EVALUATE_TOOL_ALIAS, evaluateToolConfig, evaluate);

  installCallHandler(
    server,
    { [POLICY_TOOL]: getOriginalPolicy, [POLICY_TOOL_ALIAS]: getPolicy },
    { [EVALUATE_TOOL]: evaluateOriginal, [EVALUATE_TOOL_ALIAS]: evaluate },
  );

  server.registerResource(
    'pack',
    PACK_RESOURCE_URI,
    {
      title: 'Policy pack',
      description: 'The policy pack file exactly as the server loaded it; its SHA-256 is the pack_sha256 in every decision.',
      mimeType: 'application/json',
    },
    (uri) => ({
      contents: [{ uri: uri.href, mimeType: 'application/json', text: source.current.bytes.toString('utf8') }],
    }),
  );

  return server;
}

type PolicyHandler = (args: { workflow_id?: string }) => CallToolResult;
type EvaluateHandler = (args: Record<string, unknown>) => Promise<CallToolResult>;

/** Each server's evaluate calls, for a transport that answers them without the protocol layer. */
const directCalls = new WeakMap<McpServer, DirectToolCall>();

/** The server's direct answer to a plain tools/call of an evaluate tool (null for any other tool). */
export function directToolCall(server: McpServer): DirectToolCall | undefined {
  return directCalls.get(server);
}

/**
 * tools/call without the SDK's per-call schema work. The registered tools still advertise their
 * input and output schemas; here, the evaluate tools' arguments (open, every value "unknown") need
 * only be an object within the element limit, and their results, built by the evaluator, are not
 * parsed again against the output schema or the generic result schema (the handler is installed
 * on the protocol layer, beneath the server's wrapper that would). The policy tools keep their
 * strict zod check. Errors are the same tool error results the SDK gives.
 */
function installCallHandler(
  server: McpServer,
  policyTools: Record<string, PolicyHandler>,
  evaluateTools: Record<string, EvaluateHandler>,
): void {
  const call = async (name: string, args: unknown): Promise<CallToolResult> => {
    try {
      const evaluate = Object.hasOwn(evaluateTools, name) ? evaluateTools[name] : undefined;
      if (evaluate !== undefined) {
        // Oversized arguments still get a decision (see decide): a kill signal in them is honoured.
        if (args === null || typeof args !== 'object' || Array.isArray(args)) {
          throw new McpError(ErrorCode.InvalidParams, `Input validation error: Invalid arguments for tool ${name}: expected an object`);
        }
        return await evaluate(args as Record<string, unknown>);
      }
      const getPolicy = Object.hasOwn(policyTools, name) ? policyTools[name] : undefined;
      if (getPolicy === undefined) throw new McpError(ErrorCode.InvalidParams, `Tool ${name} not found`);
      if (elementsOver(args, MAX_TOOL_INPUT_ELEMENTS)) {
        throw new McpError(
          ErrorCode.InvalidParams,
          `Invalid arguments for tool ${name}: arguments contain more than the maximum of ${MAX_TOOL_INPUT_ELEMENTS} elements`,
        );
      }
      const parsed = policyInput.safeParse(args);
      if (!parsed.success) {
        throw new McpError(
          ErrorCode.InvalidParams,
          `Input validation error: Invalid arguments for tool ${name}: ${getParseErrorMessage(parsed.error)}`,
        );
      }
      return getPolicy(parsed.data);
    } catch (err) {
      return errorResult(err instanceof Error ? err.message : String(err));
    }
  };
  server.server.removeRequestHandler('tools/call');
  Protocol.prototype.setRequestHandler.call(server.server, CallToolRequestSchema, async (request: CallToolRequest) => {
    // No tool here runs as a task; the SDK's own wrapper refuses such a call's result the same way.
    if (request.params.task !== undefined) {
      throw new McpError(ErrorCode.InvalidParams, 'Invalid task creation result: this server does not run tools as tasks');
    }
    return call(request.params.name, request.params.arguments ?? {});
  });
  directCalls.set(server, (name, args) => (Object.hasOwn(evaluateTools, name) ? call(name, args ?? {}) : null));
}
