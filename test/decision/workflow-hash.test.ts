/**
 * workflow_policy_sha256: SHA-256 of one workflow's policy as compact sorted JSON, the bytes
 * Python's json.dumps(policy, sort_keys=True, separators=(",", ":")) writes (the original's
 * gateway_policy_hash). Checked against Python itself when python3 is installed.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadPolicy } from '../../src/decision/index.js';
import type { Pack } from '../../src/pack/types.js';
import { canonicalJsonLine } from '../../src/util/canonical-json.js';
import { EXAMPLE_PACK_PATH, NOW } from './support.js';

const HAS_PYTHON = spawnSync('python3', ['-c', 'import json'], { encoding: 'utf8' }).status === 0;
if (!HAS_PYTHON) console.warn('python3 is absent: skipping the comparison with Python json.dumps');

const PY_DUMPS = 'import json,sys\nfor line in sys.stdin:\n    print(json.dumps(json.loads(line), sort_keys=True, separators=(",", ":")))';

/** Python's bytes for each value, one per line. */
function pythonDumps(values: unknown[]): string[] {
  const r = spawnSync('python3', ['-c', PY_DUMPS], { input: values.map((v) => JSON.stringify(v)).join('\n') + '\n', encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  return r.stdout.split('\n').slice(0, values.length);
}

const sha = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');
const packText = readFileSync(EXAMPLE_PACK_PATH, 'utf8');
const pack = JSON.parse(packText) as Pack;

describe('workflow_policy_sha256', () => {
  const policy = loadPolicy(packText);

  it.skipIf(!HAS_PYTHON)('is the SHA-256 of what Python json.dumps(sort_keys, compact) writes for each workflow policy', () => {
    const expected = pythonDumps(pack.workflow_policies);
    pack.workflow_policies.forEach((w, i) => {
      expect(policy.workflowPolicySha256(w.workflow_id)).toBe(sha(expected[i]!));
    });
  });

  it.skipIf(!HAS_PYTHON)('writes the same bytes as Python for any JSON value: non-ASCII escaped, keys in code-point order', () => {
    const values = fc.sample(
      fc.jsonValue({ maxDepth: 3 }).filter((v) => JSON.stringify(v) === JSON.stringify(JSON.parse(JSON.stringify(v)))),
      200,
    );
    // Integral values only: JSON.parse cannot tell 1.0 from 1, so non-integers are out of scope.
    const integral = values.filter((v) => !/\d[.eE]/.test(JSON.stringify(v)));
    const tricky = [
      { é: 1, z: 'ü€😀\u007f\u0000\u001f"\\/', '\u{1F600}': [], '\uFFFF': null, a: { b: [true, false, -0, 12345678901234] } },
    ];
    const all = [...tricky, ...integral];
    const py = pythonDumps(all);
    all.forEach((v, i) => expect(canonicalJsonLine(v), JSON.stringify(v)).toBe(py[i]));
  });

  it('is in the evidence of every decision that names a declared workflow, and null otherwise', () => {
    const w = pack.workflow_policies[0]!;
    const d = policy.evaluate({ workflow_id: ` ${w.workflow_id} `, runtime_kill_signal: 'stop' }, { now: NOW });
    expect(d.decision).toBe('kill_session');
    expect(d.evidence.workflow_policy_sha256).toBe(policy.workflowPolicySha256(w.workflow_id));
    expect(d.evidence.workflow_policy_sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(policy.evaluate({ workflow_id: 'no-such-workflow' }, { now: NOW }).evidence.workflow_policy_sha256).toBeNull();
    expect(policy.refuse('not JSON', { now: NOW }).evidence.workflow_policy_sha256).toBeNull();
  });

  it("changes when, and only when, that workflow's policy changes", () => {
    const [a, b] = pack.workflow_policies;
    const edited = structuredClone(pack);
    edited.workflow_policies[0]!.change_scope.max_diff_lines = (edited.workflow_policies[0]!.change_scope.max_diff_lines ?? 0) + 1;
    const reloaded = loadPolicy(edited);
    expect(reloaded.workflowPolicySha256(a!.workflow_id)).not.toBe(policy.workflowPolicySha256(a!.workflow_id));
    expect(reloaded.workflowPolicySha256(b!.workflow_id)).toBe(policy.workflowPolicySha256(b!.workflow_id));
    expect(policy.workflowPolicySha256('no-such-workflow')).toBeUndefined();
  });
});
