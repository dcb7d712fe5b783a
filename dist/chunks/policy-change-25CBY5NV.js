import { createRequire as __mgpCreateRequire } from 'node:module';
const require = __mgpCreateRequire(import.meta.url);
import {
  resolvePoolMembership
} from "./chunk-PIEOODRD.js";
import {
  describeApiError
} from "./chunk-AEZ3ICQC.js";
import "./chunk-52PJVBLV.js";
import {
  PolicySourceError,
  diffPolicies,
  loadPolicySource
} from "./chunk-6XSX664P.js";
import "./chunk-XTAHM434.js";
import "./chunk-DEJDXA4X.js";
import "./chunk-3JKC6G2R.js";
import "./chunk-M7EAQHFK.js";
import "./chunk-3E2C7ZGU.js";
import "./chunk-P25BMAAV.js";
import "./chunk-YXQSOUEQ.js";
import "./chunk-HG5UN27J.js";
import "./chunk-MSBYZGYY.js";
import {
  DEFAULT_MANIFEST_PATH,
  recordedManifestPath
} from "./chunk-MHXBMGPT.js";
import "./chunk-5TZFI64R.js";

// src/action/policy-change.ts
var PER_PAGE = 100;
async function reviewPolicyChange(gh, event, inputs, known) {
  const where = { owner: event.owner, repo: event.repo };
  const out = {
    base_pack_sha256: null,
    head_pack_sha256: null,
    widened: [],
    narrowed: [],
    problem: null,
    owners_pool: inputs.policyOwners,
    approved_by: []
  };
  let files = null;
  if (known) {
    files = known.filesProblem === null ? known.files : null;
    if (files === null) out.problem = `the pull request's file list is incomplete (${known.filesProblem ?? "not read"})`;
  } else {
    try {
      const listed = await gh.paginate(gh.rest.pulls.listFiles, { ...where, pull_number: event.pr.number, per_page: PER_PAGE });
      files = listed.map((f) => ({ path: f.filename, previous_path: f.previous_filename ?? null }));
    } catch (err) {
      out.problem = `cannot list the pull request's files (${describeApiError(err)})`;
    }
  }
  const policyFiles = /* @__PURE__ */ new Set([inputs.manifestPath ?? DEFAULT_MANIFEST_PATH, inputs.packPath]);
  const touched = files === null || files.some((f) => policyFiles.has(f.path) || f.previous_path !== null && policyFiles.has(f.previous_path));
  if (!touched) return null;
  if (out.problem === null) {
    const basePack = await readFile(gh, where, event.pr.base_sha, inputs.packPath);
    const manifestPath = inputs.manifestPath ?? recordedManifestPath(basePack.text) ?? DEFAULT_MANIFEST_PATH;
    const headManifest = await readFile(gh, where, event.pr.head_sha, manifestPath);
    if (basePack.problem !== null || headManifest.problem !== null)
      out.problem = [basePack.problem, headManifest.problem].filter(Boolean).join("; ");
    else {
      try {
        const oldPolicy = loadPolicySource(basePack.text, `${inputs.packPath} (base)`).policy;
        const newPolicy = loadPolicySource(headManifest.text, manifestPath).policy;
        out.base_pack_sha256 = oldPolicy.packSha256;
        out.head_pack_sha256 = newPolicy.packSha256;
        const d = diffPolicies(oldPolicy, newPolicy);
        out.widened = d.widened;
        out.narrowed = d.narrowed;
      } catch (err) {
        if (!(err instanceof PolicySourceError)) throw err;
        out.problem = err.message.split("\n")[0].replace(/:$/, "");
      }
    }
  }
  if (inputs.policyOwners !== null && (out.problem !== null || out.widened.length > 0)) {
    const reviews = known?.reviews ?? (await gh.paginate(gh.rest.pulls.listReviews, { ...where, pull_number: event.pr.number, per_page: PER_PAGE })).map((r) => ({
      login: r.user?.login ?? "",
      user_type: r.user?.type ?? "User",
      state: r.state,
      commit_id: r.commit_id ?? null
    }));
    const author = event.pr.author.login.toLowerCase();
    const candidates = reviews.filter(
      (r) => r.state === "APPROVED" && r.commit_id === event.pr.head_sha && r.user_type === "User" && r.login !== "" && r.login.toLowerCase() !== author
    ).map((r) => r.login);
    if (candidates.length > 0) {
      const pool = inputs.policyOwners;
      const resolved = await resolvePoolMembership(gh, { [pool]: inputs.reviewerPools[pool] ?? [] }, candidates);
      out.approved_by = Object.entries(resolved.membership[pool] ?? {}).filter(([, m]) => m === "member").map(([login]) => login).sort();
    }
  }
  return out;
}
async function readFile(gh, where, ref, path) {
  const at = `${path} at ${ref.slice(0, 7)}`;
  try {
    const { data } = await gh.rest.repos.getContent({ ...where, path, ref });
    if (Array.isArray(data) || data.type !== "file") return { text: null, problem: `${at} is not a file` };
    if ("encoding" in data && data.encoding === "base64")
      return { text: Buffer.from(data.content, "base64").toString("utf8"), problem: null };
    const blob = await gh.rest.git.getBlob({ ...where, file_sha: data.sha });
    return { text: Buffer.from(blob.data.content, blob.data.encoding === "base64" ? "base64" : "utf8").toString("utf8"), problem: null };
  } catch (err) {
    return {
      text: null,
      problem: err.status === 404 ? `there is no ${at}` : `cannot read ${at} (${describeApiError(err)})`
    };
  }
}
export {
  reviewPolicyChange
};
