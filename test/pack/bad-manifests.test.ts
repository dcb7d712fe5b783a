import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/paths.js';
import { runCli } from '../support/run-cli.js';
import { ManifestError } from '../../src/pack/index.js';
import { compileManifest } from '../../src/pack/compile-manifest.js';
import { PACK_PATH, tempRepo } from './helpers.js';

const DIR = path.join(REPO_ROOT, 'test/fixtures/bad-manifests');
interface Case {
  kind: string;
  pointer: string;
  message: string;
  line: number;
  column: number;
}
const { cases } = JSON.parse(readFileSync(path.join(DIR, 'cases.json'), 'utf8')) as { cases: Record<string, Case> };
const manifests = readdirSync(DIR).filter((f) => f !== 'cases.json');

const SPEC_KINDS = [
  'wrong type',
  'negative limit',
  'non-integer limit',
  'unknown access mode',
  'unknown status',
  'unknown maturity',
  'duplicate workflow id',
  'missing required gate phase',
  'write_branch without branch prefix',
  'invalid JSON',
  'invalid YAML',
];

describe('bad manifests (test/fixtures/bad-manifests)', () => {
  it('every fixture has an expectation, and every kind of the spec list has a fixture', () => {
    expect(manifests.sort()).toEqual(Object.keys(cases).sort());
    for (const kind of SPEC_KINDS) expect(Object.values(cases).map((c) => c.kind)).toContain(kind);
  });

  it.each(manifests)('the library refuses %s with a located problem', (file) => {
    const c = cases[file]!;
    const text = readFileSync(path.join(DIR, file), 'utf8');
    let error: unknown;
    try {
      compileManifest(text, { manifestPath: `data/${file}` });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ManifestError);
    const problems = (error as ManifestError).problems;
    expect(problems).toContainEqual(
      expect.objectContaining({ pointer: c.pointer, message: expect.stringContaining(c.message), line: c.line, column: c.column }),
    );
  });

  it.each(manifests)('generate exits 1 on %s, names the place, and writes no pack', async (file) => {
    const c = cases[file]!;
    const manifest = `manifests/${file}`;
    const repo = tempRepo({ [manifest]: readFileSync(path.join(DIR, file), 'utf8') });
    const r = await runCli(['generate', '--manifest', manifest], { cwd: repo });
    expect(r.status).toBe(1);
    const pointer = c.pointer === '' ? '(document)' : c.pointer;
    expect(r.stderr).toContain(`${manifest}:${c.line}:${c.column}: ${pointer}: `);
    expect(r.stderr).toContain(c.message);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(existsSync(path.join(repo, PACK_PATH))).toBe(false);
  });

  it('check exits 1 on an invalid manifest too, even when a pack is committed', async () => {
    const file = 'unknown-access-mode.json';
    const repo = tempRepo({ [`m/${file}`]: readFileSync(path.join(DIR, file), 'utf8'), [PACK_PATH]: '{}\n' });
    const r = await runCli(['check', '--manifest', `m/${file}`], { cwd: repo });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('/workflows/0/mcp_context/0/access: unknown access mode');
  });

  it('lists every problem, not only the first', () => {
    const m = JSON.parse(readFileSync(path.join(REPO_ROOT, 'test/fixtures/manifests/minimal.json'), 'utf8'));
    m.workflows[0].scope.max_diff_lines = -5;
    m.workflows[0].mcp_context[0].access = 'admin';
    m.workflows[1].status = 'on';
    m.workflows[1].id = 'readme-typos';
    delete m.workflows[1].gates.admission;
    let error: ManifestError | undefined;
    try {
      compileManifest(JSON.stringify(m, null, 2));
    } catch (err) {
      error = err as ManifestError;
    }
    expect(error?.problems.map((p) => p.pointer).sort()).toEqual(
      [
        '/workflows/0/mcp_context/0/access',
        '/workflows/0/scope/max_diff_lines',
        '/workflows/1/gates',
        '/workflows/1/id',
        '/workflows/1/status',
      ].sort(),
    );
    expect(error?.message).toContain('5 problems');
  });
});

describe("bad manifests are explained in the field's terms", () => {
  const RAW_AJV = /must be equal to constant|must NOT have|must match pattern|must match "|must be equal to one of|fails [a-z]+$/;
  it.each(manifests)('%s: no raw validator wording', (file) => {
    const text = readFileSync(path.join(DIR, file), 'utf8');
    let messages: string[] = [];
    try {
      compileManifest(text, { manifestPath: file });
    } catch (err) {
      messages = ((err as { problems?: { message: string }[] }).problems ?? []).map((p) => p.message);
    }
    expect(messages.length, file).toBeGreaterThan(0);
    for (const m of messages) expect(m, file).not.toMatch(RAW_AJV);
  });
});
