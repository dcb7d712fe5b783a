import { generateKeyPairSync, sign } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Pack } from '../../src/pack/types.js';
import { canonicalJson } from '../../src/util/canonical-json.js';
import { requestsForEachDecision } from './requests.js';
import { EXAMPLE_PACK, startServer, type RunningServer } from './support.js';

const pack = JSON.parse(readFileSync(EXAMPLE_PACK, 'utf8')) as Pack;
const { publicKey, privateKey } = generateKeyPairSync('ed25519');
let dir: string;
let withKeys: RunningServer;
let withoutKeys: RunningServer;
let hold: Record<string, unknown>;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'mgp-mcp-keys-'));
  const keys = path.join(dir, 'keys.json');
  writeFileSync(
    keys,
    JSON.stringify({ 'alice-2026': { public_key_pem: publicKey.export({ type: 'spki', format: 'pem' }), approvers: ['alice'] } }),
  );
  [withKeys, withoutKeys] = await Promise.all([
    startServer(['--policy', EXAMPLE_PACK, '--approval-keys', keys]),
    startServer(['--policy', EXAMPLE_PACK]),
  ]);
  const inside = new Set<string>();
  for (const w of pack.workflow_policies) {
    const r = await withKeys.call('policy_get', { workflow_id: w.workflow_id });
    if ((r.structuredContent as { posture: { inside: boolean } }).posture.inside) inside.add(w.workflow_id);
  }
  hold = requestsForEachDecision(pack, (id) => inside.has(id)).hold_for_approval;
});
afterAll(async () => {
  await Promise.all([withKeys?.close(), withoutKeys?.close()]);
  rmSync(dir, { recursive: true, force: true });
});

function approval(): Record<string, unknown> {
  const wf = pack.workflow_policies.find((w) => w.workflow_id === hold.workflow_id)!;
  const now = Date.now();
  return {
    type: 'human_approval',
    approval_id: 'apr-mcp-1',
    decision: 'approved',
    workflow_id: hold.workflow_id,
    run_id: hold.run_id,
    gate_phase: hold.gate_phase,
    scope: { tool_namespace: hold.tool_namespace, tool_access_mode: hold.tool_access_mode },
    approver: { id: 'alice', type: 'human', reviewer_pool: wf.identity.reviewer_pools[0] },
    issued_at: new Date(now - 3_600_000).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    expires_at: new Date(now + 3_600_000).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    reason: 'reviewed the staged change',
  };
}

function signed(record: Record<string, unknown>): Record<string, unknown> {
  const value = sign(null, Buffer.from(canonicalJson(record), 'utf8'), privateKey).toString('base64');
  return { ...record, signature: { alg: 'ed25519', key_id: 'alice-2026', value } };
}

async function decide(server: RunningServer, record: Record<string, unknown> | undefined) {
  const r = await server.call('policy_evaluate', { ...hold, ...(record ? { human_approval_record: record } : {}) });
  return r.structuredContent as { decision: string; violations: string[]; evidence: { approval: { valid: boolean; problems: string[] } } };
}

describe('--approval-keys', () => {
  it('lets only a record signed by a trusted key approve', async () => {
    expect((await decide(withKeys, undefined)).decision).toBe('hold_for_approval');
    expect((await decide(withKeys, signed(approval()))).decision).toBe('allow');

    const unsigned = await decide(withKeys, approval());
    expect(unsigned.decision).toBe('hold_for_approval');
    expect(unsigned.evidence.approval.valid).toBe(false);

    const tampered = { ...signed(approval()), reason: 'changed after signing' };
    expect((await decide(withKeys, tampered)).decision).toBe('hold_for_approval');
  });

  it('without keys, a valid unsigned typed record approves (the flag is what demands signatures)', async () => {
    expect((await decide(withoutKeys, approval())).decision).toBe('allow');
  });
});
