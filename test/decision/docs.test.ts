/**
 * docs/decisions.md's worked examples were produced by the CLI; this keeps them true: each example's
 * request still gets the decision, reason and violations the page shows.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REASON_CODES } from '../../src/decision/index.js';
import { REPO_ROOT } from '../support/paths.js';
import { loadExamplePolicy, NOW } from './support.js';

const page = readFileSync(path.join(REPO_ROOT, 'docs/decisions.md'), 'utf8');
const examples = page
  .slice(page.indexOf('## Worked examples'))
  .split('\n### ')
  .slice(1)
  .map((section) => {
    const blocks = [...section.matchAll(/```json\n([\s\S]*?)\n```/g)].map((m) => JSON.parse(m[1]!) as Record<string, unknown>);
    return { title: section.split('\n')[0]!, request: blocks[0]!, shown: blocks[1]! };
  });

describe('docs/decisions.md worked examples', () => {
  it('shows each of the six outcomes', () => {
    expect(new Set(examples.map((e) => e.shown.decision))).toEqual(
      new Set(['allow', 'allow_scoped_branch', 'allow_scoped_ticket', 'hold_for_approval', 'deny', 'kill_session']),
    );
  });

  const policy = loadExamplePolicy();
  it.each(examples.map((e) => [e.title, e] as const))('%s', (_title, e) => {
    const d = policy.evaluate(e.request, { now: NOW });
    for (const key of ['allowed', 'approval_present', 'approval_required', 'decision', 'reason', 'violations'] as const)
      expect(d[key], key).toEqual(e.shown[key]);
    const shownEvidence = e.shown.evidence as Record<string, unknown>;
    for (const key of ['workflow_id', 'agent_class', 'scope_id', 'paths', 'approval', 'reasons'] as const) {
      if (key in shownEvidence) expect(JSON.parse(JSON.stringify(d.evidence[key])), key).toEqual(shownEvidence[key]);
    }
    // An abridged `checks` ("…" standing for the rest) shows true outcomes; a full one is the whole object.
    const shownChecks = shownEvidence.checks as Record<string, string> | undefined;
    if (shownChecks !== undefined) {
      const { '…': rest, ...named } = shownChecks;
      if (rest === undefined) expect(d.evidence.checks).toEqual(named);
      else expect(d.evidence.checks).toMatchObject(named);
    }
  });
});

describe('docs/decisions.md lists every reason code', () => {
  it('has one table row per code of REASON_CODES, naming its checks', () => {
    const rows = [...page.matchAll(/^\| `([a-z_]+)` \| ((?:`[a-z_]+`(?:, )?)+) \| /gm)].map(
      (m) => [m[1]!, m[2]!.replace(/`/g, '').split(', ')] as const,
    );
    expect(Object.fromEntries(rows)).toEqual(
      Object.fromEntries(Object.entries(REASON_CODES).map(([code, info]) => [code, [...info.checks]])),
    );
  });
});

describe('docs examples name what the shipped example pack has', () => {
  const pack = JSON.parse(readFileSync(path.join(REPO_ROOT, 'data/policy/mcp-gateway-policy.json'), 'utf8')) as {
    workflow_policies: { workflow_id: string }[];
  };
  const ids = new Set(pack.workflow_policies.map((w) => w.workflow_id));
  const pages = ['docs/mcp.md', 'docs/decisions.md', 'README.md'];
  it.each(pages)('%s: every workflow id in its examples is in the example pack, and no path points at ../shared', (page) => {
    const text = readFileSync(path.join(REPO_ROOT, page), 'utf8');
    const blocks = [...text.matchAll(/```(?:bash|console|json|jsonc|sh)\n([\s\S]*?)\n```/g)].map((m) => m[1]!);
    // A JSON field ("workflow_id": "x") or a flag (--workflow-id x, --workflow-id=x); "…" placeholders are not ids.
    const named = blocks.flatMap((b) =>
      [...b.matchAll(/(?:"workflow_id"\s*:\s*"|--workflow-id[ =])([A-Za-z0-9][A-Za-z0-9._-]*)/g)].map((m) => m[1]!),
    );
    for (const id of named) expect(ids, `${page} names workflow "${id}"`).toContain(id);
    // User-facing pages never send users to the maintainers' reference data (the README's contributing notes may).
    if (page !== 'README.md') expect(text).not.toMatch(/\.\.\/shared\//);
  });
});
