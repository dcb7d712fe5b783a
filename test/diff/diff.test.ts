/** diffPolicies on packs compiled from variants of the example manifest: every kind of change, each on the right side. */
import { describe, expect, it } from 'vitest';
import { diffPolicies, loadPolicySource, type DiffEntry } from '../../src/diff/index.js';
import { engineWrites, exampleManifest } from './support.js';

type M = ReturnType<typeof exampleManifest>;
const policyOf = (m: unknown) => loadPolicySource(JSON.stringify(m), 'manifest.json').policy;
const base = exampleManifest();
const oldPolicy = policyOf(base);

function diffAfter(edit: (m: M) => void) {
  const m = exampleManifest();
  edit(m);
  const n = policyOf(m);
  return { ...diffPolicies(oldPolicy, n), n };
}
const kinds = (es: DiffEntry[]) => es.map((e) => `${e.workflow_id}/${e.kind}`);
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the manifest is edited freely here
const wf = (m: M, id: string) => m.workflows.find((w) => w.id === id)! as M['workflows'][number] & Record<string, any>;

describe('diffPolicies', () => {
  it('finds nothing between a manifest and itself, or its pack', () => {
    expect(diffPolicies(oldPolicy, policyOf(base))).toEqual({ widened: [], narrowed: [] });
  });

  it('reordered and redundant globs are no change', () => {
    const d = diffAfter((m) => {
      for (const w of m.workflows) {
        w.scope.allowed_paths.reverse();
        w.scope.forbidden_paths = [...w.scope.forbidden_paths].reverse().concat(w.scope.forbidden_paths[0] ?? []);
        if (w.scope.allowed_paths.length > 0) w.scope.allowed_paths.push(`${w.scope.allowed_paths[0]}`);
      }
    });
    expect(d).toMatchObject({ widened: [], narrowed: [] });
  });

  it('an added allowed glob and a removed forbidden glob are widenings with witnesses the engine confirms', () => {
    const d = diffAfter((m) => {
      wf(m, 'dependency-patch').scope.allowed_paths.push('scripts/**');
      wf(m, 'dependency-patch').scope.forbidden_paths = wf(m, 'dependency-patch').scope.forbidden_paths.filter(
        (p: string) => p !== '**/*.pem',
      );
    });
    const paths = d.widened.filter((e) => e.kind === 'paths');
    expect(paths).toHaveLength(1);
    const w = paths[0]!.witness!;
    expect(engineWrites(d.n, w)).toBe(true);
    expect(engineWrites(oldPolicy, w)).toBe(false);
    // With scripts/** allowed, the pem rule alone is still a widening.
    const pemOnly = diffAfter((m) => {
      wf(m, 'dependency-patch').scope.forbidden_paths = wf(m, 'dependency-patch').scope.forbidden_paths.filter(
        (p: string) => p !== '**/*.pem',
      );
    });
    const pw = pemOnly.widened.find((e) => e.kind === 'paths')!.witness!;
    expect(pw.toLowerCase()).toContain('.pem');
    expect(engineWrites(pemOnly.n, pw)).toBe(true);
    expect(engineWrites(oldPolicy, pw)).toBe(false);
  });

  it('raised limits widen, lowered ones narrow', () => {
    const d = diffAfter((m) => {
      wf(m, 'dependency-patch').scope.max_changed_files += 4;
      wf(m, 'dependency-patch').scope.max_diff_lines -= 100;
    });
    expect(kinds(d.widened)).toEqual(['dependency-patch/max_changed_files']);
    expect(d.widened[0]!.detail).toBe('max_changed_files raised from 6 to 10');
    expect(kinds(d.narrowed)).toEqual(['dependency-patch/max_diff_lines']);
  });

  it('workflows added and removed, status and maturity by posture looseness', () => {
    const d = diffAfter((m) => {
      const copy = structuredClone(wf(m, 'dependency-patch'));
      copy.id = 'dependency-patch-2';
      m.workflows.push(copy);
      m.workflows = m.workflows.filter((w) => w.id !== 'lint-autofix');
      wf(m, 'release-notes-draft').status = 'active';
      wf(m, 'docs-maintenance').maturity_stage = 'walk';
    });
    expect(kinds(d.widened)).toEqual(expect.arrayContaining(['dependency-patch-2/workflow', 'release-notes-draft/status']));
    expect(kinds(d.narrowed)).toEqual(expect.arrayContaining(['lint-autofix/workflow', 'docs-maintenance/maturity_stage']));
  });

  it('scopes added and removed, and decisions looser or stricter', () => {
    const d = diffAfter((m) => {
      const w = wf(m, 'dependency-patch');
      w.mcp_context = w.mcp_context.filter((s: { access: string }) => s.access !== 'write_ticket');
      w.mcp_context.push({ namespace: 'secrets.vault', access: 'approval_required', purpose: 'x' });
      w.mcp_context.push({ namespace: 'repo.search', access: 'read', purpose: 'x' });
    });
    expect(d.widened.map((e) => e.detail)).toEqual(
      expect.arrayContaining([
        'MCP scope secrets.vault:approval_required added (hold_for_approval)',
        'MCP scope repo.search:read added (allow)',
      ]),
    );
    expect(d.narrowed.map((e) => e.detail)).toEqual(['MCP scope tickets.platform:write_ticket removed']);
  });

  it('agents, reviewer pools, kill signals, review requirements, branch prefix and PR label', () => {
    const d = diffAfter((m) => {
      const w = wf(m, 'dependency-patch');
      w.default_agents.push('devin');
      w.kill_signals = w.kill_signals.slice(1);
      w.owner.reviewer_pools = ['security-reviewers'];
      const defaults = m.workflow_defaults as Record<string, unknown>;
      defaults.human_review_required = false;
      defaults.manual_review_required_for = ((defaults.manual_review_required_for as string[]) ?? []).slice(1);
      defaults.required_pr_label = 'agent-ok';
    });
    const w = kinds(d.widened);
    expect(w).toEqual(
      expect.arrayContaining([
        'dependency-patch/agent_classes',
        'dependency-patch/kill_signals',
        'dependency-patch/reviewer_pools',
        'null/human_review_required',
      ]),
    );
    expect(w).toContain('dependency-patch/required_pr_label');
    expect(kinds(d.narrowed)).toEqual(expect.arrayContaining(['dependency-patch/reviewer_pools', 'dependency-patch/required_pr_label']));
  });
});
