import { Ajv } from 'ajv';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DECISIONS, type DecisionName } from '../../src/decision/types.js';
import type { Pack } from '../../src/pack/types.js';
import { DIST_CLI } from '../support/paths.js';
import { requestsForEachDecision } from './requests.js';
import { EXAMPLE_PACK, sha256File, startServer, textOf, type RunningServer } from './support.js';

const TOOLS = ['recipes_mcp_gateway_policy', 'recipes_evaluate_mcp_gateway_decision', 'policy_get', 'policy_evaluate'];
const SPEC_ATTRIBUTES = [
  'workflow_id',
  'agent_id',
  'agent_class',
  'run_id',
  'tool_namespace',
  'tool_access_mode',
  'branch_name',
  'changed_paths',
  'diff_line_count',
  'gate_phase',
  'change_class',
  'head_sha',
  'human_approval_record',
  'runtime_kill_signal',
  'triggered_kill_signal',
];

const pack = JSON.parse(readFileSync(EXAMPLE_PACK, 'utf8')) as Pack;
const packSha = sha256File(EXAMPLE_PACK);
let server: RunningServer;

beforeAll(async () => {
  server = await startServer(['--policy', EXAMPLE_PACK, '--expect-pack-sha256', packSha]);
});
afterAll(async () => {
  await server?.close();
});

describe('mcp server over stdio (SDK client, the mcp command in process)', () => {
  it('lists the four tools, each with input and output JSON Schemas that compile', async () => {
    const { tools } = await server.client.listTools();
    expect(tools.map((t) => t.name).sort()).toEqual([...TOOLS].sort());
    const ajv = new Ajv({ strict: false });
    for (const tool of tools) {
      expect(tool.description, tool.name).toBeTruthy();
      expect(tool.inputSchema.type).toBe('object');
      expect(tool.outputSchema?.type, tool.name).toBe('object');
      expect(() => ajv.compile(tool.inputSchema), tool.name).not.toThrow();
      expect(() => ajv.compile(tool.outputSchema!), tool.name).not.toThrow();
    }
    const evaluate = tools.find((t) => t.name === 'recipes_evaluate_mcp_gateway_decision')!;
    const props = evaluate.inputSchema.properties as Record<string, { type?: unknown; description?: string }>;
    for (const attribute of SPEC_ATTRIBUTES) {
      expect(props[attribute]?.description, attribute).toBeTruthy();
    }
    expect(props.workflow_id!.type).toBe('string');
    expect(props.diff_line_count!.type).toEqual(['integer', 'null']);
    const out = evaluate.outputSchema!.properties as Record<string, { enum?: unknown }>;
    expect(out.decision!.enum).toEqual([...DECISIONS]);
    expect(evaluate.outputSchema!.required).toEqual(
      expect.arrayContaining([
        'allowed',
        'approval_present',
        'approval_required',
        'decision',
        'evidence',
        'matched_policy',
        'matched_scope',
        'reason',
        'request',
        'violations',
      ]),
    );
    const policyTool = tools.find((t) => t.name === 'policy_get')!;
    expect(Object.keys(policyTool.inputSchema.properties ?? {})).toEqual(['workflow_id']);
    expect(policyTool.outputSchema!.required).toEqual(
      expect.arrayContaining(['policy_id', 'pack_sha256', 'manifest_sha256', 'schema_version', 'workflow_ids']),
    );
    const original = tools.find((t) => t.name === 'recipes_mcp_gateway_policy')!;
    expect(Object.keys(original.inputSchema.properties ?? {})).toEqual(['workflow_id']);
    expect(original.outputSchema!.required).toEqual(expect.arrayContaining(['available', 'pack_sha256']));
    expect(evaluate.outputSchema!.required).toContain('available');
  });

  it('serves the pack file byte for byte as the policy://pack resource', async () => {
    const { resources } = await server.client.listResources();
    expect(resources).toEqual([expect.objectContaining({ uri: 'policy://pack', mimeType: 'application/json' })]);
    const { contents } = await server.client.readResource({ uri: 'policy://pack' });
    expect(contents).toHaveLength(1);
    const text = (contents[0] as { text: string }).text;
    expect(Buffer.from(text, 'utf8').equals(readFileSync(EXAMPLE_PACK))).toBe(true);
  });

  it('returns the whole pack with its identity from policy_get', async () => {
    const result = await server.call('policy_get', {});
    expect(result.isError).toBeFalsy();
    expect(result.structuredContent).toEqual({
      policy_id: pack.policy_id,
      pack_sha256: packSha,
      manifest_sha256: pack.source_manifest.sha256,
      schema_version: pack.schema_version,
      workflow_ids: pack.workflow_policies.map((w) => w.workflow_id),
      pack,
    });
    expect(JSON.parse(textOf(result))).toEqual(result.structuredContent);
  });

  it("returns one workflow's policy with the pack identity and its posture", async () => {
    const wf = pack.workflow_policies[pack.workflow_policies.length - 1]!;
    const result = await server.call('policy_get', { workflow_id: wf.workflow_id });
    expect(result.isError).toBeFalsy();
    expect(result.structuredContent).toMatchObject({
      workflow_policy_sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      policy_id: pack.policy_id,
      pack_sha256: packSha,
      manifest_sha256: pack.source_manifest.sha256,
      schema_version: pack.schema_version,
      workflow_id: wf.workflow_id,
      workflow: wf,
      posture: { workflow_id: wf.workflow_id, inside: expect.any(Boolean) },
    });
    expect(result.structuredContent).not.toHaveProperty('pack');
  });

  it('answers an unknown workflow to policy_get with an error listing every known id, and keeps serving', async () => {
    const result = await server.call('policy_get', { workflow_id: 'no-such-workflow' });
    expect(result.isError).toBe(true);
    const text = textOf(result);
    expect(text).toContain('"no-such-workflow"');
    for (const w of pack.workflow_policies) expect(text).toContain(JSON.stringify(w.workflow_id));
    const after = await server.call('policy_get', {});
    expect(after.isError).toBeFalsy();
  });

  it('gives each of the six decisions, with structured content and a text summary, under both names', async () => {
    const postures = new Map<string, boolean>();
    for (const w of pack.workflow_policies) {
      const r = await server.call('policy_get', { workflow_id: w.workflow_id });
      postures.set(w.workflow_id, (r.structuredContent as { posture: { inside: boolean } }).posture.inside);
    }
    const requests = requestsForEachDecision(pack, (id) => postures.get(id) === true);
    for (const expected of DECISIONS) {
      const request = requests[expected as DecisionName];
      for (const name of ['recipes_evaluate_mcp_gateway_decision', 'policy_evaluate']) {
        const result = await server.call(name, request);
        const d = result.structuredContent as {
          decision: string;
          allowed: boolean;
          violations: string[];
          evidence: { pack_sha256: string };
        };
        expect(result.isError, `${expected} via ${name}: ${textOf(result)}`).toBeFalsy();
        expect(d.decision, `${expected} via ${name}: ${textOf(result)}`).toBe(expected);
        expect(d.allowed).toBe(expected.startsWith('allow'));
        expect(d.evidence.pack_sha256).toBe(packSha);
        if (name === 'recipes_evaluate_mcp_gateway_decision') {
          expect(Object.keys(d)[0]).toBe('available');
          expect((d as unknown as { available: unknown }).available).toBe(true);
        } else {
          expect(d).not.toHaveProperty('available');
        }
        expect(textOf(result).split('\n')[0]).toMatch(new RegExp(`^${expected}: `));
        if (expected === 'deny') expect(textOf(result)).toContain(d.violations[0]!);
      }
    }
  });

  it('turns malformed arguments into error results and keeps serving', async () => {
    const wrongType = await server.call('recipes_mcp_gateway_policy', { workflow_id: 42 });
    expect(wrongType.isError).toBe(true);
    expect(textOf(wrongType)).toMatch(/workflow_id/);

    const unknownKey = await server.call('policy_get', { workflow: pack.workflow_policies[0]!.workflow_id });
    expect(unknownKey.isError).toBe(true);
    expect(textOf(unknownKey)).toMatch(/workflow/);

    const huge = await server.call('recipes_evaluate_mcp_gateway_decision', {
      workflow_id: pack.workflow_policies[0]!.workflow_id,
      changed_paths: Array.from({ length: 20_000 }, (_, i) => `src/f${i}.ts`),
    });
    expect(huge.isError).toBeFalsy();
    expect((huge.structuredContent as { decision: string }).decision).toBe('deny');
    expect(textOf(huge)).toMatch(/more than 10000 elements/);

    const unknownTool = await server.call('no_such_tool', {});
    expect(unknownTool.isError).toBe(true);

    const after = await server.call('policy_get', {});
    expect(after.isError).toBeFalsy();
    expect((after.structuredContent as { pack_sha256: string }).pack_sha256).toBe(packSha);
  });

  it('decides badly typed request attributes (deny, saying why) instead of rejecting them; a kill signal still kills', async () => {
    const wf = pack.workflow_policies[0]!;
    const badTypes = {
      workflow_id: wf.workflow_id,
      agent_id: 17,
      run_id: ['r'],
      tool_namespace: { x: 1 },
      tool_access_mode: true,
      gate_phase: null,
      changed_paths: 5,
      diff_line_count: '12',
    };
    const denied = await server.call('recipes_evaluate_mcp_gateway_decision', badTypes);
    expect(denied.isError).toBeFalsy();
    const d = denied.structuredContent as { decision: string; violations: string[] };
    expect(d.decision).toBe('deny');
    expect(d.violations.length).toBeGreaterThan(1);

    const killed = await server.call('recipes_evaluate_mcp_gateway_decision', {
      ...badTypes,
      runtime_kill_signal: wf.runtime_controls.kill_signals[0] ?? 'operator pressed stop',
    });
    expect((killed.structuredContent as { decision: string }).decision).toBe('kill_session');
  });

  it('keeps a kill over the element cap, and answers arguments nested thousands deep', async () => {
    const wf = pack.workflow_policies[0]!;
    const killed = await server.call('recipes_evaluate_mcp_gateway_decision', {
      workflow_id: wf.workflow_id,
      changed_paths: Array.from({ length: 20_000 }, (_, i) => `src/f${i}.ts`),
      runtime_kill_signal: 'operator pressed stop',
    });
    expect((killed.structuredContent as { decision: string }).decision).toBe('kill_session');

    // As deep as the client's own JSON.stringify can send.
    let deep: unknown = 'x';
    for (let i = 0; i < 3000; i++) deep = i % 2 === 0 ? [deep] : { k: deep };
    for (const key of ['branch_name', 'human_approval_record', 'some_unknown_attribute', 'runtime_kill_signal']) {
      const r = await server.call('recipes_evaluate_mcp_gateway_decision', { workflow_id: wf.workflow_id, agent_id: 'codex', [key]: deep });
      expect(r.isError, textOf(r)).toBeFalsy();
      expect((r.structuredContent as { decision: string }).decision).toBe(key === 'runtime_kill_signal' ? 'kill_session' : 'deny');
    }
  });
});

/** The fields the original implementation's tools returned (its consumers read them). */
const ORIGINAL_PACK_FIELDS = [
  'available',
  'schema_version',
  'generated_at',
  'policy_id',
  'source_manifest',
  'decision_contract',
  'policy_summary',
  'workflow_policies',
];
const ORIGINAL_SUMMARY_FIELDS = ['workflow_id', 'title', 'status', 'maturity_stage', 'public_path', 'default_decision'];
const ORIGINAL_WORKFLOW_FIELDS = ['available', 'found', 'workflow_id', 'policy'];

describe('the original tools keep their result shapes', () => {
  it('recipes_mcp_gateway_policy without arguments (or with an empty id): the pack summary, field for field', async () => {
    for (const args of [{}, { workflow_id: '' }]) {
      const result = await server.call('recipes_mcp_gateway_policy', args);
      expect(result.isError).toBeFalsy();
      const r = result.structuredContent as Record<string, unknown> & { workflow_policies: Record<string, unknown>[] };
      expect(Object.keys(r)).toEqual(expect.arrayContaining(ORIGINAL_PACK_FIELDS));
      expect(r.available).toBe(true);
      for (const key of ORIGINAL_PACK_FIELDS.slice(1, -1)) expect(r[key], key).toEqual((pack as unknown as Record<string, unknown>)[key]);
      expect(r.workflow_policies).toHaveLength(pack.workflow_policies.length);
      r.workflow_policies.forEach((summary, i) => {
        const w = pack.workflow_policies[i] as unknown as Record<string, unknown>;
        for (const key of ORIGINAL_SUMMARY_FIELDS) expect(summary[key], key).toEqual(w[key]);
        expect(summary.workflow_policy_sha256).toMatch(/^[0-9a-f]{64}$/);
      });
      expect(r.pack_sha256).toBe(packSha);
      expect(JSON.parse(textOf(result))).toEqual(r);
    }
  });

  it('recipes_mcp_gateway_policy with a workflow_id: available, found, workflow_id, policy (looked up trimmed, echoed as given)', async () => {
    const w = pack.workflow_policies[1]!;
    const asGiven = ` ${w.workflow_id} `;
    const result = await server.call('recipes_mcp_gateway_policy', { workflow_id: asGiven });
    expect(result.isError).toBeFalsy();
    const r = result.structuredContent as Record<string, unknown>;
    expect(Object.keys(r)).toEqual(expect.arrayContaining(ORIGINAL_WORKFLOW_FIELDS));
    expect(r).toMatchObject({ available: true, found: true, workflow_id: asGiven, policy: w, pack_sha256: packSha });
    const fromAlias = await server.call('policy_get', { workflow_id: w.workflow_id });
    expect(r.workflow_policy_sha256).toBe((fromAlias.structuredContent as { workflow_policy_sha256: string }).workflow_policy_sha256);
  });

  it('recipes_mcp_gateway_policy with an unknown workflow_id: found false and policy null, not an error', async () => {
    const result = await server.call('recipes_mcp_gateway_policy', { workflow_id: 'no-such-workflow' });
    expect(result.isError).toBeFalsy();
    expect(result.structuredContent).toEqual({
      available: true,
      found: false,
      workflow_id: 'no-such-workflow',
      policy: null,
      pack_sha256: packSha,
    });
  });

  it('recipes_evaluate_mcp_gateway_decision: the decision with available: true added', async () => {
    const request = { workflow_id: pack.workflow_policies[0]!.workflow_id, agent_id: 'codex', run_id: 'r1' };
    const original = (await server.call('recipes_evaluate_mcp_gateway_decision', request)).structuredContent as Record<string, unknown>;
    const plain = (await server.call('policy_evaluate', request)).structuredContent as Record<string, unknown>;
    const withoutTime = (d: Record<string, unknown>) => ({ ...d, evidence: { ...(d.evidence as object), evaluated_at: 'x' } });
    const { available, ...rest } = original;
    expect(available).toBe(true);
    expect(withoutTime(rest)).toEqual(withoutTime(plain));
    for (const key of [
      'allowed',
      'approval_present',
      'approval_required',
      'decision',
      'evidence',
      'matched_policy',
      'matched_scope',
      'reason',
      'request',
      'violations',
    ]) {
      expect(original, key).toHaveProperty(key);
    }
  });
});

describe('mcp server stdout', () => {
  it('carries only JSON-RPC messages (a garbage line in is reported on stderr), and the server exits 0 when the client closes stdin', async () => {
    const child = spawn(process.execPath, [DIST_CLI, 'mcp', '--policy', EXAMPLE_PACK], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    const send = (m: unknown) => child.stdin.write(JSON.stringify(m) + '\n');
    send({
      jsonrpc: '2.0',
      id: 1,
      method: 'initialize',
      params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'raw', version: '0' } },
    });
    send({ jsonrpc: '2.0', method: 'notifications/initialized' });
    child.stdin.write('this line is not JSON-RPC\n');
    send({ jsonrpc: '2.0', id: 2, method: 'tools/list' });
    send({ jsonrpc: '2.0', id: 3, method: 'tools/call', params: { name: 'policy_evaluate', arguments: { workflow_id: 'x' } } });
    send({ jsonrpc: '2.0', id: 4, method: 'resources/read', params: { uri: 'policy://pack' } });
    // Wait for the four replies (tool calls may answer out of order) before closing stdin.
    const deadline = Date.now() + 15_000;
    while (stdout.split('\n').length < 5 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    child.stdin.end();
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code, stderr).toBe(0);
    const lines = stdout.split('\n');
    expect(lines.pop()).toBe('');
    const messages = lines.map((l) => JSON.parse(l) as { jsonrpc: string; id?: number });
    expect(messages.map((m) => m.jsonrpc)).toEqual(['2.0', '2.0', '2.0', '2.0']);
    expect(messages.map((m) => m.id).sort()).toEqual([1, 2, 3, 4]);
    expect(stderr).toContain(`serving pack ${packSha}`);
    expect(stderr).toMatch(/protocol error \(still serving\): /);
  });
});
