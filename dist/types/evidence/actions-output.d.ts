/**
 * The evidence on the Actions run page: the job summary (the same Markdown as the PR comment)
 * and annotations. GitHub shows at most 10 error, 10 warning and 10 notice annotations per step
 * and 50 per job (actions/toolkit docs/problem-matchers.md), so annotations are capped and the
 * last one of a kind counts what was left out. One error is left free for the step's own
 * failure message (core.setFailed writes an error annotation too).
 */
import * as actionsCore from '@actions/core';
import type { EvidenceRecord, PathRow } from '../admission/types.js';
/** Annotations of one kind GitHub shows per step. */
export declare const ANNOTATIONS_PER_KIND = 10;
/** The slice of @actions/core this adapter uses (tests pass a recorder). */
export interface ActionsCoreLike {
    error(message: string, properties?: actionsCore.AnnotationProperties): void;
    warning(message: string, properties?: actionsCore.AnnotationProperties): void;
    summary: {
        addRaw(text: string, addEOL?: boolean): unknown;
        write(): Promise<unknown>;
    };
}
export interface ActionsReport {
    summaryWritten: boolean;
    errors: number;
    warnings: number;
    /** Problems writing the summary: for the caller to report; they never change the decision. */
    problems: string[];
}
/** One annotation line for an offending path: plain text (annotations are not Markdown). */
export declare function pathAnnotation(p: PathRow): string;
export interface ReportOptions {
    core?: ActionsCoreLike;
    /** Error annotations we may write (default 9: one is left for the step's failure message). */
    maxErrors?: number;
    maxWarnings?: number;
}
export declare function reportEvidenceToActions(record: EvidenceRecord, o?: ReportOptions): Promise<ActionsReport>;
