import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/paths.js';

interface PackageJson {
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}

const pkg = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as PackageJson;

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? listFiles(full) : [full];
  });
}

/** Every module specifier a declaration file imports or re-exports, with the file. */
function declarationImports(dir: string): { file: string; specifier: string }[] {
  const found: { file: string; specifier: string }[] = [];
  const pattern = /(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s*['"]([^'"]+)['"]/gm;
  for (const file of listFiles(dir).filter((f) => f.endsWith('.d.ts'))) {
    // Comments may quote an import for the reader; only code counts.
    const text = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
    for (const m of text.matchAll(pattern)) found.push({ file: path.relative(dir, file), specifier: (m[1] ?? m[2] ?? m[3])! });
  }
  return found;
}

describe('the published package', () => {
  it('has no runtime dependencies: dist/ bundles everything it loads', () => {
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(pkg.optionalDependencies ?? {}).toEqual({});
    expect(pkg.peerDependencies ?? {}).toEqual({});
  });

  it('keeps no dependency that nothing imports', () => {
    for (const unused of ['parse-diff', '@actions/github']) expect(pkg.devDependencies).not.toHaveProperty(unused);
  });

  describe('type declarations', () => {
    let typesDir: string;
    beforeAll(() => {
      typesDir = mkdtempSync(path.join(tmpdir(), 'mgp-types-'));
      execFileSync(process.execPath, [path.join(REPO_ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.types.json', '--outDir', typesDir], {
        cwd: REPO_ROOT,
        stdio: 'pipe',
      });
    });

    it('import only their own files and Node built-ins (nothing an installer would lack)', () => {
      const imports = declarationImports(typesDir);
      expect(imports.length).toBeGreaterThan(10);
      const foreign = imports.filter(({ specifier }) => !specifier.startsWith('.') && !specifier.startsWith('node:'));
      expect(foreign).toEqual([]);
      expect(readdirSync(typesDir)).toContain('lib.d.ts');
    });
  });
});
