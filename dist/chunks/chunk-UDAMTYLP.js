import { createRequire as __mgpCreateRequire } from 'node:module';
const require = __mgpCreateRequire(import.meta.url);

// src/admission/agents.ts
var KNOWN_AGENTS = [
  { login: "Copilot", agent_class: "github_copilot", type: "Bot" },
  { login: "copilot-swe-agent", agent_class: "github_copilot", type: "Bot" },
  { login: "copilot-swe-agent[bot]", agent_class: "github_copilot", type: null },
  { login: "devin-ai-integration[bot]", agent_class: "devin", type: null },
  { login: "chatgpt-codex-connector[bot]", agent_class: "codex", type: null },
  { login: "claude[bot]", agent_class: "claude", type: null },
  { login: "cursor[bot]", agent_class: "cursor", type: null }
];
function agentDirectory(extra) {
  const builtIn = new Map(KNOWN_AGENTS.map((a) => [a.login.toLowerCase(), a]));
  const configured = new Map(Object.entries(extra).map(([login, cls]) => [login.toLowerCase(), cls]));
  return {
    classOf(login, userType) {
      const key = login.toLowerCase();
      const cls = configured.get(key);
      if (cls !== void 0) return cls;
      const known = builtIn.get(key);
      if (known === void 0 || known.type !== null && known.type !== userType) return null;
      return known.agent_class;
    },
    isAgentLogin(login) {
      const key = login.toLowerCase();
      return configured.has(key) || builtIn.has(key);
    }
  };
}
function declaredBranchPrefixes(pack) {
  const all = [pack.global_defaults.required_remediation_branch_prefix, ...pack.workflow_policies.map((w) => w.dispatch.required_branch_prefix)];
  return [...new Set(all.filter((p) => typeof p === "string" && p !== ""))];
}
function isAgentAuthored(prefixes, agents, headRef, author) {
  return prefixes.some((p) => headRef.startsWith(p)) || author.login !== "" && agents.classOf(author.login, author.type) !== null;
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
  const mergeBase = (await git.text(["merge-base", "--end-of-options", base, head])).trim();
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
  const notes = /rename detection was skipped/i.test(stderr) ? ["Git skipped rename detection because the change has too many added and deleted files: each rename counts as a deletion plus an addition."] : [];
  const entries = parseWithOids(stdout);
  for (const e of entries) {
    if (!e.file.binary) continue;
    e.file.deletions = await blobLines(git, e.oldOid);
    e.file.additions = await blobLines(git, e.newOid);
  }
  return { files: entries.map((e) => e.file), mergeBase, notes };
}
async function blobLines(git, oid) {
  if (/^0+$/.test(oid)) return 0;
  return countLines(await git.run(["cat-file", "blob", "--end-of-options", oid]));
}
function countLines(bytes) {
  if (bytes.length === 0) return 0;
  let n = 0;
  for (let i = bytes.indexOf(10); i !== -1; i = bytes.indexOf(10, i + 1)) n++;
  return bytes[bytes.length - 1] === 10 ? n : n + 1;
}

export {
  KNOWN_AGENTS,
  agentDirectory,
  declaredBranchPrefixes,
  isAgentAuthored,
  parseRawNumstat,
  readChangedFiles,
  countLines
};
