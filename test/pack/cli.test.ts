import { spawnSync } from 'node:child_process';
import { chmodSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST_CLI } from '../support/paths.js';
import { runCli, runDistCli } from '../support/run-cli.js';
import { EXAMPLE_MANIFEST, EXAMPLE_PACK, MANIFEST_PATH, PACK_PATH, tempRepo } from './helpers.js';

const exampleRepo = (pack: string | null = readFileSync(EXAMPLE_PACK, 'utf8')) =>
  tempRepo({ [MANIFEST_PATH]: readFileSync(EXAMPLE_MANIFEST, 'utf8'), ...(pack === null ? {} : { [PACK_PATH]: pack }) });

/** The command check prints after "To regenerate, run:". */
const printedCommand = (stderr: string) => /To regenerate, run:\n {2}(.+)\n/.exec(stderr)?.[1];

describe('check', () => {
  it('exits 0 with one line when the committed pack is identical', async () => {
    const r = await runCli(['check'], { cwd: exampleRepo() });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(
      /^ok: data\/policy\/mcp-gateway-policy\.json matches data\/control-plane\/workflow-manifests\.json \(pack sha256 [0-9a-f]{64}\)\n$/,
    );
    expect(r.stderr).toMatch(
      /^warning: data\/control-plane\/workflow-manifests\.json:\d+:\d+: \/workflow_defaults\/manual_review_required_for: .*--change-class[^\n]*\n$/,
    );
  });

  it('exits 1 when the pack differs, with a unified diff and a regenerate command that works', async () => {
    const committed = readFileSync(EXAMPLE_PACK, 'utf8');
    const tampered = committed.replace('"max_diff_lines": 60\n', '"max_diff_lines": 6000\n');
    expect(tampered).not.toBe(committed);
    const repo = exampleRepo(tampered);
    // The bundle, since the printed command names the program that ran (node <path>/cli.js).
    const r = runDistCli(['check'], { cwd: repo });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(
      'error: data/policy/mcp-gateway-policy.json differs from what data/control-plane/workflow-manifests.json generates',
    );
    expect(r.stderr).toContain(
      '--- data/policy/mcp-gateway-policy.json\tcommitted\n+++ data/policy/mcp-gateway-policy.json\tgenerated from the manifest\n@@ ',
    );
    expect(r.stderr).toContain('\n-        "max_diff_lines": 6000\n+        "max_diff_lines": 60\n');
    const command = printedCommand(r.stderr);
    expect(command).toMatch(
      / generate --manifest data\/control-plane\/workflow-manifests\.json --output data\/policy\/mcp-gateway-policy\.json$/,
    );
    // The printed command, pasted into a shell, repairs the pack.
    expect(spawnSync('sh', ['-c', command!], { cwd: repo }).status).toBe(0);
    expect(readFileSync(path.join(repo, PACK_PATH), 'utf8')).toBe(committed);
    expect((await runCli(['check'], { cwd: repo })).status).toBe(0);
  });

  it('exits 1 when the pack is missing, shows only the first lines of the diff, and repeats the identity options', async () => {
    const repo = exampleRepo(null);
    const r = runDistCli(['check', '--generated-at', '2030-01-01', '--intent', "Bob's agents, fenced in."], {
      cwd: repo,
      encoding: 'utf8',
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('error: data/policy/mcp-gateway-policy.json is missing');
    expect(r.stderr).toContain('--- /dev/null\tmissing\n');
    expect(r.stderr).toMatch(/\n\.\.\. \(\d+ more diff lines\)\n/);
    const diffLines = r.stderr.split('\n').filter((l) => l.startsWith('+'));
    expect(diffLines.length).toBeLessThanOrEqual(40);
    const command = printedCommand(r.stderr)!;
    expect(command).toContain(`--generated-at 2030-01-01 --intent 'Bob'\\''s agents, fenced in.'`);
    expect(spawnSync('sh', ['-c', command], { cwd: repo }).status).toBe(0);
    const pack = JSON.parse(readFileSync(path.join(repo, PACK_PATH), 'utf8'));
    expect([pack.generated_at, pack.intent]).toEqual(['2030-01-01', "Bob's agents, fenced in."]);
    expect((await runCli(['check', '--generated-at', '2030-01-01', '--intent', "Bob's agents, fenced in."], { cwd: repo })).status).toBe(0);
  });

  it('says when only the identity differs (a pack generated with other --policy-id/--intent/--generated-at)', async () => {
    const repo = exampleRepo();
    expect((await runCli(['generate', '--policy-id', 'acme-pack'], { cwd: repo })).status).toBe(0);
    const r = await runCli(['check'], { cwd: repo });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('note: only policy_id, intent or generated_at differ');
    expect((await runCli(['check', '--policy-id', 'acme-pack'], { cwd: repo })).status).toBe(0);
  });

  it('names a CRLF checkout of the pack as the cause', async () => {
    const repo = exampleRepo(readFileSync(EXAMPLE_PACK, 'utf8').replace(/\n/g, '\r\n'));
    const r = await runCli(['check'], { cwd: repo });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('note: only the line endings differ');
  });

  it('exits 1 when the manifest is missing, naming it', async () => {
    const r = await runCli(['check', '--manifest', 'nope.yaml'], { cwd: tempRepo() });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('manifest nope.yaml not found');
  });
});

describe('generate', () => {
  it('creates the output directory, then reports "up to date" without rewriting', async () => {
    const repo = exampleRepo(null);
    const first = await runCli(['generate'], { cwd: repo });
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(
      /^wrote data\/policy\/mcp-gateway-policy\.json from data\/control-plane\/workflow-manifests\.json \(pack sha256 [0-9a-f]{64}, 6 workflows\)\n$/,
    );
    const packFile = path.join(repo, PACK_PATH);
    expect(readFileSync(packFile, 'utf8')).toBe(readFileSync(EXAMPLE_PACK, 'utf8'));
    const inode = statSync(packFile).ino;
    const again = await runCli(['generate'], { cwd: repo });
    expect(again.stdout).toContain('is up to date');
    expect(statSync(packFile).ino).toBe(inode);
  });

  it('replaces the pack by rename (a new file), leaving no temporary file behind', async () => {
    const repo = exampleRepo('{"schema_version": "1.0", "policy_id": "stale", "workflow_policies": []}\n');
    const packFile = path.join(repo, PACK_PATH);
    const before = statSync(packFile).ino;
    expect((await runCli(['generate'], { cwd: repo })).status).toBe(0);
    expect(statSync(packFile).ino).not.toBe(before);
    expect(readdirSync(path.dirname(packFile))).toEqual(['mcp-gateway-policy.json']);
  });

  it('a write that fails part-way (file size limit) leaves the old pack intact and no temporary file', () => {
    const old = '{"schema_version": "1.0", "policy_id": "old", "workflow_policies": []}\n';
    const repo = exampleRepo(old);
    // ulimit -f 1: writes past 512 bytes fail with EFBIG, after the first bytes of the new pack went out.
    const r = spawnSync('sh', ['-c', `ulimit -f 1; exec "${process.execPath}" "${DIST_CLI}" generate`], { cwd: repo, encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('cannot write');
    expect(readFileSync(path.join(repo, PACK_PATH), 'utf8')).toBe(old);
    expect(readdirSync(path.join(repo, 'data/policy'))).toEqual(['mcp-gateway-policy.json']);
  });

  it.skipIf(process.getuid?.() === 0)(
    'a read-only output directory leaves the old pack intact (skipped as root, where it is writable)',
    async () => {
      const old = '{"schema_version": "1.0", "policy_id": "old", "workflow_policies": []}\n';
      const repo = exampleRepo(old);
      const dir = path.join(repo, 'data/policy');
      chmodSync(dir, 0o555);
      try {
        const r = await runCli(['generate'], { cwd: repo });
        expect(r.status).toBe(1);
        expect(r.stderr).toContain('cannot write');
        expect(readFileSync(path.join(dir, 'mcp-gateway-policy.json'), 'utf8')).toBe(old);
      } finally {
        chmodSync(dir, 0o755);
      }
    },
  );

  it('refuses a manifest that is not UTF-8', async () => {
    const repo = tempRepo();
    writeFileSync(path.join(repo, 'm.json'), Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]));
    const r = await runCli(['generate', '--manifest', 'm.json'], { cwd: repo });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('is not valid UTF-8');
  });
});

describe('usage', () => {
  it.each([
    [['generate', '--frobnicate']],
    [['check', '--manifest']],
    [['generate', '--policy-id', 'has space']],
    [['check', '--intent', '  ']],
    [['generate', 'extra-positional']],
    [['check', '--output', '']],
  ])('%j exits 2 with the usage text', async (args) => {
    const r = await runCli(args, { cwd: tempRepo() });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^error: /);
    expect(r.stderr).toContain(`Usage: mcp-gateway-policy ${args[0]} [options]`);
  });

  it.each(['generate', 'check'])('%s --help lists every option and exits 0', async (cmd) => {
    const r = await runCli([cmd, '--help']);
    expect(r.status).toBe(0);
    for (const opt of ['--manifest', '--output', '--repo-root', '--generated-at', '--policy-id', '--intent', '--help']) {
      expect(r.stdout).toContain(opt);
    }
  });
});

describe('generate refuses to overwrite what is not a pack', () => {
  it('refuses --output equal to the manifest, however spelt, and leaves the manifest alone', async () => {
    const repo = exampleRepo();
    const manifest = readFileSync(path.join(repo, MANIFEST_PATH), 'utf8');
    for (const output of [MANIFEST_PATH, `./data/../${MANIFEST_PATH}`, path.join(repo, MANIFEST_PATH)]) {
      const r = await runCli(['generate', '--output', output], { cwd: repo });
      expect(r.status, output).toBe(1);
      expect(r.stderr).toMatch(/is the manifest .*would destroy the manifest/);
    }
    symlinkSync(path.join(repo, MANIFEST_PATH), path.join(repo, 'link.json'));
    expect((await runCli(['generate', '--output', 'link.json'], { cwd: repo })).stderr).toMatch(/is the manifest/);
    expect(readFileSync(path.join(repo, MANIFEST_PATH), 'utf8')).toBe(manifest);
  });

  it('refuses to overwrite an existing file that is not a pack, and overwrites a stale pack', async () => {
    const repo = exampleRepo();
    for (const text of ['hello\n', '{"name": "package"}\n', '[]\n']) {
      writeFileSync(path.join(repo, 'other.json'), text);
      const r = await runCli(['generate', '--output', 'other.json'], { cwd: repo });
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/refusing to overwrite other\.json: it exists and is not a policy pack/);
      expect(readFileSync(path.join(repo, 'other.json'), 'utf8')).toBe(text);
    }
    const stale = readFileSync(EXAMPLE_PACK, 'utf8').replace('"max_diff_lines": 60\n', '"max_diff_lines": 61\n');
    writeFileSync(path.join(repo, PACK_PATH), stale);
    expect((await runCli(['generate'], { cwd: repo })).status).toBe(0);
    expect(readFileSync(path.join(repo, PACK_PATH), 'utf8')).toBe(readFileSync(EXAMPLE_PACK, 'utf8'));
  });
});

describe('review warnings', () => {
  it('warns when human review is required but a workflow names no reviewer pools, located at the workflow', async () => {
    const m = JSON.parse(readFileSync(EXAMPLE_MANIFEST, 'utf8'));
    m.workflows[1].owner.reviewer_pools = [];
    const repo = tempRepo({ [MANIFEST_PATH]: JSON.stringify(m, null, 2) });
    const r = await runCli(['generate'], { cwd: repo });
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(
      /^warning: data\/control-plane\/workflow-manifests\.json:\d+:\d+: \/workflows\/1\/owner: workflow "docs-maintenance" requires human review .* lists no reviewer pools .*held for approval forever/m,
    );
    m.workflow_defaults.human_review_required = false;
    m.workflow_defaults.manual_review_required_for = [];
    const quiet = tempRepo({ [MANIFEST_PATH]: JSON.stringify(m, null, 2) });
    expect((await runCli(['generate'], { cwd: quiet })).stderr).toBe('');
  });
});
