import { createRequire as __mgpCreateRequire } from 'node:module';
const require = __mgpCreateRequire(import.meta.url);
import {
  parseCommandArgs,
  stringOpt
} from "./chunk-LQIVBWD2.js";
import {
  EXIT_OK,
  EXIT_POLICY,
  EXIT_USAGE,
  UsageError
} from "./chunk-W634JM7Y.js";
import "./chunk-5TZFI64R.js";

// src/cli/commands/diff.ts
import { readFileSync, statSync } from "node:fs";
import path from "node:path";
var USAGE = `Usage: mcp-gateway-policy diff OLD NEW [--json] [--workflow ID]

What an agent may do under NEW that it could not under OLD (widened), and the reverse
(narrowed): workflows, statuses and maturity stages, MCP scopes and their decisions, the exact
set of writable paths (each difference with a witness path the engine decides that way), limits,
agent classes, gate phases, reviewer pools, review requirements, kill signals, branch prefix and
PR label.

OLD and NEW are each a policy pack or a manifest (JSON or YAML; compiled first), as a file, or
as REF:PATH to read it from a git commit of the repository in the current directory
(e.g. origin/main:data/control-plane/workflow-manifests.json).

Options:
  --json          print {"widened": [...], "narrowed": [...]} (entries: workflow_id, kind,
                  detail, witness) instead of the report
  --workflow ID   only this workflow's changes (pack-wide changes are listed too)

Exit codes: 0 nothing widened, 1 something widened, 2 usage error (including an OLD or NEW
that cannot be read, compiled or loaded).`;
var command = {
  summary: "Compare two packs or manifests: what an agent may now do that it could not",
  async run(argv, io) {
    const args = parseCommandArgs(argv, { json: { type: "boolean" }, workflow: { type: "string" } }, USAGE, true);
    if (args.help) {
      io.stdout.write(USAGE + "\n");
      return EXIT_OK;
    }
    if (args.positionals.length !== 2) throw new UsageError(`diff takes exactly two arguments, OLD and NEW

${USAGE}`);
    const [oldArg, newArg] = args.positionals;
    const workflow = stringOpt(args, "workflow");
    const { loadPolicySource, PolicySourceError, diffPolicies, formatDiffText } = await import("./diff-O26POLXL.js");
    let oldPolicy, newPolicy;
    try {
      oldPolicy = loadPolicySource(await readSource(oldArg, io), oldArg).policy;
      newPolicy = loadPolicySource(await readSource(newArg, io), newArg).policy;
    } catch (err) {
      if (err instanceof PolicySourceError || err instanceof SourceReadError) {
        io.stderr.write(`error: ${err.message}
`);
        return EXIT_USAGE;
      }
      throw err;
    }
    if (workflow !== void 0 && oldPolicy.workflow(workflow) === void 0 && newPolicy.workflow(workflow) === void 0) {
      throw new UsageError(
        `--workflow ${JSON.stringify(workflow)} is in neither pack; workflows: ${[.../* @__PURE__ */ new Set([...oldPolicy.workflowIds(), ...newPolicy.workflowIds()])].join(", ")}`
      );
    }
    const diff = diffPolicies(oldPolicy, newPolicy, workflow === void 0 ? {} : { workflow });
    if (args.values.json === true) io.stdout.write(JSON.stringify(diff, null, 2) + "\n");
    else io.stdout.write(formatDiffText(diff, oldArg, newArg));
    return diff.widened.length > 0 ? EXIT_POLICY : EXIT_OK;
  }
};
var diff_default = command;
var SourceReadError = class extends Error {
};
async function readSource(arg, io) {
  const file = path.resolve(io.cwd, arg);
  if (isFile(file)) return readFileSync(file, "utf8");
  const colon = arg.indexOf(":");
  if (colon <= 0 || colon === arg.length - 1) throw new SourceReadError(`${arg}: no such file (for a git commit's file, write REF:PATH)`);
  const ref = arg.slice(0, colon);
  const repoPath = arg.slice(colon + 1).replace(/^\.\//, "");
  if (ref.startsWith("-")) throw new SourceReadError(`${arg}: a ref cannot start with "-"`);
  const { GitReader, GitError } = await import("./git-KYCZ3AME.js");
  let reader;
  try {
    reader = await GitReader.open(io.cwd);
  } catch (err) {
    if (err instanceof GitError) throw new SourceReadError(`${arg}: ${io.cwd} is not in a git repository (${err.message})`);
    throw err;
  }
  try {
    const commit = (await reader.text(["rev-parse", "--verify", "--end-of-options", `${ref}^{commit}`])).trim();
    return await reader.text(["cat-file", "blob", `${commit}:${repoPath}`]);
  } catch (err) {
    if (err instanceof GitError) throw new SourceReadError(`${arg}: ${err.message}`);
    throw err;
  } finally {
    await reader.close();
  }
}
function isFile(p) {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}
export {
  diff_default as default
};
