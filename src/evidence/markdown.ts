/**
 * The evidence record as the Markdown a reviewer reads: the PR comment, the job summary and
 * `admit`'s terminal output all come from `renderEvidenceMarkdown`. Pure: a record in, a string out.
 *
 * Budget: GitHub rejects a comment over 65,536 characters. The renderer tries ever smaller
 * layouts (fewer path rows and violations, then the JSON record without its per-path list, then
 * abridged, then only its headline fields) and returns the first that fits `maxChars`, saying
 * what it left out. The JSON block always stays parseable (`parseEvidenceFromComment`).
 */
import type {
  ApprovalRow,
  GateName,
  GateResult,
  LimitUse,
  PathRow,
  PolicyDiffEntry,
  PolicyDiffEvidence,
  PathRowVerdict,
} from '../admission/index.js';
import { EVIDENCE_SCHEMA, type EvidenceRecord } from './types.js';
import { codeSpan, escapeHtml, escapeInvisibleInJson, escapeSentence, escapeText } from './escape.js';

/** Starts every comment we write; the sticky-comment lookup also requires our login. */
export const EVIDENCE_MARKER = '<!-- mcp-gateway-policy:evidence -->';

/** GitHub's limit on an issue comment body. */
export const GITHUB_COMMENT_LIMIT = 65_536;
/** Default budget: well under GitHub's limit, leaving room for any counting differences. */
export const DEFAULT_MAX_CHARS = 60_000;

const RECORD_MARKER = 'mcp-gateway-policy:record';

/** How much of the record the comment's JSON block holds. */
export type RecordCompleteness = 'complete' | 'paths_omitted' | 'abridged' | 'headline';

type Decision = EvidenceRecord['decision'];

const HEADLINE: Record<Decision, string> = {
  allow: '✅ Allowed',
  allow_scoped_branch: '✅ Allowed, scoped to the branch',
  allow_scoped_ticket: '✅ Allowed, scoped to the ticket',
  hold_for_approval: '⏸️ Held for approval',
  deny: '⛔ Denied',
  kill_session: '🛑 Session killed',
  not_applicable: '➖ Not applicable',
};

const VERDICT_ICON: Record<Decision, string> = {
  allow: '✅',
  allow_scoped_branch: '✅',
  allow_scoped_ticket: '✅',
  hold_for_approval: '⏸️',
  deny: '⛔',
  kill_session: '🛑',
  not_applicable: '➖',
};

const GATE_TITLE: Record<GateName, string> = {
  trust: 'Trust: pack and manifest from the base',
  kill: 'Kill switch',
  admission: 'Admission',
  write: 'Write: paths and limits',
  pre_merge: 'Pre-merge approval',
};

// 'unchecked' is listed explicitly while the admission check's types gain it.
const PATH_VERDICT: Record<PathRowVerdict | 'unchecked', string> = {
  allowed: '✅&nbsp;allowed',
  forbidden: '⛔&nbsp;forbidden',
  not_allowed: '⛔&nbsp;not&nbsp;allowed',
  invalid: '⛔&nbsp;invalid',
  always_forbidden: '⛔&nbsp;always&nbsp;forbidden',
  symlink: '⛔&nbsp;symlink',
  submodule: '⛔&nbsp;submodule',
  unchecked: '➖&nbsp;not&nbsp;checked',
};

const PATH_LEGEND =
  '*not allowed*: outside the paths the workflow may change. *always forbidden*: forbidden for agents whatever the manifest says (workflows, actions, CODEOWNERS, the policy files). *symlink*, *submodule*: denied by default. *not checked*: the request was refused before its path checks.';

const DEFAULT_NEXT_STEPS: Partial<Record<Decision, string>> = {
  hold_for_approval: 'A reviewer from the listed pool approves the current head commit; the check re-runs on the review.',
  deny: 'Fix every violation above and push a new commit; the check re-runs on the push.',
  kill_session: 'The session was stopped by a kill signal. A maintainer clears the signal before any agent work resumes.',
};

interface Layout {
  pathRows: number;
  violations: number;
  approvals: number;
  listItems: number;
  completeness: RecordCompleteness;
}

const LAYOUTS: Layout[] = [
  { pathRows: 200, violations: 100, approvals: 50, listItems: 30, completeness: 'complete' },
  { pathRows: 50, violations: 50, approvals: 50, listItems: 30, completeness: 'complete' },
  { pathRows: 50, violations: 50, approvals: 50, listItems: 30, completeness: 'paths_omitted' },
  { pathRows: 50, violations: 50, approvals: 30, listItems: 20, completeness: 'abridged' },
  { pathRows: 20, violations: 20, approvals: 20, listItems: 10, completeness: 'abridged' },
  { pathRows: 10, violations: 10, approvals: 10, listItems: 10, completeness: 'headline' },
  { pathRows: 0, violations: 5, approvals: 5, listItems: 5, completeness: 'headline' },
];

export interface RenderOptions {
  /** Longest result, in UTF-16 code units (≥ GitHub's character count). Default 60,000; at most 65,536. */
  maxChars?: number;
  /** Leave out the marker (e.g. for the job summary or a terminal). Default: included. */
  marker?: boolean;
}

/** Renders the record for a PR comment / job summary / terminal, within the character budget. */
export function renderEvidenceMarkdown(record: EvidenceRecord, options: RenderOptions = {}): string {
  const max = Math.min(options.maxChars ?? DEFAULT_MAX_CHARS, GITHUB_COMMENT_LIMIT - 1);
  const marker = options.marker === false ? '' : EVIDENCE_MARKER + '\n';
  if (record.decision === 'not_applicable') {
    return `${marker}${HEADLINE.not_applicable}: ${escapeSentence(record.summary || 'not an agent-authored pull request.')}\n`;
  }
  for (const layout of LAYOUTS) {
    const out = marker + renderBody(record, layout);
    if (out.length <= max) return out;
  }
  // Only a pathological record (e.g. a megabyte summary) gets here: say so, in the budget.
  const minimal = `${marker}## ${HEADLINE[record.decision]}\n\nThe evidence is too large for a comment; see the job's evidence record (evidence_sha256 ${codeSpan(record.evidence_sha256)}).\n`;
  return minimal.slice(0, max);
}

function renderBody(r: EvidenceRecord, layout: Layout): string {
  const out: string[] = [];
  out.push(`## ${HEADLINE[r.decision]}: agent pull request admission`, '');
  if (r.enforced === false)
    out.push(
      '> **Shadow mode** (`enforce: false`): this is the decision that would have applied; the check passes and the step does not fail.',
      '',
    );
  if (r.summary) out.push(`**${escapeSentence(r.summary)}**`, '');
  if (r.policy_diff) out.push(...renderPolicyDiffMarkdown(r.policy_diff, layout.listItems * 4), '');
  out.push(...identity(r), '');
  out.push(...gates(r.gates, layout.listItems), '');
  out.push(...policyChecks(r.gates, layout.violations));
  out.push(...limits(r.limits), '');
  if (r.violations.length > 0) out.push(...violations(r, layout.violations), '');
  const steps = r.next_steps.length > 0 ? r.next_steps : DEFAULT_NEXT_STEPS[r.decision] ? [DEFAULT_NEXT_STEPS[r.decision]!] : [];
  if (steps.length > 0) out.push('### What to do next', '', ...list(steps, layout.listItems, 'step'), '');
  out.push(...paths(r.paths, layout.pathRows), '');
  out.push(...approvals(r.approvals, layout.approvals), '');
  if (r.notes.length > 0) out.push('### Notes', '', ...list(r.notes, layout.listItems, 'note'), '');
  out.push(...recordBlock(r, layout.completeness));
  return out.join('\n') + '\n';
}

const dash = '—';
const code = (v: string | null | undefined, max?: number) =>
  v === null || v === undefined || v === '' ? dash : codeSpan(v, { inTable: true, max });

/** The policy change section: widenings first, each with its witness path. */
export function renderPolicyDiffMarkdown(d: PolicyDiffEvidence, max = 20): string[] {
  const n = d.widened.length;
  const out = ['### Policy change', ''];
  if (d.problem !== null) out.push(`⚠️ The change could not be compared, so it counts as a widening: ${escapeSentence(d.problem)}`, '');
  out.push(
    `${n} widening${n === 1 ? '' : 's'}, ${d.narrowed.length} narrowing${d.narrowed.length === 1 ? '' : 's'} from the base pack ${code(d.base_pack_sha256)} to the pack the head's manifest generates ${code(d.head_pack_sha256)}.`,
    '',
  );
  const row = (e: PolicyDiffEntry): string =>
    `- ${code(e.workflow_id ?? 'all workflows', 100)} ${escapeText(e.kind)}: ${escapeText(e.detail, { max: 300 })}${e.witness === undefined ? '' : ` (witness ${codeSpan(e.witness, { max: 200 })})`}`;
  if (n > 0)
    out.push(
      '**Widened** (an agent may now do more):',
      '',
      ...d.widened.slice(0, max).map(row),
      ...(n > max ? [`- …and ${n - max} more`] : []),
      '',
    );
  if (d.narrowed.length > 0)
    out.push(
      '**Narrowed:**',
      '',
      ...d.narrowed.slice(0, max).map(row),
      ...(d.narrowed.length > max ? [`- …and ${d.narrowed.length - max} more`] : []),
      '',
    );
  if (d.owners_pool !== null && (n > 0 || d.problem !== null)) {
    out.push(
      d.approved_by.length > 0
        ? `Approved for ${code(d.owners_pool)} (policy-owners) by ${d.approved_by.map((l) => code(l, 100)).join(', ')}.`
        : `Needs an APPROVED review on the head from a member of ${code(d.owners_pool)} (policy-owners).`,
    );
  }
  return out;
}

function identity(r: EvidenceRecord): string[] {
  const rows: Array<[string, string]> = [];
  const pr = r.pull_request;
  if (pr) {
    // Local git mode has no pull request number (0): it names the head commit's subject instead.
    const label = pr.number > 0 ? `${escapeText(`#${pr.number}`)} ` : 'local change: ';
    rows.push(['Pull request', `${label}${escapeText(pr.title, { max: 200 })}`]);
    rows.push(['Author', code(pr.author, 100)]);
    rows.push(['Branch', `${code(pr.head_ref)} → ${code(pr.base_ref)}`]);
    if (pr.labels.length > 0) {
      const shown = pr.labels.slice(0, 20).map((l) => code(l, 60));
      rows.push(['Labels', shown.join(' ') + (pr.labels.length > 20 ? ` (+${pr.labels.length - 20} more)` : '')]);
    }
  }
  rows.push(['Workflow', code(r.workflow_id)]);
  rows.push(['Agent class', r.agent_login ? `${code(r.agent_class)} (login ${code(r.agent_login, 100)})` : code(r.agent_class)]);
  rows.push(['Run id', code(r.run_id)]);
  const refOf = (e: { given: string; ref: string | null } | undefined) =>
    e ? ` from ${code(e.ref ?? e.given)}${e.ref !== null && e.ref !== e.given ? ` (given as ${code(e.given)})` : ''}` : '';
  rows.push(['Head SHA', `${code(r.head_sha)}${refOf(r.resolved_refs?.head)}`]);
  rows.push(['Base SHA', `${code(r.base_sha)}${refOf(r.resolved_refs?.base)} (pack and manifest read from here)`]);
  rows.push(['Pack SHA-256', r.pack_path ? `${code(r.pack_sha256)} (${code(r.pack_path)})` : code(r.pack_sha256)]);
  rows.push(['Manifest SHA-256', r.manifest_path ? `${code(r.manifest_sha256)} (${code(r.manifest_path)})` : code(r.manifest_sha256)]);
  if (r.policy_id) rows.push(['Policy id', code(r.policy_id)]);
  const run = [
    r.event_name && `event ${code(r.event_name)}`,
    r.github_run_id && `run ${code(r.github_run_id)}`,
    r.github_run_attempt && `attempt ${code(r.github_run_attempt)}`,
  ]
    .filter(Boolean)
    .join(', ');
  if (run) rows.push(['GitHub Actions', run]);
  rows.push(['Evaluated at', code(r.evaluated_at)]);
  return ['| Evidence | |', '| --- | --- |', ...rows.map(([k, v]) => `| **${k}** | ${v} |`)];
}

function gates(list: GateResult[], maxReasons: number): string[] {
  if (list.length === 0) return ['### Gates', '', 'No gate was evaluated.'];
  const rows = list.map((g) => {
    const title = GATE_TITLE[g.gate] ?? escapeText(String(g.gate));
    const shown = g.violations.slice(0, Math.min(3, maxReasons)).map((v) => escapeSentence(v, { inTable: true, max: 300 }));
    const more = g.violations.length - shown.length;
    const reasons = shown.length === 0 ? dash : shown.join('; ') + (more > 0 ? ` (+${more} more below)` : '');
    return `| ${title} | ${VERDICT_ICON[g.decision] ?? ''}&nbsp;${escapeText(g.decision)} | ${reasons} |`;
  });
  return ['### Gates', '', '| Gate | Verdict | Why |', '| --- | --- | --- |', ...rows];
}

const CHECK_ICON: Record<string, string> = { pass: '✅', fail: '❌', skip: '➖' };

/**
 * The policy evaluation behind the admission gate (or the first gate that asked one): every check
 * with its outcome, and for a failed check its reasons by code. Folded: the gates above say why.
 */
function policyChecks(list: GateResult[], maxReasons: number): string[] {
  const g = list.find((x) => x.gate === 'admission' && x.evaluation) ?? list.find((x) => x.evaluation);
  const e = g?.evaluation?.evidence;
  if (!g || !e || e.checks === null || typeof e.checks !== 'object') return [];
  const reasons = Array.isArray(e.reasons) ? e.reasons : [];
  let shown = 0;
  const rows = Object.entries(e.checks).map(([check, outcome]) => {
    const own = reasons.filter((x) => x.check === check);
    const cells = own
      .slice(0, Math.max(0, Math.min(3, maxReasons - shown)))
      .map((x) => `${codeSpan(x.code, { inTable: true, max: 60 })} ${escapeSentence(x.message, { inTable: true, max: 300 })}`);
    shown += cells.length;
    const more = own.length - cells.length;
    const why =
      cells.length === 0
        ? more > 0
          ? `${more} reason(s), in the evidence record`
          : dash
        : cells.join('; ') + (more > 0 ? ` (+${more} more in the evidence record)` : '');
    return `| ${codeSpan(check, { inTable: true, max: 60 })} | ${CHECK_ICON[String(outcome)] ?? ''}&nbsp;${escapeText(String(outcome))} | ${why} |`;
  });
  const failed = Object.values(e.checks).filter((o) => o === 'fail').length;
  const title = `${GATE_TITLE[g.gate] ?? escapeText(String(g.gate))} gate: policy checks (${failed} failed)`;
  return [
    `<details><summary>${title}</summary>`,
    '',
    '| Check | Outcome | Reasons |',
    '| --- | --- | --- |',
    ...rows,
    '',
    '</details>',
    '',
  ];
}

function limitCell(l: LimitUse): string {
  const text = `${l.used} / ${l.max === null ? 'no limit' : l.max}`;
  const over = l.max !== null && l.used > l.max;
  return `${codeSpan(text)} ${over ? '⛔ over the limit' : '✅'}`;
}

function limits(l: EvidenceRecord['limits']): string[] {
  const rows = [
    `| Files changed (a rename counts once) | ${limitCell(l.files)} |`,
    `| Diff lines (additions + deletions) | ${limitCell(l.diff_lines)} |`,
  ];
  if (l.open_prs) rows.push(`| Open agent pull requests | ${limitCell(l.open_prs)} |`);
  return ['### Limits', '', '| Limit | Used / max |', '| --- | --- |', ...rows];
}

/** Each violation with its stable code (docs/evidence.md), which says what to look up. */
function violations(r: EvidenceRecord, max: number): string[] {
  const list = r.violations;
  const shown = list.slice(0, max).map((v, i) => {
    const code = r.reasons?.[i]?.code;
    return `${i + 1}. ${escapeSentence(v, { max: 400 })}${code ? ` ${codeSpan(code, { max: 60 })}` : ''}`;
  });
  const more = list.length - shown.length;
  return [`### Violations (${list.length})`, '', ...shown, ...(more > 0 ? ['', `…and ${more} more, listed in the evidence record.`] : [])];
}

function list(items: string[], max: number, noun: string): string[] {
  const shown = items.slice(0, max).map((s) => `- ${escapeSentence(s, { max: 400 })}`);
  const more = items.length - shown.length;
  return [...shown, ...(more > 0 ? [`- …and ${more} more ${noun}s in the evidence record.`] : [])];
}

/** Verdicts that make a path itself a reason for the decision (annotated, listed first). */
export const OFFENDING_VERDICTS: ReadonlySet<string> = new Set([
  'forbidden',
  'not_allowed',
  'invalid',
  'always_forbidden',
  'symlink',
  'submodule',
]);
export const isOffendingPath = (p: PathRow): boolean => OFFENDING_VERDICTS.has(p.verdict);
const offending = isOffendingPath;

function paths(rows: PathRow[], max: number): string[] {
  const bad = rows.filter(offending).length;
  const head = `### Changed paths (${rows.length}${bad > 0 ? `, ${bad} offending` : ''})`;
  if (rows.length === 0) return [head, '', 'No changed paths.'];
  // Offending rows first: a reviewer should not have to scroll for them.
  const ordered = [...rows.filter(offending), ...rows.filter((p) => !offending(p))];
  const shown = ordered.slice(0, max);
  const out = [head, ''];
  if (shown.length > 0) {
    // Verdict first: on a narrow screen GitHub scrolls wide tables, and the verdict must stay in view.
    out.push('| Verdict | Status | Path | Previous path | Rule |', '| --- | --- | --- | --- | --- |');
    for (const p of shown) {
      const flags = [p.executable_changed ? 'executable bit changed' : '', p.binary ? 'binary' : ''].filter(Boolean);
      const verdict = (PATH_VERDICT[p.verdict] ?? escapeText(String(p.verdict))) + (flags.length ? ` (${flags.join(', ')})` : '');
      out.push(`| ${verdict} | ${escapeText(p.status)} | ${code(p.path, 200)} | ${code(p.previous_path, 200)} | ${code(p.rule, 120)} |`);
    }
    if (shown.some((p) => p.verdict !== 'allowed')) out.push('', PATH_LEGEND);
  }
  const more = ordered.length - shown.length;
  if (more > 0) out.push('', `Showing ${shown.length} of ${ordered.length} paths, offending first; the evidence record lists every path.`);
  return out;
}

function approvals(rows: ApprovalRow[], max: number): string[] {
  const counted = rows.filter((a) => a.counted).length;
  const head = `### Approvals (${counted} counted of ${rows.length} found)`;
  if (rows.length === 0) return [head, '', 'No approvals found.'];
  const shown = rows.slice(0, max);
  const out = [head, '', '| Reviewer | Pool | Source | Commit | Counted | Why |', '| --- | --- | --- | --- | --- | --- |'];
  for (const a of shown) {
    out.push(
      `| ${code(a.login, 100)} | ${code(a.reviewer_pool)} | ${escapeText(a.source.replace(/_/g, ' '))} | ${code(a.commit_id ? a.commit_id.slice(0, 12) : null)} | ${a.counted ? '✅ yes' : '❌ no'} | ${escapeSentence(a.reason, { inTable: true, max: 300 })} |`,
    );
  }
  if (rows.length > shown.length) out.push('', `Showing ${shown.length} of ${rows.length} approvals; the evidence record lists all.`);
  return out;
}

const HEADLINE_FIELDS: Array<keyof EvidenceRecord> = [
  'schema',
  'decision',
  'summary',
  'workflow_id',
  'agent_class',
  'agent_login',
  'run_id',
  'repository',
  'pull_request',
  'head_sha',
  'base_sha',
  'event_name',
  'github_run_id',
  'github_run_attempt',
  'policy_id',
  'pack_path',
  'manifest_path',
  'pack_sha256',
  'manifest_sha256',
  'evaluated_at',
  'limits',
  'evidence_sha256',
];

/** Shortens every array to `items` entries and every string to `chars`, at any depth. */
function abridge(value: unknown, items: number, chars: number): unknown {
  if (typeof value === 'string') return value.length > chars ? value.slice(0, chars) + '…' : value;
  if (Array.isArray(value)) return value.slice(0, items).map((v) => abridge(v, items, chars));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, abridge(v, items, chars)]));
  }
  return value;
}

function embeddedRecord(r: EvidenceRecord, level: RecordCompleteness): unknown {
  switch (level) {
    case 'complete':
      return r;
    case 'paths_omitted':
      return { ...r, paths: [] };
    case 'abridged':
      return abridge({ ...r, paths: [] }, 10, 300);
    case 'headline':
      return abridge(Object.fromEntries(HEADLINE_FIELDS.map((k) => [k, r[k]])), 10, 300);
  }
}

const COMPLETENESS_TEXT: Record<RecordCompleteness, string> = {
  complete: 'the complete evidence record',
  paths_omitted: 'the evidence record without its per-path list (too long for a comment)',
  abridged: 'the evidence record abridged: no per-path list, long lists cut to 10 entries',
  headline: 'the evidence record’s headline fields only (the whole record is too long for a comment)',
};

/**
 * The record as JSON in a fenced block. `<`, `>`, `&` and backticks are written as \u escapes:
 * still the same JSON, but nothing in it can close the fence or look like HTML to any renderer.
 */
function recordBlock(r: EvidenceRecord, level: RecordCompleteness): string[] {
  const json = escapeInvisibleInJson(JSON.stringify(embeddedRecord(r, level), null, 2)).replace(
    /[<>&`\u2028\u2029]/g,
    (ch) => '\\u' + ch.charCodeAt(0).toString(16).padStart(4, '0'),
  );
  const omitted = level === 'complete' ? 0 : r.paths.length;
  const note =
    level === 'complete'
      ? ''
      : `This is ${COMPLETENESS_TEXT[level]}; the whole record is the job's evidence file, whose evidence_sha256 is below.\n\n`;
  return [
    `<details><summary>Evidence record (JSON), evidence_sha256 <code>${escapeHtml(r.evidence_sha256)}</code></summary>`,
    '',
    note + `<!-- ${RECORD_MARKER} ${level} paths-omitted=${omitted} -->`,
    '```json',
    json,
    '```',
    '',
    '</details>',
  ];
}

export interface ParsedEvidence {
  /** The record as embedded: complete, or shortened as `completeness` says. */
  record: EvidenceRecord;
  completeness: RecordCompleteness;
  /** How many per-path rows the comment's JSON left out (0 when complete). */
  pathsOmitted: number;
}

/**
 * Reads the evidence record back out of a comment (or job summary) that `renderEvidenceMarkdown`
 * wrote. Returns null when there is none or it does not parse. A `complete` record can be checked
 * with `verifyEvidence`; a shortened one carries the full record's `evidence_sha256`.
 */
export function parseEvidenceFromComment(body: string): ParsedEvidence | null {
  const re = new RegExp(
    `<!-- ${RECORD_MARKER} (complete|paths_omitted|abridged|headline) paths-omitted=(\\d+) -->\\r?\\n\`\`\`json\\r?\\n([\\s\\S]*?)\\r?\\n\`\`\``,
    'g',
  );
  // Ours is the last block: the renderer puts it at the end, after everything untrusted.
  const m = Array.from(body.matchAll(re)).pop();
  if (!m) return null;
  let record: unknown;
  try {
    record = JSON.parse(m[3]!);
  } catch {
    return null;
  }
  if (!record || typeof record !== 'object' || (record as EvidenceRecord).schema !== EVIDENCE_SCHEMA) return null;
  return { record: record as EvidenceRecord, completeness: m[1] as RecordCompleteness, pathsOmitted: Number(m[2]) };
}
