/**
 * The evidence record's own hash. `evidence_sha256` is the SHA-256 of the record's canonical
 * JSON (src/util/canonical-json.ts: sorted keys, 2-space indent, non-ASCII escaped, final newline)
 * without the `evidence_sha256` field. The record is first passed through JSON, so what is hashed
 * is exactly what survives writing the file (no `undefined`, no class instances).
 * docs/evidence.md shows how an auditor checks it.
 */
import type { AdmissionResult } from '../admission/index.js';
import { type EvidenceRecord, type UnhashedEvidence } from './types.js';
/** The evidence record of an admission result: tagged with the schema and sealed. */
export declare function sealEvidence(result: AdmissionResult): EvidenceRecord;
/** The SHA-256 the record should carry: over its canonical JSON without `evidence_sha256`. */
export declare function evidenceHash(record: UnhashedEvidence | EvidenceRecord): string;
/** Seals a record: returns a JSON-clean copy carrying its own `evidence_sha256`. */
export declare function finalizeEvidence(record: UnhashedEvidence): EvidenceRecord;
/** True when `value` is an evidence record whose `evidence_sha256` matches its content. */
export declare function verifyEvidence(value: unknown): boolean;
