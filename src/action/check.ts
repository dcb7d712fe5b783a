import { readFileSync } from 'node:fs';
import * as core from '@actions/core';
import type { ActionInputs } from './inputs.js';
import {
  compileManifestLean,
  identityOf,
  formatProblem,
  ManifestError,
  resolvePackPaths,
  readTextFile,
  normaliseLineEndings,
  DEFAULT_MANIFEST_PATH,
  recordedManifestPath,
} from '../pack/index.js';
import { checkDrift } from '../pack/drift.js';
import { readFileIfExists, sha256Hex } from '../util/index.js';

/** The job summary gets at most this much diff; the annotation and the regenerate command say the rest. */
const SUMMARY_DIFF_LINES = 400;

/**
 * `mode: check`: the drift check on the workflow's checkout, as `mcp-gateway-policy check` with
 * default options. Outputs pack-sha256 (the committed file's bytes), manifest-sha256 and drift.
 * Drift, a missing pack or an invalid manifest fail the step with annotations and a job summary.
 */
export async function runCheck(inputs: ActionInputs, env: NodeJS.ProcessEnv): Promise<void> {
  // Shadow mode reports what would fail, as a warning, and never fails the step.
  const fail = inputs.enforce ? (m: string) => core.setFailed(m) : (m: string) => core.warning(`shadow: would fail: ${m}`);
  await driftCheck(inputs, env, fail);
  await policyChangeCheck(inputs, env, fail);
}

/**
 * On a pull request that changes the manifest or the pack: the semantic diff from the base's pack
 * to the pack the head's manifest generates, in the job summary; a widening without the
 * policy owners' approval holds the check.
 */
async function policyChangeCheck(inputs: ActionInputs, env: NodeJS.ProcessEnv, fail: (m: string) => void): Promise<void> {
  const name = env.GITHUB_EVENT_NAME;
  if ((name !== 'pull_request' && name !== 'pull_request_target') || !env.GITHUB_EVENT_PATH || inputs.token === '') return;
  const { parsePullRequestEvent } = await import('../github/index.js');
  const { createOctokit } = await import('../github/octokit.js');
  const { reviewPolicyChange } = await import('./policy-change.js');
  const { policyChangeHeld, policyChangeSummary } = await import('../admission/index.js');
  const { renderPolicyDiffMarkdown } = await import('../evidence/index.js');
  const event = parsePullRequestEvent(name, JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')), env.GITHUB_REPOSITORY);
  const gh = createOctokit(inputs.token, { baseUrl: env.GITHUB_API_URL, warn: (m) => core.warning(m) });
  const change = await reviewPolicyChange(gh, event, inputs);
  if (change === null) return;
  const summary = policyChangeSummary(change);
  core.setOutput('policy-widenings', String(change.widened.length + (change.problem === null ? 0 : 1)));
  await core.summary.addRaw(renderPolicyDiffMarkdown(change).join('\n') + '\n').write();
  if (policyChangeHeld(change))
    fail(`hold_for_approval: ${summary}. Needs an APPROVED review on the head from a member of "${change.owners_pool}" (policy-owners).`);
  else core.info(`Policy change: ${summary}`);
}

async function driftCheck(inputs: ActionInputs, env: NodeJS.ProcessEnv, fail: (m: string) => void): Promise<void> {
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  // Without a manifest-path input, the manifest is the one the committed pack was generated from.
  const packPaths = resolvePackPaths(workspace, '.', undefined, inputs.packPath);
  const recorded = inputs.manifestPath === null ? recordedManifestPath(readText(packPaths.outputAbs)) : null;
  const paths = resolvePackPaths(workspace, '.', inputs.manifestPath ?? recorded ?? DEFAULT_MANIFEST_PATH, inputs.packPath);
  const regenerate = `npx mcp-gateway-policy generate --manifest ${paths.manifestRel} --output ${paths.outputRel}`;

  const manifestText = readTextFile(paths.manifestAbs, 'manifest');
  const packBytes = readFileIfExists(paths.outputAbs);
  core.setOutput('pack-sha256', packBytes === null ? '' : sha256Hex(packBytes));
  core.setOutput('manifest-sha256', manifestText === null ? '' : sha256Hex(normaliseLineEndings(manifestText)));
  if (manifestText === null) {
    core.setOutput('drift', 'true');
    fail(
      `manifest ${paths.manifestRel} not found in the checkout (${inputs.manifestPath !== null ? 'input manifest-path' : recorded !== null ? `the path ${paths.outputRel} records; set the manifest-path input to use another` : 'the default; set the manifest-path input'})`,
    );
    return;
  }

  let result;
  try {
    result = await compileManifestLean(manifestText, { manifestPath: paths.manifestRel });
  } catch (err) {
    if (!(err instanceof ManifestError)) throw err;
    // Nothing can be generated from an invalid manifest, so the committed pack cannot be trusted to match it.
    core.setOutput('drift', 'true');
    for (const p of err.problems) {
      core.error(formatProblem(p, paths.manifestRel), {
        title: 'Invalid workflow manifest',
        file: paths.manifestRel,
        startLine: p.line,
        startColumn: p.column,
      });
    }
    await core.summary
      .addHeading('Workflow manifest is invalid', 2)
      .addRaw(`<p>${escapeHtml(paths.manifestRel)}: ${err.problems.length} problem(s); no pack can be generated from it.</p>\n\n`)
      .addRaw(fenced(err.problems.map((p) => formatProblem(p, paths.manifestRel)).join('\n'), 'text'))
      .write();
    fail(`${paths.manifestRel} is invalid (${err.problems.length} problem(s)); see the annotations`);
    return;
  }
  for (const w of result.warnings) {
    core.warning(w.message, { title: 'Maturity posture', file: paths.manifestRel, startLine: w.line, startColumn: w.column });
  }

  const committed = packBytes === null ? null : new TextDecoder().decode(packBytes);
  const drift = checkDrift(result.packText, committed, { path: paths.outputRel });
  core.setOutput('drift', String(drift.drift));
  if (!drift.drift) {
    core.info(`ok: ${paths.outputRel} matches ${paths.manifestRel} (pack sha256 ${result.packSha256})`);
    await core.summary
      .addRaw(
        `<p>✅ Policy pack <code>${escapeHtml(paths.outputRel)}</code> matches <code>${escapeHtml(paths.manifestRel)}</code> (pack sha256 <code>${result.packSha256}</code>).</p>\n`,
      )
      .write();
    return;
  }

  const what = committed === null ? `${paths.outputRel} is missing` : `${paths.outputRel} differs from what ${paths.manifestRel} generates`;
  const identityOnly =
    committed !== null &&
    (await compileManifestLean(manifestText, { manifestPath: paths.manifestRel, ...identityOf(committed) })).packText === committed;
  const note = identityOnly
    ? " Only policy_id, intent or generated_at differ: set them in the manifest's policy_pack block (this check uses the defaults)."
    : '';
  core.error(`Policy pack drift: ${what}.${note} Regenerate with: ${regenerate}`, {
    title: 'Policy pack drift',
    file: paths.outputRel,
    startLine: drift.firstChangedLine ?? 1,
  });
  const lines = drift.diff.replace(/\n$/, '').split('\n');
  const shown =
    lines.slice(0, SUMMARY_DIFF_LINES).join('\n') +
    (lines.length > SUMMARY_DIFF_LINES ? `\n... (${lines.length - SUMMARY_DIFF_LINES} more diff lines)` : '');
  await core.summary
    .addHeading('Policy pack drift', 2)
    .addRaw(`<p>${escapeHtml(what)}.${escapeHtml(note)}</p>\n\n`)
    .addRaw(fenced(shown, 'diff'))
    .addRaw(`\n<p>Regenerate and commit the pack:</p>\n\n`)
    .addRaw(fenced(regenerate, 'sh'))
    .write();
  fail(`${what} (drift). Regenerate with: ${regenerate}`);
}

function readText(absPath: string): string | null {
  const bytes = readFileIfExists(absPath);
  return bytes === null ? null : new TextDecoder().decode(bytes);
}

/** A fenced code block that no content can close early: the fence is longer than any backtick run inside. */
export function fenced(content: string, lang: string): string {
  const longest = Math.max(0, ...(content.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}${lang}\n${content}\n${fence}\n`;
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"'`*_[\]\\|#]/g, (c) => `&#${c.charCodeAt(0)};`);
}
