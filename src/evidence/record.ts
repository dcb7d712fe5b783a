/**
 * The evidence record's own hash. `evidence_sha256` is the SHA-256 of the record's canonical
 * JSON (src/util/canonical-json.ts: sorted keys, 2-space indent, non-ASCII escaped, final newline)
 * without the `evidence_sha256` field. The record is first passed through JSON, so what is hashed
 * is exactly what survives writing the file (no `undefined`, no class instances).
 * docs/evidence.md shows how an auditor checks it.
 */
import type { AdmissionResult } from '../admission/index.js';
import { canonicalJson, sha256Hex } from '../util/index.js';
import { EVIDENCE_SCHEMA, type EvidenceRecord, type UnhashedEvidence } from './types.js';

/** The evidence record of an admission result: tagged with the schema and sealed. */
export function sealEvidence(result: AdmissionResult): EvidenceRecord {
  return finalizeEvidence({ schema: EVIDENCE_SCHEMA, ...result });
}

/** The SHA-256 the record should carry: over its canonical JSON without `evidence_sha256`. */
export function evidenceHash(record: UnhashedEvidence | EvidenceRecord): string {
  const plain = JSON.parse(JSON.stringify(record)) as Record<string, unknown>;
  delete plain.evidence_sha256;
  return sha256Hex(canonicalJson(plain));
}

/** Seals a record: returns a JSON-clean copy carrying its own `evidence_sha256`. */
export function finalizeEvidence(record: UnhashedEvidence): EvidenceRecord {
  const plain = JSON.parse(JSON.stringify(record)) as Record<string, unknown>;
  delete plain.evidence_sha256;
  return { ...(plain as unknown as UnhashedEvidence), evidence_sha256: sha256Hex(canonicalJson(plain)) };
}

/** True when `value` is an evidence record whose `evidence_sha256` matches its content. */
export function verifyEvidence(value: unknown): boolean {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const r = value as Partial<EvidenceRecord>;
  if (r.schema !== EVIDENCE_SCHEMA) return false;
  if (typeof r.evidence_sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(r.evidence_sha256)) return false;
  try {
    return evidenceHash(r as EvidenceRecord) === r.evidence_sha256;
  } catch {
    return false;
  }
}
