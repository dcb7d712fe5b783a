/**
 * Properties of the path and branch rules that no manifest can loosen: `.git` components,
 * invisible code points, full case folding of forbidden patterns, always-forbidden paths, git's
 * branch-name rules (against the real `git check-ref-format --branch`), and bounded echoes.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alwaysForbiddenRule, branchNameProblem, caseFold, cleanPath, loadPolicy } from '../../src/decision/index.js';
import { canonicalJson } from '../../src/util/canonical-json.js';
import { EXAMPLE_PACK_PATH, NOW } from './support.js';

/** The example pack with one branch-write workflow that allows everything and forbids `forbidden`. */
function openPolicy(forbidden: string[], options = {}) {
  const pack = JSON.parse(readFileSync(EXAMPLE_PACK_PATH, 'utf8'));
  const w = pack.workflow_policies.find((x: { workflow_id: string }) => x.workflow_id === 'docs-maintenance');
  w.change_scope.allowed_paths = ['**'];
  w.change_scope.forbidden_paths = forbidden;
  w.change_scope.max_changed_files = 100;
  return loadPolicy(pack, options);
}
const write = (paths: string[], branch = 'agent/x') => ({
  workflow_id: 'docs-maintenance',
  agent_id: 'claude',
  run_id: 'run-1',
  tool_namespace: 'repo.contents',
  tool_access_mode: 'write_branch',
  gate_phase: 'tool_call',
  branch_name: branch,
  changed_paths: paths,
  diff_line_count: 1,
});

const open = openPolicy([]);
const segment = fc.stringMatching(/^[A-Za-z0-9_-][A-Za-z0-9._-]{0,8}$/);
const segments = fc.array(segment, { minLength: 0, maxLength: 3 });

describe('paths no manifest can allow', () => {
  it('refuses every path with a .git component, in any letter case, anywhere', () => {
    const dotGit = fc.constantFrom('.git', '.GIT', '.Git', '.gIt', '.git.', '.git ', 'GIT~1', '.gıt', '.GİT');
    fc.assert(
      fc.property(segments, dotGit, segments, (before, g, after) => {
        const p = [...before, g, ...after].join('/');
        expect(cleanPath(p).ok, p).toBe(false);
        expect(open.evaluate(write([p]), { now: NOW }).decision).toBe('deny');
      }),
      { numRuns: 300 },
    );
    for (const p of ['.github/x.md', '.gitignore', 'a/.gitkeep', 'x/.gitx/y', 'git/x', '.gi/t']) expect(cleanPath(p).ok, p).toBe(true);
  });

  it('refuses every path holding a default-ignorable code point', () => {
    const ignorable = fc
      .integer({ min: 0, max: 0x10ffff })
      .filter((c) => (c < 0xd800 || c > 0xdfff) && /\p{Default_Ignorable_Code_Point}/u.test(String.fromCodePoint(c)));
    fc.assert(
      fc.property(segments, ignorable, segment, (before, c, name) => {
        const p = [...before, `${name.slice(0, 2)}${String.fromCodePoint(c)}${name.slice(2)}`].join('/');
        const r = cleanPath(p);
        expect(r.ok, p).toBe(false);
        expect(open.evaluate(write([p]), { now: NOW }).decision).toBe('deny');
      }),
      { numRuns: 300 },
    );
  });

  it('denies the always-forbidden paths whatever the manifest allows, and says so', () => {
    const policy = openPolicy([], { packPath: 'policy/pack.json', manifestPath: 'cfg/m.yaml' });
    for (const p of [
      '.github/workflows/README.md',
      '.GitHub/Actions/x/action.yml',
      'a/b/action.yaml',
      'CODEOWNERS',
      '.github/codeowners',
      'docs/CODEOWNERS',
      'x/.gitattributes',
      'y/.GITMODULES',
      'data/policy/mcp-gateway-policy.json',
      'policy/PACK.json',
      'cfg/m.yaml',
      'data/control-plane/workflow-manifests.json',
    ]) {
      const d = policy.evaluate(write([p]), { now: NOW });
      expect(d.decision, p).toBe('deny');
      expect(d.evidence.paths[0]!.verdict, p).toBe('always_forbidden');
      expect(d.violations[0], p).toContain('always forbidden');
    }
    for (const p of ['src/CODEOWNERS.md', 'github/workflows/x', '.github/dependabot.yml', 'actions.yml'])
      expect(policy.evaluate(write([p]), { now: NOW }).decision, p).toBe('allow_scoped_branch');
  });

  it('gives admission the same list (one definition)', () => {
    const rule = alwaysForbiddenRule(['m.json'], ['p.json']);
    expect(rule('.GITHUB/WORKFLOWS/ci.yml')?.rule).toBe('.github/workflows/**');
    expect(rule('M.JSON')?.rule).toBe('the manifest (m.json)');
    expect(rule('data/policy/mcp-gateway-policy.json')?.rule).toContain('the pack');
    expect(rule('src/a.ts')).toBeNull();
  });
});

describe('full case folding of forbidden patterns', () => {
  // Python's casefold of single characters, spelt out (scripts/case-fold-table.py generates the table from Python).
  it('folds as Python casefold does', () => {
    const cases: [string, string][] = [
      ['ß', 'ss'],
      ['ſ', 's'],
      ['\u212a', 'k'],
      ['İ', 'i\u0307'],
      ['ı', 'ı'],
      ['Σ', 'σ'],
      ['ς', 'σ'],
      ['ﬁ', 'fi'],
      ['Ꭰ', 'Ꭰ'],
      ['ꭰ', 'Ꭰ'],
      ['ǅ', 'ǆ'],
      ['ẞ', 'ss'],
      ['µ', 'μ'],
    ];
    for (const [s, f] of cases) expect(caseFold(s), s).toBe(f);
  });

  it('matches python3 casefold on random text, when python3 is on the machine', () => {
    const samples = fc.sample(
      fc.string({ unit: 'binary', maxLength: 12 }).map((s) => s.replace(/[\uD800-\uDFFF]/g, '')),
      { numRuns: 300, seed: 7 },
    );
    const py = spawnSync('python3', ['-c', 'import json,sys\nprint(json.dumps([s.casefold() for s in json.load(sys.stdin)]))'], {
      input: JSON.stringify(samples),
      encoding: 'utf8',
    });
    if (py.status !== 0) return; // no python3: the spelt-out cases above still hold
    expect(samples.map(caseFold)).toEqual(JSON.parse(py.stdout));
  });

  it('a forbidden pattern forbids every case and fold variant of a path it forbids', () => {
    const variants: Record<string, string[]> = { s: ['S', 'ſ'], i: ['I', 'ı', 'İ'], k: ['K', '\u212a'] };
    const policy = openPolicy(['infra/**', 'secrets/*.key', '**/kustomize*', 'sk[i]ll/**']);
    const base = fc.constantFrom('infra/a.txt', 'secrets/prod.key', 'x/kustomize.yaml', 'skill/x', 'a/b/kustomize/c');
    fc.assert(
      fc.property(base, fc.array(fc.nat(), { minLength: 20, maxLength: 20 }), (p, picks) => {
        expect(policy.evaluate(write([p]), { now: NOW }).decision).toBe('deny');
        let i = 0;
        const v = [...p]
          .map((ch) => {
            const options = [ch, ch.toUpperCase(), ...(variants[ch] ?? [])];
            return options[picks[i++ % picks.length]! % options.length];
          })
          .join('');
        const d = policy.evaluate(write([v]), { now: NOW });
        expect(d.decision, v).toBe('deny');
      }),
      { numRuns: 500 },
    );
  });

  it('forbids what fnmatch forbids on the casefolded pattern and path', () => {
    const policy = openPolicy(['straße/**', 'ﬁles/*', 'ǅ*']);
    for (const p of ['STRASSE/x', 'strasse/y', 'STRAẞE/z', 'files/a', 'FILES/b', 'ǆx', 'Ǆy'])
      expect(policy.evaluate(write([p]), { now: NOW }).decision, p).toBe('deny');
  });
});

describe('branch names are git refs', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'refcheck-'));
  const gitSays = (name: string): boolean => {
    const r = spawnSync('git', ['check-ref-format', '--branch', name], {
      cwd: dir,
      env: { ...process.env, GIT_CEILING_DIRECTORIES: path.dirname(dir) },
      encoding: 'utf8',
    });
    return r.status === 0;
  };
  const alphabet = fc.constantFrom(...'ab/.-@{}~^:?*[\\ \t\u007fé1lockHEAD'.split(''), '.lock', '..', '@{', '//');

  it('agrees with git check-ref-format --branch on random names', () => {
    fc.assert(
      fc.property(
        fc.array(alphabet, { minLength: 1, maxLength: 8 }).map((a) => a.join('')),
        (name) => {
          expect(branchNameProblem(name) === null, name).toBe(gitSays(name));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('denies a branch write on a name git refuses', () => {
    for (const b of ['agent/a..b', 'agent/x.lock', 'agent/x/', 'agent/a b', 'agent/a~1', 'agent/.x']) {
      const d = open.evaluate(write(['docs/a.md'], b), { now: NOW });
      expect(d.decision, b).toBe('deny');
      expect(d.violations.join('\n')).toContain('not a valid git branch name');
    }
  });
});

describe('bounded depth', () => {
  it('answers, and serialises, whatever the nesting of any attribute', () => {
    const deep = (n: number, kind: number): unknown => {
      let v: unknown = 'x';
      for (let i = 0; i < n; i++) v = kind === 0 ? [v] : { k: v };
      return v;
    };
    fc.assert(
      fc.property(
        fc.constantFrom('workflow_id', 'agent_id', 'branch_name', 'changed_paths', 'human_approval_record', 'runtime_kill_signal', 'other'),
        fc.integer({ min: 1, max: 20000 }),
        fc.nat(1),
        (key, n, kind) => {
          const d = open.evaluate({ ...write(['docs/a.md']), [key]: deep(n, kind) }, { now: NOW });
          expect(() => canonicalJson(JSON.parse(JSON.stringify(d)))).not.toThrow();
          if (key === 'runtime_kill_signal') expect(d.decision).toBe('kill_session');
        },
      ),
      { numRuns: 60 },
    );
  });
});
