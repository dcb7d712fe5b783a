/**
 * The exact path-set comparison: witnesses the engine confirms, equivalent rewrites that are no
 * change, and (property) on random glob sets, every witness holds under policy.evaluate and "no
 * widening" holds on random paths.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffPolicies, SEARCH_LIMITS, searchPathSets } from '../../src/diff/index.js';
import { alwaysForbidden, engineWrites, packWithPaths } from './support.js';

const WF = 'dependency-patch';

function pathEntries(oldA: string[], oldF: string[], newA: string[], newF: string[]) {
  const o = packWithPaths(WF, oldA, oldF);
  const n = packWithPaths(WF, newA, newF);
  const d = diffPolicies(o, n, { workflow: WF });
  return { o, n, widened: d.widened.filter((e) => e.kind === 'paths'), narrowed: d.narrowed.filter((e) => e.kind === 'paths') };
}

describe('path sets', () => {
  it('treats reordered, duplicated and subsumed globs, and a trailing "/", as no change', () => {
    const r = pathEntries(
      ['src/**', 'docs/*.md'],
      ['**/*.pem', 'src/secret/**'],
      ['docs/*.md', 'src/**', 'src/lib/**', 'src/**'],
      ['src/secret/', '**/*.PEM', '**/*.pem'],
    );
    expect(r.widened).toEqual([]);
    expect(r.narrowed).toEqual([]);
  });

  it('sees that a forbidden directory pattern already forbids everything below it', () => {
    // "secret" forbids the directory and all below it, case-insensitively, as "SECRET/**" does.
    const r = pathEntries(['**'], ['secret'], ['**'], ['SECRET/**']);
    expect(r.widened).toEqual([]);
    expect(r.narrowed).toEqual([]);
  });

  it('finds a shortest witness for an added allowed glob and for a removed forbidden glob, both confirmed by the engine', () => {
    const added = pathEntries(['src/**'], [], ['src/**', 'docs/**'], []);
    expect(added.widened).toHaveLength(1);
    expect(added.widened[0]!.witness).toBe('docs');
    expect(engineWrites(added.n, 'docs')).toBe(true);
    expect(engineWrites(added.o, 'docs')).toBe(false);

    const removed = pathEntries(['src/**'], ['**/*.pem'], ['src/**'], []);
    const w = removed.widened[0]!.witness!;
    expect(w.toLowerCase()).toMatch(/\.pem(\/|$)/);
    expect(engineWrites(removed.n, w)).toBe(true);
    expect(engineWrites(removed.o, w)).toBe(false);
    expect(removed.narrowed).toEqual([]);
  });

  it('respects case: a forbidden pattern matches every case, an allowed one only its own', () => {
    const r = pathEntries(['Src/**'], [], ['src/**'], []);
    expect(r.widened[0]!.witness).toBe('src');
    expect(r.narrowed[0]!.witness).toBe('Src');
    const f = pathEntries(['**'], ['KEYS/**'], ['**'], ['keys/**']);
    expect(f.widened).toEqual([]);
  });

  it('reports a narrowing with the path NEW refuses', () => {
    const r = pathEntries(['src/**'], [], ['src/**'], ['src/gen/**']);
    expect(r.widened).toEqual([]);
    expect(r.narrowed[0]!.witness).toBe('src/gen');
    expect(engineWrites(r.o, 'src/gen')).toBe(true);
    expect(engineWrites(r.n, 'src/gen')).toBe(false);
  });

  it('fails closed: a search stopped by its bound before finding a witness reports a widening without one', () => {
    const saved = SEARCH_LIMITS.maxStates;
    SEARCH_LIMITS.maxStates = 3;
    try {
      const r = pathEntries(['src/**'], [], ['src/**', 'docs/deep/tree/**'], []);
      expect(r.widened).toEqual([expect.objectContaining({ kind: 'paths', detail: expect.stringContaining('could not settle') })]);
      expect(r.widened[0]!.witness).toBeUndefined();
    } finally {
      SEARCH_LIMITS.maxStates = saved;
    }
  });

  it('never offers an always-forbidden path, or a path the engine refuses outright, as a witness', () => {
    const s = searchPathSets(
      { allowed: ['src/**'], forbidden: [] },
      { allowed: ['src/**', '.github/**', '**/action.yml'], forbidden: [] },
      ['.github/workflows/**', '.github/actions/**', '**/action.yml'],
    );
    const seen: string[] = [];
    for (let k = 0; k < 30; k++) {
      const p = s.next('widening');
      if (p === null) break;
      seen.push(p);
    }
    expect(seen[0]).toBe('.github');
    for (const p of seen) {
      expect(alwaysForbidden(p), p).toBe(false);
      expect(
        p.split('/').every((seg) => seg !== '' && seg !== '.' && seg !== '..'),
        p,
      ).toBe(true);
    }
  });
});

const SEGMENTS = ['a', 'b', 'B', 'src', '.x', '*', '**', '?', '[ab]', '[!a]', '*.md', 'x*', 'a?'];
const glob = fc.array(fc.constantFrom(...SEGMENTS), { minLength: 1, maxLength: 3 }).map((s) => s.join('/'));
const globs = (max: number) => fc.array(glob, { minLength: 0, maxLength: max });
const CHARS = ['a', 'b', 'B', 'A', 'x', 'src', '.x', '.md', 'c.md', 'q', '.'];
const samplePath = fc
  .array(
    fc.array(fc.constantFrom(...CHARS), { minLength: 1, maxLength: 2 }).map((s) => s.join('')),
    { minLength: 1, maxLength: 4 },
  )
  .map((s) => s.join('/'));

describe('path sets (properties)', () => {
  it('every witness is decided as claimed by policy.evaluate on both packs, and "no widening" holds on random paths', () => {
    fc.assert(
      fc.property(
        globs(3),
        globs(2),
        globs(3),
        globs(2),
        fc.array(samplePath, { minLength: 30, maxLength: 30 }),
        (oa, of, na, nf, samples) => {
          const r = pathEntries(oa.length > 0 ? oa : ['a'], of, na.length > 0 ? na : ['a'], nf);
          for (const e of r.widened) {
            if (e.witness === undefined) continue;
            expect(engineWrites(r.n, e.witness), `NEW writes ${e.witness}`).toBe(true);
            expect(engineWrites(r.o, e.witness), `OLD refuses ${e.witness}`).toBe(false);
          }
          for (const e of r.narrowed) {
            expect(e.witness).toBeDefined();
            expect(engineWrites(r.o, e.witness!)).toBe(true);
            expect(engineWrites(r.n, e.witness!)).toBe(false);
          }
          const widenedWithWitness = r.widened.some((e) => e.witness !== undefined);
          if (r.widened.length === 0) {
            for (const p of samples) {
              if (alwaysForbidden(p) || p.split('/').some((s) => s === '.')) continue;
              if (engineWrites(r.n, p))
                expect(engineWrites(r.o, p), `${p} is written by NEW only, yet no widening was reported`).toBe(true);
            }
          }
          // A widening without a witness is only the fail-closed answer to a search that could not finish.
          if (r.widened.length > 0 && !widenedWithWitness) expect(r.widened[0]!.detail).toContain('could not settle');
          if (r.narrowed.length === 0) {
            for (const p of samples) {
              if (alwaysForbidden(p) || p.split('/').some((s) => s === '.')) continue;
              if (engineWrites(r.o, p))
                expect(engineWrites(r.n, p), `${p} is written by OLD only, yet no narrowing was reported`).toBe(true);
            }
          }
        },
      ),
      { numRuns: 20 },
    );
  });
});
