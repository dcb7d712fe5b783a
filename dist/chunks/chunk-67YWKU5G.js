import { createRequire as __mgpCreateRequire } from 'node:module';
const require = __mgpCreateRequire(import.meta.url);
import {
  parseCommandArgs,
  stringOpt
} from "./chunk-LQIVBWD2.js";
import {
  EXIT_POLICY,
  UsageError
} from "./chunk-W634JM7Y.js";
import {
  PackFileError,
  compileManifestLean,
  readTextFile,
  resolvePackPaths
} from "./chunk-3E2C7ZGU.js";
import {
  ManifestError,
  formatProblem
} from "./chunk-YXQSOUEQ.js";
import {
  DEFAULT_MANIFEST_PATH,
  DEFAULT_PACK_PATH
} from "./chunk-MHXBMGPT.js";

// src/cli/pack-options.ts
import path from "node:path";
var PACK_OPTIONS = {
  manifest: { type: "string" },
  output: { type: "string" },
  "repo-root": { type: "string" },
  "generated-at": { type: "string" },
  "policy-id": { type: "string" },
  intent: { type: "string" }
};
var PACK_OPTIONS_HELP = `Options:
  --manifest PATH      The workflow manifest, JSON or YAML (.yaml/.yml), below the repo root.
                       Default: ${DEFAULT_MANIFEST_PATH}
  --output PATH        The policy pack file, below the repo root.
                       Default: ${DEFAULT_PACK_PATH}
  --repo-root DIR      The repository root. Default: the current directory.
  --generated-at TEXT  The pack's generated_at. Default: the manifest's last_reviewed.
  --policy-id ID       The pack's policy_id. Default: the manifest's policy_pack.policy_id,
                       else mcp-gateway-policy-pack.
  --intent TEXT        The pack's intent. Default: the manifest's policy_pack.intent, else a
                       neutral sentence.
  -h, --help           Show this help.`;
function parsePackArgs(argv, io, usage) {
  const args = parseCommandArgs(argv, PACK_OPTIONS, usage);
  if (args.help) return "help";
  const get = (name) => stringOpt(args, name);
  for (const name of ["manifest", "output", "repo-root"]) {
    if (get(name) === "") throw new UsageError(`--${name} must not be empty

${usage}`);
  }
  const policyId = get("policy-id");
  if (policyId !== void 0 && !/^\S+$/.test(policyId)) {
    throw new UsageError(`--policy-id must be a non-empty name without spaces

${usage}`);
  }
  const intent = get("intent");
  if (intent !== void 0 && intent.trim() === "") throw new UsageError(`--intent must not be empty

${usage}`);
  const paths = resolvePackPaths(io.cwd, get("repo-root"), get("manifest"), get("output"));
  const given = [];
  for (const name of Object.keys(PACK_OPTIONS)) {
    const v = get(name);
    if (v !== void 0) given.push([name, v]);
  }
  return {
    paths,
    compile: { manifestPath: paths.manifestRel, policyId, intent, generatedAt: get("generated-at") },
    given
  };
}
function writeProblems(io, label, problems, kind) {
  for (const p of problems) io.stderr.write(`${kind}: ${formatProblem(p, label)}
`);
}
function reportManifestError(io, label, err) {
  const n = err.problems.length;
  io.stderr.write(`error: ${label} is invalid (${n} problem${n === 1 ? "" : "s"}); no pack was generated from it
`);
  writeProblems(io, label, err.problems, "error");
}
async function compileManifestFile(io, paths, compile) {
  const text = readTextFile(paths.manifestAbs, "manifest");
  if (text === null) {
    io.stderr.write(`error: manifest ${paths.manifestRel} not found (looked for ${paths.manifestAbs})
`);
    return null;
  }
  const result = await compileManifestLean(text, compile);
  writeProblems(io, paths.manifestRel, result.warnings, "warning");
  return { text, result };
}
function reportPackFailure(io, paths, err) {
  if (err instanceof ManifestError) {
    reportManifestError(io, paths.manifestRel, err);
    return EXIT_POLICY;
  }
  if (err instanceof PackFileError) {
    io.stderr.write(`error: ${err.message}
`);
    return EXIT_POLICY;
  }
  throw err;
}
function regenerateCommand(io, given, paths) {
  const script = process.argv[1] ?? "";
  let program = "npx mcp-gateway-policy";
  if (script !== "" && !script.split(path.sep).includes("node_modules") && path.basename(script) === "cli.js") {
    const rel = path.relative(io.cwd, script);
    program = `node ${shellQuote(rel.startsWith("..") ? script : rel)}`;
  }
  const options = new Map(given);
  if (!options.has("manifest")) options.set("manifest", paths.manifestRel);
  if (!options.has("output")) options.set("output", paths.outputRel);
  const order = Object.keys(PACK_OPTIONS);
  const parts = [...options].sort((a, b) => order.indexOf(a[0]) - order.indexOf(b[0])).map(([k, v]) => `--${k} ${shellQuote(v)}`);
  return `${program} generate ${parts.join(" ")}`;
}
function shellQuote(s) {
  return /^[A-Za-z0-9_/.:=@%+,-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}

export {
  PACK_OPTIONS_HELP,
  parsePackArgs,
  compileManifestFile,
  reportPackFailure,
  regenerateCommand
};
