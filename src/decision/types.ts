/**
 * The decision engine's public contract (spec: ../shared/spec/decision-semantics.md).
 * Everything that asks "may this agent make this call now?" — the CLI, the PR admission check,
 * the MCP server, gateways embedding the library — goes through Policy.evaluate.
 */
import type { Pack, WorkflowPolicy } from '../pack/types.js';

export const DECISIONS = [
  'allow',
  'allow_scoped_branch',
  'allow_scoped_ticket',
  'hold_for_approval',
  'deny',
  'kill_session',
] as const;
export type DecisionName = (typeof DECISIONS)[number];

/** kill_session 0 < deny 1 < hold_for_approval 2 < the three allows 3. */
export function decisionRank(d: DecisionName): number {
  switch (d) {
    case 'kill_session':
      return 0;
    case 'deny':
      return 1;
    case 'hold_for_approval':
      return 2;
    default:
      return 3;
  }
}

export type Maturity = 'crawl' | 'walk' | 'run';

export interface PostureReport {
  workflow_id: string;
  maturity_stage: string | null;
  inside: boolean;
  /** Each unmet condition of the posture, in plain words. */
  problems: string[];
}

/** One check the evaluator ran, like Cedar's diagnostics: every decision lists what produced it. */
export interface DecisionCheck {
  check: string;
  outcome: 'pass' | 'fail' | 'skip';
  detail?: string;
}

export type PathVerdictKind = 'allowed' | 'forbidden' | 'not_allowed' | 'invalid';

export interface PathVerdict {
  /** The entry as the request gave it. */
  path: string;
  /** After cleaning (spec "Paths"), or null when the entry was refused. */
  cleaned: string | null;
  verdict: PathVerdictKind;
  /** The forbidden or allowed pattern that decided it, when one did. */
  rule: string | null;
  detail?: string;
}

export interface ApprovalVerdict {
  present: boolean;
  typed: boolean;
  valid: boolean;
  approval_id: string | null;
  approver_id: string | null;
  reviewer_pool: string | null;
  /** Every condition the record failed, empty when valid. */
  problems: string[];
}

export interface DecisionEvidence {
  pack_sha256: string;
  manifest_sha256: string;
  policy_id: string;
  evaluated_at: string;
  workflow_id: string | null;
  run_id: string | null;
  agent_class: string | null;
  checks: DecisionCheck[];
  paths: PathVerdict[];
  approval: ApprovalVerdict;
  unknown_attributes: string[];
  [key: string]: unknown;
}

/** The original evaluator's result fields, kept so its consumers keep working, plus richer evidence. */
export interface Decision {
  allowed: boolean;
  approval_present: boolean;
  approval_required: boolean;
  decision: DecisionName;
  evidence: DecisionEvidence;
  matched_policy: Record<string, unknown> | null;
  matched_scope: Record<string, unknown> | null;
  reason: string;
  request: Record<string, unknown>;
  violations: string[];
}

/** Trusted Ed25519 keys: key id → PEM public key and the approver ids it may sign for. */
export type TrustedKeys = Record<string, { public_key_pem: string; approvers: string[] }>;

export interface LoadPolicyOptions {
  expectPackSha256?: string;
  expectManifestSha256?: string;
  trustedKeys?: TrustedKeys;
  /** Longest approval window accepted, in hours. Default 24. */
  maxApprovalWindowHours?: number;
}

export interface EvaluateOptions {
  /** Evaluation time; default the current time. */
  now?: Date | string | number;
}

export interface Policy {
  readonly pack: Pack;
  readonly packSha256: string;
  readonly manifestSha256: string;
  readonly policyId: string;
  workflowIds(): string[];
  workflow(id: string): WorkflowPolicy | undefined;
  posture(id: string): PostureReport | undefined;
  evaluate(request: unknown, options?: EvaluateOptions): Decision;
}
