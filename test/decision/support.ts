/**
 * Shared by the decision tests: the repo's example pack (no ../shared needed), a fixed "now", and
 * fast-check generators for requests that reach every step of the evaluator.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { cleanPath, loadPolicy, type LoadPolicyOptions, type Policy } from '../../src/decision/index.js';
import { compileScopeMatchers } from '../../src/decision/paths.js';
import type { Pack } from '../../src/pack/types.js';
import { REPO_ROOT } from '../support/paths.js';

export const EXAMPLE_PACK_PATH = path.join(REPO_ROOT, 'data/policy/mcp-gateway-policy.json');
export const NOW = '2026-11-29T12:00:00Z';

/** A pack of n workflows: the example's, copied round-robin under new ids. */
export function bigPack(n: number): Pack {
  const example = JSON.parse(readFileSync(EXAMPLE_PACK_PATH, 'utf8')) as Pack;
  const templates = example.workflow_policies;
  return {
    ...example,
    workflow_policies: Array.from({ length: n }, (_, i) => {
      const w = structuredClone(templates[i % templates.length]!);
      w.workflow_id = `${w.workflow_id}-${i}`;
      return w;
    }),
  };
}

export function loadExamplePolicy(options: LoadPolicyOptions = {}): Policy {
  return loadPolicy(readFileSync(EXAMPLE_PACK_PATH), options);
}

/** Paths of every kind the evaluator distinguishes: allowed, forbidden, refused, case tricks. */
export const PATH_POOL = [
  'package.json',
  'package-lock.json',
  'packages/core/package.json',
  'docs/guide.md',
  'README.md',
  'docs/security/advisories/2026-01.md',
  'test/a.test.ts',
  'tests/unit/b.py',
  'src/index.ts',
  'src/.env',
  'config/credentials/consumers/billing.yaml',
  '.github/workflows/ci.yml',
  '.GitHub/workflows/ci.yml',
  'scripts/release/publish.sh',
  'certs/server.pem',
  'certs/server.PEM',
  'x/y.key',
  '.env.production',
  'dist/index.js',
  './docs/intro.md',
  '/docs/abs.md',
  'docs//twice.md',
  'docs/../.github/workflows/x.yml',
  'docs\\win.md',
  'docs/%2e%2e/x.md',
  'docs/a\u0000b.md',
  'docs/\u202egnp.md',
  ' docs/space.md',
  '',
  '   ',
];

const WEIRD: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything(),
  fc.constantFrom(null, true, false, 0, 1, -1, 1.5, '', ' ', [], {}, ['x'], { a: 1 }),
);

/**
 * Requests for the property tests: mostly coherent ones (a declared workflow, one of its scopes,
 * an allowed agent, a declared phase, paths it allows) with up to three attributes replaced by
 * something else, so every step of the evaluator is reached; plus noisy ones.
 */
export function requestArbitrary(policy: Policy): fc.Arbitrary<Record<string, unknown>> {
  return fc.oneof({ arbitrary: coherentRequestArbitrary(policy), weight: 4 }, { arbitrary: noisyRequestArbitrary(policy), weight: 1 });
}

const EXTRA_PATHS = [
  'docs/a.md',
  'docs/deep/b.md',
  'test/x.test.ts',
  'tests/y.py',
  'src/a.ts',
  'src/lib/b.test.ts',
  'config/credentials/consumers/a.yaml',
  'packages/a/package.json',
  'notes.md',
];

function coherentRequestArbitrary(policy: Policy): fc.Arbitrary<Record<string, unknown>> {
  const classes = policy.pack.global_defaults.manual_review_required_for;
  return fc.constantFrom(...policy.workflowIds()).chain((id) => {
    const w = policy.workflow(id)!;
    const m = compileScopeMatchers(w.change_scope.allowed_paths, w.change_scope.forbidden_paths, [], id);
    const allowedPaths = [...PATH_POOL, ...EXTRA_PATHS].filter((p) => {
      const c = cleanPath(p);
      return c.ok && !m.anyForbidden(c.path, c.path.toLowerCase()) && m.allowed.some((a) => a.test(c.path, c.path.toLowerCase()));
    });
    const agents = w.identity.allowed_agents.flatMap((a) => [a, `sr-agent::${id}::${a}`, a.toUpperCase()]);
    const phases = w.gate_contract.map((g) => g.phase);
    const maxFiles = Math.max(1, w.change_scope.max_changed_files ?? 1);
    const base = fc.record({
      workflow_id: fc.constant(id),
      agent_id: fc.constantFrom(...agents),
      run_id: fc.constantFrom('run-1', 'run-2'),
      scope: fc.constantFrom(...w.tool_access.allowed_mcp_scopes),
      gate_phase: fc.constantFrom(...phases),
      branch_name: fc.constant(`${w.dispatch.required_branch_prefix ?? ''}fix-1`),
      changed_paths:
        allowedPaths.length > 0
          ? fc.array(fc.constantFrom(...allowedPaths), { minLength: 1, maxLength: maxFiles })
          : fc.constant(['x.txt']),
      diff_line_count: fc.nat(w.change_scope.max_diff_lines ?? 0),
      change_class: fc.option(fc.constantFrom(...classes, 'documentation'), { nil: undefined }),
      record: fc.oneof(fc.constant(undefined), fc.constant('aligned'), approvalArbitrary(policy, id), untypedApprovalArbitrary),
    });
    const mutation = fc.tuple(
      fc.constantFrom(
        'workflow_id',
        'agent_id',
        'agent_class',
        'run_id',
        'tool_namespace',
        'tool_access_mode',
        'gate_phase',
        'branch_name',
        'changed_paths',
        'diff_line_count',
        'change_class',
        'head_sha',
        'human_approval_record',
        'extra',
      ),
      fc.oneof(WEIRD, fc.constantFrom(undefined, 'codex', `${w.dispatch.required_branch_prefix ?? ''}`, 'main', ...PATH_POOL)),
    );
    return fc.tuple(base, fc.array(mutation, { maxLength: 3 })).map(([b, mutations]) => {
      const r: Record<string, unknown> = {
        workflow_id: b.workflow_id,
        agent_id: b.agent_id,
        run_id: b.run_id,
        tool_namespace: b.scope.namespace,
        tool_access_mode: b.scope.access,
        gate_phase: b.gate_phase,
      };
      if (b.scope.access === 'write_branch') {
        r.branch_name = b.branch_name;
        r.changed_paths = b.changed_paths;
        r.diff_line_count = b.diff_line_count;
      }
      if (b.change_class !== undefined) r.change_class = b.change_class;
      if (b.record === 'aligned') {
        r.human_approval_record = {
          type: 'human_approval',
          approval_id: 'apr-1',
          decision: 'approved',
          workflow_id: id,
          run_id: b.run_id,
          gate_phase: b.gate_phase,
          approver: { id: 'alice', type: 'human', reviewer_pool: w.identity.reviewer_pools[0] ?? 'none' },
          issued_at: '2026-11-29T09:00:00Z',
          expires_at: '2026-11-29T17:00:00Z',
        };
      } else if (b.record !== undefined) r.human_approval_record = b.record;
      for (const [key, value] of mutations) {
        if (value === undefined) delete r[key];
        else r[key] = value;
      }
      return r;
    });
  });
}

function noisyRequestArbitrary(policy: Policy): fc.Arbitrary<Record<string, unknown>> {
  const workflows = policy.workflowIds();
  const namespaces = [...new Set(workflows.flatMap((w) => policy.workflow(w)!.tool_access.allowed_mcp_scopes.map((s) => s.namespace)))];
  const phases = [...new Set(workflows.flatMap((w) => policy.workflow(w)!.gate_contract.map((g) => g.phase)))];
  const classes = policy.pack.global_defaults.manual_review_required_for;
  const weird = WEIRD;
  const pick = <T>(values: T[], other: fc.Arbitrary<unknown> = weird): fc.Arbitrary<unknown> =>
    fc.oneof({ arbitrary: fc.constantFrom(...values), weight: 8 }, { arbitrary: fc.string(), weight: 1 }, { arbitrary: other, weight: 1 });

  const workflowId = pick([...workflows, 'unknown-workflow', ` ${workflows[0]} `]);
  return workflowId.chain((wf) => {
    const wfText = typeof wf === 'string' ? wf : 'not-a-string';
    const w = policy.workflow(wfText.trim());
    const prefix = w?.dispatch.required_branch_prefix ?? 'agent/';
    return fc.record(
      {
        workflow_id: fc.constant(wf),
        agent_id: pick([
          'codex',
          'claude',
          'cursor',
          'CODEX',
          `sr-agent::${wfText.trim()}::claude`,
          'sr-agent::other-workflow::codex',
          'not-codex-really',
          'alice',
        ]),
        agent_class: pick(['codex', 'claude', 'devin', 'Claude', 'rogue']),
        run_id: pick(['run-1', 'run-2', '']),
        tool_namespace: pick([...namespaces, 'secrets.vault']),
        tool_access_mode: pick(['read', 'write_branch', 'write_ticket', 'approval_required', 'admin']),
        branch_name: pick([`${prefix}fix-1`, prefix, `${prefix.replace(/\/$/, '')}-evil/x`, 'main', `x${prefix}y`]),
        changed_paths: fc.oneof(
          { arbitrary: fc.array(fc.constantFrom(...PATH_POOL), { maxLength: 8 }), weight: 6 },
          { arbitrary: fc.constantFrom(...PATH_POOL), weight: 1 },
          { arbitrary: fc.array(fc.oneof(fc.string(), weird), { maxLength: 4 }), weight: 1 },
          { arbitrary: weird, weight: 1 },
        ),
        diff_line_count: fc.oneof(
          { arbitrary: fc.nat(2000), weight: 6 },
          { arbitrary: fc.constantFrom(-1, 0.5, '12', true, null), weight: 1 },
          { arbitrary: weird, weight: 1 },
        ),
        gate_phase: pick([...phases, 'deploy', 'PRE_MERGE']),
        change_class: pick([...classes, 'documentation']),
        head_sha: pick(['a'.repeat(40)]),
        human_approval_record: fc.oneof(
          { arbitrary: approvalArbitrary(policy, wf), weight: 3 },
          { arbitrary: untypedApprovalArbitrary, weight: 2 },
          { arbitrary: weird, weight: 1 },
        ),
        runtime_kill_signal: fc.constantFrom(undefined, null, '', '  '),
        some_unknown_attribute: weird,
      },
      { requiredKeys: ['workflow_id'] },
    );
  });
}

/** Values that are not typed approval records: what chat-style approvals look like. */
export const untypedApprovalArbitrary: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    true,
    'approved',
    'yes',
    'APPROVED',
    '{"status": "approved"}',
    { status: 'approved' },
    { decision: 'approved' },
    { approved: true },
  ),
  fc.record({ decision: fc.constant('approved'), type: fc.constantFrom('approval', 'Human_Approval', 'human-approval', 1) }),
  fc.string(),
  fc
    .jsonValue()
    .filter((v) => !(typeof v === 'object' && v !== null && !Array.isArray(v) && (v as Record<string, unknown>).type === 'human_approval')),
);

/** Typed records, often valid for the request's workflow and sometimes subtly wrong. */
export function approvalArbitrary(policy: Policy, wf: unknown): fc.Arbitrary<Record<string, unknown>> {
  const w = typeof wf === 'string' ? policy.workflow(wf.trim()) : undefined;
  const pools = w?.identity.reviewer_pools ?? ['nobody'];
  return fc.record(
    {
      type: fc.constant('human_approval'),
      approval_id: fc.constantFrom('apr-1', 'apr-2'),
      decision: fc.constantFrom('approved', 'approved', 'rejected'),
      workflow_id: fc.constantFrom(typeof wf === 'string' ? wf.trim() : 'x', 'another-workflow'),
      run_id: fc.constantFrom('run-1', 'run-2'),
      gate_phase: fc.constantFrom('tool_call', 'pre_merge'),
      approver: fc.record({
        id: fc.constantFrom('alice', 'bob', 'codex', 'sr-agent::x::claude'),
        type: fc.constantFrom('human', 'human', 'agent'),
        reviewer_pool: fc.constantFrom(...pools, 'wrong-pool'),
      }),
      issued_at: fc.constantFrom('2026-11-29T09:00:00Z', '2026-11-29T13:00:00Z', '2026-11-28T09:00:00Z'),
      expires_at: fc.constantFrom('2026-11-29T17:00:00Z', '2026-11-29T11:00:00Z', '2026-12-05T00:00:00Z'),
      reason: fc.constant('reviewed'),
    },
    { requiredKeys: ['type', 'decision', 'workflow_id', 'run_id', 'approver', 'issued_at', 'expires_at'] },
  );
}

/** The same value with object keys in another order, at every depth. */
export function reorderKeys(value: unknown, seed: number): unknown {
  if (Array.isArray(value)) return value.map((v, i) => reorderKeys(v, seed + i + 1));
  if (value === null || typeof value !== 'object') return value;
  const keys = Object.keys(value);
  const order = keys.map((k, i) => ({ k, r: Math.sin(seed * 9301 + i * 49297) })).sort((a, b) => a.r - b.r);
  const out: Record<string, unknown> = {};
  for (const { k } of order)
    Object.defineProperty(out, k, {
      value: reorderKeys((value as Record<string, unknown>)[k], seed + 7),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  return out;
}
