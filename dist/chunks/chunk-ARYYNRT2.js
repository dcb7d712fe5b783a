import { createRequire as __mgpCreateRequire } from 'node:module';
const require = __mgpCreateRequire(import.meta.url);
import {
  agentDirectory,
  readChangedFiles
} from "./chunk-UDAMTYLP.js";
import {
  GitError,
  GitReader
} from "./chunk-RGI7OJDI.js";
import {
  offlinePoolMembership
} from "./chunk-NS2IOU6U.js";
import {
  DEFAULT_MANIFEST_PATH,
  recordedManifestPath
} from "./chunk-PABWOY3E.js";

// src/git/refs.ts
var FULL_SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
async function resolveExactRef(git, given, option) {
  const name = given.trim();
  if (FULL_SHA.test(name)) return { given, ref: null, sha: await peelCommit(git, name, given, option) };
  if (name === "HEAD") {
    const target = (await git.text(["symbolic-ref", "-q", "HEAD"]).catch(() => "")).trim();
    if (target === "") return { given, ref: null, sha: await peelCommit(git, "HEAD", given, option) };
    return resolveFullRef(git, given, target, option);
  }
  if (name.startsWith("refs/")) return resolveFullRef(git, given, name, option);
  if (!validRefName(name)) throw new GitError(`${option} "${given}" is not a branch name, full ref (refs/\u2026) or full commit id`, "");
  const wanted = [`refs/heads/${name}`, `refs/remotes/${name}`];
  const readings = [`refs/${name}`, `refs/tags/${name}`, ...wanted, `refs/remotes/${name}/HEAD`];
  const existing = await existingRefs(git, readings);
  const branches = existing.filter((r) => wanted.includes(r.ref));
  if (existing.length > 1) {
    throw new GitError(
      `${option} "${given}" is ambiguous: ${existing.map((r) => r.ref).join(", ")} all exist. Pass the full ref (e.g. ${branches[0]?.ref ?? existing[0].ref}) or a full commit id.`,
      ""
    );
  }
  if (branches.length === 0) {
    const other = existing[0];
    throw new GitError(
      other ? `${option} "${given}" is not a branch: only ${other.ref} has that name. Pass the full ref to mean it.` : `${option} "${given}" is not a commit in this repository: no refs/heads/${name} or refs/remotes/${name} (pass a branch, a full ref or a full commit id)`,
      ""
    );
  }
  return { given, ref: branches[0].ref, sha: await peelCommit(git, branches[0].sha, given, option) };
}
async function resolveFullRef(git, given, ref, option) {
  const [found] = await existingRefs(git, [ref]);
  if (!found) throw new GitError(`${option} "${given}" is not a commit in this repository: ${ref} does not exist`, "");
  return { given, ref, sha: await peelCommit(git, found.sha, given, option) };
}
async function existingRefs(git, names) {
  const out = await git.text(["for-each-ref", "--format=%(refname)%00%(objectname)", "--", ...names]);
  const found = /* @__PURE__ */ new Map();
  for (const line of out.split("\n")) {
    const [ref, sha] = line.split("\0");
    if (ref && sha && names.includes(ref)) found.set(ref, sha);
  }
  return names.filter((n) => found.has(n)).map((ref) => ({ ref, sha: found.get(ref) }));
}
async function peelCommit(git, object, given, option) {
  try {
    return (await git.text(["rev-parse", "--verify", "--quiet", "--end-of-options", `${object}^{commit}`])).trim();
  } catch (err) {
    throw new GitError(`${option} "${given}" is not a commit in this repository`, err.stderr ?? "");
  }
}
function validRefName(name) {
  if (name === "" || name === "@" || name.startsWith("-") || name.startsWith("/") || name.endsWith("/") || name.endsWith(".")) return false;
  if (/[\x00-\x20\x7f~^:?*[\\]|\.\.|@\{|\/\/|\/\.|\.lock(?:\/|$)/.test(name)) return false;
  return !name.split("/").some((seg) => seg.startsWith("."));
}

// src/git/local-admission.ts
async function collectLocalAdmissionInput(options) {
  const git = await GitReader.open(options.repoDir);
  try {
    return await collect(git, options);
  } finally {
    await git.close();
  }
}
async function collect(git, o) {
  const [baseRef, headRef] = await inOrder([resolveExactRef(git, o.base, "--base"), resolveExactRef(git, o.head, "--head")]);
  const baseSha = baseRef.sha;
  const headSha = headRef.sha;
  const packPath = repoPath(o.packPath);
  const rawCommitRead = git.text(["cat-file", "commit", headSha]);
  rawCommitRead.catch(() => void 0);
  const changesRead = readChangedFiles(git, baseSha, headSha).then(
    (changes) => ({ changes, error: null }),
    (error) => ({ changes: null, error })
  );
  const notes = [
    "Local git mode: no pull request, reviews or other open PRs are known; only this change is counted against the open-PR cap."
  ];
  const base = { pack_text: null, manifest_text: null, pack_path: packPath, manifest_path: "", problem: null };
  base.pack_text = await readBlob(git, baseSha, packPath);
  let manifestPath = o.manifestPath ? repoPath(o.manifestPath) : null;
  if (manifestPath === null) manifestPath = recordedManifestPath(base.pack_text) ?? DEFAULT_MANIFEST_PATH;
  base.manifest_path = manifestPath;
  base.manifest_text = await readBlob(git, baseSha, manifestPath);
  const missing = [
    base.pack_text === null ? `pack at ${packPath}` : null,
    base.manifest_text === null ? `manifest at ${manifestPath}` : null
  ].filter((m) => m !== null);
  if (missing.length > 0) base.problem = `The base commit ${baseSha.slice(0, 7)} does not contain ${missing.join(" or ")}.`;
  let files = null;
  let filesProblem = null;
  const read = await changesRead;
  if (read.changes !== null) {
    const changes = read.changes;
    if (changes.mergeBase !== baseSha) notes.push(`Changes are compared from the merge base ${changes.mergeBase.slice(0, 7)} of base and head.`);
    notes.push(...changes.notes);
    files = changes.files;
  } else {
    filesProblem = `Cannot enumerate every change between ${baseSha.slice(0, 7)} and ${headSha.slice(0, 7)}: ${read.error.message}`;
  }
  const message = commitMessage(await rawCommitRead);
  const login = o.agentLogin?.trim() ?? "";
  const { approvalRecords, membership } = cliApprovals(o.approvalRecords ?? [], o.reviewerPools ?? null);
  if (approvalRecords.length > 0 && !o.reviewerPools && !o.trustedKeys) {
    notes.push("The approval records are self-asserted: without --reviewer-pools or --approval-keys nothing checks that an approver is in the pool the record names, or that the record is theirs.");
  }
  return {
    pr: {
      number: 0,
      title: message.split("\n", 1)[0] ?? "",
      // The head commit's message plays the PR body: its `Workflow-Id:` / `Run-Id:` trailers count.
      body: message,
      url: null,
      // A local run cannot ask GitHub for the account type: logins GitHub gives to apps end in
      // [bot], and a login the operator names that is a known (or configured) agent is that agent.
      author: { login, type: login.endsWith("[bot]") || agentDirectory(o.agents ?? {}).isAgentLogin(login) ? "Bot" : "User" },
      head_ref: o.branch?.trim() || branchName(headRef),
      head_sha: headSha,
      base_ref: branchName(baseRef),
      base_sha: baseSha,
      labels: o.labels ?? [],
      changed_files: files?.length ?? null
    },
    files,
    files_problem: filesProblem,
    base,
    reviews: [],
    approval_records: approvalRecords,
    pool_membership: membership,
    open_agent_prs: [0],
    config: {
      workflow_id: o.workflowId?.trim() || null,
      tool_namespace: o.toolNamespace ?? "repo.contents",
      agents: o.agents ?? {},
      approvals: o.approvals ?? "all",
      kill_signal: o.killSignal?.trim() || null,
      kill_label: o.killLabel ?? "agent-kill-session",
      expect_pack_sha256: o.expectPackSha256 ?? null,
      agent_class: o.agentClass?.trim() || null,
      run_id: o.runId?.trim() || null,
      trusted_keys: o.trustedKeys ?? null,
      ...o.workflowFrom ? { workflow_from: [...o.workflowFrom] } : {},
      ...o.changeClass ? { change_class: o.changeClass } : {}
    },
    context: {
      event_name: null,
      repository: null,
      github_run_id: null,
      github_run_attempt: null,
      now: o.now ?? (/* @__PURE__ */ new Date()).toISOString(),
      notes,
      resolved_refs: { base: baseRef, head: headRef },
      surface: "local"
    }
  };
}
async function inOrder(promises) {
  const settled = await Promise.allSettled(promises);
  for (const r of settled) if (r.status === "rejected") throw r.reason;
  return settled.map((r) => r.value);
}
function cliApprovals(records, pools) {
  const membership = {};
  const approvalRecords = records.map((record) => {
    const approver = isObject(record) && isObject(record.approver) ? record.approver : {};
    const login = typeof approver.id === "string" ? approver.id : "";
    const pool = approver.reviewer_pool;
    if (pools === null && typeof pool === "string" && login !== "") (membership[pool] ??= {})[login] = "member";
    return { source: "cli", login, user_type: "User", edited: false, record };
  });
  if (pools !== null) return { approvalRecords, membership: offlinePoolMembership(pools, approvalRecords.map((r) => r.login).filter((l) => l !== "")) };
  return { approvalRecords, membership };
}
function branchName(r) {
  if (r.ref === null) return r.given;
  if (r.ref.startsWith("refs/heads/")) return r.ref.slice("refs/heads/".length);
  const remote = /^refs\/remotes\/[^/]+\/(.+)$/.exec(r.ref);
  if (remote) return remote[1];
  return r.ref;
}
async function readBlob(git, sha, filePath) {
  try {
    return (await git.run(["cat-file", "blob", "--end-of-options", `${sha}:${filePath}`])).toString("utf8");
  } catch {
    return null;
  }
}
function repoPath(p) {
  const cleaned = p.replace(/\\/g, "/").replace(/^(\.\/)+/, "").replace(/^\/+/, "");
  if (cleaned === "" || cleaned.split("/").includes("..")) throw new GitError(`"${p}" is not a path inside the repository`, "");
  return cleaned;
}
function commitMessage(raw) {
  const blank = raw.indexOf("\n\n");
  return blank === -1 ? "" : raw.slice(blank + 2);
}
function isObject(v) {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}

export {
  resolveExactRef,
  collectLocalAdmissionInput
};
