import { createRequire as __mgpCreateRequire } from 'node:module';
const require = __mgpCreateRequire(import.meta.url);
import {
  error,
  info,
  setFailed,
  setOutput,
  summary,
  warning
} from "./chunk-XW7WOUBK.js";
import {
  checkDrift
} from "./chunk-ZZT4ZNZJ.js";
import {
  compileManifestLean,
  readTextFile,
  resolvePackPaths
} from "./chunk-GYEO4GFA.js";
import {
  identityOf
} from "./chunk-NCCZSBQK.js";
import "./chunk-ZMSVKSWG.js";
import "./chunk-JDZWEFML.js";
import {
  sha256Hex
} from "./chunk-E4SN7ZSR.js";
import {
  ManifestError,
  formatProblem,
  normaliseLineEndings
} from "./chunk-NWVMCMAX.js";
import "./chunk-IOPAOPV6.js";
import "./chunk-5TZFI64R.js";

// src/action/check.ts
import { readFileSync } from "node:fs";
var SUMMARY_DIFF_LINES = 400;
async function runCheck(inputs, env) {
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const paths = resolvePackPaths(workspace, ".", inputs.manifestPath, inputs.packPath);
  const regenerate = `npx mcp-gateway-policy generate --manifest ${paths.manifestRel} --output ${paths.outputRel}`;
  const manifestText = readTextFile(paths.manifestAbs, "manifest");
  const packBytes = readBytes(paths.outputAbs);
  setOutput("pack-sha256", packBytes === null ? "" : sha256Hex(packBytes));
  setOutput("manifest-sha256", manifestText === null ? "" : sha256Hex(normaliseLineEndings(manifestText)));
  if (manifestText === null) {
    setOutput("drift", "true");
    setFailed(`manifest ${paths.manifestRel} not found in the checkout (input manifest-path)`);
    return;
  }
  let result;
  try {
    result = await compileManifestLean(manifestText, { manifestPath: paths.manifestRel });
  } catch (err) {
    if (!(err instanceof ManifestError)) throw err;
    setOutput("drift", "true");
    for (const p of err.problems) {
      error(formatProblem(p, paths.manifestRel), { title: "Invalid workflow manifest", file: paths.manifestRel, startLine: p.line, startColumn: p.column });
    }
    await summary.addHeading("Workflow manifest is invalid", 2).addRaw(`<p>${escapeHtml(paths.manifestRel)}: ${err.problems.length} problem(s); no pack can be generated from it.</p>

`).addRaw(fenced(err.problems.map((p) => formatProblem(p, paths.manifestRel)).join("\n"), "text")).write();
    setFailed(`${paths.manifestRel} is invalid (${err.problems.length} problem(s)); see the annotations`);
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
    await summary.addRaw(`<p>\u2705 Policy pack <code>${escapeHtml(paths.outputRel)}</code> matches <code>${escapeHtml(paths.manifestRel)}</code> (pack sha256 <code>${result.packSha256}</code>).</p>
`).write();
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
  setFailed(`${what} (drift). Regenerate with: ${regenerate}`);
}
function readBytes(absPath) {
  try {
    return readFileSync(absPath);
  } catch (err) {
    if (err.code === "ENOENT") return null;
    throw err;
  }
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
