/**
 * Realistic evidence records, one per decision, as the admission check would build them for an
 * agent pull request on acme/payments. Fixed times and SHAs keep the Markdown snapshots stable.
 */
import type { ApprovalRow, GateResult, PathRow } from '../../src/admission/types.js';
import type { Reason } from '../../src/decision/types.js';
import { finalizeEvidence } from '../../src/evidence/record.js';
import type { EvidenceRecord, UnhashedEvidence } from '../../src/evidence/types.js';

export const HEAD = '9f2c4e1a7b3d5f60812c4d9e0a1b2c3d4e5f6a7b';
export const BASE = '1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d';
export const PACK_SHA = 'c0ffee00d15ea5e5deadbeef0123456789abcdef0123456789abcdef01234567';
export const MANIFEST_SHA = '5eed5eed0123456789abcdef0123456789abcdef0123456789abcdef5eed5eed';

export type FixtureDecision = 'allow' | 'allow_scoped_branch' | 'hold_for_approval' | 'deny' | 'kill_session' | 'not_applicable';

function row(path: string, o: Partial<PathRow> = {}): PathRow {
  return {
    status: 'modified',
    path,
    previous_path: null,
    rule: 'services/payments/**',
    verdict: 'allowed',
    executable_changed: false,
    binary: false,
    ...o,
  };
}

const why = (check: string, code: string, message: string): Reason => ({ check, code, message });

function gate(
  g: GateResult['gate'],
  decision: GateResult['decision'],
  reasons: Reason[] = [],
  request: Record<string, unknown> | null = null,
): GateResult {
  return { gate: g, decision, request, evaluation: null, violations: reasons.map((r) => r.message), reasons };
}

const writeRequest = (paths: string[], lines: number) => ({
  workflow_id: 'payments-refactor',
  agent_class: 'codex',
  tool_namespace: 'repo.contents',
  action: 'write_branch',
  paths,
  file_count: paths.length,
  diff_lines: lines,
});

function base(): UnhashedEvidence {
  const paths = [
    row('services/payments/ledger/rounding.ts', { status: 'modified' }),
    row('services/payments/ledger/rounding.test.ts', { status: 'added' }),
    row('services/payments/ledger/legacy_round.ts', { status: 'renamed', previous_path: 'services/payments/ledger/round.ts' }),
    row('services/payments/README.md', { status: 'modified', rule: 'services/payments/**' }),
    row('services/payments/ledger/old_fixture.json', { status: 'removed' }),
  ];
  return {
    schema: 'mcp-gateway-policy/evidence@1',
    decision: 'allow',
    summary: 'All 5 changed paths are inside the workflow’s write scope and within its limits.',
    workflow_id: 'payments-refactor',
    agent_class: 'codex',
    agent_login: 'chatgpt-codex-connector[bot]',
    run_id: `pr-42-${HEAD}`,
    repository: 'acme/payments',
    pull_request: {
      number: 42,
      title: 'Refactor ledger rounding to banker’s rounding',
      url: 'https://github.com/acme/payments/pull/42',
      author: 'chatgpt-codex-connector[bot]',
      head_ref: 'agent/payments-refactor/ledger-rounding',
      base_ref: 'main',
      labels: ['agent-pr'],
    },
    head_sha: HEAD,
    base_sha: BASE,
    event_name: 'pull_request_target',
    github_run_id: '9876543210',
    github_run_attempt: '1',
    policy_id: 'acme-agent-policy',
    pack_path: 'data/policy/mcp-gateway-policy.json',
    manifest_path: 'data/control-plane/workflow-manifests.json',
    pack_sha256: PACK_SHA,
    manifest_sha256: MANIFEST_SHA,
    evaluated_at: '2025-06-02T09:30:00.000Z',
    gates: [
      gate('trust', 'allow'),
      gate('kill', 'allow'),
      gate('admission', 'allow', [], {
        workflow_id: 'payments-refactor',
        agent_class: 'codex',
        branch: 'agent/payments-refactor/ledger-rounding',
        labels: ['agent-pr'],
        open_prs: 2,
      }),
      gate('write', 'allow', [], writeRequest(paths.map((p) => p.path).concat('services/payments/ledger/round.ts'), 212)),
      gate('pre_merge', 'allow'),
    ],
    limits: { files: { used: 5, max: 8 }, diff_lines: { used: 212, max: 250 }, open_prs: { used: 2, max: 3 } },
    paths,
    approvals: [],
    violations: [],
    reasons: [],
    next_steps: [],
    notes: [],
  };
}

const approvals: ApprovalRow[] = [
  {
    source: 'review',
    login: 'dana-payments',
    reviewer_pool: 'service-owner',
    commit_id: '0badc0de0badc0de0badc0de0badc0de0badc0de',
    counted: false,
    code: 'approval_stale',
    reason: 'approved an older commit (`0badc0d`), not the head `9f2c4e1`',
  },
  {
    source: 'review',
    login: 'chatgpt-codex-connector[bot]',
    reviewer_pool: null,
    commit_id: HEAD,
    counted: false,
    code: 'approval_self',
    reason: 'the PR author cannot approve their own pull request',
  },
  {
    source: 'review',
    login: 'renovate[bot]',
    reviewer_pool: null,
    commit_id: HEAD,
    counted: false,
    code: 'approval_bot',
    reason: 'bots do not count as reviewers',
  },
];

export function fixture(decision: FixtureDecision): EvidenceRecord {
  const r = base();
  switch (decision) {
    case 'allow':
      r.approvals = [
        {
          source: 'review',
          login: 'dana-payments',
          reviewer_pool: 'service-owner',
          commit_id: HEAD,
          counted: true,
          code: 'approval_counted',
          reason: 'APPROVED on the head commit by a member of `service-owner`',
        },
      ];
      break;
    case 'allow_scoped_branch':
      r.decision = 'allow_scoped_branch';
      r.summary = 'Allowed within the agent branch scope: the change may land only through `agent/payments-refactor/…`.';
      r.gates[3] = { ...r.gates[3]!, decision: 'allow_scoped_branch' };
      r.notes = ['The API shows a newer head (`7c1d2e3`) than the event named; this run evaluated `9f2c4e1`.'];
      break;
    case 'hold_for_approval':
      r.decision = 'hold_for_approval';
      r.summary = 'Held: the workflow requires an approval from `service-owner` on the head commit.';
      r.gates[4] = gate('pre_merge', 'hold_for_approval', [
        why('approvals', 'approval_missing', 'no counted APPROVED review from reviewer pool `service-owner` on `9f2c4e1`'),
      ]);
      r.approvals = approvals;
      r.reasons = r.gates[4].reasons;
      r.violations = r.gates[4].violations;
      r.next_steps = ['Needs an APPROVED review from a member of `service-owner` on `9f2c4e1`.'];
      break;
    case 'deny': {
      r.decision = 'deny';
      r.summary = '3 changed paths are not allowed and the diff is over the line limit.';
      r.paths = [
        ...r.paths,
        row('.github/workflows/release.yml', { rule: '.github/workflows/**', verdict: 'always_forbidden' }),
        row('services/payments/secrets/keys.pem', {
          status: 'added',
          rule: 'services/payments/secrets/**',
          verdict: 'forbidden',
          binary: true,
        }),
        row('services/payments/ledger/settle.ts', {
          status: 'renamed',
          previous_path: 'services/billing/settle.ts',
          rule: 'services/billing/**',
          verdict: 'forbidden',
        }),
        row('scripts/deploy.sh', { rule: null, verdict: 'not_allowed', executable_changed: true }),
      ];
      r.gates[3] = gate(
        'write',
        'deny',
        [
          why('built_in_paths', 'always_forbidden', 'path `.github/workflows/release.yml` is always forbidden for agents'),
          why(
            'path_scope',
            'path_scope',
            'path `services/payments/secrets/keys.pem` matches forbidden pattern `services/payments/secrets/**`',
          ),
          why(
            'previous_paths',
            'previous_path_refused',
            'previous path `services/billing/settle.ts` of a rename matches forbidden pattern `services/billing/**`',
          ),
          why('path_scope', 'path_scope', 'path `scripts/deploy.sh` is outside the allowed paths'),
          why('diff_line_count', 'diff_line_count', 'diff lines 412 exceed max_diff_lines 250'),
        ],
        writeRequest(['.github/workflows/release.yml'], 412),
      );
      r.limits = { files: { used: 9, max: 8 }, diff_lines: { used: 412, max: 250 }, open_prs: { used: 2, max: 3 } };
      r.reasons = r.gates[3].reasons.concat(why('changed_paths', 'changed_paths', 'file count 9 exceeds max_files_changed 8'));
      r.violations = r.reasons.map((x) => x.message);
      r.next_steps = [
        'Remove the changes to `.github/workflows/release.yml`, `services/payments/secrets/keys.pem`, `services/billing/settle.ts` and `scripts/deploy.sh` from the branch.',
        'Split the change so each pull request stays within 8 files and 250 diff lines.',
      ];
      r.approvals = approvals.slice(0, 1);
      break;
    }
    case 'kill_session':
      r.decision = 'kill_session';
      r.summary = 'Killed: the pull request carries the kill label `agent-kill-session`.';
      r.pull_request!.labels = ['agent-pr', 'agent-kill-session'];
      r.gates[1] = gate('kill', 'kill_session', [why('kill_switch', 'kill_label', 'label `agent-kill-session` is present')], {
        runtime_kill_signal: 'label:agent-kill-session',
      });
      r.reasons = r.gates[1].reasons;
      r.violations = r.gates[1].violations;
      r.next_steps = ['The pull request was closed. Remove the label and reopen it only after the incident is resolved.'];
      r.notes = ['on-kill is `close`: the pull request was closed with a comment.'];
      break;
    case 'not_applicable':
      r.decision = 'not_applicable';
      r.summary = 'Not an agent pull request: author `dana-payments` is not an agent and branch `fix/typo` has no agent prefix.';
      r.workflow_id = null;
      r.agent_class = null;
      r.agent_login = null;
      r.gates = [];
      r.paths = [];
      r.approvals = [];
      break;
  }
  return finalizeEvidence(r);
}

export const FIXTURE_DECISIONS: FixtureDecision[] = [
  'allow',
  'allow_scoped_branch',
  'hold_for_approval',
  'deny',
  'kill_session',
  'not_applicable',
];

/** A denied PR with `n` offending paths (the 3,000-path budget case). */
export function hugeDeny(n: number): EvidenceRecord {
  const r = base();
  r.decision = 'deny';
  r.summary = `${n} changed paths are outside the workflow's write scope.`;
  r.paths = Array.from({ length: n }, (_, i) =>
    row(`vendor/generated/module_${String(i).padStart(4, '0')}/src/index_${i}.generated.ts`, {
      status: 'added',
      rule: null,
      verdict: 'not_allowed',
    }),
  );
  r.reasons = r.paths.map((p) => why('path_scope', 'path_scope', `path \`${p.path}\` is outside the allowed paths`));
  r.violations = r.reasons.map((x) => x.message);
  r.gates[3] = gate(
    'write',
    'deny',
    r.reasons,
    writeRequest(
      r.paths.map((p) => p.path),
      n * 10,
    ),
  );
  r.limits = { files: { used: n, max: 8 }, diff_lines: { used: n * 10, max: 250 }, open_prs: { used: 1, max: 3 } };
  r.next_steps = ['Remove the generated vendor files from the branch.'];
  return finalizeEvidence(r);
}
