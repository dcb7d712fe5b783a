/**
 * The evidence on the Actions run page: the job summary (the same Markdown as the PR comment)
 * and annotations. GitHub shows at most 10 error, 10 warning and 10 notice annotations per step
 * and 50 per job (actions/toolkit docs/problem-matchers.md), so annotations are capped and the
 * last one of a kind counts what was left out. One error is left free for the step's own
 * failure message (core.setFailed writes an error annotation too).
 */
import * as actionsCore from '@actions/core';
import type { PathRow } from '../admission/index.js';
import type { EvidenceRecord } from '../evidence/index.js';
import { makeVisible, truncate, isOffendingPath, renderEvidenceMarkdown } from '../evidence/index.js';

/** Annotations of one kind GitHub shows per step. */
export const ANNOTATIONS_PER_KIND = 10;

/** The slice of @actions/core this adapter uses (tests pass a recorder). */
export interface ActionsCoreLike {
  error(message: string, properties?: actionsCore.AnnotationProperties): void;
  warning(message: string, properties?: actionsCore.AnnotationProperties): void;
  summary: { addRaw(text: string, addEOL?: boolean): unknown; write(): Promise<unknown> };
}

export interface ActionsReport {
  summaryWritten: boolean;
  errors: number;
  warnings: number;
  /** Problems writing the summary: for the caller to report; they never change the decision. */
  problems: string[];
}

const VERDICT_WORDS: Record<PathRow['verdict'] | 'unchecked', string> = {
  allowed: 'allowed',
  forbidden: 'forbidden by the workflow policy',
  not_allowed: 'outside the paths the workflow may change',
  invalid: 'an invalid path',
  always_forbidden: 'always forbidden for agents',
  symlink: 'a symlink (denied by default)',
  submodule: 'a submodule (denied by default)',
  unchecked: 'not checked (the request was refused before path checks)',
};

/** One annotation line for an offending path: plain text (annotations are not Markdown). */
export function pathAnnotation(p: PathRow): string {
  const name = truncate(makeVisible(p.path), 300);
  const from = p.previous_path ? ` (renamed from ${truncate(makeVisible(p.previous_path), 300)})` : '';
  const rule = p.rule ? `; rule ${truncate(makeVisible(p.rule), 200)}` : '';
  return `${name}${from} is ${VERDICT_WORDS[p.verdict] ?? p.verdict}${rule}`;
}

export interface ReportOptions {
  core?: ActionsCoreLike;
  /** Error annotations we may write (default 9: one is left for the step's failure message). */
  maxErrors?: number;
  maxWarnings?: number;
}

export async function reportEvidenceToActions(record: EvidenceRecord, o: ReportOptions = {}): Promise<ActionsReport> {
  const core = o.core ?? actionsCore;
  const maxErrors = o.maxErrors ?? ANNOTATIONS_PER_KIND - 1;
  const maxWarnings = o.maxWarnings ?? ANNOTATIONS_PER_KIND;
  const problems: string[] = [];
  let errors = 0;
  let warnings = 0;

  const failing = record.decision === 'deny' || record.decision === 'kill_session';
  const offending = record.paths.filter(isOffendingPath);
  if (offending.length > 0) {
    // On a hold or an allow an offending row cannot exist in a sound record; still say it, as a warning.
    const emit = (m: string, props: actionsCore.AnnotationProperties) => (failing ? core.error(m, props) : core.warning(m, props));
    const cap = failing ? maxErrors : maxWarnings;
    const room = offending.length > cap ? cap - 1 : cap;
    for (const p of offending.slice(0, room)) {
      // Deleted files are not in the head tree, but GitHub still shows the annotation in the diff.
      emit(pathAnnotation(p), { file: p.path, title: 'mcp-gateway-policy: path not allowed' });
    }
    if (offending.length > room) {
      emit(`…and ${offending.length - room} more offending paths: see the job summary or the evidence record`, {
        title: 'mcp-gateway-policy: more paths',
      });
    }
    if (failing) errors += Math.min(offending.length, cap);
    else warnings += Math.min(offending.length, cap);
  }

  const notes = [...record.notes];
  if (record.decision === 'hold_for_approval') notes.unshift(...record.next_steps);
  const warnRoom = maxWarnings - warnings;
  if (notes.length > 0 && warnRoom > 0) {
    const room = notes.length > warnRoom ? warnRoom - 1 : warnRoom;
    for (const n of notes.slice(0, room)) core.warning(truncate(makeVisible(n), 1000), { title: 'mcp-gateway-policy' });
    if (notes.length > room) core.warning(`…and ${notes.length - room} more notes in the job summary`, { title: 'mcp-gateway-policy' });
    warnings += Math.min(notes.length, warnRoom);
  }

  let summaryWritten = false;
  try {
    core.summary.addRaw(renderEvidenceMarkdown(record, { marker: false }), true);
    await core.summary.write();
    summaryWritten = true;
  } catch (err) {
    problems.push(`could not write the job summary: ${(err as Error)?.message ?? String(err)}`);
  }
  return { summaryWritten, errors, warnings, problems };
}
