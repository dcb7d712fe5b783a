/**
 * `mcp-gateway-policy evaluate` through the CLI's main(argv, io), in process (test/cli/dist-smoke.test.ts runs the bundle).
 */
import { createPrivateKey, sign } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decisionRank, loadPolicy, type Decision, type DecisionName } from '../../src/decision/index.js';
import { canonicalJson } from '../../src/util/canonical-json.js';
import { HAS_SHARED, REPO_ROOT, SHARED_REFERENCE, SHARED_SKIP_REASON } from '../support/paths.js';
import { runCli } from '../support/run-cli.js';
import { EXAMPLE_PACK_PATH, loadExamplePolicy, NOW } from './support.js';
import { EXAMPLE_READ } from '../support/requests.js';

const tmp = mkdtempSync(path.join(tmpdir(), 'mgp-evaluate-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const file = (name: string, content: string) => {
  const p = path.join(tmp, name);
  writeFileSync(p, content);
  return p;
};

const POLICY = ['--policy', EXAMPLE_PACK_PATH, '--now', NOW];
const READ = EXAMPLE_READ;
const READ_FLAGS = [
  '--workflow-id',
  'dependency-patch',
  '--agent-id',
  'codex',
  '--run-id',
  'run-7',
  '--tool-namespace',
  'advisories.osv',
  '--tool-access-mode',
  'read',
  '--gate-phase',
  'tool_call',
];
const CRED = {
  workflow_id: 'credential-rotation-prep',
  agent_id: 'codex',
  run_id: 'run-9',
  tool_namespace: 'secrets.rotation',
  tool_access_mode: 'approval_required',
  gate_phase: 'tool_call',
};
const RECORD = {
  type: 'human_approval',
  approval_id: 'apr-1',
  decision: 'approved',
  workflow_id: 'credential-rotation-prep',
  run_id: 'run-9',
  gate_phase: 'tool_call',
  approver: { id: 'alice', type: 'human', reviewer_pool: 'security-reviewers' },
  issued_at: '2026-11-29T09:00:00Z',
  expires_at: '2026-11-29T17:00:00Z',
};
const library = loadExamplePolicy();

describe('evaluate: one request', () => {
  it("decides a request given as flags and prints the decision as canonical JSON, equal to the library's", async () => {
    const r = await runCli(['evaluate', ...POLICY, ...READ_FLAGS, '--expect-decision', 'allow']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(canonicalJson(library.evaluate(READ, { now: NOW })));
  });

  it('exits 1 when the decision is not the expected one, saying both', async () => {
    const r = await runCli(['evaluate', ...POLICY, ...READ_FLAGS, '--expect-decision', 'deny']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('expected decision "deny", got "allow"');
    expect((JSON.parse(r.stdout) as Decision).decision).toBe('allow');
  });

  it('reads --request FILE, with flags overriding its fields', async () => {
    const req = file('req.json', JSON.stringify({ ...READ, tool_namespace: 'repo.contents' }));
    const r = await runCli(['evaluate', ...POLICY, '--request', req, '--tool-namespace', 'advisories.osv']);
    expect(r.status).toBe(0);
    expect((JSON.parse(r.stdout) as Decision).decision).toBe('allow');
    const denied = await runCli(['evaluate', ...POLICY, '--request', req]);
    expect((JSON.parse(denied.stdout) as Decision).violations).toContain('tool scope repo.contents:read is not allowed');
  });

  it('reads the request from stdin with --request -', async () => {
    const r = await runCli(['evaluate', ...POLICY, '--request', '-', '--expect-decision', 'allow'], { input: JSON.stringify(READ) });
    expect(r.status).toBe(0);
  });

  it('refuses a --request that is not JSON as a usage error (exit 2), deciding nothing', async () => {
    const r = await runCli(['evaluate', ...POLICY, '--request', '-'], { input: '{"workflow_id": ' });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^error: --request \(stdin\) is not JSON: .*give one JSON object, or --requests for JSON Lines/);
  });

  it('names --request, not a flag, when it is combined with --requests', async () => {
    const r = await runCli(['evaluate', ...POLICY, '--request', 'a.json', '--requests', 'b.jsonl']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('do not combine it with --request\n');
    expect(r.stderr).not.toContain('--request or --request');
  });

  it('builds a write from repeatable --changed-path and --diff-line-count', async () => {
    const args = [
      'evaluate',
      ...POLICY,
      '--workflow-id',
      'dependency-patch',
      '--agent-id',
      'sr-agent::dependency-patch::codex',
      '--run-id',
      'r',
      '--tool-namespace',
      'repo.contents',
      '--tool-access-mode',
      'write_branch',
      '--gate-phase',
      'tool_call',
      '--branch-name',
      'agent/bump',
      '--changed-path',
      'package.json',
      '--changed-path',
      'package-lock.json',
      '--diff-line-count',
      '40',
    ];
    expect((await runCli([...args, '--expect-decision', 'allow_scoped_branch'])).status).toBe(0);
    const forbidden = await runCli([...args, '--changed-path', '.github/dependabot.yml', '--expect-decision', 'deny']);
    expect(forbidden.status).toBe(0);
    expect(forbidden.stdout).toContain('forbidden by');
    expect((await runCli([...args, '--runtime-kill-signal', 'stop', '--expect-decision', 'kill_session'])).status).toBe(0);
  });

  it('takes --human-approval-record as JSON text; text that is not JSON stays an untyped string', async () => {
    const base = [
      'evaluate',
      ...POLICY,
      '--workflow-id',
      'credential-rotation-prep',
      '--agent-id',
      'codex',
      '--run-id',
      'run-9',
      '--tool-namespace',
      'secrets.rotation',
      '--tool-access-mode',
      'approval_required',
      '--gate-phase',
      'tool_call',
    ];
    expect((await runCli([...base, '--human-approval-record', JSON.stringify(RECORD), '--expect-decision', 'allow'])).status).toBe(0);
    const untyped = await runCli([...base, '--human-approval-record', 'approved', '--expect-decision', 'hold_for_approval']);
    expect(untyped.status).toBe(0);
    expect(untyped.stdout).toContain('untyped');
  });

  it('with --approval-keys, approves only a record signed by a trusted key', async () => {
    const keys = JSON.parse(readFileSync(path.join(REPO_ROOT, 'test/fixtures/attacks/test-keys.json'), 'utf8')) as Record<
      string,
      { public_key_pem: string; private_key_pem: string }
    >;
    const keysFile = file(
      'keys.json',
      JSON.stringify({ 'alice-2026': { public_key_pem: keys.approver!.public_key_pem, approvers: ['alice'] } }),
    );
    const signWith = (who: string) => ({
      ...RECORD,
      signature: {
        alg: 'ed25519',
        key_id: 'alice-2026',
        value: sign(null, Buffer.from(canonicalJson(RECORD)), createPrivateKey(keys[who]!.private_key_pem)).toString('base64'),
      },
    });
    const run = async (record: unknown) =>
      await runCli([
        'evaluate',
        ...POLICY,
        '--approval-keys',
        keysFile,
        '--request',
        file('signed.json', JSON.stringify({ ...CRED, human_approval_record: record })),
      ]);
    expect((JSON.parse((await run(signWith('approver'))).stdout) as Decision).decision).toBe('allow');
    const forged = JSON.parse((await run(signWith('intruder'))).stdout) as Decision;
    expect(forged.decision).toBe('hold_for_approval');
    expect(forged.violations.join()).toContain('does not verify');
    expect((JSON.parse((await run(RECORD)).stdout) as Decision).violations.join()).toContain('unsigned');
  });

  it('refuses a pack that does not match its pin, or cannot be read, with exit 1 and no decision', async () => {
    const pinned = await runCli(['evaluate', ...POLICY, ...READ_FLAGS, '--expect-pack-sha256', '0'.repeat(64)]);
    expect(pinned.status).toBe(1);
    expect(pinned.stdout).toBe('');
    expect(pinned.stderr).toContain('not the expected');
    expect((await runCli(['evaluate', ...POLICY, ...READ_FLAGS, '--expect-pack-sha256', library.packSha256])).status).toBe(0);
    const missing = await runCli(['evaluate', '--policy', path.join(tmp, 'nope.json'), ...READ_FLAGS]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('cannot be read');
    const bad = await runCli(['evaluate', '--policy', file('bad-pack.json', '{"schema_version": "1.0"}'), ...READ_FLAGS]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('cannot be loaded');
    const badKeys = await runCli([
      'evaluate',
      ...POLICY,
      ...READ_FLAGS,
      '--approval-keys',
      file('bad-keys.json', '{"k": {"public_key_pem": "x", "approvers": ["a"]}}'),
    ]);
    expect(badKeys.status).toBe(1);
    expect(badKeys.stderr).toContain('not a readable public key');
  });
});

describe('evaluate: usage errors exit 2', () => {
  it.each([
    ['no request at all', ['evaluate', ...POLICY], 'give a request'],
    ['an unknown decision to expect', ['evaluate', ...POLICY, ...READ_FLAGS, '--expect-decision', 'maybe'], 'must be one of'],
    ['--requests with request flags', ['evaluate', ...POLICY, '--requests', '-', '--workflow-id', 'x'], 'do not combine'],
    ['an invalid --now', ['evaluate', ...POLICY.slice(0, 2), '--now', 'yesterday', ...READ_FLAGS], '--now must be'],
    [
      'a --diff-line-count that is not an integer',
      ['evaluate', ...POLICY, ...READ_FLAGS, '--diff-line-count', 'ten'],
      'must be an integer',
    ],
    ['an unknown option', ['evaluate', ...POLICY, '--frobnicate'], 'Unknown option'],
    ['a missing request file', ['evaluate', ...POLICY, '--request', '/nonexistent/req.json'], 'cannot read request file'],
    ['a missing requests file', ['evaluate', ...POLICY, '--requests', '/nonexistent/reqs.jsonl'], 'cannot read requests file'],
    ['a malformed pin', ['evaluate', ...POLICY, ...READ_FLAGS, '--expect-pack-sha256', 'abc'], '64 hex digits'],
    ['--jobs without --requests', ['evaluate', ...POLICY, ...READ_FLAGS, '--jobs', '2'], '--jobs applies to --requests only'],
    ['a --jobs that is not a count', ['evaluate', ...POLICY, '--requests', '-', '--jobs', '0'], '--jobs must be an integer from 1 to 64'],
    ['a non-positive approval window', ['evaluate', ...POLICY, ...READ_FLAGS, '--max-approval-window-hours', '0'], 'positive number'],
  ])('%s', async (_name, args, message) => {
    const r = await runCli(args);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stdout).toBe('');
  });

  it('prints its usage on --help, and is listed by the top-level help', async () => {
    const r = await runCli(['evaluate', '--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('--requests FILE|-');
    expect((await runCli(['--help'])).stdout).toMatch(/\bevaluate\b/);
  });
});

describe('evaluate: batch', () => {
  it('writes one decision per line, in order; a broken line gets a deny and the batch carries on', async () => {
    const lines = [
      JSON.stringify(READ),
      'not json at all',
      '',
      JSON.stringify({ ...READ, agent_id: 'rogue' }),
      '[1, 2]',
      JSON.stringify(CRED),
    ];
    const r = await runCli(['evaluate', ...POLICY, '--requests', file('batch.jsonl', lines.join('\r\n') + '\n')]);
    expect(r.status).toBe(0);
    const out = r.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as Decision);
    expect(out.map((d) => d.decision)).toEqual(['allow', 'deny', 'deny', 'deny', 'deny', 'hold_for_approval']);
    expect(out[1]!.violations[0]).toContain('line 2 is not valid JSON');
    expect(out[2]!.violations[0]).toContain('line 3 is blank');
    expect(out[3]!.violations).toContain('agent_class "rogue" is not allowed for workflow');
    expect(out[0]).toEqual(JSON.parse(JSON.stringify(library.evaluate(READ, { now: NOW }))));
    expect(r.stdout).toMatch(/^[\x20-\x7e\n]*$/);
  });

  it('reads stdin with --requests -, and with --expect-decision exits 1 naming the lines that differ', async () => {
    const input = [JSON.stringify(READ), JSON.stringify({ ...READ, workflow_id: 'nope' }), JSON.stringify(READ)].join('\n');
    const r = await runCli(['evaluate', ...POLICY, '--requests', '-', '--expect-decision', 'allow'], { input });
    expect(r.status).toBe(1);
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(3);
    expect(r.stderr).toContain('1 line(s) differ: 2');
  });

  it('escapes non-ASCII in batch lines so requests cannot put raw bidi or control characters in logs', async () => {
    const r = await runCli(['evaluate', ...POLICY, '--requests', '-'], {
      input: JSON.stringify({ ...READ, agent_id: 'co\u202edex\u0007' }),
    });
    expect([...r.stdout].every((c) => c === '\n' || (c >= ' ' && c <= '~'))).toBe(true);
    expect(r.stdout).toContain('\\u202e');
  });
});

describe.skipIf(!HAS_SHARED)('evaluate: the reference corpus through the CLI batch mode', () => {
  it("gives, line for line, the library's decisions, conforming to the reference", async () => {
    const corpus = readFileSync(path.join(SHARED_REFERENCE, 'decision-corpus.jsonl'), 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => JSON.parse(l) as { id: string; class: string; reference_decision: DecisionName; request: unknown });
    const packPath = path.join(SHARED_REFERENCE, 'seed-pack.json');
    const requests = file('corpus-requests.jsonl', corpus.map((c) => JSON.stringify(c.request)).join('\n') + '\n');
    const r = await runCli(['evaluate', '--policy', packPath, '--requests', requests, '--now', NOW]);
    expect(r.status, r.stderr).toBe(0);
    const out = r.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as Decision);
    expect(out).toHaveLength(corpus.length);
    const lib = loadPolicy(readFileSync(packPath));
    const failures: string[] = [];
    corpus.forEach((c, i) => {
      const d = out[i]!;
      expect(d).toEqual(JSON.parse(JSON.stringify(lib.evaluate(c.request, { now: NOW }))));
      const ok = c.class === 'plain' ? d.decision === c.reference_decision : decisionRank(d.decision) <= decisionRank(c.reference_decision);
      if (!ok) failures.push(`${c.id}: ${d.decision} vs reference ${c.reference_decision}`);
    });
    expect(failures).toEqual([]);
  });
});

if (!HAS_SHARED) it.skip(SHARED_SKIP_REASON, () => {});
