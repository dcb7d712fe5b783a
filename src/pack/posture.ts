import type { WorkflowPolicy } from './types.js';

export interface PostureAssessment {
  /** True when the workflow meets every condition of its declared maturity stage. */
  inside: boolean;
  /** Each unmet condition, in plain words; empty when inside. */
  problems: string[];
}

/** Limits a crawl-stage workflow must stay within (spec: decision-semantics.md, "Maturity posture"). */
export const CRAWL_MAX_CHANGED_FILES = 10;
export const CRAWL_MAX_DIFF_LINES = 500;

/**
 * The maturity posture of one workflow policy, from its own declarations:
 * - crawl: every gate phase it declares has at least one rule, at least one kill signal,
 *   max_changed_files ≤ 10 and max_diff_lines ≤ 500;
 * - walk: at least one kill signal, every evidence record names an evidence_owner;
 * - run: as walk, and every KPI has a target.
 * A workflow with no (or an unknown) maturity stage has no posture to be inside: it is outside.
 * Pure and defensive, so it can judge a hand-edited pack before anything else has validated it.
 */
export function assessPosture(workflowPolicy: WorkflowPolicy): PostureAssessment {
  const w = workflowPolicy as Partial<WorkflowPolicy> | null | undefined;
  const stage = w?.maturity_stage;
  const problems: string[] = [];
  const killSignals = listOf(w?.runtime_controls?.kill_signals).filter((s) => typeof s === 'string' && s.trim() !== '');
  const needKillSignal = () => {
    if (killSignals.length === 0) problems.push('declares no kill signal');
  };
  switch (stage) {
    case 'crawl': {
      const gates = listOf(w?.gate_contract);
      if (gates.length === 0) problems.push('declares no gate phases');
      for (const g of gates) {
        const rules = listOf((g as { rules?: unknown } | null)?.rules);
        if (rules.length === 0) problems.push(`gate phase "${String((g as { phase?: unknown } | null)?.phase)}" has no rule`);
      }
      needKillSignal();
      limit('max_changed_files', w?.change_scope?.max_changed_files, CRAWL_MAX_CHANGED_FILES, problems);
      limit('max_diff_lines', w?.change_scope?.max_diff_lines, CRAWL_MAX_DIFF_LINES, problems);
      break;
    }
    case 'walk':
    case 'run': {
      needKillSignal();
      listOf(w?.evidence_contract?.required_records).forEach((r, i) => {
        if (!nonEmpty((r as { evidence_owner?: unknown } | null)?.evidence_owner)) {
          problems.push(`evidence record ${describe(r, i)} names no evidence_owner`);
        }
      });
      if (stage === 'run') {
        listOf(w?.kpi_contract).forEach((k, i) => {
          if (!nonEmpty((k as { target?: unknown } | null)?.target)) problems.push(`KPI ${describe(k, i)} has no target`);
        });
      }
      break;
    }
    default:
      problems.push(
        stage === null || stage === undefined
          ? 'declares no maturity_stage, so it has no posture to be inside'
          : `has an unknown maturity_stage ${JSON.stringify(stage)}`,
      );
  }
  return { inside: problems.length === 0, problems };
}

function limit(name: string, value: unknown, max: number, problems: string[]): void {
  if (typeof value !== 'number' || !Number.isInteger(value)) problems.push(`declares no ${name} (crawl allows at most ${max})`);
  else if (value > max) problems.push(`${name} is ${value}; crawl allows at most ${max}`);
}

function listOf(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

function nonEmpty(v: unknown): boolean {
  return typeof v === 'string' && v.trim() !== '';
}

function describe(record: unknown, index: number): string {
  const id = (record as { id?: unknown } | null)?.id;
  return typeof id === 'string' && id !== '' ? `"${id}"` : `#${index + 1}`;
}
