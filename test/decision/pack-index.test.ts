/**
 * A pack index lets a later load of the same bytes skip validating the workflows it is not asked
 * about. The policy loaded by index must decide exactly as the whole load does; an index that does
 * not fit the bytes is ignored (a whole load instead), and one that fits the separators but lies
 * about what sits between them gives a deny, never another workflow's verdict.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadIndexedPolicy, loadPolicy, PolicyLoadError, type PackIndex, type Policy } from '../../src/decision/index.js';
import type { Pack } from '../../src/pack/types.js';
import { canonicalJson } from '../../src/util/index.js';
import { bigPack, NOW } from './support.js';

const N = 24;
const pack = bigPack(N);
const bytes = Buffer.from(canonicalJson(pack), 'utf8');
const whole = loadPolicy(bytes);
/** A store that has nothing kept and keeps nothing. */
const EMPTY = { find: () => undefined, save: () => undefined };
const first = loadIndexedPolicy(bytes, { indexStore: EMPTY });
const index = first.index!;

/** Requests over every workflow: each scope's own access, a write with paths, an approval by an agent class. */
function requestsOf(p: Pack): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  for (const w of p.workflow_policies) {
    const base = {
      workflow_id: w.workflow_id,
      agent_id: `sr-agent::${w.workflow_id}::${w.identity.allowed_agents[0]}`,
      run_id: 'run-1',
      gate_phase: 'tool_call',
    };
    for (const s of w.tool_access.allowed_mcp_scopes) {
      out.push({
        ...base,
        tool_namespace: s.namespace,
        tool_access_mode: s.access,
        branch_name: `${w.dispatch.required_branch_prefix ?? 'agent/'}x`,
        changed_paths: ['docs/a.md', 'src/index.ts', '.github/workflows/ci.yml'],
        diff_line_count: 10,
        human_approval_record: { approver: { type: 'human', id: 'codex', reviewer_pool: w.identity.reviewer_pools[0] } },
      });
    }
  }
  return out;
}
const requests = requestsOf(pack);

function decisionsOf(policy: Policy): string[] {
  return requests.map((r) => canonicalJson(policy.evaluate(r, { now: NOW })));
}
const expected = decisionsOf(whole);

/** A store that keeps `kept` for this pack's hash and nothing else. */
function storeOf(kept: unknown) {
  return { find: (sha: string) => (sha === index.pack_sha256 ? kept : undefined), save: () => undefined };
}

function byIndex(kept: unknown) {
  return loadIndexedPolicy(bytes, { indexStore: storeOf(kept) });
}

describe('a pack index', () => {
  it('is made by a whole load of a pack in the generator layout, workflow by workflow', () => {
    expect(first.reused).toBe(false);
    expect(index.pack_sha256).toBe(whole.packSha256);
    expect(index.workflows.map(([id]) => id)).toEqual(whole.workflowIds());
    const text = bytes.toString('utf8');
    index.workflows.forEach(([id, start, end]) => {
      expect((JSON.parse(text.slice(start, end)) as { workflow_id: string }).workflow_id).toBe(id);
    });
    const agents = new Set(pack.workflow_policies.flatMap((w) => w.identity.allowed_agents.map((a) => a.toLowerCase())));
    expect(index.agent_classes).toEqual([...agents].sort());
  });

  it('is not made when there is no store to keep it', () => {
    const loaded = loadIndexedPolicy(bytes);
    expect([loaded.index, loaded.reused]).toEqual([null, false]);
    expect(decisionsOf(loaded.policy)).toEqual(expected);
  });

  it('loads the same policy: decisions, ids, workflows, hashes, posture and the whole pack', () => {
    const again = byIndex(JSON.parse(JSON.stringify(index)));
    expect(again.reused).toBe(true);
    const policy = again.policy;
    expect(decisionsOf(policy)).toEqual(expected);
    expect(policy.packSha256).toBe(whole.packSha256);
    expect(policy.workflowIds()).toEqual(whole.workflowIds());
    for (const id of whole.workflowIds()) {
      expect(policy.workflow(id)).toEqual(whole.workflow(id));
      expect(policy.workflowPolicySha256(id)).toBe(whole.workflowPolicySha256(id));
      expect(policy.posture(id)).toEqual(whole.posture(id));
    }
    expect(canonicalJson(policy.pack)).toBe(bytes.toString('utf8'));
    expect(Object.isFrozen(policy.pack.workflow_policies[N - 1]!.change_scope.allowed_paths)).toBe(true);
  });

  it('is given to the store after a whole load, and a store that throws only costs a whole load', () => {
    const saved: PackIndex[] = [];
    const loaded = loadIndexedPolicy(bytes, { indexStore: { find: () => undefined, save: (x) => saved.push(x) } });
    expect(loaded.reused).toBe(false);
    expect(saved).toEqual([index]);
    const throwing = {
      find: () => {
        throw new Error('unreadable');
      },
      save: () => {
        throw new Error('read-only');
      },
    };
    const again = loadIndexedPolicy(bytes, { indexStore: throwing });
    expect(again.reused).toBe(false);
    expect(decisionsOf(again.policy)).toEqual(expected);
  });

  it('keeps the pins and options of loadPolicy', () => {
    const indexStore = storeOf(index);
    expect(() => loadIndexedPolicy(bytes, { indexStore, expectPackSha256: '0'.repeat(64) })).toThrow(PolicyLoadError);
    expect(() => loadIndexedPolicy(bytes, { indexStore, maxApprovalWindowHours: -1 })).toThrow(/maxApprovalWindowHours/);
  });

  it('is not made for bytes outside the generator layout', () => {
    const minified = Buffer.from(JSON.stringify(JSON.parse(bytes.toString('utf8'))));
    expect(loadIndexedPolicy(minified, { indexStore: EMPTY }).index).toBeNull();
    const raw = Buffer.from(bytes.toString('utf8').replace('"title": "', '"title": "é'));
    expect(loadIndexedPolicy(raw, { indexStore: EMPTY }).index).toBeNull();
    const none = Buffer.from(canonicalJson({ ...pack, workflow_policies: [] }));
    expect(loadIndexedPolicy(none, { indexStore: EMPTY }).index).toBeNull();
  });

  it('is ignored for other bytes, and an invalid pack is refused whatever index is offered', () => {
    const other = Buffer.from(bytes);
    const at = bytes.indexOf('"title": "') + 10;
    other[at] = other[at]! ^ 0x20;
    const always = { find: () => index, save: () => undefined };
    expect(loadIndexedPolicy(other, { indexStore: always }).reused).toBe(false);
    const broken = structuredClone(pack);
    (broken.workflow_policies[N - 1]!.change_scope as unknown as Record<string, unknown>).max_changed_files = 'many';
    const brokenBytes = Buffer.from(canonicalJson(broken));
    expect(() => loadIndexedPolicy(brokenBytes, { indexStore: always })).toThrow(/max_changed_files/);
  });

  it('refuses a stored value that is not an index of these bytes, whatever is wrong with it', () => {
    const bad: [string, (x: PackIndex) => unknown][] = [
      ['not an object', () => 'index'],
      ['another format', (x) => ({ ...x, format: 2 })],
      ['another length', (x) => ({ ...x, byte_length: x.byte_length + 1 })],
      ['head_end moved', (x) => ({ ...x, head_end: x.head_end + 1 })],
      ['a workflow missing', (x) => ({ ...x, workflows: x.workflows.slice(1) })],
      ['the last workflow missing', (x) => ({ ...x, workflows: x.workflows.slice(0, -1) })],
      ['no workflows', (x) => ({ ...x, workflows: [] })],
      ['an end moved', (x) => ({ ...x, workflows: x.workflows.map(([id, s, e], i) => [id, s, i === 3 ? e - 1 : e]) })],
      ['an id twice', (x) => ({ ...x, workflows: x.workflows.map(([id, s, e], i) => [i === 1 ? x.workflows[0]![0] : id, s, e]) })],
      ['an entry of the wrong shape', (x) => ({ ...x, workflows: x.workflows.map((w, i) => (i === 2 ? { id: w[0] } : w)) })],
      ['an agent class not lower-cased', (x) => ({ ...x, agent_classes: ['Codex'] })],
    ];
    for (const [name, mutate] of bad) expect(byIndex(mutate(structuredClone(index))).reused, name).toBe(false);
  });

  it('is never trusted, nor a reason to throw, when it is any other value or has any number changed', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        expect(byIndex(value).reused).toBe(false);
      }),
      { numRuns: 200 },
    );
    fc.assert(
      fc.property(fc.nat(N - 1), fc.integer({ min: 1, max: 2 }), fc.integer({ min: -3, max: 3 }), (i, field, delta) => {
        fc.pre(delta !== 0);
        const moved = structuredClone(index);
        (moved.workflows[i]![field] as number) += delta;
        expect(byIndex(moved).reused).toBe(false);
      }),
      { numRuns: 100 },
    );
  });

  it('that fits the separators but names the wrong workflows gives a deny saying so, never another verdict', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(N - 1), { minLength: N, maxLength: N }), (order) => {
        // Ids shuffled over the same ranges: each range now claims some other workflow's id.
        const ids = index.workflows.map(([id]) => id);
        const taken = new Set<number>();
        const perm = order.map((k) => {
          let j = k;
          while (taken.has(j)) j = (j + 1) % N;
          taken.add(j);
          return j;
        });
        const lying = { ...index, workflows: index.workflows.map(([, s, e], i) => [ids[perm[i]!]!, s, e]) };
        const loaded = byIndex(lying);
        expect(loaded.reused).toBe(true);
        decisionsOf(loaded.policy).forEach((d, i) => {
          if (d === expected[i]) return;
          const decision = JSON.parse(d) as { decision: string; violations: string[] };
          expect(decision.decision).toBe('deny');
          expect(decision.violations.join(' ')).toMatch(/the pack index does not fit the pack/);
        });
      }),
      { numRuns: 20 },
    );
  });
});
