import { createRequire as __mgpCreateRequire } from 'node:module';
const require = __mgpCreateRequire(import.meta.url);
import {
  canonicalJson,
  compareCodePoints,
  sha256Hex
} from "./chunk-P25BMAAV.js";
import {
  ManifestError,
  detectFormat,
  escapePointerSegment,
  normaliseLineEndings,
  parseJsonManifest
} from "./chunk-YXQSOUEQ.js";
import {
  DEFAULT_INTENT,
  DEFAULT_MANIFEST_PATH,
  DEFAULT_PACK_PATH,
  DEFAULT_POLICY_ID,
  PACK_SCHEMA_VERSION
} from "./chunk-MHXBMGPT.js";

// src/pack/compile.ts
var ACCESS_DECISIONS = {
  read: "allow",
  write_branch: "allow_scoped_branch",
  write_ticket: "allow_scoped_ticket",
  approval_required: "hold_for_approval"
};
var DECISION_CONTRACT = {
  decisions: [
    { decision: "allow", meaning: "Read-only context access inside the declared namespace." },
    { decision: "allow_scoped_branch", meaning: "Write only to the workflow branch prefix and declared file scope." },
    { decision: "allow_scoped_ticket", meaning: "Write only workflow evidence or triage notes to declared ticket systems." },
    { decision: "hold_for_approval", meaning: "Pause and require a typed human approval record before continuing." },
    { decision: "deny", meaning: "Fail closed for undeclared workflows, tools, paths, hosts, or gates." },
    { decision: "kill_session", meaning: "Disable the active agent session when a runtime kill signal fires." }
  ],
  default_decision: "deny",
  required_runtime_attributes: [
    "workflow_id",
    "agent_id",
    "run_id",
    "tool_namespace",
    "tool_access_mode",
    "branch_name",
    "changed_paths",
    "diff_line_count",
    "gate_phase",
    "human_approval_record"
  ]
};
var EVIDENCE_KEYS = ["evidence_owner", "id", "retention", "source"];
var KPI_KEYS = ["id", "target"];
function compilePack(manifest, identity) {
  const defaults = manifest.workflow_defaults;
  const policies = manifest.workflows.map((w) => compileWorkflow(w, manifest));
  const namespaces = /* @__PURE__ */ new Set();
  const decisions = /* @__PURE__ */ new Set();
  for (const p of policies) {
    for (const s of p.tool_access.allowed_mcp_scopes) {
      namespaces.add(s.namespace);
      decisions.add(s.decision);
    }
  }
  return {
    decision_contract: structuredClone(DECISION_CONTRACT),
    generated_at: identity.generatedAt,
    global_defaults: {
      default_change_window: defaults?.default_change_window ?? null,
      evidence_retention_days: defaults?.evidence_retention_days ?? null,
      human_review_required: defaults?.human_review_required ?? true,
      manual_review_required_for: [...defaults?.manual_review_required_for ?? []],
      max_open_prs_per_repo: defaults?.max_open_prs_per_repo ?? null,
      required_pr_label: defaults?.required_pr_label ?? null,
      required_remediation_branch_prefix: defaults?.branch_prefix ?? null
    },
    intent: identity.intent,
    policy_id: identity.policyId,
    policy_summary: {
      active_workflow_count: policies.filter((p) => p.status === "active").length,
      mcp_namespace_count: namespaces.size,
      policy_decisions: [...[...decisions].sort(compareCodePoints), "deny", "kill_session"],
      workflow_count: policies.length
    },
    schema_version: PACK_SCHEMA_VERSION,
    source_manifest: {
      last_reviewed: manifest.last_reviewed ?? null,
      path: identity.manifestPath,
      schema_version: manifest.schema_version ?? null,
      sha256: identity.manifestSha256
    },
    standards_alignment: structuredClone(manifest.standards_alignment ?? []),
    workflow_policies: policies
  };
}
function compileWorkflow(w, manifest) {
  const defaults = manifest.workflow_defaults;
  const id = w.id.trim();
  const scopes = w.mcp_context.map((c) => {
    const namespace = c.namespace.trim();
    const access = c.access.trim();
    return {
      access,
      decision: ACCESS_DECISIONS[access],
      namespace,
      purpose: (c.purpose ?? "").trim(),
      scope_id: `${id}:${namespace}:${access}`
    };
  });
  return {
    change_scope: {
      allowed_paths: [...w.scope.allowed_paths],
      forbidden_paths: [...w.scope.forbidden_paths],
      max_changed_files: w.scope.max_changed_files,
      max_diff_lines: w.scope.max_diff_lines
    },
    default_decision: "deny",
    dispatch: {
      automation_first: [...w.automation_first],
      eligible_findings: [...w.eligible_findings],
      max_open_prs_per_repo: defaults?.max_open_prs_per_repo ?? null,
      required_branch_prefix: defaults?.branch_prefix ?? null,
      required_pr_label: defaults?.required_pr_label ?? null
    },
    evidence_contract: {
      required_records: w.evidence.map((r) => pick(r, EVIDENCE_KEYS)),
      retention_days_default: defaults?.evidence_retention_days ?? null
    },
    // Only the required phases, in their declared order, as the reference generator emits them: a
    // phase the manifest adds beyond them is not in the pack (compile-parsed.ts warns about it).
    gate_contract: manifest.required_gate_phases.map((phase) => {
      const rules = [...w.gates[phase] ?? []];
      return { phase, rule_count: rules.length, rules };
    }),
    identity: {
      accountable_team: w.owner?.accountable_team ?? null,
      allowed_agents: [...w.default_agents],
      escalation: w.owner?.escalation ?? null,
      reviewer_pools: [...w.owner?.reviewer_pools ?? []]
    },
    kpi_contract: w.kpis.map((k) => pick(k, KPI_KEYS)),
    maturity_stage: w.maturity_stage ?? null,
    public_path: w.public_path ?? null,
    runtime_controls: {
      egress_default: "deny_except_declared_mcp_context",
      kill_signals: [...w.kill_signals],
      session_disablement_required: true
    },
    source_content_path: w.content_path ?? null,
    status: w.status ?? null,
    title: w.title ?? null,
    tool_access: {
      allowed_mcp_scopes: scopes,
      denied_by_default: true,
      requires_human_approval_for: scopes.filter((s) => s.decision === "hold_for_approval").map((s) => s.namespace)
    },
    workflow_id: id
  };
}
function pick(record, keys) {
  const out = {};
  for (const k of keys) out[k] = Object.hasOwn(record, k) ? structuredClone(record[k]) : null;
  return out;
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

// src/pack/schema-validators/manifest-validator.js
var manifest_validator_default = validate20;
var schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://github.com/mcp-gateway-policy/mcp-gateway-policy/schemas/workflow-manifest.schema.json", "title": "Workflow control-plane manifest", "description": "Declares, per agent workflow, its MCP tool scopes, change scope, gates, evidence, KPIs and kill signals. Compiled by `mcp-gateway-policy generate` into a default-deny policy pack (schema_version 1.0). The compiler adds semantic checks this schema cannot express: unique workflow ids, every required gate phase present in every workflow, a branch prefix declared when any scope is write_branch, and no duplicate scope per workflow.", "type": "object", "required": ["required_gate_phases", "workflows"], "additionalProperties": false, "patternProperties": { "^x-": { "description": "Extension field: kept out of the pack." } }, "properties": { "$schema": { "type": "string" }, "schema_version": { "description": 'Manifest format version. Only "1.0" exists.', "type": "string", "enum": ["1.0"] }, "last_reviewed": { "description": "Date of the last review (YYYY-MM-DD, or a date-time). The pack's generated_at defaults to it.", "type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}" }, "intent": { "description": "What this control plane is for, in prose. Not copied into the pack (the pack's intent comes from policy_pack.intent or --intent).", "type": "string" }, "policy_pack": { "description": "Identity of the generated pack; --policy-id and --intent override it.", "type": "object", "additionalProperties": false, "properties": { "policy_id": { "$ref": "#/$defs/token" }, "intent": { "$ref": "#/$defs/nonEmptyText" } } }, "required_gate_phases": { "description": "Gate phases every workflow must declare, in the order the pack lists them.", "type": "array", "minItems": 1, "uniqueItems": true, "items": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9_.-]*$" } }, "standards_alignment": { "description": "Standards the control plane maps to; copied into the pack as written.", "type": "array", "items": { "type": "object", "required": ["id"], "properties": { "id": { "$ref": "#/$defs/nonEmptyText" }, "name": { "type": "string" }, "url": { "type": "string" }, "why_it_matters": { "type": "string" } } } }, "workflow_defaults": { "description": "Settings every workflow shares. Other fields are allowed and ignored.", "type": "object", "properties": { "branch_prefix": { "description": 'Branch prefix every agent branch must start with, e.g. "agent/". Required when any scope has access write_branch.', "type": "string", "pattern": "^[^\\s~^:?*\\[\\\\]+$" }, "required_pr_label": { "$ref": "#/$defs/nonEmptyText" }, "human_review_required": { "type": "boolean", "description": "Default true." }, "default_change_window": { "type": "string" }, "max_open_prs_per_repo": { "$ref": "#/$defs/count" }, "evidence_retention_days": { "$ref": "#/$defs/count" }, "manual_review_required_for": { "$ref": "#/$defs/textList" } } }, "workflows": { "type": "array", "items": { "$ref": "#/$defs/workflow" } } }, "$defs": { "nonEmptyText": { "type": "string", "pattern": "\\S" }, "token": { "type": "string", "pattern": "^[^\\s]+$" }, "textList": { "type": "array", "items": { "type": "string" } }, "count": { "type": "integer", "minimum": 0, "maximum": 9007199254740991 }, "phaseName": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9_.-]*$" }, "workflow": { "type": "object", "required": ["id", "eligible_findings", "default_agents", "automation_first", "mcp_context", "scope", "gates", "evidence", "kpis", "kill_signals"], "additionalProperties": false, "patternProperties": { "^x-": { "description": "Extension field: kept out of the pack." } }, "properties": { "id": { "description": "Workflow id: letters, digits, '.', '_' or '-'. Agent branches are <branch_prefix><id>/...", "type": "string", "pattern": "^\\s*[A-Za-z0-9][A-Za-z0-9._-]*\\s*$" }, "title": { "type": "string" }, "status": { "type": "string", "enum": ["pilot", "active", "paused", "retired"] }, "maturity_stage": { "type": "string", "enum": ["crawl", "walk", "run"] }, "content_path": { "type": "string" }, "public_path": { "type": "string" }, "owner": { "type": "object", "properties": { "accountable_team": { "type": "string" }, "reviewer_pools": { "type": "array", "items": { "$ref": "#/$defs/token" } }, "escalation": { "type": "string" } } }, "eligible_findings": { "$ref": "#/$defs/textList" }, "default_agents": { "description": "Agent classes allowed to run this workflow (compared case-insensitively).", "type": "array", "items": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9_.-]*$" } }, "automation_first": { "$ref": "#/$defs/textList" }, "mcp_context": { "description": "The MCP tool scopes this workflow may use; everything else is denied.", "type": "array", "items": { "type": "object", "required": ["namespace", "access"], "additionalProperties": false, "properties": { "namespace": { "type": "string", "pattern": "^\\s*[^\\s:]+\\s*$" }, "access": { "type": "string", "pattern": "^\\s*(read|write_branch|write_ticket|approval_required)\\s*$" }, "purpose": { "type": "string" } } } }, "scope": { "description": "The files an agent may change and how much.", "type": "object", "required": ["allowed_paths", "forbidden_paths", "max_changed_files", "max_diff_lines"], "additionalProperties": false, "properties": { "allowed_paths": { "type": "array", "items": { "$ref": "#/$defs/nonEmptyText" } }, "forbidden_paths": { "type": "array", "items": { "$ref": "#/$defs/nonEmptyText" } }, "max_changed_files": { "$ref": "#/$defs/count" }, "max_diff_lines": { "$ref": "#/$defs/count" } } }, "gates": { "description": "Rules per gate phase; every phase in required_gate_phases must appear.", "type": "object", "propertyNames": { "$ref": "#/$defs/phaseName" }, "additionalProperties": { "$ref": "#/$defs/textList" } }, "evidence": { "type": "array", "items": { "type": "object", "properties": { "id": { "type": "string" }, "source": { "type": "string" }, "retention": { "type": "string" }, "evidence_owner": { "type": "string" } } } }, "kpis": { "type": "array", "items": { "type": "object", "properties": { "id": { "type": "string" }, "target": { "type": "string" } } } }, "kill_signals": { "$ref": "#/$defs/textList" } } } } };
var func1 = Object.prototype.hasOwnProperty;
var pattern4 = new RegExp("^x-", "u");
var pattern5 = new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2}", "u");
var pattern6 = new RegExp("^[^\\s]+$", "u");
var pattern7 = new RegExp("\\S", "u");
var pattern8 = new RegExp("^[A-Za-z0-9][A-Za-z0-9_.-]*$", "u");
var pattern10 = new RegExp("^[^\\s~^:?*\\[\\\\]+$", "u");
var schema39 = { "type": "object", "required": ["id", "eligible_findings", "default_agents", "automation_first", "mcp_context", "scope", "gates", "evidence", "kpis", "kill_signals"], "additionalProperties": false, "patternProperties": { "^x-": { "description": "Extension field: kept out of the pack." } }, "properties": { "id": { "description": "Workflow id: letters, digits, '.', '_' or '-'. Agent branches are <branch_prefix><id>/...", "type": "string", "pattern": "^\\s*[A-Za-z0-9][A-Za-z0-9._-]*\\s*$" }, "title": { "type": "string" }, "status": { "type": "string", "enum": ["pilot", "active", "paused", "retired"] }, "maturity_stage": { "type": "string", "enum": ["crawl", "walk", "run"] }, "content_path": { "type": "string" }, "public_path": { "type": "string" }, "owner": { "type": "object", "properties": { "accountable_team": { "type": "string" }, "reviewer_pools": { "type": "array", "items": { "$ref": "#/$defs/token" } }, "escalation": { "type": "string" } } }, "eligible_findings": { "$ref": "#/$defs/textList" }, "default_agents": { "description": "Agent classes allowed to run this workflow (compared case-insensitively).", "type": "array", "items": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9_.-]*$" } }, "automation_first": { "$ref": "#/$defs/textList" }, "mcp_context": { "description": "The MCP tool scopes this workflow may use; everything else is denied.", "type": "array", "items": { "type": "object", "required": ["namespace", "access"], "additionalProperties": false, "properties": { "namespace": { "type": "string", "pattern": "^\\s*[^\\s:]+\\s*$" }, "access": { "type": "string", "pattern": "^\\s*(read|write_branch|write_ticket|approval_required)\\s*$" }, "purpose": { "type": "string" } } } }, "scope": { "description": "The files an agent may change and how much.", "type": "object", "required": ["allowed_paths", "forbidden_paths", "max_changed_files", "max_diff_lines"], "additionalProperties": false, "properties": { "allowed_paths": { "type": "array", "items": { "$ref": "#/$defs/nonEmptyText" } }, "forbidden_paths": { "type": "array", "items": { "$ref": "#/$defs/nonEmptyText" } }, "max_changed_files": { "$ref": "#/$defs/count" }, "max_diff_lines": { "$ref": "#/$defs/count" } } }, "gates": { "description": "Rules per gate phase; every phase in required_gate_phases must appear.", "type": "object", "propertyNames": { "$ref": "#/$defs/phaseName" }, "additionalProperties": { "$ref": "#/$defs/textList" } }, "evidence": { "type": "array", "items": { "type": "object", "properties": { "id": { "type": "string" }, "source": { "type": "string" }, "retention": { "type": "string" }, "evidence_owner": { "type": "string" } } } }, "kpis": { "type": "array", "items": { "type": "object", "properties": { "id": { "type": "string" }, "target": { "type": "string" } } } }, "kill_signals": { "$ref": "#/$defs/textList" } } };
var pattern13 = new RegExp("^\\s*[A-Za-z0-9][A-Za-z0-9._-]*\\s*$", "u");
var pattern16 = new RegExp("^\\s*[^\\s:]+\\s*$", "u");
var pattern17 = new RegExp("^\\s*(read|write_branch|write_ticket|approval_required)\\s*$", "u");
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate21.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.eligible_findings === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "eligible_findings" }, message: "must have required property 'eligible_findings'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.default_agents === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "default_agents" }, message: "must have required property 'default_agents'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.automation_first === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "automation_first" }, message: "must have required property 'automation_first'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.mcp_context === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "mcp_context" }, message: "must have required property 'mcp_context'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.scope === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "scope" }, message: "must have required property 'scope'" };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.gates === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "gates" }, message: "must have required property 'gates'" };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.evidence === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "evidence" }, message: "must have required property 'evidence'" };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.kpis === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kpis" }, message: "must have required property 'kpis'" };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.kill_signals === void 0) {
      const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kill_signals" }, message: "must have required property 'kill_signals'" };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(func1.call(schema39.properties, key0) || pattern4.test(key0))) {
        const err10 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (!pattern13.test(data0)) {
          const err11 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/pattern", keyword: "pattern", params: { pattern: "^\\s*[A-Za-z0-9][A-Za-z0-9._-]*\\s*$" }, message: 'must match pattern "^\\s*[A-Za-z0-9][A-Za-z0-9._-]*\\s*$"' };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      if (typeof data.title !== "string") {
        const err13 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.status !== void 0) {
      let data2 = data.status;
      if (typeof data2 !== "string") {
        const err14 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      if (!(data2 === "pilot" || data2 === "active" || data2 === "paused" || data2 === "retired")) {
        const err15 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/enum", keyword: "enum", params: { allowedValues: schema39.properties.status.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.maturity_stage !== void 0) {
      let data3 = data.maturity_stage;
      if (typeof data3 !== "string") {
        const err16 = { instancePath: instancePath + "/maturity_stage", schemaPath: "#/properties/maturity_stage/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
      if (!(data3 === "crawl" || data3 === "walk" || data3 === "run")) {
        const err17 = { instancePath: instancePath + "/maturity_stage", schemaPath: "#/properties/maturity_stage/enum", keyword: "enum", params: { allowedValues: schema39.properties.maturity_stage.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.content_path !== void 0) {
      if (typeof data.content_path !== "string") {
        const err18 = { instancePath: instancePath + "/content_path", schemaPath: "#/properties/content_path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.public_path !== void 0) {
      if (typeof data.public_path !== "string") {
        const err19 = { instancePath: instancePath + "/public_path", schemaPath: "#/properties/public_path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.owner !== void 0) {
      let data6 = data.owner;
      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
        if (data6.accountable_team !== void 0) {
          if (typeof data6.accountable_team !== "string") {
            const err20 = { instancePath: instancePath + "/owner/accountable_team", schemaPath: "#/properties/owner/properties/accountable_team/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
        if (data6.reviewer_pools !== void 0) {
          let data8 = data6.reviewer_pools;
          if (Array.isArray(data8)) {
            const len0 = data8.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data9 = data8[i0];
              if (typeof data9 === "string") {
                if (!pattern6.test(data9)) {
                  const err21 = { instancePath: instancePath + "/owner/reviewer_pools/" + i0, schemaPath: "#/$defs/token/pattern", keyword: "pattern", params: { pattern: "^[^\\s]+$" }, message: 'must match pattern "^[^\\s]+$"' };
                  if (vErrors === null) {
                    vErrors = [err21];
                  } else {
                    vErrors.push(err21);
                  }
                  errors++;
                }
              } else {
                const err22 = { instancePath: instancePath + "/owner/reviewer_pools/" + i0, schemaPath: "#/$defs/token/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
            }
          } else {
            const err23 = { instancePath: instancePath + "/owner/reviewer_pools", schemaPath: "#/properties/owner/properties/reviewer_pools/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        if (data6.escalation !== void 0) {
          if (typeof data6.escalation !== "string") {
            const err24 = { instancePath: instancePath + "/owner/escalation", schemaPath: "#/properties/owner/properties/escalation/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
      } else {
        const err25 = { instancePath: instancePath + "/owner", schemaPath: "#/properties/owner/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.eligible_findings !== void 0) {
      let data11 = data.eligible_findings;
      if (Array.isArray(data11)) {
        const len1 = data11.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (typeof data11[i1] !== "string") {
            const err26 = { instancePath: instancePath + "/eligible_findings/" + i1, schemaPath: "#/$defs/textList/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
      } else {
        const err27 = { instancePath: instancePath + "/eligible_findings", schemaPath: "#/$defs/textList/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.default_agents !== void 0) {
      let data13 = data.default_agents;
      if (Array.isArray(data13)) {
        const len2 = data13.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data14 = data13[i2];
          if (typeof data14 === "string") {
            if (!pattern8.test(data14)) {
              const err28 = { instancePath: instancePath + "/default_agents/" + i2, schemaPath: "#/properties/default_agents/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9_.-]*$"' };
              if (vErrors === null) {
                vErrors = [err28];
              } else {
                vErrors.push(err28);
              }
              errors++;
            }
          } else {
            const err29 = { instancePath: instancePath + "/default_agents/" + i2, schemaPath: "#/properties/default_agents/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
      } else {
        const err30 = { instancePath: instancePath + "/default_agents", schemaPath: "#/properties/default_agents/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
    if (data.automation_first !== void 0) {
      let data15 = data.automation_first;
      if (Array.isArray(data15)) {
        const len3 = data15.length;
        for (let i3 = 0; i3 < len3; i3++) {
          if (typeof data15[i3] !== "string") {
            const err31 = { instancePath: instancePath + "/automation_first/" + i3, schemaPath: "#/$defs/textList/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
      } else {
        const err32 = { instancePath: instancePath + "/automation_first", schemaPath: "#/$defs/textList/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
    if (data.mcp_context !== void 0) {
      let data17 = data.mcp_context;
      if (Array.isArray(data17)) {
        const len4 = data17.length;
        for (let i4 = 0; i4 < len4; i4++) {
          let data18 = data17[i4];
          if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
            if (data18.namespace === void 0) {
              const err33 = { instancePath: instancePath + "/mcp_context/" + i4, schemaPath: "#/properties/mcp_context/items/required", keyword: "required", params: { missingProperty: "namespace" }, message: "must have required property 'namespace'" };
              if (vErrors === null) {
                vErrors = [err33];
              } else {
                vErrors.push(err33);
              }
              errors++;
            }
            if (data18.access === void 0) {
              const err34 = { instancePath: instancePath + "/mcp_context/" + i4, schemaPath: "#/properties/mcp_context/items/required", keyword: "required", params: { missingProperty: "access" }, message: "must have required property 'access'" };
              if (vErrors === null) {
                vErrors = [err34];
              } else {
                vErrors.push(err34);
              }
              errors++;
            }
            for (const key1 in data18) {
              if (!(key1 === "namespace" || key1 === "access" || key1 === "purpose")) {
                const err35 = { instancePath: instancePath + "/mcp_context/" + i4, schemaPath: "#/properties/mcp_context/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err35];
                } else {
                  vErrors.push(err35);
                }
                errors++;
              }
            }
            if (data18.namespace !== void 0) {
              let data19 = data18.namespace;
              if (typeof data19 === "string") {
                if (!pattern16.test(data19)) {
                  const err36 = { instancePath: instancePath + "/mcp_context/" + i4 + "/namespace", schemaPath: "#/properties/mcp_context/items/properties/namespace/pattern", keyword: "pattern", params: { pattern: "^\\s*[^\\s:]+\\s*$" }, message: 'must match pattern "^\\s*[^\\s:]+\\s*$"' };
                  if (vErrors === null) {
                    vErrors = [err36];
                  } else {
                    vErrors.push(err36);
                  }
                  errors++;
                }
              } else {
                const err37 = { instancePath: instancePath + "/mcp_context/" + i4 + "/namespace", schemaPath: "#/properties/mcp_context/items/properties/namespace/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err37];
                } else {
                  vErrors.push(err37);
                }
                errors++;
              }
            }
            if (data18.access !== void 0) {
              let data20 = data18.access;
              if (typeof data20 === "string") {
                if (!pattern17.test(data20)) {
                  const err38 = { instancePath: instancePath + "/mcp_context/" + i4 + "/access", schemaPath: "#/properties/mcp_context/items/properties/access/pattern", keyword: "pattern", params: { pattern: "^\\s*(read|write_branch|write_ticket|approval_required)\\s*$" }, message: 'must match pattern "^\\s*(read|write_branch|write_ticket|approval_required)\\s*$"' };
                  if (vErrors === null) {
                    vErrors = [err38];
                  } else {
                    vErrors.push(err38);
                  }
                  errors++;
                }
              } else {
                const err39 = { instancePath: instancePath + "/mcp_context/" + i4 + "/access", schemaPath: "#/properties/mcp_context/items/properties/access/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err39];
                } else {
                  vErrors.push(err39);
                }
                errors++;
              }
            }
            if (data18.purpose !== void 0) {
              if (typeof data18.purpose !== "string") {
                const err40 = { instancePath: instancePath + "/mcp_context/" + i4 + "/purpose", schemaPath: "#/properties/mcp_context/items/properties/purpose/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err40];
                } else {
                  vErrors.push(err40);
                }
                errors++;
              }
            }
          } else {
            const err41 = { instancePath: instancePath + "/mcp_context/" + i4, schemaPath: "#/properties/mcp_context/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err41];
            } else {
              vErrors.push(err41);
            }
            errors++;
          }
        }
      } else {
        const err42 = { instancePath: instancePath + "/mcp_context", schemaPath: "#/properties/mcp_context/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err42];
        } else {
          vErrors.push(err42);
        }
        errors++;
      }
    }
    if (data.scope !== void 0) {
      let data22 = data.scope;
      if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
        if (data22.allowed_paths === void 0) {
          const err43 = { instancePath: instancePath + "/scope", schemaPath: "#/properties/scope/required", keyword: "required", params: { missingProperty: "allowed_paths" }, message: "must have required property 'allowed_paths'" };
          if (vErrors === null) {
            vErrors = [err43];
          } else {
            vErrors.push(err43);
          }
          errors++;
        }
        if (data22.forbidden_paths === void 0) {
          const err44 = { instancePath: instancePath + "/scope", schemaPath: "#/properties/scope/required", keyword: "required", params: { missingProperty: "forbidden_paths" }, message: "must have required property 'forbidden_paths'" };
          if (vErrors === null) {
            vErrors = [err44];
          } else {
            vErrors.push(err44);
          }
          errors++;
        }
        if (data22.max_changed_files === void 0) {
          const err45 = { instancePath: instancePath + "/scope", schemaPath: "#/properties/scope/required", keyword: "required", params: { missingProperty: "max_changed_files" }, message: "must have required property 'max_changed_files'" };
          if (vErrors === null) {
            vErrors = [err45];
          } else {
            vErrors.push(err45);
          }
          errors++;
        }
        if (data22.max_diff_lines === void 0) {
          const err46 = { instancePath: instancePath + "/scope", schemaPath: "#/properties/scope/required", keyword: "required", params: { missingProperty: "max_diff_lines" }, message: "must have required property 'max_diff_lines'" };
          if (vErrors === null) {
            vErrors = [err46];
          } else {
            vErrors.push(err46);
          }
          errors++;
        }
        for (const key2 in data22) {
          if (!(key2 === "allowed_paths" || key2 === "forbidden_paths" || key2 === "max_changed_files" || key2 === "max_diff_lines")) {
            const err47 = { instancePath: instancePath + "/scope", schemaPath: "#/properties/scope/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err47];
            } else {
              vErrors.push(err47);
            }
            errors++;
          }
        }
        if (data22.allowed_paths !== void 0) {
          let data23 = data22.allowed_paths;
          if (Array.isArray(data23)) {
            const len5 = data23.length;
            for (let i5 = 0; i5 < len5; i5++) {
              let data24 = data23[i5];
              if (typeof data24 === "string") {
                if (!pattern7.test(data24)) {
                  const err48 = { instancePath: instancePath + "/scope/allowed_paths/" + i5, schemaPath: "#/$defs/nonEmptyText/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
                  if (vErrors === null) {
                    vErrors = [err48];
                  } else {
                    vErrors.push(err48);
                  }
                  errors++;
                }
              } else {
                const err49 = { instancePath: instancePath + "/scope/allowed_paths/" + i5, schemaPath: "#/$defs/nonEmptyText/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err49];
                } else {
                  vErrors.push(err49);
                }
                errors++;
              }
            }
          } else {
            const err50 = { instancePath: instancePath + "/scope/allowed_paths", schemaPath: "#/properties/scope/properties/allowed_paths/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err50];
            } else {
              vErrors.push(err50);
            }
            errors++;
          }
        }
        if (data22.forbidden_paths !== void 0) {
          let data25 = data22.forbidden_paths;
          if (Array.isArray(data25)) {
            const len6 = data25.length;
            for (let i6 = 0; i6 < len6; i6++) {
              let data26 = data25[i6];
              if (typeof data26 === "string") {
                if (!pattern7.test(data26)) {
                  const err51 = { instancePath: instancePath + "/scope/forbidden_paths/" + i6, schemaPath: "#/$defs/nonEmptyText/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
                  if (vErrors === null) {
                    vErrors = [err51];
                  } else {
                    vErrors.push(err51);
                  }
                  errors++;
                }
              } else {
                const err52 = { instancePath: instancePath + "/scope/forbidden_paths/" + i6, schemaPath: "#/$defs/nonEmptyText/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err52];
                } else {
                  vErrors.push(err52);
                }
                errors++;
              }
            }
          } else {
            const err53 = { instancePath: instancePath + "/scope/forbidden_paths", schemaPath: "#/properties/scope/properties/forbidden_paths/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err53];
            } else {
              vErrors.push(err53);
            }
            errors++;
          }
        }
        if (data22.max_changed_files !== void 0) {
          let data27 = data22.max_changed_files;
          if (!(typeof data27 == "number" && (!(data27 % 1) && !isNaN(data27)) && isFinite(data27))) {
            const err54 = { instancePath: instancePath + "/scope/max_changed_files", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err54];
            } else {
              vErrors.push(err54);
            }
            errors++;
          }
          if (typeof data27 == "number" && isFinite(data27)) {
            if (data27 > 9007199254740991 || isNaN(data27)) {
              const err55 = { instancePath: instancePath + "/scope/max_changed_files", schemaPath: "#/$defs/count/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991" };
              if (vErrors === null) {
                vErrors = [err55];
              } else {
                vErrors.push(err55);
              }
              errors++;
            }
            if (data27 < 0 || isNaN(data27)) {
              const err56 = { instancePath: instancePath + "/scope/max_changed_files", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err56];
              } else {
                vErrors.push(err56);
              }
              errors++;
            }
          }
        }
        if (data22.max_diff_lines !== void 0) {
          let data28 = data22.max_diff_lines;
          if (!(typeof data28 == "number" && (!(data28 % 1) && !isNaN(data28)) && isFinite(data28))) {
            const err57 = { instancePath: instancePath + "/scope/max_diff_lines", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err57];
            } else {
              vErrors.push(err57);
            }
            errors++;
          }
          if (typeof data28 == "number" && isFinite(data28)) {
            if (data28 > 9007199254740991 || isNaN(data28)) {
              const err58 = { instancePath: instancePath + "/scope/max_diff_lines", schemaPath: "#/$defs/count/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991" };
              if (vErrors === null) {
                vErrors = [err58];
              } else {
                vErrors.push(err58);
              }
              errors++;
            }
            if (data28 < 0 || isNaN(data28)) {
              const err59 = { instancePath: instancePath + "/scope/max_diff_lines", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err59];
              } else {
                vErrors.push(err59);
              }
              errors++;
            }
          }
        }
      } else {
        const err60 = { instancePath: instancePath + "/scope", schemaPath: "#/properties/scope/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err60];
        } else {
          vErrors.push(err60);
        }
        errors++;
      }
    }
    if (data.gates !== void 0) {
      let data29 = data.gates;
      if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
        for (const key3 in data29) {
          const _errs71 = errors;
          if (typeof key3 === "string") {
            if (!pattern8.test(key3)) {
              const err61 = { instancePath: instancePath + "/gates", schemaPath: "#/$defs/phaseName/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9_.-]*$"', propertyName: key3 };
              if (vErrors === null) {
                vErrors = [err61];
              } else {
                vErrors.push(err61);
              }
              errors++;
            }
          } else {
            const err62 = { instancePath: instancePath + "/gates", schemaPath: "#/$defs/phaseName/type", keyword: "type", params: { type: "string" }, message: "must be string", propertyName: key3 };
            if (vErrors === null) {
              vErrors = [err62];
            } else {
              vErrors.push(err62);
            }
            errors++;
          }
          var valid25 = _errs71 === errors;
          if (!valid25) {
            const err63 = { instancePath: instancePath + "/gates", schemaPath: "#/properties/gates/propertyNames", keyword: "propertyNames", params: { propertyName: key3 }, message: "property name must be valid" };
            if (vErrors === null) {
              vErrors = [err63];
            } else {
              vErrors.push(err63);
            }
            errors++;
          }
        }
        for (const key4 in data29) {
          let data30 = data29[key4];
          if (Array.isArray(data30)) {
            const len7 = data30.length;
            for (let i7 = 0; i7 < len7; i7++) {
              if (typeof data30[i7] !== "string") {
                const err64 = { instancePath: instancePath + "/gates/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i7, schemaPath: "#/$defs/textList/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err64];
                } else {
                  vErrors.push(err64);
                }
                errors++;
              }
            }
          } else {
            const err65 = { instancePath: instancePath + "/gates/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/textList/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err65];
            } else {
              vErrors.push(err65);
            }
            errors++;
          }
        }
      } else {
        const err66 = { instancePath: instancePath + "/gates", schemaPath: "#/properties/gates/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err66];
        } else {
          vErrors.push(err66);
        }
        errors++;
      }
    }
    if (data.evidence !== void 0) {
      let data32 = data.evidence;
      if (Array.isArray(data32)) {
        const len8 = data32.length;
        for (let i8 = 0; i8 < len8; i8++) {
          let data33 = data32[i8];
          if (data33 && typeof data33 == "object" && !Array.isArray(data33)) {
            if (data33.id !== void 0) {
              if (typeof data33.id !== "string") {
                const err67 = { instancePath: instancePath + "/evidence/" + i8 + "/id", schemaPath: "#/properties/evidence/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err67];
                } else {
                  vErrors.push(err67);
                }
                errors++;
              }
            }
            if (data33.source !== void 0) {
              if (typeof data33.source !== "string") {
                const err68 = { instancePath: instancePath + "/evidence/" + i8 + "/source", schemaPath: "#/properties/evidence/items/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err68];
                } else {
                  vErrors.push(err68);
                }
                errors++;
              }
            }
            if (data33.retention !== void 0) {
              if (typeof data33.retention !== "string") {
                const err69 = { instancePath: instancePath + "/evidence/" + i8 + "/retention", schemaPath: "#/properties/evidence/items/properties/retention/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err69];
                } else {
                  vErrors.push(err69);
                }
                errors++;
              }
            }
            if (data33.evidence_owner !== void 0) {
              if (typeof data33.evidence_owner !== "string") {
                const err70 = { instancePath: instancePath + "/evidence/" + i8 + "/evidence_owner", schemaPath: "#/properties/evidence/items/properties/evidence_owner/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err70];
                } else {
                  vErrors.push(err70);
                }
                errors++;
              }
            }
          } else {
            const err71 = { instancePath: instancePath + "/evidence/" + i8, schemaPath: "#/properties/evidence/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err71];
            } else {
              vErrors.push(err71);
            }
            errors++;
          }
        }
      } else {
        const err72 = { instancePath: instancePath + "/evidence", schemaPath: "#/properties/evidence/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err72];
        } else {
          vErrors.push(err72);
        }
        errors++;
      }
    }
    if (data.kpis !== void 0) {
      let data38 = data.kpis;
      if (Array.isArray(data38)) {
        const len9 = data38.length;
        for (let i9 = 0; i9 < len9; i9++) {
          let data39 = data38[i9];
          if (data39 && typeof data39 == "object" && !Array.isArray(data39)) {
            if (data39.id !== void 0) {
              if (typeof data39.id !== "string") {
                const err73 = { instancePath: instancePath + "/kpis/" + i9 + "/id", schemaPath: "#/properties/kpis/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err73];
                } else {
                  vErrors.push(err73);
                }
                errors++;
              }
            }
            if (data39.target !== void 0) {
              if (typeof data39.target !== "string") {
                const err74 = { instancePath: instancePath + "/kpis/" + i9 + "/target", schemaPath: "#/properties/kpis/items/properties/target/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err74];
                } else {
                  vErrors.push(err74);
                }
                errors++;
              }
            }
          } else {
            const err75 = { instancePath: instancePath + "/kpis/" + i9, schemaPath: "#/properties/kpis/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err75];
            } else {
              vErrors.push(err75);
            }
            errors++;
          }
        }
      } else {
        const err76 = { instancePath: instancePath + "/kpis", schemaPath: "#/properties/kpis/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err76];
        } else {
          vErrors.push(err76);
        }
        errors++;
      }
    }
    if (data.kill_signals !== void 0) {
      let data42 = data.kill_signals;
      if (Array.isArray(data42)) {
        const len10 = data42.length;
        for (let i10 = 0; i10 < len10; i10++) {
          if (typeof data42[i10] !== "string") {
            const err77 = { instancePath: instancePath + "/kill_signals/" + i10, schemaPath: "#/$defs/textList/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err77];
            } else {
              vErrors.push(err77);
            }
            errors++;
          }
        }
      } else {
        const err78 = { instancePath: instancePath + "/kill_signals", schemaPath: "#/$defs/textList/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err78];
        } else {
          vErrors.push(err78);
        }
        errors++;
      }
    }
  } else {
    const err79 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err79];
    } else {
      vErrors.push(err79);
    }
    errors++;
  }
  validate21.errors = vErrors;
  return errors === 0;
}
validate21.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate20.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.required_gate_phases === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "required_gate_phases" }, message: "must have required property 'required_gate_phases'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.workflows === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "workflows" }, message: "must have required property 'workflows'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(func1.call(schema31.properties, key0) || pattern4.test(key0))) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.$schema !== void 0) {
      if (typeof data.$schema !== "string") {
        const err3 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.schema_version !== void 0) {
      let data1 = data.schema_version;
      if (typeof data1 !== "string") {
        const err4 = { instancePath: instancePath + "/schema_version", schemaPath: "#/properties/schema_version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (!(data1 === "1.0")) {
        const err5 = { instancePath: instancePath + "/schema_version", schemaPath: "#/properties/schema_version/enum", keyword: "enum", params: { allowedValues: schema31.properties.schema_version.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.last_reviewed !== void 0) {
      let data2 = data.last_reviewed;
      if (typeof data2 === "string") {
        if (!pattern5.test(data2)) {
          const err6 = { instancePath: instancePath + "/last_reviewed", schemaPath: "#/properties/last_reviewed/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}"' };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/last_reviewed", schemaPath: "#/properties/last_reviewed/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.intent !== void 0) {
      if (typeof data.intent !== "string") {
        const err8 = { instancePath: instancePath + "/intent", schemaPath: "#/properties/intent/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.policy_pack !== void 0) {
      let data4 = data.policy_pack;
      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
        for (const key1 in data4) {
          if (!(key1 === "policy_id" || key1 === "intent")) {
            const err9 = { instancePath: instancePath + "/policy_pack", schemaPath: "#/properties/policy_pack/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data4.policy_id !== void 0) {
          let data5 = data4.policy_id;
          if (typeof data5 === "string") {
            if (!pattern6.test(data5)) {
              const err10 = { instancePath: instancePath + "/policy_pack/policy_id", schemaPath: "#/$defs/token/pattern", keyword: "pattern", params: { pattern: "^[^\\s]+$" }, message: 'must match pattern "^[^\\s]+$"' };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
          } else {
            const err11 = { instancePath: instancePath + "/policy_pack/policy_id", schemaPath: "#/$defs/token/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data4.intent !== void 0) {
          let data6 = data4.intent;
          if (typeof data6 === "string") {
            if (!pattern7.test(data6)) {
              const err12 = { instancePath: instancePath + "/policy_pack/intent", schemaPath: "#/$defs/nonEmptyText/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
          } else {
            const err13 = { instancePath: instancePath + "/policy_pack/intent", schemaPath: "#/$defs/nonEmptyText/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
      } else {
        const err14 = { instancePath: instancePath + "/policy_pack", schemaPath: "#/properties/policy_pack/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.required_gate_phases !== void 0) {
      let data7 = data.required_gate_phases;
      if (Array.isArray(data7)) {
        if (data7.length < 1) {
          const err15 = { instancePath: instancePath + "/required_gate_phases", schemaPath: "#/properties/required_gate_phases/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        const len0 = data7.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data8 = data7[i0];
          if (typeof data8 === "string") {
            if (!pattern8.test(data8)) {
              const err16 = { instancePath: instancePath + "/required_gate_phases/" + i0, schemaPath: "#/properties/required_gate_phases/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9_.-]*$"' };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
          } else {
            const err17 = { instancePath: instancePath + "/required_gate_phases/" + i0, schemaPath: "#/properties/required_gate_phases/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        let i1 = data7.length;
        let j0;
        if (i1 > 1) {
          const indices0 = {};
          for (; i1--; ) {
            let item0 = data7[i1];
            if (typeof item0 !== "string") {
              continue;
            }
            if (typeof indices0[item0] == "number") {
              j0 = indices0[item0];
              const err18 = { instancePath: instancePath + "/required_gate_phases", schemaPath: "#/properties/required_gate_phases/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
              break;
            }
            indices0[item0] = i1;
          }
        }
      } else {
        const err19 = { instancePath: instancePath + "/required_gate_phases", schemaPath: "#/properties/required_gate_phases/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.standards_alignment !== void 0) {
      let data9 = data.standards_alignment;
      if (Array.isArray(data9)) {
        const len1 = data9.length;
        for (let i2 = 0; i2 < len1; i2++) {
          let data10 = data9[i2];
          if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
            if (data10.id === void 0) {
              const err20 = { instancePath: instancePath + "/standards_alignment/" + i2, schemaPath: "#/properties/standards_alignment/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
            if (data10.id !== void 0) {
              let data11 = data10.id;
              if (typeof data11 === "string") {
                if (!pattern7.test(data11)) {
                  const err21 = { instancePath: instancePath + "/standards_alignment/" + i2 + "/id", schemaPath: "#/$defs/nonEmptyText/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
                  if (vErrors === null) {
                    vErrors = [err21];
                  } else {
                    vErrors.push(err21);
                  }
                  errors++;
                }
              } else {
                const err22 = { instancePath: instancePath + "/standards_alignment/" + i2 + "/id", schemaPath: "#/$defs/nonEmptyText/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
            }
            if (data10.name !== void 0) {
              if (typeof data10.name !== "string") {
                const err23 = { instancePath: instancePath + "/standards_alignment/" + i2 + "/name", schemaPath: "#/properties/standards_alignment/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
            }
            if (data10.url !== void 0) {
              if (typeof data10.url !== "string") {
                const err24 = { instancePath: instancePath + "/standards_alignment/" + i2 + "/url", schemaPath: "#/properties/standards_alignment/items/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
            }
            if (data10.why_it_matters !== void 0) {
              if (typeof data10.why_it_matters !== "string") {
                const err25 = { instancePath: instancePath + "/standards_alignment/" + i2 + "/why_it_matters", schemaPath: "#/properties/standards_alignment/items/properties/why_it_matters/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
            }
          } else {
            const err26 = { instancePath: instancePath + "/standards_alignment/" + i2, schemaPath: "#/properties/standards_alignment/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
      } else {
        const err27 = { instancePath: instancePath + "/standards_alignment", schemaPath: "#/properties/standards_alignment/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.workflow_defaults !== void 0) {
      let data15 = data.workflow_defaults;
      if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
        if (data15.branch_prefix !== void 0) {
          let data16 = data15.branch_prefix;
          if (typeof data16 === "string") {
            if (!pattern10.test(data16)) {
              const err28 = { instancePath: instancePath + "/workflow_defaults/branch_prefix", schemaPath: "#/properties/workflow_defaults/properties/branch_prefix/pattern", keyword: "pattern", params: { pattern: "^[^\\s~^:?*\\[\\\\]+$" }, message: 'must match pattern "^[^\\s~^:?*\\[\\\\]+$"' };
              if (vErrors === null) {
                vErrors = [err28];
              } else {
                vErrors.push(err28);
              }
              errors++;
            }
          } else {
            const err29 = { instancePath: instancePath + "/workflow_defaults/branch_prefix", schemaPath: "#/properties/workflow_defaults/properties/branch_prefix/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
        if (data15.required_pr_label !== void 0) {
          let data17 = data15.required_pr_label;
          if (typeof data17 === "string") {
            if (!pattern7.test(data17)) {
              const err30 = { instancePath: instancePath + "/workflow_defaults/required_pr_label", schemaPath: "#/$defs/nonEmptyText/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
            }
          } else {
            const err31 = { instancePath: instancePath + "/workflow_defaults/required_pr_label", schemaPath: "#/$defs/nonEmptyText/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
        if (data15.human_review_required !== void 0) {
          if (typeof data15.human_review_required !== "boolean") {
            const err32 = { instancePath: instancePath + "/workflow_defaults/human_review_required", schemaPath: "#/properties/workflow_defaults/properties/human_review_required/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
        if (data15.default_change_window !== void 0) {
          if (typeof data15.default_change_window !== "string") {
            const err33 = { instancePath: instancePath + "/workflow_defaults/default_change_window", schemaPath: "#/properties/workflow_defaults/properties/default_change_window/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
        }
        if (data15.max_open_prs_per_repo !== void 0) {
          let data20 = data15.max_open_prs_per_repo;
          if (!(typeof data20 == "number" && (!(data20 % 1) && !isNaN(data20)) && isFinite(data20))) {
            const err34 = { instancePath: instancePath + "/workflow_defaults/max_open_prs_per_repo", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
          if (typeof data20 == "number" && isFinite(data20)) {
            if (data20 > 9007199254740991 || isNaN(data20)) {
              const err35 = { instancePath: instancePath + "/workflow_defaults/max_open_prs_per_repo", schemaPath: "#/$defs/count/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991" };
              if (vErrors === null) {
                vErrors = [err35];
              } else {
                vErrors.push(err35);
              }
              errors++;
            }
            if (data20 < 0 || isNaN(data20)) {
              const err36 = { instancePath: instancePath + "/workflow_defaults/max_open_prs_per_repo", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err36];
              } else {
                vErrors.push(err36);
              }
              errors++;
            }
          }
        }
        if (data15.evidence_retention_days !== void 0) {
          let data21 = data15.evidence_retention_days;
          if (!(typeof data21 == "number" && (!(data21 % 1) && !isNaN(data21)) && isFinite(data21))) {
            const err37 = { instancePath: instancePath + "/workflow_defaults/evidence_retention_days", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
          if (typeof data21 == "number" && isFinite(data21)) {
            if (data21 > 9007199254740991 || isNaN(data21)) {
              const err38 = { instancePath: instancePath + "/workflow_defaults/evidence_retention_days", schemaPath: "#/$defs/count/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991" };
              if (vErrors === null) {
                vErrors = [err38];
              } else {
                vErrors.push(err38);
              }
              errors++;
            }
            if (data21 < 0 || isNaN(data21)) {
              const err39 = { instancePath: instancePath + "/workflow_defaults/evidence_retention_days", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err39];
              } else {
                vErrors.push(err39);
              }
              errors++;
            }
          }
        }
        if (data15.manual_review_required_for !== void 0) {
          let data22 = data15.manual_review_required_for;
          if (Array.isArray(data22)) {
            const len2 = data22.length;
            for (let i3 = 0; i3 < len2; i3++) {
              if (typeof data22[i3] !== "string") {
                const err40 = { instancePath: instancePath + "/workflow_defaults/manual_review_required_for/" + i3, schemaPath: "#/$defs/textList/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err40];
                } else {
                  vErrors.push(err40);
                }
                errors++;
              }
            }
          } else {
            const err41 = { instancePath: instancePath + "/workflow_defaults/manual_review_required_for", schemaPath: "#/$defs/textList/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err41];
            } else {
              vErrors.push(err41);
            }
            errors++;
          }
        }
      } else {
        const err42 = { instancePath: instancePath + "/workflow_defaults", schemaPath: "#/properties/workflow_defaults/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err42];
        } else {
          vErrors.push(err42);
        }
        errors++;
      }
    }
    if (data.workflows !== void 0) {
      let data24 = data.workflows;
      if (Array.isArray(data24)) {
        const len3 = data24.length;
        for (let i4 = 0; i4 < len3; i4++) {
          if (!validate21(data24[i4], { instancePath: instancePath + "/workflows/" + i4, parentData: data24, parentDataProperty: i4, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err43 = { instancePath: instancePath + "/workflows", schemaPath: "#/properties/workflows/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err43];
        } else {
          vErrors.push(err43);
        }
        errors++;
      }
    }
  } else {
    const err44 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err44];
    } else {
      vErrors.push(err44);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };

// src/pack/validate.ts
function validateManifest(value) {
  const problems = [];
  if (!manifest_validator_default(value)) {
    for (const e of manifest_validator_default.errors ?? []) {
      if (e.keyword === "type" && isNonFinite(valueAt(value, e.instancePath))) continue;
      if (e.propertyName !== void 0) continue;
      problems.push(schemaProblem(e, value));
    }
  }
  problems.push(...semanticProblems(value));
  return dedupe(problems);
}
function semanticProblems(value) {
  const problems = [];
  findNonFiniteNumbers(value, [], problems);
  if (!isObject(value)) return problems;
  const required = Array.isArray(value.required_gate_phases) ? value.required_gate_phases.filter((p) => typeof p === "string") : [];
  const defaults = isObject(value.workflow_defaults) ? value.workflow_defaults : {};
  const hasBranchPrefix = typeof defaults.branch_prefix === "string" && defaults.branch_prefix.trim() !== "";
  const firstSeen = /* @__PURE__ */ new Map();
  const workflows = Array.isArray(value.workflows) ? value.workflows : [];
  workflows.forEach((w, i) => {
    if (!isObject(w)) return;
    const at = `/workflows/${i}`;
    if (typeof w.id === "string" && w.id.trim() !== "") {
      const id = w.id.trim();
      const first = firstSeen.get(id);
      if (first === void 0) firstSeen.set(id, i);
      else problems.push({ pointer: `${at}/id`, message: `duplicate workflow id "${id}" (also at /workflows/${first}/id)` });
    }
    if (isObject(w.gates)) {
      for (const phase of required) {
        if (!Object.hasOwn(w.gates, phase)) {
          problems.push({ pointer: `${at}/gates`, message: `missing required gate phase "${phase}" (required_gate_phases lists it)` });
        }
      }
    }
    if (Array.isArray(w.mcp_context)) {
      const scopes = /* @__PURE__ */ new Map();
      w.mcp_context.forEach((c, k) => {
        if (!isObject(c) || typeof c.access !== "string" || typeof c.namespace !== "string") return;
        const access = c.access.trim();
        const key = `${c.namespace.trim()}:${access}`;
        const first = scopes.get(key);
        if (first === void 0) scopes.set(key, k);
        else {
          problems.push({
            pointer: `${at}/mcp_context/${k}`,
            message: `duplicate scope "${key}" (also at ${at}/mcp_context/${first})`
          });
        }
        if (access === "write_branch" && !hasBranchPrefix) {
          problems.push({
            pointer: `${at}/mcp_context/${k}/access`,
            message: "a write_branch scope needs a branch prefix: declare workflow_defaults.branch_prefix"
          });
        }
      });
    }
  });
  return problems;
}
function findNonFiniteNumbers(value, path2, out) {
  if (typeof value === "number") {
    if (!Number.isFinite(value))
      out.push({ pointer: path2.map((p) => `/${escapePointerSegment(p)}`).join(""), message: `must be a finite number, not ${value}` });
  } else if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      path2.push(String(i));
      findNonFiniteNumbers(value[i], path2, out);
      path2.pop();
    }
  } else if (isObject(value)) {
    for (const k of Object.keys(value)) {
      path2.push(k);
      findNonFiniteNumbers(value[k], path2, out);
      path2.pop();
    }
  }
}
var PATTERN_MESSAGES = {
  "^\\s*(read|write_branch|write_ticket|approval_required)\\s*$": "unknown access mode; valid: read, write_branch, write_ticket, approval_required",
  "^\\s*[A-Za-z0-9][A-Za-z0-9._-]*\\s*$": "must be a workflow id: letters, digits, '.', '_' or '-', starting with a letter or digit",
  "^\\s*[^\\s:]+\\s*$": "must be a namespace: not empty, no spaces, no ':'",
  "^[A-Za-z0-9][A-Za-z0-9_.-]*$": "must be a name of letters, digits, '.', '_' or '-', starting with a letter or digit",
  "^[^\\s]+$": "must be a non-empty name without spaces",
  "\\S": "must not be empty",
  "^[0-9]{4}-[0-9]{2}-[0-9]{2}": "must be a date, YYYY-MM-DD (or a date-time)",
  "^[^\\s~^:?*\\[\\\\]+$": "must be a branch name prefix: not empty, no spaces or ~ ^ : ? * [ \\"
};
function schemaProblem(e, root) {
  const pointer = e.instancePath;
  const p = e.params;
  switch (e.keyword) {
    case "required":
      return { pointer: `${pointer}/${escapePointerSegment(String(p.missingProperty))}`, message: "is required" };
    case "additionalProperties":
      return {
        pointer: `${pointer}/${escapePointerSegment(String(p.additionalProperty))}`,
        message: `unknown field "${String(p.additionalProperty)}" (extension fields must start with "x-")`
      };
    case "type": {
      const found = describeType(valueAt(root, pointer));
      const wanted = String(p.type) === "integer" ? "a whole number" : article(String(p.type));
      return { pointer, message: `must be ${wanted}, not ${found}` };
    }
    case "enum":
      return {
        pointer,
        message: `${show(valueAt(root, pointer))} is not allowed; valid: ${p.allowedValues.map((v) => JSON.stringify(v)).join(", ")}`
      };
    case "minimum":
    case "maximum":
      return { pointer, message: `must be ${e.keyword === "minimum" ? "\u2265" : "\u2264"} ${String(p.limit)}, not ${show(valueAt(root, pointer))}` };
    case "pattern": {
      const found = valueAt(root, pointer);
      const text = PATTERN_MESSAGES[String(p.pattern)] ?? "is not in the form this field takes (see docs/manifest.md)";
      return { pointer, message: `${text} (found ${show(found)})` };
    }
    case "propertyNames":
      return {
        pointer: `${pointer}/${escapePointerSegment(String(p.propertyName))}`,
        message: `${show(p.propertyName)} is not a valid gate phase name: use letters, digits, '.', '_' or '-', starting with a letter or digit`
      };
    case "uniqueItems":
      return {
        pointer,
        message: `lists the same value twice (items ${Math.min(Number(p.i), Number(p.j))} and ${Math.max(Number(p.i), Number(p.j))})`
      };
    case "minItems":
      return { pointer, message: `must list at least ${String(p.limit)} item${p.limit === 1 ? "" : "s"}` };
    case "const":
      return { pointer, message: `must be ${show(p.allowedValue)}, not ${show(valueAt(root, pointer))}` };
    case "minLength":
    case "maxLength":
      return { pointer, message: `must be at ${e.keyword === "minLength" ? "least" : "most"} ${String(p.limit)} character(s) long` };
    case "maxItems":
      return { pointer, message: `must list at most ${String(p.limit)} item(s)` };
    case "minProperties":
      return { pointer, message: `must have at least ${String(p.limit)} entr${p.limit === 1 ? "y" : "ies"}` };
    default:
      return { pointer, message: `is not a valid value for this field (rule "${e.keyword}"; see docs/manifest.md)` };
  }
}
function dedupe(problems) {
  const seen = /* @__PURE__ */ new Set();
  return problems.filter((p) => {
    const key = `${p.pointer}\0${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
function valueAt(root, pointer) {
  let node = root;
  if (pointer === "") return node;
  for (const raw of pointer.slice(1).split("/")) {
    const key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (Array.isArray(node)) node = node[Number(key)];
    else if (isObject(node) && Object.hasOwn(node, key)) node = node[key];
    else return void 0;
  }
  return node;
}
function describeType(v) {
  if (v === null) return "null";
  if (Array.isArray(v)) return "a list";
  if (typeof v === "number") return Number.isInteger(v) ? `the number ${v}` : `the fraction ${v}`;
  if (typeof v === "string") return `the text ${show(v)}`;
  if (typeof v === "object") return "an object";
  if (typeof v === "boolean" || typeof v === "bigint" || typeof v === "symbol" || v === void 0) return `${typeof v} ${String(v)}`;
  return typeof v;
}
function show(v) {
  const text = JSON.stringify(v) ?? String(v);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
function article(type) {
  if (type === "array") return "a list";
  if (type === "object") return "an object";
  return `a ${type}`;
}
function isNonFinite(v) {
  return typeof v === "number" && !Number.isFinite(v);
}
function isObject(v) {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}

// src/pack/compile-parsed.ts
function compileParsedManifest(parsed, lfText, options = {}) {
  checkIdentityOptions(options);
  const problems = validateManifest(parsed.value);
  const locate = (p) => ({ ...p, ...nearestPosition((pointer) => parsed.locate(pointer), p.pointer) });
  if (problems.length > 0) throw new ManifestError(problems.map(locate));
  const manifest = parsed.value;
  const pack = compilePack(manifest, {
    policyId: options.policyId ?? manifest.policy_pack?.policy_id ?? DEFAULT_POLICY_ID,
    intent: options.intent ?? manifest.policy_pack?.intent ?? DEFAULT_INTENT,
    generatedAt: options.generatedAt ?? manifest.last_reviewed ?? "",
    manifestPath: manifestPathOf(options),
    manifestSha256: sha256Hex(lfText)
  });
  const packText = canonicalJson(pack);
  const warnings = [];
  manifest.workflows.forEach((w, i) => {
    for (const phase of Object.keys(w.gates).filter((p) => !manifest.required_gate_phases.includes(p))) {
      warnings.push(
        locate({
          pointer: `/workflows/${i}/gates/${escapePointerSegment(phase)}`,
          message: `gate phase "${phase}" is not in required_gate_phases, so it is not in the pack and requests at that phase are denied; add it to required_gate_phases to enforce it`
        })
      );
    }
  });
  const humanReview = manifest.workflow_defaults?.human_review_required ?? true;
  manifest.workflows.forEach((w, i) => {
    if (!humanReview || (w.owner?.reviewer_pools ?? []).length > 0) return;
    warnings.push(
      locate({
        pointer: w.owner === void 0 ? `/workflows/${i}` : `/workflows/${i}/owner`,
        message: `workflow "${w.id}" requires human review (workflow_defaults.human_review_required) but lists no reviewer pools (owner.reviewer_pools), so no approval can count and every PR is held for approval forever; name the pools that review it`
      })
    );
  });
  const classes = manifest.workflow_defaults?.manual_review_required_for ?? [];
  if (classes.length > 0) {
    warnings.push(
      locate({
        pointer: "/workflow_defaults/manual_review_required_for",
        message: `manual review is required for change classes ${classes.map((c) => JSON.stringify(c)).join(", ")}, but a PR does not say its change class by itself: the admission check only knows one when it is given (the change-class input of the Action, --change-class of admit); runtime requests must send change_class`
      })
    );
  }
  pack.workflow_policies.forEach((w, i) => {
    const posture = assessPosture(w);
    if (!posture.inside) {
      warnings.push(
        locate({
          pointer: `/workflows/${i}`,
          message: `workflow "${w.workflow_id}" is outside its maturity posture (${w.maturity_stage ?? "none"}): ${posture.problems.join("; ")}. The decision engine denies it at run time.`
        })
      );
    }
  });
  return { pack, packText, packSha256: sha256Hex(packText), manifestSha256: pack.source_manifest.sha256, warnings };
}
function manifestPathOf(options) {
  return (options.manifestPath ?? DEFAULT_MANIFEST_PATH).replace(/\\/g, "/");
}
function identityOf(committedPackText) {
  let committed;
  try {
    committed = JSON.parse(committedPackText);
  } catch {
    return {};
  }
  if (!isObject(committed)) return {};
  const identity = {};
  if (typeof committed.policy_id === "string" && /^\S+$/.test(committed.policy_id)) identity.policyId = committed.policy_id;
  if (typeof committed.intent === "string" && committed.intent.trim() !== "") identity.intent = committed.intent;
  if (typeof committed.generated_at === "string") identity.generatedAt = committed.generated_at;
  return identity;
}
function checkIdentityOptions(options) {
  if (options.policyId !== void 0 && !/^\S+$/.test(options.policyId)) {
    throw new TypeError(`policy id ${JSON.stringify(options.policyId)} must be a non-empty name without spaces`);
  }
  if (options.intent !== void 0 && options.intent.trim() === "") throw new TypeError("intent must not be empty");
}
function nearestPosition(locate, pointer) {
  for (let p = pointer; ; p = p.slice(0, p.lastIndexOf("/"))) {
    const at = locate(p);
    if (at !== void 0) return { line: at.line, column: at.column };
    if (p === "") return {};
  }
}

// src/pack/schema-validators/pack-validator.js
var pack_validator_default = validate202;
var schema312 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://github.com/mcp-gateway-policy/mcp-gateway-policy/schemas/policy-pack.schema.json", "title": "MCP gateway policy pack, schema_version 1.0", "description": "The default-deny policy pack generated from a workflow control-plane manifest by `mcp-gateway-policy generate`. Exact: every field the generator emits is required and nothing else is allowed.", "type": "object", "additionalProperties": false, "required": ["decision_contract", "generated_at", "global_defaults", "intent", "policy_id", "policy_summary", "schema_version", "source_manifest", "standards_alignment", "workflow_policies"], "properties": { "decision_contract": { "type": "object", "additionalProperties": false, "required": ["decisions", "default_decision", "required_runtime_attributes"], "properties": { "decisions": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["decision", "meaning"], "properties": { "decision": { "$ref": "#/$defs/decision" }, "meaning": { "type": "string" } } } }, "default_decision": { "const": "deny" }, "required_runtime_attributes": { "$ref": "#/$defs/stringList" } } }, "generated_at": { "type": "string" }, "global_defaults": { "type": "object", "additionalProperties": false, "required": ["default_change_window", "evidence_retention_days", "human_review_required", "manual_review_required_for", "max_open_prs_per_repo", "required_pr_label", "required_remediation_branch_prefix"], "properties": { "default_change_window": { "$ref": "#/$defs/stringOrNull" }, "evidence_retention_days": { "$ref": "#/$defs/countOrNull" }, "human_review_required": { "type": "boolean" }, "manual_review_required_for": { "$ref": "#/$defs/stringList" }, "max_open_prs_per_repo": { "$ref": "#/$defs/countOrNull" }, "required_pr_label": { "$ref": "#/$defs/stringOrNull" }, "required_remediation_branch_prefix": { "$ref": "#/$defs/stringOrNull" } } }, "intent": { "type": "string" }, "policy_id": { "type": "string", "pattern": "^[^\\s]+$" }, "policy_summary": { "type": "object", "additionalProperties": false, "required": ["active_workflow_count", "mcp_namespace_count", "policy_decisions", "workflow_count"], "properties": { "active_workflow_count": { "$ref": "#/$defs/count" }, "mcp_namespace_count": { "$ref": "#/$defs/count" }, "policy_decisions": { "type": "array", "items": { "$ref": "#/$defs/decision" } }, "workflow_count": { "$ref": "#/$defs/count" } } }, "schema_version": { "const": "1.0" }, "source_manifest": { "type": "object", "additionalProperties": false, "required": ["last_reviewed", "path", "schema_version", "sha256"], "properties": { "last_reviewed": { "$ref": "#/$defs/stringOrNull" }, "path": { "type": "string" }, "schema_version": { "$ref": "#/$defs/stringOrNull" }, "sha256": { "type": "string", "pattern": "^[0-9a-f]{64}$" } } }, "standards_alignment": { "type": "array", "items": { "type": "object" } }, "workflow_policies": { "type": "array", "items": { "$ref": "#/$defs/workflowPolicy" } } }, "$defs": { "count": { "type": "integer", "minimum": 0, "maximum": 9007199254740991 }, "countOrNull": { "anyOf": [{ "type": "integer", "minimum": 0, "maximum": 9007199254740991 }, { "type": "null" }] }, "stringOrNull": { "type": ["string", "null"] }, "stringList": { "type": "array", "items": { "type": "string" } }, "decision": { "enum": ["allow", "allow_scoped_branch", "allow_scoped_ticket", "hold_for_approval", "deny", "kill_session"] }, "scope": { "type": "object", "additionalProperties": false, "required": ["access", "decision", "namespace", "purpose", "scope_id"], "properties": { "access": { "enum": ["read", "write_branch", "write_ticket", "approval_required"] }, "decision": { "enum": ["allow", "allow_scoped_branch", "allow_scoped_ticket", "hold_for_approval"] }, "namespace": { "type": "string", "pattern": "^[^\\s:]+$" }, "purpose": { "type": "string" }, "scope_id": { "type": "string" } }, "oneOf": [{ "type": "object", "properties": { "access": { "const": "read" }, "decision": { "const": "allow" } } }, { "type": "object", "properties": { "access": { "const": "write_branch" }, "decision": { "const": "allow_scoped_branch" } } }, { "type": "object", "properties": { "access": { "const": "write_ticket" }, "decision": { "const": "allow_scoped_ticket" } } }, { "type": "object", "properties": { "access": { "const": "approval_required" }, "decision": { "const": "hold_for_approval" } } }] }, "workflowPolicy": { "type": "object", "additionalProperties": false, "required": ["change_scope", "default_decision", "dispatch", "evidence_contract", "gate_contract", "identity", "kpi_contract", "maturity_stage", "public_path", "runtime_controls", "source_content_path", "status", "title", "tool_access", "workflow_id"], "properties": { "change_scope": { "type": "object", "additionalProperties": false, "required": ["allowed_paths", "forbidden_paths", "max_changed_files", "max_diff_lines"], "properties": { "allowed_paths": { "$ref": "#/$defs/stringList" }, "forbidden_paths": { "$ref": "#/$defs/stringList" }, "max_changed_files": { "$ref": "#/$defs/count" }, "max_diff_lines": { "$ref": "#/$defs/count" } } }, "default_decision": { "const": "deny" }, "dispatch": { "type": "object", "additionalProperties": false, "required": ["automation_first", "eligible_findings", "max_open_prs_per_repo", "required_branch_prefix", "required_pr_label"], "properties": { "automation_first": { "$ref": "#/$defs/stringList" }, "eligible_findings": { "$ref": "#/$defs/stringList" }, "max_open_prs_per_repo": { "$ref": "#/$defs/countOrNull" }, "required_branch_prefix": { "$ref": "#/$defs/stringOrNull" }, "required_pr_label": { "$ref": "#/$defs/stringOrNull" } } }, "evidence_contract": { "type": "object", "additionalProperties": false, "required": ["required_records", "retention_days_default"], "properties": { "required_records": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["evidence_owner", "id", "retention", "source"], "properties": { "evidence_owner": { "$ref": "#/$defs/stringOrNull" }, "id": { "$ref": "#/$defs/stringOrNull" }, "retention": { "$ref": "#/$defs/stringOrNull" }, "source": { "$ref": "#/$defs/stringOrNull" } } } }, "retention_days_default": { "$ref": "#/$defs/countOrNull" } } }, "gate_contract": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["phase", "rule_count", "rules"], "properties": { "phase": { "type": "string" }, "rule_count": { "$ref": "#/$defs/count" }, "rules": { "$ref": "#/$defs/stringList" } } } }, "identity": { "type": "object", "additionalProperties": false, "required": ["accountable_team", "allowed_agents", "escalation", "reviewer_pools"], "properties": { "accountable_team": { "$ref": "#/$defs/stringOrNull" }, "allowed_agents": { "$ref": "#/$defs/stringList" }, "escalation": { "$ref": "#/$defs/stringOrNull" }, "reviewer_pools": { "$ref": "#/$defs/stringList" } } }, "kpi_contract": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["id", "target"], "properties": { "id": { "$ref": "#/$defs/stringOrNull" }, "target": { "$ref": "#/$defs/stringOrNull" } } } }, "maturity_stage": { "enum": ["crawl", "walk", "run", null] }, "public_path": { "$ref": "#/$defs/stringOrNull" }, "runtime_controls": { "type": "object", "additionalProperties": false, "required": ["egress_default", "kill_signals", "session_disablement_required"], "properties": { "egress_default": { "const": "deny_except_declared_mcp_context" }, "kill_signals": { "$ref": "#/$defs/stringList" }, "session_disablement_required": { "const": true } } }, "source_content_path": { "$ref": "#/$defs/stringOrNull" }, "status": { "enum": ["pilot", "active", "paused", "retired", null] }, "title": { "$ref": "#/$defs/stringOrNull" }, "tool_access": { "type": "object", "additionalProperties": false, "required": ["allowed_mcp_scopes", "denied_by_default", "requires_human_approval_for"], "properties": { "allowed_mcp_scopes": { "type": "array", "items": { "$ref": "#/$defs/scope" } }, "denied_by_default": { "const": true }, "requires_human_approval_for": { "$ref": "#/$defs/stringList" } } }, "workflow_id": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]*$" } } } } };
var schema32 = { "enum": ["allow", "allow_scoped_branch", "allow_scoped_ticket", "hold_for_approval", "deny", "kill_session"] };
var schema34 = { "type": ["string", "null"] };
var func12 = Object.prototype.hasOwnProperty;
var pattern42 = new RegExp("^[^\\s]+$", "u");
var pattern52 = new RegExp("^[0-9a-f]{64}$", "u");
var schema46 = { "type": "object", "additionalProperties": false, "required": ["change_scope", "default_decision", "dispatch", "evidence_contract", "gate_contract", "identity", "kpi_contract", "maturity_stage", "public_path", "runtime_controls", "source_content_path", "status", "title", "tool_access", "workflow_id"], "properties": { "change_scope": { "type": "object", "additionalProperties": false, "required": ["allowed_paths", "forbidden_paths", "max_changed_files", "max_diff_lines"], "properties": { "allowed_paths": { "$ref": "#/$defs/stringList" }, "forbidden_paths": { "$ref": "#/$defs/stringList" }, "max_changed_files": { "$ref": "#/$defs/count" }, "max_diff_lines": { "$ref": "#/$defs/count" } } }, "default_decision": { "const": "deny" }, "dispatch": { "type": "object", "additionalProperties": false, "required": ["automation_first", "eligible_findings", "max_open_prs_per_repo", "required_branch_prefix", "required_pr_label"], "properties": { "automation_first": { "$ref": "#/$defs/stringList" }, "eligible_findings": { "$ref": "#/$defs/stringList" }, "max_open_prs_per_repo": { "$ref": "#/$defs/countOrNull" }, "required_branch_prefix": { "$ref": "#/$defs/stringOrNull" }, "required_pr_label": { "$ref": "#/$defs/stringOrNull" } } }, "evidence_contract": { "type": "object", "additionalProperties": false, "required": ["required_records", "retention_days_default"], "properties": { "required_records": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["evidence_owner", "id", "retention", "source"], "properties": { "evidence_owner": { "$ref": "#/$defs/stringOrNull" }, "id": { "$ref": "#/$defs/stringOrNull" }, "retention": { "$ref": "#/$defs/stringOrNull" }, "source": { "$ref": "#/$defs/stringOrNull" } } } }, "retention_days_default": { "$ref": "#/$defs/countOrNull" } } }, "gate_contract": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["phase", "rule_count", "rules"], "properties": { "phase": { "type": "string" }, "rule_count": { "$ref": "#/$defs/count" }, "rules": { "$ref": "#/$defs/stringList" } } } }, "identity": { "type": "object", "additionalProperties": false, "required": ["accountable_team", "allowed_agents", "escalation", "reviewer_pools"], "properties": { "accountable_team": { "$ref": "#/$defs/stringOrNull" }, "allowed_agents": { "$ref": "#/$defs/stringList" }, "escalation": { "$ref": "#/$defs/stringOrNull" }, "reviewer_pools": { "$ref": "#/$defs/stringList" } } }, "kpi_contract": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["id", "target"], "properties": { "id": { "$ref": "#/$defs/stringOrNull" }, "target": { "$ref": "#/$defs/stringOrNull" } } } }, "maturity_stage": { "enum": ["crawl", "walk", "run", null] }, "public_path": { "$ref": "#/$defs/stringOrNull" }, "runtime_controls": { "type": "object", "additionalProperties": false, "required": ["egress_default", "kill_signals", "session_disablement_required"], "properties": { "egress_default": { "const": "deny_except_declared_mcp_context" }, "kill_signals": { "$ref": "#/$defs/stringList" }, "session_disablement_required": { "const": true } } }, "source_content_path": { "$ref": "#/$defs/stringOrNull" }, "status": { "enum": ["pilot", "active", "paused", "retired", null] }, "title": { "$ref": "#/$defs/stringOrNull" }, "tool_access": { "type": "object", "additionalProperties": false, "required": ["allowed_mcp_scopes", "denied_by_default", "requires_human_approval_for"], "properties": { "allowed_mcp_scopes": { "type": "array", "items": { "$ref": "#/$defs/scope" } }, "denied_by_default": { "const": true }, "requires_human_approval_for": { "$ref": "#/$defs/stringList" } } }, "workflow_id": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]*$" } } };
var schema73 = { "type": "object", "additionalProperties": false, "required": ["access", "decision", "namespace", "purpose", "scope_id"], "properties": { "access": { "enum": ["read", "write_branch", "write_ticket", "approval_required"] }, "decision": { "enum": ["allow", "allow_scoped_branch", "allow_scoped_ticket", "hold_for_approval"] }, "namespace": { "type": "string", "pattern": "^[^\\s:]+$" }, "purpose": { "type": "string" }, "scope_id": { "type": "string" } }, "oneOf": [{ "type": "object", "properties": { "access": { "const": "read" }, "decision": { "const": "allow" } } }, { "type": "object", "properties": { "access": { "const": "write_branch" }, "decision": { "const": "allow_scoped_branch" } } }, { "type": "object", "properties": { "access": { "const": "write_ticket" }, "decision": { "const": "allow_scoped_ticket" } } }, { "type": "object", "properties": { "access": { "const": "approval_required" }, "decision": { "const": "hold_for_approval" } } }] };
var pattern62 = new RegExp("^[^\\s:]+$", "u");
var pattern72 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._-]*$", "u");
function validate212(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate212.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.change_scope === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "change_scope" }, message: "must have required property 'change_scope'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.default_decision === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "default_decision" }, message: "must have required property 'default_decision'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.dispatch === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "dispatch" }, message: "must have required property 'dispatch'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.evidence_contract === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "evidence_contract" }, message: "must have required property 'evidence_contract'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.gate_contract === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "gate_contract" }, message: "must have required property 'gate_contract'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.identity === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "identity" }, message: "must have required property 'identity'" };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.kpi_contract === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kpi_contract" }, message: "must have required property 'kpi_contract'" };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.maturity_stage === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "maturity_stage" }, message: "must have required property 'maturity_stage'" };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.public_path === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "public_path" }, message: "must have required property 'public_path'" };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.runtime_controls === void 0) {
      const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "runtime_controls" }, message: "must have required property 'runtime_controls'" };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    if (data.source_content_path === void 0) {
      const err10 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "source_content_path" }, message: "must have required property 'source_content_path'" };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    if (data.status === void 0) {
      const err11 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'" };
      if (vErrors === null) {
        vErrors = [err11];
      } else {
        vErrors.push(err11);
      }
      errors++;
    }
    if (data.title === void 0) {
      const err12 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'" };
      if (vErrors === null) {
        vErrors = [err12];
      } else {
        vErrors.push(err12);
      }
      errors++;
    }
    if (data.tool_access === void 0) {
      const err13 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tool_access" }, message: "must have required property 'tool_access'" };
      if (vErrors === null) {
        vErrors = [err13];
      } else {
        vErrors.push(err13);
      }
      errors++;
    }
    if (data.workflow_id === void 0) {
      const err14 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "workflow_id" }, message: "must have required property 'workflow_id'" };
      if (vErrors === null) {
        vErrors = [err14];
      } else {
        vErrors.push(err14);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func12.call(schema46.properties, key0)) {
        const err15 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.change_scope !== void 0) {
      let data0 = data.change_scope;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (data0.allowed_paths === void 0) {
          const err16 = { instancePath: instancePath + "/change_scope", schemaPath: "#/properties/change_scope/required", keyword: "required", params: { missingProperty: "allowed_paths" }, message: "must have required property 'allowed_paths'" };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        if (data0.forbidden_paths === void 0) {
          const err17 = { instancePath: instancePath + "/change_scope", schemaPath: "#/properties/change_scope/required", keyword: "required", params: { missingProperty: "forbidden_paths" }, message: "must have required property 'forbidden_paths'" };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        if (data0.max_changed_files === void 0) {
          const err18 = { instancePath: instancePath + "/change_scope", schemaPath: "#/properties/change_scope/required", keyword: "required", params: { missingProperty: "max_changed_files" }, message: "must have required property 'max_changed_files'" };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
        if (data0.max_diff_lines === void 0) {
          const err19 = { instancePath: instancePath + "/change_scope", schemaPath: "#/properties/change_scope/required", keyword: "required", params: { missingProperty: "max_diff_lines" }, message: "must have required property 'max_diff_lines'" };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
        for (const key1 in data0) {
          if (!(key1 === "allowed_paths" || key1 === "forbidden_paths" || key1 === "max_changed_files" || key1 === "max_diff_lines")) {
            const err20 = { instancePath: instancePath + "/change_scope", schemaPath: "#/properties/change_scope/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
        if (data0.allowed_paths !== void 0) {
          let data1 = data0.allowed_paths;
          if (Array.isArray(data1)) {
            const len0 = data1.length;
            for (let i0 = 0; i0 < len0; i0++) {
              if (typeof data1[i0] !== "string") {
                const err21 = { instancePath: instancePath + "/change_scope/allowed_paths/" + i0, schemaPath: "#/$defs/stringList/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
            }
          } else {
            const err22 = { instancePath: instancePath + "/change_scope/allowed_paths", schemaPath: "#/$defs/stringList/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
        if (data0.forbidden_paths !== void 0) {
          let data3 = data0.forbidden_paths;
          if (Array.isArray(data3)) {
            const len1 = data3.length;
            for (let i1 = 0; i1 < len1; i1++) {
              if (typeof data3[i1] !== "string") {
                const err23 = { instancePath: instancePath + "/change_scope/forbidden_paths/" + i1, schemaPath: "#/$defs/stringList/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
            }
          } else {
            const err24 = { instancePath: instancePath + "/change_scope/forbidden_paths", schemaPath: "#/$defs/stringList/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
        if (data0.max_changed_files !== void 0) {
          let data5 = data0.max_changed_files;
          if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)) && isFinite(data5))) {
            const err25 = { instancePath: instancePath + "/change_scope/max_changed_files", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
          if (typeof data5 == "number" && isFinite(data5)) {
            if (data5 > 9007199254740991 || isNaN(data5)) {
              const err26 = { instancePath: instancePath + "/change_scope/max_changed_files", schemaPath: "#/$defs/count/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991" };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
            if (data5 < 0 || isNaN(data5)) {
              const err27 = { instancePath: instancePath + "/change_scope/max_changed_files", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err27];
              } else {
                vErrors.push(err27);
              }
              errors++;
            }
          }
        }
        if (data0.max_diff_lines !== void 0) {
          let data6 = data0.max_diff_lines;
          if (!(typeof data6 == "number" && (!(data6 % 1) && !isNaN(data6)) && isFinite(data6))) {
            const err28 = { instancePath: instancePath + "/change_scope/max_diff_lines", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
          if (typeof data6 == "number" && isFinite(data6)) {
            if (data6 > 9007199254740991 || isNaN(data6)) {
              const err29 = { instancePath: instancePath + "/change_scope/max_diff_lines", schemaPath: "#/$defs/count/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991" };
              if (vErrors === null) {
                vErrors = [err29];
              } else {
                vErrors.push(err29);
              }
              errors++;
            }
            if (data6 < 0 || isNaN(data6)) {
              const err30 = { instancePath: instancePath + "/change_scope/max_diff_lines", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
            }
          }
        }
      } else {
        const err31 = { instancePath: instancePath + "/change_scope", schemaPath: "#/properties/change_scope/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
    if (data.default_decision !== void 0) {
      if ("deny" !== data.default_decision) {
        const err32 = { instancePath: instancePath + "/default_decision", schemaPath: "#/properties/default_decision/const", keyword: "const", params: { allowedValue: "deny" }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
    if (data.dispatch !== void 0) {
      let data8 = data.dispatch;
      if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
        if (data8.automation_first === void 0) {
          const err33 = { instancePath: instancePath + "/dispatch", schemaPath: "#/properties/dispatch/required", keyword: "required", params: { missingProperty: "automation_first" }, message: "must have required property 'automation_first'" };
          if (vErrors === null) {
            vErrors = [err33];
          } else {
            vErrors.push(err33);
          }
          errors++;
        }
        if (data8.eligible_findings === void 0) {
          const err34 = { instancePath: instancePath + "/dispatch", schemaPath: "#/properties/dispatch/required", keyword: "required", params: { missingProperty: "eligible_findings" }, message: "must have required property 'eligible_findings'" };
          if (vErrors === null) {
            vErrors = [err34];
          } else {
            vErrors.push(err34);
          }
          errors++;
        }
        if (data8.max_open_prs_per_repo === void 0) {
          const err35 = { instancePath: instancePath + "/dispatch", schemaPath: "#/properties/dispatch/required", keyword: "required", params: { missingProperty: "max_open_prs_per_repo" }, message: "must have required property 'max_open_prs_per_repo'" };
          if (vErrors === null) {
            vErrors = [err35];
          } else {
            vErrors.push(err35);
          }
          errors++;
        }
        if (data8.required_branch_prefix === void 0) {
          const err36 = { instancePath: instancePath + "/dispatch", schemaPath: "#/properties/dispatch/required", keyword: "required", params: { missingProperty: "required_branch_prefix" }, message: "must have required property 'required_branch_prefix'" };
          if (vErrors === null) {
            vErrors = [err36];
          } else {
            vErrors.push(err36);
          }
          errors++;
        }
        if (data8.required_pr_label === void 0) {
          const err37 = { instancePath: instancePath + "/dispatch", schemaPath: "#/properties/dispatch/required", keyword: "required", params: { missingProperty: "required_pr_label" }, message: "must have required property 'required_pr_label'" };
          if (vErrors === null) {
            vErrors = [err37];
          } else {
            vErrors.push(err37);
          }
          errors++;
        }
        for (const key2 in data8) {
          if (!(key2 === "automation_first" || key2 === "eligible_findings" || key2 === "max_open_prs_per_repo" || key2 === "required_branch_prefix" || key2 === "required_pr_label")) {
            const err38 = { instancePath: instancePath + "/dispatch", schemaPath: "#/properties/dispatch/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
        }
        if (data8.automation_first !== void 0) {
          let data9 = data8.automation_first;
          if (Array.isArray(data9)) {
            const len2 = data9.length;
            for (let i2 = 0; i2 < len2; i2++) {
              if (typeof data9[i2] !== "string") {
                const err39 = { instancePath: instancePath + "/dispatch/automation_first/" + i2, schemaPath: "#/$defs/stringList/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err39];
                } else {
                  vErrors.push(err39);
                }
                errors++;
              }
            }
          } else {
            const err40 = { instancePath: instancePath + "/dispatch/automation_first", schemaPath: "#/$defs/stringList/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
        }
        if (data8.eligible_findings !== void 0) {
          let data11 = data8.eligible_findings;
          if (Array.isArray(data11)) {
            const len3 = data11.length;
            for (let i3 = 0; i3 < len3; i3++) {
              if (typeof data11[i3] !== "string") {
                const err41 = { instancePath: instancePath + "/dispatch/eligible_findings/" + i3, schemaPath: "#/$defs/stringList/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err41];
                } else {
                  vErrors.push(err41);
                }
                errors++;
              }
            }
          } else {
            const err42 = { instancePath: instancePath + "/dispatch/eligible_findings", schemaPath: "#/$defs/stringList/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
        }
        if (data8.max_open_prs_per_repo !== void 0) {
          let data13 = data8.max_open_prs_per_repo;
          const _errs37 = errors;
          let valid18 = false;
          const _errs38 = errors;
          if (!(typeof data13 == "number" && (!(data13 % 1) && !isNaN(data13)) && isFinite(data13))) {
            const err43 = { instancePath: instancePath + "/dispatch/max_open_prs_per_repo", schemaPath: "#/$defs/countOrNull/anyOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err43];
            } else {
              vErrors.push(err43);
            }
            errors++;
          }
          if (typeof data13 == "number" && isFinite(data13)) {
            if (data13 > 9007199254740991 || isNaN(data13)) {
              const err44 = { instancePath: instancePath + "/dispatch/max_open_prs_per_repo", schemaPath: "#/$defs/countOrNull/anyOf/0/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991" };
              if (vErrors === null) {
                vErrors = [err44];
              } else {
                vErrors.push(err44);
              }
              errors++;
            }
            if (data13 < 0 || isNaN(data13)) {
              const err45 = { instancePath: instancePath + "/dispatch/max_open_prs_per_repo", schemaPath: "#/$defs/countOrNull/anyOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err45];
              } else {
                vErrors.push(err45);
              }
              errors++;
            }
          }
          var _valid0 = _errs38 === errors;
          valid18 = valid18 || _valid0;
          const _errs40 = errors;
          if (data13 !== null) {
            const err46 = { instancePath: instancePath + "/dispatch/max_open_prs_per_repo", schemaPath: "#/$defs/countOrNull/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
            if (vErrors === null) {
              vErrors = [err46];
            } else {
              vErrors.push(err46);
            }
            errors++;
          }
          var _valid0 = _errs40 === errors;
          valid18 = valid18 || _valid0;
          if (!valid18) {
            const err47 = { instancePath: instancePath + "/dispatch/max_open_prs_per_repo", schemaPath: "#/$defs/countOrNull/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            if (vErrors === null) {
              vErrors = [err47];
            } else {
              vErrors.push(err47);
            }
            errors++;
          } else {
            errors = _errs37;
            if (vErrors !== null) {
              if (_errs37) {
                vErrors.length = _errs37;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data8.required_branch_prefix !== void 0) {
          let data14 = data8.required_branch_prefix;
          if (typeof data14 !== "string" && data14 !== null) {
            const err48 = { instancePath: instancePath + "/dispatch/required_branch_prefix", schemaPath: "#/$defs/stringOrNull/type", keyword: "type", params: { type: schema34.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err48];
            } else {
              vErrors.push(err48);
            }
            errors++;
          }
        }
        if (data8.required_pr_label !== void 0) {
          let data15 = data8.required_pr_label;
          if (typeof data15 !== "string" && data15 !== null) {
            const err49 = { instancePath: instancePath + "/dispatch/required_pr_label", schemaPath: "#/$defs/stringOrNull/type", keyword: "type", params: { type: schema34.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          }
        }
      } else {
        const err50 = { instancePath: instancePath + "/dispatch", schemaPath: "#/properties/dispatch/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err50];
        } else {
          vErrors.push(err50);
        }
        errors++;
      }
    }
    if (data.evidence_contract !== void 0) {
      let data16 = data.evidence_contract;
      if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
        if (data16.required_records === void 0) {
          const err51 = { instancePath: instancePath + "/evidence_contract", schemaPath: "#/properties/evidence_contract/required", keyword: "required", params: { missingProperty: "required_records" }, message: "must have required property 'required_records'" };
          if (vErrors === null) {
            vErrors = [err51];
          } else {
            vErrors.push(err51);
          }
          errors++;
        }
        if (data16.retention_days_default === void 0) {
          const err52 = { instancePath: instancePath + "/evidence_contract", schemaPath: "#/properties/evidence_contract/required", keyword: "required", params: { missingProperty: "retention_days_default" }, message: "must have required property 'retention_days_default'" };
          if (vErrors === null) {
            vErrors = [err52];
          } else {
            vErrors.push(err52);
          }
          errors++;
        }
        for (const key3 in data16) {
          if (!(key3 === "required_records" || key3 === "retention_days_default")) {
            const err53 = { instancePath: instancePath + "/evidence_contract", schemaPath: "#/properties/evidence_contract/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err53];
            } else {
              vErrors.push(err53);
            }
            errors++;
          }
        }
        if (data16.required_records !== void 0) {
          let data17 = data16.required_records;
          if (Array.isArray(data17)) {
            const len4 = data17.length;
            for (let i4 = 0; i4 < len4; i4++) {
              let data18 = data17[i4];
              if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
                if (data18.evidence_owner === void 0) {
                  const err54 = { instancePath: instancePath + "/evidence_contract/required_records/" + i4, schemaPath: "#/properties/evidence_contract/properties/required_records/items/required", keyword: "required", params: { missingProperty: "evidence_owner" }, message: "must have required property 'evidence_owner'" };
                  if (vErrors === null) {
                    vErrors = [err54];
                  } else {
                    vErrors.push(err54);
                  }
                  errors++;
                }
                if (data18.id === void 0) {
                  const err55 = { instancePath: instancePath + "/evidence_contract/required_records/" + i4, schemaPath: "#/properties/evidence_contract/properties/required_records/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
                  if (vErrors === null) {
                    vErrors = [err55];
                  } else {
                    vErrors.push(err55);
                  }
                  errors++;
                }
                if (data18.retention === void 0) {
                  const err56 = { instancePath: instancePath + "/evidence_contract/required_records/" + i4, schemaPath: "#/properties/evidence_contract/properties/required_records/items/required", keyword: "required", params: { missingProperty: "retention" }, message: "must have required property 'retention'" };
                  if (vErrors === null) {
                    vErrors = [err56];
                  } else {
                    vErrors.push(err56);
                  }
                  errors++;
                }
                if (data18.source === void 0) {
                  const err57 = { instancePath: instancePath + "/evidence_contract/required_records/" + i4, schemaPath: "#/properties/evidence_contract/properties/required_records/items/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'" };
                  if (vErrors === null) {
                    vErrors = [err57];
                  } else {
                    vErrors.push(err57);
                  }
                  errors++;
                }
                for (const key4 in data18) {
                  if (!(key4 === "evidence_owner" || key4 === "id" || key4 === "retention" || key4 === "source")) {
                    const err58 = { instancePath: instancePath + "/evidence_contract/required_records/" + i4, schemaPath: "#/properties/evidence_contract/properties/required_records/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err58];
                    } else {
                      vErrors.push(err58);
                    }
                    errors++;
                  }
                }
                if (data18.evidence_owner !== void 0) {
                  let data19 = data18.evidence_owner;
                  if (typeof data19 !== "string" && data19 !== null) {
                    const err59 = { instancePath: instancePath + "/evidence_contract/required_records/" + i4 + "/evidence_owner", schemaPath: "#/$defs/stringOrNull/type", keyword: "type", params: { type: schema34.type }, message: "must be string,null" };
                    if (vErrors === null) {
                      vErrors = [err59];
                    } else {
                      vErrors.push(err59);
                    }
                    errors++;
                  }
                }
                if (data18.id !== void 0) {
                  let data20 = data18.id;
                  if (typeof data20 !== "string" && data20 !== null) {
                    const err60 = { instancePath: instancePath + "/evidence_contract/required_records/" + i4 + "/id", schemaPath: "#/$defs/stringOrNull/type", keyword: "type", params: { type: schema34.type }, message: "must be string,null" };
                    if (vErrors === null) {
                      vErrors = [err60];
                    } else {
                      vErrors.push(err60);
                    }
                    errors++;
                  }
                }
                if (data18.retention !== void 0) {
                  let data21 = data18.retention;
                  if (typeof data21 !== "string" && data21 !== null) {
                    const err61 = { instancePath: instancePath + "/evidence_contract/required_records/" + i4 + "/retention", schemaPath: "#/$defs/stringOrNull/type", keyword: "type", params: { type: schema34.type }, message: "must be string,null" };
                    if (vErrors === null) {
                      vErrors = [err61];
                    } else {
                      vErrors.push(err61);
                    }
                    errors++;
                  }
                }
                if (data18.source !== void 0) {
                  let data22 = data18.source;
                  if (typeof data22 !== "string" && data22 !== null) {
                    const err62 = { instancePath: instancePath + "/evidence_contract/required_records/" + i4 + "/source", schemaPath: "#/$defs/stringOrNull/type", keyword: "type", params: { type: schema34.type }, message: "must be string,null" };
                    if (vErrors === null) {
                      vErrors = [err62];
                    } else {
                      vErrors.push(err62);
                    }
                    errors++;
                  }
                }
              } else {
                const err63 = { instancePath: instancePath + "/evidence_contract/required_records/" + i4, schemaPath: "#/properties/evidence_contract/properties/required_records/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err63];
                } else {
                  vErrors.push(err63);
                }
                errors++;
              }
            }
          } else {
            const err64 = { instancePath: instancePath + "/evidence_contract/required_records", schemaPath: "#/properties/evidence_contract/properties/required_records/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err64];
            } else {
              vErrors.push(err64);
            }
            errors++;
          }
        }
        if (data16.retention_days_default !== void 0) {
          let data23 = data16.retention_days_default;
          const _errs70 = errors;
          let valid30 = false;
          const _errs71 = errors;
          if (!(typeof data23 == "number" && (!(data23 % 1) && !isNaN(data23)) && isFinite(data23))) {
            const err65 = { instancePath: instancePath + "/evidence_contract/retention_days_default", schemaPath: "#/$defs/countOrNull/anyOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err65];
            } else {
              vErrors.push(err65);
            }
            errors++;
          }
          if (typeof data23 == "number" && isFinite(data23)) {
            if (data23 > 9007199254740991 || isNaN(data23)) {
              const err66 = { instancePath: instancePath + "/evidence_contract/retention_days_default", schemaPath: "#/$defs/countOrNull/anyOf/0/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991" };
              if (vErrors === null) {
                vErrors = [err66];
              } else {
                vErrors.push(err66);
              }
              errors++;
            }
            if (data23 < 0 || isNaN(data23)) {
              const err67 = { instancePath: instancePath + "/evidence_contract/retention_days_default", schemaPath: "#/$defs/countOrNull/anyOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err67];
              } else {
                vErrors.push(err67);
              }
              errors++;
            }
          }
          var _valid1 = _errs71 === errors;
          valid30 = valid30 || _valid1;
          const _errs73 = errors;
          if (data23 !== null) {
            const err68 = { instancePath: instancePath + "/evidence_contract/retention_days_default", schemaPath: "#/$defs/countOrNull/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
            if (vErrors === null) {
              vErrors = [err68];
            } else {
              vErrors.push(err68);
            }
            errors++;
          }
          var _valid1 = _errs73 === errors;
          valid30 = valid30 || _valid1;
          if (!valid30) {
            const err69 = { instancePath: instancePath + "/evidence_contract/retention_days_default", schemaPath: "#/$defs/countOrNull/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            if (vErrors === null) {
              vErrors = [err69];
            } else {
              vErrors.push(err69);
            }
            errors++;
          } else {
            errors = _errs70;
            if (vErrors !== null) {
              if (_errs70) {
                vErrors.length = _errs70;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err70 = { instancePath: instancePath + "/evidence_contract", schemaPath: "#/properties/evidence_contract/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err70];
        } else {
          vErrors.push(err70);
        }
        errors++;
      }
    }
    if (data.gate_contract !== void 0) {
      let data24 = data.gate_contract;
      if (Array.isArray(data24)) {
        const len5 = data24.length;
        for (let i5 = 0; i5 < len5; i5++) {
          let data25 = data24[i5];
          if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
            if (data25.phase === void 0) {
              const err71 = { instancePath: instancePath + "/gate_contract/" + i5, schemaPath: "#/properties/gate_contract/items/required", keyword: "required", params: { missingProperty: "phase" }, message: "must have required property 'phase'" };
              if (vErrors === null) {
                vErrors = [err71];
              } else {
                vErrors.push(err71);
              }
              errors++;
            }
            if (data25.rule_count === void 0) {
              const err72 = { instancePath: instancePath + "/gate_contract/" + i5, schemaPath: "#/properties/gate_contract/items/required", keyword: "required", params: { missingProperty: "rule_count" }, message: "must have required property 'rule_count'" };
              if (vErrors === null) {
                vErrors = [err72];
              } else {
                vErrors.push(err72);
              }
              errors++;
            }
            if (data25.rules === void 0) {
              const err73 = { instancePath: instancePath + "/gate_contract/" + i5, schemaPath: "#/properties/gate_contract/items/required", keyword: "required", params: { missingProperty: "rules" }, message: "must have required property 'rules'" };
              if (vErrors === null) {
                vErrors = [err73];
              } else {
                vErrors.push(err73);
              }
              errors++;
            }
            for (const key5 in data25) {
              if (!(key5 === "phase" || key5 === "rule_count" || key5 === "rules")) {
                const err74 = { instancePath: instancePath + "/gate_contract/" + i5, schemaPath: "#/properties/gate_contract/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err74];
                } else {
                  vErrors.push(err74);
                }
                errors++;
              }
            }
            if (data25.phase !== void 0) {
              if (typeof data25.phase !== "string") {
                const err75 = { instancePath: instancePath + "/gate_contract/" + i5 + "/phase", schemaPath: "#/properties/gate_contract/items/properties/phase/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err75];
                } else {
                  vErrors.push(err75);
                }
                errors++;
              }
            }
            if (data25.rule_count !== void 0) {
              let data27 = data25.rule_count;
              if (!(typeof data27 == "number" && (!(data27 % 1) && !isNaN(data27)) && isFinite(data27))) {
                const err76 = { instancePath: instancePath + "/gate_contract/" + i5 + "/rule_count", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err76];
                } else {
                  vErrors.push(err76);
                }
                errors++;
              }
              if (typeof data27 == "number" && isFinite(data27)) {
                if (data27 > 9007199254740991 || isNaN(data27)) {
                  const err77 = { instancePath: instancePath + "/gate_contract/" + i5 + "/rule_count", schemaPath: "#/$defs/count/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991" };
                  if (vErrors === null) {
                    vErrors = [err77];
                  } else {
                    vErrors.push(err77);
                  }
                  errors++;
                }
                if (data27 < 0 || isNaN(data27)) {
                  const err78 = { instancePath: instancePath + "/gate_contract/" + i5 + "/rule_count", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err78];
                  } else {
                    vErrors.push(err78);
                  }
                  errors++;
                }
              }
            }
            if (data25.rules !== void 0) {
              let data28 = data25.rules;
              if (Array.isArray(data28)) {
                const len6 = data28.length;
                for (let i6 = 0; i6 < len6; i6++) {
                  if (typeof data28[i6] !== "string") {
                    const err79 = { instancePath: instancePath + "/gate_contract/" + i5 + "/rules/" + i6, schemaPath: "#/$defs/stringList/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err79];
                    } else {
                      vErrors.push(err79);
                    }
                    errors++;
                  }
                }
              } else {
                const err80 = { instancePath: instancePath + "/gate_contract/" + i5 + "/rules", schemaPath: "#/$defs/stringList/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err80];
                } else {
                  vErrors.push(err80);
                }
                errors++;
              }
            }
          } else {
            const err81 = { instancePath: instancePath + "/gate_contract/" + i5, schemaPath: "#/properties/gate_contract/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err81];
            } else {
              vErrors.push(err81);
            }
            errors++;
          }
        }
      } else {
        const err82 = { instancePath: instancePath + "/gate_contract", schemaPath: "#/properties/gate_contract/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err82];
        } else {
          vErrors.push(err82);
        }
        errors++;
      }
    }
    if (data.identity !== void 0) {
      let data30 = data.identity;
      if (data30 && typeof data30 == "object" && !Array.isArray(data30)) {
        if (data30.accountable_team === void 0) {
          const err83 = { instancePath: instancePath + "/identity", schemaPath: "#/properties/identity/required", keyword: "required", params: { missingProperty: "accountable_team" }, message: "must have required property 'accountable_team'" };
          if (vErrors === null) {
            vErrors = [err83];
          } else {
            vErrors.push(err83);
          }
          errors++;
        }
        if (data30.allowed_agents === void 0) {
          const err84 = { instancePath: instancePath + "/identity", schemaPath: "#/properties/identity/required", keyword: "required", params: { missingProperty: "allowed_agents" }, message: "must have required property 'allowed_agents'" };
          if (vErrors === null) {
            vErrors = [err84];
          } else {
            vErrors.push(err84);
          }
          errors++;
        }
        if (data30.escalation === void 0) {
          const err85 = { instancePath: instancePath + "/identity", schemaPath: "#/properties/identity/required", keyword: "required", params: { missingProperty: "escalation" }, message: "must have required property 'escalation'" };
          if (vErrors === null) {
            vErrors = [err85];
          } else {
            vErrors.push(err85);
          }
          errors++;
        }
        if (data30.reviewer_pools === void 0) {
          const err86 = { instancePath: instancePath + "/identity", schemaPath: "#/properties/identity/required", keyword: "required", params: { missingProperty: "reviewer_pools" }, message: "must have required property 'reviewer_pools'" };
          if (vErrors === null) {
            vErrors = [err86];
          } else {
            vErrors.push(err86);
          }
          errors++;
        }
        for (const key6 in data30) {
          if (!(key6 === "accountable_team" || key6 === "allowed_agents" || key6 === "escalation" || key6 === "reviewer_pools")) {
            const err87 = { instancePath: instancePath + "/identity", schemaPath: "#/properties/identity/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err87];
            } else {
              vErrors.push(err87);
            }
            errors++;
          }
        }
        if (data30.accountable_team !== void 0) {
          let data31 = data30.accountable_team;
          if (typeof data31 !== "string" && data31 !== null) {
            const err88 = { instancePath: instancePath + "/identity/accountable_team", schemaPath: "#/$defs/stringOrNull/type", keyword: "type", params: { type: schema34.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err88];
            } else {
              vErrors.push(err88);
            }
            errors++;
          }
        }
        if (data30.allowed_agents !== void 0) {
          let data32 = data30.allowed_agents;
          if (Array.isArray(data32)) {
            const len7 = data32.length;
            for (let i7 = 0; i7 < len7; i7++) {
              if (typeof data32[i7] !== "string") {
                const err89 = { instancePath: instancePath + "/identity/allowed_agents/" + i7, schemaPath: "#/$defs/stringList/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err89];
                } else {
                  vErrors.push(err89);
                }
                errors++;
              }
            }
          } else {
            const err90 = { instancePath: instancePath + "/identity/allowed_agents", schemaPath: "#/$defs/stringList/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err90];
            } else {
              vErrors.push(err90);
            }
            errors++;
          }
        }
        if (data30.escalation !== void 0) {
          let data34 = data30.escalation;
          if (typeof data34 !== "string" && data34 !== null) {
            const err91 = { instancePath: instancePath + "/identity/escalation", schemaPath: "#/$defs/stringOrNull/type", keyword: "type", params: { type: schema34.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err91];
            } else {
              vErrors.push(err91);
            }
            errors++;
          }
        }
        if (data30.reviewer_pools !== void 0) {
          let data35 = data30.reviewer_pools;
          if (Array.isArray(data35)) {
            const len8 = data35.length;
            for (let i8 = 0; i8 < len8; i8++) {
              if (typeof data35[i8] !== "string") {
                const err92 = { instancePath: instancePath + "/identity/reviewer_pools/" + i8, schemaPath: "#/$defs/stringList/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err92];
                } else {
                  vErrors.push(err92);
                }
                errors++;
              }
            }
          } else {
            const err93 = { instancePath: instancePath + "/identity/reviewer_pools", schemaPath: "#/$defs/stringList/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err93];
            } else {
              vErrors.push(err93);
            }
            errors++;
          }
        }
      } else {
        const err94 = { instancePath: instancePath + "/identity", schemaPath: "#/properties/identity/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err94];
        } else {
          vErrors.push(err94);
        }
        errors++;
      }
    }
    if (data.kpi_contract !== void 0) {
      let data37 = data.kpi_contract;
      if (Array.isArray(data37)) {
        const len9 = data37.length;
        for (let i9 = 0; i9 < len9; i9++) {
          let data38 = data37[i9];
          if (data38 && typeof data38 == "object" && !Array.isArray(data38)) {
            if (data38.id === void 0) {
              const err95 = { instancePath: instancePath + "/kpi_contract/" + i9, schemaPath: "#/properties/kpi_contract/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
              if (vErrors === null) {
                vErrors = [err95];
              } else {
                vErrors.push(err95);
              }
              errors++;
            }
            if (data38.target === void 0) {
              const err96 = { instancePath: instancePath + "/kpi_contract/" + i9, schemaPath: "#/properties/kpi_contract/items/required", keyword: "required", params: { missingProperty: "target" }, message: "must have required property 'target'" };
              if (vErrors === null) {
                vErrors = [err96];
              } else {
                vErrors.push(err96);
              }
              errors++;
            }
            for (const key7 in data38) {
              if (!(key7 === "id" || key7 === "target")) {
                const err97 = { instancePath: instancePath + "/kpi_contract/" + i9, schemaPath: "#/properties/kpi_contract/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err97];
                } else {
                  vErrors.push(err97);
                }
                errors++;
              }
            }
            if (data38.id !== void 0) {
              let data39 = data38.id;
              if (typeof data39 !== "string" && data39 !== null) {
                const err98 = { instancePath: instancePath + "/kpi_contract/" + i9 + "/id", schemaPath: "#/$defs/stringOrNull/type", keyword: "type", params: { type: schema34.type }, message: "must be string,null" };
                if (vErrors === null) {
                  vErrors = [err98];
                } else {
                  vErrors.push(err98);
                }
                errors++;
              }
            }
            if (data38.target !== void 0) {
              let data40 = data38.target;
              if (typeof data40 !== "string" && data40 !== null) {
                const err99 = { instancePath: instancePath + "/kpi_contract/" + i9 + "/target", schemaPath: "#/$defs/stringOrNull/type", keyword: "type", params: { type: schema34.type }, message: "must be string,null" };
                if (vErrors === null) {
                  vErrors = [err99];
                } else {
                  vErrors.push(err99);
                }
                errors++;
              }
            }
          } else {
            const err100 = { instancePath: instancePath + "/kpi_contract/" + i9, schemaPath: "#/properties/kpi_contract/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err100];
            } else {
              vErrors.push(err100);
            }
            errors++;
          }
        }
      } else {
        const err101 = { instancePath: instancePath + "/kpi_contract", schemaPath: "#/properties/kpi_contract/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err101];
        } else {
          vErrors.push(err101);
        }
        errors++;
      }
    }
    if (data.maturity_stage !== void 0) {
      let data41 = data.maturity_stage;
      if (!(data41 === "crawl" || data41 === "walk" || data41 === "run" || data41 === null)) {
        const err102 = { instancePath: instancePath + "/maturity_stage", schemaPath: "#/properties/maturity_stage/enum", keyword: "enum", params: { allowedValues: schema46.properties.maturity_stage.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err102];
        } else {
          vErrors.push(err102);
        }
        errors++;
      }
    }
    if (data.public_path !== void 0) {
      let data42 = data.public_path;
      if (typeof data42 !== "string" && data42 !== null) {
        const err103 = { instancePath: instancePath + "/public_path", schemaPath: "#/$defs/stringOrNull/type", keyword: "type", params: { type: schema34.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err103];
        } else {
          vErrors.push(err103);
        }
        errors++;
      }
    }
    if (data.runtime_controls !== void 0) {
      let data43 = data.runtime_controls;
      if (data43 && typeof data43 == "object" && !Array.isArray(data43)) {
        if (data43.egress_default === void 0) {
          const err104 = { instancePath: instancePath + "/runtime_controls", schemaPath: "#/properties/runtime_controls/required", keyword: "required", params: { missingProperty: "egress_default" }, message: "must have required property 'egress_default'" };
          if (vErrors === null) {
            vErrors = [err104];
          } else {
            vErrors.push(err104);
          }
          errors++;
        }
        if (data43.kill_signals === void 0) {
          const err105 = { instancePath: instancePath + "/runtime_controls", schemaPath: "#/properties/runtime_controls/required", keyword: "required", params: { missingProperty: "kill_signals" }, message: "must have required property 'kill_signals'" };
          if (vErrors === null) {
            vErrors = [err105];
          } else {
            vErrors.push(err105);
          }
          errors++;
        }
        if (data43.session_disablement_required === void 0) {
          const err106 = { instancePath: instancePath + "/runtime_controls", schemaPath: "#/properties/runtime_controls/required", keyword: "required", params: { missingProperty: "session_disablement_required" }, message: "must have required property 'session_disablement_required'" };
          if (vErrors === null) {
            vErrors = [err106];
          } else {
            vErrors.push(err106);
          }
          errors++;
        }
        for (const key8 in data43) {
          if (!(key8 === "egress_default" || key8 === "kill_signals" || key8 === "session_disablement_required")) {
            const err107 = { instancePath: instancePath + "/runtime_controls", schemaPath: "#/properties/runtime_controls/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err107];
            } else {
              vErrors.push(err107);
            }
            errors++;
          }
        }
        if (data43.egress_default !== void 0) {
          if ("deny_except_declared_mcp_context" !== data43.egress_default) {
            const err108 = { instancePath: instancePath + "/runtime_controls/egress_default", schemaPath: "#/properties/runtime_controls/properties/egress_default/const", keyword: "const", params: { allowedValue: "deny_except_declared_mcp_context" }, message: "must be equal to constant" };
            if (vErrors === null) {
              vErrors = [err108];
            } else {
              vErrors.push(err108);
            }
            errors++;
          }
        }
        if (data43.kill_signals !== void 0) {
          let data45 = data43.kill_signals;
          if (Array.isArray(data45)) {
            const len10 = data45.length;
            for (let i10 = 0; i10 < len10; i10++) {
              if (typeof data45[i10] !== "string") {
                const err109 = { instancePath: instancePath + "/runtime_controls/kill_signals/" + i10, schemaPath: "#/$defs/stringList/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err109];
                } else {
                  vErrors.push(err109);
                }
                errors++;
              }
            }
          } else {
            const err110 = { instancePath: instancePath + "/runtime_controls/kill_signals", schemaPath: "#/$defs/stringList/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err110];
            } else {
              vErrors.push(err110);
            }
            errors++;
          }
        }
        if (data43.session_disablement_required !== void 0) {
          if (true !== data43.session_disablement_required) {
            const err111 = { instancePath: instancePath + "/runtime_controls/session_disablement_required", schemaPath: "#/properties/runtime_controls/properties/session_disablement_required/const", keyword: "const", params: { allowedValue: true }, message: "must be equal to constant" };
            if (vErrors === null) {
              vErrors = [err111];
            } else {
              vErrors.push(err111);
            }
            errors++;
          }
        }
      } else {
        const err112 = { instancePath: instancePath + "/runtime_controls", schemaPath: "#/properties/runtime_controls/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err112];
        } else {
          vErrors.push(err112);
        }
        errors++;
      }
    }
    if (data.source_content_path !== void 0) {
      let data48 = data.source_content_path;
      if (typeof data48 !== "string" && data48 !== null) {
        const err113 = { instancePath: instancePath + "/source_content_path", schemaPath: "#/$defs/stringOrNull/type", keyword: "type", params: { type: schema34.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err113];
        } else {
          vErrors.push(err113);
        }
        errors++;
      }
    }
    if (data.status !== void 0) {
      let data49 = data.status;
      if (!(data49 === "pilot" || data49 === "active" || data49 === "paused" || data49 === "retired" || data49 === null)) {
        const err114 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/enum", keyword: "enum", params: { allowedValues: schema46.properties.status.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err114];
        } else {
          vErrors.push(err114);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      let data50 = data.title;
      if (typeof data50 !== "string" && data50 !== null) {
        const err115 = { instancePath: instancePath + "/title", schemaPath: "#/$defs/stringOrNull/type", keyword: "type", params: { type: schema34.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err115];
        } else {
          vErrors.push(err115);
        }
        errors++;
      }
    }
    if (data.tool_access !== void 0) {
      let data51 = data.tool_access;
      if (data51 && typeof data51 == "object" && !Array.isArray(data51)) {
        if (data51.allowed_mcp_scopes === void 0) {
          const err116 = { instancePath: instancePath + "/tool_access", schemaPath: "#/properties/tool_access/required", keyword: "required", params: { missingProperty: "allowed_mcp_scopes" }, message: "must have required property 'allowed_mcp_scopes'" };
          if (vErrors === null) {
            vErrors = [err116];
          } else {
            vErrors.push(err116);
          }
          errors++;
        }
        if (data51.denied_by_default === void 0) {
          const err117 = { instancePath: instancePath + "/tool_access", schemaPath: "#/properties/tool_access/required", keyword: "required", params: { missingProperty: "denied_by_default" }, message: "must have required property 'denied_by_default'" };
          if (vErrors === null) {
            vErrors = [err117];
          } else {
            vErrors.push(err117);
          }
          errors++;
        }
        if (data51.requires_human_approval_for === void 0) {
          const err118 = { instancePath: instancePath + "/tool_access", schemaPath: "#/properties/tool_access/required", keyword: "required", params: { missingProperty: "requires_human_approval_for" }, message: "must have required property 'requires_human_approval_for'" };
          if (vErrors === null) {
            vErrors = [err118];
          } else {
            vErrors.push(err118);
          }
          errors++;
        }
        for (const key9 in data51) {
          if (!(key9 === "allowed_mcp_scopes" || key9 === "denied_by_default" || key9 === "requires_human_approval_for")) {
            const err119 = { instancePath: instancePath + "/tool_access", schemaPath: "#/properties/tool_access/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err119];
            } else {
              vErrors.push(err119);
            }
            errors++;
          }
        }
        if (data51.allowed_mcp_scopes !== void 0) {
          let data52 = data51.allowed_mcp_scopes;
          if (Array.isArray(data52)) {
            const len11 = data52.length;
            for (let i11 = 0; i11 < len11; i11++) {
              let data53 = data52[i11];
              const _errs149 = errors;
              let valid63 = false;
              let passing0 = null;
              const _errs150 = errors;
              if (data53 && typeof data53 == "object" && !Array.isArray(data53)) {
                if (data53.access !== void 0) {
                  if ("read" !== data53.access) {
                    const err120 = { instancePath: instancePath + "/tool_access/allowed_mcp_scopes/" + i11 + "/access", schemaPath: "#/$defs/scope/oneOf/0/properties/access/const", keyword: "const", params: { allowedValue: "read" }, message: "must be equal to constant" };
                    if (vErrors === null) {
                      vErrors = [err120];
                    } else {
                      vErrors.push(err120);
                    }
                    errors++;
                  }
                }
                if (data53.decision !== void 0) {
                  if ("allow" !== data53.decision) {
                    const err121 = { instancePath: instancePath + "/tool_access/allowed_mcp_scopes/" + i11 + "/decision", schemaPath: "#/$defs/scope/oneOf/0/properties/decision/const", keyword: "const", params: { allowedValue: "allow" }, message: "must be equal to constant" };
                    if (vErrors === null) {
                      vErrors = [err121];
                    } else {
                      vErrors.push(err121);
                    }
                    errors++;
                  }
                }
              } else {
                const err122 = { instancePath: instancePath + "/tool_access/allowed_mcp_scopes/" + i11, schemaPath: "#/$defs/scope/oneOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err122];
                } else {
                  vErrors.push(err122);
                }
                errors++;
              }
              var _valid2 = _errs150 === errors;
              if (_valid2) {
                valid63 = true;
                passing0 = 0;
                var props0 = {};
                props0.access = true;
                props0.decision = true;
              }
              const _errs154 = errors;
              if (data53 && typeof data53 == "object" && !Array.isArray(data53)) {
                if (data53.access !== void 0) {
                  if ("write_branch" !== data53.access) {
                    const err123 = { instancePath: instancePath + "/tool_access/allowed_mcp_scopes/" + i11 + "/access", schemaPath: "#/$defs/scope/oneOf/1/properties/access/const", keyword: "const", params: { allowedValue: "write_branch" }, message: "must be equal to constant" };
                    if (vErrors === null) {
                      vErrors = [err123];
                    } else {
                      vErrors.push(err123);
                    }
                    errors++;
                  }
                }
                if (data53.decision !== void 0) {
                  if ("allow_scoped_branch" !== data53.decision) {
                    const err124 = { instancePath: instancePath + "/tool_access/allowed_mcp_scopes/" + i11 + "/decision", schemaPath: "#/$defs/scope/oneOf/1/properties/decision/const", keyword: "const", params: { allowedValue: "allow_scoped_branch" }, message: "must be equal to constant" };
                    if (vErrors === null) {
                      vErrors = [err124];
                    } else {
                      vErrors.push(err124);
                    }
                    errors++;
                  }
                }
              } else {
                const err125 = { instancePath: instancePath + "/tool_access/allowed_mcp_scopes/" + i11, schemaPath: "#/$defs/scope/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err125];
                } else {
                  vErrors.push(err125);
                }
                errors++;
              }
              var _valid2 = _errs154 === errors;
              if (_valid2 && valid63) {
                valid63 = false;
                passing0 = [passing0, 1];
              } else {
                if (_valid2) {
                  valid63 = true;
                  passing0 = 1;
                  if (props0 !== true) {
                    props0 = props0 || {};
                    props0.access = true;
                    props0.decision = true;
                  }
                }
                const _errs158 = errors;
                if (data53 && typeof data53 == "object" && !Array.isArray(data53)) {
                  if (data53.access !== void 0) {
                    if ("write_ticket" !== data53.access) {
                      const err126 = { instancePath: instancePath + "/tool_access/allowed_mcp_scopes/" + i11 + "/access", schemaPath: "#/$defs/scope/oneOf/2/properties/access/const", keyword: "const", params: { allowedValue: "write_ticket" }, message: "must be equal to constant" };
                      if (vErrors === null) {
                        vErrors = [err126];
                      } else {
                        vErrors.push(err126);
                      }
                      errors++;
                    }
                  }
                  if (data53.decision !== void 0) {
                    if ("allow_scoped_ticket" !== data53.decision) {
                      const err127 = { instancePath: instancePath + "/tool_access/allowed_mcp_scopes/" + i11 + "/decision", schemaPath: "#/$defs/scope/oneOf/2/properties/decision/const", keyword: "const", params: { allowedValue: "allow_scoped_ticket" }, message: "must be equal to constant" };
                      if (vErrors === null) {
                        vErrors = [err127];
                      } else {
                        vErrors.push(err127);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err128 = { instancePath: instancePath + "/tool_access/allowed_mcp_scopes/" + i11, schemaPath: "#/$defs/scope/oneOf/2/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                  if (vErrors === null) {
                    vErrors = [err128];
                  } else {
                    vErrors.push(err128);
                  }
                  errors++;
                }
                var _valid2 = _errs158 === errors;
                if (_valid2 && valid63) {
                  valid63 = false;
                  passing0 = [passing0, 2];
                } else {
                  if (_valid2) {
                    valid63 = true;
                    passing0 = 2;
                    if (props0 !== true) {
                      props0 = props0 || {};
                      props0.access = true;
                      props0.decision = true;
                    }
                  }
                  const _errs162 = errors;
                  if (data53 && typeof data53 == "object" && !Array.isArray(data53)) {
                    if (data53.access !== void 0) {
                      if ("approval_required" !== data53.access) {
                        const err129 = { instancePath: instancePath + "/tool_access/allowed_mcp_scopes/" + i11 + "/access", schemaPath: "#/$defs/scope/oneOf/3/properties/access/const", keyword: "const", params: { allowedValue: "approval_required" }, message: "must be equal to constant" };
                        if (vErrors === null) {
                          vErrors = [err129];
                        } else {
                          vErrors.push(err129);
                        }
                        errors++;
                      }
                    }
                    if (data53.decision !== void 0) {
                      if ("hold_for_approval" !== data53.decision) {
                        const err130 = { instancePath: instancePath + "/tool_access/allowed_mcp_scopes/" + i11 + "/decision", schemaPath: "#/$defs/scope/oneOf/3/properties/decision/const", keyword: "const", params: { allowedValue: "hold_for_approval" }, message: "must be equal to constant" };
                        if (vErrors === null) {
                          vErrors = [err130];
                        } else {
                          vErrors.push(err130);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err131 = { instancePath: instancePath + "/tool_access/allowed_mcp_scopes/" + i11, schemaPath: "#/$defs/scope/oneOf/3/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err131];
                    } else {
                      vErrors.push(err131);
                    }
                    errors++;
                  }
                  var _valid2 = _errs162 === errors;
                  if (_valid2 && valid63) {
                    valid63 = false;
                    passing0 = [passing0, 3];
                  } else {
                    if (_valid2) {
                      valid63 = true;
                      passing0 = 3;
                      if (props0 !== true) {
                        props0 = props0 || {};
                        props0.access = true;
                        props0.decision = true;
                      }
                    }
                  }
                }
              }
              if (!valid63) {
                const err132 = { instancePath: instancePath + "/tool_access/allowed_mcp_scopes/" + i11, schemaPath: "#/$defs/scope/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
                if (vErrors === null) {
                  vErrors = [err132];
                } else {
                  vErrors.push(err132);
                }
                errors++;
              } else {
                errors = _errs149;
                if (vErrors !== null) {
                  if (_errs149) {
                    vErrors.length = _errs149;
                  } else {
                    vErrors = null;
                  }
                }
              }
              if (data53 && typeof data53 == "object" && !Array.isArray(data53)) {
                if (data53.access === void 0) {
                  const err133 = { instancePath: instancePath + "/tool_access/allowed_mcp_scopes/" + i11, schemaPath: "#/$defs/scope/required", keyword: "required", params: { missingProperty: "access" }, message: "must have required property 'access'" };
                  if (vErrors === null) {
                    vErrors = [err133];
                  } else {
                    vErrors.push(err133);
                  }
                  errors++;
                }
                if (data53.decision === void 0) {
                  const err134 = { instancePath: instancePath + "/tool_access/allowed_mcp_scopes/" + i11, schemaPath: "#/$defs/scope/required", keyword: "required", params: { missingProperty: "decision" }, message: "must have required property 'decision'" };
                  if (vErrors === null) {
                    vErrors = [err134];
                  } else {
                    vErrors.push(err134);
                  }
                  errors++;
                }
                if (data53.namespace === void 0) {
                  const err135 = { instancePath: instancePath + "/tool_access/allowed_mcp_scopes/" + i11, schemaPath: "#/$defs/scope/required", keyword: "required", params: { missingProperty: "namespace" }, message: "must have required property 'namespace'" };
                  if (vErrors === null) {
                    vErrors = [err135];
                  } else {
                    vErrors.push(err135);
                  }
                  errors++;
                }
                if (data53.purpose === void 0) {
                  const err136 = { instancePath: instancePath + "/tool_access/allowed_mcp_scopes/" + i11, schemaPath: "#/$defs/scope/required", keyword: "required", params: { missingProperty: "purpose" }, message: "must have required property 'purpose'" };
                  if (vErrors === null) {
                    vErrors = [err136];
                  } else {
                    vErrors.push(err136);
                  }
                  errors++;
                }
                if (data53.scope_id === void 0) {
                  const err137 = { instancePath: instancePath + "/tool_access/allowed_mcp_scopes/" + i11, schemaPath: "#/$defs/scope/required", keyword: "required", params: { missingProperty: "scope_id" }, message: "must have required property 'scope_id'" };
                  if (vErrors === null) {
                    vErrors = [err137];
                  } else {
                    vErrors.push(err137);
                  }
                  errors++;
                }
                for (const key10 in data53) {
                  if (!(key10 === "access" || key10 === "decision" || key10 === "namespace" || key10 === "purpose" || key10 === "scope_id")) {
                    const err138 = { instancePath: instancePath + "/tool_access/allowed_mcp_scopes/" + i11, schemaPath: "#/$defs/scope/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err138];
                    } else {
                      vErrors.push(err138);
                    }
                    errors++;
                  }
                }
                if (data53.access !== void 0) {
                  let data62 = data53.access;
                  if (!(data62 === "read" || data62 === "write_branch" || data62 === "write_ticket" || data62 === "approval_required")) {
                    const err139 = { instancePath: instancePath + "/tool_access/allowed_mcp_scopes/" + i11 + "/access", schemaPath: "#/$defs/scope/properties/access/enum", keyword: "enum", params: { allowedValues: schema73.properties.access.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err139];
                    } else {
                      vErrors.push(err139);
                    }
                    errors++;
                  }
                }
                if (data53.decision !== void 0) {
                  let data63 = data53.decision;
                  if (!(data63 === "allow" || data63 === "allow_scoped_branch" || data63 === "allow_scoped_ticket" || data63 === "hold_for_approval")) {
                    const err140 = { instancePath: instancePath + "/tool_access/allowed_mcp_scopes/" + i11 + "/decision", schemaPath: "#/$defs/scope/properties/decision/enum", keyword: "enum", params: { allowedValues: schema73.properties.decision.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err140];
                    } else {
                      vErrors.push(err140);
                    }
                    errors++;
                  }
                }
                if (data53.namespace !== void 0) {
                  let data64 = data53.namespace;
                  if (typeof data64 === "string") {
                    if (!pattern62.test(data64)) {
                      const err141 = { instancePath: instancePath + "/tool_access/allowed_mcp_scopes/" + i11 + "/namespace", schemaPath: "#/$defs/scope/properties/namespace/pattern", keyword: "pattern", params: { pattern: "^[^\\s:]+$" }, message: 'must match pattern "^[^\\s:]+$"' };
                      if (vErrors === null) {
                        vErrors = [err141];
                      } else {
                        vErrors.push(err141);
                      }
                      errors++;
                    }
                  } else {
                    const err142 = { instancePath: instancePath + "/tool_access/allowed_mcp_scopes/" + i11 + "/namespace", schemaPath: "#/$defs/scope/properties/namespace/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err142];
                    } else {
                      vErrors.push(err142);
                    }
                    errors++;
                  }
                }
                if (data53.purpose !== void 0) {
                  if (typeof data53.purpose !== "string") {
                    const err143 = { instancePath: instancePath + "/tool_access/allowed_mcp_scopes/" + i11 + "/purpose", schemaPath: "#/$defs/scope/properties/purpose/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err143];
                    } else {
                      vErrors.push(err143);
                    }
                    errors++;
                  }
                }
                if (data53.scope_id !== void 0) {
                  if (typeof data53.scope_id !== "string") {
                    const err144 = { instancePath: instancePath + "/tool_access/allowed_mcp_scopes/" + i11 + "/scope_id", schemaPath: "#/$defs/scope/properties/scope_id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err144];
                    } else {
                      vErrors.push(err144);
                    }
                    errors++;
                  }
                }
              } else {
                const err145 = { instancePath: instancePath + "/tool_access/allowed_mcp_scopes/" + i11, schemaPath: "#/$defs/scope/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err145];
                } else {
                  vErrors.push(err145);
                }
                errors++;
              }
            }
          } else {
            const err146 = { instancePath: instancePath + "/tool_access/allowed_mcp_scopes", schemaPath: "#/properties/tool_access/properties/allowed_mcp_scopes/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err146];
            } else {
              vErrors.push(err146);
            }
            errors++;
          }
        }
        if (data51.denied_by_default !== void 0) {
          if (true !== data51.denied_by_default) {
            const err147 = { instancePath: instancePath + "/tool_access/denied_by_default", schemaPath: "#/properties/tool_access/properties/denied_by_default/const", keyword: "const", params: { allowedValue: true }, message: "must be equal to constant" };
            if (vErrors === null) {
              vErrors = [err147];
            } else {
              vErrors.push(err147);
            }
            errors++;
          }
        }
        if (data51.requires_human_approval_for !== void 0) {
          let data68 = data51.requires_human_approval_for;
          if (Array.isArray(data68)) {
            const len12 = data68.length;
            for (let i12 = 0; i12 < len12; i12++) {
              if (typeof data68[i12] !== "string") {
                const err148 = { instancePath: instancePath + "/tool_access/requires_human_approval_for/" + i12, schemaPath: "#/$defs/stringList/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err148];
                } else {
                  vErrors.push(err148);
                }
                errors++;
              }
            }
          } else {
            const err149 = { instancePath: instancePath + "/tool_access/requires_human_approval_for", schemaPath: "#/$defs/stringList/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err149];
            } else {
              vErrors.push(err149);
            }
            errors++;
          }
        }
      } else {
        const err150 = { instancePath: instancePath + "/tool_access", schemaPath: "#/properties/tool_access/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err150];
        } else {
          vErrors.push(err150);
        }
        errors++;
      }
    }
    if (data.workflow_id !== void 0) {
      let data70 = data.workflow_id;
      if (typeof data70 === "string") {
        if (!pattern72.test(data70)) {
          const err151 = { instancePath: instancePath + "/workflow_id", schemaPath: "#/properties/workflow_id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]*$"' };
          if (vErrors === null) {
            vErrors = [err151];
          } else {
            vErrors.push(err151);
          }
          errors++;
        }
      } else {
        const err152 = { instancePath: instancePath + "/workflow_id", schemaPath: "#/properties/workflow_id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err152];
        } else {
          vErrors.push(err152);
        }
        errors++;
      }
    }
  } else {
    const err153 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err153];
    } else {
      vErrors.push(err153);
    }
    errors++;
  }
  validate212.errors = vErrors;
  return errors === 0;
}
validate212.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate202(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate202.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.decision_contract === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "decision_contract" }, message: "must have required property 'decision_contract'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.generated_at === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "generated_at" }, message: "must have required property 'generated_at'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.global_defaults === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "global_defaults" }, message: "must have required property 'global_defaults'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.intent === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "intent" }, message: "must have required property 'intent'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.policy_id === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "policy_id" }, message: "must have required property 'policy_id'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.policy_summary === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "policy_summary" }, message: "must have required property 'policy_summary'" };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.schema_version === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "schema_version" }, message: "must have required property 'schema_version'" };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.source_manifest === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "source_manifest" }, message: "must have required property 'source_manifest'" };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.standards_alignment === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "standards_alignment" }, message: "must have required property 'standards_alignment'" };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.workflow_policies === void 0) {
      const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "workflow_policies" }, message: "must have required property 'workflow_policies'" };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func12.call(schema312.properties, key0)) {
        const err10 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.decision_contract !== void 0) {
      let data0 = data.decision_contract;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (data0.decisions === void 0) {
          const err11 = { instancePath: instancePath + "/decision_contract", schemaPath: "#/properties/decision_contract/required", keyword: "required", params: { missingProperty: "decisions" }, message: "must have required property 'decisions'" };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        if (data0.default_decision === void 0) {
          const err12 = { instancePath: instancePath + "/decision_contract", schemaPath: "#/properties/decision_contract/required", keyword: "required", params: { missingProperty: "default_decision" }, message: "must have required property 'default_decision'" };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        if (data0.required_runtime_attributes === void 0) {
          const err13 = { instancePath: instancePath + "/decision_contract", schemaPath: "#/properties/decision_contract/required", keyword: "required", params: { missingProperty: "required_runtime_attributes" }, message: "must have required property 'required_runtime_attributes'" };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        for (const key1 in data0) {
          if (!(key1 === "decisions" || key1 === "default_decision" || key1 === "required_runtime_attributes")) {
            const err14 = { instancePath: instancePath + "/decision_contract", schemaPath: "#/properties/decision_contract/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data0.decisions !== void 0) {
          let data1 = data0.decisions;
          if (Array.isArray(data1)) {
            const len0 = data1.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data2 = data1[i0];
              if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                if (data2.decision === void 0) {
                  const err15 = { instancePath: instancePath + "/decision_contract/decisions/" + i0, schemaPath: "#/properties/decision_contract/properties/decisions/items/required", keyword: "required", params: { missingProperty: "decision" }, message: "must have required property 'decision'" };
                  if (vErrors === null) {
                    vErrors = [err15];
                  } else {
                    vErrors.push(err15);
                  }
                  errors++;
                }
                if (data2.meaning === void 0) {
                  const err16 = { instancePath: instancePath + "/decision_contract/decisions/" + i0, schemaPath: "#/properties/decision_contract/properties/decisions/items/required", keyword: "required", params: { missingProperty: "meaning" }, message: "must have required property 'meaning'" };
                  if (vErrors === null) {
                    vErrors = [err16];
                  } else {
                    vErrors.push(err16);
                  }
                  errors++;
                }
                for (const key2 in data2) {
                  if (!(key2 === "decision" || key2 === "meaning")) {
                    const err17 = { instancePath: instancePath + "/decision_contract/decisions/" + i0, schemaPath: "#/properties/decision_contract/properties/decisions/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err17];
                    } else {
                      vErrors.push(err17);
                    }
                    errors++;
                  }
                }
                if (data2.decision !== void 0) {
                  let data3 = data2.decision;
                  if (!(data3 === "allow" || data3 === "allow_scoped_branch" || data3 === "allow_scoped_ticket" || data3 === "hold_for_approval" || data3 === "deny" || data3 === "kill_session")) {
                    const err18 = { instancePath: instancePath + "/decision_contract/decisions/" + i0 + "/decision", schemaPath: "#/$defs/decision/enum", keyword: "enum", params: { allowedValues: schema32.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err18];
                    } else {
                      vErrors.push(err18);
                    }
                    errors++;
                  }
                }
                if (data2.meaning !== void 0) {
                  if (typeof data2.meaning !== "string") {
                    const err19 = { instancePath: instancePath + "/decision_contract/decisions/" + i0 + "/meaning", schemaPath: "#/properties/decision_contract/properties/decisions/items/properties/meaning/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err19];
                    } else {
                      vErrors.push(err19);
                    }
                    errors++;
                  }
                }
              } else {
                const err20 = { instancePath: instancePath + "/decision_contract/decisions/" + i0, schemaPath: "#/properties/decision_contract/properties/decisions/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
            }
          } else {
            const err21 = { instancePath: instancePath + "/decision_contract/decisions", schemaPath: "#/properties/decision_contract/properties/decisions/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data0.default_decision !== void 0) {
          if ("deny" !== data0.default_decision) {
            const err22 = { instancePath: instancePath + "/decision_contract/default_decision", schemaPath: "#/properties/decision_contract/properties/default_decision/const", keyword: "const", params: { allowedValue: "deny" }, message: "must be equal to constant" };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
        if (data0.required_runtime_attributes !== void 0) {
          let data6 = data0.required_runtime_attributes;
          if (Array.isArray(data6)) {
            const len1 = data6.length;
            for (let i1 = 0; i1 < len1; i1++) {
              if (typeof data6[i1] !== "string") {
                const err23 = { instancePath: instancePath + "/decision_contract/required_runtime_attributes/" + i1, schemaPath: "#/$defs/stringList/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
            }
          } else {
            const err24 = { instancePath: instancePath + "/decision_contract/required_runtime_attributes", schemaPath: "#/$defs/stringList/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
      } else {
        const err25 = { instancePath: instancePath + "/decision_contract", schemaPath: "#/properties/decision_contract/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.generated_at !== void 0) {
      if (typeof data.generated_at !== "string") {
        const err26 = { instancePath: instancePath + "/generated_at", schemaPath: "#/properties/generated_at/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.global_defaults !== void 0) {
      let data9 = data.global_defaults;
      if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
        if (data9.default_change_window === void 0) {
          const err27 = { instancePath: instancePath + "/global_defaults", schemaPath: "#/properties/global_defaults/required", keyword: "required", params: { missingProperty: "default_change_window" }, message: "must have required property 'default_change_window'" };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
        if (data9.evidence_retention_days === void 0) {
          const err28 = { instancePath: instancePath + "/global_defaults", schemaPath: "#/properties/global_defaults/required", keyword: "required", params: { missingProperty: "evidence_retention_days" }, message: "must have required property 'evidence_retention_days'" };
          if (vErrors === null) {
            vErrors = [err28];
          } else {
            vErrors.push(err28);
          }
          errors++;
        }
        if (data9.human_review_required === void 0) {
          const err29 = { instancePath: instancePath + "/global_defaults", schemaPath: "#/properties/global_defaults/required", keyword: "required", params: { missingProperty: "human_review_required" }, message: "must have required property 'human_review_required'" };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
        if (data9.manual_review_required_for === void 0) {
          const err30 = { instancePath: instancePath + "/global_defaults", schemaPath: "#/properties/global_defaults/required", keyword: "required", params: { missingProperty: "manual_review_required_for" }, message: "must have required property 'manual_review_required_for'" };
          if (vErrors === null) {
            vErrors = [err30];
          } else {
            vErrors.push(err30);
          }
          errors++;
        }
        if (data9.max_open_prs_per_repo === void 0) {
          const err31 = { instancePath: instancePath + "/global_defaults", schemaPath: "#/properties/global_defaults/required", keyword: "required", params: { missingProperty: "max_open_prs_per_repo" }, message: "must have required property 'max_open_prs_per_repo'" };
          if (vErrors === null) {
            vErrors = [err31];
          } else {
            vErrors.push(err31);
          }
          errors++;
        }
        if (data9.required_pr_label === void 0) {
          const err32 = { instancePath: instancePath + "/global_defaults", schemaPath: "#/properties/global_defaults/required", keyword: "required", params: { missingProperty: "required_pr_label" }, message: "must have required property 'required_pr_label'" };
          if (vErrors === null) {
            vErrors = [err32];
          } else {
            vErrors.push(err32);
          }
          errors++;
        }
        if (data9.required_remediation_branch_prefix === void 0) {
          const err33 = { instancePath: instancePath + "/global_defaults", schemaPath: "#/properties/global_defaults/required", keyword: "required", params: { missingProperty: "required_remediation_branch_prefix" }, message: "must have required property 'required_remediation_branch_prefix'" };
          if (vErrors === null) {
            vErrors = [err33];
          } else {
            vErrors.push(err33);
          }
          errors++;
        }
        for (const key3 in data9) {
          if (!(key3 === "default_change_window" || key3 === "evidence_retention_days" || key3 === "human_review_required" || key3 === "manual_review_required_for" || key3 === "max_open_prs_per_repo" || key3 === "required_pr_label" || key3 === "required_remediation_branch_prefix")) {
            const err34 = { instancePath: instancePath + "/global_defaults", schemaPath: "#/properties/global_defaults/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
        if (data9.default_change_window !== void 0) {
          let data10 = data9.default_change_window;
          if (typeof data10 !== "string" && data10 !== null) {
            const err35 = { instancePath: instancePath + "/global_defaults/default_change_window", schemaPath: "#/$defs/stringOrNull/type", keyword: "type", params: { type: schema34.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
        }
        if (data9.evidence_retention_days !== void 0) {
          let data11 = data9.evidence_retention_days;
          const _errs30 = errors;
          let valid12 = false;
          const _errs31 = errors;
          if (!(typeof data11 == "number" && (!(data11 % 1) && !isNaN(data11)) && isFinite(data11))) {
            const err36 = { instancePath: instancePath + "/global_defaults/evidence_retention_days", schemaPath: "#/$defs/countOrNull/anyOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
          if (typeof data11 == "number" && isFinite(data11)) {
            if (data11 > 9007199254740991 || isNaN(data11)) {
              const err37 = { instancePath: instancePath + "/global_defaults/evidence_retention_days", schemaPath: "#/$defs/countOrNull/anyOf/0/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991" };
              if (vErrors === null) {
                vErrors = [err37];
              } else {
                vErrors.push(err37);
              }
              errors++;
            }
            if (data11 < 0 || isNaN(data11)) {
              const err38 = { instancePath: instancePath + "/global_defaults/evidence_retention_days", schemaPath: "#/$defs/countOrNull/anyOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err38];
              } else {
                vErrors.push(err38);
              }
              errors++;
            }
          }
          var _valid0 = _errs31 === errors;
          valid12 = valid12 || _valid0;
          const _errs33 = errors;
          if (data11 !== null) {
            const err39 = { instancePath: instancePath + "/global_defaults/evidence_retention_days", schemaPath: "#/$defs/countOrNull/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
          var _valid0 = _errs33 === errors;
          valid12 = valid12 || _valid0;
          if (!valid12) {
            const err40 = { instancePath: instancePath + "/global_defaults/evidence_retention_days", schemaPath: "#/$defs/countOrNull/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          } else {
            errors = _errs30;
            if (vErrors !== null) {
              if (_errs30) {
                vErrors.length = _errs30;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data9.human_review_required !== void 0) {
          if (typeof data9.human_review_required !== "boolean") {
            const err41 = { instancePath: instancePath + "/global_defaults/human_review_required", schemaPath: "#/properties/global_defaults/properties/human_review_required/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err41];
            } else {
              vErrors.push(err41);
            }
            errors++;
          }
        }
        if (data9.manual_review_required_for !== void 0) {
          let data13 = data9.manual_review_required_for;
          if (Array.isArray(data13)) {
            const len2 = data13.length;
            for (let i2 = 0; i2 < len2; i2++) {
              if (typeof data13[i2] !== "string") {
                const err42 = { instancePath: instancePath + "/global_defaults/manual_review_required_for/" + i2, schemaPath: "#/$defs/stringList/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err42];
                } else {
                  vErrors.push(err42);
                }
                errors++;
              }
            }
          } else {
            const err43 = { instancePath: instancePath + "/global_defaults/manual_review_required_for", schemaPath: "#/$defs/stringList/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err43];
            } else {
              vErrors.push(err43);
            }
            errors++;
          }
        }
        if (data9.max_open_prs_per_repo !== void 0) {
          let data15 = data9.max_open_prs_per_repo;
          const _errs44 = errors;
          let valid17 = false;
          const _errs45 = errors;
          if (!(typeof data15 == "number" && (!(data15 % 1) && !isNaN(data15)) && isFinite(data15))) {
            const err44 = { instancePath: instancePath + "/global_defaults/max_open_prs_per_repo", schemaPath: "#/$defs/countOrNull/anyOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
          if (typeof data15 == "number" && isFinite(data15)) {
            if (data15 > 9007199254740991 || isNaN(data15)) {
              const err45 = { instancePath: instancePath + "/global_defaults/max_open_prs_per_repo", schemaPath: "#/$defs/countOrNull/anyOf/0/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991" };
              if (vErrors === null) {
                vErrors = [err45];
              } else {
                vErrors.push(err45);
              }
              errors++;
            }
            if (data15 < 0 || isNaN(data15)) {
              const err46 = { instancePath: instancePath + "/global_defaults/max_open_prs_per_repo", schemaPath: "#/$defs/countOrNull/anyOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err46];
              } else {
                vErrors.push(err46);
              }
              errors++;
            }
          }
          var _valid1 = _errs45 === errors;
          valid17 = valid17 || _valid1;
          const _errs47 = errors;
          if (data15 !== null) {
            const err47 = { instancePath: instancePath + "/global_defaults/max_open_prs_per_repo", schemaPath: "#/$defs/countOrNull/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
            if (vErrors === null) {
              vErrors = [err47];
            } else {
              vErrors.push(err47);
            }
            errors++;
          }
          var _valid1 = _errs47 === errors;
          valid17 = valid17 || _valid1;
          if (!valid17) {
            const err48 = { instancePath: instancePath + "/global_defaults/max_open_prs_per_repo", schemaPath: "#/$defs/countOrNull/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            if (vErrors === null) {
              vErrors = [err48];
            } else {
              vErrors.push(err48);
            }
            errors++;
          } else {
            errors = _errs44;
            if (vErrors !== null) {
              if (_errs44) {
                vErrors.length = _errs44;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data9.required_pr_label !== void 0) {
          let data16 = data9.required_pr_label;
          if (typeof data16 !== "string" && data16 !== null) {
            const err49 = { instancePath: instancePath + "/global_defaults/required_pr_label", schemaPath: "#/$defs/stringOrNull/type", keyword: "type", params: { type: schema34.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          }
        }
        if (data9.required_remediation_branch_prefix !== void 0) {
          let data17 = data9.required_remediation_branch_prefix;
          if (typeof data17 !== "string" && data17 !== null) {
            const err50 = { instancePath: instancePath + "/global_defaults/required_remediation_branch_prefix", schemaPath: "#/$defs/stringOrNull/type", keyword: "type", params: { type: schema34.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err50];
            } else {
              vErrors.push(err50);
            }
            errors++;
          }
        }
      } else {
        const err51 = { instancePath: instancePath + "/global_defaults", schemaPath: "#/properties/global_defaults/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err51];
        } else {
          vErrors.push(err51);
        }
        errors++;
      }
    }
    if (data.intent !== void 0) {
      if (typeof data.intent !== "string") {
        const err52 = { instancePath: instancePath + "/intent", schemaPath: "#/properties/intent/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err52];
        } else {
          vErrors.push(err52);
        }
        errors++;
      }
    }
    if (data.policy_id !== void 0) {
      let data19 = data.policy_id;
      if (typeof data19 === "string") {
        if (!pattern42.test(data19)) {
          const err53 = { instancePath: instancePath + "/policy_id", schemaPath: "#/properties/policy_id/pattern", keyword: "pattern", params: { pattern: "^[^\\s]+$" }, message: 'must match pattern "^[^\\s]+$"' };
          if (vErrors === null) {
            vErrors = [err53];
          } else {
            vErrors.push(err53);
          }
          errors++;
        }
      } else {
        const err54 = { instancePath: instancePath + "/policy_id", schemaPath: "#/properties/policy_id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err54];
        } else {
          vErrors.push(err54);
        }
        errors++;
      }
    }
    if (data.policy_summary !== void 0) {
      let data20 = data.policy_summary;
      if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
        if (data20.active_workflow_count === void 0) {
          const err55 = { instancePath: instancePath + "/policy_summary", schemaPath: "#/properties/policy_summary/required", keyword: "required", params: { missingProperty: "active_workflow_count" }, message: "must have required property 'active_workflow_count'" };
          if (vErrors === null) {
            vErrors = [err55];
          } else {
            vErrors.push(err55);
          }
          errors++;
        }
        if (data20.mcp_namespace_count === void 0) {
          const err56 = { instancePath: instancePath + "/policy_summary", schemaPath: "#/properties/policy_summary/required", keyword: "required", params: { missingProperty: "mcp_namespace_count" }, message: "must have required property 'mcp_namespace_count'" };
          if (vErrors === null) {
            vErrors = [err56];
          } else {
            vErrors.push(err56);
          }
          errors++;
        }
        if (data20.policy_decisions === void 0) {
          const err57 = { instancePath: instancePath + "/policy_summary", schemaPath: "#/properties/policy_summary/required", keyword: "required", params: { missingProperty: "policy_decisions" }, message: "must have required property 'policy_decisions'" };
          if (vErrors === null) {
            vErrors = [err57];
          } else {
            vErrors.push(err57);
          }
          errors++;
        }
        if (data20.workflow_count === void 0) {
          const err58 = { instancePath: instancePath + "/policy_summary", schemaPath: "#/properties/policy_summary/required", keyword: "required", params: { missingProperty: "workflow_count" }, message: "must have required property 'workflow_count'" };
          if (vErrors === null) {
            vErrors = [err58];
          } else {
            vErrors.push(err58);
          }
          errors++;
        }
        for (const key4 in data20) {
          if (!(key4 === "active_workflow_count" || key4 === "mcp_namespace_count" || key4 === "policy_decisions" || key4 === "workflow_count")) {
            const err59 = { instancePath: instancePath + "/policy_summary", schemaPath: "#/properties/policy_summary/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err59];
            } else {
              vErrors.push(err59);
            }
            errors++;
          }
        }
        if (data20.active_workflow_count !== void 0) {
          let data21 = data20.active_workflow_count;
          if (!(typeof data21 == "number" && (!(data21 % 1) && !isNaN(data21)) && isFinite(data21))) {
            const err60 = { instancePath: instancePath + "/policy_summary/active_workflow_count", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err60];
            } else {
              vErrors.push(err60);
            }
            errors++;
          }
          if (typeof data21 == "number" && isFinite(data21)) {
            if (data21 > 9007199254740991 || isNaN(data21)) {
              const err61 = { instancePath: instancePath + "/policy_summary/active_workflow_count", schemaPath: "#/$defs/count/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991" };
              if (vErrors === null) {
                vErrors = [err61];
              } else {
                vErrors.push(err61);
              }
              errors++;
            }
            if (data21 < 0 || isNaN(data21)) {
              const err62 = { instancePath: instancePath + "/policy_summary/active_workflow_count", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err62];
              } else {
                vErrors.push(err62);
              }
              errors++;
            }
          }
        }
        if (data20.mcp_namespace_count !== void 0) {
          let data22 = data20.mcp_namespace_count;
          if (!(typeof data22 == "number" && (!(data22 % 1) && !isNaN(data22)) && isFinite(data22))) {
            const err63 = { instancePath: instancePath + "/policy_summary/mcp_namespace_count", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err63];
            } else {
              vErrors.push(err63);
            }
            errors++;
          }
          if (typeof data22 == "number" && isFinite(data22)) {
            if (data22 > 9007199254740991 || isNaN(data22)) {
              const err64 = { instancePath: instancePath + "/policy_summary/mcp_namespace_count", schemaPath: "#/$defs/count/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991" };
              if (vErrors === null) {
                vErrors = [err64];
              } else {
                vErrors.push(err64);
              }
              errors++;
            }
            if (data22 < 0 || isNaN(data22)) {
              const err65 = { instancePath: instancePath + "/policy_summary/mcp_namespace_count", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err65];
              } else {
                vErrors.push(err65);
              }
              errors++;
            }
          }
        }
        if (data20.policy_decisions !== void 0) {
          let data23 = data20.policy_decisions;
          if (Array.isArray(data23)) {
            const len3 = data23.length;
            for (let i3 = 0; i3 < len3; i3++) {
              let data24 = data23[i3];
              if (!(data24 === "allow" || data24 === "allow_scoped_branch" || data24 === "allow_scoped_ticket" || data24 === "hold_for_approval" || data24 === "deny" || data24 === "kill_session")) {
                const err66 = { instancePath: instancePath + "/policy_summary/policy_decisions/" + i3, schemaPath: "#/$defs/decision/enum", keyword: "enum", params: { allowedValues: schema32.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err66];
                } else {
                  vErrors.push(err66);
                }
                errors++;
              }
            }
          } else {
            const err67 = { instancePath: instancePath + "/policy_summary/policy_decisions", schemaPath: "#/properties/policy_summary/properties/policy_decisions/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err67];
            } else {
              vErrors.push(err67);
            }
            errors++;
          }
        }
        if (data20.workflow_count !== void 0) {
          let data25 = data20.workflow_count;
          if (!(typeof data25 == "number" && (!(data25 % 1) && !isNaN(data25)) && isFinite(data25))) {
            const err68 = { instancePath: instancePath + "/policy_summary/workflow_count", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err68];
            } else {
              vErrors.push(err68);
            }
            errors++;
          }
          if (typeof data25 == "number" && isFinite(data25)) {
            if (data25 > 9007199254740991 || isNaN(data25)) {
              const err69 = { instancePath: instancePath + "/policy_summary/workflow_count", schemaPath: "#/$defs/count/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991" };
              if (vErrors === null) {
                vErrors = [err69];
              } else {
                vErrors.push(err69);
              }
              errors++;
            }
            if (data25 < 0 || isNaN(data25)) {
              const err70 = { instancePath: instancePath + "/policy_summary/workflow_count", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err70];
              } else {
                vErrors.push(err70);
              }
              errors++;
            }
          }
        }
      } else {
        const err71 = { instancePath: instancePath + "/policy_summary", schemaPath: "#/properties/policy_summary/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err71];
        } else {
          vErrors.push(err71);
        }
        errors++;
      }
    }
    if (data.schema_version !== void 0) {
      if ("1.0" !== data.schema_version) {
        const err72 = { instancePath: instancePath + "/schema_version", schemaPath: "#/properties/schema_version/const", keyword: "const", params: { allowedValue: "1.0" }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err72];
        } else {
          vErrors.push(err72);
        }
        errors++;
      }
    }
    if (data.source_manifest !== void 0) {
      let data27 = data.source_manifest;
      if (data27 && typeof data27 == "object" && !Array.isArray(data27)) {
        if (data27.last_reviewed === void 0) {
          const err73 = { instancePath: instancePath + "/source_manifest", schemaPath: "#/properties/source_manifest/required", keyword: "required", params: { missingProperty: "last_reviewed" }, message: "must have required property 'last_reviewed'" };
          if (vErrors === null) {
            vErrors = [err73];
          } else {
            vErrors.push(err73);
          }
          errors++;
        }
        if (data27.path === void 0) {
          const err74 = { instancePath: instancePath + "/source_manifest", schemaPath: "#/properties/source_manifest/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'" };
          if (vErrors === null) {
            vErrors = [err74];
          } else {
            vErrors.push(err74);
          }
          errors++;
        }
        if (data27.schema_version === void 0) {
          const err75 = { instancePath: instancePath + "/source_manifest", schemaPath: "#/properties/source_manifest/required", keyword: "required", params: { missingProperty: "schema_version" }, message: "must have required property 'schema_version'" };
          if (vErrors === null) {
            vErrors = [err75];
          } else {
            vErrors.push(err75);
          }
          errors++;
        }
        if (data27.sha256 === void 0) {
          const err76 = { instancePath: instancePath + "/source_manifest", schemaPath: "#/properties/source_manifest/required", keyword: "required", params: { missingProperty: "sha256" }, message: "must have required property 'sha256'" };
          if (vErrors === null) {
            vErrors = [err76];
          } else {
            vErrors.push(err76);
          }
          errors++;
        }
        for (const key5 in data27) {
          if (!(key5 === "last_reviewed" || key5 === "path" || key5 === "schema_version" || key5 === "sha256")) {
            const err77 = { instancePath: instancePath + "/source_manifest", schemaPath: "#/properties/source_manifest/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err77];
            } else {
              vErrors.push(err77);
            }
            errors++;
          }
        }
        if (data27.last_reviewed !== void 0) {
          let data28 = data27.last_reviewed;
          if (typeof data28 !== "string" && data28 !== null) {
            const err78 = { instancePath: instancePath + "/source_manifest/last_reviewed", schemaPath: "#/$defs/stringOrNull/type", keyword: "type", params: { type: schema34.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err78];
            } else {
              vErrors.push(err78);
            }
            errors++;
          }
        }
        if (data27.path !== void 0) {
          if (typeof data27.path !== "string") {
            const err79 = { instancePath: instancePath + "/source_manifest/path", schemaPath: "#/properties/source_manifest/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err79];
            } else {
              vErrors.push(err79);
            }
            errors++;
          }
        }
        if (data27.schema_version !== void 0) {
          let data30 = data27.schema_version;
          if (typeof data30 !== "string" && data30 !== null) {
            const err80 = { instancePath: instancePath + "/source_manifest/schema_version", schemaPath: "#/$defs/stringOrNull/type", keyword: "type", params: { type: schema34.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err80];
            } else {
              vErrors.push(err80);
            }
            errors++;
          }
        }
        if (data27.sha256 !== void 0) {
          let data31 = data27.sha256;
          if (typeof data31 === "string") {
            if (!pattern52.test(data31)) {
              const err81 = { instancePath: instancePath + "/source_manifest/sha256", schemaPath: "#/properties/source_manifest/properties/sha256/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: 'must match pattern "^[0-9a-f]{64}$"' };
              if (vErrors === null) {
                vErrors = [err81];
              } else {
                vErrors.push(err81);
              }
              errors++;
            }
          } else {
            const err82 = { instancePath: instancePath + "/source_manifest/sha256", schemaPath: "#/properties/source_manifest/properties/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err82];
            } else {
              vErrors.push(err82);
            }
            errors++;
          }
        }
      } else {
        const err83 = { instancePath: instancePath + "/source_manifest", schemaPath: "#/properties/source_manifest/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err83];
        } else {
          vErrors.push(err83);
        }
        errors++;
      }
    }
    if (data.standards_alignment !== void 0) {
      let data32 = data.standards_alignment;
      if (Array.isArray(data32)) {
        const len4 = data32.length;
        for (let i4 = 0; i4 < len4; i4++) {
          let data33 = data32[i4];
          if (!(data33 && typeof data33 == "object" && !Array.isArray(data33))) {
            const err84 = { instancePath: instancePath + "/standards_alignment/" + i4, schemaPath: "#/properties/standards_alignment/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err84];
            } else {
              vErrors.push(err84);
            }
            errors++;
          }
        }
      } else {
        const err85 = { instancePath: instancePath + "/standards_alignment", schemaPath: "#/properties/standards_alignment/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err85];
        } else {
          vErrors.push(err85);
        }
        errors++;
      }
    }
    if (data.workflow_policies !== void 0) {
      let data34 = data.workflow_policies;
      if (Array.isArray(data34)) {
        const len5 = data34.length;
        for (let i5 = 0; i5 < len5; i5++) {
          if (!validate212(data34[i5], { instancePath: instancePath + "/workflow_policies/" + i5, parentData: data34, parentDataProperty: i5, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate212.errors : vErrors.concat(validate212.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err86 = { instancePath: instancePath + "/workflow_policies", schemaPath: "#/properties/workflow_policies/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err86];
        } else {
          vErrors.push(err86);
        }
        errors++;
      }
    }
  } else {
    const err87 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err87];
    } else {
      vErrors.push(err87);
    }
    errors++;
  }
  validate202.errors = vErrors;
  return errors === 0;
}
validate202.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };

// src/pack/pack-shape.ts
function validatePackShape(value) {
  if (pack_validator_default(value)) return { valid: true, problems: [], pack: value };
  const problems = (pack_validator_default.errors ?? []).map((e) => {
    const p = e.params;
    if (e.keyword === "required")
      return { pointer: `${e.instancePath}/${escapePointerSegment(String(p.missingProperty))}`, message: "is required" };
    if (e.keyword === "additionalProperties") {
      return {
        pointer: `${e.instancePath}/${escapePointerSegment(String(p.additionalProperty))}`,
        message: "is not a field of a schema 1.0 pack"
      };
    }
    return { pointer: e.instancePath, message: e.message ?? `fails ${e.keyword}` };
  });
  return { valid: false, problems, pack: null };
}

// src/pack/manifest.ts
var ACCESS_MODES = ["read", "write_branch", "write_ticket", "approval_required"];
var WORKFLOW_STATUSES = ["pilot", "active", "paused", "retired"];
var MATURITY_STAGES = ["crawl", "walk", "run"];

// src/pack/files.ts
import { randomBytes } from "node:crypto";
import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, realpathSync, renameSync, rmSync, statSync, writeSync } from "node:fs";
import path from "node:path";
function resolvePackPaths(cwd, repoRoot, manifest, output) {
  const root = path.resolve(cwd, repoRoot ?? ".");
  const manifestAbs = path.resolve(root, manifest ?? DEFAULT_MANIFEST_PATH);
  const outputAbs = path.resolve(root, output ?? DEFAULT_PACK_PATH);
  const rel = (p) => path.relative(root, p).split(path.sep).join("/");
  const outputRel = rel(outputAbs);
  return {
    repoRoot: root,
    manifestAbs,
    outputAbs,
    manifestRel: rel(manifestAbs),
    outputRel: outputRel.startsWith("../") ? outputAbs : outputRel
  };
}
var PackFileError = class extends Error {
  name = "PackFileError";
};
var UTF8 = new TextDecoder("utf-8", { fatal: true });
function readTextFile(absPath, label) {
  let bytes;
  try {
    bytes = readFileSync(absPath);
  } catch (err) {
    const code = err.code;
    if (code === "ENOENT") return null;
    if (code === "EISDIR") throw new PackFileError(`${label} ${absPath} is a directory, not a file`);
    throw new PackFileError(`cannot read ${label} ${absPath}: ${err.message}`);
  }
  try {
    return UTF8.decode(bytes);
  } catch {
    throw new PackFileError(`${label} ${absPath} is not valid UTF-8 text`);
  }
}
function writeFileAtomic(absPath, text) {
  const dir = path.dirname(absPath);
  const temp = path.join(dir, `.${path.basename(absPath)}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    mkdirSync(dir, { recursive: true });
    const fd = openSync(temp, "wx", 420);
    try {
      const bytes = Buffer.from(text, "utf8");
      for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done, bytes.length - done);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, absPath);
  } catch (err) {
    rmSync(temp, { force: true });
    throw new PackFileError(`cannot write ${absPath}: ${err.message}`);
  }
}
function sameFile(a, b) {
  if (path.resolve(a) === path.resolve(b)) return true;
  try {
    if (realpathSync(a) === realpathSync(b)) return true;
    const sa = statSync(a);
    const sb = statSync(b);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}
function checkPackOutput(paths, existing) {
  if (sameFile(paths.outputAbs, paths.manifestAbs)) {
    throw new PackFileError(
      `--output ${paths.outputRel} is the manifest ${paths.manifestRel}: writing the pack there would destroy the manifest; choose another --output`
    );
  }
  if (existing === null) return;
  let value;
  try {
    value = JSON.parse(existing);
  } catch {
    value = void 0;
  }
  const v = value;
  const isPack = v !== null && typeof v === "object" && !Array.isArray(v) && typeof v.schema_version === "string" && typeof v.policy_id === "string" && Array.isArray(v.workflow_policies);
  if (!isPack) {
    throw new PackFileError(
      `refusing to overwrite ${paths.outputRel}: it exists and is not a policy pack (no schema_version, policy_id and workflow_policies); move it or choose another --output`
    );
  }
}

// src/pack/compile-lean.ts
async function compileManifestLean(text, options = {}) {
  const lf = normaliseLineEndings(text);
  const format = options.format ?? detectFormat(lf, manifestPathOf(options));
  const parsed = format === "json" ? parseJsonManifest(lf) : (await import("./parse-yaml-AR356EKW.js")).parseYamlManifest(lf);
  return compileParsedManifest(parsed, lf, options);
}
function isYamlManifest(text, manifestPath) {
  return detectFormat(normaliseLineEndings(text), manifestPath) !== "json";
}
async function loadYamlParser() {
  return (await import("./parse-yaml-AR356EKW.js")).parseYamlManifest;
}
function regenerateLikeLean(manifestText, committedPackText, options, parseYaml) {
  const lf = normaliseLineEndings(manifestText);
  const compileOptions = { ...options, ...identityOf(committedPackText) };
  const format = compileOptions.format ?? detectFormat(lf, manifestPathOf(compileOptions));
  if (format === "json") return compileParsedManifest(parseJsonManifest(lf), lf, compileOptions);
  if (parseYaml === void 0) throw new Error("the manifest is YAML and no YAML parser was loaded to read it");
  return compileParsedManifest(parseYaml(lf), lf, compileOptions);
}

export {
  ACCESS_DECISIONS,
  CRAWL_MAX_CHANGED_FILES,
  CRAWL_MAX_DIFF_LINES,
  assessPosture,
  compileParsedManifest,
  manifestPathOf,
  identityOf,
  validatePackShape,
  ACCESS_MODES,
  WORKFLOW_STATUSES,
  MATURITY_STAGES,
  resolvePackPaths,
  PackFileError,
  readTextFile,
  writeFileAtomic,
  checkPackOutput,
  compileManifestLean,
  isYamlManifest,
  loadYamlParser,
  regenerateLikeLean
};
