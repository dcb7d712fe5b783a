import type { AdmissionInput, EvidenceRecord } from './types.js';
/**
 * Decides whether an agent-authored pull request may merge, and says why.
 *
 * Pure and synchronous: everything it needs is in `input` (filled by the GitHub adapter or the
 * local-git adapter), including the evaluation time. It never throws: a failure anywhere is a
 * `deny` record carrying the reason. The result is sealed with its own `evidence_sha256`.
 *
 * The top-level `decision` is the most restrictive gate's (`allow` when every gate passes), or
 * `not_applicable` when the PR is not agent-authored.
 */
export declare function admit(input: AdmissionInput): EvidenceRecord;
