import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ADMISSION_GATES, admit } from '../../src/admission/admit.js';
import { RECORD_RULES, REVIEW_RULES } from '../../src/admission/approvals.js';
import { NEXT_STEPS, nextSteps } from '../../src/admission/next-steps.js';
import { applyPolicyChange } from '../../src/admission/policy-change.js';
import { ADMISSION_CODES, isAdmissionReason } from '../../src/admission/reasons.js';
import { sealEvidence, verifyEvidence } from '../../src/evidence/record.js';
import { HEAD, input } from './support.js';

const DOC = readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), '../../docs/evidence.md'), 'utf8');
const ALL_CODES = Object.values(ADMISSION_CODES).flat();

describe('admission reasons', () => {
  it('gives every code once, and documents each with its check in docs/evidence.md', () => {
    expect(new Set(ALL_CODES).size).toBe(ALL_CODES.length);
    for (const [check, codes] of Object.entries(ADMISSION_CODES)) {
      for (const code of codes) expect(DOC, code).toMatch(new RegExp(`\\| \`${code}\` \\| \`${check}\` \\|`));
    }
    for (const rule of [...REVIEW_RULES, ...RECORD_RULES]) expect(DOC, rule.code).toContain(`\`${rule.code}\``);
  });

  it('has a next-step entry for every code', () => {
    expect(Object.keys(NEXT_STEPS).sort()).toEqual([...ALL_CODES].sort());
  });

  it('runs the gates in their documented order', () => {
    expect(ADMISSION_GATES.map((g) => g.name)).toEqual(['trust', 'applicability', 'identity', 'kill', 'admission', 'write', 'pre_merge']);
  });

  it('tags a violation by code: a missing label is label_missing, and its next step names the label', () => {
    const r = admit(input({ pr: { labels: [] } }));
    expect(r.decision).toBe('deny');
    const label = r.gates.find((g) => g.gate === 'admission')!.reasons.find((x) => x.code === 'label_missing');
    expect(label).toMatchObject({ check: 'pr_label' });
    expect(isAdmissionReason(label!)).toBe(true);
    expect(r.next_steps).toContain('Add the label "agent-change" to the pull request.');
  });

  it('passes engine reasons on with the engine check that gave them, routed to the write gate by check name', () => {
    const r = admit(
      input({
        files: [
          {
            path: 'secrets/key.pem',
            previous_path: null,
            status: 'added',
            additions: 1,
            deletions: 0,
            mode: '100644',
            previous_mode: null,
            binary: false,
          },
        ],
      }),
    );
    const write = r.gates.find((g) => g.gate === 'write')!;
    expect(write.decision).toBe('deny');
    expect(write.reasons.map((x) => x.check)).toEqual(['path_scope']);
    expect(r.gates.find((g) => g.gate === 'admission')!.reasons).toEqual([]);
    expect(r.next_steps.join('\n')).toContain('Remove the changes to 1 path(s)');
  });

  it('a reworded message keeps its next step: steps follow the code, not the text', () => {
    const given = input({ open_agent_prs: [1, 2, 3, 4, 5, 6, 7], pr: { labels: [] } });
    const r = admit(given);
    expect(r.reasons.map((x) => x.code)).toEqual(expect.arrayContaining(['open_pr_cap', 'label_missing']));
    const reworded = { ...r, gates: r.gates.map((g) => ({ ...g, reasons: g.reasons.map((x) => ({ ...x, message: 'reworded' })) })) };
    const steps = nextSteps(reworded, { input: given, requiredLabel: 'agent-change' });
    expect(steps).toEqual(r.next_steps);
    expect(steps.join('\n')).toContain('Wait until older agent pull requests are merged or closed');
  });

  it('a widening policy change adds coded reasons, and the sealed record verifies', () => {
    const held = applyPolicyChange(
      admit(input()),
      {
        base_pack_sha256: null,
        head_pack_sha256: null,
        widened: [{ workflow_id: 'app-fix', kind: 'paths', detail: 'may write docs/**' }],
        narrowed: [],
        problem: null,
        owners_pool: 'policy-owners',
        approved_by: [],
      },
      HEAD,
    );
    expect(held.decision).toBe('hold_for_approval');
    expect(held.reasons.map((x) => x.code)).toEqual(['policy_widened_unapproved', 'policy_widening']);
    expect(held.reasons.map((x) => x.message)).toEqual(held.violations);
    expect(verifyEvidence(sealEvidence(held))).toBe(true);
  });
});
