/**
 * The attack suite, kept as data: test/fixtures/attacks/*.json, each {about, cases: [{name, request,
 * expect_decision, expect_reason?, expect_checks?, sign?, options?, expand?}]}, against the example
 * pack, every file validated first by attack-schema.ts (no unknown key anywhere, so a misspelt
 * expectation cannot silently drop). `expect_reason` {check, code, message_substring?} names a
 * reason the decision must give; `expect_checks` outcomes it must show (for kills and holds, which
 * give no reason). `expand` sets attributes too large to write out: {repeat, times} (a list),
 * {text, times} (a string), {nest, kind: "array" | "object"} (a value nested that deep); `list: true`
 * wraps it in a list.
 */
import { createPrivateKey, sign as signBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DECISIONS, type CheckName, type DecisionName, type Policy, type ReasonCode } from '../../src/decision/index.js';
import { canonicalJson } from '../../src/util/canonical-json.js';
import { REPO_ROOT } from '../support/paths.js';
import { validateAttackFile } from './attack-schema.js';
import { loadExamplePolicy, NOW } from './support.js';

interface AttackCase {
  name: string;
  request: unknown;
  expect_decision: DecisionName;
  expect_reason?: { check: CheckName; code: ReasonCode; message_substring?: string };
  expect_checks?: Partial<Record<CheckName, 'pass' | 'fail' | 'skip'>>;
  /** Sign the request's human_approval_record with a test key; `tamper` fields are set after signing. */
  sign?: { key: 'approver' | 'intruder'; key_id: string; tamper?: Record<string, unknown> };
  options?: { trusted_keys?: boolean };
  expand?: Record<string, Expansion>;
}

type Expansion = { list?: boolean } & (
  { repeat: unknown; times: number } | { text: string; times: number } | { nest: number; kind: 'array' | 'object' }
);

function expanded(e: Expansion): unknown {
  let v: unknown;
  if ('repeat' in e) v = Array.from({ length: e.times }, () => e.repeat);
  else if ('text' in e) v = e.text.repeat(e.times);
  else {
    v = 'leaf';
    for (let i = 0; i < e.nest; i++) v = e.kind === 'array' ? [v] : { x: v };
  }
  return e.list ? [v] : v;
}

const DIR = path.join(REPO_ROOT, 'test/fixtures/attacks');
const KEYS = JSON.parse(readFileSync(path.join(DIR, 'test-keys.json'), 'utf8')) as Record<
  'approver' | 'intruder',
  { public_key_pem: string; private_key_pem: string }
>;
const files = readdirSync(DIR)
  .filter((f) => f.endsWith('.json') && f !== 'test-keys.json')
  .sort();

const plain = loadExamplePolicy();
const keyed = loadExamplePolicy({ trustedKeys: { 'alice-2026': { public_key_pem: KEYS.approver.public_key_pem, approvers: ['alice'] } } });

function prepare(c: AttackCase): unknown {
  if (c.expand) {
    const request = { ...(c.request as Record<string, unknown>) };
    for (const [k, e] of Object.entries(c.expand)) request[k] = expanded(e);
    return request;
  }
  if (!c.sign) return c.request;
  const request = structuredClone(c.request) as Record<string, unknown>;
  const record = request.human_approval_record as Record<string, unknown>;
  const signature = signBytes(null, Buffer.from(canonicalJson(record), 'utf8'), createPrivateKey(KEYS[c.sign.key].private_key_pem));
  record.signature = { alg: 'ed25519', key_id: c.sign.key_id, value: signature.toString('base64') };
  Object.assign(record, c.sign.tamper ?? {});
  return request;
}

describe('attack suite (test/fixtures/attacks)', () => {
  it('has the fixture files', () => {
    expect(files).toEqual([
      'approvals.json',
      'branches.json',
      'identity.json',
      'kill.json',
      'nesting.json',
      'paths.json',
      'types.json',
      'workflows.json',
    ]);
  });

  it('the schema refuses a misspelt or unknown key at every level', () => {
    const base = { name: 'x', request: {}, expect_decision: 'deny' };
    expect(validateAttackFile({ about: 'a', cases: [base] })).toEqual([]);
    const bad = [
      { about: 'a', cases: [base], extra: 1 },
      { about: 'a', cases: [{ ...base, expect_reasn: { check: 'tool_scope', code: 'scope_undeclared' } }] },
      { about: 'a', cases: [{ ...base, expect_reason: { check: 'tool_scope', code: 'scope_undeclared', message_substr: 'x' } }] },
      { about: 'a', cases: [{ ...base, expect_reason: { check: 'tool_scope', code: 'no_such_code' } }] },
      { about: 'a', cases: [{ ...base, expect_reason: { check: 'no_such_check', code: 'scope_undeclared' } }] },
      { about: 'a', cases: [{ ...base, expect_checks: { kill_signals: 'fail' } }] },
      { about: 'a', cases: [{ ...base, expect_violation_substring: 'x' }] },
      { about: 'a', cases: [{ ...base, sign: { key: 'approver', key_id: 'k', tampr: {} } }] },
      { about: 'a', cases: [{ ...base, options: { trusted_key: true } }] },
      { about: 'a', cases: [{ ...base, expand: { changed_paths: { repeat: 'a', times: 2, lst: true } } }] },
      { about: 'a', cases: [{ ...base, expect_decision: 'denied' }] },
    ];
    for (const doc of bad) expect(validateAttackFile(doc), JSON.stringify(doc)).not.toEqual([]);
  });

  for (const file of files) {
    const doc: unknown = JSON.parse(readFileSync(path.join(DIR, file), 'utf8'));
    const { cases } = doc as { cases: AttackCase[] };
    describe(file, () => {
      it('conforms to the attack case schema', () => {
        expect(validateAttackFile(doc)).toEqual([]);
      });

      it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
        expect(DECISIONS).toContain(c.expect_decision);
        const policy: Policy = c.options?.trusted_keys ? keyed : plain;
        const d = policy.evaluate(prepare(c), { now: NOW });
        expect(d.decision, d.violations.join('\n')).toBe(c.expect_decision);
        // Whatever the request held, the decision serialises as the CLI and the MCP server write it.
        expect(() => canonicalJson(JSON.parse(JSON.stringify(d)))).not.toThrow();
        const reasons = d.evidence.reasons;
        // A refusal is asserted by what refused it: a reason when it gives one, else the checks.
        if (reasons.length > 0) expect(c.expect_reason, 'a case whose decision gives reasons names one').toBeDefined();
        else if (!d.allowed) expect(c.expect_checks, 'a refusal without reasons names its failed checks').toBeDefined();
        const want = c.expect_reason;
        if (want !== undefined) {
          const hit = reasons.filter((r) => r.check === want.check && r.code === want.code);
          expect(hit.length, `reasons: ${JSON.stringify(reasons)}`).toBeGreaterThan(0);
          if (want.message_substring !== undefined)
            expect(
              hit.some((r) => r.message.includes(want.message_substring!)),
              `reasons: ${JSON.stringify(hit)}`,
            ).toBe(true);
        }
        if (c.expect_checks !== undefined) expect(d.evidence.checks).toMatchObject(c.expect_checks);
      });
    });
  }
});
