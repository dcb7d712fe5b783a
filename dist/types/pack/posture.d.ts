import type { WorkflowPolicy } from './types.js';
export interface PostureAssessment {
    /** True when the workflow meets every condition of its declared maturity stage. */
    inside: boolean;
    /** Each unmet condition, in plain words; empty when inside. */
    problems: string[];
}
/** Limits a crawl-stage workflow must stay within (spec: decision-semantics.md, "Maturity posture"). */
export declare const CRAWL_MAX_CHANGED_FILES = 10;
export declare const CRAWL_MAX_DIFF_LINES = 500;
/**
 * The maturity posture of one workflow policy, from its own declarations:
 * - crawl: every gate phase it declares has at least one rule, at least one kill signal,
 *   max_changed_files ≤ 10 and max_diff_lines ≤ 500;
 * - walk: at least one kill signal, every evidence record names an evidence_owner;
 * - run: as walk, and every KPI has a target.
 * A workflow with no (or an unknown) maturity stage has no posture to be inside: it is outside.
 * Pure and defensive, so it can judge a hand-edited pack before anything else has validated it.
 */
export declare function assessPosture(workflowPolicy: WorkflowPolicy): PostureAssessment;
