import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify as toYaml } from 'yaml';
import { assessPosture, ManifestError, validatePackShape, type Pack } from '../../src/pack/index.js';
import { compileManifest } from '../../src/pack/compile-manifest.js';
import { canonicalJson, sha256Hex } from '../../src/util/canonical-json.js';

// Properties over manifests generated at random: valid by construction, with free text drawn from all
// of Unicode (emoji, CJK, control characters, quotes and backslashes), in random key orders.
const RUNS = { numRuns: 60 };

const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 24 }),
  fc.constantFrom('🚀 launch', 'Grüße aus Köln', '日本語', 'a "quoted" \\ path', 'tab\there', 'line\nbreak', '\u2028', '  padded  '),
);
const name = fc.stringMatching(/^[a-z0-9][a-z0-9._-]{0,8}$/);
const access = fc.constantFrom('read', 'write_branch', 'write_ticket', 'approval_required');
const limit = fc.nat({ max: 2000 });
const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

const workflow = (phases: string[]) =>
  fc.record(
    {
      id: name,
      title: opt(text),
      status: opt(fc.constantFrom('pilot', 'active', 'paused', 'retired')),
      maturity_stage: opt(fc.constantFrom('crawl', 'walk', 'run')),
      content_path: opt(text),
      public_path: opt(text),
      owner: opt(fc.record({ accountable_team: text, reviewer_pools: fc.array(name, { maxLength: 3 }) }, { requiredKeys: [] })),
      eligible_findings: fc.array(text, { maxLength: 3 }),
      default_agents: fc.array(name, { maxLength: 3 }),
      automation_first: fc.array(text, { maxLength: 2 }),
      mcp_context: fc.uniqueArray(fc.record({ namespace: name, access, purpose: opt(text) }, { requiredKeys: ['namespace', 'access'] }), {
        selector: (c) => `${c.namespace}:${c.access}`,
        maxLength: 4,
      }),
      scope: fc.record({
        allowed_paths: fc.array(fc.constantFrom('src/**', 'docs/*.md', 'README.md', 'ünï/**'), { maxLength: 3 }),
        forbidden_paths: fc.array(fc.constantFrom('.github/**', '**/*.pem', 'deploy*'), { maxLength: 3 }),
        max_changed_files: limit,
        max_diff_lines: limit,
      }),
      gates: fc
        .tuple(
          fc.tuple(...phases.map(() => fc.array(text, { maxLength: 3 }))),
          fc.dictionary(name, fc.array(text, { maxLength: 2 }), { maxKeys: 2 }),
        )
        .map(([required, extra]) => ({ ...extra, ...Object.fromEntries(phases.map((p, i) => [p, required[i]!])) })),
      evidence: fc.array(fc.record({ id: text, source: text, retention: text, evidence_owner: text }, { requiredKeys: [] }), {
        maxLength: 3,
      }),
      kpis: fc.array(fc.record({ id: text, target: text }, { requiredKeys: [] }), { maxLength: 3 }),
      kill_signals: fc.array(text, { maxLength: 3 }),
    },
    {
      requiredKeys: [
        'id',
        'eligible_findings',
        'default_agents',
        'automation_first',
        'mcp_context',
        'scope',
        'gates',
        'evidence',
        'kpis',
        'kill_signals',
      ],
    },
  );

const manifest = fc.uniqueArray(name, { minLength: 1, maxLength: 4 }).chain((phases) =>
  fc.record(
    {
      schema_version: opt(fc.constant('1.0')),
      last_reviewed: opt(fc.constantFrom('2026-05-02', '2027-12-31T23:59:59Z')),
      required_gate_phases: fc.constant(phases),
      standards_alignment: opt(
        fc.array(
          fc.dictionary(text, text, { maxKeys: 3 }).map((d) => ({ ...d, id: 'std' })),
          { maxLength: 3 },
        ),
      ),
      workflow_defaults: fc.record(
        {
          branch_prefix: fc.constantFrom('agent/', 'bots/auto-'),
          required_pr_label: opt(name),
          human_review_required: opt(fc.boolean()),
          default_change_window: opt(text),
          max_open_prs_per_repo: opt(limit),
          evidence_retention_days: opt(limit),
          manual_review_required_for: opt(fc.array(text, { maxLength: 3 })),
        },
        { requiredKeys: ['branch_prefix'] },
      ),
      workflows: fc.uniqueArray(workflow(phases), { selector: (w) => w.id, maxLength: 4 }),
    },
    { requiredKeys: ['required_gate_phases', 'workflow_defaults', 'workflows'] },
  ),
);

/** Reorders every object's keys with a seeded shuffle. */
function shuffleKeys(value: unknown, seed: number): unknown {
  let s = seed >>> 0 || 1;
  const next = () => ((s = (s * 1103515245 + 12345) >>> 0), s);
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(walk);
    if (v === null || typeof v !== 'object') return v;
    const entries = Object.entries(v);
    for (let i = entries.length - 1; i > 0; i--) {
      const j = next() % (i + 1);
      [entries[i], entries[j]] = [entries[j]!, entries[i]!];
    }
    return Object.fromEntries(entries.map(([k, x]) => [k, walk(x)]));
  };
  return walk(value);
}

const asJson = (m: unknown) => JSON.stringify(m, null, 2) + '\n';
const blankSource = (packText: string) => {
  const pack = JSON.parse(packText) as Pack;
  return { ...pack, source_manifest: { ...pack.source_manifest, path: '', sha256: '' } };
};

describe('pack compiler properties', () => {
  it('shuffled keys give the same bytes (apart from the manifest hash, which covers the text)', () => {
    fc.assert(
      fc.property(manifest, fc.integer(), (m, seed) => {
        const a = compileManifest(asJson(m));
        const b = compileManifest(JSON.stringify(shuffleKeys(m, seed)));
        expect(b.packText.replace(b.manifestSha256, a.manifestSha256)).toBe(a.packText);
      }),
      RUNS,
    );
  });

  it('the manifest hash and the pack ignore line endings', () => {
    fc.assert(
      fc.property(manifest, fc.constantFrom('\r\n', '\r'), (m, eol) => {
        const lf = asJson(m);
        const a = compileManifest(lf);
        const b = compileManifest(lf.replace(/\n/g, eol));
        expect(b.packText).toBe(a.packText);
        expect(b.manifestSha256).toBe(sha256Hex(lf));
      }),
      RUNS,
    );
  });

  it('the pack always parses, re-serialises to the same bytes, is ASCII, and has the exact pack shape', () => {
    fc.assert(
      fc.property(manifest, (m) => {
        const r = compileManifest(asJson(m));
        expect(canonicalJson(JSON.parse(r.packText))).toBe(r.packText);
        expect(r.packText).toMatch(/^[\x20-\x7e\n]*\n$/);
        expect(r.packText).not.toMatch(/ \n/);
        expect(r.packSha256).toBe(sha256Hex(r.packText));
        expect(validatePackShape(JSON.parse(r.packText)).problems).toEqual([]);
        const outside = r.pack.workflow_policies.filter((w) => !assessPosture(w).inside).length;
        const extraPhases = m.workflows.flatMap((w) => Object.keys(w.gates).filter((p) => !m.required_gate_phases.includes(p))).length;
        const humanReview = m.workflow_defaults?.human_review_required ?? true;
        const noPools = humanReview ? m.workflows.filter((w) => (w.owner?.reviewer_pools ?? []).length === 0).length : 0;
        const classes = (m.workflow_defaults?.manual_review_required_for ?? []).length > 0 ? 1 : 0;
        expect(r.warnings).toHaveLength(outside + extraPhases + noPools + classes);
      }),
      RUNS,
    );
  });

  it('YAML gives the same pack as the equivalent JSON, apart from path and hash', () => {
    fc.assert(
      fc.property(manifest, (m) => {
        const fromJson = compileManifest(asJson(m), { manifestPath: 'm.json' });
        const fromYaml = compileManifest(toYaml(m), { manifestPath: 'm.yaml' });
        expect(blankSource(fromYaml.packText)).toEqual(blankSource(fromJson.packText));
      }),
      RUNS,
    );
  });

  it('a negative limit or a dropped required gate phase anywhere is refused at that place', () => {
    const withWorkflow = manifest.filter((m) => m.workflows.length > 0);
    fc.assert(
      fc.property(withWorkflow, fc.nat(), fc.boolean(), (m, pick, dropGate) => {
        const i = pick % m.workflows.length;
        const w = m.workflows[i]!;
        let pointer: string;
        if (dropGate) {
          delete (w.gates as Record<string, unknown>)[m.required_gate_phases[pick % m.required_gate_phases.length]!];
          pointer = `/workflows/${i}/gates`;
        } else {
          w.scope.max_diff_lines = -1 - (pick % 5);
          pointer = `/workflows/${i}/scope/max_diff_lines`;
        }
        let error: unknown;
        try {
          compileManifest(asJson(m));
        } catch (err) {
          error = err;
        }
        expect(error).toBeInstanceOf(ManifestError);
        expect((error as ManifestError).problems.map((p) => p.pointer)).toContain(pointer);
      }),
      RUNS,
    );
  });
});
