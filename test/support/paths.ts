import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DIST_CLI = path.join(REPO_ROOT, 'dist/cli.js');
export const DIST_ACTION = path.join(REPO_ROOT, 'dist/index.js');

/** The format designers' reference data, present beside the repo in CI but not in a user's clone. */
export const SHARED_REFERENCE = path.resolve(REPO_ROOT, '../shared/reference');
export const HAS_SHARED = existsSync(path.join(SHARED_REFERENCE, 'seed-pack.json'));
export const SHARED_SKIP_REASON = `../shared/reference is absent (${SHARED_REFERENCE}): skipping tests against the format designers' reference data`;

if (!HAS_SHARED) {
  // Said once per test file that imports this, so a skipped reference test is never silent.
  console.warn(SHARED_SKIP_REASON);
}
