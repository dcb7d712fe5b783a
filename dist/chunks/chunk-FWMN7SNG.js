import { createRequire as __mgpCreateRequire } from 'node:module';
const require = __mgpCreateRequire(import.meta.url);
import {
  EVIDENCE_MARKER,
  GITHUB_COMMENT_LIMIT
} from "./chunk-7TI5GDO4.js";

// src/github/comment.ts
var GITHUB_ACTIONS_LOGIN = "github-actions[bot]";
function describeFailure(err) {
  const e = err ?? {};
  const msg = typeof e.response?.data?.message === "string" ? e.response.data.message : typeof e.message === "string" ? e.message : String(err);
  const line = msg.split("\n")[0].slice(0, 200);
  return typeof e.status === "number" ? `HTTP ${e.status}: ${line}` : line;
}
var sameLogin = (a, b) => a !== void 0 && a.toLowerCase() === b.toLowerCase();
async function upsertStickyComment(octokit, p) {
  const marker = p.marker ?? EVIDENCE_MARKER;
  const body = p.body.startsWith(marker) ? p.body : `${marker}
${p.body}`;
  if (body.length > GITHUB_COMMENT_LIMIT) {
    return { ok: false, warning: `evidence comment not posted: ${body.length} characters is over GitHub's ${GITHUB_COMMENT_LIMIT}` };
  }
  const where = { owner: p.owner, repo: p.repo };
  let comments;
  try {
    comments = p.comments ?? await octokit.paginate(octokit.rest.issues.listComments, { ...where, issue_number: p.issue_number, per_page: 100 });
  } catch (err) {
    return { ok: false, warning: `could not list the pull request's comments to find ours: ${describeFailure(err)}` };
  }
  const withMarker = comments.filter((c) => (c.body ?? "").includes(marker));
  const ours = withMarker.filter((c) => sameLogin(c.user?.login, p.ourLogin) && (c.body ?? "").startsWith(marker)).sort((a, b) => a.created_at.localeCompare(b.created_at) || a.id - b.id);
  const ignored = withMarker.filter((c) => !ours.includes(c)).map((c) => c.id);
  const warnings = [];
  if (ignored.length > 0) {
    warnings.push(`ignored ${ignored.length} comment(s) carrying the evidence marker that ${p.ourLogin} did not write`);
  }
  let action;
  let kept;
  try {
    const oldest = ours[0];
    if (!oldest) {
      kept = (await octokit.rest.issues.createComment({ ...where, issue_number: p.issue_number, body })).data;
      action = "created";
    } else if (oldest.body === body) {
      kept = oldest;
      action = "unchanged";
    } else {
      kept = (await octokit.rest.issues.updateComment({ ...where, comment_id: oldest.id, body })).data;
      action = "updated";
    }
  } catch (err) {
    return { ok: false, warning: `could not ${ours.length ? "update" : "create"} the evidence comment: ${describeFailure(err)}` };
  }
  const deleted = [];
  for (const dup of ours.slice(1)) {
    try {
      await octokit.rest.issues.deleteComment({ ...where, comment_id: dup.id });
      deleted.push(dup.id);
    } catch (err) {
      warnings.push(`could not delete duplicate evidence comment ${dup.id}: ${describeFailure(err)}`);
    }
  }
  return { ok: true, action, comment_id: kept.id, html_url: kept.html_url, deleted_duplicates: deleted, ignored_impostors: ignored, warnings };
}
async function resolveCommentLogin(octokit, explicit, token, fallback = GITHUB_ACTIONS_LOGIN) {
  if (explicit && explicit.trim() !== "") return { login: explicit.trim(), source: "explicit" };
  if (token?.startsWith("ghs_")) return { login: fallback, source: "fallback" };
  try {
    const { data } = await octokit.rest.users.getAuthenticated();
    return { login: data.login, source: "api" };
  } catch {
    return { login: fallback, source: "fallback" };
  }
}

export {
  describeFailure,
  upsertStickyComment,
  resolveCommentLogin
};
