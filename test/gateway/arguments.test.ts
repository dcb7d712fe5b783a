import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lineCount, linesOf, pathsOf, placePath, repoRoot } from '../../src/gateway/arguments.js';
import type { ToolMapping } from '../../src/gateway/config.js';

const dir = realpathSync(mkdtempSync(path.join(tmpdir(), 'mgp-gw-args-')));
const repo = path.join(dir, 'repo');
mkdirSync(path.join(repo, 'docs'), { recursive: true });
mkdirSync(path.join(dir, 'out'));
writeFileSync(path.join(dir, 'out/f'), 'x');
symlinkSync(path.join(dir, 'out'), path.join(repo, 'docs/out'));
symlinkSync(path.join(repo, 'docs'), path.join(repo, 'alias'));
// The work tree reached through a link of its own: paths inside it are still inside.
symlinkSync(repo, path.join(dir, 'repo-link'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const mapping = (m: Partial<ToolMapping>): ToolMapping => ({
  access: 'write_branch',
  paths: [],
  lines: null,
  change_class: null,
  kill_signal: null,
  ...m,
});

describe('placing path arguments in the work tree', () => {
  const root = repoRoot(repo);
  it.each([
    ['docs/a.md', 'docs/a.md'],
    ['./docs//b.md', 'docs/b.md'],
    [path.join(repo, 'docs/c.md'), 'docs/c.md'],
    ['alias/d.md', 'docs/d.md'], // judged where it lands
    ['docs/new/dir/e.md', 'docs/new/dir/e.md'],
  ])('%s → %s', (given, judged) => {
    expect(placePath(root, given)).toEqual({ ok: true, path: judged });
  });
  it.each([
    ['../out/f', /outside the work tree/],
    ['docs/../../out/f', /outside the work tree/],
    [path.join(dir, 'out/f'), /outside the work tree/],
    ['docs/out/f', /symbolic link/],
    ['docs/out/new/g', /symbolic link/],
    ['~/x', /starts with "~"/],
    ['', /is empty/],
  ])('%s is refused', (given, why) => {
    const r = placePath(root, given);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problem).toMatch(why);
  });
  it('a work tree given through a symlink still places its own paths', () => {
    expect(placePath(repoRoot(path.join(dir, 'repo-link')), path.join(dir, 'repo-link/docs/a.md'))).toEqual({
      ok: true,
      path: 'docs/a.md',
    });
  });
  it('rewrites mapped arguments to the absolute path judged, and refuses non-path values', () => {
    const r = pathsOf(root, mapping({ paths: ['source', 'destination'] }), { source: 'alias/a.md', destination: ['docs/b.md'], other: 1 });
    expect(r).toEqual({
      ok: true,
      paths: ['docs/a.md', 'docs/b.md'],
      args: { source: path.join(repo, 'docs/a.md'), destination: [path.join(repo, 'docs/b.md')], other: 1 },
    });
    expect(pathsOf(root, mapping({ paths: ['p'] }), { p: 3 }).ok).toBe(false);
    expect(pathsOf(root, mapping({ paths: ['p'] }), { p: ['a', 3] }).ok).toBe(false);
  });
});

describe('counting lines', () => {
  it.each([
    ['', 0],
    ['a', 1],
    ['a\n', 1],
    ['a\nb', 2],
    ['a\nb\n', 2],
    ['\n', 1],
  ])('%j has %d line(s)', (text, n) => expect(lineCount(text)).toBe(n));
  it('counts an edits list by its old and new text, and refuses other shapes', () => {
    const m = mapping({ lines: 'edits' });
    expect(
      linesOf(m, {
        edits: [
          { oldText: 'a\nb\n', newText: 'c\n' },
          { oldText: 'x', newText: '' },
        ],
      }),
    ).toEqual({ ok: true, lines: 4 });
    expect(linesOf(m, {})).toEqual({ ok: true, lines: 0 });
    expect(linesOf(m, { edits: 5 }).ok).toBe(false);
    expect(linesOf(m, { edits: [7] }).ok).toBe(false);
  });
});
