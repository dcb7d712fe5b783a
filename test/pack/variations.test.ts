import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify as toYaml } from 'yaml';
import { HAS_SHARED, REPO_ROOT, SHARED_SKIP_REASON } from '../support/paths.js';
import { runCli } from '../support/run-cli.js';
import { DEFAULT_INTENT, DEFAULT_POLICY_ID, identityOf, type Pack } from '../../src/pack/index.js';
import { compileManifest, regenerateLike } from '../../src/pack/compile-manifest.js';
import { sha256Hex } from '../../src/util/canonical-json.js';
import {
  EXAMPLE_MANIFEST,
  EXAMPLE_PACK,
  MANIFEST_PATH,
  PACK_PATH,
  readSeedManifest,
  readSeedPack,
  reverseKeys,
  SEED_OPTIONS,
  SEED_POLICY_ID,
  SEED_INTENT,
  tempRepo,
} from './helpers.js';

/** The review warnings every minimal manifest here gets (tested in review-warnings.test.ts). */
const REVIEW_WARNING = /reviewer pools|change class/;

const example = () => readFileSync(EXAMPLE_MANIFEST, 'utf8');
const minimal = () => readFileSync(path.join(REPO_ROOT, 'test/fixtures/manifests/minimal.json'), 'utf8');
const crlf = (s: string) => s.replace(/\n/g, '\r\n');
const json = (v: unknown) => JSON.stringify(v, null, 2) + '\n';
/** The pack text with the manifest's identity (path and hash) blanked, for comparing different spellings of one manifest. */
const withoutSource = (packText: string) => {
  const pack = JSON.parse(packText) as Pack;
  return { ...pack, source_manifest: { ...pack.source_manifest, path: '', sha256: '' } };
};

describe('line endings', () => {
  it.skipIf(!HAS_SHARED)(
    `a CRLF copy of the seed manifest generates seed-pack.json byte for byte (${HAS_SHARED ? 'seed present' : SHARED_SKIP_REASON})`,
    async () => {
      const repo = tempRepo({ [MANIFEST_PATH]: crlf(readSeedManifest()) });
      const r = await runCli(['generate', ...SEED_OPTIONS], { cwd: repo });
      expect(r.status).toBe(0);
      expect(readFileSync(path.join(repo, PACK_PATH), 'utf8')).toBe(readSeedPack());
    },
  );

  it('CRLF and lone-CR copies of our example give the committed pack, hash included', () => {
    const committed = readFileSync(EXAMPLE_PACK, 'utf8');
    for (const text of [crlf(example()), example().replace(/\n/g, '\r')]) {
      expect(compileManifest(text, { manifestPath: MANIFEST_PATH }).packText).toBe(committed);
    }
    // The hash is over the LF text, whatever the checkout's line endings.
    expect(compileManifest(crlf(example())).manifestSha256).toBe(sha256Hex(example()));
  });

  it('a byte-order mark changes the hash but not the policy', () => {
    const plain = compileManifest(example());
    const bom = compileManifest('\uFEFF' + example());
    expect(withoutSource(bom.packText)).toEqual(withoutSource(plain.packText));
    expect(bom.manifestSha256).toBe(sha256Hex('\uFEFF' + example()));
  });
});

describe('key order', () => {
  it.skipIf(!HAS_SHARED)('the seed with every object key reversed gives the seed pack, apart from the manifest hash', () => {
    const reordered = json(reverseKeys(JSON.parse(readSeedManifest())));
    const r = compileManifest(reordered, { policyId: SEED_POLICY_ID, intent: SEED_INTENT });
    expect(r.packText.replace(r.manifestSha256, JSON.parse(readSeedPack()).source_manifest.sha256)).toBe(readSeedPack());
  });

  it('gate phases follow required_gate_phases in order, however the gates are written; an extra phase is left out with a warning', () => {
    const m = JSON.parse(minimal());
    const required: string[] = m.required_gate_phases;
    const gates: Record<string, string[]> = { 'zz-audit': ['z'] };
    for (const phase of [...required].reverse()) gates[phase] = [`rule for ${phase}`];
    m.workflows[0].gates = gates;
    const r = compileManifest(json(m));
    const contract = r.pack.workflow_policies[0]!.gate_contract;
    expect(contract.map((g) => g.phase)).toEqual(required);
    expect(contract.map((g) => g.rules)).toEqual(required.map((p) => [`rule for ${p}`]));
    // The original generator emits only the required phases; a phase beyond them is named, not silently lost.
    expect(r.warnings.filter((w) => !REVIEW_WARNING.test(w.message))).toEqual([
      expect.objectContaining({ pointer: '/workflows/0/gates/zz-audit', message: expect.stringContaining('not in required_gate_phases') }),
    ]);
  });
});

describe('YAML', () => {
  it('the hand-written YAML twin of our example gives the same pack as the JSON, apart from path and hash', () => {
    const yamlText = readFileSync(path.join(REPO_ROOT, 'test/fixtures/manifests/example-twin.yaml'), 'utf8');
    const fromYaml = compileManifest(yamlText, { manifestPath: 'test/fixtures/manifests/example-twin.yaml' });
    expect(fromYaml.pack.source_manifest.path).toBe('test/fixtures/manifests/example-twin.yaml');
    expect(withoutSource(fromYaml.packText)).toEqual(withoutSource(readFileSync(EXAMPLE_PACK, 'utf8')));
  });

  it.skipIf(!HAS_SHARED)('the seed converted to YAML, through the CLI, gives the seed pack apart from path and hash', async () => {
    const repo = tempRepo({ 'control/manifest.yml': toYaml(JSON.parse(readSeedManifest())) });
    const r = await runCli(['generate', '--manifest', 'control/manifest.yml', ...SEED_OPTIONS], { cwd: repo });
    expect(r.status).toBe(0);
    const written = readFileSync(path.join(repo, PACK_PATH), 'utf8');
    expect(JSON.parse(written).source_manifest.path).toBe('control/manifest.yml');
    expect(withoutSource(written)).toEqual(withoutSource(readSeedPack()));
  });
});

describe('non-ASCII text', () => {
  it('escapes every non-ASCII character, astral ones as surrogate pairs, and keeps the text', () => {
    const m = JSON.parse(minimal());
    const title = 'Überprüfung der Abhängigkeiten 🚀 — 日本語のテスト';
    m.workflows[0].title = title;
    m.workflows[0].gates.admission = ['le ticket est signalé ✅', 'ключ найден'];
    m.standards_alignment = [{ id: 'ß-standard', name: 'Norme 𝔸', ключ: 'значение', '🚀': 'rocket key', '\uFFFD': 'bmp key' }];
    const r = compileManifest(json(m));
    expect(r.packText).toMatch(/^[\x20-\x7e\n]*$/);
    expect(r.packText).toContain('\\ud83d\\ude80');
    expect(r.packText).toContain('\\u00dcberpr\\u00fcfung');
    const parsed = JSON.parse(r.packText) as Pack;
    expect(parsed.workflow_policies[0]!.title).toBe(title);
    expect(parsed.workflow_policies[0]!.gate_contract[0]!.rules).toEqual(m.workflows[0].gates.admission);
    // Keys sorted by code point: U+FFFD sorts before U+1F680, although its UTF-16 unit is larger than 0xD83D.
    expect(Object.keys(parsed.standards_alignment[0]!)).toEqual(['id', 'name', 'ключ', '\uFFFD', '🚀']);
  });
});

describe('other manifests', () => {
  it('derives every field of a manifest nobody has seen from the spec rules', () => {
    const m = JSON.parse(minimal());
    // Surrounding white space on id, namespace, access and purpose is trimmed; nothing else is.
    m.workflows[0].id = '  readme-typos\t';
    m.workflows[0].title = '  Fix typos  ';
    m.workflows[0].mcp_context.push({ namespace: ' issues.tracker ', access: ' read ', purpose: '  Find the report. ' });
    m.workflows[1].mcp_context.push({ namespace: 'repo.secrets', access: 'approval_required' });
    const { pack } = compileManifest(json(m), { manifestPath: 'ctl\\manifest.json' });
    const [w0, w1] = pack.workflow_policies;
    expect(w0!.workflow_id).toBe('readme-typos');
    expect(w0!.title).toBe('  Fix typos  ');
    expect(w0!.tool_access.allowed_mcp_scopes).toEqual([
      {
        access: 'write_branch',
        decision: 'allow_scoped_branch',
        namespace: 'repo.contents',
        purpose: 'Fix the typo.',
        scope_id: 'readme-typos:repo.contents:write_branch',
      },
      {
        access: 'read',
        decision: 'allow',
        namespace: 'issues.tracker',
        purpose: 'Find the report.',
        scope_id: 'readme-typos:issues.tracker:read',
      },
    ]);
    expect(w1!.tool_access.allowed_mcp_scopes.map((s) => [s.scope_id, s.decision, s.purpose])).toEqual([
      ['issue-triage:issues.tracker:write_ticket', 'allow_scoped_ticket', 'Label the issue.'],
      ['issue-triage:repo.secrets:approval_required', 'hold_for_approval', ''],
    ]);
    expect(w1!.tool_access.requires_human_approval_for).toEqual(['repo.secrets']);
    expect(w0!.tool_access.requires_human_approval_for).toEqual([]);
    expect(pack.policy_summary).toEqual({
      active_workflow_count: 1,
      mcp_namespace_count: 3,
      policy_decisions: ['allow', 'allow_scoped_branch', 'allow_scoped_ticket', 'hold_for_approval', 'deny', 'kill_session'],
      workflow_count: 2,
    });
    // Absent optional fields: null, or [] / true where the spec says so.
    expect(pack.standards_alignment).toEqual([]);
    expect(pack.generated_at).toBe('');
    expect(pack.source_manifest).toMatchObject({ last_reviewed: null, schema_version: null, path: 'ctl/manifest.json' });
    expect(pack.global_defaults).toEqual({
      default_change_window: null,
      evidence_retention_days: null,
      human_review_required: true,
      manual_review_required_for: [],
      max_open_prs_per_repo: null,
      required_pr_label: 'bot',
      required_remediation_branch_prefix: 'bot/',
    });
    expect(w0!.identity).toEqual({ accountable_team: null, allowed_agents: ['codex'], escalation: null, reviewer_pools: [] });
    expect([w0!.public_path, w0!.source_content_path]).toEqual([null, null]);
    expect(w0!.dispatch).toEqual({
      automation_first: [],
      eligible_findings: ['a typo in README.md'],
      max_open_prs_per_repo: null,
      required_branch_prefix: 'bot/',
      required_pr_label: 'bot',
    });
    expect(w1!.evidence_contract).toEqual({
      required_records: [{ evidence_owner: 'Maintainers', id: 'triage-log', retention: '30d', source: 'tracker history' }],
      retention_days_default: null,
    });
    expect(pack.policy_id).toBe(DEFAULT_POLICY_ID);
    expect(pack.intent).toBe(DEFAULT_INTENT);
  });

  it('copies evidence and KPI records by their known keys, null for the absent ones', () => {
    const m = JSON.parse(minimal());
    m.workflows[0].evidence = [{ id: 'only-id', note: 'not copied' }];
    m.workflows[0].kpis = [{ target: '0' }];
    const w = compileManifest(json(m)).pack.workflow_policies[0]!;
    expect(w.evidence_contract.required_records).toEqual([{ evidence_owner: null, id: 'only-id', retention: null, source: null }]);
    expect(w.kpi_contract).toEqual([{ id: null, target: '0' }]);
  });

  it('accepts what a reasonable team writes: any agent names, any number of standards, extension fields, $schema, policy_pack', () => {
    const m = JSON.parse(minimal());
    m.$schema = './workflow-manifest.schema.json';
    m['x-owner-notes'] = { reviewed_by: ['alice'], quarter: 3.5 };
    m.workflows[0]['x-ticket'] = 'PLAT-12';
    m.workflows[0].default_agents = ['aider', 'OpenHands', 'internal-bot.v2'];
    m.standards_alignment = [{ id: 'iso-42001' }];
    m.workflow_defaults.team_slack = '#agents';
    m.last_reviewed = '2026-01-31T09:30:00Z';
    m.policy_pack = { policy_id: 'acme-agents', intent: 'Keep Acme agents inside their lanes.' };
    const { pack } = compileManifest(json(m));
    expect(pack.workflow_policies[0]!.identity.allowed_agents).toEqual(['aider', 'OpenHands', 'internal-bot.v2']);
    expect(pack.standards_alignment).toEqual([{ id: 'iso-42001' }]);
    expect([pack.policy_id, pack.intent, pack.generated_at]).toEqual([
      'acme-agents',
      'Keep Acme agents inside their lanes.',
      '2026-01-31T09:30:00Z',
    ]);
    expect(JSON.stringify(pack)).not.toContain('x-owner-notes');
    // Options override the manifest's policy_pack block and last_reviewed.
    const over = compileManifest(json(m), { policyId: 'other', intent: 'Other intent.', generatedAt: '2027-01-01' }).pack;
    expect([over.policy_id, over.intent, over.generated_at]).toEqual(['other', 'Other intent.', '2027-01-01']);
  });

  it('accepts a manifest with no workflows as an all-deny pack', () => {
    const { pack } = compileManifest(json({ required_gate_phases: ['admission'], workflows: [] }));
    expect(pack.workflow_policies).toEqual([]);
    expect(pack.policy_summary.policy_decisions).toEqual(['deny', 'kill_session']);
  });

  it('warns about a workflow outside its maturity posture, without refusing the manifest', () => {
    const m = JSON.parse(minimal());
    m.workflows[0].scope.max_diff_lines = 900; // crawl allows at most 500
    m.workflows[1].kill_signals = []; // walk needs one
    const warnings = compileManifest(json(m)).warnings.filter((w) => !REVIEW_WARNING.test(w.message));
    expect(warnings.map((w) => w.pointer)).toEqual(['/workflows/0', '/workflows/1']);
    expect(warnings[0]!.message).toContain('max_diff_lines is 900; crawl allows at most 500');
    expect(warnings[1]!.message).toContain('declares no kill signal');
    expect(warnings[0]!.line).toBeGreaterThan(1);
  });

  it('generate prints posture warnings to stderr and still writes the pack', async () => {
    const m = JSON.parse(minimal());
    delete m.workflows[1].maturity_stage;
    const repo = tempRepo({ [MANIFEST_PATH]: json(m) });
    const r = await runCli(['generate'], { cwd: repo });
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(
      /^warning: data\/control-plane\/workflow-manifests\.json:\d+:\d+: \/workflows\/1: workflow "issue-triage" is outside its maturity posture/m,
    );
    expect(r.stdout).toContain('wrote data/policy/mcp-gateway-policy.json');
    const check = await runCli(['check'], { cwd: repo });
    expect(check.status).toBe(0);
    expect(check.stderr).toContain('outside its maturity posture');
  });
});

describe('JSON details', () => {
  it('finds a duplicate key however it is spelt, at any depth, and ignores equal keys in sibling objects', () => {
    const dup = (text: string) => {
      try {
        compileManifest(text);
        return null;
      } catch (err) {
        return (err as { problems?: { pointer: string; message: string }[] }).problems?.[0] ?? null;
      }
    };
    expect(dup('{"required_gate_phases": ["a"], "workflows": [], "x-a": {"k": 1, "\\u006b": 2}}')).toMatchObject({
      pointer: '/x-a/k',
      message: expect.stringContaining('duplicate key "k"'),
    });
    expect(dup('{"required_gate_phases": ["a"], "workflows": [], "x-a": [{"k": 1}, {"k": 2}], "x-b": {"k": {"k": 1}}}')).toBeNull();
    expect(dup('{"required_gate_phases": ["a"], "workflows": [], "x-s": "\\"k\\": {", "x-t": {"k": 1}}')).toBeNull();
  });

  it('a "__proto__" key is data, never a prototype', () => {
    const m = JSON.parse(minimal());
    const text = json(m).replace('"eligible_findings"', '"x-extra": {"__proto__": {"polluted": true}},\n      "eligible_findings"');
    const { pack } = compileManifest(text);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(pack.workflow_policies).toHaveLength(2);
  });
});

describe("regenerateLike (the admission check regenerates with the committed pack's identity)", () => {
  it('reproduces a pack generated with any identity, and still sees a change in policy', () => {
    const committed = compileManifest(example(), { policyId: 'acme', intent: 'Acme intent.', generatedAt: '2031-02-03' }).packText;
    expect(regenerateLike(example(), committed).packText).toBe(committed);
    expect(compileManifest(example()).packText).not.toBe(committed);
    const changed = example().replace('"max_changed_files": 6,', '"max_changed_files": 7,');
    expect(changed).not.toBe(example());
    expect(regenerateLike(changed, committed).packText).not.toBe(committed);
  });

  it('takes no identity from a committed pack that is not JSON or lacks the fields', () => {
    expect(identityOf('not json')).toEqual({});
    expect(identityOf('{"policy_id": "has space", "intent": "  ", "generated_at": 5}')).toEqual({});
    expect(regenerateLike(example(), '<<<<<<< conflict').packText).toBe(compileManifest(example()).packText);
  });
});
