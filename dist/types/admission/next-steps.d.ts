/**
 * What to do next, chosen by each reason's code (the admission check's own reasons) or by the
 * gate and engine check (reasons passed on from the decision engine). Steps follow the gates'
 * order and their reasons' order; a step given twice is shown once.
 */
import { type Reason } from '../decision/index.js';
import { type AdmissionCode } from './reasons.js';
import type { AdmissionInput, AdmissionResult } from './types.js';
export interface StepContext {
    input: AdmissionInput;
    result: AdmissionResult;
    /** The workflow's required PR label, when it names one. */
    requiredLabel: string | null;
}
/** A next step for one reason, or null when the reason needs none of its own. */
export type NextStep = (r: Reason, c: StepContext) => string | null;
/** The next step for each admission code (null: none of its own). */
export declare const NEXT_STEPS: Record<AdmissionCode, NextStep | null>;
export declare function nextSteps(result: AdmissionResult, c: Omit<StepContext, 'result'>): string[];
