import { createRequire as __mgpCreateRequire } from 'node:module';
const require = __mgpCreateRequire(import.meta.url);
import {
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
  info,
  setFailed,
  setOutput,
  warning
} from "./chunk-K3UQ2E6L.js";
import "./chunk-52PJVBLV.js";
import "./chunk-XTAHM434.js";
import "./chunk-3E2C7ZGU.js";
import "./chunk-P25BMAAV.js";
import "./chunk-YXQSOUEQ.js";
import "./chunk-HG5UN27J.js";
import "./chunk-MSBYZGYY.js";
import "./chunk-MHXBMGPT.js";
import "./chunk-5TZFI64R.js";

// src/action/merge-group.ts
import { readFile } from "node:fs/promises";
var QUEUE_REF = /^refs\/heads\/gh-readonly-queue\/.+\/pr-(\d+)-[0-9a-f]{40}$/;
function parseMergeGroupEvent(payload, repository) {
  const p = payload;
  const mg = p?.merge_group;
  if (!mg || typeof mg !== "object") throw new Error("event payload: merge_group is missing");
  const headSha = typeof mg.head_sha === "string" ? mg.head_sha : "";
  if (!/^[0-9a-f]{40}$/.test(headSha)) throw new Error("event payload: merge_group.head_sha is not a 40-hex commit id");
  const headRef = typeof mg.head_ref === "string" ? mg.head_ref : "";
  const m = QUEUE_REF.exec(headRef);
  if (!m)
    throw new Error(
      `event payload: merge_group.head_ref ${JSON.stringify(headRef)} does not name a pull request (refs/heads/gh-readonly-queue/<base>/pr-<number>-<sha>)`
    );
  const fullName = (typeof p?.repository?.full_name === "string" ? p.repository.full_name : null) ?? repository ?? "";
  const [owner, repo, extra] = fullName.split("/");
  if (!owner || !repo || extra !== void 0) throw new Error("event payload: repository.full_name is missing");
  return { action: typeof p?.action === "string" ? p.action : null, owner, repo, headSha, headRef, prNumber: Number(m[1]) };
}
async function runMergeGroup(inputs, env) {
  if (!env.GITHUB_EVENT_PATH) throw new Error("GITHUB_EVENT_PATH is not set: run this step in a GitHub Actions workflow");
  const event = parseMergeGroupEvent(JSON.parse(await readFile(env.GITHUB_EVENT_PATH, "utf8")), env.GITHUB_REPOSITORY);
  if (event.action === "destroyed") {
    info(`Merge group ${event.headSha.slice(0, 7)} was destroyed: nothing to check.`);
    return;
  }
  const gh = createOctokit(inputs.token, { baseUrl: env.GITHUB_API_URL, warn: (m) => warning(m) });
  const where = { owner: event.owner, repo: event.repo };
  const fail = (why) => ({ state: "failure", why });
  let verdict;
  try {
    const { data: pull } = await gh.rest.pulls.get({ ...where, pull_number: event.prNumber });
    const prHead = pull.head.sha;
    const ourLogin = (await resolveCommentLogin(gh, inputs.commentAuthor, inputs.token)).login.toLowerCase();
    const statuses = await gh.paginate(gh.rest.repos.listCommitStatusesForRef, { ...where, ref: prHead, per_page: 100 });
    const ours = statuses.find((s) => s.context === inputs.statusContext && (s.creator?.login ?? "").toLowerCase() === ourLogin);
    const head = prHead.slice(0, 7);
    if (!ours) verdict = fail(`PR #${event.prNumber} has no ${inputs.statusContext} status from ${ourLogin} on its head ${head}`);
    else if (ours.state === "success")
      verdict = { state: "success", why: `PR #${event.prNumber} passed the admission check on its head ${head}` };
    else verdict = fail(`PR #${event.prNumber}'s admission check on its head ${head} is ${ours.state}`);
  } catch (err) {
    const outage = apiOutage(gh);
    if (outage) {
      setOutput("decision", "deny");
      setFailed(`mcp-gateway-policy: ${outage.message}. ${outageNextStep(outage, env.GITHUB_API_URL || DEFAULT_API_URL)}`);
      return;
    }
    verdict = fail(`cannot read PR #${event.prNumber}'s admission verdict (${describeApiError(err)})`);
  }
  setOutput("decision", verdict.state === "success" ? "allow" : "deny");
  if (inputs.status) {
    try {
      await gh.rest.repos.createCommitStatus({
        ...where,
        sha: event.headSha,
        state: verdict.state,
        context: inputs.statusContext,
        description: verdict.why.slice(0, 140),
        ...env.GITHUB_SERVER_URL && env.GITHUB_RUN_ID ? { target_url: `${env.GITHUB_SERVER_URL}/${event.owner}/${event.repo}/actions/runs/${env.GITHUB_RUN_ID}` } : {}
      });
    } catch (err) {
      warning(`could not set the status on the merge group ${event.headSha.slice(0, 7)}: ${describeApiError(err)}`);
    }
  }
  const line = `mcp-gateway-policy: merge group ${event.headSha.slice(0, 7)}: ${verdict.state} \u2014 ${verdict.why}.`;
  if (verdict.state === "success") info(line);
  else setFailed(line);
}
export {
  parseMergeGroupEvent,
  runMergeGroup
};
