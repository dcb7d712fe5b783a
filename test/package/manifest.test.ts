import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/paths.js';

interface PackageJson {
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}

const pkg = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as PackageJson;

// The installed package itself (its declarations, notices, CLI) is tested in install.test.ts.
describe('package.json', () => {
  it('has no runtime dependencies: dist/ bundles everything it loads', () => {
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(pkg.optionalDependencies ?? {}).toEqual({});
    expect(pkg.peerDependencies ?? {}).toEqual({});
  });

  it('keeps no dependency that nothing imports', () => {
    for (const unused of ['parse-diff', '@actions/github']) expect(pkg.devDependencies).not.toHaveProperty(unused);
  });
});
