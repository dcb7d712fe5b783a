import { createRequire as __mgpCreateRequire } from 'node:module';
const require = __mgpCreateRequire(import.meta.url);
import {
  canonicalJson,
  sha256Hex
} from "./chunk-P25BMAAV.js";

// src/evidence/types.ts
var EVIDENCE_SCHEMA = "mcp-gateway-policy/evidence@1";

// src/evidence/record.ts
function sealEvidence(result) {
  return finalizeEvidence({ schema: EVIDENCE_SCHEMA, ...result });
}
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
  if (r.schema !== EVIDENCE_SCHEMA) return false;
  if (typeof r.evidence_sha256 !== "string" || !/^[0-9a-f]{64}$/.test(r.evidence_sha256)) return false;
  try {
    return evidenceHash(r) === r.evidence_sha256;
  } catch {
    return false;
  }
}

// src/evidence/escape.ts
var WORD_JOINER = "\u2060";
var INVISIBLE = (
  // eslint-disable-next-line no-control-regex, no-misleading-character-class -- matching these characters is the point
  /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u115f\u1160\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff9-\ufffb\u{e0000}-\u{e007f}]/gu
);
var NAMED = { "\n": "\\n", "\r": "\\r", "	": "\\t" };
function escapeInvisibleInJson(json) {
  return json.replace(
    INVISIBLE,
    (ch) => (
      // Raw newlines in JSON text are only ever its own line breaks (string newlines are \n).
      ch === "\n" ? ch : Array.from({ length: ch.length }, (_, i) => "\\u" + ch.charCodeAt(i).toString(16).padStart(4, "0")).join("")
    )
  );
}
function makeVisible(s) {
  return s.replace(INVISIBLE, (ch) => NAMED[ch] ?? `\\u{${ch.codePointAt(0).toString(16).toUpperCase().padStart(4, "0")}}`);
}
function truncate(s, max) {
  const cps = Array.from(s);
  return cps.length <= max ? s : cps.slice(0, Math.max(0, max - 1)).join("") + "\u2026";
}
var INLINE_SYNTAX = /[\\`*_[\]<>&|~!(){}#@$]/g;
var BLOCK_START = /^(\s*)([-+=]|\d+(?=[.)]))/;
function escapeText(raw, o = {}) {
  const visible = truncate(makeVisible(raw), o.max ?? 300);
  return visible.replace(INLINE_SYNTAX, (ch) => "\\" + ch).replace(BLOCK_START, (_m, sp, lead) => /\d/.test(lead) ? `${sp}${lead}\\` : `${sp}\\${lead}`).replace(/\\([@#])/g, `\\$1${WORD_JOINER}`).replace(/:/g, `:${WORD_JOINER}`).replace(/\b(gh)-/gi, `$1${WORD_JOINER}-`).replace(/\b(www)\./gi, `$1${WORD_JOINER}.`);
}
var escapeLinkText = escapeText;
function codeSpan(raw, o = {}) {
  let s = truncate(makeVisible(raw), o.max ?? 200);
  if (s === "") return "*(empty)*";
  if (s.trim() === "") s = JSON.stringify(s);
  if (o.inTable) {
    s = s.replace(/\\(?=\|)/g, "\\u{005C}").replace(/\|/g, "\\|");
  }
  const longest = Math.max(0, ...Array.from(s.matchAll(/`+/g), (m) => m[0].length));
  const fence = "`".repeat(longest + 1);
  const pad = s.startsWith("`") || s.endsWith("`") || s.startsWith(" ") && s.endsWith(" ") && s.trim() !== "" ? " " : "";
  return `${fence}${pad}${s}${pad}${fence}`;
}
function escapeSentence(raw, o = {}) {
  const max = o.max ?? 600;
  const parts = truncate(raw, max).split("`");
  const paired = parts.length % 2 === 1 ? parts.length : parts.length - 1;
  return parts.map((part, i) => {
    if (i % 2 === 0) return escapeText(part, { max });
    if (i < paired) return codeSpan(part, { max, inTable: o.inTable });
    return escapeText("`" + part, { max });
  }).join("");
}
function escapeHtml(raw) {
  return makeVisible(raw).replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

// src/evidence/markdown.ts
var EVIDENCE_MARKER = "<!-- mcp-gateway-policy:evidence -->";
var GITHUB_COMMENT_LIMIT = 65536;
var DEFAULT_MAX_CHARS = 6e4;
var RECORD_MARKER = "mcp-gateway-policy:record";
var HEADLINE = {
  allow: "\u2705 Allowed",
  allow_scoped_branch: "\u2705 Allowed, scoped to the branch",
  allow_scoped_ticket: "\u2705 Allowed, scoped to the ticket",
  hold_for_approval: "\u23F8\uFE0F Held for approval",
  deny: "\u26D4 Denied",
  kill_session: "\u{1F6D1} Session killed",
  not_applicable: "\u2796 Not applicable"
};
var VERDICT_ICON = {
  allow: "\u2705",
  allow_scoped_branch: "\u2705",
  allow_scoped_ticket: "\u2705",
  hold_for_approval: "\u23F8\uFE0F",
  deny: "\u26D4",
  kill_session: "\u{1F6D1}",
  not_applicable: "\u2796"
};
var GATE_TITLE = {
  trust: "Trust: pack and manifest from the base",
  kill: "Kill switch",
  admission: "Admission",
  write: "Write: paths and limits",
  pre_merge: "Pre-merge approval"
};
var PATH_VERDICT = {
  allowed: "\u2705&nbsp;allowed",
  forbidden: "\u26D4&nbsp;forbidden",
  not_allowed: "\u26D4&nbsp;not&nbsp;allowed",
  invalid: "\u26D4&nbsp;invalid",
  always_forbidden: "\u26D4&nbsp;always&nbsp;forbidden",
  symlink: "\u26D4&nbsp;symlink",
  submodule: "\u26D4&nbsp;submodule",
  unchecked: "\u2796&nbsp;not&nbsp;checked"
};
var PATH_LEGEND = "*not allowed*: outside the paths the workflow may change. *always forbidden*: forbidden for agents whatever the manifest says (workflows, actions, CODEOWNERS, the policy files). *symlink*, *submodule*: denied by default. *not checked*: the request was refused before its path checks.";
var DEFAULT_NEXT_STEPS = {
  hold_for_approval: "A reviewer from the listed pool approves the current head commit; the check re-runs on the review.",
  deny: "Fix every violation above and push a new commit; the check re-runs on the push.",
  kill_session: "The session was stopped by a kill signal. A maintainer clears the signal before any agent work resumes."
};
var LAYOUTS = [
  { pathRows: 200, violations: 100, approvals: 50, listItems: 30, completeness: "complete" },
  { pathRows: 50, violations: 50, approvals: 50, listItems: 30, completeness: "complete" },
  { pathRows: 50, violations: 50, approvals: 50, listItems: 30, completeness: "paths_omitted" },
  { pathRows: 50, violations: 50, approvals: 30, listItems: 20, completeness: "abridged" },
  { pathRows: 20, violations: 20, approvals: 20, listItems: 10, completeness: "abridged" },
  { pathRows: 10, violations: 10, approvals: 10, listItems: 10, completeness: "headline" },
  { pathRows: 0, violations: 5, approvals: 5, listItems: 5, completeness: "headline" }
];
function renderEvidenceMarkdown(record, options = {}) {
  const max = Math.min(options.maxChars ?? DEFAULT_MAX_CHARS, GITHUB_COMMENT_LIMIT - 1);
  const marker = options.marker === false ? "" : EVIDENCE_MARKER + "\n";
  if (record.decision === "not_applicable") {
    return `${marker}${HEADLINE.not_applicable}: ${escapeSentence(record.summary || "not an agent-authored pull request.")}
`;
  }
  for (const layout of LAYOUTS) {
    const out = marker + renderBody(record, layout);
    if (out.length <= max) return out;
  }
  const minimal = `${marker}## ${HEADLINE[record.decision]}

The evidence is too large for a comment; see the job's evidence record (evidence_sha256 ${codeSpan(record.evidence_sha256)}).
`;
  return minimal.slice(0, max);
}
function renderBody(r, layout) {
  const out = [];
  out.push(`## ${HEADLINE[r.decision]}: agent pull request admission`, "");
  if (r.enforced === false)
    out.push(
      "> **Shadow mode** (`enforce: false`): this is the decision that would have applied; the check passes and the step does not fail.",
      ""
    );
  if (r.summary) out.push(`**${escapeSentence(r.summary)}**`, "");
  if (r.policy_diff) out.push(...renderPolicyDiffMarkdown(r.policy_diff, layout.listItems * 4), "");
  out.push(...identity(r), "");
  out.push(...gates(r.gates, layout.listItems), "");
  out.push(...policyChecks(r.gates, layout.violations));
  out.push(...limits(r.limits), "");
  if (r.violations.length > 0) out.push(...violations(r, layout.violations), "");
  const steps = r.next_steps.length > 0 ? r.next_steps : DEFAULT_NEXT_STEPS[r.decision] ? [DEFAULT_NEXT_STEPS[r.decision]] : [];
  if (steps.length > 0) out.push("### What to do next", "", ...list(steps, layout.listItems, "step"), "");
  out.push(...paths(r.paths, layout.pathRows), "");
  out.push(...approvals(r.approvals, layout.approvals), "");
  if (r.notes.length > 0) out.push("### Notes", "", ...list(r.notes, layout.listItems, "note"), "");
  out.push(...recordBlock(r, layout.completeness));
  return out.join("\n") + "\n";
}
var dash = "\u2014";
var code = (v, max) => v === null || v === void 0 || v === "" ? dash : codeSpan(v, { inTable: true, max });
function renderPolicyDiffMarkdown(d, max = 20) {
  const n = d.widened.length;
  const out = ["### Policy change", ""];
  if (d.problem !== null) out.push(`\u26A0\uFE0F The change could not be compared, so it counts as a widening: ${escapeSentence(d.problem)}`, "");
  out.push(
    `${n} widening${n === 1 ? "" : "s"}, ${d.narrowed.length} narrowing${d.narrowed.length === 1 ? "" : "s"} from the base pack ${code(d.base_pack_sha256)} to the pack the head's manifest generates ${code(d.head_pack_sha256)}.`,
    ""
  );
  const row = (e) => `- ${code(e.workflow_id ?? "all workflows", 100)} ${escapeText(e.kind)}: ${escapeText(e.detail, { max: 300 })}${e.witness === void 0 ? "" : ` (witness ${codeSpan(e.witness, { max: 200 })})`}`;
  if (n > 0)
    out.push(
      "**Widened** (an agent may now do more):",
      "",
      ...d.widened.slice(0, max).map(row),
      ...n > max ? [`- \u2026and ${n - max} more`] : [],
      ""
    );
  if (d.narrowed.length > 0)
    out.push(
      "**Narrowed:**",
      "",
      ...d.narrowed.slice(0, max).map(row),
      ...d.narrowed.length > max ? [`- \u2026and ${d.narrowed.length - max} more`] : [],
      ""
    );
  if (d.owners_pool !== null && (n > 0 || d.problem !== null)) {
    out.push(
      d.approved_by.length > 0 ? `Approved for ${code(d.owners_pool)} (policy-owners) by ${d.approved_by.map((l) => code(l, 100)).join(", ")}.` : `Needs an APPROVED review on the head from a member of ${code(d.owners_pool)} (policy-owners).`
    );
  }
  return out;
}
function identity(r) {
  const rows = [];
  const pr = r.pull_request;
  if (pr) {
    const label = pr.number > 0 ? `${escapeText(`#${pr.number}`)} ` : "local change: ";
    rows.push(["Pull request", `${label}${escapeText(pr.title, { max: 200 })}`]);
    rows.push(["Author", code(pr.author, 100)]);
    rows.push(["Branch", `${code(pr.head_ref)} \u2192 ${code(pr.base_ref)}`]);
    if (pr.labels.length > 0) {
      const shown = pr.labels.slice(0, 20).map((l) => code(l, 60));
      rows.push(["Labels", shown.join(" ") + (pr.labels.length > 20 ? ` (+${pr.labels.length - 20} more)` : "")]);
    }
  }
  rows.push(["Workflow", code(r.workflow_id)]);
  rows.push(["Agent class", r.agent_login ? `${code(r.agent_class)} (login ${code(r.agent_login, 100)})` : code(r.agent_class)]);
  rows.push(["Run id", code(r.run_id)]);
  const refOf = (e) => e ? ` from ${code(e.ref ?? e.given)}${e.ref !== null && e.ref !== e.given ? ` (given as ${code(e.given)})` : ""}` : "";
  rows.push(["Head SHA", `${code(r.head_sha)}${refOf(r.resolved_refs?.head)}`]);
  rows.push(["Base SHA", `${code(r.base_sha)}${refOf(r.resolved_refs?.base)} (pack and manifest read from here)`]);
  rows.push(["Pack SHA-256", r.pack_path ? `${code(r.pack_sha256)} (${code(r.pack_path)})` : code(r.pack_sha256)]);
  rows.push(["Manifest SHA-256", r.manifest_path ? `${code(r.manifest_sha256)} (${code(r.manifest_path)})` : code(r.manifest_sha256)]);
  if (r.policy_id) rows.push(["Policy id", code(r.policy_id)]);
  const run = [
    r.event_name && `event ${code(r.event_name)}`,
    r.github_run_id && `run ${code(r.github_run_id)}`,
    r.github_run_attempt && `attempt ${code(r.github_run_attempt)}`
  ].filter(Boolean).join(", ");
  if (run) rows.push(["GitHub Actions", run]);
  rows.push(["Evaluated at", code(r.evaluated_at)]);
  return ["| Evidence | |", "| --- | --- |", ...rows.map(([k, v]) => `| **${k}** | ${v} |`)];
}
function gates(list2, maxReasons) {
  if (list2.length === 0) return ["### Gates", "", "No gate was evaluated."];
  const rows = list2.map((g) => {
    const title = GATE_TITLE[g.gate] ?? escapeText(String(g.gate));
    const shown = g.violations.slice(0, Math.min(3, maxReasons)).map((v) => escapeSentence(v, { inTable: true, max: 300 }));
    const more = g.violations.length - shown.length;
    const reasons = shown.length === 0 ? dash : shown.join("; ") + (more > 0 ? ` (+${more} more below)` : "");
    return `| ${title} | ${VERDICT_ICON[g.decision] ?? ""}&nbsp;${escapeText(g.decision)} | ${reasons} |`;
  });
  return ["### Gates", "", "| Gate | Verdict | Why |", "| --- | --- | --- |", ...rows];
}
var CHECK_ICON = { pass: "\u2705", fail: "\u274C", skip: "\u2796" };
function policyChecks(list2, maxReasons) {
  const g = list2.find((x) => x.gate === "admission" && x.evaluation) ?? list2.find((x) => x.evaluation);
  const e = g?.evaluation?.evidence;
  if (!g || !e || e.checks === null || typeof e.checks !== "object") return [];
  const reasons = Array.isArray(e.reasons) ? e.reasons : [];
  let shown = 0;
  const rows = Object.entries(e.checks).map(([check, outcome]) => {
    const own = reasons.filter((x) => x.check === check);
    const cells = own.slice(0, Math.max(0, Math.min(3, maxReasons - shown))).map((x) => `${codeSpan(x.code, { inTable: true, max: 60 })} ${escapeSentence(x.message, { inTable: true, max: 300 })}`);
    shown += cells.length;
    const more = own.length - cells.length;
    const why = cells.length === 0 ? more > 0 ? `${more} reason(s), in the evidence record` : dash : cells.join("; ") + (more > 0 ? ` (+${more} more in the evidence record)` : "");
    return `| ${codeSpan(check, { inTable: true, max: 60 })} | ${CHECK_ICON[String(outcome)] ?? ""}&nbsp;${escapeText(String(outcome))} | ${why} |`;
  });
  const failed = Object.values(e.checks).filter((o) => o === "fail").length;
  const title = `${GATE_TITLE[g.gate] ?? escapeText(String(g.gate))} gate: policy checks (${failed} failed)`;
  return [
    `<details><summary>${title}</summary>`,
    "",
    "| Check | Outcome | Reasons |",
    "| --- | --- | --- |",
    ...rows,
    "",
    "</details>",
    ""
  ];
}
function limitCell(l) {
  const text = `${l.used} / ${l.max === null ? "no limit" : l.max}`;
  const over = l.max !== null && l.used > l.max;
  return `${codeSpan(text)} ${over ? "\u26D4 over the limit" : "\u2705"}`;
}
function limits(l) {
  const rows = [
    `| Files changed (a rename counts once) | ${limitCell(l.files)} |`,
    `| Diff lines (additions + deletions) | ${limitCell(l.diff_lines)} |`
  ];
  if (l.open_prs) rows.push(`| Open agent pull requests | ${limitCell(l.open_prs)} |`);
  return ["### Limits", "", "| Limit | Used / max |", "| --- | --- |", ...rows];
}
function violations(r, max) {
  const list2 = r.violations;
  const shown = list2.slice(0, max).map((v, i) => {
    const code2 = r.reasons?.[i]?.code;
    return `${i + 1}. ${escapeSentence(v, { max: 400 })}${code2 ? ` ${codeSpan(code2, { max: 60 })}` : ""}`;
  });
  const more = list2.length - shown.length;
  return [`### Violations (${list2.length})`, "", ...shown, ...more > 0 ? ["", `\u2026and ${more} more, listed in the evidence record.`] : []];
}
function list(items, max, noun) {
  const shown = items.slice(0, max).map((s) => `- ${escapeSentence(s, { max: 400 })}`);
  const more = items.length - shown.length;
  return [...shown, ...more > 0 ? [`- \u2026and ${more} more ${noun}s in the evidence record.`] : []];
}
var OFFENDING_VERDICTS = /* @__PURE__ */ new Set([
  "forbidden",
  "not_allowed",
  "invalid",
  "always_forbidden",
  "symlink",
  "submodule"
]);
var isOffendingPath = (p) => OFFENDING_VERDICTS.has(p.verdict);
var offending = isOffendingPath;
function paths(rows, max) {
  const bad = rows.filter(offending).length;
  const head = `### Changed paths (${rows.length}${bad > 0 ? `, ${bad} offending` : ""})`;
  if (rows.length === 0) return [head, "", "No changed paths."];
  const ordered = [...rows.filter(offending), ...rows.filter((p) => !offending(p))];
  const shown = ordered.slice(0, max);
  const out = [head, ""];
  if (shown.length > 0) {
    out.push("| Verdict | Status | Path | Previous path | Rule |", "| --- | --- | --- | --- | --- |");
    for (const p of shown) {
      const flags = [p.executable_changed ? "executable bit changed" : "", p.binary ? "binary" : ""].filter(Boolean);
      const verdict = (PATH_VERDICT[p.verdict] ?? escapeText(String(p.verdict))) + (flags.length ? ` (${flags.join(", ")})` : "");
      out.push(`| ${verdict} | ${escapeText(p.status)} | ${code(p.path, 200)} | ${code(p.previous_path, 200)} | ${code(p.rule, 120)} |`);
    }
    if (shown.some((p) => p.verdict !== "allowed")) out.push("", PATH_LEGEND);
  }
  const more = ordered.length - shown.length;
  if (more > 0) out.push("", `Showing ${shown.length} of ${ordered.length} paths, offending first; the evidence record lists every path.`);
  return out;
}
function approvals(rows, max) {
  const counted = rows.filter((a) => a.counted).length;
  const head = `### Approvals (${counted} counted of ${rows.length} found)`;
  if (rows.length === 0) return [head, "", "No approvals found."];
  const shown = rows.slice(0, max);
  const out = [head, "", "| Reviewer | Pool | Source | Commit | Counted | Why |", "| --- | --- | --- | --- | --- | --- |"];
  for (const a of shown) {
    out.push(
      `| ${code(a.login, 100)} | ${code(a.reviewer_pool)} | ${escapeText(a.source.replace(/_/g, " "))} | ${code(a.commit_id ? a.commit_id.slice(0, 12) : null)} | ${a.counted ? "\u2705 yes" : "\u274C no"} | ${escapeSentence(a.reason, { inTable: true, max: 300 })} |`
    );
  }
  if (rows.length > shown.length) out.push("", `Showing ${shown.length} of ${rows.length} approvals; the evidence record lists all.`);
  return out;
}
var HEADLINE_FIELDS = [
  "schema",
  "decision",
  "summary",
  "workflow_id",
  "agent_class",
  "agent_login",
  "run_id",
  "repository",
  "pull_request",
  "head_sha",
  "base_sha",
  "event_name",
  "github_run_id",
  "github_run_attempt",
  "policy_id",
  "pack_path",
  "manifest_path",
  "pack_sha256",
  "manifest_sha256",
  "evaluated_at",
  "limits",
  "evidence_sha256"
];
function abridge(value, items, chars) {
  if (typeof value === "string") return value.length > chars ? value.slice(0, chars) + "\u2026" : value;
  if (Array.isArray(value)) return value.slice(0, items).map((v) => abridge(v, items, chars));
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, abridge(v, items, chars)]));
  }
  return value;
}
function embeddedRecord(r, level) {
  switch (level) {
    case "complete":
      return r;
    case "paths_omitted":
      return { ...r, paths: [] };
    case "abridged":
      return abridge({ ...r, paths: [] }, 10, 300);
    case "headline":
      return abridge(Object.fromEntries(HEADLINE_FIELDS.map((k) => [k, r[k]])), 10, 300);
  }
}
var COMPLETENESS_TEXT = {
  complete: "the complete evidence record",
  paths_omitted: "the evidence record without its per-path list (too long for a comment)",
  abridged: "the evidence record abridged: no per-path list, long lists cut to 10 entries",
  headline: "the evidence record\u2019s headline fields only (the whole record is too long for a comment)"
};
function recordBlock(r, level) {
  const json = escapeInvisibleInJson(JSON.stringify(embeddedRecord(r, level), null, 2)).replace(
    /[<>&`\u2028\u2029]/g,
    (ch) => "\\u" + ch.charCodeAt(0).toString(16).padStart(4, "0")
  );
  const omitted = level === "complete" ? 0 : r.paths.length;
  const note = level === "complete" ? "" : `This is ${COMPLETENESS_TEXT[level]}; the whole record is the job's evidence file, whose evidence_sha256 is below.

`;
  return [
    `<details><summary>Evidence record (JSON), evidence_sha256 <code>${escapeHtml(r.evidence_sha256)}</code></summary>`,
    "",
    note + `<!-- ${RECORD_MARKER} ${level} paths-omitted=${omitted} -->`,
    "```json",
    json,
    "```",
    "",
    "</details>"
  ];
}
function parseEvidenceFromComment(body) {
  const re = new RegExp(
    `<!-- ${RECORD_MARKER} (complete|paths_omitted|abridged|headline) paths-omitted=(\\d+) -->\\r?\\n\`\`\`json\\r?\\n([\\s\\S]*?)\\r?\\n\`\`\``,
    "g"
  );
  const m = Array.from(body.matchAll(re)).pop();
  if (!m) return null;
  let record;
  try {
    record = JSON.parse(m[3]);
  } catch {
    return null;
  }
  if (!record || typeof record !== "object" || record.schema !== EVIDENCE_SCHEMA) return null;
  return { record, completeness: m[1], pathsOmitted: Number(m[2]) };
}

export {
  EVIDENCE_SCHEMA,
  sealEvidence,
  evidenceHash,
  finalizeEvidence,
  verifyEvidence,
  WORD_JOINER,
  escapeInvisibleInJson,
  makeVisible,
  truncate,
  escapeText,
  escapeLinkText,
  codeSpan,
  escapeSentence,
  escapeHtml,
  EVIDENCE_MARKER,
  GITHUB_COMMENT_LIMIT,
  DEFAULT_MAX_CHARS,
  renderEvidenceMarkdown,
  renderPolicyDiffMarkdown,
  OFFENDING_VERDICTS,
  isOffendingPath,
  parseEvidenceFromComment
};
