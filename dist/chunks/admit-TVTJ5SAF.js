import { createRequire as __mgpCreateRequire } from 'node:module';
const require = __mgpCreateRequire(import.meta.url);
import {
  DOCUMENTED_ACTIONS,
  EventError,
  fetchAdmissionInput,
  openLocalHistory,
  parsePullRequestEvent,
  publishEvidence,
  resolveCommentLogin
} from "./chunk-PIEOODRD.js";
import {
  DEFAULT_API_URL,
  apiOutage,
  createOctokit,
  describeApiError,
  outageNextStep
} from "./chunk-AEZ3ICQC.js";
import {
  core_exports,
  info,
  setFailed,
  setOutput,
  warning
} from "./chunk-K3UQ2E6L.js";
import "./chunk-52PJVBLV.js";
import {
  escapeSentence,
  isOffendingPath,
  makeVisible,
  renderEvidenceMarkdown,
  sealEvidence,
  truncate
} from "./chunk-XTAHM434.js";
import {
  admitLean,
  applyPolicyChange,
  markShadow
} from "./chunk-ZWD5BTY6.js";
import "./chunk-M7EAQHFK.js";
import "./chunk-3E2C7ZGU.js";
import {
  canonicalJson
} from "./chunk-P25BMAAV.js";
import "./chunk-YXQSOUEQ.js";
import "./chunk-IQSXUR46.js";
import "./chunk-HG5UN27J.js";
import {
  agentDirectory,
  declaredBranchPrefixes,
  isAgentAuthored
} from "./chunk-MSBYZGYY.js";
import "./chunk-MHXBMGPT.js";
import "./chunk-5TZFI64R.js";

// src/action/admit.ts
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

// src/action/actions-output.ts
var ANNOTATIONS_PER_KIND = 10;
var VERDICT_WORDS = {
  allowed: "allowed",
  forbidden: "forbidden by the workflow policy",
  not_allowed: "outside the paths the workflow may change",
  invalid: "an invalid path",
  always_forbidden: "always forbidden for agents",
  symlink: "a symlink (denied by default)",
  submodule: "a submodule (denied by default)",
  unchecked: "not checked (the request was refused before path checks)"
};
function pathAnnotation(p) {
  const name = truncate(makeVisible(p.path), 300);
  const from = p.previous_path ? ` (renamed from ${truncate(makeVisible(p.previous_path), 300)})` : "";
  const rule = p.rule ? `; rule ${truncate(makeVisible(p.rule), 200)}` : "";
  return `${name}${from} is ${VERDICT_WORDS[p.verdict] ?? p.verdict}${rule}`;
}
async function reportEvidenceToActions(record, o = {}) {
  const core = o.core ?? core_exports;
  const maxErrors = o.maxErrors ?? ANNOTATIONS_PER_KIND - 1;
  const maxWarnings = o.maxWarnings ?? ANNOTATIONS_PER_KIND;
  const problems = [];
  let errors = 0;
  let warnings = 0;
  const failing = record.decision === "deny" || record.decision === "kill_session";
  const offending = record.paths.filter(isOffendingPath);
  if (offending.length > 0) {
    const emit = (m, props) => failing ? core.error(m, props) : core.warning(m, props);
    const cap = failing ? maxErrors : maxWarnings;
    const room = offending.length > cap ? cap - 1 : cap;
    for (const p of offending.slice(0, room)) {
      emit(pathAnnotation(p), { file: p.path, title: "mcp-gateway-policy: path not allowed" });
    }
    if (offending.length > room) {
      emit(`\u2026and ${offending.length - room} more offending paths: see the job summary or the evidence record`, {
        title: "mcp-gateway-policy: more paths"
      });
    }
    if (failing) errors += Math.min(offending.length, cap);
    else warnings += Math.min(offending.length, cap);
  }
  const notes = [...record.notes];
  if (record.decision === "hold_for_approval") notes.unshift(...record.next_steps);
  const warnRoom = maxWarnings - warnings;
  if (notes.length > 0 && warnRoom > 0) {
    const room = notes.length > warnRoom ? warnRoom - 1 : warnRoom;
    for (const n of notes.slice(0, room)) core.warning(truncate(makeVisible(n), 1e3), { title: "mcp-gateway-policy" });
    if (notes.length > room) core.warning(`\u2026and ${notes.length - room} more notes in the job summary`, { title: "mcp-gateway-policy" });
    warnings += Math.min(notes.length, warnRoom);
  }
  let summaryWritten = false;
  try {
    core.summary.addRaw(renderEvidenceMarkdown(record, { marker: false }), true);
    await core.summary.write();
    summaryWritten = true;
  } catch (err) {
    problems.push(`could not write the job summary: ${err?.message ?? String(err)}`);
  }
  return { summaryWritten, errors, warnings, problems };
}

// src/action/admit.ts
function redactor(token) {
  return token.length >= 4 ? (s) => s.split(token).join("***") : (s) => s;
}
async function readEvent(env) {
  if (!env.GITHUB_EVENT_PATH) throw new EventError("GITHUB_EVENT_PATH is not set: run this step in a GitHub Actions workflow");
  let payload;
  try {
    payload = JSON.parse(await readFile(env.GITHUB_EVENT_PATH, "utf8"));
  } catch (err) {
    throw new EventError(`cannot read the event payload at GITHUB_EVENT_PATH: ${err.message}`);
  }
  return parsePullRequestEvent(env.GITHUB_EVENT_NAME, payload, env.GITHUB_REPOSITORY);
}
function agentPullDetector(extraAgents) {
  const agents = agentDirectory(extraAgents);
  let cached = null;
  return (packText, pull) => {
    if (cached?.packText !== packText) cached = { packText, prefixes: prefixesOf(packText) };
    return isAgentAuthored(cached.prefixes, agents, pull.head_ref, pull.author);
  };
}
function prefixesOf(packText) {
  try {
    return declaredBranchPrefixes(JSON.parse(packText ?? "null"));
  } catch {
    return [];
  }
}
function countRequests(gh) {
  const counts = { reads: 0, writes: 0 };
  gh.hook.before("request", (options) => {
    if (options.method === "GET" || options.method === "HEAD") counts.reads++;
    else counts.writes++;
  });
  return counts;
}
async function runAdmit(inputs, env) {
  if (env.GITHUB_EVENT_NAME === "merge_group") {
    const { runMergeGroup } = await import("./merge-group-P65VFKZI.js");
    return runMergeGroup(inputs, env);
  }
  const safe = redactor(inputs.token);
  const warn = (m) => warning(safe(m));
  const event = await readEvent(env);
  noteTrigger(event);
  warnFailOn(inputs, warn);
  const gh = createOctokit(inputs.token, { baseUrl: env.GITHUB_API_URL, warn });
  const requests = countRequests(gh);
  const decided = await decide(gh, inputs, env, event, safe);
  if (decided === null) return;
  info(`GitHub API requests to decide: ${requests.reads}.`);
  await report(gh, inputs, env, event, decided.record, decided.comments, warn);
  info(`GitHub API requests in total: ${requests.reads} reads, ${requests.writes} writes.`);
  finish(inputs, decided.record, safe);
}
function noteTrigger(event) {
  if (event.action && !DOCUMENTED_ACTIONS[event.name].includes(event.action)) {
    info(`Evaluating ${event.name}.${event.action}; the documented triggers are ${DOCUMENTED_ACTIONS[event.name].join(", ")}.`);
  }
}
function warnFailOn(inputs, warn) {
  for (const d of ["deny", "kill_session"]) {
    if (!inputs.failOn.includes(d))
      warn(`fail-on leaves out ${d}, but ${d} always fails the step: a required check must never pass a ${d}.`);
  }
}
async function decide(gh, inputs, env, event, safe) {
  const local = await openLocalHistory(env.GITHUB_WORKSPACE);
  try {
    const fetched = await fetchAdmissionInput(admissionRequest(gh, inputs, env, event, local));
    const outage = apiOutage(gh);
    if (outage) {
      setOutput("decision", "deny");
      setFailed(safe(`mcp-gateway-policy: ${outage.message}. ${outageNextStep(outage, env.GITHUB_API_URL || DEFAULT_API_URL)}`));
      return null;
    }
    let result = await admitLean(redactInput(fetched.input, safe));
    const { reviewPolicyChange } = await import("./policy-change-25CBY5NV.js");
    const change = result.decision === "deny" || result.decision === "kill_session" ? null : await reviewPolicyChange(gh, event, inputs, {
      files: fetched.input.files,
      filesProblem: fetched.input.files_problem,
      reviews: fetched.input.reviews
    });
    if (change) result = applyPolicyChange(result, change, event.pr.head_sha);
    if (!inputs.enforce) result = markShadow(result);
    return { record: sealEvidence(result), comments: fetched.comments };
  } finally {
    await local?.close();
  }
}
function admissionRequest(gh, inputs, env, event, local) {
  return {
    gh,
    event,
    packPath: inputs.packPath,
    manifestPath: inputs.manifestPath,
    reviewerPools: inputs.reviewerPools,
    config: {
      workflow_id: inputs.workflowId,
      workflow_from: inputs.workflowFrom,
      change_class: inputs.changeClass,
      tool_namespace: inputs.toolNamespace,
      agents: inputs.agents,
      approvals: inputs.approvals,
      kill_signal: inputs.killSignal,
      kill_label: inputs.killLabel,
      expect_pack_sha256: inputs.expectPackSha256
    },
    context: {
      event_name: event.name,
      repository: `${event.owner}/${event.repo}`,
      github_run_id: env.GITHUB_RUN_ID ?? null,
      github_run_attempt: env.GITHUB_RUN_ATTEMPT ?? null,
      now: (/* @__PURE__ */ new Date()).toISOString()
    },
    local,
    isAgentPull: agentPullDetector(inputs.agents)
  };
}
function finish(inputs, record, safe) {
  const decision = record.decision;
  const failing = decision === "deny" || decision === "kill_session" || decision === "hold_for_approval" && inputs.failOn.includes("hold_for_approval");
  const line = safe(
    `mcp-gateway-policy: ${inputs.enforce ? "" : "shadow: would "}${decision}${record.summary ? ` \u2014 ${record.summary}` : ""}`
  );
  if (failing && inputs.enforce) setFailed(line);
  else info(line);
}
function redactInput(input, safe) {
  return {
    ...input,
    files_problem: input.files_problem === null ? null : safe(input.files_problem),
    base: { ...input.base, problem: input.base.problem === null ? null : safe(input.base.problem) },
    problems: input.problems?.map(safe),
    context: { ...input.context, notes: input.context.notes.map(safe) }
  };
}
async function report(gh, inputs, env, event, record, comments, warn) {
  const where = { owner: event.owner, repo: event.repo };
  setOutput("decision", record.decision);
  setOutput("workflow-id", record.workflow_id ?? "");
  setOutput("agent-class", record.agent_class ?? "");
  setOutput("run-id", record.run_id ?? "");
  setOutput("pack-sha256", record.pack_sha256 ?? "");
  setOutput("manifest-sha256", record.manifest_sha256 ?? "");
  try {
    await mkdir(path.dirname(path.resolve(inputs.evidencePath)), { recursive: true });
    await writeFile(inputs.evidencePath, canonicalJson(record));
    setOutput("evidence-path", inputs.evidencePath);
  } catch (err) {
    warn(`could not write the evidence record to ${inputs.evidencePath}: ${err.message}`);
  }
  const actions = await reportEvidenceToActions(record);
  actions.problems.forEach(warn);
  const needLogin = inputs.comment && record.decision !== "not_applicable";
  const ourLogin = needLogin ? (await resolveCommentLogin(gh, inputs.commentAuthor, inputs.token)).login : "";
  const published = await publishEvidence(gh, record, {
    ...where,
    issue_number: event.pr.number,
    sha: event.pr.head_sha,
    ourLogin,
    comment: inputs.comment,
    status: inputs.status,
    statusContext: inputs.statusContext,
    targetUrl: env.GITHUB_SERVER_URL && env.GITHUB_RUN_ID ? `${env.GITHUB_SERVER_URL}/${event.owner}/${event.repo}/actions/runs/${env.GITHUB_RUN_ID}` : null,
    comments,
    shadow: !inputs.enforce
  });
  published.warnings.forEach(warn);
  if (record.decision === "kill_session" && inputs.onKill === "close" && event.state !== "closed") {
    await closeOnKill(gh, event, record, warn);
  }
}
async function closeOnKill(gh, event, record, warn) {
  const where = { owner: event.owner, repo: event.repo };
  const body = [
    `\u{1F6D1} **Closed by mcp-gateway-policy: the agent session was killed.**`,
    "",
    escapeSentence(record.summary || "A kill signal is set for this pull request."),
    "",
    `Run id: ${escapeSentence(record.run_id ?? "unknown")}. A maintainer clears the kill signal before any agent work resumes.`
  ].join("\n");
  try {
    await gh.rest.issues.createComment({ ...where, issue_number: event.pr.number, body });
  } catch (err) {
    warn(`could not comment before closing the pull request: ${describeApiError(err)}`);
  }
  try {
    await gh.rest.pulls.update({ ...where, pull_number: event.pr.number, state: "closed" });
    info(`Closed pull request #${event.pr.number} (on-kill: close).`);
  } catch (err) {
    warn(`could not close the pull request: ${describeApiError(err)}`);
  }
}
export {
  runAdmit
};
