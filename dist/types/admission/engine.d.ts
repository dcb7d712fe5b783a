/**
 * What admission reads from a decision: the outcome of a named check, and the decision's
 * reasons, each tagged with the engine check and code that gave it. Routing goes by these check
 * names (CHECK_NAMES) and the decision, never by a violation's wording.
 */
import type { CheckName, Decision, Reason } from '../decision/index.js';
export declare function checkOutcome(d: Decision, check: CheckName): 'pass' | 'fail' | 'skip';
/** One reason per violation, in order, each with the engine check and code that gave it. */
export declare function engineReasons(d: Decision): Reason[];
/**
 * The path each path_scope reason judges: the engine gives one per refused path, in the order of
 * its path verdicts; a further one (a budget refusal) judges no path and is not in the map.
 */
export declare function pathsJudged(d: Decision, reasons: Reason[]): Map<Reason, string>;
