import { createRequire as __mgpCreateRequire } from 'node:module';
const require = __mgpCreateRequire(import.meta.url);
import {
  canonicalJson,
  sha256Hex
} from "./chunk-UJ5YAZDM.js";

// src/evidence/record.ts
function evidenceHash(record) {
  const plain = JSON.parse(JSON.stringify(record));
  delete plain.evidence_sha256;
  return sha256Hex(canonicalJson(plain));
}
function finalizeEvidence(record) {
  const plain = JSON.parse(JSON.stringify(record));
  delete plain.evidence_sha256;
  return { ...plain, evidence_sha256: sha256Hex(canonicalJson(plain)) };
}
function verifyEvidence(value) {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return false;
  const r = value;
  if (r.schema !== "mcp-gateway-policy/evidence@1") return false;
  if (typeof r.evidence_sha256 !== "string" || !/^[0-9a-f]{64}$/.test(r.evidence_sha256)) return false;
  try {
    return evidenceHash(r) === r.evidence_sha256;
  } catch {
    return false;
  }
}

export {
  evidenceHash,
  finalizeEvidence,
  verifyEvidence
};
