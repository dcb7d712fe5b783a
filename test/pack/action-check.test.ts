import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { actionInProcess } from '../support/in-process.js';
import { DIST_ACTION, REPO_ROOT } from '../support/paths.js';
import { compileManifest } from '../../src/pack/compile-manifest.js';
import { sha256Hex } from '../../src/util/canonical-json.js';
import { EXAMPLE_MANIFEST, EXAMPLE_PACK, MANIFEST_PATH, PACK_PATH, tempRepo } from './helpers.js';

interface ActionRun {
  status: number | null;
  stdout: string;
  outputs: Record<string, string>;
  summary: string;
}

/**
 * Runs the Action as the runner does: INPUT_* from action.yml defaults plus ours, GITHUB_* files;
 * in process through run(env), or `node dist/index.js` with `dist`.
 */
async function runAction(workspace: string, inputs: Record<string, string> = {}, o: { dist?: boolean } = {}): Promise<ActionRun> {
  const meta = parseYaml(readFileSync(path.join(REPO_ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }> };
  const env: Record<string, string> = { PATH: process.env.PATH ?? '' };
  for (const [name, spec] of Object.entries({ ...meta.inputs })) {
    const value = inputs[name] ?? String(spec.default ?? '').replace('${{ github.token }}', 'ghs_not-a-real-token');
    env[`INPUT_${name.toUpperCase()}`] = value;
  }
  const runnerDir = tempRepo();
  const outputFile = path.join(runnerDir, 'output.txt');
  const summaryFile = path.join(runnerDir, 'summary.md');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  Object.assign(env, {
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_ACTIONS: 'true',
    RUNNER_TEMP: runnerDir,
  });
  // Started outside the workspace on purpose (the dist run in runnerDir, the in-process one in the
  // repo root): the check must find the files through GITHUB_WORKSPACE.
  const r =
    o.dist === true ? spawnSync(process.execPath, [DIST_ACTION], { cwd: runnerDir, env, encoding: 'utf8' }) : await actionInProcess(env);
  return {
    status: r.status,
    stdout: r.stdout,
    outputs: parseOutputs(readFileSync(outputFile, 'utf8')),
    summary: readFileSync(summaryFile, 'utf8'),
  };
}

/** GITHUB_OUTPUT's `name<<delimiter\nvalue\ndelimiter` records. */
function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) out[m[1]!] = m[3]!;
  return out;
}

const manifest = () => readFileSync(EXAMPLE_MANIFEST, 'utf8');
const pack = () => readFileSync(EXAMPLE_PACK, 'utf8');

describe('Action mode: check (run(env) in process; the first case also as dist/index.js)', () => {
  it.each([false, true])('a clean checkout: drift=false, both hashes, a one-line summary, success (dist: %s)', async (dist) => {
    const repo = tempRepo({ [MANIFEST_PATH]: manifest().replace(/\n/g, '\r\n'), [PACK_PATH]: pack() });
    const r = await runAction(repo, { mode: 'check' }, { dist });
    expect(r.status).toBe(0);
    expect(r.outputs).toEqual({
      'pack-sha256': sha256Hex(Buffer.from(pack(), 'utf8')),
      'manifest-sha256': sha256Hex(manifest()),
      drift: 'false',
    });
    expect(r.summary).toContain('matches');
    expect(r.stdout).not.toContain('::error');
  });

  it('drift: drift=true, an error annotation on the changed line of the pack, the diff fenced in the summary, failure', async () => {
    const committed = pack();
    const tampered = committed.replace('"max_changed_files": 3,', '"max_changed_files": 30,');
    expect(tampered).not.toBe(committed);
    const changedLine = committed.split('\n').findIndex((l) => l.includes('"max_changed_files": 3,')) + 1;
    const repo = tempRepo({ [MANIFEST_PATH]: manifest(), [PACK_PATH]: tampered });
    const r = await runAction(repo, { mode: 'check' });
    expect(r.status).toBe(1);
    expect(r.outputs.drift).toBe('true');
    expect(r.outputs['pack-sha256']).toBe(sha256Hex(Buffer.from(tampered, 'utf8')));
    expect(r.stdout).toContain(
      `::error title=Policy pack drift,file=${PACK_PATH},line=${changedLine}::Policy pack drift: ${PACK_PATH} differs`,
    );
    expect(r.summary).toContain('Policy pack drift');
    expect(r.summary).toMatch(/```diff\n--- data\/policy\/mcp-gateway-policy\.json\tcommitted\n/);
    expect(r.summary).toContain('\n-        "max_changed_files": 30,\n+        "max_changed_files": 3,\n');
    expect(r.summary).toContain(`npx mcp-gateway-policy generate --manifest ${MANIFEST_PATH} --output ${PACK_PATH}`);
  });

  it('a missing pack: drift=true, empty pack-sha256, failure', async () => {
    const repo = tempRepo({ [MANIFEST_PATH]: manifest() });
    const r = await runAction(repo, { mode: 'check' });
    expect(r.status).toBe(1);
    expect(r.outputs).toMatchObject({ drift: 'true', 'pack-sha256': '' });
    expect(r.stdout).toContain(`::error title=Policy pack drift,file=${PACK_PATH},line=1::Policy pack drift: ${PACK_PATH} is missing`);
  });

  it('diff text with backticks and HTML cannot break out of the summary fence', async () => {
    const hostile = 'Close the fence ```\n</details><img src=x onerror=alert(1)> ````';
    const m = JSON.parse(manifest());
    m.workflows[0].title = hostile;
    const repo = tempRepo({ 'ctl/m.json': JSON.stringify(m, null, 2), 'ctl/pack.json': pack() });
    const r = await runAction(repo, { mode: 'check', 'manifest-path': 'ctl/m.json', 'pack-path': 'ctl/pack.json' });
    expect(r.status).toBe(1);
    const open = /^(`{5,})diff$/m.exec(r.summary);
    expect(open).not.toBeNull();
    const fence = open![1]!;
    const body = r.summary.slice(open!.index + open![0].length, r.summary.indexOf(`\n${fence}\n`, open!.index));
    expect(body).toContain('Close the fence ```\\n</details><img src=x onerror=alert(1)> ````');
    expect(body).not.toContain(`\n${fence}`);
  });

  it('an invalid manifest: located error annotations, failure', async () => {
    const m = JSON.parse(manifest());
    m.workflows[2].mcp_context[1].access = 'write_everything';
    const text = JSON.stringify(m, null, 2);
    const line = text.split('\n').findIndex((l) => l.includes('"write_everything"')) + 1;
    const repo = tempRepo({ [MANIFEST_PATH]: text, [PACK_PATH]: pack() });
    const r = await runAction(repo, { mode: 'check' });
    expect(r.status).toBe(1);
    expect(r.outputs.drift).toBe('true');
    expect(r.stdout).toMatch(
      new RegExp(
        `::error title=Invalid workflow manifest,file=${MANIFEST_PATH},line=${line},col=\\d+::.*/workflows/2/mcp_context/1/access: unknown access mode`,
      ),
    );
    expect(r.summary).toContain('Workflow manifest is invalid');
  });

  it('without manifest-path, reads the manifest the pack records (source_manifest.path)', async () => {
    const text = manifest();
    const packText = compileManifest(text, { manifestPath: 'config/agents.json' }).packText;
    const repo = tempRepo({ 'config/agents.json': text, [PACK_PATH]: packText });
    const r = await runAction(repo, { mode: 'check' });
    expect(r.status, r.stdout).toBe(0);
    expect(r.outputs.drift).toBe('false');
    expect(r.stdout).toContain(`matches config/agents.json`);
    // A given input still wins.
    const given = await runAction(repo, { mode: 'check', 'manifest-path': MANIFEST_PATH });
    expect(given.status).toBe(1);
    expect(given.stdout).toContain(`manifest ${MANIFEST_PATH} not found in the checkout (input manifest-path)`);
  });
});
