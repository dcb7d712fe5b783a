import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import { REPO_ROOT, SHARED_REFERENCE } from '../support/paths.js';

export const SEED_POLICY_ID = 'security-recipes-mcp-gateway-policy-pack';
export const SEED_INTENT =
  'Convert SecurityRecipes workflow manifests into an enforceable MCP gateway policy pack for scoped tool access, reviewer-gated writes, runtime session disablement, and audit evidence.';
export const SEED_OPTIONS = ['--policy-id', SEED_POLICY_ID, '--intent', SEED_INTENT];
export const MANIFEST_PATH = 'data/control-plane/workflow-manifests.json';
export const PACK_PATH = 'data/policy/mcp-gateway-policy.json';

export const readSeedManifest = () => readFileSync(path.join(SHARED_REFERENCE, 'seed-manifest.json'), 'utf8');
export const readSeedPack = () => readFileSync(path.join(SHARED_REFERENCE, 'seed-pack.json'), 'utf8');

/** Our own example manifest and its committed pack. */
export const EXAMPLE_MANIFEST = path.join(REPO_ROOT, MANIFEST_PATH);
export const EXAMPLE_PACK = path.join(REPO_ROOT, PACK_PATH);

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A fresh git repository in a temp dir, with the given files written below it. */
export function tempRepo(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'mgp-pack-'));
  made.push(dir);
  execFileSync('git', ['init', '-q', dir]);
  for (const [rel, text] of Object.entries(files)) writeFile(dir, rel, text);
  return dir;
}

export function writeFile(root: string, rel: string, text: string): void {
  const abs = path.join(root, rel);
  mkdirSync(path.dirname(abs), { recursive: true });
  writeFileSync(abs, text);
}

/** Deep copy with every object's keys in reverse order (the worst case for key-order bugs). */
export function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .reverse()
        .map(([k, v]) => [k, reverseKeys(v)]),
    );
  }
  return value;
}
