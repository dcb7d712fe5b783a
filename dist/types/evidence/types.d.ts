/**
 * The evidence record: an admission result tagged with its schema and sealed with its own hash.
 * Plain data, so the same record feeds the PR comment, the job summary, `admit --json` and the
 * file at the Action's `evidence-path`.
 */
import type { AdmissionResult } from '../admission/index.js';
export declare const EVIDENCE_SCHEMA = "mcp-gateway-policy/evidence@1";
export interface EvidenceRecord extends AdmissionResult {
    schema: typeof EVIDENCE_SCHEMA;
    /** SHA-256 of the record's canonical JSON without this field (see src/evidence/record.ts). */
    evidence_sha256: string;
}
/** A record before it is sealed. */
export type UnhashedEvidence = Omit<EvidenceRecord, 'evidence_sha256'>;
