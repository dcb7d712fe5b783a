/** `mcp-gateway-policy diff`, through the CLI's main(argv, io) in process, on files and on REF:PATH from a real git repository. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadPolicy } from '../../src/decision/index.js';
import type { PolicyDiff } from '../../src/diff/index.js';
import { runCli } from '../support/run-cli.js';
import { EXAMPLE_MANIFEST_PATH, EXAMPLE_PACK_PATH, engineWrites, exampleManifest } from './support.js';

const tmp = mkdtempSync(path.join(tmpdir(), 'mgp-diff-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const write = (name: string, value: unknown) => {
  const p = path.join(tmp, name);
  writeFileSync(p, typeof value === 'string' ? value : JSON.stringify(value, null, 2));
  return p;
};

const widerManifest = () => {
  const m = exampleManifest();
  const w = m.workflows.find((x) => x.id === 'dependency-patch')!;
  w.scope.allowed_paths.push('docs/**');
  w.scope.max_diff_lines = 2000;
  return m;
};

describe('diff CLI', () => {
  it('exits 0 with "no change" for the example pack against its own manifest with globs reordered and repeated', async () => {
    const m = exampleManifest();
    for (const w of m.workflows) w.scope.allowed_paths = [...w.scope.allowed_paths.reverse(), ...w.scope.allowed_paths];
    const r = await runCli(['diff', EXAMPLE_PACK_PATH, write('reordered.json', m)]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^no change from /);
  });

  it('exits 1 on a widening and prints widenings first, with the witness; --json gives the entries', async () => {
    const newer = write('wider.json', widerManifest());
    const r = await runCli(['diff', EXAMPLE_MANIFEST_PATH, newer]);
    expect(r.status).toBe(1);
    expect(r.stdout.split('\n')[0]).toBe(`2 widenings, 0 narrowings from ${EXAMPLE_MANIFEST_PATH} to ${newer}`);
    expect(r.stdout).toContain(
      'Widened (an agent may now do more):\n  dependency-patch  paths: NEW lets an agent write "docs", which OLD refuses\n      witness: "docs"',
    );
    expect(r.stdout).toContain('max_diff_lines raised from 800 to 2000');

    const j = await runCli(['diff', EXAMPLE_MANIFEST_PATH, newer, '--json', '--workflow', 'dependency-patch']);
    expect(j.status).toBe(1);
    const d = JSON.parse(j.stdout) as PolicyDiff;
    const witness = d.widened.find((e) => e.kind === 'paths')!.witness!;
    const compiled = await runCli(['generate', '--manifest', newer, '--output', path.join(tmp, 'wider-pack.json')]);
    expect(compiled.status).toBe(0);
    expect(engineWrites(loadPolicy(readFileSync(path.join(tmp, 'wider-pack.json'))), witness)).toBe(true);
    expect(engineWrites(loadPolicy(readFileSync(EXAMPLE_PACK_PATH)), witness)).toBe(false);
  });

  it('exits 0 on a narrowing only', async () => {
    const m = exampleManifest();
    m.workflows.find((x) => x.id === 'dependency-patch')!.scope.max_changed_files = 2;
    const r = await runCli(['diff', EXAMPLE_MANIFEST_PATH, write('narrower.json', m), '--json']);
    expect(r.status).toBe(0);
    expect((JSON.parse(r.stdout) as PolicyDiff).narrowed).toEqual([
      { workflow_id: 'dependency-patch', kind: 'max_changed_files', detail: 'max_changed_files lowered from 6 to 2' },
    ]);
  });

  it('reads REF:PATH from git commits without a checkout', async () => {
    const repo = path.join(tmp, 'repo');
    mkdirSync(path.join(repo, 'data'), { recursive: true });
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: repo, encoding: 'utf8' });
    git('init', '-q');
    writeFileSync(path.join(repo, 'data/m.json'), readFileSync(EXAMPLE_MANIFEST_PATH));
    git('add', '.');
    git('commit', '-qm', 'base');
    writeFileSync(path.join(repo, 'data/m.json'), JSON.stringify(widerManifest()));
    git('commit', '-qam', 'wider');
    const r = await runCli(['diff', 'HEAD~1:data/m.json', 'HEAD:data/m.json', '--json'], { cwd: repo });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    expect((JSON.parse(r.stdout) as PolicyDiff).widened.map((e) => e.kind)).toEqual(['paths', 'max_diff_lines']);
    const missing = await runCli(['diff', 'HEAD~1:data/nope.json', 'HEAD:data/m.json'], { cwd: repo });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/^error: HEAD~1:data\/nope\.json: git cat-file failed/);
  });

  it('exits 2 on usage errors and unreadable inputs', async () => {
    expect((await runCli(['diff', EXAMPLE_PACK_PATH])).status).toBe(2);
    expect((await runCli(['diff', EXAMPLE_PACK_PATH, EXAMPLE_PACK_PATH, '--workflow', 'nope'])).status).toBe(2);
    const bad = await runCli(['diff', EXAMPLE_PACK_PATH, write('bad.json', '{"workflows": 3}')]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('is not a valid manifest');
    expect((await runCli(['diff', EXAMPLE_PACK_PATH, path.join(tmp, 'absent.json')])).status).toBe(2);
  });
});
