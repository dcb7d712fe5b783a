import { createRequire as __mgpCreateRequire } from 'node:module';
const require = __mgpCreateRequire(import.meta.url);
import {
  quoteValue
} from "./chunk-NG3PRXOB.js";

// src/admission/identify.ts
var TRAILER_ID = /^[A-Za-z0-9][A-Za-z0-9._:/@+-]{0,199}$/;
var TRAILER_ID_CHARS = "letters, digits and . _ : / @ + - (at most 200)";
function trailerValues(body, key) {
  const re = new RegExp(`^[ \\t]*${key}[ \\t]*:[ \\t]*(\\S+)[ \\t]*$`, "gim");
  return [...body.replace(/\r\n?/g, "\n").matchAll(re)].map((m) => m[1]);
}
function workflowFromBranch(branch, prefixes, declared) {
  const found = /* @__PURE__ */ new Set();
  for (const prefix of prefixes) {
    if (prefix === "" || !branch.startsWith(prefix)) continue;
    const rest = branch.slice(prefix.length);
    const slash = rest.indexOf("/");
    if (slash > 0 && declared.has(rest.slice(0, slash))) found.add(rest.slice(0, slash));
  }
  return [...found];
}
var WORKFLOW_SOURCES = ["input", "branch", "trailer"];
var DEFAULT_WORKFLOW_FROM = ["input", "branch"];
function parseWorkflowFrom(raw) {
  const values = raw.split(/[\s,]+/).filter(Boolean);
  if (values.length === 0) return [...DEFAULT_WORKFLOW_FROM];
  for (const v of values) {
    if (!WORKFLOW_SOURCES.includes(v)) throw new Error(`"${v}" is not a workflow source; valid values: ${WORKFLOW_SOURCES.join(", ")}`);
  }
  return [...new Set(values)];
}
function resolveWorkflow(configured, branch, body, prefixes, declared, options = {}) {
  const from = options.from ?? DEFAULT_WORKFLOW_FROM;
  const words = options.local ? LOCAL_WORDS : ACTION_WORDS;
  const all = [
    ...configured ? [{ source: "input", value: configured }] : [],
    ...workflowFromBranch(branch, prefixes, declared).map((value) => ({ source: "branch", value })),
    ...trailerValues(body, "Workflow-Id").map((value) => ({ source: "trailer", value }))
  ];
  const sources = all.filter((s) => from.includes(s.source));
  const ignored = all.filter((s) => !from.includes(s.source));
  const unsafe = sources.find((s) => s.source === "trailer" && !TRAILER_ID.test(s.value));
  if (unsafe) return { workflow_id: null, sources, ignored, problem: `The Workflow-Id trailer ${quoteValue(unsafe.value)} is not a workflow id: it may hold ${TRAILER_ID_CHARS}.` };
  const distinct = [...new Set(sources.map((s) => s.value))];
  if (distinct.length === 1) return { workflow_id: distinct[0], sources, ignored, problem: null };
  if (distinct.length === 0) {
    const ways = from.map((f) => words.ways[f]).join(", or ");
    return { workflow_id: null, sources, ignored, problem: `No workflow id: ${ways}.` };
  }
  return {
    workflow_id: null,
    sources,
    ignored,
    problem: `The workflow id sources disagree: ${sources.map((s) => `${words.names[s.source]} says "${s.value}"`).join(", ")}.`
  };
}
var ACTION_WORDS = {
  ways: {
    input: "set the `workflow-id` input",
    branch: "name the branch `<prefix><workflow_id>/\u2026`",
    trailer: "add a `Workflow-Id: <id>` trailer to the PR description"
  },
  names: { input: "the workflow-id input", branch: "the branch name", trailer: "a Workflow-Id trailer" }
};
var LOCAL_WORDS = {
  ways: {
    input: "pass `--workflow-id <id>`",
    branch: "name the branch `<prefix><workflow_id>/\u2026` (or pass it with `--branch`)",
    trailer: "add a `Workflow-Id: <id>` trailer to the head commit message"
  },
  names: { input: "--workflow-id", branch: "the branch name", trailer: "a Workflow-Id trailer" }
};
function resolveRunId(configured, body, prNumber, headSha) {
  if (configured) return configured;
  const trailer = trailerValues(body, "Run-Id")[0];
  if (trailer !== void 0) return trailer;
  return prNumber > 0 ? `pr-${prNumber}-${headSha}` : `local-${headSha}`;
}
function runIdTrailerProblem(configured, body) {
  if (configured) return null;
  const trailer = trailerValues(body, "Run-Id")[0];
  if (trailer === void 0 || TRAILER_ID.test(trailer)) return null;
  return `The Run-Id trailer ${quoteValue(trailer)} is not a run id: it may hold ${TRAILER_ID_CHARS}.`;
}

export {
  trailerValues,
  DEFAULT_WORKFLOW_FROM,
  parseWorkflowFrom,
  resolveWorkflow,
  resolveRunId,
  runIdTrailerProblem
};
