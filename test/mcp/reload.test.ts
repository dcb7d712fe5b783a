import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { canonicalJson, sha256Hex } from '../../src/util/canonical-json.js';
import { EXAMPLE_PACK, sha256File, startServer, type RunningServer } from './support.js';

const original = readFileSync(EXAMPLE_PACK);
const originalSha = sha256Hex(original);

/** A different valid pack: the example with another intent sentence, written with the pack's byte rules. */
function variant(label: string): string {
  const pack = JSON.parse(original.toString('utf8'));
  pack.intent = `${pack.intent} (${label})`;
  return canonicalJson(pack);
}

let dir: string;
let servers: RunningServer[] = [];
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'mgp-mcp-reload-'));
});
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
  rmSync(dir, { recursive: true, force: true });
});

async function start(args: string[]): Promise<RunningServer> {
  const s = await startServer(args);
  servers.push(s);
  return s;
}

async function servedSha(s: RunningServer): Promise<string> {
  const r = await s.call('policy_get', {});
  const fromTool = (r.structuredContent as { pack_sha256: string }).pack_sha256;
  const { contents } = await s.client.readResource({ uri: 'policy://pack' });
  expect(sha256Hex(Buffer.from((contents[0] as { text: string }).text, 'utf8'))).toBe(fromTool);
  return fromTool;
}

async function decisionSha(s: RunningServer): Promise<string> {
  const r = await s.call('policy_evaluate', { workflow_id: 'x' });
  return (r.structuredContent as { evidence: { pack_sha256: string } }).evidence.pack_sha256;
}

/** Atomic replacement, as editors and deploy tools do it: write beside, then rename over. */
function replaceByRename(file: string, text: string): void {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.tmp`);
  writeFileSync(tmp, text);
  renameSync(tmp, file);
}

describe('pack reload', () => {
  it('reloads on SIGHUP, and keeps the old pack when the new one is invalid', async () => {
    // The server watches the link's directory; the target lives elsewhere, so only SIGHUP can reload it.
    const targetDir = path.join(dir, 'elsewhere');
    mkdirSync(targetDir);
    const target = path.join(targetDir, 'pack.json');
    copyFileSync(EXAMPLE_PACK, target);
    const linkDir = path.join(dir, 'served');
    mkdirSync(linkDir);
    const link = path.join(linkDir, 'pack.json');
    symlinkSync(target, link);
    const s = await start(['--policy', link]);
    expect(await servedSha(s)).toBe(originalSha);

    const next = variant('sighup');
    writeFileSync(target, next);
    s.hangup();
    await s.waitForStderr(/reload \(SIGHUP\): now serving pack/);
    expect(await servedSha(s)).toBe(sha256Hex(next));
    expect(await decisionSha(s)).toBe(sha256Hex(next));

    writeFileSync(target, '{"not": "a pack"}');
    s.hangup();
    await s.waitForStderr(/reload \(SIGHUP\) failed, still serving pack [0-9a-f]{64}: pack .* refused/);
    expect(await servedSha(s)).toBe(sha256Hex(next));
    expect(await decisionSha(s)).toBe(sha256Hex(next));
  });

  it('reloads when the file is replaced by rename or rewritten in place, and keeps the old pack when the new one is invalid', async () => {
    const file = path.join(dir, 'pack.json');
    copyFileSync(EXAMPLE_PACK, file);
    const s = await start(['--policy', file]);
    expect(await servedSha(s)).toBe(originalSha);

    const renamed = variant('renamed');
    replaceByRename(file, renamed);
    await s.waitForStderr(new RegExp(`reload \\(file changed\\): now serving pack ${sha256Hex(renamed)}`));
    expect(await servedSha(s)).toBe(sha256Hex(renamed));

    const inPlace = variant('in place');
    writeFileSync(file, inPlace);
    await s.waitForStderr(new RegExp(`now serving pack ${sha256Hex(inPlace)}`));
    expect(await servedSha(s)).toBe(sha256Hex(inPlace));

    replaceByRename(file, inPlace.replace('"default_decision": "deny"', '"default_decision": "allow"'));
    await s.waitForStderr(new RegExp(`reload \\(file changed\\) failed, still serving pack ${sha256Hex(inPlace)}`));
    expect(await servedSha(s)).toBe(sha256Hex(inPlace));
    expect(await decisionSha(s)).toBe(sha256Hex(inPlace));
  });

  it('keeps the pinned pack when the file changes to another valid pack', async () => {
    const file = path.join(dir, 'pack.json');
    copyFileSync(EXAMPLE_PACK, file);
    const s = await start(['--policy', file, '--expect-pack-sha256', sha256File(EXAMPLE_PACK)]);
    replaceByRename(file, variant('unpinned'));
    await s.waitForStderr(new RegExp(`reload \\(file changed\\) failed, still serving pack ${originalSha}`));
    s.hangup();
    await s.waitForStderr(new RegExp(`reload \\(SIGHUP\\) failed, still serving pack ${originalSha}`));
    expect(await servedSha(s)).toBe(originalSha);
  });
});
