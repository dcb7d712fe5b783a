import { createRequire as __mgpCreateRequire } from 'node:module';
const require = __mgpCreateRequire(import.meta.url);
import {
  readApprovalKeys
} from "./chunk-H63G3AEV.js";
import {
  listOpt,
  parseCommandArgs,
  requireOpt,
  stringOpt
} from "./chunk-LQIVBWD2.js";
import {
  EXIT_OK,
  EXIT_POLICY,
  UsageError
} from "./chunk-W634JM7Y.js";
import {
  GitError,
  collectLocalAdmissionInput
} from "./chunk-HG5UN27J.js";
import "./chunk-MSBYZGYY.js";
import {
  DEFAULT_PACK_PATH
} from "./chunk-MHXBMGPT.js";
import "./chunk-5TZFI64R.js";

// src/cli/commands/admit.ts
import { readFile } from "node:fs/promises";
import path from "node:path";
var USAGE = `Usage: mcp-gateway-policy admit --base REF --head REF [options]

Run the PR admission check on a local git repository: the change from the merge base of
--base and --head to --head, against the policy pack and manifest as committed on --base
(never the work tree, never the head). Nothing from the repository is executed.

Options:
  --policy PATH            the pack's path in the repository (read from the base commit;
                           default ${DEFAULT_PACK_PATH}, where generate writes it)
  --base REF               the branch or commit the change goes into
  --head REF               the agent's branch or commit
                           (a REF is a branch, refs/heads/\u2026 or refs/remotes/\u2026, any full
                           refs/\u2026 name, HEAD, or a full commit id; a short name that a tag or
                           another ref also has is refused, never guessed)
  --repo DIR               the repository (default: the current directory)
  --manifest PATH          the manifest's path (default: the pack's source_manifest.path)
  --branch NAME            the head branch name, when --head is a commit or a detached HEAD
  --workflow-id ID         the workflow (else from the branch <prefix><workflow_id>/\u2026)
  --workflow-from LIST     where the workflow id may come from, comma-separated, of input
                           (--workflow-id), branch, trailer (a "Workflow-Id:" trailer in the
                           head commit message: the change's own text, so off unless listed);
                           default input,branch. Every source consulted must agree
  --change-class CLASS     the change class, for the workflow's manual_review_required_for
  --agent-class CLASS      the agent class (else from --agent-login)
  --agent-login LOGIN      the agent's login, e.g. claude[bot]
  --run-id ID              the run id (else a "Run-Id:" trailer, else local-<head sha>)
  --label LABEL            a label the change carries (repeatable)
  --approval FILE          a typed approval record (JSON) for the head commit (repeatable)
  --reviewer-pools FILE    YAML map of pool \u2192 logins (the Action's reviewer-pools input): a
                           record's approver must be listed in the pool the record names.
                           Without it the pool is taken from the record: self-asserted
  --approval-keys FILE     trusted Ed25519 keys, JSON: {"<key id>": {"public_key_pem": "...",
                           "approvers": ["alice"]}}; with keys, only signed records approve
  --tool-namespace NS      the write's tool namespace (default repo.contents)
  --approvals all|any      one approval from each reviewer pool (all, default) or any pool
  --kill-signal TEXT       a fired kill signal: the decision is kill_session
  --kill-label LABEL       the label that kills the session (default agent-kill-session)
  --expect-pack-sha256 HEX refuse a pack with another SHA-256
  --now TIME               evaluate at this RFC 3339 time (default: now), e.g. to replay a run
  --json                   print the complete evidence record as JSON instead of Markdown
  --fail-on LIST           decisions that exit 1, comma-separated (default
                           deny,kill_session,hold_for_approval); deny and kill_session always do

Exit codes: 0 allow or not_applicable, 1 deny, kill_session or hold_for_approval (unless
--fail-on leaves hold out), 2 usage error.`;
var OPTIONS = {
  policy: { type: "string" },
  base: { type: "string" },
  head: { type: "string" },
  repo: { type: "string" },
  manifest: { type: "string" },
  branch: { type: "string" },
  "workflow-id": { type: "string" },
  "workflow-from": { type: "string" },
  "change-class": { type: "string" },
  "agent-class": { type: "string" },
  "agent-login": { type: "string" },
  "run-id": { type: "string" },
  label: { type: "string", multiple: true },
  approval: { type: "string", multiple: true },
  "reviewer-pools": { type: "string" },
  "approval-keys": { type: "string" },
  "tool-namespace": { type: "string" },
  approvals: { type: "string" },
  "kill-signal": { type: "string" },
  "kill-label": { type: "string" },
  "expect-pack-sha256": { type: "string" },
  now: { type: "string" },
  json: { type: "boolean" },
  "fail-on": { type: "string" }
};
var FAILING = ["deny", "kill_session", "hold_for_approval"];
var command = {
  summary: "Run the PR admission check on a local git repository",
  async run(argv, io) {
    const args = parseCommandArgs(argv, OPTIONS, USAGE);
    if (args.help) {
      io.stdout.write(USAGE + "\n");
      return EXIT_OK;
    }
    const ref = (name) => {
      const v = requireOpt(args, name, USAGE);
      if (v.startsWith("-")) throw new UsageError(`--${name} "${v}" is not a git ref`);
      return v;
    };
    const policy = stringOpt(args, "policy") ?? DEFAULT_PACK_PATH;
    const base = ref("base");
    const head = ref("head");
    const approvals = stringOpt(args, "approvals") ?? "all";
    if (approvals !== "all" && approvals !== "any") throw new UsageError(`--approvals is "${approvals}"; valid values: all, any`);
    const failOn = parseFailOn(stringOpt(args, "fail-on"));
    let workflowFrom = null;
    try {
      const raw = stringOpt(args, "workflow-from");
      workflowFrom = raw === void 0 ? null : (await import("./admission-NOJGOL7L.js")).parseWorkflowFrom(raw);
    } catch (err) {
      throw new UsageError(`--workflow-from: ${err.message}`);
    }
    const pin = stringOpt(args, "expect-pack-sha256")?.trim().toLowerCase();
    if (pin !== void 0 && !/^[0-9a-f]{64}$/.test(pin)) throw new UsageError("--expect-pack-sha256 must be 64 hex characters");
    const now = stringOpt(args, "now");
    if (now !== void 0 && !Number.isFinite(Date.parse(now))) throw new UsageError(`--now "${now}" is not a date-time`);
    const repoDir = path.resolve(io.cwd, stringOpt(args, "repo") ?? ".");
    const records = await Promise.all(listOpt(args, "approval").map((f) => readRecord(path.resolve(io.cwd, f))));
    const poolsFile = stringOpt(args, "reviewer-pools");
    const reviewerPools = poolsFile === void 0 ? null : await readPools(path.resolve(io.cwd, poolsFile), poolsFile);
    const keysFile = stringOpt(args, "approval-keys");
    let trustedKeys = null;
    if (keysFile !== void 0) {
      try {
        trustedKeys = readApprovalKeys(io.cwd, keysFile);
      } catch (err) {
        throw new UsageError(`--approval-keys: ${err.message}`);
      }
    }
    let input;
    const reading = collectLocalAdmissionInput({
      repoDir,
      base,
      head,
      packPath: policy,
      manifestPath: stringOpt(args, "manifest") ?? null,
      branch: stringOpt(args, "branch") ?? null,
      workflowId: stringOpt(args, "workflow-id") ?? null,
      workflowFrom,
      changeClass: stringOpt(args, "change-class")?.trim() || null,
      agentClass: stringOpt(args, "agent-class") ?? null,
      agentLogin: stringOpt(args, "agent-login") ?? null,
      runId: stringOpt(args, "run-id") ?? null,
      labels: listOpt(args, "label"),
      approvalRecords: records,
      reviewerPools,
      trustedKeys,
      toolNamespace: stringOpt(args, "tool-namespace") ?? "repo.contents",
      approvals,
      killSignal: stringOpt(args, "kill-signal") ?? null,
      killLabel: stringOpt(args, "kill-label") ?? "agent-kill-session",
      expectPackSha256: pin ?? null,
      now: now === void 0 ? void 0 : new Date(Date.parse(now)).toISOString()
    });
    const core = Promise.all([import("./admission-NOJGOL7L.js"), import("./evidence-H6TXS7ED.js")]);
    core.catch(() => void 0);
    try {
      input = await reading;
    } catch (err) {
      if (err instanceof GitError) throw new UsageError(err.message);
      throw err;
    }
    const [{ admitLean }, { renderEvidenceMarkdown, sealEvidence }] = await core;
    const record = sealEvidence(await admitLean(input));
    io.stdout.write(args.values.json === true ? JSON.stringify(record, null, 2) + "\n" : renderEvidenceMarkdown(record, { marker: false }));
    return failOn.includes(record.decision) ? EXIT_POLICY : EXIT_OK;
  }
};
var admit_default = command;
function parseFailOn(raw) {
  if (raw === void 0) return [...FAILING];
  const values = raw.split(/[\s,]+/).filter(Boolean);
  for (const v of values) {
    if (!FAILING.includes(v)) throw new UsageError(`--fail-on has "${v}"; valid values: ${FAILING.join(", ")}`);
  }
  return [.../* @__PURE__ */ new Set(["deny", "kill_session", ...values])];
}
async function readPools(file, given) {
  let text;
  try {
    text = await readFile(file, "utf8");
  } catch (err) {
    throw new UsageError(
      `--reviewer-pools ${given}: ${err.code === "ENOENT" ? "no such file" : err.message}`
    );
  }
  try {
    const [{ parse: parseYaml }, { parseReviewerPools }] = await Promise.all([import("./dist-Z73Q646D.js"), import("./admission-NOJGOL7L.js")]);
    return parseReviewerPools(parseYaml(text), `--reviewer-pools ${given}`);
  } catch (err) {
    throw new UsageError(
      err.message.startsWith("--reviewer-pools") ? err.message : `--reviewer-pools ${given} is not YAML: ${err.message}`
    );
  }
}
async function readRecord(file) {
  let text;
  try {
    text = await readFile(file, "utf8");
  } catch (err) {
    throw new UsageError(
      `--approval ${file}: ${err.code === "ENOENT" ? "no such file" : err.message}`
    );
  }
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new UsageError(`--approval ${file} is not JSON: ${err.message}`);
  }
}
export {
  admit_default as default
};
