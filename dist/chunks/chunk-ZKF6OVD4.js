import { createRequire as __mgpCreateRequire } from 'node:module';
const require = __mgpCreateRequire(import.meta.url);
import {
  finalizeEvidence
} from "./chunk-TX3TERAY.js";
import {
  decisionRank
} from "./chunk-UDHVWCVM.js";

// src/admission/policy-change.ts
var SHOWN = 3;
function policyChangeSummary(d) {
  if (d.problem !== null) return `the policy change could not be compared (${d.problem})`;
  const n = d.widened.length;
  if (n === 0) return d.narrowed.length === 0 ? "the policy change widens nothing and narrows nothing" : `the policy change only narrows (${d.narrowed.length} narrowing${d.narrowed.length === 1 ? "" : "s"})`;
  const shown = d.widened.slice(0, SHOWN).map((e) => `${e.workflow_id ?? "all workflows"}: ${e.detail}`);
  return `${n} widening${n === 1 ? "" : "s"}: ${shown.join("; ")}${n > SHOWN ? `; and ${n - SHOWN} more` : ""}`;
}
function policyChangeHeld(d) {
  const widens = d.problem !== null || d.widened.length > 0;
  return widens && d.owners_pool !== null && d.approved_by.length === 0;
}
function applyPolicyChange(record, d, headSha) {
  const r = { ...record, policy_diff: d, violations: [...record.violations], next_steps: [...record.next_steps], notes: [...record.notes] };
  delete r.evidence_sha256;
  const summary = policyChangeSummary(d);
  if (policyChangeHeld(d)) {
    const need = `Needs an APPROVED review from a member of "${d.owners_pool}" (policy-owners) on ${headSha.slice(0, 7)}: the pull request widens the policy.`;
    r.violations.push(need, ...d.widened.map((e) => `Widens ${e.workflow_id ?? "all workflows"}: ${e.detail}${e.witness === void 0 ? "" : ` (e.g. ${JSON.stringify(e.witness)})`}`));
    r.next_steps.push(`Ask a member of "${d.owners_pool}" to review the policy change and approve the head commit.`);
    if (r.decision === "not_applicable" || decisionRank(r.decision) > decisionRank("hold_for_approval")) {
      r.decision = "hold_for_approval";
      r.summary = `Policy change held: ${summary}`;
    } else r.notes.push(`Policy change: ${summary}`);
  } else {
    if (r.decision === "not_applicable") {
      r.decision = "allow";
      r.summary = `Policy change: ${summary}${d.approved_by.length > 0 ? ` (approved by ${d.approved_by.join(", ")})` : ""}`;
    } else r.notes.push(`Policy change: ${summary}`);
  }
  return finalizeEvidence(r);
}
function markShadow(record) {
  const r = { ...record, enforced: false };
  delete r.evidence_sha256;
  return finalizeEvidence(r);
}

export {
  policyChangeSummary,
  policyChangeHeld,
  applyPolicyChange,
  markShadow
};
