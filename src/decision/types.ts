/**
 * The decision engine's public contract (spec: ../shared/spec/decision-semantics.md).
 * Everything that asks "may this agent make this call now?" — the CLI, the PR admission check,
 * the MCP server, gateways embedding the library — goes through Policy.evaluate.
 */
import type { Pack, WorkflowPolicy } from '../pack/index.js';
import type { CheckName } from './reasons.js';

export const DECISIONS = ['allow', 'allow_scoped_branch', 'allow_scoped_ticket', 'hold_for_approval', 'deny', 'kill_session'] as const;
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

/**
 * One reason a decision gives, like Cedar's diagnostics: the check that produced it, a stable
 * snake_case code for the rule (reasons.ts lists them all), and the words. Route on the code.
 */
export interface Reason {
  check: string;
  code: string;
  message: string;
}

export type CheckOutcome = 'pass' | 'fail' | 'skip';

/** Every check by name, in the order the evaluator runs them (CHECK_NAMES). */
export type DecisionChecks = Record<CheckName, CheckOutcome>;

/** `always_forbidden`: one of the paths no manifest can allow (the pack, its manifest, CI, code owners, git attributes). */
export type PathVerdictKind = 'allowed' | 'forbidden' | 'not_allowed' | 'invalid' | 'always_forbidden';

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

/** Fields marked optional were added after the first contract; evaluate() always sets them. */
export interface DecisionEvidence {
  /** SHA-256 of the pack file's bytes. */
  pack_sha256: string;
  /** The pack's source_manifest.sha256. */
  manifest_sha256: string;
  /** Same as manifest_sha256, under the reference evaluator's name. */
  source_manifest_sha256?: string;
  policy_id: string;
  /** The pack's generated_at (the reference evaluator's field). */
  policy_generated_at?: string;
  /** ISO 8601 evaluation time ("now"). */
  evaluated_at: string;
  /** The declared workflow the request named (trimmed), or null. */
  workflow_id: string | null;
  /**
   * SHA-256 of that workflow's policy as compact sorted JSON (the original's gateway_policy_hash),
   * or null when the request named no declared workflow. Pins one workflow's rules.
   */
  workflow_policy_sha256?: string | null;
  run_id: string | null;
  /** The agent class the identity check resolved, or null. */
  agent_class: string | null;
  /** The matched scope's scope_id, or null. */
  scope_id?: string | null;
  maturity_stage?: string | null;
  /** The workflow's required PR label (the reference evaluator's field). */
  required_pr_label?: string | null;
  /** Every check's outcome, in the order the spec runs them: pass, fail, or skip (not reached / not applicable). */
  checks: DecisionChecks;
  /** Why: one reason per violation, in the same order (`reasons[i].message === violations[i]`). */
  reasons: Reason[];
  /** One verdict per changed-path entry of a branch write (blank entries dropped); empty otherwise. */
  paths: PathVerdict[];
  approval: ApprovalVerdict;
  /** Known attributes carrying a non-empty value, sorted (the reference evaluator's field). */
  observed_runtime_attributes?: string[];
  /** Request attributes the spec does not name, sorted; they are ignored. */
  unknown_attributes: string[];
  [key: string]: unknown;
}

/** The reference evaluator's result fields, kept so its consumers keep working, plus richer evidence. */
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
  /**
   * The pack file's path in the repository, always forbidden to branch writes (as are the default
   * pack path data/policy/mcp-gateway-policy.json and the pack's source_manifest.path).
   */
  packPath?: string;
  /** Another manifest path to forbid, besides the pack's source_manifest.path. */
  manifestPath?: string;
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
  /** SHA-256 of the workflow's policy as compact sorted JSON (canonicalJsonLine), computed at load. */
  workflowPolicySha256(id: string): string | undefined;
  posture(id: string): PostureReport | undefined;
  evaluate(request: unknown, options?: EvaluateOptions): Decision;
  /**
   * A deny for input that is not even a request (a batch line that is not JSON), with the same
   * result shape and evidence as evaluate's, and `violation` as its reason.
   */
  refuse(violation: string, options?: EvaluateOptions): Decision;
}
