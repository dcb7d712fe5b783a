/**
 * Untrusted strings of every character class (test/evidence/injection-cases.json) put in every
 * place the evidence shows one, rendered with a GFM renderer: nothing may become live (links,
 * mentions, references, emoji, HTML tags or comments), tables keep their shape, each name reads
 * back exactly as given (with invisible characters made visible), and the JSON record survives.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EvidenceRecord } from '../../src/evidence/types.js';
import { codeSpan, escapeSentence, escapeText, makeVisible, truncate } from '../../src/evidence/escape.js';
import { EVIDENCE_MARKER, parseEvidenceFromComment, renderEvidenceMarkdown } from '../../src/evidence/markdown.js';
import { finalizeEvidence, verifyEvidence } from '../../src/evidence/record.js';
import { fixture } from './fixtures.js';
import { renderGfm, scanHtml, type HtmlScan } from './html-scan.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const { cases } = JSON.parse(readFileSync(path.join(here, 'injection-cases.json'), 'utf8')) as {
  cases: Array<{ name: string; value: string }>;
};

/** Tags our own layout produces; anything else came from an untrusted string. */
const ALLOWED_TAGS = new Set([
  'h2',
  'h3',
  'p',
  'strong',
  'em',
  'code',
  'pre',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'ul',
  'ol',
  'li',
  'details',
  'summary',
]);

/** What a reader sees for `raw` in a table's code span of at most `max` code points. */
function seen(raw: string, max: number): string {
  const v = truncate(makeVisible(raw), max);
  if (v === '') return '(empty)';
  if (v.trim() === '') return JSON.stringify(v);
  // A backslash before a pipe cannot be written in a table's code span: it is shown as \u{005C}.
  return v.replace(/\\(?=\|)/g, '\\u{005C}');
}
const stripJoiners = (s: string) => s.replace(/\u2060/g, '');

function poisoned(value: string): EvidenceRecord {
  const r = structuredClone(fixture('deny')) as Omit<EvidenceRecord, 'evidence_sha256'> & { evidence_sha256?: string };
  delete r.evidence_sha256;
  r.summary = `Denied because of ${value}`;
  r.pull_request = { ...r.pull_request!, title: value, head_ref: value, author: value, labels: [value, 'agent-pr'] };
  r.agent_login = value;
  r.paths = [
    { status: 'renamed', path: value, previous_path: value, rule: value, verdict: 'forbidden', executable_changed: false, binary: false },
    ...r.paths,
  ];
  r.violations = [`path \`${value}\` matches forbidden pattern \`${value}\``, `raw: ${value}`];
  r.reasons = r.violations.map((message) => ({ check: value, code: value, message }));
  r.gates[3] = { ...r.gates[3]!, violations: r.violations, reasons: r.reasons };
  r.approvals = [
    { source: 'review', login: value, reviewer_pool: value, commit_id: null, counted: false, code: value, reason: `review by ${value}` },
  ];
  r.next_steps = [value];
  r.notes = [`note ${value}`];
  return finalizeEvidence(r);
}

function assertInert(scan: HtmlScan, where: string): void {
  for (const t of scan.tags) {
    expect(ALLOWED_TAGS.has(t.name), `${where}: unexpected <${t.name}>`).toBe(true);
    if (t.attributes !== '') expect(t.attributes, `${where}: attributes on <${t.name}>`).toBe('class="language-json"');
  }
  // Only our two markers: the evidence marker and the record marker.
  expect(scan.comments.length, `${where}: HTML comments ${scan.comments.join(' ')}`).toBe(2);
  expect(scan.comments[0]).toBe(EVIDENCE_MARKER);
  expect(scan.comments[1]).toMatch(/^<!-- mcp-gateway-policy:record (complete|paths_omitted|abridged|headline) paths-omitted=\d+ -->$/);
  const live = scan.liveText;
  expect(live, `${where}: a mention would ping`).not.toMatch(/(^|[^\w`])@[A-Za-z0-9]/);
  expect(live, `${where}: an issue reference would link`).not.toMatch(/#\d/);
  expect(live, `${where}: a GH- reference would link`).not.toMatch(/\bGH-\d/i);
  expect(live, `${where}: an emoji shortcode would render`).not.toMatch(/:[a-z0-9_+-]+:/);
  expect(live, `${where}: an autolinkable URL`).not.toMatch(/https?:\/\/|www\./i);
}

describe('injection suite: untrusted names render inert', () => {
  it.each(cases)('$name', ({ value }) => {
    const record = poisoned(value);
    const md = renderEvidenceMarkdown(record);
    expect(md.length).toBeLessThan(65_536);
    const html = renderGfm(md);
    const scan = scanHtml(html);
    assertInert(scan, JSON.stringify(value).slice(0, 60));
    // No invisible or reordering character reaches the page.
    // eslint-disable-next-line no-control-regex -- looking for control characters is the point
    expect(html).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029\ufeff]/);

    // Table shape: every row has its header's cell count; the tables we drew are all there.
    const [identity, gates, limits, paths, approvals] = scan.tables;
    expect(scan.tables).toHaveLength(5);
    for (const t of scan.tables) for (const row of t) expect(row).toHaveLength(t[0]!.length);
    expect(paths!.length - 1).toBe(record.paths.length);
    expect(approvals!.length - 1).toBe(1);
    expect(limits!.length - 1).toBe(3);
    expect(gates!.length - 1).toBe(5);

    // Each name reads back as given (code spans show it literally, visible-fied and capped).
    const p = paths![1]!;
    expect(p[0]).toBe('⛔\u00a0forbidden');
    expect(p[2]).toBe(seen(value, 200));
    expect(p[3]).toBe(seen(value, 200));
    expect(p[4]).toBe(seen(value, 120));
    const field = (name: string) => identity!.find((r) => r[0] === name)![1]!;
    expect(field('Branch')).toBe(`${seen(value, 200)} → main`);
    expect(field('Author')).toBe(seen(value, 100));
    expect(stripJoiners(field('Pull request'))).toBe(`#42 ${truncate(makeVisible(value), 200)}`.trim());
    expect(approvals![1]![0]).toBe(seen(value, 100));

    // The JSON record in the comment is the record, byte for byte after parsing, and verifies.
    // (A 5,000-character name repeated in every field does not fit whole: then it is shortened.)
    const parsed = parseEvidenceFromComment(md);
    expect(parsed).not.toBeNull();
    if (value.length < 1000) {
      expect(parsed!.completeness).toBe('complete');
      expect(parsed!.record).toEqual(record);
      expect(verifyEvidence(parsed!.record)).toBe(true);
    } else {
      expect(parsed!.completeness).not.toBe('complete');
      expect(parsed!.record.evidence_sha256).toBe(record.evidence_sha256);
    }
  });
});

describe('escapers (properties)', () => {
  const anyString = fc.string({ unit: fc.constantFrom(...'`|<>!-[]()#@:*_~\\$&\n\u202e abcGH1/.'.split('')), maxLength: 40 });

  it('a code span in a table cell reads back as the visible string', () => {
    fc.assert(
      fc.property(anyString, (s) => {
        const scan = scanHtml(renderGfm(`| h |\n| --- |\n| ${codeSpan(s, { inTable: true })} |\n`));
        expect(scan.tables[0]![1]![0]).toBe(seen(s, 200));
      }),
      { numRuns: 300 },
    );
  });

  it('escaped text reads back as the visible string (word joiners aside) and is never live', () => {
    fc.assert(
      fc.property(anyString, (s) => {
        const scan = scanHtml(renderGfm(`| h |\n| --- |\n| ${escapeText(s)} |\n\n- ${escapeText(s)}\n`));
        expect(scan.tags.every((t) => ALLOWED_TAGS.has(t.name))).toBe(true);
        expect(scan.comments).toEqual([]);
        expect(stripJoiners(scan.tables[0]![1]![0]!)).toBe(truncate(makeVisible(s), 300).trim());
        expect(scan.liveText).not.toMatch(/@[A-Za-z0-9]|#\d|\bGH-\d/i);
      }),
      { numRuns: 300 },
    );
  });

  it('sentences keep backtick-quoted names as code and escape the rest', () => {
    const html = renderGfm(escapeSentence('path `a|b <x>` is forbidden by @team #1'));
    const scan = scanHtml(html);
    expect(html).toContain('<code>a|b &lt;x&gt;</code>');
    expect(scan.liveText).not.toMatch(/@t|#1/);
    expect(stripJoiners(scan.liveText).trim()).toBe('path  is forbidden by @team #1');
    // An unpaired backtick stays literal text.
    expect(stripJoiners(scanHtml(renderGfm(escapeSentence('a `b` c `d'))).liveText).trim()).toBe('a  c `d');
  });
});
