import { createRequire as __mgpCreateRequire } from 'node:module';
const require = __mgpCreateRequire(import.meta.url);
import {
  agentDirectory,
  offlinePoolMembership
} from "./chunk-MSBYZGYY.js";
import {
  DEFAULT_MANIFEST_PATH,
  recordedManifestPath
} from "./chunk-MHXBMGPT.js";

// src/git/exec.ts
import { execFile, spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
var GitError = class extends Error {
  constructor(message, stderr) {
    super(message);
    this.stderr = stderr;
  }
  stderr;
  name = "GitError";
};
var GitReader = class _GitReader {
  constructor(gitDir, scratch) {
    this.gitDir = gitDir;
    this.scratch = scratch;
  }
  gitDir;
  scratch;
  /** Opens the repository that contains `repoDir` (its work tree or a bare repository). */
  static async open(repoDir) {
    const [found, scratch] = await Promise.allSettled([
      runGit(["rev-parse", "--absolute-git-dir"], { cwd: repoDir, env: baseEnv() }),
      mkdtemp(path.join(tmpdir(), "mcp-gateway-policy-git-"))
    ]);
    if (found.status === "rejected" || scratch.status === "rejected") {
      if (scratch.status === "fulfilled") await rm(scratch.value, { recursive: true, force: true });
      throw found.status === "rejected" ? found.reason : scratch.reason;
    }
    return new _GitReader(found.value.stdout.toString("utf8").trim(), scratch.value);
  }
  /**
   * Runs `git <args>` in `repoDir` before (or while) a reader opens on it, for reads that see
   * neither the work tree nor the index nor attributes (ref listings): it saves waiting for `open`.
   */
  static runInRepository(repoDir, args) {
    return runGit(args, { cwd: repoDir, env: baseEnv() }).then((r) => r.stdout);
  }
  async close() {
    await Promise.all([...this.batches].map((b) => b.close()));
    await rm(this.scratch, { recursive: true, force: true });
  }
  batches = /* @__PURE__ */ new Set();
  /**
   * One `git cat-file --batch` process for many object reads (by name, such as `<commit>:<path>`
   * or `<object>^{commit}`): a process per read is most of a small run's time. Closed with the reader.
   */
  objects() {
    const child = spawn("git", ["--no-pager", "--no-replace-objects", ...SAFE_CONFIG, "cat-file", "--batch"], {
      ...this.spawnOptions(),
      stdio: ["pipe", "pipe", "pipe"],
      windowsHide: true
    });
    const batch = new ObjectBatch(child);
    this.batches.add(batch);
    return batch;
  }
  spawnOptions() {
    return {
      cwd: this.scratch,
      env: {
        ...baseEnv(),
        GIT_DIR: this.gitDir,
        GIT_WORK_TREE: this.scratch,
        GIT_INDEX_FILE: path.join(this.scratch, "index")
      }
    };
  }
  /** Runs `git <args>` and returns stdout as bytes. */
  async run(args) {
    return (await this.runWithStderr(args)).stdout;
  }
  /** Runs `git <args>`; stdout as bytes and stderr (warnings) as text. */
  runWithStderr(args) {
    return runGit(args, this.spawnOptions());
  }
  async text(args) {
    return (await this.run(args)).toString("utf8");
  }
};
var ObjectBatch = class {
  constructor(child) {
    this.child = child;
    child.stdout.on("data", (chunk) => {
      this.chunks.push(chunk);
      this.buffered += chunk.length;
      if (this.buffered >= this.need) this.drain();
    });
    child.stderr.on("data", (chunk) => {
      this.stderr += chunk.toString("utf8");
    });
    child.stdin.on("error", () => void 0);
    this.exited = new Promise((resolve) => {
      const end = (message) => {
        this.fail(message);
        resolve();
      };
      child.on("error", (err) => end(err.message));
      child.on("close", (code, signal) => end(code === 0 ? "exited early" : `exit ${code ?? signal}`));
    });
  }
  child;
  pending = [];
  chunks = [];
  buffered = 0;
  /** Bytes the reply at the head of the queue needs before it can be parsed. */
  need = 1;
  closed = false;
  stderr = "";
  failure = null;
  exited;
  /** The object `name` names, or null when git has none by that name. */
  read(name) {
    if (/[\n\r]/.test(name))
      return Promise.reject(new GitError(`git cat-file: the object name ${JSON.stringify(name)} has a line break`, ""));
    if (this.failure !== null) return Promise.reject(this.failure);
    if (this.closed) return Promise.reject(new GitError("git cat-file: read after close", ""));
    return new Promise((resolve, reject) => {
      this.pending.push({ name, resolve, reject });
      this.child.stdin.write(`${name}
`);
    });
  }
  /** Ends the process (after the reads in flight) and waits for it. */
  async close() {
    this.closed = true;
    this.child.stdin.end();
    await this.exited;
  }
  drain() {
    while (this.pending.length > 0) {
      const data = this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks, this.buffered);
      this.chunks = [data];
      const eol = data.indexOf(10);
      if (eol === -1) {
        this.need = data.length + 1;
        return;
      }
      const header = data.subarray(0, eol).toString("utf8");
      const request = this.pending[0];
      if (header === `${request.name} missing` || header === `${request.name} ambiguous`) {
        this.consume(data, eol + 1);
        this.pending.shift().resolve(null);
        continue;
      }
      const m = /^([0-9a-f]{40}|[0-9a-f]{64}) ([a-z]+) (\d+)$/.exec(header);
      if (m === null) {
        this.fail(`unexpected reply "${header.slice(0, 200)}" to "${request.name}"`);
        this.child.kill();
        return;
      }
      const size = Number(m[3]);
      const end = eol + 1 + size;
      if (data.length < end + 1) {
        this.need = end + 1;
        return;
      }
      if (data[end] !== 10) {
        this.fail(`reply to "${request.name}" does not end where its size says`);
        this.child.kill();
        return;
      }
      const content = Buffer.from(data.subarray(eol + 1, end));
      this.consume(data, end + 1);
      this.pending.shift().resolve({ oid: m[1], type: m[2], content });
    }
  }
  consume(data, n) {
    const rest = data.subarray(n);
    this.chunks = rest.length > 0 ? [rest] : [];
    this.buffered = rest.length;
    this.need = 1;
  }
  fail(why) {
    if (this.failure === null) {
      const message = this.stderr.trim().split("\n").filter(Boolean).pop() ?? why;
      this.failure = new GitError(`git cat-file failed: ${message}`, this.stderr);
    }
    for (const p of this.pending.splice(0)) p.reject(this.failure);
  }
};
var SAFE_CONFIG = [
  "-c",
  "core.hooksPath=/dev/null",
  "-c",
  "core.fsmonitor=false",
  "-c",
  "core.attributesFile=/dev/null",
  "-c",
  "core.pager=cat",
  "-c",
  "diff.external=",
  // Replace refs and grafts swap commits and trees for others.
  "-c",
  "core.useReplaceRefs=false",
  // A commit-graph file is trusted for parents, so a forged one moves the merge base.
  "-c",
  "core.commitGraph=false",
  // Files above it are "binary" to diff, with no line counts.
  "-c",
  "core.bigFileThreshold=512m",
  // Line counts depend on the diff algorithm; rename detection on the limit.
  "-c",
  "diff.algorithm=myers",
  "-c",
  "diff.renameLimit=1000",
  "-c",
  "diff.renames=true",
  "-c",
  "diff.ignoreSubmodules=none",
  "-c",
  "diff.noprefix=false",
  "-c",
  "diff.mnemonicPrefix=false",
  "-c",
  "diff.relative=false",
  "-c",
  "color.ui=never",
  "-c",
  "core.quotePath=true",
  "-c",
  "core.ignoreCase=false",
  "-c",
  "core.precomposeUnicode=false",
  "-c",
  "i18n.logOutputEncoding=UTF-8",
  "-c",
  "log.mailmap=false",
  "-c",
  "mailmap.file=/dev/null",
  "-c",
  "mailmap.blob="
];
var DROPPED_ENV = [
  "GIT_DIR",
  "GIT_WORK_TREE",
  "GIT_INDEX_FILE",
  "GIT_COMMON_DIR",
  "GIT_NAMESPACE",
  "GIT_OBJECT_DIRECTORY",
  "GIT_ALTERNATE_OBJECT_DIRECTORIES",
  "GIT_REPLACE_REF_BASE",
  "GIT_SHALLOW_FILE",
  "GIT_CEILING_DIRECTORIES",
  "GIT_EXTERNAL_DIFF",
  "GIT_DIFF_OPTS",
  "GIT_PAGER",
  "PAGER",
  "GIT_ASKPASS",
  "SSH_ASKPASS",
  "GIT_SSH",
  "GIT_SSH_COMMAND",
  "GIT_CONFIG",
  "GIT_CONFIG_PARAMETERS",
  "GIT_CONFIG_COUNT",
  "GIT_ATTR_SOURCE",
  "GIT_ICASE_PATHSPECS",
  "GIT_LITERAL_PATHSPECS",
  "GIT_GLOB_PATHSPECS",
  "GIT_NOGLOB_PATHSPECS",
  "GIT_TRACE",
  "GIT_TRACE2",
  "GIT_TRACE2_EVENT",
  "GIT_TRACE2_PERF"
];
function baseEnv() {
  const env = { ...process.env };
  for (const key of DROPPED_ENV) delete env[key];
  for (const key of Object.keys(env)) if (/^GIT_CONFIG_(KEY|VALUE)_\d+$/.test(key)) delete env[key];
  return {
    ...env,
    // No system or user config: only the repository's own, overridden above where it matters.
    GIT_CONFIG_NOSYSTEM: "1",
    GIT_CONFIG_GLOBAL: "/dev/null",
    GIT_CONFIG_SYSTEM: "/dev/null",
    GIT_NO_REPLACE_OBJECTS: "1",
    // Git still reads $GIT_DIR/info/grafts (deprecated, not removed); this points it at nothing.
    GIT_GRAFT_FILE: "/dev/null",
    GIT_ATTR_NOSYSTEM: "1",
    GIT_TERMINAL_PROMPT: "0",
    GIT_NO_LAZY_FETCH: "1",
    GIT_OPTIONAL_LOCKS: "0",
    GIT_ADVICE: "0",
    LC_ALL: "C",
    LANGUAGE: ""
  };
}
function runGit(args, options) {
  return new Promise((resolve, reject) => {
    execFile(
      "git",
      ["--no-pager", "--no-replace-objects", ...SAFE_CONFIG, ...args],
      { cwd: options.cwd, env: options.env, encoding: "buffer", maxBuffer: 1 << 30, windowsHide: true },
      (err, stdout, stderr) => {
        if (err) {
          const message = stderr.toString("utf8").trim().split("\n").filter(Boolean).pop() ?? err.message;
          reject(new GitError(`git ${args[0]} failed: ${message}`, stderr.toString("utf8")));
        } else {
          resolve({ stdout, stderr: stderr.toString("utf8") });
        }
      }
    );
  });
}

// src/git/diff.ts
var STATUS = {
  A: "added",
  C: "copied",
  D: "removed",
  M: "modified",
  R: "renamed",
  T: "type_changed"
};
function parseRawNumstat(out) {
  return parseWithOids(out).map((e) => e.file);
}
function parseWithOids(out) {
  const fields = out.toString("utf8").split("\0");
  if (fields[fields.length - 1] === "") fields.pop();
  let i = 0;
  const raw = [];
  while (i < fields.length && fields[i].startsWith(":")) {
    const meta = fields[i++].slice(1).split(" ");
    if (meta.length !== 5) throw new Error(`unexpected git raw diff record "${fields[i - 1]}"`);
    const [oldMode, newMode, oldOid, newOid, status] = meta;
    const twoPaths = status.startsWith("R") || status.startsWith("C");
    const first = fields[i++];
    const second = twoPaths ? fields[i++] : void 0;
    if (first === void 0 || twoPaths && second === void 0) throw new Error("truncated git raw diff output");
    raw.push({
      oldMode,
      newMode,
      oldOid,
      newOid,
      status,
      path: twoPaths ? second : first,
      previousPath: twoPaths ? first : null
    });
  }
  const files = [];
  for (const entry of raw) {
    const stat = fields[i++];
    if (stat === void 0) throw new Error("git numstat output has fewer records than the raw diff");
    const tab1 = stat.indexOf("	");
    const tab2 = tab1 === -1 ? -1 : stat.indexOf("	", tab1 + 1);
    if (tab2 === -1) throw new Error(`unexpected git numstat record "${stat}"`);
    const adds = stat.slice(0, tab1);
    const dels = stat.slice(tab1 + 1, tab2);
    const inlinePath = stat.slice(tab2 + 1);
    let statPath = inlinePath;
    if (inlinePath === "") {
      i++;
      statPath = fields[i++] ?? "";
    }
    if (statPath !== entry.path) throw new Error(`git numstat and raw diff disagree on "${entry.path}"`);
    const binary = adds === "-" && dels === "-";
    files.push({
      file: {
        path: entry.path,
        previous_path: entry.previousPath,
        status: STATUS[entry.status[0]] ?? "changed",
        additions: binary ? 0 : toCount(adds),
        deletions: binary ? 0 : toCount(dels),
        mode: entry.newMode === "000000" ? null : entry.newMode,
        previous_mode: entry.oldMode === "000000" ? null : entry.oldMode,
        binary
      },
      oldOid: entry.oldOid,
      newOid: entry.newOid
    });
  }
  if (i !== fields.length) throw new Error("git numstat output has more records than the raw diff");
  return files;
}
function toCount(s) {
  if (!/^\d+$/.test(s)) throw new Error(`unexpected git numstat count "${s}"`);
  return Number(s);
}
async function readChangedFiles(git, base, head) {
  let objects = null;
  try {
    return await readChangesFrom(git, await readMergeBase(git, base, head), head, () => objects ??= git.objects());
  } finally {
    await objects?.close();
  }
}
async function readMergeBase(git, base, head) {
  return (await git.text(["merge-base", "--end-of-options", base, head])).trim();
}
async function readChangesFrom(git, mergeBase, head, objects) {
  const { stdout, stderr } = await git.runWithStderr([
    "diff-tree",
    "-r",
    "-z",
    "-M",
    "--raw",
    "--numstat",
    "--no-ext-diff",
    "--no-textconv",
    "--ignore-submodules=none",
    "--no-color",
    "--end-of-options",
    mergeBase,
    head
  ]);
  const notes = /rename detection was skipped/i.test(stderr) ? [
    "Git skipped rename detection because the change has too many added and deleted files: each rename counts as a deletion plus an addition."
  ] : [];
  const entries = parseWithOids(stdout);
  const binaries = entries.filter((e) => e.file.binary);
  const batch = binaries.length > 0 ? objects() : null;
  await Promise.all(
    binaries.map(async (e) => {
      const [deletions, additions] = await Promise.all([blobLines(batch, e.oldOid), blobLines(batch, e.newOid)]);
      e.file.deletions = deletions;
      e.file.additions = additions;
    })
  );
  return { files: entries.map((e) => e.file), mergeBase, notes };
}
async function blobLines(objects, oid) {
  if (/^0+$/.test(oid)) return 0;
  const blob = await objects.read(oid);
  if (blob === null || blob.type !== "blob") throw new GitError(`git cat-file failed: ${oid} is not a blob in this repository`, "");
  return countLines(blob.content);
}
function countLines(bytes) {
  if (bytes.length === 0) return 0;
  let n = 0;
  for (let i = bytes.indexOf(10); i !== -1; i = bytes.indexOf(10, i + 1)) n++;
  return bytes[bytes.length - 1] === 10 ? n : n + 1;
}

// src/git/refs.ts
var FULL_SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
async function resolveExactRef(git, given, option) {
  return resolveExactRefWith(gitRefReads(git), given, option);
}
function refLookups(given) {
  const name = given.trim();
  if (FULL_SHA.test(name) || name === "HEAD") return [];
  if (name.startsWith("refs/")) return [name];
  if (!validRefName(name)) return [];
  return [`refs/${name}`, `refs/tags/${name}`, `refs/heads/${name}`, `refs/remotes/${name}`, `refs/remotes/${name}/HEAD`];
}
async function resolveExactRefWith(reads, given, option) {
  const name = given.trim();
  if (FULL_SHA.test(name)) return { given, ref: null, sha: await peelCommit(reads, name, given, option) };
  if (name === "HEAD") {
    const target = (await reads.symbolicHead()).trim();
    if (target === "") return { given, ref: null, sha: await peelCommit(reads, "HEAD", given, option) };
    return resolveFullRef(reads, given, target, option);
  }
  if (name.startsWith("refs/")) return resolveFullRef(reads, given, name, option);
  if (!validRefName(name)) throw new GitError(`${option} "${given}" is not a branch name, full ref (refs/\u2026) or full commit id`, "");
  const wanted = [`refs/heads/${name}`, `refs/remotes/${name}`];
  const readings = refLookups(name);
  const existing = await existingRefs(reads, readings);
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
  return { given, ref: branches[0].ref, sha: await peelCommit(reads, branches[0].sha, given, option) };
}
async function resolveFullRef(reads, given, ref, option) {
  const [found] = await existingRefs(reads, [ref]);
  if (!found) throw new GitError(`${option} "${given}" is not a commit in this repository: ${ref} does not exist`, "");
  return { given, ref, sha: await peelCommit(reads, found.sha, given, option) };
}
async function existingRefs(reads, names) {
  const found = await reads.refs(names);
  return names.filter((n) => found.has(n)).map((ref) => ({ ref, sha: found.get(ref) }));
}
function parseRefListing(out, names) {
  const found = /* @__PURE__ */ new Map();
  for (const line of out.split("\n")) {
    const [ref, sha] = line.split("\0");
    if (ref && sha && names.includes(ref)) found.set(ref, sha);
  }
  return found;
}
function refListingArgs(names) {
  return ["for-each-ref", "--format=%(refname)%00%(objectname)", "--", ...names];
}
function gitRefReads(git) {
  return {
    refs: async (names) => parseRefListing(await git.text(refListingArgs(names)), names),
    symbolicHead: () => git.text(["symbolic-ref", "-q", "HEAD"]).catch(() => ""),
    peel: async (object) => (await git.text(["rev-parse", "--verify", "--quiet", "--end-of-options", `${object}^{commit}`])).trim()
  };
}
async function peelCommit(reads, object, given, option) {
  try {
    return await reads.peel(object);
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
  const names = [.../* @__PURE__ */ new Set([...refLookups(options.base), ...refLookups(options.head)])];
  const listing = names.length > 0 ? GitReader.runInRepository(options.repoDir, refListingArgs(names)) : null;
  const symbolic = [options.base, options.head].some((r) => r.trim() === "HEAD") ? GitReader.runInRepository(options.repoDir, ["symbolic-ref", "-q", "HEAD"]) : null;
  const early = { names, listing: settle(listing), symbolic: settle(symbolic) };
  let git;
  try {
    git = await GitReader.open(options.repoDir);
  } catch (err) {
    await Promise.all([early.listing, early.symbolic]);
    throw err;
  }
  try {
    return await collect(git, options, early);
  } finally {
    await git.close();
  }
}
function settle(p) {
  if (p === null) return Promise.resolve(null);
  return p.then(
    (value) => ({ ok: true, value }),
    (error) => ({ ok: false, error })
  );
}
function localRefReads(git, objects, early, commits) {
  return {
    refs: async (wanted) => {
      if (!wanted.every((n) => early.names.includes(n))) return parseRefListing(await git.text(refListingArgs(wanted)), wanted);
      const listed = await early.listing;
      if (!listed.ok) throw listed.error;
      return parseRefListing(listed.value.toString("utf8"), wanted);
    },
    symbolicHead: async () => {
      const read = await early.symbolic;
      if (read === null) return git.text(["symbolic-ref", "-q", "HEAD"]).catch(() => "");
      return read.ok ? read.value.toString("utf8") : "";
    },
    peel: async (object) => {
      const commit = await objects.read(`${object}^{commit}`);
      if (commit === null || commit.type !== "commit") throw new GitError(`git cat-file: ${object} is not a commit`, "");
      commits.set(commit.oid, commit.content);
      return commit.oid;
    }
  };
}
async function collect(git, o, early) {
  const objects = git.objects();
  const commits = /* @__PURE__ */ new Map();
  const reads = localRefReads(git, objects, early, commits);
  const sides = [
    [o.base, "--base"],
    [o.head, "--head"]
  ].map(([given, option]) => {
    let known;
    const object = new Promise((resolve) => known = resolve);
    const resolved = resolveExactRefWith(
      {
        ...reads,
        peel: (obj) => {
          if (FULL_SHA.test(obj)) known(obj);
          return reads.peel(obj);
        }
      },
      given,
      option
    );
    resolved.then(
      (r) => known(r.sha),
      () => known(null)
    );
    return { resolved, object };
  });
  const changesRead = Promise.all([sides[0].object, sides[1].object]).then(([b, h]) => b !== null && h !== null ? readMergeBase(git, b, h) : Promise.reject(new Error("a ref did not resolve"))).then(async (mergeBase) => readChangesFrom(git, mergeBase, (await sides[1].resolved).sha, () => objects)).then(
    (changes) => ({ changes, error: null }),
    (error) => ({ changes: null, error })
  );
  try {
    return await assemble(git, o, objects, commits, [sides[0].resolved, sides[1].resolved], changesRead);
  } catch (err) {
    await changesRead;
    throw err;
  }
}
async function assemble(git, o, objects, commits, sides, changesRead) {
  const [baseRef, headRef] = await inOrder(sides);
  const baseSha = baseRef.sha;
  const headSha = headRef.sha;
  const packPath = repoPath(o.packPath);
  const rawCommit = commits.get(headSha);
  const notes = [
    "Local git mode: no pull request, reviews or other open PRs are known; only this change is counted against the open-PR cap."
  ];
  const base = {
    pack_text: null,
    manifest_text: null,
    pack_path: packPath,
    manifest_path: "",
    problem: null
  };
  base.pack_text = await readBlob(git, objects, baseSha, packPath);
  let manifestPath = o.manifestPath ? repoPath(o.manifestPath) : null;
  if (manifestPath === null) manifestPath = recordedManifestPath(base.pack_text) ?? DEFAULT_MANIFEST_PATH;
  base.manifest_path = manifestPath;
  base.manifest_text = await readBlob(git, objects, baseSha, manifestPath);
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
    if (changes.mergeBase !== baseSha)
      notes.push(`Changes are compared from the merge base ${changes.mergeBase.slice(0, 7)} of base and head.`);
    notes.push(...changes.notes);
    files = changes.files;
  } else {
    filesProblem = `Cannot enumerate every change between ${baseSha.slice(0, 7)} and ${headSha.slice(0, 7)}: ${read.error.message}`;
  }
  const message = commitMessage(rawCommit ? rawCommit.toString("utf8") : await git.text(["cat-file", "commit", headSha]));
  const login = o.agentLogin?.trim() ?? "";
  const { approvalRecords, membership } = cliApprovals(o.approvalRecords ?? [], o.reviewerPools ?? null);
  if (approvalRecords.length > 0 && !o.reviewerPools && !o.trustedKeys) {
    notes.push(
      "The approval records are self-asserted: without --reviewer-pools or --approval-keys nothing checks that an approver is in the pool the record names, or that the record is theirs."
    );
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
  if (pools !== null)
    return {
      approvalRecords,
      membership: offlinePoolMembership(
        pools,
        approvalRecords.map((r) => r.login).filter((l) => l !== "")
      )
    };
  return { approvalRecords, membership };
}
function branchName(r) {
  if (r.ref === null) return r.given;
  if (r.ref.startsWith("refs/heads/")) return r.ref.slice("refs/heads/".length);
  const remote = /^refs\/remotes\/[^/]+\/(.+)$/.exec(r.ref);
  if (remote) return remote[1];
  return r.ref;
}
async function readBlob(git, objects, sha, filePath) {
  try {
    if (/[\n\r]/.test(filePath)) return (await git.run(["cat-file", "blob", "--end-of-options", `${sha}:${filePath}`])).toString("utf8");
    const blob = await objects.read(`${sha}:${filePath}`);
    return blob !== null && blob.type === "blob" ? blob.content.toString("utf8") : null;
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
  GitError,
  GitReader,
  parseRawNumstat,
  readChangedFiles,
  countLines,
  resolveExactRef,
  collectLocalAdmissionInput
};
