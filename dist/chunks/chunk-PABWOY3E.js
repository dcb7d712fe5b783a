import { createRequire as __mgpCreateRequire } from 'node:module';
const require = __mgpCreateRequire(import.meta.url);

// src/pack/defaults.ts
var DEFAULT_MANIFEST_PATH = "data/control-plane/workflow-manifests.json";
var DEFAULT_PACK_PATH = "data/policy/mcp-gateway-policy.json";
var DEFAULT_POLICY_ID = "mcp-gateway-policy-pack";
var DEFAULT_INTENT = "Compile the workflow control-plane manifest into a default-deny MCP gateway policy pack: declared tool scopes, bounded change scopes, gated writes, human approval holds, runtime kill signals and audit evidence.";
var PACK_SCHEMA_VERSION = "1.0";
function recordedManifestPath(packText) {
  if (packText === null) return null;
  let p;
  try {
    p = JSON.parse(packText)?.source_manifest?.path;
  } catch {
    return null;
  }
  if (typeof p !== "string") return null;
  const cleaned = p.replace(/\\/g, "/").replace(/^(\.\/)+/, "");
  if (cleaned === "" || cleaned.startsWith("/") || /^[A-Za-z]:/.test(cleaned) || cleaned.split("/").includes("..")) return null;
  return cleaned;
}

// src/pack/posture.ts
var CRAWL_MAX_CHANGED_FILES = 10;
var CRAWL_MAX_DIFF_LINES = 500;
function assessPosture(workflowPolicy) {
  const w = workflowPolicy;
  const stage = w?.maturity_stage;
  const problems = [];
  const killSignals = listOf(w?.runtime_controls?.kill_signals).filter((s) => typeof s === "string" && s.trim() !== "");
  const needKillSignal = () => {
    if (killSignals.length === 0) problems.push("declares no kill signal");
  };
  switch (stage) {
    case "crawl": {
      const gates = listOf(w?.gate_contract);
      if (gates.length === 0) problems.push("declares no gate phases");
      for (const g of gates) {
        const rules = listOf(g?.rules);
        if (rules.length === 0) problems.push(`gate phase "${String(g?.phase)}" has no rule`);
      }
      needKillSignal();
      limit("max_changed_files", w?.change_scope?.max_changed_files, CRAWL_MAX_CHANGED_FILES, problems);
      limit("max_diff_lines", w?.change_scope?.max_diff_lines, CRAWL_MAX_DIFF_LINES, problems);
      break;
    }
    case "walk":
    case "run": {
      needKillSignal();
      listOf(w?.evidence_contract?.required_records).forEach((r, i) => {
        if (!nonEmpty(r?.evidence_owner)) {
          problems.push(`evidence record ${describe(r, i)} names no evidence_owner`);
        }
      });
      if (stage === "run") {
        listOf(w?.kpi_contract).forEach((k, i) => {
          if (!nonEmpty(k?.target)) problems.push(`KPI ${describe(k, i)} has no target`);
        });
      }
      break;
    }
    default:
      problems.push(
        stage === null || stage === void 0 ? "declares no maturity_stage, so it has no posture to be inside" : `has an unknown maturity_stage ${JSON.stringify(stage)}`
      );
  }
  return { inside: problems.length === 0, problems };
}
function limit(name, value, max, problems) {
  if (typeof value !== "number" || !Number.isInteger(value)) problems.push(`declares no ${name} (crawl allows at most ${max})`);
  else if (value > max) problems.push(`${name} is ${value}; crawl allows at most ${max}`);
}
function listOf(v) {
  return Array.isArray(v) ? v : [];
}
function nonEmpty(v) {
  return typeof v === "string" && v.trim() !== "";
}
function describe(record, index) {
  const id = record?.id;
  return typeof id === "string" && id !== "" ? `"${id}"` : `#${index + 1}`;
}

export {
  DEFAULT_MANIFEST_PATH,
  DEFAULT_PACK_PATH,
  DEFAULT_POLICY_ID,
  DEFAULT_INTENT,
  PACK_SCHEMA_VERSION,
  recordedManifestPath,
  CRAWL_MAX_CHANGED_FILES,
  CRAWL_MAX_DIFF_LINES,
  assessPosture
};
