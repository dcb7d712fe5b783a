/**
 * The enforcing proxy: the agent's MCP host talks to this server, and every tool call becomes one
 * request for policy.evaluate before anything reaches an upstream. The gateway holds what the
 * engine cannot see from one call: the session's totals, its kill state, and where paths land.
 */
import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { CallToolRequestSchema, ListToolsRequestSchema, type CallToolResult, type Tool } from '@modelcontextprotocol/sdk/types.js';
import { createHash } from 'node:crypto';
import { changedPathsSha256, type Decision, type Policy } from '../decision/index.js';
import type { DecisionLog } from '../mcp/index.js';
import { findApproval } from './approvals.js';
import { linesOf, pathsOf, type RepoRoot } from './arguments.js';
import type { GatewayConfig, ToolMapping } from './config.js';
import { killRecordPath, readKillRecord, writeKillRecord, type KillFile, type KillRecord } from './kill.js';
import { Upstream, UpstreamError } from './upstream.js';

export const DECISION_META_KEY = 'mcp-gateway-policy/decision';
const SERVER_INFO = { name: 'mcp-gateway-policy-gateway', version: '0.1.0' };

/** The session's identity, resolved at start (run id and branch may have been defaulted). */
export interface SessionIdentity {
  workflow_id: string;
  agent_id: string;
  agent_class: string | null;
  run_id: string;
  branch: string | null;
  gate_phase: string;
}

export interface GatewayOptions {
  config: GatewayConfig;
  policy: Policy;
  session: SessionIdentity;
  root: RepoRoot;
  /** Where this run's kill is recorded. */
  stateDir: string;
  log?: DecisionLog;
  killFile?: KillFile;
  approvalsDir?: string;
  /** Forward every call and only report the decision that would have applied. */
  shadow?: boolean;
  /** Diagnostics, never to stdout. */
  report: (message: string) => void;
}

interface ExposedTool {
  exposed: string;
  upstream: Upstream;
  name: string;
  mapping: ToolMapping;
  tool: Tool;
}

/** Checks that depend on the call's own paths and size: a failure there does not hide the tool. */
const CALL_SPECIFIC_CHECKS = new Set(['changed_paths', 'diff_line_count', 'path_scope']);

export class Gateway {
  readonly upstreams: Upstream[];
  private exposed = new Map<string, ExposedTool>();
  private listed: Tool[] = [];
  /** Paths written through this gateway in this session (cleaned, repo-relative) and their lines. */
  private readonly written = new Set<string>();
  private writtenLines = 0;
  private kill: KillRecord | null;
  private readonly killPath: string;

  constructor(private readonly options: GatewayOptions) {
    this.upstreams = options.config.upstreams.map((u) => new Upstream(u, options.config.call_timeout_ms, options.report));
    this.killPath = killRecordPath(options.stateDir, options.session.run_id);
    this.kill = readKillRecord(this.killPath, options.session.run_id);
  }

  get killed(): KillRecord | null {
    return this.kill;
  }

  get sessionTotals(): { paths: string[]; lines: number } {
    return { paths: [...this.written].sort(), lines: this.writtenLines };
  }

  /** Starts the upstreams (not for a run already killed) and works out which tools the agent sees. */
  async start(): Promise<void> {
    if (this.kill !== null) {
      this.options.report(
        `run ${this.options.session.run_id} was killed (${this.kill.signal}); upstreams are not started and every call is refused`,
      );
      return;
    }
    await Promise.all(this.upstreams.map((u) => u.start()));
    const now = new Date();
    for (const upstream of this.upstreams) {
      for (const [name, mapping] of upstream.config.tools) {
        const tool = upstream.tools.get(name);
        if (tool === undefined) {
          this.options.report(`upstream ${upstream.name} has no tool "${name}"; it is not exposed`);
          continue;
        }
        const exposed = upstream.config.prefix + name;
        if (!this.scopeCanBeAllowed(upstream.config.namespace, mapping, now)) {
          this.options.report(
            `tool ${exposed} hidden: the pack never allows ${upstream.config.namespace}:${mapping.access} for this session`,
          );
          continue;
        }
        this.exposed.set(exposed, { exposed, upstream, name, mapping, tool });
        this.listed.push(exposed === name ? tool : { ...tool, name: exposed });
      }
    }
  }

  /** The tools the agent may see: none once the session is killed. */
  listTools(): Tool[] {
    const killFileSignal = this.options.killFile?.signal() ?? null;
    return this.kill === null && killFileSignal === null ? this.listed : [];
  }

  private baseRequest(): Record<string, unknown> {
    const s = this.options.session;
    const r: Record<string, unknown> = { workflow_id: s.workflow_id, agent_id: s.agent_id, run_id: s.run_id, gate_phase: s.gate_phase };
    if (s.agent_class !== null) r.agent_class = s.agent_class;
    if (s.branch !== null) r.branch_name = s.branch;
    return r;
  }

  /**
   * A scope is shown when the pack can allow it in this session: the decision for a bare call is
   * an allow or a hold, or a deny only for want of the call's own paths.
   */
  private scopeCanBeAllowed(namespace: string, mapping: ToolMapping, now: Date): boolean {
    const d = this.options.policy.evaluate({ ...this.baseRequest(), tool_namespace: namespace, tool_access_mode: mapping.access }, { now });
    if (d.allowed || d.decision === 'hold_for_approval') return true;
    return (
      d.decision === 'deny' &&
      Object.entries(d.evidence.checks).every(([check, outcome]) => outcome !== 'fail' || CALL_SPECIFIC_CHECKS.has(check))
    );
  }

  /** One tools/call: judged, logged, then forwarded or refused. Never throws. */
  async callTool(name: string, rawArgs: unknown): Promise<CallToolResult> {
    const { policy, shadow = false } = this.options;
    const now = new Date();
    const args = rawArgs !== null && typeof rawArgs === 'object' && !Array.isArray(rawArgs) ? (rawArgs as Record<string, unknown>) : {};
    const entry = this.exposed.get(name);
    const request = this.baseRequest();
    let callPaths: string[] = [];
    let forwardArgs = args;
    let callLines = 0;
    let refusal: string | null = null;

    // The operator's kill file first, then a kill recorded for this run, then the tool's tripwire.
    const killSignal = this.options.killFile?.signal() ?? this.kill?.signal ?? entry?.mapping.kill_signal ?? null;
    if (entry) {
      request.tool_namespace = entry.upstream.config.namespace;
      request.tool_access_mode = entry.mapping.access;
      if (entry.mapping.change_class !== null) request.change_class = entry.mapping.change_class;
    }
    if (killSignal !== null) {
      request.runtime_kill_signal = killSignal;
    } else if (!entry) {
      refusal = `tool ${JSON.stringify(name)} is not exposed by this gateway`;
    } else {
      const placed = pathsOf(this.options.root, entry.mapping, args);
      const sized = linesOf(entry.mapping, args);
      if (!placed.ok) refusal = placed.problem;
      else if (!sized.ok) refusal = sized.problem;
      else {
        callPaths = placed.paths;
        forwardArgs = placed.args;
        callLines = sized.lines;
        if (entry.mapping.access === 'write_branch') {
          // The limits hold for the session: judge the union of paths and the sum of lines.
          request.changed_paths = [...new Set([...this.written, ...callPaths])].sort();
          request.diff_line_count = this.writtenLines + callLines;
        } else if (callPaths.length > 0) {
          request.changed_paths = callPaths;
        }
        if (this.options.approvalsDir !== undefined) {
          const record = findApproval(
            this.options.approvalsDir,
            {
              workflowId: this.options.session.workflow_id,
              runId: this.options.session.run_id,
              toolNamespace: String(request.tool_namespace),
              accessMode: entry.mapping.access,
              changedPathsSha256: request.changed_paths === undefined ? null : changedPathsSha256(request.changed_paths),
              nowMs: now.getTime(),
            },
            this.options.report,
          );
          if (record !== null) request.human_approval_record = record;
        }
      }
    }

    const decision = refusal === null ? policy.evaluate(request, { now }) : policy.refuse(refusal, { now });
    const requestId = decision.decision === 'hold_for_approval' ? heldRequestId(request) : '';
    decision.evidence.gateway = {
      tool: name,
      upstream: entry?.upstream.name ?? null,
      upstream_tool: entry?.name ?? null,
      enforced: !shadow,
      ...(decision.decision === 'hold_for_approval' ? { request_id: requestId } : {}),
    };
    const forward = entry !== undefined && (decision.allowed || shadow);
    // Totals move in the same tick as the decision, so concurrent writes cannot both pass one limit.
    if (forward && entry.mapping.access === 'write_branch') {
      for (const p of callPaths) this.written.add(p);
      this.writtenLines += callLines;
    }
    const killNow = decision.decision === 'kill_session' && !shadow;
    if (killNow && this.kill === null) {
      const fromFile = this.options.killFile !== undefined && killSignal === this.options.killFile.signal();
      this.recordKill(
        String(killSignal),
        fromFile ? `kill file ${this.options.killFile!.file}` : `tool ${name}`,
        decision.evidence.evaluated_at,
      );
    }

    try {
      await appendDecision(this.options.log, decision, now.toISOString(), request);
    } catch (err) {
      this.options.report((err as Error).message);
      return errorResult(
        `the decision (${decision.decision}) could not be written to the decision log, so the call was not made. ${(err as Error).message}`,
        decision,
        shadow,
      );
    }
    if (killNow) await this.stopUpstreams(`session killed: ${String(request.runtime_kill_signal)}`);

    if (forward) {
      let result: CallToolResult;
      try {
        result = await entry.upstream.call(entry.name, forwardArgs);
      } catch (err) {
        const message = err instanceof UpstreamError ? err.message : `upstream ${entry.upstream.name} failed: ${(err as Error).message}`;
        return errorResult(message, decision, shadow);
      }
      return withDecision(result, decision, shadow);
    }
    const pools = policy.workflow(this.options.session.workflow_id)?.identity.reviewer_pools ?? [];
    return errorResult(refusalText(decision, requestId, request, this.options.session, pools), decision, shadow);
  }

  private recordKill(signal: string, source: string, time: string): void {
    const record: KillRecord = { run_id: this.options.session.run_id, signal, source, time, pack_sha256: this.options.policy.packSha256 };
    this.kill = record;
    try {
      writeKillRecord(this.killPath, record);
    } catch (err) {
      this.options.report(
        `cannot record the kill of run ${record.run_id} in ${this.killPath}: ${(err as Error).message}; it holds until this gateway exits`,
      );
    }
  }

  /**
   * The kill file fired without a call: record the kill and stop the upstreams now, so that
   * removing the file again does not revive the run. The next call logs its kill_session decision.
   */
  async onKillFile(signal: string): Promise<void> {
    if (this.options.shadow || this.kill !== null) return;
    this.options.report(`kill file fired (${signal}): stopping upstreams; every call is refused`);
    this.recordKill(signal, `kill file ${this.options.killFile?.file ?? ''}`, new Date().toISOString());
    await this.stopUpstreams(`session killed: ${signal}`);
  }

  async stopUpstreams(reason: string): Promise<void> {
    await Promise.all(this.upstreams.map((u) => u.stop(reason)));
  }

  /** A protocol server for one client connection; all share this gateway's session. */
  createServer(): Server {
    const server = new Server(SERVER_INFO, {
      capabilities: { tools: {} },
      instructions:
        'Tools of the upstream MCP servers this gateway fronts. Every call is judged against the policy pack before it is forwarded.',
    });
    server.setRequestHandler(ListToolsRequestSchema, () => ({ tools: this.listTools() }));
    server.setRequestHandler(CallToolRequestSchema, (req) => this.callTool(req.params.name, req.params.arguments ?? {}));
    return server;
  }

  async close(): Promise<void> {
    await this.stopUpstreams('the gateway is shutting down');
  }
}

/** The one place the gateway writes to the decision log. */
async function appendDecision(
  log: DecisionLog | undefined,
  decision: Decision,
  time: string,
  request: Record<string, unknown>,
): Promise<void> {
  if (log) await log.append(decision, time, request);
}

/** Stable for the same held call, so an operator can match a retry to its approval. */
function heldRequestId(request: Record<string, unknown>): string {
  const key = JSON.stringify([
    request.run_id,
    request.tool_namespace,
    request.tool_access_mode,
    request.changed_paths ?? null,
    request.change_class ?? null,
  ]);
  return `hold-${createHash('sha256').update(key).digest('hex').slice(0, 16)}`;
}

function decisionMeta(decision: Decision, shadow: boolean): Record<string, unknown> {
  return {
    decision: decision.decision,
    reason: decision.reason,
    violations: decision.violations,
    pack_sha256: decision.evidence.pack_sha256,
    enforced: !shadow,
    ...((decision.evidence.gateway as Record<string, unknown> | undefined)?.request_id
      ? { request_id: (decision.evidence.gateway as Record<string, unknown>).request_id }
      : {}),
  };
}

function withDecision(result: CallToolResult, decision: Decision, shadow: boolean): CallToolResult {
  return { ...result, _meta: { ...(result._meta ?? {}), [DECISION_META_KEY]: decisionMeta(decision, shadow) } };
}

function errorResult(text: string, decision: Decision, shadow: boolean): CallToolResult {
  return { content: [{ type: 'text', text }], isError: true, _meta: { [DECISION_META_KEY]: decisionMeta(decision, shadow) } };
}

function refusalText(
  d: Decision,
  requestId: string,
  request: Record<string, unknown>,
  session: SessionIdentity,
  pools: readonly string[],
): string {
  const lines: string[] = [];
  if (d.decision === 'kill_session') {
    lines.push(
      `kill_session: the session is killed (${String(request.runtime_kill_signal)}). Every later call of run ${session.run_id} is refused; the upstreams are stopped.`,
    );
  } else if (d.decision === 'hold_for_approval') {
    const hash = request.changed_paths === undefined ? null : changedPathsSha256(request.changed_paths);
    lines.push(
      `hold_for_approval: ${d.reason}. Request id ${requestId}.`,
      `Needed: a typed human approval record (type "human_approval", decision "approved") for workflow ${session.workflow_id}, run ${session.run_id}, ` +
        `gate phase ${session.gate_phase}, from a human in reviewer pool ${pools.map((p) => JSON.stringify(p)).join(' or ') || '(none declared)'}` +
        (hash === null ? '' : `, with scope.changed_paths_sha256 ${hash}`) +
        ', placed in the approvals directory; then retry the same call.',
    );
  } else {
    lines.push(`${d.decision}: ${d.reason}`);
  }
  if (d.violations.length > 0) lines.push('violations:', ...d.violations.map((v) => `- ${v}`));
  lines.push(`pack sha256 ${d.evidence.pack_sha256}`);
  return lines.join('\n');
}
