/**
 * A pack's workflows are built on first use, but every one is checked at load: a malformed
 * workflow anywhere in a large pack refuses the whole pack, whichever workflow a caller asks for,
 * and a workflow is frozen before any caller can reach it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CompileCache } from '../../src/decision/compile-cache.js';
import { loadPolicy, PolicyLoadError } from '../../src/decision/index.js';
import { checkScopeGlobs } from '../../src/decision/paths.js';
import type { Pack } from '../../src/pack/types.js';
import { bigPack, NOW } from './support.js';

function readOf(pack: Pack, i: number): Record<string, unknown> {
  const w = pack.workflow_policies[i]!;
  const scope = w.tool_access.allowed_mcp_scopes[0]!;
  return {
    workflow_id: w.workflow_id,
    agent_id: `sr-agent::${w.workflow_id}::${w.identity.allowed_agents[0]}`,
    run_id: 'run-1',
    tool_namespace: scope.namespace,
    tool_access_mode: scope.access,
    gate_phase: 'tool_call',
  };
}

const N = 60;

/** Ways to break one workflow that only a check of that workflow can see. */
const BREAKS: { name: string; pattern: RegExp; apply: (p: Pack, i: number) => void }[] = [
  {
    name: 'a field of the wrong type',
    pattern: /\/workflow_policies\/\d+\/change_scope\/max_changed_files/,
    apply: (p, i) => {
      (p.workflow_policies[i]!.change_scope as unknown as Record<string, unknown>).max_changed_files = 'many';
    },
  },
  {
    name: 'an unknown field',
    pattern: /is not a field of a schema 1\.0 pack/,
    apply: (p, i) => {
      (p.workflow_policies[i] as unknown as Record<string, unknown>).extra = true;
    },
  },
  {
    name: 'a scope declared twice',
    pattern: /declared twice/,
    apply: (p, i) => {
      const scopes = p.workflow_policies[i]!.tool_access.allowed_mcp_scopes;
      scopes.push(structuredClone(scopes[0]!));
    },
  },
  {
    name: 'a workflow id declared twice',
    pattern: /workflow_id .* is declared twice/,
    apply: (p, i) => {
      p.workflow_policies[i]!.workflow_id = p.workflow_policies[(i + 1) % N]!.workflow_id;
    },
  },
  {
    name: 'a glob that cannot be compiled',
    pattern: /cannot be compiled/,
    apply: (p, i) => {
      p.workflow_policies[i]!.change_scope.forbidden_paths.push(`x/${'a'.repeat(70_000)}`);
    },
  },
];

describe('lazily built workflows', () => {
  it('refuse the whole pack for a malformed workflow anywhere, as bytes or as an object', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: N - 1 }), fc.constantFrom(...BREAKS), (i, brk) => {
        const pack = bigPack(N);
        brk.apply(pack, i);
        for (const input of [Buffer.from(JSON.stringify(pack, null, 2)), pack]) {
          let error: unknown;
          try {
            loadPolicy(input);
          } catch (err) {
            error = err;
          }
          expect(error, brk.name).toBeInstanceOf(PolicyLoadError);
          expect((error as PolicyLoadError).problems.join('\n'), brk.name).toMatch(brk.pattern);
        }
      }),
      { numRuns: 25 },
    );
  });

  it('report a bad pattern list at every workflow that has it, though each distinct list is checked once', () => {
    const pack = bigPack(N);
    const bad = `x/${'a'.repeat(70_000)}`;
    for (const i of [3, 9, N - 3]) pack.workflow_policies[i]!.change_scope.forbidden_paths.push(bad);
    // 3 and 9 are copies of one template (6 templates): the same pair of lists.
    expect(pack.workflow_policies[3]!.change_scope).toEqual(pack.workflow_policies[9]!.change_scope);
    let error: unknown;
    try {
      loadPolicy(pack);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(PolicyLoadError);
    // Exactly what checking each workflow on its own, with nothing shared, reports.
    const alone = pack.workflow_policies.flatMap((w, i) => {
      const problems: string[] = [];
      checkScopeGlobs(
        w.change_scope.allowed_paths,
        w.change_scope.forbidden_paths,
        problems,
        `/workflow_policies/${i}/change_scope`,
        new CompileCache(),
      );
      return problems;
    });
    expect(alone.length).toBeGreaterThanOrEqual(3);
    expect((error as PolicyLoadError).problems).toEqual(alone);
    expect(new Set(alone.map((p) => p.split('/change_scope')[0]))).toEqual(
      new Set(['/workflow_policies/3', '/workflow_policies/9', `/workflow_policies/${N - 3}`]),
    );
  });

  it('decide as the pack does when every workflow is built first, in any order of first use', () => {
    const pack = bigPack(N);
    const eager = loadPolicy(pack);
    void eager.pack; // reading the pack builds nothing, but freezes every workflow
    for (const id of eager.workflowIds()) eager.workflow(id);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: N - 1 }), { minLength: 1, maxLength: 20 }), (order) => {
        const lazy = loadPolicy(pack);
        for (const i of order) {
          const request = readOf(pack, i);
          expect(lazy.evaluate(request, { now: NOW })).toEqual(eager.evaluate(request, { now: NOW }));
          const id = pack.workflow_policies[i]!.workflow_id;
          expect(lazy.workflowPolicySha256(id)).toBe(eager.workflowPolicySha256(id));
          expect(lazy.posture(id)).toEqual(eager.posture(id));
        }
      }),
      { numRuns: 20 },
    );
  });

  it('are frozen before a caller can reach them', () => {
    const policy = loadPolicy(Buffer.from(JSON.stringify(bigPack(N))));
    const id = policy.workflowIds()[N - 1]!;
    expect(Object.isFrozen(policy.workflow(id)!.change_scope.allowed_paths)).toBe(true);
    const fresh = loadPolicy(Buffer.from(JSON.stringify(bigPack(N))));
    const all = fresh.pack.workflow_policies;
    expect(Object.isFrozen(all)).toBe(true);
    expect(all.every((w) => Object.isFrozen(w) && Object.isFrozen(w.tool_access.allowed_mcp_scopes[0]))).toBe(true);
    expect(Object.isFrozen(fresh.pack.global_defaults)).toBe(true);
    expect(fresh.workflowIds()).toHaveLength(N);
    expect(fresh.workflow('nope')).toBeUndefined();
  });
});
