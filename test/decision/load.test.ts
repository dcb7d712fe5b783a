/**
 * loadPolicy (validation, pins, posture, options) and the evidence a decision carries.
 */
import { createHash, generateKeyPairSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkTableOrder } from '../../src/decision/evaluate.js';
import { CHECK_NAMES, KNOWN_ATTRIBUTES, loadPolicy, PolicyLoadError, type Policy } from '../../src/decision/index.js';
import type { Pack } from '../../src/pack/types.js';
import { EXAMPLE_PACK_PATH, loadExamplePolicy, NOW } from './support.js';

const bytes = readFileSync(EXAMPLE_PACK_PATH);
const pack = (): Pack => JSON.parse(bytes.toString('utf8')) as Pack;

function loadError(input: unknown, options = {}): PolicyLoadError {
  try {
    loadPolicy(input as object, options);
  } catch (err) {
    expect(err).toBeInstanceOf(PolicyLoadError);
    return err as PolicyLoadError;
  }
  throw new Error('expected loadPolicy to refuse the pack');
}

const DEP_READ = {
  workflow_id: 'dependency-patch',
  agent_id: 'codex',
  run_id: 'run-7',
  tool_namespace: 'advisories.osv',
  tool_access_mode: 'read',
  gate_phase: 'tool_call',
};
const DEP_WRITE = {
  ...DEP_READ,
  tool_namespace: 'repo.contents',
  tool_access_mode: 'write_branch',
  branch_name: 'agent/bump',
  changed_paths: ['package.json', '.github/workflows/ci.yml', 'src/x.ts', 'a/../b', 5],
  diff_line_count: 10,
};

describe('loadPolicy', () => {
  it("hashes the pack file's bytes, and an object by its canonical bytes (the same for a generated pack)", () => {
    const sha = createHash('sha256').update(bytes).digest('hex');
    expect(loadPolicy(bytes).packSha256).toBe(sha);
    expect(loadPolicy(bytes.toString('utf8')).packSha256).toBe(sha);
    expect(loadPolicy(pack()).packSha256).toBe(sha);
    expect(loadPolicy(pack()).manifestSha256).toBe(pack().source_manifest.sha256);
  });

  it.each([
    ['not JSON', '{"schema_version": ', 'not valid JSON'],
    ['a pack with a BOM', `\ufeff${bytes.toString('utf8')}`, 'not valid JSON'],
    ['not an object', '[]', '(pack)'],
    [
      'missing workflow_policies',
      (() => {
        const p = pack() as Partial<Pack>;
        delete p.workflow_policies;
        return p;
      })(),
      'workflow_policies',
    ],
    [
      'a pack that is not default deny',
      (() => {
        const p = pack();
        p.decision_contract.default_decision = 'allow';
        return p;
      })(),
      '/decision_contract/default_decision',
    ],
    [
      'a workflow that is not default deny',
      (() => {
        const p = pack();
        p.workflow_policies[0]!.default_decision = 'allow';
        return p;
      })(),
      '/workflow_policies/0/default_decision',
    ],
    [
      'an unknown scope decision',
      (() => {
        const p = pack();
        (p.workflow_policies[0]!.tool_access.allowed_mcp_scopes[0] as { decision: string }).decision = 'allow_everything';
        return p;
      })(),
      'allowed_mcp_scopes/0',
    ],
    [
      'an access mode that does not give its decision',
      (() => {
        const p = pack();
        (p.workflow_policies[0]!.tool_access.allowed_mcp_scopes[0] as { decision: string }).decision = 'allow_scoped_branch';
        return p;
      })(),
      'allowed_mcp_scopes/0',
    ],
    [
      'an unknown decision in the contract',
      (() => {
        const p = pack();
        p.decision_contract.decisions[0]!.decision = 'maybe';
        return p;
      })(),
      '/decision_contract/decisions/0/decision',
    ],
    [
      'a duplicate workflow id',
      (() => {
        const p = pack();
        p.workflow_policies.push(structuredClone(p.workflow_policies[0]!));
        return p;
      })(),
      'declared twice',
    ],
    [
      'a duplicate scope',
      (() => {
        const p = pack();
        const s = p.workflow_policies[0]!.tool_access.allowed_mcp_scopes;
        s.push(structuredClone(s[0]!));
        return p;
      })(),
      'declared twice',
    ],
    [
      'a limit that is not a count',
      (() => {
        const p = pack();
        (p.workflow_policies[0]!.change_scope as { max_changed_files: unknown }).max_changed_files = -1;
        return p;
      })(),
      'max_changed_files',
    ],
  ])('refuses %s, naming the problem', (_name, input, expected) => {
    const err = loadError(input);
    expect(err.problems.join('\n')).toContain(expected);
    expect(err.message).toContain('cannot be loaded');
  });

  it('checks the pins, case-insensitively, and refuses a mismatch', () => {
    const sha = createHash('sha256').update(bytes).digest('hex');
    const manifest = pack().source_manifest.sha256;
    expect(loadPolicy(bytes, { expectPackSha256: sha.toUpperCase(), expectManifestSha256: ` ${manifest} ` }).packSha256).toBe(sha);
    expect(loadError(bytes, { expectPackSha256: '0'.repeat(64) }).problems[0]).toContain(`SHA-256 is ${sha}`);
    expect(loadError(bytes, { expectManifestSha256: 'f'.repeat(64) }).problems[0]).toContain(`generated from manifest ${manifest}`);
    // A pack changed by one byte no longer matches its pin.
    const edited = bytes.toString('utf8').replace('"dependency-patch"', '"dependency-patck"');
    expect(loadError(edited, { expectPackSha256: sha }).problems.join()).toContain('not the expected');
  });

  it('refuses bad options: trusted keys that are not Ed25519 public keys, a window that is not positive', () => {
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).publicKey.export({ type: 'spki', format: 'pem' }) as string;
    const ed = generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'pem' }) as string;
    expect(loadError(bytes, { trustedKeys: { k: { public_key_pem: 'nope', approvers: ['alice'] } } }).problems[0]).toContain(
      'not a readable public key',
    );
    expect(loadError(bytes, { trustedKeys: { k: { public_key_pem: rsa, approvers: ['alice'] } } }).problems[0]).toContain('only Ed25519');
    expect(loadError(bytes, { trustedKeys: { k: { public_key_pem: ed, approvers: [] } } }).problems[0]).toContain('approvers');
    expect(loadError(bytes, { maxApprovalWindowHours: 0 }).problems[0]).toContain('maxApprovalWindowHours');
    expect(loadError(bytes, { maxApprovalWindowHours: Number.NaN }).problems[0]).toContain('maxApprovalWindowHours');
  });

  it('lists every problem at once', () => {
    const p = pack();
    p.decision_contract.default_decision = 'allow';
    p.workflow_policies[1]!.default_decision = 'allow';
    expect(loadError(p).problems.length).toBeGreaterThanOrEqual(2);
  });

  it("freezes what it loaded, and does not keep the caller's object", () => {
    const input = pack();
    const policy = loadPolicy(input);
    expect(Object.isFrozen(policy.pack.workflow_policies[0]!.change_scope.allowed_paths)).toBe(true);
    input.workflow_policies[0]!.status = 'paused';
    expect(policy.evaluate(DEP_READ, { now: NOW }).decision).toBe('allow');
    expect(policy.workflowIds()).toContain('dependency-patch');
    expect(policy.workflow('dependency-patch')?.workflow_id).toBe('dependency-patch');
    expect(policy.workflow('nope')).toBeUndefined();
  });
});

describe('maturity posture', () => {
  it("computes each workflow's posture at load", () => {
    const policy = loadExamplePolicy();
    for (const id of policy.workflowIds()) expect(policy.posture(id)?.inside, id).toBe(true);
    expect(policy.posture('nope')).toBeUndefined();
  });

  it('denies a workflow outside its posture, saying which condition failed', () => {
    const p = pack();
    const w = p.workflow_policies.find((x) => x.workflow_id === 'dependency-patch')!;
    w.maturity_stage = 'crawl';
    w.change_scope.max_diff_lines = 900; // crawl allows at most 500
    const policy = loadPolicy(p);
    expect(policy.posture('dependency-patch')?.inside).toBe(false);
    const d = policy.evaluate(DEP_READ, { now: NOW });
    expect(d.decision).toBe('deny');
    expect(d.violations.join()).toContain('outside its maturity posture (crawl)');
    expect(d.violations.join()).toContain('max_diff_lines');
    expect(d.evidence.checks.maturity_posture).toBe('fail');
    expect(d.evidence.reasons.filter((r) => r.code === 'posture_outside').map((r) => r.check)).toEqual(['maturity_posture']);
  });

  it('denies a run-stage workflow whose KPI lacks a target, and one with no kill signal', () => {
    const p = pack();
    const run = p.workflow_policies.find((x) => x.maturity_stage === 'run')!;
    (run.kpi_contract[0] as { target: unknown }).target = null;
    const walk = p.workflow_policies.find((x) => x.workflow_id === 'dependency-patch')!;
    walk.runtime_controls.kill_signals = [];
    const policy = loadPolicy(p);
    expect(policy.posture(run.workflow_id)?.problems.join()).toContain('no target');
    expect(policy.evaluate(DEP_READ, { now: NOW }).violations.join()).toContain('kill signal');
  });
});

describe('evaluate options and evidence', () => {
  const policy: Policy = loadExamplePolicy();

  it('accepts now as a Date, an epoch number or an ISO string, and refuses an invalid one', () => {
    const ms = Date.parse(NOW);
    for (const now of [new Date(ms), ms, NOW])
      expect(policy.evaluate(DEP_READ, { now }).evidence.evaluated_at).toBe('2026-11-29T12:00:00.000Z');
    const bad = policy.evaluate(DEP_READ, { now: 'not a time' });
    expect(bad.decision).toBe('deny');
    expect(bad.violations[0]).toContain('evaluation time');
  });

  it('works as a detached function', () => {
    const { evaluate } = policy;
    expect(evaluate(DEP_READ, { now: NOW }).decision).toBe('allow');
  });

  it('lists every check in order, and per-path verdicts with the rule that decided', () => {
    const d = policy.evaluate(DEP_WRITE, { now: NOW });
    expect(d.decision).toBe('deny');
    expect(Object.keys(d.evidence.checks)).toEqual([...CHECK_NAMES]);
    expect(checkTableOrder()).toEqual([...CHECK_NAMES]);
    expect(d.evidence.checks).toMatchObject({
      branch_name: 'pass',
      changed_paths: 'pass',
      diff_line_count: 'pass',
      path_scope: 'fail',
      change_class_review: 'skip',
    });
    expect(d.evidence.paths).toEqual([
      { path: 'package.json', cleaned: 'package.json', verdict: 'allowed', rule: 'package.json' },
      {
        path: '.github/workflows/ci.yml',
        cleaned: '.github/workflows/ci.yml',
        verdict: 'always_forbidden',
        rule: '.github/workflows/**',
        detail: 'is always forbidden (CI workflows run the checks), whatever the manifest allows',
      },
      { path: 'src/x.ts', cleaned: 'src/x.ts', verdict: 'not_allowed', rule: null },
      { path: 'a/../b', cleaned: null, verdict: 'invalid', rule: null, detail: 'contains a ".." segment' },
      { path: 5, cleaned: null, verdict: 'invalid', rule: null, detail: 'is the number 5, not a path' },
    ]);
    expect(d.violations).toEqual([
      'changed path ".github/workflows/ci.yml" is always forbidden (CI workflows run the checks), whatever the manifest allows: ".github/workflows/**"',
      'changed path "src/x.ts" is outside the allowed paths',
      'changed path "a/../b" contains a ".." segment',
      'changed path #5 is the number 5, not a path',
    ]);
    expect(d.evidence.reasons.map((r) => [r.check, r.code])).toEqual([
      ['path_scope', 'path_always_forbidden'],
      ['path_scope', 'path_not_allowed'],
      ['path_scope', 'path_dot_dot'],
      ['path_scope', 'path_not_string'],
    ]);
    expect(d.evidence.reasons.map((r) => r.message)).toEqual(d.violations);
    expect(d.evidence.scope_id).toBe('dependency-patch:repo.contents:write_branch');
    expect(d.matched_scope?.scope_id).toBe('dependency-patch:repo.contents:write_branch');
  });

  it('keeps the original result fields and adds pack hash, time, unknown attributes', () => {
    const d = policy.evaluate({ ...DEP_READ, surprise: 1, another: null }, { now: NOW });
    expect(Object.keys(d).sort()).toEqual([
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
    ]);
    expect(d.evidence.unknown_attributes).toEqual(['another', 'surprise']);
    expect(d.evidence.observed_runtime_attributes).toEqual([
      'agent_id',
      'gate_phase',
      'run_id',
      'tool_access_mode',
      'tool_namespace',
      'workflow_id',
    ]);
    expect(d.evidence.pack_sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(d.evidence.agent_class).toBe('codex');
    expect(d.request.agent_class).toBe('codex');
    expect(d.matched_policy).toEqual({
      maturity_stage: 'walk',
      public_path: '/workflows/dependency-patch/',
      status: 'active',
      title: 'Patch-level dependency updates',
      workflow_id: 'dependency-patch',
    });
  });

  it('echoes `request` as the original did: an absent or null diff count is 0, no agent_id resolves to the class ""', () => {
    expect(policy.evaluate(DEP_READ, { now: NOW }).request.diff_line_count).toBe(0);
    expect(policy.evaluate({ ...DEP_READ, diff_line_count: null }, { now: NOW }).request.diff_line_count).toBe(0);
    expect(policy.evaluate({ ...DEP_READ, diff_line_count: 12 }, { now: NOW }).request.diff_line_count).toBe(12);
    expect(policy.evaluate({ ...DEP_READ, diff_line_count: '12' }, { now: NOW }).request.diff_line_count).toBe('12');
    const noAgent = policy.evaluate({ ...DEP_READ, agent_id: '' }, { now: NOW });
    expect(noAgent.decision).toBe('deny');
    expect(noAgent.request.agent_class).toBe('');
    expect(noAgent.evidence.agent_class).toBeNull();
  });

  it('reads exactly the known attributes, and lists every other one as unknown', () => {
    const request = Object.fromEntries([...KNOWN_ATTRIBUTES, 'tool_name', 'session_id'].map((k) => [k, 'x']));
    const d = policy.evaluate(request, { now: NOW });
    expect(d.evidence.unknown_attributes).toEqual(['session_id', 'tool_name']);
    expect(d.evidence.observed_runtime_attributes).toEqual([...KNOWN_ATTRIBUTES].sort());
  });

  it('uses the configured approval window', () => {
    const cred = {
      workflow_id: 'credential-rotation-prep',
      agent_id: 'codex',
      run_id: 'r',
      tool_namespace: 'secrets.rotation',
      tool_access_mode: 'approval_required',
      gate_phase: 'tool_call',
    };
    const record = {
      type: 'human_approval',
      decision: 'approved',
      workflow_id: 'credential-rotation-prep',
      run_id: 'r',
      approver: { id: 'alice', type: 'human', reviewer_pool: 'security-reviewers' },
      issued_at: '2026-11-28T00:00:00Z',
      expires_at: '2026-11-30T00:00:00Z',
    };
    expect(policy.evaluate({ ...cred, human_approval_record: record }, { now: NOW }).decision).toBe('hold_for_approval');
    const wide = loadExamplePolicy({ maxApprovalWindowHours: 48 });
    const d = wide.evaluate({ ...cred, human_approval_record: record }, { now: NOW });
    expect(d.decision).toBe('allow');
    expect(d.approval_required && d.approval_present).toBe(true);
    expect(d.evidence.approval).toMatchObject({
      present: true,
      typed: true,
      valid: true,
      approver_id: 'alice',
      reviewer_pool: 'security-reviewers',
      problems: [],
    });
  });

  it('forbids what the original forbade in the path as it read it, before "//" and "." segments collapse', () => {
    // fnmatch's * matches nothing and ? matches ".", so the original forbade these spellings.
    const p = pack();
    p.workflow_policies.find((x) => x.workflow_id === 'dependency-patch')!.change_scope.forbidden_paths.push('packages/*/*/package.json');
    const policy = loadPolicy(p);
    const write = (path: string) => policy.evaluate({ ...DEP_WRITE, changed_paths: [path] }, { now: NOW });
    expect(write('packages/core/package.json').decision).toBe('allow_scoped_branch');
    // It normalised twice (reading the request, then in each match): "./ x" became "x", ".//./x" "x".
    for (const path of [
      'packages/core//package.json',
      'packages/core/./package.json',
      ' packages/core//package.json',
      './ packages/core//package.json',
      './/./packages/core/./package.json',
    ]) {
      const d = write(path);
      expect(d.decision, path).toBe('deny');
      expect(d.violations, path).toHaveLength(1);
      expect(d.violations[0], path).toContain('is forbidden by "packages/*/*/package.json"');
    }
  });

  it('refuses an entry the original read as empty, even where everything is allowed', () => {
    const p = pack();
    p.workflow_policies.find((x) => x.workflow_id === 'dependency-patch')!.change_scope.allowed_paths.push('**');
    const policy = loadPolicy(p);
    for (const path of [' /', './ ', '/ ', './/\u00a0']) {
      const d = policy.evaluate({ ...DEP_WRITE, changed_paths: [path] }, { now: NOW });
      expect(d.decision, JSON.stringify(path)).toBe('deny');
      expect(d.violations, JSON.stringify(path)).toEqual([
        `changed path ${JSON.stringify(path)} is empty once white space, "./" and "/" are removed`,
      ]);
    }
  });

  it('denies branch writes for a workflow that declares no branch prefix', () => {
    const p = pack();
    p.workflow_policies.find((x) => x.workflow_id === 'dependency-patch')!.dispatch.required_branch_prefix = null;
    const d = loadPolicy(p).evaluate({ ...DEP_WRITE, changed_paths: ['package.json'] }, { now: NOW });
    expect(d.decision).toBe('deny');
    expect(d.violations[0]).toContain('declares no required_branch_prefix');
  });
});
