import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { admit } from '../../src/admission/admit.js';
import type { AdmissionInput, AdmissionResult, ChangedFile } from '../../src/admission/types.js';
import { decisionRank } from '../../src/decision/types.js';
import { sealEvidence, verifyEvidence } from '../../src/evidence/record.js';
import { FIXTURES, HEAD, MANIFEST_TEXT, PACK_TEXT, approvalRecord, file, input, type DeepPartial } from './support.js';

interface Case {
  name: string;
  input: DeepPartial<AdmissionInput>;
  expect: {
    decision: string;
    gates?: Record<string, string>;
    /** A reason the result must carry: the check, and the code for the admission check's own reasons. */
    reason?: { check: string; code?: string };
    /** A second assertion on that reason's wording. */
    violation?: string;
    next_step?: string;
    no_violation?: string;
    no_next_step?: string;
    note?: string;
    agent_class?: string;
    workflow_id?: string | null;
    run_id?: string | null;
    limits?: Record<string, [number, number | null]>;
    paths?: Record<string, [string, string | null]>;
    flags?: Record<string, [boolean, boolean]>;
    /** login → [counted, code, reason substring]. */
    approval?: Record<string, [boolean, string, string]>;
  };
}

const CASES = JSON.parse(readFileSync(path.join(FIXTURES, 'core-cases.json'), 'utf8')) as Case[];
const CASE_KEYS = ['name', 'input', 'expect'];
const EXPECT_KEYS = [
  'decision',
  'gates',
  'reason',
  'violation',
  'next_step',
  'no_violation',
  'no_next_step',
  'note',
  'agent_class',
  'workflow_id',
  'run_id',
  'limits',
  'paths',
  'flags',
  'approval',
];

describe('admit: the case file', () => {
  it('uses only known keys, so a misspelt key cannot drop an assertion', () => {
    for (const c of CASES) {
      expect(
        Object.keys(c).filter((k) => !CASE_KEYS.includes(k)),
        c.name,
      ).toEqual([]);
      expect(
        Object.keys(c.expect).filter((k) => !EXPECT_KEYS.includes(k)),
        c.name,
      ).toEqual([]);
      if (c.expect.reason)
        expect(
          Object.keys(c.expect.reason).filter((k) => k !== 'check' && k !== 'code'),
          c.name,
        ).toEqual([]);
    }
  });

  it('names a reason for every case that is not allowed', () => {
    for (const c of CASES)
      if (!['allow', 'allow_scoped_branch', 'not_applicable'].includes(c.expect.decision)) expect(c.expect.reason, c.name).toBeDefined();
  });
});

function rank(d: AdmissionResult['decision']): number {
  return d === 'not_applicable' ? 4 : decisionRank(d);
}

describe('admit: cases kept as data (fixtures/core-cases.json)', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const r = admit(input(c.input));
    const e = c.expect;
    expect(r.decision, r.summary).toBe(e.decision);
    expect(verifyEvidence(sealEvidence(r))).toBe(true);
    for (const [g, d] of Object.entries(e.gates ?? {})) expect(r.gates.find((x) => x.gate === g)?.decision, `gate ${g}`).toBe(d);
    if (e.reason) {
      const found = r.reasons.filter((x) => x.check === e.reason!.check && (e.reason!.code === undefined || x.code === e.reason!.code));
      expect(found.length, JSON.stringify(r.reasons)).toBeGreaterThan(0);
      if (e.violation)
        expect(
          found.some((x) => x.message.includes(e.violation!)),
          JSON.stringify(found),
        ).toBe(true);
    } else if (e.violation) expect(r.violations.join('\n')).toContain(e.violation);
    // Reasons and violations say the same, one for one; so does every gate.
    expect(r.reasons.map((x) => x.message)).toEqual(r.violations);
    for (const g of r.gates) expect(g.reasons.map((x) => x.message)).toEqual(g.violations);
    if (e.next_step) expect(r.next_steps.join('\n')).toContain(e.next_step);
    if (e.no_violation) expect(r.violations.join('\n')).not.toContain(e.no_violation);
    if (e.no_next_step) expect(r.next_steps.join('\n')).not.toContain(e.no_next_step);
    if (e.note) expect(r.notes.join('\n')).toContain(e.note);
    if (e.agent_class) expect(r.agent_class).toBe(e.agent_class);
    if (e.workflow_id !== undefined) expect(r.workflow_id).toBe(e.workflow_id);
    if (e.run_id !== undefined) expect(r.run_id).toBe(e.run_id);
    for (const [k, [used, max]] of Object.entries(e.limits ?? {})) {
      expect(r.limits[k as 'files']).toEqual({ used, max });
    }
    for (const [p, [verdict, rule]] of Object.entries(e.paths ?? {})) {
      const row = r.paths.find((x) => x.path === p);
      expect(row, p).toBeDefined();
      expect([row!.verdict, row!.rule]).toEqual([verdict, rule]);
    }
    for (const [p, [exec, binary]] of Object.entries(e.flags ?? {})) {
      const row = r.paths.find((x) => x.path === p)!;
      expect([row.executable_changed, row.binary]).toEqual([exec, binary]);
    }
    for (const [login, [counted, code, reason]] of Object.entries(e.approval ?? {})) {
      const rows = r.approvals.filter((a) => a.login === login);
      expect(rows.length, login).toBeGreaterThan(0);
      expect(
        rows.some((a) => a.counted === counted && a.code === code && a.reason.includes(reason)),
        JSON.stringify(rows),
      ).toBe(true);
    }
    // A deny, hold or kill always says why; an allow never carries violations.
    if (r.decision === 'allow' || r.decision === 'not_applicable') expect(r.violations).toEqual([]);
    else expect(r.violations.length).toBeGreaterThan(0);
  });
});

describe('admit: trust', () => {
  it('denies when the base pack has drifted from the base manifest, saying so', () => {
    const drifted = MANIFEST_TEXT.replace('"max_diff_lines": 100', '"max_diff_lines": 90');
    expect(drifted).not.toBe(MANIFEST_TEXT);
    const r = admit(input({ base: { manifest_text: drifted } }));
    expect(r.decision).toBe('deny');
    expect(r.gates.map((g) => g.gate)).toEqual(['trust']);
    expect(r.reasons[0]).toMatchObject({ check: 'base_policy', code: 'pack_drift' });
    expect(r.violations[0]).toMatch(/has drifted from the base manifest/);
    expect(r.next_steps.join(' ')).toMatch(/regenerate/i);
  });

  it('accepts the same manifest with CRLF line endings (same identity, no drift)', () => {
    const r = admit(input({ base: { manifest_text: MANIFEST_TEXT.replace(/\n/g, '\r\n') } }));
    expect(r.decision).toBe('allow');
  });

  it('a drifted pack still lets a human PR through as not applicable', () => {
    const drifted = MANIFEST_TEXT.replace('"max_diff_lines": 100', '"max_diff_lines": 90');
    const r = admit(input({ base: { manifest_text: drifted }, pr: { author: { login: 'alice', type: 'User' }, head_ref: 'fix/readme' } }));
    expect(r.decision).toBe('not_applicable');
    expect(r.notes.join(' ')).toMatch(/drifted/);
  });

  it('records the pack and manifest hashes and the policy id', () => {
    const r = admit(input());
    expect(r.pack_sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(r.manifest_sha256).toBe(JSON.parse(PACK_TEXT).source_manifest.sha256);
    expect(r.policy_id).toBe('mcp-gateway-policy-pack');
  });
});

describe('admit: a PR far over its file limit', () => {
  it('judges every path of a PR as large as GitHub lists (3,000 files), naming each offending one', () => {
    const files = Array.from({ length: 2999 }, (_, i) => file(`src/f${i}.ts`));
    files.push(file('secrets/late.pem'));
    const r = admit(input({ files }));
    expect(r.decision).toBe('deny');
    expect(r.paths.filter((p) => p.verdict === 'unchecked')).toEqual([]);
    expect(r.paths.find((p) => p.path === 'secrets/late.pem')).toMatchObject({ verdict: 'forbidden', rule: 'secrets/**' });
  });

  it('is denied past the evaluator bound; paths it did not judge say so, and the built-in rules still cover every path', () => {
    const files = Array.from({ length: 5100 }, (_, i) => file(`src/f${i}.ts`));
    files.push(file('.github/workflows/late.yml'));
    const r = admit(input({ files }));
    expect(r.decision).toBe('deny');
    expect(r.limits.files).toEqual({ used: 5101, max: 5 });
    expect(r.paths.find((p) => p.path === '.github/workflows/late.yml')).toMatchObject({ verdict: 'always_forbidden' });
    const unchecked = r.paths.filter((p) => p.verdict === 'unchecked').length;
    expect(unchecked).toBeGreaterThan(0);
    expect(r.notes.join('\n')).toContain(`${unchecked} path(s) were not judged one by one`);
  });
});

describe('admit: typed approval records are judged by policy.evaluate', () => {
  const onlySam = {
    reviews: [{ login: 'sam', user_type: 'User', state: 'APPROVED', commit_id: HEAD, submitted_at: '2026-11-29T10:00:00Z', body: '' }],
  };
  const olgaRecord = (overrides: Record<string, unknown> = {}, facts: Record<string, unknown> = {}) => ({
    ...onlySam,
    approval_records: [
      {
        source: 'comment' as const,
        login: 'olga',
        user_type: 'User',
        edited: false,
        record: approvalRecord({ approval_id: 'apr-olga', approver: { id: 'olga', reviewer_pool: 'service-owner' }, ...overrides }),
        ...facts,
      },
    ],
  });

  it('a valid record from a pool member completes the approvals', () => {
    const r = admit(input(olgaRecord()));
    expect(r.decision).toBe('allow');
    const row = r.approvals.find((a) => a.source === 'approval_record')!;
    expect(row).toMatchObject({ login: 'olga', counted: true, reviewer_pool: 'service-owner', commit_id: HEAD });
  });

  it.each([
    ['bound to another head', { scope: { head_sha: 'c'.repeat(40) } }, {}, /head_sha/],
    ['expired', { issued_at: '2026-11-28T09:00:00Z', expires_at: '2026-11-28T17:00:00Z' }, {}, /expire/],
    ['for another run', { run_id: 'run-other' }, {}, /run_id/],
    ['naming another pool', { approver: { id: 'olga', reviewer_pool: 'security' } }, {}, /not a member/],
    [
      'naming a pool the workflow lacks',
      { approver: { id: 'olga', reviewer_pool: 'docs-reviewers' } },
      {},
      /not one of this workflow's pools/,
    ],
    ['edited', {}, { edited: true }, /edited/],
    ['posted by someone else', {}, { login: 'mallory' }, /posted by mallory/],
    ['without a head SHA', { scope: null }, {}, /no scope\.head_sha/],
    ['untyped', { type: 'approval' }, {}, /not a valid approval/],
  ])('a record %s does not count', (_n, overrides, facts, reason) => {
    const r = admit(input(olgaRecord(overrides, facts)));
    expect(r.decision).toBe('hold_for_approval');
    const row = r.approvals.find((a) => a.source === 'approval_record')!;
    expect(row.counted).toBe(false);
    expect(row.reason).toMatch(reason);
  });

  it('an unparsable agent-approval block is reported, not counted', () => {
    const r = admit(
      input({
        ...onlySam,
        approval_records: [
          {
            source: 'review',
            login: 'olga',
            user_type: 'User',
            edited: false,
            record: { unparsable: true, error: 'Unexpected token', text: '{' },
          },
        ],
      }),
    );
    expect(r.decision).toBe('hold_for_approval');
    expect(r.approvals.find((a) => a.source === 'approval_record')!.reason).toMatch(/not valid JSON/);
  });
});

describe('admit: never throws, never passes on garbage', () => {
  it('a hostile input becomes a deny record', () => {
    const bad = input();
    (bad as unknown as { files: unknown }).files = [{ path: 42 }];
    const r = admit(bad);
    expect(['deny']).toContain(r.decision);
    expect(verifyEvidence(sealEvidence(r))).toBe(true);
  });
});

describe('admit: properties', () => {
  const allowedDirs = ['src', 'test', 'docs', 'lib'];
  const anyDirs = [...allowedDirs, 'secrets', '.github/workflows', 'infra', '.github/actions'];
  const segment = fc.stringMatching(/^[a-zA-Z0-9_-]{1,8}$/);
  const changed = (dirs: string[]) =>
    fc
      .record({
        dir: fc.constantFrom(...dirs),
        name: segment,
        ext: fc.constantFrom('.ts', '.md', '.pem', '.yml', ''),
        mode: fc.constantFrom('100644', '100755', '120000', '160000'),
        lines: fc.integer({ min: 0, max: 40 }),
      })
      .map(({ dir, name, ext, mode, lines }): ChangedFile => file(`${dir}/${name}${ext}`, { mode, additions: lines }));

  it('adding a changed file never makes the decision more permissive', () => {
    fc.assert(
      fc.property(fc.array(changed(anyDirs), { minLength: 1, maxLength: 4 }), changed(anyDirs), (files, extra) => {
        const before = admit(input({ files }));
        const after = admit(input({ files: [...files, extra] }));
        expect(rank(after.decision)).toBeLessThanOrEqual(rank(before.decision));
      }),
      { numRuns: 60 },
    );
  });

  it('removing an approval never makes the decision more permissive', () => {
    fc.assert(
      fc.property(fc.subarray([0, 1]), (keep) => {
        const full = input();
        const fewer = input({ reviews: keep.map((i) => full.reviews[i]!) });
        expect(rank(admit(fewer).decision)).toBeLessThanOrEqual(rank(admit(full).decision));
      }),
      { numRuns: 10 },
    );
  });

  it('every offending path row denies, and an allow has only allowed rows', () => {
    fc.assert(
      fc.property(fc.array(changed(anyDirs), { minLength: 1, maxLength: 5 }), (files) => {
        const r = admit(input({ files }));
        if (r.paths.some((p) => p.verdict !== 'allowed')) expect(r.decision).toBe('deny');
        if (r.decision === 'allow') expect(r.paths.every((p) => p.verdict === 'allowed')).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});
