import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HAS_SHARED, SHARED_SKIP_REASON } from '../support/paths.js';
import { runCli } from '../support/run-cli.js';
import { validatePackShape } from '../../src/pack/index.js';
import { compileManifest } from '../../src/pack/compile-manifest.js';
import { sha256Hex } from '../../src/util/canonical-json.js';
import {
  MANIFEST_PATH,
  PACK_PATH,
  readSeedManifest,
  readSeedPack,
  SEED_INTENT,
  SEED_OPTIONS,
  SEED_POLICY_ID,
  tempRepo,
} from './helpers.js';

describe.skipIf(!HAS_SHARED)(`the format designers' seed (${HAS_SHARED ? 'present' : SHARED_SKIP_REASON})`, () => {
  it('generate, run as the reference generator was, reproduces seed-pack.json byte for byte', async () => {
    const repo = tempRepo({ [MANIFEST_PATH]: readSeedManifest() });
    const r = await runCli(['generate', '--manifest', MANIFEST_PATH, '--output', PACK_PATH, ...SEED_OPTIONS], { cwd: repo });
    // The seed requires manual review for change classes: the only warning is that the admission check needs them given.
    expect(r.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(
        /^warning: .*\/workflow_defaults\/manual_review_required_for: manual review is required for change classes .*--change-class/,
      ),
    ]);
    expect(r.status).toBe(0);
    const written = readFileSync(path.join(repo, PACK_PATH));
    expect(written.equals(Buffer.from(readSeedPack(), 'utf8'))).toBe(true);
    expect(r.stdout).toContain(sha256Hex(written));
  });

  it('the default paths and --repo-root give the same bytes, and check then passes with one line', async () => {
    const repo = tempRepo({ [MANIFEST_PATH]: readSeedManifest() });
    const gen = await runCli(['generate', '--repo-root', repo, ...SEED_OPTIONS], { cwd: path.dirname(repo) });
    expect(gen.status).toBe(0);
    expect(readFileSync(path.join(repo, PACK_PATH), 'utf8')).toBe(readSeedPack());
    const check = await runCli(['check', ...SEED_OPTIONS], { cwd: repo });
    expect(check.status).toBe(0);
    expect(check.stdout.trim().split('\n')).toHaveLength(1);
    expect(check.stdout).toMatch(/^ok: data\/policy\/mcp-gateway-policy\.json matches/);
  });

  it('the library gives the same bytes and hashes', () => {
    const r = compileManifest(readSeedManifest(), { manifestPath: MANIFEST_PATH, policyId: SEED_POLICY_ID, intent: SEED_INTENT });
    expect(r.packText).toBe(readSeedPack());
    expect(r.packSha256).toBe(sha256Hex(Buffer.from(readSeedPack(), 'utf8')));
    expect(r.manifestSha256).toBe(JSON.parse(readSeedPack()).source_manifest.sha256);
    // Every seed workflow is inside its posture and names reviewer pools: the one warning is about change classes.
    expect(r.warnings.map((w) => w.pointer)).toEqual(['/workflow_defaults/manual_review_required_for']);
  });

  it('the exact pack schema accepts the reference pack', () => {
    expect(validatePackShape(JSON.parse(readSeedPack())).problems).toEqual([]);
  });
});
