import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { boundedJson } from '../decision/bounded.js';
import type { Decision, Policy } from '../decision/types.js';
import type { DecisionLog } from './decision-log.js';
import type { PackSource } from './pack-source.js';
import { decisionOutput, evaluateInput, policyInput, policyOutput } from './schemas.js';

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
  const kill = { runtime_kill_signal: args.runtime_kill_signal, triggered_kill_signal: args.triggered_kill_signal, workflow_id: args.workflow_id };
  const killed = policy.evaluate(kill, { now });
  if (killed.decision === 'kill_session') return killed;
  return policy.refuse(`the arguments hold more than ${MAX_TOOL_INPUT_ELEMENTS} elements, so the call is not evaluated`, { now });
}

const SERVER_INFO = { name: 'mcp-gateway-policy', version: '0.1.0' };

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
export function createPolicyServer({ source, log, report }: PolicyServerOptions): McpServer {
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
        return errorResult(
          `unknown workflow_id ${JSON.stringify(workflow_id)}; the pack declares: ${quoteList(identity.workflow_ids)}`,
        );
      }
      structured = { ...identity, workflow_id, workflow, posture: policy.posture(workflow_id) };
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
    return { content: [{ type: 'text', text: summariseDecision(decision) }], structuredContent: { ...decision } };
  };

  const policyToolConfig = {
    title: 'MCP gateway policy pack',
    description:
      'The default-deny policy pack: scoped tool access, change scope, approval and kill-signal rules per workflow. ' +
      'Without workflow_id: the whole pack. With workflow_id: that workflow\'s policy and maturity posture. ' +
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

  server.registerTool(POLICY_TOOL, policyToolConfig, getPolicy);
  server.registerTool(POLICY_TOOL_ALIAS, { ...policyToolConfig, title: `${policyToolConfig.title} (alias of ${POLICY_TOOL})` }, getPolicy);
  server.registerTool(EVALUATE_TOOL, evaluateToolConfig, evaluate);
  server.registerTool(
    EVALUATE_TOOL_ALIAS,
    { ...evaluateToolConfig, title: `${evaluateToolConfig.title} (alias of ${EVALUATE_TOOL})` },
    evaluate,
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
