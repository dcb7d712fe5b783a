/**
 * Typed human approval records (spec: decision-semantics.md, "Typed human approval records").
 * Only a record with `type: "human_approval"` is typed; everything else (true, "approved",
 * {"status": "approved"}, …) is untyped and never approves.
 */
import { type KeyObject } from 'node:crypto';
import type { ApprovalVerdict } from './types.js';
export interface CompiledTrustedKey {
    key: KeyObject;
    approvers: Set<string>;
}
/** Parses trusted keys once, at load. Problems are returned for PolicyLoadError. */
export declare function compileTrustedKeys(keys: unknown, problems: string[]): Map<string, CompiledTrustedKey> | null;
/** What the approval check needs to know about the request and the workflow. */
export interface ApprovalContext {
    workflowId: string;
    runId: string;
    gatePhase: string;
    agentId: string;
    /** Lowercased agent classes known to the pack, plus the request's own. */
    agentClasses: ReadonlySet<string>;
    reviewerPools: ReadonlySet<string>;
    /** The request's attributes, as read (for `scope` fields). */
    attribute(name: string): unknown;
    /** The request's changed paths, for changed_paths_sha256; null when the request carries none. */
    changedPaths: unknown;
    nowMs: number;
    maxWindowMs: number;
    trustedKeys: Map<string, CompiledTrustedKey> | null;
}
/**
 * An RFC 3339 date-time with an explicit offset ("Z" or ±hh:mm), as epoch milliseconds; null when
 * it is not one, or names a day or time that does not exist (2026-11-31, 24:00:00).
 */
export declare function parseTimestamp(value: unknown): number | null;
/**
 * SHA-256 hex of the sorted, de-duplicated, cleaned changed paths joined by "\n"; null when the
 * request's paths cannot all be cleaned (then no record can be scoped to them).
 */
export declare function changedPathsSha256(changedPaths: unknown): string | null;
export declare function emptyApprovalVerdict(): ApprovalVerdict;
/** True for the values the spec treats as "no record": absent, null, false, "", [], {}. */
export declare function isAbsentRecord(record: unknown): boolean;
/** Judges one approval record against the request. Never throws on a JSON-ish record. */
export declare function judgeApproval(record: unknown, ctx: ApprovalContext): ApprovalVerdict;
