import { createRequire as __mgpCreateRequire } from 'node:module';
const require = __mgpCreateRequire(import.meta.url);
import {
  getInput,
  setFailed,
  setSecret,
  warning
} from "./chunks/chunk-K3UQ2E6L.js";
import "./chunks/chunk-52PJVBLV.js";
import {
  require_dist
} from "./chunks/chunk-3JKC6G2R.js";
import {
  parseWorkflowFrom
} from "./chunks/chunk-ZWD5BTY6.js";
import "./chunks/chunk-M7EAQHFK.js";
import "./chunks/chunk-3E2C7ZGU.js";
import "./chunks/chunk-P25BMAAV.js";
import "./chunks/chunk-YXQSOUEQ.js";
import "./chunks/chunk-IQSXUR46.js";
import {
  parseReviewerPools
} from "./chunks/chunk-MSBYZGYY.js";
import "./chunks/chunk-MHXBMGPT.js";
import {
  __toESM
} from "./chunks/chunk-5TZFI64R.js";

// src/action/inputs.ts
var import_yaml = __toESM(require_dist(), 1);
var InputError = class extends Error {
  name = "InputError";
};
var FAIL_ON = ["deny", "kill_session", "hold_for_approval"];
function oneOf(name, raw, valid, fallback) {
  const v = raw.trim() === "" ? fallback : raw.trim();
  if (!valid.includes(v)) {
    throw new InputError(`input "${name}" is "${v}"; valid values: ${valid.join(", ")}`);
  }
  return v;
}
function bool(name, raw, fallback) {
  const v = raw.trim().toLowerCase();
  if (v === "") return fallback;
  if (v === "true") return true;
  if (v === "false") return false;
  throw new InputError(`input "${name}" is "${raw}"; valid values: true, false`);
}
function yamlMap(name, raw) {
  if (raw.trim() === "") return {};
  let parsed;
  try {
    parsed = (0, import_yaml.parse)(raw);
  } catch (err) {
    throw new InputError(`input "${name}" is not valid YAML: ${err.message}`);
  }
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) {
    throw new InputError(`input "${name}" must be a YAML map`);
  }
  return parsed;
}
function workflowFromInput(raw) {
  try {
    return parseWorkflowFrom(raw);
  } catch (err) {
    throw new InputError(`input "workflow-from": ${err.message}`);
  }
}
function parseInputs(get, env = {}) {
  const agentsRaw = yamlMap("agents", get("agents"));
  const agents = {};
  for (const [login, cls] of Object.entries(agentsRaw)) {
    if (typeof cls !== "string" || cls.trim() === "") {
      throw new InputError(`input "agents": login "${login}" must map to an agent class name`);
    }
    agents[login] = cls.trim();
  }
  let reviewerPools;
  try {
    reviewerPools = parseReviewerPools(yamlMap("reviewer-pools", get("reviewer-pools")), 'input "reviewer-pools"');
  } catch (err) {
    throw err instanceof InputError ? err : new InputError(err.message);
  }
  const failOnRaw = get("fail-on").trim();
  const failOn = (failOnRaw === "" ? [...FAIL_ON] : failOnRaw.split(/[\s,]+/).filter(Boolean)).map(
    (v) => oneOf("fail-on", v, FAIL_ON, "deny")
  );
  const pin = get("expect-pack-sha256").trim().toLowerCase();
  if (pin !== "" && !/^[0-9a-f]{64}$/.test(pin)) {
    throw new InputError('input "expect-pack-sha256" must be 64 hex characters');
  }
  const policyOwners = get("policy-owners").trim() || null;
  if (policyOwners !== null && !Object.prototype.hasOwnProperty.call(reviewerPools, policyOwners)) {
    const pools = Object.keys(reviewerPools);
    throw new InputError(
      `input "policy-owners" is "${policyOwners}", which is not a pool of input "reviewer-pools"; valid values: ${pools.length > 0 ? pools.join(", ") : "(reviewer-pools is empty)"}`
    );
  }
  const or = (v, d) => v.trim() === "" ? d : v.trim();
  return {
    mode: oneOf("mode", get("mode"), ["admit", "check"], "admit"),
    token: get("token"),
    manifestPath: get("manifest-path").trim() || null,
    packPath: or(get("pack-path"), "data/policy/mcp-gateway-policy.json"),
    workflowId: get("workflow-id").trim() || null,
    workflowFrom: workflowFromInput(get("workflow-from")),
    changeClass: get("change-class").trim() || null,
    toolNamespace: or(get("tool-namespace"), "repo.contents"),
    agents,
    reviewerPools,
    approvals: oneOf("approvals", get("approvals"), ["all", "any"], "all"),
    killSignal: get("kill-signal").trim() || null,
    killLabel: or(get("kill-label"), "agent-kill-session"),
    onKill: oneOf("on-kill", get("on-kill"), ["fail", "close"], "fail"),
    failOn,
    comment: bool("comment", get("comment"), true),
    commentAuthor: get("comment-author").trim() || null,
    status: bool("status", get("status"), true),
    statusContext: or(get("status-context"), "mcp-gateway-policy/admission"),
    evidencePath: or(get("evidence-path"), `${env.RUNNER_TEMP ?? "."}/mcp-gateway-policy-evidence.json`),
    expectPackSha256: pin || null,
    policyOwners,
    enforce: bool("enforce", get("enforce"), true)
  };
}

// src/action/main.ts
async function run(env = process.env) {
  let enforce = true;
  try {
    const inputs = parseInputs((name) => getInput(name), env);
    enforce = inputs.enforce;
    if (inputs.token) setSecret(inputs.token);
    if (inputs.mode === "check") {
      const { runCheck } = await import("./chunks/check-GG36SYYU.js");
      await runCheck(inputs, env);
    } else {
      const { runAdmit } = await import("./chunks/admit-TVTJ5SAF.js");
      await runAdmit(inputs, env);
    }
  } catch (err) {
    const message = err instanceof InputError ? err.message : `mcp-gateway-policy failed: ${err?.message ?? String(err)}`;
    if (!enforce && !(err instanceof InputError)) warning(`shadow: would fail: ${message}`);
    else setFailed(message);
  }
}

// src/index.ts
await run();
