import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './support/paths.js';

function listFiles(dir: string, base = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? listFiles(full, base) : [path.relative(base, full)];
  });
}

describe('dist/', () => {
  it('is what `npm run bundle` makes from src/ (commit dist/ after changing src/)', () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'mgp-dist-')), 'dist');
    execFileSync(process.execPath, [path.join(REPO_ROOT, 'scripts/bundle.mjs'), out], { cwd: REPO_ROOT, stdio: 'pipe' });
    const committed = path.join(REPO_ROOT, 'dist');
    const fresh = listFiles(out).sort();
    expect(listFiles(committed).sort()).toEqual(fresh);
    for (const file of fresh) {
      const same = readFileSync(path.join(out, file)).equals(readFileSync(path.join(committed, file)));
      expect(same, `dist/${file} is stale: run npm run bundle and commit dist/`).toBe(true);
    }
  });
});
