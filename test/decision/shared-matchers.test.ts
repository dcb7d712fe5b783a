/**
 * Matchers shared across a pack's workflows, built lazily and answered by shortcuts where they can
 * be, give the verdicts of the straightforward compile: each workflow on its own, every pattern
 * judged by its regular expression (the definition of what it matches).
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CompileCache } from '../../src/decision/compile-cache.js';
import { loadPolicy, PolicyLoadError, type Policy } from '../../src/decision/index.js';
import { checkScopeGlobs, compileScopeMatchers, type ScopeMatchers } from '../../src/decision/paths.js';
import type { Pack } from '../../src/pack/types.js';
import { EXAMPLE_PACK_PATH, NOW } from './support.js';

const GLOBS = [
  'docs/**',
  'docs/',
  './src/**',
  'docs/*.md',
  '**/*.md',
  '**/*.pem',
  '*.json',
  'src/**/*.ts',
  'a/?/b',
  '**/secret*',
  '**/*secret*',
  '.github/**',
  'packages/*/package.json',
  '**/test/**',
  '**/test',
  'x/[abc]*.ts',
  '{a,b}/**',
  '**',
  '*',
  'README.md',
  '**/.env*',
  'docs/**/*.md',
  'src/*',
  '',
];
const SEGMENTS = [
  'docs',
  'DOCS',
  'src',
  'a',
  'b',
  'x',
  'test',
  '.github',
  'packages',
  'p',
  'README.md',
  'f.md',
  'G.MD',
  'g.ts',
  'k.pem',
  'K.PEM',
  'secret.txt',
  '.env',
  '.env.local',
  'package.json',
  'c',
  'bts',
];

const globList = fc.array(fc.constantFrom(...GLOBS), { maxLength: 5 });
const scope = fc.record({ allowed: globList, forbidden: globList });
const pathArb = fc.array(fc.constantFrom(...SEGMENTS), { minLength: 1, maxLength: 4 }).map((s) => s.join('/'));

interface Verdicts {
  allowed: boolean[];
  forbidden: boolean[];
  any: boolean;
  original: boolean;
}

function verdicts(m: ScopeMatchers, path: string): Verdicts {
  const lower = path.toLowerCase();
  return {
    allowed: m.allowed.map((a) => a.test(path, lower)),
    forbidden: m.forbidden.map((f) => f.test(path, lower)),
    any: m.anyForbidden(path, lower),
    original: m.originallyAllowed(path),
  };
}

/** The reference: a fresh compile for this workflow alone, each pattern judged by its regex. */
function reference(allowed: string[], forbidden: string[], path: string): Verdicts {
  const m = compileScopeMatchers(allowed, forbidden, [], 'reference', new CompileCache());
  const f = m.forbidden.map((x) => x.regex.test(path));
  return { allowed: m.allowed.map((x) => x.regex.test(path)), forbidden: f, any: f.some(Boolean), original: m.originallyAllowed(path) };
}

describe('shared, lazy matchers', () => {
  it('answer as a per-workflow compile judged by each pattern regex, in any order of first use', () => {
    fc.assert(
      fc.property(
        fc.array(scope, { minLength: 1, maxLength: 6 }),
        fc.array(fc.tuple(fc.nat(), pathArb), { minLength: 1, maxLength: 30 }),
        (scopes, asks) => {
          // Every scope twice, as a large pack repeats its lists; one cache for the whole "pack".
          const cache = new CompileCache();
          const shared = [...scopes, ...scopes].map((s) => compileScopeMatchers(s.allowed, s.forbidden, [], 'shared', cache));
          for (const [k, path] of asks) {
            const i = k % shared.length;
            const s = scopes[i % scopes.length]!;
            expect(verdicts(shared[i]!, path), `${JSON.stringify(s)} on ${path}`).toEqual(reference(s.allowed, s.forbidden, path));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('compile each distinct glob and tester once per cache', () => {
    const cache = new CompileCache();
    for (let i = 0; i < 50; i++) compileScopeMatchers(['docs/**', 'src/*'], ['.github/**', 'src/*'], [], 'x', cache);
    expect(cache.count('glob')).toBe(2);
    expect(cache.count('glob-i')).toBe(4); // each forbidden glob and its "/**" variant
    const once = cache.count('tester') + cache.count('tester-i');
    compileScopeMatchers(['docs/**', 'src/*'], ['.github/**', 'src/*'], [], 'x', cache);
    expect(cache.count('tester') + cache.count('tester-i')).toBe(once);
  });

  it('checkScopeGlobs reports exactly the problems compileScopeMatchers reports', () => {
    const long = `docs/${'a'.repeat(70_000)}`;
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...GLOBS, long), { maxLength: 4 }),
        fc.array(fc.constantFrom(...GLOBS, long), { maxLength: 4 }),
        (allowed, forbidden) => {
          const compiled: string[] = [];
          compileScopeMatchers(allowed, forbidden, compiled, 'w', new CompileCache());
          const checked: string[] = [];
          checkScopeGlobs(allowed, forbidden, checked, 'w', new CompileCache());
          expect(checked).toEqual(compiled);
        },
      ),
      { numRuns: 100 },
    );
  });
});

const example = JSON.parse(readFileSync(EXAMPLE_PACK_PATH, 'utf8')) as Pack;
const docs = example.workflow_policies.find((w) => w.workflow_id === 'docs-maintenance')!;

/** A pack of the docs-maintenance workflow under new ids, each with the given change scope. */
function packOf(scopes: { allowed: string[]; forbidden: string[] }[]): Pack {
  const pack = structuredClone(example);
  pack.workflow_policies = scopes.map((s, i) => {
    const w = structuredClone(docs);
    w.workflow_id = `docs-${i}`;
    w.change_scope = { ...w.change_scope, allowed_paths: s.allowed, forbidden_paths: s.forbidden, max_changed_files: 50 };
    return w;
  });
  return pack;
}

function write(policy: Policy, id: string, paths: string[]) {
  const w = policy.workflow(id)!;
  return policy.evaluate(
    {
      workflow_id: id,
      agent_id: `sr-agent::${id}::${w.identity.allowed_agents[0]}`,
      run_id: 'r1',
      tool_namespace: 'repo.contents',
      tool_access_mode: 'write_branch',
      gate_phase: 'tool_call',
      branch_name: `${w.dispatch.required_branch_prefix}x`,
      changed_paths: paths,
      diff_line_count: 1,
    },
    { now: NOW },
  );
}

describe('a loaded pack compiles each workflow on its first decision', () => {
  it('gives every workflow the decisions it gets loaded alone', () => {
    fc.assert(
      fc.property(
        fc.array(scope, { minLength: 1, maxLength: 4 }),
        fc.array(fc.tuple(fc.nat(), fc.array(pathArb, { minLength: 1, maxLength: 4 })), { minLength: 1, maxLength: 8 }),
        (scopes, asks) => {
          const all = [...scopes, ...scopes];
          const policy = loadPolicy(packOf(all));
          for (const [k, paths] of asks) {
            const i = k % all.length;
            const alone = loadPolicy(packOf([all[i]!]));
            const got = write(policy, `docs-${i}`, paths);
            const want = write(alone, 'docs-0', paths);
            expect(got.decision).toBe(want.decision);
            expect(got.evidence.paths).toEqual(want.evidence.paths);
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('still refuses at load a glob that cannot be compiled, in a workflow no decision has asked', () => {
    const pack = packOf([
      { allowed: ['docs/**'], forbidden: [] },
      { allowed: ['docs/**'], forbidden: [`x/${'a'.repeat(70_000)}`] },
    ]);
    expect(() => loadPolicy(pack)).toThrow(PolicyLoadError);
    expect(() => loadPolicy(pack)).toThrow(/workflow_policies\/1\/change_scope\.forbidden_paths\[0\]: glob .* cannot be compiled/);
  });
});
