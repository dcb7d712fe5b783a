import { createRequire as __mgpCreateRequire } from 'node:module';
const require = __mgpCreateRequire(import.meta.url);
import {
  DEFAULT_INTENT,
  DEFAULT_MANIFEST_PATH,
  DEFAULT_POLICY_ID,
  PACK_SCHEMA_VERSION,
  assessPosture
} from "./chunk-PABWOY3E.js";
import {
  canonicalJson,
  compareCodePoints,
  sha256Hex
} from "./chunk-UJ5YAZDM.js";
import {
  ManifestError
} from "./chunk-NWVMCMAX.js";
import {
  escapePointerSegment
} from "./chunk-IOPAOPV6.js";

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
    // Only the required phases, in their declared order, as the original generator emits them: a
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
function findNonFiniteNumbers(value, path, out) {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) out.push({ pointer: path.map((p) => `/${escapePointerSegment(p)}`).join(""), message: `must be a finite number, not ${value}` });
  } else if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      path.push(String(i));
      findNonFiniteNumbers(value[i], path, out);
      path.pop();
    }
  } else if (isObject(value)) {
    for (const k of Object.keys(value)) {
      path.push(k);
      findNonFiniteNumbers(value[k], path, out);
      path.pop();
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
      return { pointer, message: `lists the same value twice (items ${Math.min(Number(p.i), Number(p.j))} and ${Math.max(Number(p.i), Number(p.j))})` };
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
  return `${typeof v} ${String(v)}`;
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
  const locate = (p) => ({ ...p, ...nearestPosition(parsed.locate, p.pointer) });
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

export {
  ACCESS_DECISIONS,
  compileParsedManifest,
  manifestPathOf,
  identityOf
};
