import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/paths.js';

// The README's first command ends in `npm run demo`: it must work on the shipped example and bundle.
describe('npm run demo', () => {
  it('admits the docs fix and denies the CI edit, printing the evidence', () => {
    const r = spawnSync(process.execPath, [path.join(REPO_ROOT, 'scripts/demo.mjs')], { cwd: REPO_ROOT, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/→ decision: allow \(exit 0\)/);
    expect(r.stdout).toMatch(/→ decision: deny \(exit 1\)/);
    expect(r.stdout).toContain('.github/workflows/ci.yml');
    expect(r.stdout).not.toContain('<details>');
  });
});
