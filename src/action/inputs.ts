import { parse as parseYaml } from 'yaml';
import { parseWorkflowFrom, type WorkflowFrom, parseReviewerPools } from '../admission/index.js';

/**
 * The Action's inputs, read and validated once. Pure: it takes a getter so tests need no env.
 * Every error names the input and, where there is a fixed set, lists the valid values.
 */
export type Mode = 'admit' | 'check';
export type OnKill = 'fail' | 'close';
export type ApprovalsRule = 'all' | 'any';
export type FailOn = 'deny' | 'kill_session' | 'hold_for_approval';

export interface ActionInputs {
  mode: Mode;
  token: string;
  /** Null when not given: the path the pack records (source_manifest.path), else the default. */
  manifestPath: string | null;
  packPath: string;
  workflowId: string | null;
  /** Where the workflow id may come from: input, branch, trailer (default input, branch). */
  workflowFrom: WorkflowFrom[];
  /** The change class, for the workflow's manual_review_required_for. */
  changeClass: string | null;
  toolNamespace: string;
  /** Extra agent logins → agent class, on top of the built-in ones. */
  agents: Record<string, string>;
  /** Reviewer pool → logins and/or org/team slugs. */
  reviewerPools: Record<string, string[]>;
  approvals: ApprovalsRule;
  killSignal: string | null;
  killLabel: string;
  onKill: OnKill;
  failOn: FailOn[];
  comment: boolean;
  /** The login our comments are written as, for a GitHub App token (`<slug>[bot]`); empty: worked out from the token. */
  commentAuthor: string | null;
  status: boolean;
  statusContext: string;
  evidencePath: string;
  expectPackSha256: string | null;
  /** The reviewer pool whose APPROVED review a policy-widening PR needs; null: widenings are reported only. */
  policyOwners: string | null;
  /** False: shadow mode, the decision is reported but never fails the step or the status. */
  enforce: boolean;
}

export class InputError extends Error {
  override name = 'InputError';
}

const FAIL_ON: readonly FailOn[] = ['deny', 'kill_session', 'hold_for_approval'];

function oneOf<T extends string>(name: string, raw: string, valid: readonly T[], fallback: T): T {
  const v = raw.trim() === '' ? fallback : raw.trim();
  if (!(valid as readonly string[]).includes(v)) {
    throw new InputError(`input "${name}" is "${v}"; valid values: ${valid.join(', ')}`);
  }
  return v as T;
}

function bool(name: string, raw: string, fallback: boolean): boolean {
  const v = raw.trim().toLowerCase();
  if (v === '') return fallback;
  if (v === 'true') return true;
  if (v === 'false') return false;
  throw new InputError(`input "${name}" is "${raw}"; valid values: true, false`);
}

function yamlMap(name: string, raw: string): Record<string, unknown> {
  if (raw.trim() === '') return {};
  let parsed: unknown;
  try {
    parsed = parseYaml(raw);
  } catch (err) {
    throw new InputError(`input "${name}" is not valid YAML: ${(err as Error).message}`);
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new InputError(`input "${name}" must be a YAML map`);
  }
  return parsed as Record<string, unknown>;
}

function workflowFromInput(raw: string): WorkflowFrom[] {
  try {
    return parseWorkflowFrom(raw);
  } catch (err) {
    throw new InputError(`input "workflow-from": ${(err as Error).message}`);
  }
}

export function parseInputs(get: (name: string) => string, env: NodeJS.ProcessEnv = {}): ActionInputs {
  const agentsRaw = yamlMap('agents', get('agents'));
  const agents: Record<string, string> = {};
  for (const [login, cls] of Object.entries(agentsRaw)) {
    if (typeof cls !== 'string' || cls.trim() === '') {
      throw new InputError(`input "agents": login "${login}" must map to an agent class name`);
    }
    agents[login] = cls.trim();
  }
  let reviewerPools: Record<string, string[]>;
  try {
    reviewerPools = parseReviewerPools(yamlMap('reviewer-pools', get('reviewer-pools')), 'input "reviewer-pools"');
  } catch (err) {
    throw err instanceof InputError ? err : new InputError((err as Error).message);
  }
  const failOnRaw = get('fail-on').trim();
  const failOn = (failOnRaw === '' ? [...FAIL_ON] : failOnRaw.split(/[\s,]+/).filter(Boolean)).map((v) =>
    oneOf('fail-on', v, FAIL_ON, 'deny'),
  );
  const pin = get('expect-pack-sha256').trim().toLowerCase();
  if (pin !== '' && !/^[0-9a-f]{64}$/.test(pin)) {
    throw new InputError('input "expect-pack-sha256" must be 64 hex characters');
  }
  const policyOwners = get('policy-owners').trim() || null;
  if (policyOwners !== null && !Object.prototype.hasOwnProperty.call(reviewerPools, policyOwners)) {
    const pools = Object.keys(reviewerPools);
    throw new InputError(
      `input "policy-owners" is "${policyOwners}", which is not a pool of input "reviewer-pools"; valid values: ${pools.length > 0 ? pools.join(', ') : '(reviewer-pools is empty)'}`,
    );
  }
  const or = (v: string, d: string) => (v.trim() === '' ? d : v.trim());
  return {
    mode: oneOf('mode', get('mode'), ['admit', 'check'] as const, 'admit'),
    token: get('token'),
    manifestPath: get('manifest-path').trim() || null,
    packPath: or(get('pack-path'), 'data/policy/mcp-gateway-policy.json'),
    workflowId: get('workflow-id').trim() || null,
    workflowFrom: workflowFromInput(get('workflow-from')),
    changeClass: get('change-class').trim() || null,
    toolNamespace: or(get('tool-namespace'), 'repo.contents'),
    agents,
    reviewerPools,
    approvals: oneOf('approvals', get('approvals'), ['all', 'any'] as const, 'all'),
    killSignal: get('kill-signal').trim() || null,
    killLabel: or(get('kill-label'), 'agent-kill-session'),
    onKill: oneOf('on-kill', get('on-kill'), ['fail', 'close'] as const, 'fail'),
    failOn,
    comment: bool('comment', get('comment'), true),
    commentAuthor: get('comment-author').trim() || null,
    status: bool('status', get('status'), true),
    statusContext: or(get('status-context'), 'mcp-gateway-policy/admission'),
    evidencePath: or(get('evidence-path'), `${env.RUNNER_TEMP ?? '.'}/mcp-gateway-policy-evidence.json`),
    expectPackSha256: pin || null,
    policyOwners,
    enforce: bool('enforce', get('enforce'), true),
  };
}
