import { createRequire as __mgpCreateRequire } from 'node:module';
const require = __mgpCreateRequire(import.meta.url);

// src/diff/report.ts
var plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
function diffCounts(diff) {
  if (diff.widened.length === 0 && diff.narrowed.length === 0) return "no change";
  return `${plural(diff.widened.length, "widening")}, ${plural(diff.narrowed.length, "narrowing")}`;
}
function line(e) {
  const where = e.workflow_id === null ? "(all workflows)" : e.workflow_id;
  return `  ${where}  ${e.kind}: ${e.detail}${e.witness === void 0 ? "" : `
      witness: ${JSON.stringify(e.witness)}`}`;
}
function formatDiffText(diff, oldLabel, newLabel) {
  const out = [`${diffCounts(diff)} from ${oldLabel} to ${newLabel}`];
  if (diff.widened.length > 0) out.push("", "Widened (an agent may now do more):", ...diff.widened.map(line));
  if (diff.narrowed.length > 0) out.push("", "Narrowed:", ...diff.narrowed.map(line));
  return out.join("\n") + "\n";
}

// src/diff/types.ts
var DIFF_KINDS = [
  "workflow",
  "status",
  "maturity_stage",
  "posture",
  "scope",
  "scope_decision",
  "paths",
  "max_changed_files",
  "max_diff_lines",
  "max_open_prs_per_repo",
  "agent_classes",
  "gate_phases",
  "reviewer_pools",
  "human_review_required",
  "manual_review_required_for",
  "kill_signals",
  "branch_prefix",
  "required_pr_label"
];

export {
  diffCounts,
  formatDiffText,
  DIFF_KINDS
};
