/**
 * The evidence record as the Markdown a reviewer reads: the PR comment, the job summary and
 * `admit`'s terminal output all come from `renderEvidenceMarkdown`. Pure: a record in, a string out.
 *
 * Budget: GitHub rejects a comment over 65,536 characters. The renderer tries ever smaller
 * layouts (fewer path rows and violations, then the JSON record without its per-path list, then
 * abridged, then only its headline fields) and returns the first that fits `maxChars`, saying
 * what it left out. The JSON block always stays parseable (`parseEvidenceFromComment`).
 */
import type { PathRow, PolicyDiffEvidence } from '../admission/index.js';
import { type EvidenceRecord } from './types.js';
/** Starts every comment we write; the sticky-comment lookup also requires our login. */
export declare const EVIDENCE_MARKER = "<!-- mcp-gateway-policy:evidence -->";
/** GitHub's limit on an issue comment body. */
export declare const GITHUB_COMMENT_LIMIT = 65536;
/** Default budget: well under GitHub's limit, leaving room for any counting differences. */
export declare const DEFAULT_MAX_CHARS = 60000;
/** How much of the record the comment's JSON block holds. */
export type RecordCompleteness = 'complete' | 'paths_omitted' | 'abridged' | 'headline';
export interface RenderOptions {
    /** Longest result, in UTF-16 code units (≥ GitHub's character count). Default 60,000; at most 65,536. */
    maxChars?: number;
    /** Leave out the marker (e.g. for the job summary or a terminal). Default: included. */
    marker?: boolean;
}
/** Renders the record for a PR comment / job summary / terminal, within the character budget. */
export declare function renderEvidenceMarkdown(record: EvidenceRecord, options?: RenderOptions): string;
/** The policy change section: widenings first, each with its witness path. */
export declare function renderPolicyDiffMarkdown(d: PolicyDiffEvidence, max?: number): string[];
/** Verdicts that make a path itself a reason for the decision (annotated, listed first). */
export declare const OFFENDING_VERDICTS: ReadonlySet<string>;
export declare const isOffendingPath: (p: PathRow) => boolean;
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
export declare function parseEvidenceFromComment(body: string): ParsedEvidence | null;
