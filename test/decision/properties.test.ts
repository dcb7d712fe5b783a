/**
 * Properties of evaluate() over thousands of generated requests, against the repo's example pack
 * (data/policy/mcp-gateway-policy.json), so they run without ../shared.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHECK_NAMES, cleanPath, DECISIONS, decisionRank, REASON_CODES, type Decision, type ReasonCode } from '../../src/decision/index.js';
import { compileScopeMatchers } from '../../src/decision/paths.js';
import { canonicalJson } from '../../src/util/canonical-json.js';
import { loadExamplePolicy, NOW, PATH_POOL, requestArbitrary, reorderKeys, untypedApprovalArbitrary } from './support.js';

const policy = loadExamplePolicy();
const requests = requestArbitrary(policy);
const RUNS = { numRuns: 3000 };
const evaluate = (r: unknown): Decision => policy.evaluate(r, { now: NOW });

/** Paths each workflow forbids, by its own compiled forbidden patterns (whatever its status). */
const forbiddenFor = new Map<string, string[]>();
for (const id of policy.workflowIds()) {
  const scope = policy.workflow(id)!.change_scope;
  const m = compileScopeMatchers(scope.allowed_paths, scope.forbidden_paths, [], id);
  const candidates = [...PATH_POOL, '.github/workflows/evil.yml', 'anything/at/all.txt'].filter((p) => {
    const c = cleanPath(p);
    return c.ok && m.anyForbidden(c.path, c.path.toLowerCase());
  });
  forbiddenFor.set(id, candidates);
}

describe('evaluate properties (example pack)', () => {
  it('finds forbidden paths for every workflow to test with', () => {
    for (const [id, paths] of forbiddenFor) expect(paths.length, id).toBeGreaterThan(0);
  });

  it('never throws on any value, and always answers one of the six decisions with its evidence', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.jsonValue(), requests), (r) => {
        const d = evaluate(r);
        expect(DECISIONS).toContain(d.decision);
        expect(d.allowed).toBe(decisionRank(d.decision) === 3);
        expect(Object.keys(d.evidence.checks)).toEqual([...CHECK_NAMES]);
        expect(d.evidence.pack_sha256).toBe(policy.packSha256);
        if (d.decision === 'deny') expect(d.violations.length).toBeGreaterThan(0);
        // What the CLI prints must always serialise.
        expect(() => canonicalJson(JSON.parse(JSON.stringify(d)))).not.toThrow();
      }),
      RUNS,
    );
  });

  it('gives one coded reason per violation, from a check that failed', () => {
    const checkNames: ReadonlySet<string> = new Set(CHECK_NAMES);
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), requests), (r) => {
        const d = evaluate(r);
        const reasons = d.evidence.reasons;
        expect(reasons.map((x) => x.message)).toEqual(d.violations);
        for (const x of reasons) {
          expect(Object.keys(x).sort()).toEqual(['check', 'code', 'message']);
          expect(checkNames.has(x.check), x.check).toBe(true);
          expect(Object.hasOwn(REASON_CODES, x.code), x.code).toBe(true);
          expect(REASON_CODES[x.code as ReasonCode].checks).toContain(x.check);
          expect(d.evidence.checks[x.check as (typeof CHECK_NAMES)[number]], `${x.code} from a check that did not fail`).toBe('fail');
        }
      }),
      RUNS,
    );
  });

  it('never throws on hostile objects: throwing getters, proxies, prototype tricks, huge strings, NaN', () => {
    const getter = Object.defineProperty({}, 'workflow_id', {
      enumerable: true,
      get: () => {
        throw new Error('boom');
      },
    });
    const proxy = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('no keys');
        },
      },
    );
    const inherited = Object.create({ workflow_id: 'docs-maintenance', runtime_kill_signal: 'x' });
    const cases: unknown[] = [
      getter,
      proxy,
      inherited,
      JSON.parse('{"__proto__": {"workflow_id": "docs-maintenance"}}'),
      { workflow_id: 'x'.repeat(5_000_000) },
      { workflow_id: 'docs-maintenance', diff_line_count: NaN },
      { workflow_id: Symbol('x') },
      { workflow_id: 10n },
      () => 1,
      new Date(),
      new Map(),
      Object.create(null),
    ];
    for (const c of cases) {
      const d = policy.evaluate(c, { now: NOW });
      expect(DECISIONS).toContain(d.decision);
      expect(decisionRank(d.decision)).toBeLessThanOrEqual(1);
    }
    expect(policy.evaluate(inherited, { now: NOW }).violations).toContain('missing workflow_id');
  });

  it('adding a forbidden path never makes a decision more permissive', () => {
    fc.assert(
      fc.property(requests, fc.nat(), fc.nat(), (r, pick, at) => {
        const id = typeof r.workflow_id === 'string' ? r.workflow_id.trim() : '';
        const pool = forbiddenFor.get(id) ?? ['.github/workflows/evil.yml'];
        const extra = pool[pick % pool.length]!;
        const paths = Array.isArray(r.changed_paths)
          ? [...(r.changed_paths as unknown[])]
          : typeof r.changed_paths === 'string'
            ? [r.changed_paths]
            : [];
        paths.splice(at % (paths.length + 1), 0, extra);
        expect(decisionRank(evaluate({ ...r, changed_paths: paths }).decision)).toBeLessThanOrEqual(decisionRank(evaluate(r).decision));
      }),
      RUNS,
    );
  });

  it('raising diff_line_count past the limit never makes a decision more permissive', () => {
    fc.assert(
      fc.property(requests, fc.nat(10_000), (r, over) => {
        const id = typeof r.workflow_id === 'string' ? r.workflow_id.trim() : '';
        const limit = policy.workflow(id)?.change_scope.max_diff_lines ?? 0;
        const raised = evaluate({ ...r, diff_line_count: limit + 1 + over });
        expect(decisionRank(raised.decision)).toBeLessThanOrEqual(decisionRank(evaluate(r).decision));
        if (raised.evidence.scope_id?.endsWith(':write_branch')) expect(raised.decision).not.toBe('allow_scoped_branch');
      }),
      RUNS,
    );
  });

  it('any kill signal gives kill_session, whatever else the request says', () => {
    const signal = fc.oneof(
      fc.string().filter((s) => s.trim() !== ''),
      fc.constantFrom('operator pressed the kill switch', true, 1, ['x'], { why: 'x' }),
    );
    fc.assert(
      fc.property(fc.oneof(requests, fc.dictionary(fc.string(), fc.jsonValue())), signal, fc.boolean(), (r, s, alias) => {
        const d = evaluate({ ...r, [alias ? 'triggered_kill_signal' : 'runtime_kill_signal']: s });
        expect(d.decision).toBe('kill_session');
        expect(d.allowed).toBe(false);
      }),
      RUNS,
    );
  });

  it('an untyped approval never approves: the decision is the one without any record', () => {
    fc.assert(
      fc.property(requests, untypedApprovalArbitrary, (r, record) => {
        const without = { ...r };
        delete without.human_approval_record;
        const d = evaluate({ ...r, human_approval_record: record });
        expect(d.decision).toBe(evaluate(without).decision);
        expect(d.approval_present).toBe(false);
        if (d.approval_required) expect(d.decision).not.toBe('allow');
      }),
      RUNS,
    );
  });

  it("gives the same result when the request's keys (at every depth) are reordered", () => {
    fc.assert(
      fc.property(requests, fc.integer(), (r, seed) => {
        expect(evaluate(reorderKeys(r, seed))).toEqual(evaluate(r));
      }),
      RUNS,
    );
  });

  it('is deterministic and does not change the request', () => {
    fc.assert(
      fc.property(requests, (r) => {
        const before = JSON.stringify(r);
        const a = evaluate(r);
        expect(JSON.stringify(r)).toBe(before);
        expect(evaluate(r)).toEqual(a);
      }),
      { numRuns: 1000 },
    );
  });
});
