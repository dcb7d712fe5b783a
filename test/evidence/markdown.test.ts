import { describe, expect, it } from 'vitest';
import type { PathRow } from '../../src/admission/types.js';
import { EVIDENCE_MARKER, GITHUB_COMMENT_LIMIT, parseEvidenceFromComment, renderEvidenceMarkdown } from '../../src/evidence/markdown.js';
import { verifyEvidence } from '../../src/evidence/record.js';
import { FIXTURE_DECISIONS, fixture, hugeDeny } from './fixtures.js';
import { renderGfm, scanHtml } from './html-scan.js';
import { CHECK_NAMES } from '../../src/decision/index.js';
import { loadExamplePolicy, NOW } from '../decision/support.js';

describe('renderEvidenceMarkdown', () => {
  it.each(FIXTURE_DECISIONS)('%s matches its snapshot', async (decision) => {
    const md = renderEvidenceMarkdown(fixture(decision));
    await expect(md).toMatchFileSnapshot(`__snapshots__/${decision}.md`);
  });

  it.each(FIXTURE_DECISIONS.filter((d) => d !== 'not_applicable'))(
    '%s: the decision leads, and the record reads back and verifies',
    (decision) => {
      const record = fixture(decision);
      const md = renderEvidenceMarkdown(record);
      expect(md.startsWith(`${EVIDENCE_MARKER}\n## `)).toBe(true);
      const html = renderGfm(md);
      // The first heading is the decision.
      expect(/<h2>([^<]*)<\/h2>/.exec(html)![1]).toMatch(/Allowed|Held|Denied|killed/);
      const parsed = parseEvidenceFromComment(md)!;
      expect(parsed.completeness).toBe('complete');
      expect(parsed.record).toEqual(record);
      expect(verifyEvidence(parsed.record)).toBe(true);
    },
  );

  it("folds the admission evaluation's checks into a table: every check's outcome, and each failure's reasons by code", () => {
    const policy = loadExamplePolicy();
    const evaluation = policy.evaluate(
      {
        workflow_id: 'dependency-patch',
        agent_id: 'sr-agent::dependency-patch::codex',
        run_id: 'r',
        tool_namespace: 'repo.contents',
        tool_access_mode: 'write_branch',
        gate_phase: 'admission',
        branch_name: 'agent/x',
        changed_paths: ['src/<b>x</b>.ts'],
        diff_line_count: 9000,
      },
      { now: NOW },
    );
    const record = fixture('deny');
    const gates = record.gates.map((g) => (g.gate === 'admission' ? { ...g, evaluation } : g));
    const md = renderEvidenceMarkdown({ ...record, gates });
    expect(md).toContain('<details><summary>Admission gate: policy checks (2 failed)</summary>');
    const scan = scanHtml(renderGfm(md));
    // The path's "<b>" is text, not markup.
    expect(scan.tags.some((t) => t.name === 'b')).toBe(false);
    const table = scan.tables.find((t) => t[0]![0] === 'Check')!;
    expect(table.slice(1).map((r) => r[0])).toEqual([...CHECK_NAMES]);
    const byCheck = Object.fromEntries(table.slice(1).map((r) => [r[0], r]));
    expect(byCheck.diff_line_count![1]).toContain('fail');
    expect(byCheck.diff_line_count![2]).toContain('diff_lines_over');
    expect(byCheck.path_scope![2]).toContain('path_not_allowed');
    expect(byCheck.workflow_declared![1]).toContain('pass');
    expect(byCheck.scope_approval![1]).toContain('skip');
    // Without an evaluation there is no table.
    expect(renderEvidenceMarkdown(record)).not.toContain('policy checks');
  });

  it('shows the limits used as used / max', () => {
    const md = renderEvidenceMarkdown(fixture('allow'));
    expect(md).toContain('`5 / 8` ✅');
    expect(md).toContain('`212 / 250` ✅');
    expect(renderEvidenceMarkdown(fixture('deny'))).toContain('`412 / 250` ⛔ over the limit');
  });

  it('lists offending paths first, and every violation and next step', () => {
    const record = fixture('deny');
    const scan = scanHtml(renderGfm(renderEvidenceMarkdown(record)));
    const pathTable = scan.tables.find((t) => t[0]![0] === 'Verdict')!;
    expect(pathTable.slice(1, 5).every((r) => r[0]!.startsWith('⛔'))).toBe(true);
    expect(pathTable.slice(5).every((r) => r[0]!.startsWith('✅'))).toBe(true);
    expect(pathTable).toHaveLength(record.paths.length + 1);
    for (const v of record.violations) expect(scan.liveText.replace(/\u2060/g, '')).toContain(v.split('`')[0]!.trim());
    expect(scan.liveText).toContain('Split the change');
  });

  it('paths left unchecked (request refused before path checks) are shown but not counted as offending', () => {
    const record = fixture('deny');
    record.paths = record.paths.map((p) => ({ ...p, verdict: 'unchecked' as PathRow['verdict'] }));
    const md = renderEvidenceMarkdown(record);
    expect(md).toContain(`### Changed paths (${record.paths.length})\n`);
    expect(md).toContain('➖&nbsp;not&nbsp;checked');
  });

  it('not_applicable is one line', () => {
    const md = renderEvidenceMarkdown(fixture('not_applicable'), { marker: false });
    expect(md.trim().split('\n')).toHaveLength(1);
    expect(md).toMatch(/^➖ Not applicable: /);
  });

  it('a 3,000-offending-path denial stays under the limit and its JSON still parses', () => {
    const record = hugeDeny(3000);
    const md = renderEvidenceMarkdown(record);
    expect(md.length).toBeLessThan(GITHUB_COMMENT_LIMIT);
    expect(md.length).toBeLessThanOrEqual(60_000);
    const parsed = parseEvidenceFromComment(md)!;
    expect(parsed).not.toBeNull();
    expect(parsed.completeness).not.toBe('complete');
    expect(parsed.pathsOmitted).toBe(3000);
    expect(parsed.record.paths).toEqual([]);
    expect(parsed.record.evidence_sha256).toBe(record.evidence_sha256);
    expect(parsed.record.decision).toBe('deny');
    expect(md).toMatch(/Showing \d+ of 3000 paths, offending first/);
    expect(md).toMatch(/…and \d+ more, listed in the evidence record/);
    expect(md).toContain('the whole record is the job');
  });

  it('tightens the layout step by step under a smaller budget, always keeping parseable JSON', () => {
    const record = hugeDeny(300);
    let previous = Infinity;
    for (const maxChars of [60_000, 30_000, 15_000, 8_000]) {
      const md = renderEvidenceMarkdown(record, { maxChars });
      expect(md.length).toBeLessThanOrEqual(maxChars);
      expect(md.length).toBeLessThanOrEqual(previous);
      previous = md.length;
      expect(parseEvidenceFromComment(md)?.record.evidence_sha256).toBe(record.evidence_sha256);
    }
  });

  it('takes the last record block, so a quoted marker earlier in the comment cannot stand in', () => {
    const record = fixture('allow');
    const md = renderEvidenceMarkdown(record);
    const forged =
      '<!-- mcp-gateway-policy:record complete paths-omitted=0 -->\n```json\n{"schema":"mcp-gateway-policy/evidence@1","decision":"allow"}\n```\n' +
      md;
    expect(parseEvidenceFromComment(forged)!.record).toEqual(record);
    expect(parseEvidenceFromComment('no record here')).toBeNull();
    expect(parseEvidenceFromComment(md.replace('"decision": "allow"', '"decision": allow'))).toBeNull();
  });
});
