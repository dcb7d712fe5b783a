/**
 * What admission reads from a decision: the outcome of a named check, and the decision's
 * violations as reasons tagged with the engine check that gave each. Routing goes by these check
 * names (CHECK_NAMES) and the decision, never by a violation's wording.
 */
import type { CheckName } from '../decision/index.js';
import type { Decision, Reason } from '../decision/types.js';

export function checkOutcome(d: Decision, check: CheckName): 'pass' | 'fail' | 'skip' {
  return d.evidence.checks.find((c) => c.check === check)?.outcome ?? 'skip';
}

/**
 * One reason per violation, in order. The engine's own reasons when it gives them; otherwise
 * each violation is tagged with the failed check whose detail it is, and the rest with the one
 * check of this decision that gives several violations (path verdicts, approval problems,
 * required attributes, an unregistered kill signal). The code is then the check name.
 */
export function engineReasons(d: Decision): Reason[] {
  const given = d.evidence.reasons;
  if (Array.isArray(given)) return given as Reason[];
  const failed = d.evidence.checks.filter((c) => c.outcome === 'fail');
  const byDetail = new Map(failed.map((c) => [c.detail, c.check]));
  const has = (name: CheckName) => failed.some((c) => c.check === name);
  const several: CheckName =
    d.decision === 'kill_session'
      ? 'kill_signal'
      : has('path_scope')
        ? 'path_scope'
        : has('change_class_review')
          ? 'change_class_review'
          : has('scope_approval')
            ? 'scope_approval'
            : 'required_attributes';
  return d.violations.map((message) => {
    const check = byDetail.get(message) ?? several;
    return { check, code: check, message };
  });
}

/**
 * The path each path_scope reason judges: the engine gives one per refused path, in the order of
 * its path verdicts; a further one (a budget refusal) judges no path and is not in the map.
 */
export function pathsJudged(d: Decision, reasons: Reason[]): Map<Reason, string> {
  const refused = d.evidence.paths.filter((p) => p.verdict !== 'allowed');
  const out = new Map<Reason, string>();
  reasons
    .filter((r) => r.check === 'path_scope')
    .forEach((r, i) => {
      const p = refused[i];
      if (p !== undefined) out.set(r, p.path);
    });
  return out;
}
