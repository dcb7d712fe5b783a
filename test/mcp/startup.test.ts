import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalJson } from '../../src/util/canonical-json.js';
import { runCli } from '../support/run-cli.js';
import { EXAMPLE_PACK, sha256File } from './support.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'mgp-mcp-start-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs `mcp` with stdin already closed: a server that starts serves nothing and exits 0. */
async function mcp(args: string[]) {
  return await runCli(['mcp', ...args], { input: '', timeout: 30_000 });
}

function expectRefusal(r: Awaited<ReturnType<typeof mcp>>, pattern: RegExp) {
  expect(r.status, r.stderr).toBe(1);
  expect(r.stdout).toBe('');
  expect(r.stderr).toMatch(/refusing to start: /);
  expect(r.stderr).toMatch(pattern);
  expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
}

describe('mcp start-up', () => {
  it('starts with the right pin, and exits 0 when stdin closes', async () => {
    const r = await mcp(['--policy', EXAMPLE_PACK, '--expect-pack-sha256', sha256File(EXAMPLE_PACK).toUpperCase()]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`serving pack ${sha256File(EXAMPLE_PACK)}`);
  });

  it('refuses to start when the pack does not match its pin', async () => {
    const wrong = 'f'.repeat(64);
    const r = await mcp(['--policy', EXAMPLE_PACK, '--expect-pack-sha256', wrong]);
    expectRefusal(r, new RegExp(sha256File(EXAMPLE_PACK)));
  });

  it('refuses an invalid pack: not JSON, not default deny, missing', async () => {
    const notJson = path.join(dir, 'not-json.json');
    writeFileSync(notJson, '{"policy_id": ');
    expectRefusal(await mcp(['--policy', notJson]), /not-json\.json/);

    const pack = JSON.parse(readFileSync(EXAMPLE_PACK, 'utf8'));
    pack.decision_contract.default_decision = 'allow';
    const allowByDefault = path.join(dir, 'allow-by-default.json');
    writeFileSync(allowByDefault, canonicalJson(pack));
    expectRefusal(await mcp(['--policy', allowByDefault]), /default/);

    expectRefusal(await mcp(['--policy', path.join(dir, 'missing.json')]), /cannot read pack .*missing\.json/);
  });

  it('refuses unusable approval keys', async () => {
    const keys = path.join(dir, 'keys.json');
    writeFileSync(keys, JSON.stringify({ 'alice-2026': { public_key_pem: 'x', approvers: 'alice' } }));
    expectRefusal(await mcp(['--policy', EXAMPLE_PACK, '--approval-keys', keys]), /approvers/);
  });

  it('treats a malformed pin or a missing --policy as a usage error (exit 2)', async () => {
    expect((await mcp(['--policy', EXAMPLE_PACK, '--expect-pack-sha256', 'abc'])).status).toBe(2);
    const r = await mcp([]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--policy is required');
  });
});
