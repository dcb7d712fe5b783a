import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AnnotationProperties } from '@actions/core';
import { ANNOTATIONS_PER_KIND, reportEvidenceToActions, type ActionsCoreLike } from '../../src/action/actions-output.js';
import { parseEvidenceFromComment } from '../../src/evidence/markdown.js';
import { parseWorkflowCommands } from '../support/actions-runner.js';
import { fixture, hugeDeny } from '../evidence/fixtures.js';

function recorder(writeFails = false) {
  const calls: Array<{ kind: 'error' | 'warning'; message: string; props?: AnnotationProperties }> = [];
  let summary = '';
  const core: ActionsCoreLike = {
    error: (message, props) => calls.push({ kind: 'error', message, props }),
    warning: (message, props) => calls.push({ kind: 'warning', message, props }),
    summary: {
      addRaw: (text: string) => (summary += text),
      write: async () => {
        if (writeFails) throw new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY.');
      },
    },
  };
  return { core, calls, summary: () => summary };
}

describe('job summary and annotations', () => {
  it('a denial annotates each offending file with core.error and writes the Markdown summary', async () => {
    const r = recorder();
    const report = await reportEvidenceToActions(fixture('deny'), { core: r.core });
    const errors = r.calls.filter((c) => c.kind === 'error');
    expect(errors.map((c) => c.props?.file)).toEqual([
      '.github/workflows/release.yml',
      'services/payments/secrets/keys.pem',
      'services/payments/ledger/settle.ts',
      'scripts/deploy.sh',
    ]);
    expect(errors[2]!.message).toBe(
      'services/payments/ledger/settle.ts (renamed from services/billing/settle.ts) is forbidden by the workflow policy; rule services/billing/**',
    );
    expect(report).toMatchObject({ summaryWritten: true, errors: 4, problems: [] });
    // The summary is the comment's Markdown without the marker, so it carries the record too.
    expect(r.summary()).not.toContain('<!-- mcp-gateway-policy:evidence -->');
    expect(parseEvidenceFromComment(r.summary())!.record.decision).toBe('deny');
  });

  it('caps error annotations below GitHub’s 10 per step, leaving one for the step failure, and counts the rest', async () => {
    const r = recorder();
    await reportEvidenceToActions(hugeDeny(3000), { core: r.core });
    const errors = r.calls.filter((c) => c.kind === 'error');
    expect(errors).toHaveLength(ANNOTATIONS_PER_KIND - 1);
    expect(errors.slice(0, -1).every((c) => c.props?.file)).toBe(true);
    expect(errors.at(-1)!.message).toBe('…and 2992 more offending paths: see the job summary or the evidence record');
  });

  it('a hold warns with the next step; notes become warnings; an allow has no errors', async () => {
    const hold = recorder();
    await reportEvidenceToActions(fixture('hold_for_approval'), { core: hold.core });
    expect(hold.calls).toEqual([
      {
        kind: 'warning',
        message: 'Needs an APPROVED review from a member of `service-owner` on `9f2c4e1`.',
        props: { title: 'mcp-gateway-policy' },
      },
    ]);
    const allow = recorder();
    await reportEvidenceToActions(fixture('allow_scoped_branch'), { core: allow.core });
    expect(allow.calls.map((c) => c.kind)).toEqual(['warning']);
  });

  it('a summary that cannot be written is a problem to report, not an exception', async () => {
    const r = recorder(true);
    const report = await reportEvidenceToActions(fixture('deny'), { core: r.core });
    expect(report.summaryWritten).toBe(false);
    expect(report.problems).toEqual(['could not write the job summary: Unable to find environment variable for $GITHUB_STEP_SUMMARY.']);
  });
});

describe('with the real @actions/core', () => {
  let dir: string | null = null;
  afterEach(() => {
    vi.restoreAllMocks();
    if (dir) rmSync(dir, { recursive: true, force: true });
    delete process.env.GITHUB_STEP_SUMMARY;
  });

  it('writes ::error file=… commands the runner reads and the step summary file', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'mgp-summary-'));
    const summaryFile = path.join(dir, 'summary.md');
    writeFileSync(summaryFile, '');
    process.env.GITHUB_STEP_SUMMARY = summaryFile;
    let out = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      out += String(chunk);
      return true;
    });
    const record = fixture('deny');
    record.paths[5] = { ...record.paths[5]!, path: 'odd,name:with%\nnewline.ts' };
    await reportEvidenceToActions(record);
    vi.restoreAllMocks();
    const commands = parseWorkflowCommands(out).filter((c) => c.command === 'error');
    expect(commands.map((c) => c.properties.file)).toContain('scripts/deploy.sh');
    expect(commands.map((c) => c.properties.file)).toContain('odd,name:with%\nnewline.ts');
    expect(parseEvidenceFromComment(readFileSync(summaryFile, 'utf8'))!.record.head_sha).toBe(record.head_sha);
  });
});
