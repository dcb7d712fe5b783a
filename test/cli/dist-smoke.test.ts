/**
 * The bundle is the same program: a handful of commands through `node dist/cli.js`, each compared
 * with the same command through main(argv, io) in this process, which every other CLI test uses.
 */
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EXAMPLE_MANIFEST, MANIFEST_PATH, PACK_PATH, tempRepo } from '../pack/helpers.js';
import { REPO_ROOT } from '../support/paths.js';
import { runCli, runDistCli, type CliResult } from '../support/run-cli.js';
import { EXAMPLE_READ } from '../support/requests.js';

const EXAMPLE_PACK = path.join(REPO_ROOT, PACK_PATH);
const NOW = '2026-11-29T12:00:00Z';
const READ = EXAMPLE_READ;
const WRITE_OUTSIDE = {
  ...READ,
  tool_namespace: 'repo.contents',
  tool_access_mode: 'write',
  branch_name: 'main',
  changed_paths: ['.github/workflows/release.yml'],
};

const repos: string[] = [];
afterAll(() => repos.forEach((r) => rmSync(r, { recursive: true, force: true })));

/** Runs `args` both ways and expects the same exit code and output. */
async function same(args: string[], o: { cwd?: string; input?: string } = {}): Promise<CliResult> {
  const dist = runDistCli(args, { cwd: o.cwd, input: o.input, encoding: 'utf8', timeout: 30_000 });
  const inProcess = await runCli(args, o);
  expect(dist, `node dist/cli.js ${args.join(' ')}`).toEqual(inProcess);
  return dist;
}

describe('dist/cli.js smoke', () => {
  it('--version and --help', async () => {
    const { version } = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };
    expect((await same(['--version'])).stdout).toBe(`${version}\n`);
    const help = await same(['--help']);
    expect(help.status).toBe(0);
    for (const c of ['generate', 'check', 'evaluate', 'admit', 'mcp', 'gateway', 'verify-log', 'diff'])
      expect(help.stdout).toMatch(new RegExp(`\\n  ${c} `));
  });

  it('generate, then check, on a copy of the example', async () => {
    const repo = tempRepo({ [MANIFEST_PATH]: readFileSync(EXAMPLE_MANIFEST, 'utf8') });
    repos.push(repo);
    const generated = runDistCli(['generate'], { cwd: repo, encoding: 'utf8' });
    expect(generated.status, generated.stderr).toBe(0);
    expect(readFileSync(path.join(repo, PACK_PATH), 'utf8')).toBe(readFileSync(EXAMPLE_PACK, 'utf8'));
    const check = await same(['check'], { cwd: repo });
    expect(check.status).toBe(0);
    expect(check.stdout).toMatch(/^ok: data\/policy\/mcp-gateway-policy\.json matches/);
  });

  it('evaluates one request, and a batch from stdin', async () => {
    const one = await same(['evaluate', '--policy', EXAMPLE_PACK, '--now', NOW, '--request', '-'], { input: JSON.stringify(READ) });
    expect(one.status).toBe(0);
    expect(JSON.parse(one.stdout).decision).toBe('allow');
    const batch = await same(['evaluate', '--policy', EXAMPLE_PACK, '--now', NOW, '--requests', '-'], {
      input: [READ, WRITE_OUTSIDE].map((r) => JSON.stringify(r)).join('\n'),
    });
    const decisions = batch.stdout
      .trim()
      .split('\n')
      .map((l) => (JSON.parse(l) as { decision: string }).decision);
    expect(decisions).toHaveLength(2);
    expect(decisions[0]).toBe('allow');
    expect(decisions[1]).toBe('deny');
  });

  it('a batch decided by worker threads (--jobs) has the same bytes as one decided in the main thread', async () => {
    // Enough lines for several blocks, so answers from two workers must be put back in order;
    // bad, blank and CRLF lines and a last line without a newline among them.
    const lines = [READ, WRITE_OUTSIDE, { ...READ, run_id: 'run-\u00e9\u202e' }].map((r) => JSON.stringify(r));
    lines.push('', 'not json', '[1]', `${JSON.stringify(READ)}\r`);
    const input = Array.from({ length: 6000 }, (_, i) => `${lines[i % lines.length]!.replace('run-7', `run-${i}`)}`).join('\n');
    const args = ['evaluate', '--policy', EXAMPLE_PACK, '--now', NOW, '--requests', '-'];
    const inline = runDistCli([...args, '--jobs', '1'], { input, encoding: 'utf8', timeout: 60_000, maxBuffer: 1 << 30 });
    const workers = runDistCli([...args, '--jobs', '2'], { input, encoding: 'utf8', timeout: 60_000, maxBuffer: 1 << 30 });
    expect(inline.status, inline.stderr).toBe(0);
    expect(inline.stdout.split('\n')).toHaveLength(6001);
    expect(inline.stdout.split('\n')[6000]).toBe('');
    expect(inline.stdout.split('\n')[5996]).toMatch(/"line 5997 is not valid JSON/);
    expect(workers).toEqual(inline);
    // Mismatched lines are numbered across blocks the same way.
    const expecting = (jobs: string) =>
      runDistCli([...args, '--jobs', jobs, '--expect-decision', 'allow'], { input, encoding: 'utf8', maxBuffer: 1 << 30 });
    const expectInline = expecting('1');
    expect(expectInline.status).toBe(1);
    expect(expectInline.stderr).toMatch(/ 3428 line\(s\) differ: 2, 4, 5, 6, 9, 11,/);
    expect(expecting('2')).toEqual(expectInline);
  });

  it('exits 2 on an unknown command', async () => {
    expect((await same(['frobnicate'])).status).toBe(2);
  });
});
