import { createRequire as __mgpCreateRequire } from 'node:module';
const require = __mgpCreateRequire(import.meta.url);
import {
  error,
  info,
  setFailed,
  setOutput,
  summary,
  warning
} from "./chunk-K3UQ2E6L.js";
import "./chunk-52PJVBLV.js";
import {
  compileManifestLean,
  identityOf,
  readTextFile,
  resolvePackPaths
} from "./chunk-3E2C7ZGU.js";
import {
  readFileIfExists,
  sha256Hex
} from "./chunk-P25BMAAV.js";
import {
  ManifestError,
  formatProblem,
  normaliseLineEndings
} from "./chunk-YXQSOUEQ.js";
import {
  checkDrift
} from "./chunk-IQSXUR46.js";
import {
  DEFAULT_MANIFEST_PATH,
  recordedManifestPath
} from "./chunk-MHXBMGPT.js";
import "./chunk-5TZFI64R.js";

// src/action/check.ts
import { readFileSync } from "node:fs";
var SUMMARY_DIFF_LINES = 400;
async function runCheck(inputs, env) {
  const fail = inputs.enforce ? (m) => setFailed(m) : (m) => warning(`shadow: would fail: ${m}`);
  await driftCheck(inputs, env, fail);
  await policyChangeCheck(inputs, env, fail);
}
async function policyChangeCheck(inputs, env, fail) {
  const name = env.GITHUB_EVENT_NAME;
  if (name !== "pull_request" && name !== "pull_request_target" || !env.GITHUB_EVENT_PATH || inputs.token === "") return;
  const { parsePullRequestEvent } = await import("./github-Z3P43WOX.js");
  const { createOctokit } = await import("./octokit-UU6KR7CP.js");
  const { reviewPolicyChange } = await import("./policy-change-25CBY5NV.js");
  const { policyChangeHeld, policyChangeSummary } = await import("./admission-NOJGOL7L.js");
  const { renderPolicyDiffMarkdown } = await import("./evidence-H6TXS7ED.js");
  const event = parsePullRequestEvent(name, JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, "utf8")), env.GITHUB_REPOSITORY);
  const gh = createOctokit(inputs.token, { baseUrl: env.GITHUB_API_URL, warn: (m) => warning(m) });
  const change = await reviewPolicyChange(gh, event, inputs);
  if (change === null) return;
  const summary2 = policyChangeSummary(change);
  setOutput("policy-widenings", String(change.widened.length + (change.problem === null ? 0 : 1)));
  await summary.addRaw(renderPolicyDiffMarkdown(change).join("\n") + "\n").write();
  if (policyChangeHeld(change))
    fail(`hold_for_approval: ${summary2}. Needs an APPROVED review on the head from a member of "${change.owners_pool}" (policy-owners).`);
  else info(`Policy change: ${summary2}`);
}
async function driftCheck(inputs, env, fail) {
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const packPaths = resolvePackPaths(workspace, ".", void 0, inputs.packPath);
  const recorded = inputs.manifestPath === null ? recordedManifestPath(readText(packPaths.outputAbs)) : null;
  const paths = resolvePackPaths(workspace, ".", inputs.manifestPath ?? recorded ?? DEFAULT_MANIFEST_PATH, inputs.packPath);
  const regenerate = `npx mcp-gateway-policy generate --manifest ${paths.manifestRel} --output ${paths.outputRel}`;
  const manifestText = readTextFile(paths.manifestAbs, "manifest");
  const packBytes = readFileIfExists(paths.outputAbs);
  setOutput("pack-sha256", packBytes === null ? "" : sha256Hex(packBytes));
  setOutput("manifest-sha256", manifestText === null ? "" : sha256Hex(normaliseLineEndings(manifestText)));
  if (manifestText === null) {
    setOutput("drift", "true");
    fail(
      `manifest ${paths.manifestRel} not found in the checkout (${inputs.manifestPath !== null ? "input manifest-path" : recorded !== null ? `the path ${paths.outputRel} records; set the manifest-path input to use another` : "the default; set the manifest-path input"})`
    );
    return;
  }
  let result;
  try {
    result = await compileManifestLean(manifestText, { manifestPath: paths.manifestRel });
  } catch (err) {
    if (!(err instanceof ManifestError)) throw err;
    setOutput("drift", "true");
    for (const p of err.problems) {
      error(formatProblem(p, paths.manifestRel), {
        title: "Invalid workflow manifest",
        file: paths.manifestRel,
        startLine: p.line,
        startColumn: p.column
      });
    }
    await summary.addHeading("Workflow manifest is invalid", 2).addRaw(`<p>${escapeHtml(paths.manifestRel)}: ${err.problems.length} problem(s); no pack can be generated from it.</p>

`).addRaw(fenced(err.problems.map((p) => formatProblem(p, paths.manifestRel)).join("\n"), "text")).write();
    fail(`${paths.manifestRel} is invalid (${err.problems.length} problem(s)); see the annotations`);
    return;
  }
  for (const w of result.warnings) {
    warning(w.message, { title: "Maturity posture", file: paths.manifestRel, startLine: w.line, startColumn: w.column });
  }
  const committed = packBytes === null ? null : new TextDecoder().decode(packBytes);
  const drift = checkDrift(result.packText, committed, { path: paths.outputRel });
  setOutput("drift", String(drift.drift));
  if (!drift.drift) {
    info(`ok: ${paths.outputRel} matches ${paths.manifestRel} (pack sha256 ${result.packSha256})`);
    await summary.addRaw(
      `<p>\u2705 Policy pack <code>${escapeHtml(paths.outputRel)}</code> matches <code>${escapeHtml(paths.manifestRel)}</code> (pack sha256 <code>${result.packSha256}</code>).</p>
`
    ).write();
    return;
  }
  const what = committed === null ? `${paths.outputRel} is missing` : `${paths.outputRel} differs from what ${paths.manifestRel} generates`;
  const identityOnly = committed !== null && (await compileManifestLean(manifestText, { manifestPath: paths.manifestRel, ...identityOf(committed) })).packText === committed;
  const note = identityOnly ? " Only policy_id, intent or generated_at differ: set them in the manifest's policy_pack block (this check uses the defaults)." : "";
  error(`Policy pack drift: ${what}.${note} Regenerate with: ${regenerate}`, {
    title: "Policy pack drift",
    file: paths.outputRel,
    startLine: drift.firstChangedLine ?? 1
  });
  const lines = drift.diff.replace(/\n$/, "").split("\n");
  const shown = lines.slice(0, SUMMARY_DIFF_LINES).join("\n") + (lines.length > SUMMARY_DIFF_LINES ? `
... (${lines.length - SUMMARY_DIFF_LINES} more diff lines)` : "");
  await summary.addHeading("Policy pack drift", 2).addRaw(`<p>${escapeHtml(what)}.${escapeHtml(note)}</p>

`).addRaw(fenced(shown, "diff")).addRaw(`
<p>Regenerate and commit the pack:</p>

`).addRaw(fenced(regenerate, "sh")).write();
  fail(`${what} (drift). Regenerate with: ${regenerate}`);
}
function readText(absPath) {
  const bytes = readFileIfExists(absPath);
  return bytes === null ? null : new TextDecoder().decode(bytes);
}
function fenced(content, lang) {
  const longest = Math.max(0, ...(content.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(Math.max(3, longest + 1));
  return `${fence}${lang}
${content}
${fence}
`;
}
function escapeHtml(s) {
  return s.replace(/[&<>"'`*_[\]\\|#]/g, (c) => `&#${c.charCodeAt(0)};`);
}
export {
  fenced,
  runCheck
};
