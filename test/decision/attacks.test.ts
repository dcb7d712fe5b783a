/**
 * The attack suite, kept as data: test/fixtures/attacks/*.json, each {about, cases: [{name, request,
 * expect_decision, expect_violation_substring?, sign?, options?, expand?}]}, against the example pack.
 * `expand` sets attributes too large to write out: {repeat, times} (a list), {text, times} (a
 * string), {nest, kind: "array" | "object"} (a value nested that deep); `list: true` wraps it in a list.
 */
import { createPrivateKey, sign as signBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DECISIONS, type DecisionName, type Policy } from '../../src/decision/index.js';
import { canonicalJson } from '../../src/util/canonical-json.js';
import { REPO_ROOT } from '../support/paths.js';
import { loadExamplePolicy, NOW } from './support.js';

interface AttackCase {
  name: string;
  request: unknown;
  expect_decision: DecisionName;
  expect_violation_substring?: string;
  /** Sign the request's human_approval_record with a test key; `tamper` fields are set after signing. */
  sign?: { key: 'approver' | 'intruder'; key_id: string; tamper?: Record<string, unknown> };
  options?: { trusted_keys?: boolean };
  expand?: Record<string, Expansion>;
}

type Expansion = { list?: boolean } & ({ repeat: unknown; times: number } | { text: string; times: number } | { nest: number; kind: 'array' | 'object' });

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
const KEYS = JSON.parse(readFileSync(path.join(DIR, 'test-keys.json'), 'utf8')) as Record<'approver' | 'intruder', { public_key_pem: string; private_key_pem: string }>;
const files = readdirSync(DIR).filter((f) => f.endsWith('.json') && f !== 'test-keys.json').sort();

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
    expect(files).toEqual(['approvals.json', 'branches.json', 'identity.json', 'kill.json', 'nesting.json', 'paths.json', 'types.json', 'workflows.json']);
  });

  for (const file of files) {
    const { cases } = JSON.parse(readFileSync(path.join(DIR, file), 'utf8')) as { cases: AttackCase[] };
    describe(file, () => {
      it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
        expect(DECISIONS).toContain(c.expect_decision);
        const policy: Policy = c.options?.trusted_keys ? keyed : plain;
        const d = policy.evaluate(prepare(c), { now: NOW });
        expect(d.decision, d.violations.join('\n')).toBe(c.expect_decision);
        // Whatever the request held, the decision serialises as the CLI and the MCP server write it.
        expect(() => canonicalJson(JSON.parse(JSON.stringify(d)))).not.toThrow();
        if (c.expect_violation_substring !== undefined) {
          expect(d.violations.some((v) => v.includes(c.expect_violation_substring!)), `violations: ${JSON.stringify(d.violations)}`).toBe(true);
        }
      });
    });
  }
});
