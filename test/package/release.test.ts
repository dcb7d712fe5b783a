/**
 * scripts/release.mjs on a throwaway git repository (and a bare one as its remote): vX.Y.Z is
 * made once and never moved, vX follows the latest release, --dry-run changes nothing.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/paths.js';

const SCRIPT = path.join(REPO_ROOT, 'scripts/release.mjs');
let repo: string;
let remote: string;

function git(args: string[], cwd = repo): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}
function release(args: string[]) {
  const r = spawnSync(process.execPath, [SCRIPT, ...args], { cwd: repo, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
function commitVersion(version: string): string {
  writeFileSync(path.join(repo, 'package.json'), JSON.stringify({ name: 'x', version }) + '\n');
  writeFileSync(path.join(repo, 'CHANGELOG.md'), `# Changelog\n\n## ${version} - 2026-12-03\n\n- a change\n`);
  git(['add', '-A']);
  git(['commit', '-qm', `release ${version}`]);
  return git(['rev-parse', 'HEAD']);
}
const tagged = (tag: string, cwd = repo) => git(['rev-parse', `${tag}^{commit}`], cwd);

beforeEach(() => {
  const dir = mkdtempSync(path.join(tmpdir(), 'mgp-release-'));
  repo = path.join(dir, 'repo');
  remote = path.join(dir, 'remote.git');
  git(['init', '-q', '--bare', remote], dir);
  git(['init', '-q', repo], dir);
  git(['config', 'user.email', 'release@example.test']);
  git(['config', 'user.name', 'Release Test']);
  git(['config', 'tag.gpgSign', 'false']);
  git(['config', 'commit.gpgSign', 'false']);
  git(['remote', 'add', 'origin', remote]);
});

describe('scripts/release.mjs', () => {
  it('--dry-run prints the commands and makes no tag', () => {
    commitVersion('1.2.3');
    const r = release(['--dry-run', '--push']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/\(dry run\) git tag -a v1\.2\.3/);
    expect(r.stdout).toMatch(/\(dry run\) git tag -f -a v1 /);
    expect(r.stdout).toMatch(/\(dry run\) git push --force origin refs\/tags\/v1/);
    expect(git(['tag', '--list'])).toBe('');
  });

  it('tags vX.Y.Z, moves vX on the next release, pushes both, and never re-tags a version', () => {
    const first = commitVersion('1.2.3');
    expect(release(['--push']).status).toBe(0);
    expect(tagged('v1.2.3')).toBe(first);
    expect(tagged('v1')).toBe(first);
    expect(git(['cat-file', '-t', 'v1.2.3'])).toBe('tag');
    expect(tagged('v1.2.3', remote)).toBe(first);

    const second = commitVersion('1.3.0');
    const r = release(['--push']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain(`v1 moves from ${first.slice(0, 12)}`);
    expect(tagged('v1.3.0')).toBe(second);
    expect(tagged('v1')).toBe(second);
    expect(tagged('v1.2.3')).toBe(first);
    expect(tagged('v1', remote)).toBe(second);
    expect(tagged('v1.2.3', remote)).toBe(first);

    const again = release([]);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/v1\.3\.0 already exists/);
  });

  it('refuses a version package.json does not carry, a missing CHANGELOG section, a dirty tree', () => {
    commitVersion('2.0.0');
    expect(release(['2.0.1']).stderr).toMatch(/package\.json .* says 2\.0\.0, not 2\.0\.1/);
    expect(release(['two']).stderr).toMatch(/must be X\.Y\.Z/);
    writeFileSync(path.join(repo, 'CHANGELOG.md'), '# Changelog\n');
    git(['commit', '-qam', 'drop the section']);
    expect(release([]).stderr).toMatch(/no "## 2\.0\.0" section/);
    git(['reset', '-q', '--hard', 'HEAD~1']);
    writeFileSync(path.join(repo, 'stray.txt'), 'x');
    git(['add', 'stray.txt']);
    const dirty = release([]);
    expect(dirty.status).toBe(1);
    expect(dirty.stderr).toMatch(/uncommitted changes/);
    expect(git(['tag', '--list'])).toBe('');
  });
});
