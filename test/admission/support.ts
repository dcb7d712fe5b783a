import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AdmissionInput, ChangedFile } from '../../src/admission/types.js';
import { compileManifest } from '../../src/pack/compile-manifest.js';

export const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');
export const MANIFEST_PATH = 'policy/manifest.json';
export const PACK_PATH = 'policy/pack.json';
export const MANIFEST_TEXT = readFileSync(path.join(FIXTURES, 'manifest.json'), 'utf8');
export const PACK_TEXT = compileManifest(MANIFEST_TEXT, { manifestPath: MANIFEST_PATH }).packText;

export const HEAD = 'a'.repeat(40);
export const BASE = 'b'.repeat(40);
export const NOW = '2026-11-29T12:00:00.000Z';

export function file(p: string, extra: Partial<ChangedFile> = {}): ChangedFile {
  return {
    path: p,
    previous_path: null,
    status: 'modified',
    additions: 1,
    deletions: 0,
    mode: '100644',
    previous_mode: '100644',
    binary: false,
    ...extra,
  };
}

/** A clean agent PR in workflow app-fix by Devin, with both pools' approvals unless told otherwise. */
export function input(overrides: DeepPartial<AdmissionInput> = {}): AdmissionInput {
  const base: AdmissionInput = {
    pr: {
      number: 7,
      title: 'Fix input validation',
      body: 'Fixes the finding.',
      url: 'https://github.com/o/r/pull/7',
      author: { login: 'devin-ai-integration[bot]', type: 'Bot' },
      head_ref: 'agent/app-fix/validation',
      head_sha: HEAD,
      base_ref: 'main',
      base_sha: BASE,
      labels: ['agent-change'],
      changed_files: 1,
    },
    files: [file('src/validate.ts')],
    files_problem: null,
    base: { pack_text: PACK_TEXT, manifest_text: MANIFEST_TEXT, pack_path: PACK_PATH, manifest_path: MANIFEST_PATH, problem: null },
    reviews: [
      { login: 'sam', user_type: 'User', state: 'APPROVED', commit_id: HEAD, submitted_at: '2026-11-29T10:00:00Z', body: '' },
      { login: 'olga', user_type: 'User', state: 'APPROVED', commit_id: HEAD, submitted_at: '2026-11-29T10:05:00Z', body: '' },
    ],
    approval_records: [],
    pool_membership: { security: { sam: 'member', olga: 'not_member' }, 'service-owner': { sam: 'not_member', olga: 'member' } },
    open_agent_prs: [7],
    config: {
      workflow_id: null,
      tool_namespace: 'repo.contents',
      agents: {},
      approvals: 'all',
      kill_signal: null,
      kill_label: 'agent-kill-session',
      expect_pack_sha256: null,
    },
    context: { event_name: 'pull_request_target', repository: 'o/r', github_run_id: '1', github_run_attempt: '1', now: NOW, notes: [] },
  };
  return merge(base, overrides) as AdmissionInput;
}

export type DeepPartial<T> = T extends (infer U)[] ? U[] : T extends object ? { [K in keyof T]?: DeepPartial<T[K]> } : T;

/** Objects merge key by key; arrays and everything else replace. */
export function merge(a: unknown, b: unknown): unknown {
  if (b === undefined) return a;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object' || Array.isArray(a) || Array.isArray(b)) return b;
  const out: Record<string, unknown> = { ...(a as Record<string, unknown>) };
  for (const [k, v] of Object.entries(b as Record<string, unknown>)) out[k] = merge(out[k], v);
  return out;
}

/** A typed approval record for the fixture's app-fix PR, valid at NOW unless overridden. */
export function approvalRecord(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return merge(
    {
      type: 'human_approval',
      approval_id: 'apr-1',
      decision: 'approved',
      workflow_id: 'app-fix',
      run_id: `pr-7-${HEAD}`,
      gate_phase: 'pre_merge',
      scope: { head_sha: HEAD },
      approver: { id: 'sam', type: 'human', reviewer_pool: 'security' },
      issued_at: '2026-11-29T09:00:00Z',
      expires_at: '2026-11-29T17:00:00Z',
      reason: 'reviewed',
    },
    overrides,
  ) as Record<string, unknown>;
}
