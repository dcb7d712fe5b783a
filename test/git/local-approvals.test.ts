import { generateKeyPairSync, sign } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { admit } from '../../src/admission/admit.js';
import type { TrustedKeys } from '../../src/decision/types.js';
import { collectLocalAdmissionInput, type LocalAdmissionOptions } from '../../src/git/local-admission.js';
import { canonicalJson } from '../../src/util/canonical-json.js';
import { TempRepo } from '../admission/git-repo.js';
import { MANIFEST_PATH, MANIFEST_TEXT, PACK_PATH, PACK_TEXT } from '../admission/support.js';

// Workflow app-fix (fixtures/manifest.json) needs one approval from security and one from service-owner.
const NOW = '2026-11-29T12:00:00Z';
let repo: TempRepo;
let head: string;
beforeAll(() => {
  repo = TempRepo.create('local-approvals-');
  repo.write(MANIFEST_PATH, MANIFEST_TEXT).write(PACK_PATH, PACK_TEXT).write('src/app.ts', 'x\n');
  repo.commit('base');
  repo.branch('agent/app-fix/change').write('src/app.ts', 'y\n');
  head = repo.commit('change');
});
afterAll(() => repo?.remove());

function record(approver: string, pool: string): Record<string, unknown> {
  return {
    type: 'human_approval',
    approval_id: `apr-${approver}`,
    decision: 'approved',
    workflow_id: 'app-fix',
    run_id: `local-${head}`,
    gate_phase: 'pre_merge',
    scope: { head_sha: head },
    approver: { id: approver, type: 'human', reviewer_pool: pool },
    issued_at: '2026-11-29T09:00:00Z',
    expires_at: '2026-11-29T17:00:00Z',
    reason: 'reviewed',
  };
}

const judge = async (records: unknown[], extra: Partial<LocalAdmissionOptions> = {}) =>
  admit(
    await collectLocalAdmissionInput({
      repoDir: repo.dir,
      base: 'main',
      head: 'agent/app-fix/change',
      packPath: PACK_PATH,
      agentLogin: 'devin-ai-integration[bot]',
      labels: ['agent-change'],
      approvalRecords: records,
      now: NOW,
      ...extra,
    }),
  );

describe('local approvals: self-asserted unless verified', () => {
  it('without pools or keys, records count as their pools say, and the evidence says they are self-asserted', async () => {
    const r = await judge([record('sam', 'security'), record('mallory', 'service-owner')]);
    expect(r.decision).toBe('allow');
    expect(r.notes.join('\n')).toMatch(/self-asserted/);
  });

  it('with --reviewer-pools, an approver not listed in the pool the record names does not count', async () => {
    const reviewerPools = { security: ['Sam'], 'service-owner': ['olga', 'acme/owners'] };
    const r = await judge([record('sam', 'security'), record('mallory', 'service-owner')], { reviewerPools });
    expect(r.decision).toBe('hold_for_approval');
    expect(r.approvals.find((a) => a.login === 'sam')?.counted).toBe(true);
    const mallory = r.approvals.find((a) => a.login === 'mallory');
    expect(mallory?.counted).toBe(false);
    expect(r.notes.join('\n')).not.toMatch(/self-asserted/);
    const ok = await judge([record('sam', 'security'), record('olga', 'service-owner')], { reviewerPools });
    expect(ok.decision).toBe('allow');
  });

  describe('with --approval-keys', () => {
    const { publicKey, privateKey } = generateKeyPairSync('ed25519');
    const keys: TrustedKeys = {
      k1: { public_key_pem: publicKey.export({ type: 'spki', format: 'pem' }).toString(), approvers: ['sam', 'olga'] },
    };
    const signed = (r: Record<string, unknown>, keyId = 'k1') => ({
      ...r,
      signature: { alg: 'ed25519', key_id: keyId, value: sign(null, Buffer.from(canonicalJson(r), 'utf8'), privateKey).toString('base64') },
    });

    it('signed records by key holders approve', async () => {
      const r = await judge([signed(record('sam', 'security')), signed(record('olga', 'service-owner'))], { trustedKeys: keys });
      expect(r.decision).toBe('allow');
    });

    it('an unsigned record, a tampered one, or one signed for another approver does not count', async () => {
      const tampered = { ...signed(record('olga', 'service-owner')), reason: 'edited' };
      for (const bad of [record('olga', 'service-owner'), tampered, signed(record('mallory', 'service-owner'))]) {
        const r = await judge([signed(record('sam', 'security')), bad], { trustedKeys: keys });
        expect(r.decision).toBe('hold_for_approval');
        expect(
          r.approvals
            .filter((a) => !a.counted)
            .map((a) => a.reason)
            .join('\n'),
        ).toMatch(/unsigned|does not verify|may not sign/);
      }
    });
  });
});
