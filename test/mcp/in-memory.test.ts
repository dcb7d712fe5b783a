/**
 * createPolicyServer under the SDK's own Client over InMemoryTransport: the tools, the resource,
 * shadow answers, the decision log, tool errors and pack reloads, without any process or stream.
 */
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { DecisionLog, verifyLogFile } from '../../src/mcp/decision-log.js';
import { PackSource } from '../../src/mcp/pack-source.js';
import { createPolicyServer, MAX_TOOL_INPUT_ELEMENTS, shadowAnswer, summariseDecision } from '../../src/mcp/server.js';
import { loadPolicy } from '../../src/decision/index.js';
import type { Pack } from '../../src/pack/types.js';
import { canonicalJson } from '../../src/util/canonical-json.js';
import { EXAMPLE_PACK, sha256File, textOf } from './support.js';
import { EXAMPLE_READ } from '../support/requests.js';

const dir = mkdtempSync(path.join(tmpdir(), 'mgp-mcp-mem-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const pack = JSON.parse(readFileSync(EXAMPLE_PACK, 'utf8')) as Pack;
const packSha = sha256File(EXAMPLE_PACK);
const workflowIds = pack.workflow_policies.map((w) => w.workflow_id);
const READ = EXAMPLE_READ;
const UNKNOWN = { workflow_id: 'no-such-workflow' };

const open: Array<() => Promise<void>> = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((close) => close()));
});

async function connect(o: { file?: string; log?: DecisionLog; shadow?: boolean } = {}) {
  const reports: string[] = [];
  const report = (m: string) => reports.push(m);
  const source = new PackSource(o.file ?? EXAMPLE_PACK, {}, report);
  const server = createPolicyServer({ source, log: o.log, report, shadow: o.shadow });
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
  const client = new Client({ name: 'mcp-gateway-policy-tests', version: '0.0.0' });
  await Promise.all([server.connect(serverSide), client.connect(clientSide)]);
  open.push(async () => {
    await client.close();
    await server.close();
  });
  const call = (name: string, args: unknown) =>
    client.callTool({ name, arguments: args as Record<string, unknown> }) as Promise<CallToolResult>;
  return { client, call, source, reports };
}

describe('createPolicyServer over InMemoryTransport', () => {
  it('says what it is and how to use it, and lists the four tools and the pack resource', async () => {
    const { client } = await connect();
    expect(client.getServerVersion()?.name).toBe('mcp-gateway-policy');
    expect(client.getInstructions()).toMatch(/recipes_evaluate_mcp_gateway_decision/);
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name).sort()).toEqual([
      'policy_evaluate',
      'policy_get',
      'recipes_evaluate_mcp_gateway_decision',
      'recipes_mcp_gateway_policy',
    ]);
    expect(tools.every((t) => t.annotations?.openWorldHint === false)).toBe(true);
    const { contents } = await client.readResource({ uri: 'policy://pack' });
    expect((contents[0] as { text: string }).text).toBe(readFileSync(EXAMPLE_PACK, 'utf8'));
  });

  it('policy_get: the whole pack, one workflow with its posture, or an error naming the declared ids', async () => {
    const { call } = await connect();
    const whole = await call('policy_get', {});
    expect(whole.structuredContent).toMatchObject({ policy_id: pack.policy_id, pack_sha256: packSha, workflow_ids: workflowIds, pack });
    const one = await call('policy_get', { workflow_id: 'dependency-patch' });
    const s = one.structuredContent as {
      workflow_id: string;
      workflow: { workflow_id: string };
      workflow_policy_sha256: string;
      posture: unknown;
    };
    expect(s.workflow.workflow_id).toBe('dependency-patch');
    expect(s.workflow_policy_sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(s.posture).toBeDefined();
    const unknown = await call('policy_get', { workflow_id: 'nope' });
    expect(unknown.isError).toBe(true);
    expect(textOf(unknown)).toContain(
      `unknown workflow_id "nope"; the pack declares: ${workflowIds.map((w) => JSON.stringify(w)).join(', ')}`,
    );
    const badType = await call('policy_get', { workflow_id: 7 });
    expect(badType.isError).toBe(true);
    expect(textOf(badType)).toMatch(/Input validation error: Invalid arguments for tool policy_get/);
  });

  it("recipes_mcp_gateway_policy: the original tool's shapes, found or not", async () => {
    const { call } = await connect();
    const whole = (await call('recipes_mcp_gateway_policy', {})).structuredContent as {
      available: boolean;
      workflow_policies: Array<{ workflow_id: string; workflow_policy_sha256: string }>;
    };
    expect(whole.available).toBe(true);
    expect(whole.workflow_policies.map((w) => w.workflow_id)).toEqual(workflowIds);
    const found = (await call('recipes_mcp_gateway_policy', { workflow_id: ' dependency-patch ' })).structuredContent as Record<
      string,
      unknown
    >;
    expect(found).toMatchObject({ available: true, found: true, workflow_id: ' dependency-patch ', pack_sha256: packSha });
    expect(found.workflow_policy_sha256).toBe(
      whole.workflow_policies.find((w) => w.workflow_id === 'dependency-patch')!.workflow_policy_sha256,
    );
    const missing = (await call('recipes_mcp_gateway_policy', { workflow_id: 'nope' })).structuredContent as Record<string, unknown>;
    expect(missing).toMatchObject({ available: true, found: false, policy: null });
    expect(missing).not.toHaveProperty('workflow_policy_sha256');
  });

  it('evaluates with the library evaluator, in both tool shapes', async () => {
    const { call } = await connect();
    const library = loadPolicy(readFileSync(EXAMPLE_PACK));
    const r = await call('policy_evaluate', READ);
    const d = r.structuredContent as { decision: string; evidence: { evaluated_at: string; pack_sha256: string } };
    expect(d).toEqual(library.evaluate(READ, { now: d.evidence.evaluated_at }));
    expect(d.decision).toBe('allow');
    expect(textOf(r)).toBe(summariseDecision(library.evaluate(READ, { now: d.evidence.evaluated_at })));
    const original = (await call('recipes_evaluate_mcp_gateway_decision', UNKNOWN)).structuredContent as Record<string, unknown>;
    expect(Object.keys(original)[0]).toBe('available');
    expect(original).toMatchObject({ available: true, decision: 'deny', allowed: false });
  });

  it('refuses arguments that are not an object, or too many elements (a deny decision for evaluate, which still honours a kill)', async () => {
    const { call } = await connect();
    const many = Array.from({ length: MAX_TOOL_INPUT_ELEMENTS + 1 }, (_, i) => i);
    const big = await call('policy_get', { workflow_id: 'x', many });
    expect(big.isError).toBe(true);
    expect(textOf(big)).toContain(`more than the maximum of ${MAX_TOOL_INPUT_ELEMENTS} elements`);
    const bigEvaluate = await call('policy_evaluate', { workflow_id: 'x', many });
    expect(bigEvaluate.isError).toBeFalsy();
    expect(bigEvaluate.structuredContent).toMatchObject({ decision: 'deny' });
    expect(JSON.stringify(bigEvaluate.structuredContent)).toContain(`more than ${MAX_TOOL_INPUT_ELEMENTS} elements`);
    const killed = await call('policy_evaluate', { workflow_id: 'x', runtime_kill_signal: 'stop', many });
    expect(killed.structuredContent).toMatchObject({ decision: 'kill_session' });
    // Arguments that are not an object never reach a tool: the protocol layer refuses the request.
    await expect(call('policy_evaluate', ['workflow_id'])).rejects.toThrow();
    const unknownTool = await call('no_such_tool', {});
    expect(unknownTool.isError).toBe(true);
    expect(textOf(unknownTool)).toContain('Tool no_such_tool not found');
  });

  it('shadow: answers allow with the decision that would have applied; an allow stays as it is', async () => {
    const { call } = await connect({ shadow: true });
    const denied = await call('policy_evaluate', UNKNOWN);
    expect(denied.structuredContent).toMatchObject({ decision: 'allow', allowed: true, enforced: false, would_decision: 'deny' });
    expect((denied.structuredContent as { reason: string }).reason).toMatch(/^shadow: would deny: /);
    expect(textOf(denied)).toMatch(/^shadow \(not enforced\): would deny: /);
    const allowed = await call('recipes_evaluate_mcp_gateway_decision', READ);
    expect(allowed.structuredContent).toMatchObject({ available: true, decision: 'allow', enforced: false, would_decision: 'allow' });
    const d = loadPolicy(readFileSync(EXAMPLE_PACK)).evaluate(UNKNOWN, { now: 0 });
    expect(shadowAnswer(d)).toMatchObject({ decision: 'allow', would_decision: d.decision, violations: d.violations });
  });

  it('logs every decision before answering, and withholds one it cannot log', async () => {
    const file = path.join(dir, 'decisions.jsonl');
    const log = DecisionLog.open(file);
    const { call, reports } = await connect({ log });
    await call('policy_evaluate', READ);
    await call('recipes_evaluate_mcp_gateway_decision', UNKNOWN);
    const lines = readFileSync(file, 'utf8')
      .trim()
      .split('\n')
      .map(
        (l) =>
          JSON.parse(l) as {
            seq: number;
            decision: { decision: string; request: unknown };
            run_id: string | null;
            workflow_id: string | null;
            pack_sha256: string;
          },
      );
    expect(lines.map((l) => [l.seq, l.decision.decision, l.workflow_id])).toEqual([
      [1, 'allow', 'dependency-patch'],
      [2, 'deny', 'no-such-workflow'],
    ]);
    expect(lines[0]!.run_id).toBe('run-7');
    expect(lines[0]!.pack_sha256).toBe(packSha);
    await log.close();
    // A closed log refuses appends: the decision is not released.
    const withheld = await call('policy_evaluate', READ);
    expect(withheld.isError).toBe(true);
    expect(textOf(withheld)).toMatch(
      /^the decision \(allow\) could not be written to the decision log, so it is withheld; treat this call as denied/,
    );
    expect(reports.length).toBeGreaterThan(0);
    expect(verifyLogFile(file)).toMatchObject({ ok: true, lines: 2 });
  });

  it('serves a reloaded pack from the next call, and keeps the old one when the new one is refused', async () => {
    const file = path.join(dir, 'pack.json');
    copyFileSync(EXAMPLE_PACK, file);
    const { call, source, reports } = await connect({ file });
    const variant = canonicalJson({ ...pack, intent: `${pack.intent} (reloaded)` });
    writeFileSync(file, variant);
    expect(source.reload('test')).toBe(true);
    const served = (await call('policy_get', {})).structuredContent as { pack_sha256: string };
    expect(served.pack_sha256).not.toBe(packSha);
    expect(served.pack_sha256).toBe(sha256File(file));
    expect(reports.at(-1)).toMatch(/^reload \(test\): now serving pack [0-9a-f]{64} \(was [0-9a-f]{64}\)$/);
    writeFileSync(file, '{"not": "a pack"}');
    expect(source.reload('test')).toBe(false);
    expect(reports.at(-1)).toMatch(new RegExp(`^reload \\(test\\) failed, still serving pack ${served.pack_sha256}`));
    expect(((await call('policy_evaluate', READ)).structuredContent as { evidence: { pack_sha256: string } }).evidence.pack_sha256).toBe(
      served.pack_sha256,
    );
  });
});
