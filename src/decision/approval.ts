/**
 * Typed human approval records (spec: decision-semantics.md, "Typed human approval records").
 * Only a record with `type: "human_approval"` is typed; everything else (true, "approved",
 * {"status": "approved"}, …) is untyped and never approves.
 */
import { createPublicKey, verify, type KeyObject } from 'node:crypto';
import { canonicalJson, compareCodePoints, sha256Hex } from '../util/index.js';
import { cleanPath } from './paths.js';
import { isBlank, plainValue, pyStrip, quoteValue } from './text.js';
import type { ApprovalVerdict, TrustedKeys } from './types.js';

export interface CompiledTrustedKey {
  key: KeyObject;
  approvers: Set<string>;
}

/** Parses trusted keys once, at load. Problems are returned for PolicyLoadError. */
export function compileTrustedKeys(keys: unknown, problems: string[]): Map<string, CompiledTrustedKey> | null {
  if (keys === undefined || keys === null) return null;
  if (typeof keys !== 'object' || Array.isArray(keys)) {
    problems.push('trustedKeys must be an object: key id → {public_key_pem, approvers}');
    return null;
  }
  const out = new Map<string, CompiledTrustedKey>();
  for (const [id, entry] of Object.entries(keys as TrustedKeys)) {
    const where = `trustedKeys[${JSON.stringify(id)}]`;
    if (entry === null || typeof entry !== 'object') {
      problems.push(`${where} must be an object with public_key_pem and approvers`);
      continue;
    }
    const { public_key_pem: pem, approvers } = entry as { public_key_pem?: unknown; approvers?: unknown };
    if (!Array.isArray(approvers) || approvers.length === 0 || !approvers.every((a) => typeof a === 'string' && !isBlank(a))) {
      problems.push(`${where}.approvers must be a non-empty list of approver ids`);
      continue;
    }
    if (typeof pem !== 'string') {
      problems.push(`${where}.public_key_pem must be a PEM string`);
      continue;
    }
    let key: KeyObject;
    try {
      key = createPublicKey(pem);
    } catch (err) {
      problems.push(`${where}.public_key_pem is not a readable public key (${(err as Error).message})`);
      continue;
    }
    if (key.asymmetricKeyType !== 'ed25519') {
      problems.push(`${where}.public_key_pem is a ${key.asymmetricKeyType ?? 'non-asymmetric'} key; only Ed25519 keys are accepted`);
      continue;
    }
    out.set(id, { key, approvers: new Set(approvers as string[]) });
  }
  return out;
}

/** What the approval check needs to know about the request and the workflow. */
export interface ApprovalContext {
  workflowId: string;
  runId: string;
  gatePhase: string;
  agentId: string;
  /** Lowercased agent classes known to the pack, plus the request's own. */
  agentClasses: ReadonlySet<string>;
  reviewerPools: ReadonlySet<string>;
  /** The request's attributes, as read (for `scope` fields). */
  attribute(name: string): unknown;
  /** The request's changed paths, for changed_paths_sha256; null when the request carries none. */
  changedPaths: unknown;
  nowMs: number;
  maxWindowMs: number;
  trustedKeys: Map<string, CompiledTrustedKey> | null;
}

const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?(?:[Zz]|([+-])(\d{2}):(\d{2}))$/;

/**
 * An RFC 3339 date-time with an explicit offset ("Z" or ±hh:mm), as epoch milliseconds; null when
 * it is not one, or names a day or time that does not exist (2026-11-31, 24:00:00).
 */
export function parseTimestamp(value: unknown): number | null {
  if (typeof value !== 'string') return null;
  const m = TIMESTAMP.exec(value);
  if (!m) return null;
  const [y, mo, d, h, mi, sec] = [m[1], m[2], m[3], m[4], m[5], m[6]].map(Number) as [number, number, number, number, number, number];
  if (mo < 1 || mo > 12 || d < 1 || d > new Date(Date.UTC(y, mo, 0)).getUTCDate() || h > 23 || mi > 59 || sec > 59) return null;
  const offsetMinutes = m[8] === undefined ? 0 : (m[8] === '-' ? -1 : 1) * (Number(m[9]) * 60 + Number(m[10]));
  if (Math.abs(offsetMinutes) >= 24 * 60) return null;
  const fraction = m[7] === undefined ? 0 : Math.floor(Number(m[7]) * 1000);
  const utc = new Date(0);
  utc.setUTCFullYear(y, mo - 1, d); // setUTCFullYear, unlike Date.UTC, keeps years 0–99 as written
  utc.setUTCHours(h, mi, sec, fraction);
  return utc.getTime() - offsetMinutes * 60_000;
}

/**
 * SHA-256 hex of the sorted, de-duplicated, cleaned changed paths joined by "\n"; null when the
 * request's paths cannot all be cleaned (then no record can be scoped to them).
 */
export function changedPathsSha256(changedPaths: unknown): string | null {
  const list = typeof changedPaths === 'string' ? [changedPaths] : changedPaths === undefined || changedPaths === null ? [] : changedPaths;
  if (!Array.isArray(list)) return null;
  const cleaned = new Set<string>();
  for (const entry of list) {
    if (typeof entry !== 'string') return null;
    if (isBlank(entry)) continue;
    const r = cleanPath(entry);
    if (!r.ok) return null;
    cleaned.add(r.path);
  }
  return sha256Hex([...cleaned].sort(compareCodePoints).join('\n'));
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function own(obj: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(obj, key) ? obj[key] : undefined;
}

export function emptyApprovalVerdict(): ApprovalVerdict {
  return { present: false, typed: false, valid: false, approval_id: null, approver_id: null, reviewer_pool: null, problems: [] };
}

/** True for the values the spec treats as "no record": absent, null, false, "", [], {}. */
export function isAbsentRecord(record: unknown): boolean {
  if (record === undefined || record === null || record === false) return true;
  if (typeof record === 'string') return isBlank(record);
  if (Array.isArray(record)) return record.length === 0;
  if (typeof record === 'object') return Object.keys(record).length === 0;
  return false;
}

/** Judges one approval record against the request. Never throws on a JSON-ish record. */
export function judgeApproval(record: unknown, ctx: ApprovalContext): ApprovalVerdict {
  const verdict = emptyApprovalVerdict();
  if (isAbsentRecord(record)) return verdict;
  verdict.present = true;
  const problems = verdict.problems;
  if (!isObject(record) || own(record, 'type') !== 'human_approval') {
    problems.push(
      `the record is untyped (${isObject(record) ? 'an object without type "human_approval"' : quoteValue(record)}); only a typed human_approval record approves`,
    );
    return verdict;
  }
  verdict.typed = true;
  const approvalId = own(record, 'approval_id');
  if (typeof approvalId === 'string') verdict.approval_id = approvalId;

  const decision = own(record, 'decision');
  if (decision !== 'approved') problems.push(`decision is ${quoteValue(decision)}, not "approved"`);
  // The reference evaluator reads `status` before `decision`: a record it would not count must not approve here.
  const status = own(record, 'status');
  if (
    status !== undefined &&
    status !== null &&
    status !== false &&
    status !== '' &&
    !(typeof status === 'string' && status.toLowerCase() === 'approved')
  ) {
    problems.push(`status is ${quoteValue(status)}, which contradicts decision "approved"`);
  }

  const wf = own(record, 'workflow_id');
  if (wf !== ctx.workflowId) problems.push(`workflow_id ${quoteValue(wf)} is not the request's workflow ${quoteValue(ctx.workflowId)}`);
  const run = own(record, 'run_id');
  if (run !== ctx.runId) problems.push(`run_id ${quoteValue(run)} is not the request's run ${quoteValue(ctx.runId)}`);
  const phase = own(record, 'gate_phase');
  if (phase !== undefined && phase !== ctx.gatePhase) {
    problems.push(`gate_phase ${quoteValue(phase)} is not the request's gate phase ${quoteValue(ctx.gatePhase)}`);
  }

  judgeApprover(own(record, 'approver'), ctx, verdict);
  judgeWindow(record, ctx, problems);
  judgeScope(own(record, 'scope'), ctx, problems);
  judgeSignature(record, ctx, verdict);

  verdict.valid = problems.length === 0;
  return verdict;
}

function judgeApprover(approver: unknown, ctx: ApprovalContext, verdict: ApprovalVerdict): void {
  const problems = verdict.problems;
  if (!isObject(approver)) {
    problems.push('approver must be an object {id, type, reviewer_pool}');
    return;
  }
  const id = own(approver, 'id');
  const type = own(approver, 'type');
  const pool = own(approver, 'reviewer_pool');
  if (typeof id === 'string') verdict.approver_id = id;
  if (typeof pool === 'string') verdict.reviewer_pool = pool;
  if (type !== 'human') problems.push(`approver.type is ${quoteValue(type)}, not "human"`);
  if (typeof id !== 'string' || isBlank(id)) {
    problems.push('approver.id is missing');
  } else {
    const norm = pyStrip(id).toLowerCase();
    // Self-approval in any spelling: the agent's own id, any agent class, any sr-agent identity.
    if (norm === pyStrip(ctx.agentId).toLowerCase()) problems.push(`approver.id ${quoteValue(id)} is the requesting agent (self-approval)`);
    else if (ctx.agentClasses.has(norm) || norm.startsWith('sr-agent::'))
      problems.push(`approver.id ${quoteValue(id)} is an agent, not a human`);
  }
  if (typeof pool !== 'string' || !ctx.reviewerPools.has(pool)) {
    problems.push(`approver.reviewer_pool ${quoteValue(pool)} is not one of the workflow's reviewer pools`);
  }
}

function judgeWindow(record: Record<string, unknown>, ctx: ApprovalContext, problems: string[]): void {
  const issuedRaw = own(record, 'issued_at');
  const expiresRaw = own(record, 'expires_at');
  const issued = parseTimestamp(issuedRaw);
  const expires = parseTimestamp(expiresRaw);
  if (issued === null) problems.push(`issued_at ${quoteValue(issuedRaw)} is not an RFC 3339 date-time with a time zone`);
  if (expires === null) problems.push(`expires_at ${quoteValue(expiresRaw)} is not an RFC 3339 date-time with a time zone`);
  if (issued === null || expires === null) return;
  if (issued > ctx.nowMs) problems.push(`issued_at ${issuedRaw as string} is in the future`);
  if (ctx.nowMs >= expires) problems.push(`expired at ${expiresRaw as string}`);
  if (expires <= issued) problems.push('expires_at is not after issued_at');
  else if (expires - issued > ctx.maxWindowMs) {
    problems.push(`the approval window is ${formatHours(expires - issued)}, longer than the ${formatHours(ctx.maxWindowMs)} allowed`);
  }
}

function formatHours(ms: number): string {
  const h = ms / 3_600_000;
  return `${Number.isInteger(h) ? h : h.toFixed(2)} h`;
}

function judgeScope(scope: unknown, ctx: ApprovalContext, problems: string[]): void {
  if (scope === undefined) return;
  if (!isObject(scope)) {
    problems.push('scope must be an object');
    return;
  }
  for (const key of Object.keys(scope).sort()) {
    const want = scope[key];
    if (key === 'changed_paths_sha256') {
      const have = changedPathsSha256(ctx.changedPaths);
      if (ctx.changedPaths === undefined || ctx.changedPaths === null)
        problems.push('scope.changed_paths_sha256 is set but the request carries no changed_paths');
      else if (have === null) problems.push("scope.changed_paths_sha256 is set but the request's changed_paths cannot be cleaned");
      else if (typeof want !== 'string' || want.toLowerCase() !== have)
        problems.push("scope.changed_paths_sha256 does not match the request's changed paths");
      continue;
    }
    if (!SCOPABLE.has(key)) {
      problems.push(`scope.${plainValue(key)} is not a request attribute an approval can be scoped to`);
      continue;
    }
    const have = ctx.attribute(key);
    if (have === undefined || have === null || (typeof have === 'string' && isBlank(have))) {
      problems.push(`scope.${key} is set but the request carries no ${key}`);
    } else if (typeof have !== 'string' || want !== pyStrip(have)) {
      problems.push(`scope.${key} ${quoteValue(want)} does not match the request's ${quoteValue(have)}`);
    }
  }
}

/** Request attributes an approval's `scope` may pin, besides changed_paths_sha256. */
const SCOPABLE = new Set(['tool_namespace', 'tool_access_mode', 'change_class', 'head_sha', 'branch_name', 'agent_id', 'agent_class']);

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

function judgeSignature(record: Record<string, unknown>, ctx: ApprovalContext, verdict: ApprovalVerdict): void {
  if (ctx.trustedKeys === null) return;
  const problems = verdict.problems;
  const sig = own(record, 'signature');
  if (!isObject(sig)) {
    problems.push('the record is unsigned, and this policy accepts only records signed by a trusted key');
    return;
  }
  const alg = own(sig, 'alg');
  const keyId = own(sig, 'key_id');
  const value = own(sig, 'value');
  if (alg !== 'ed25519') {
    problems.push(`signature.alg is ${quoteValue(alg)}, not "ed25519"`);
    return;
  }
  const trusted = typeof keyId === 'string' ? ctx.trustedKeys.get(keyId) : undefined;
  if (trusted === undefined) {
    problems.push(`signature.key_id ${quoteValue(keyId)} is not a trusted key`);
    return;
  }
  if (verdict.approver_id === null || !trusted.approvers.has(verdict.approver_id)) {
    problems.push(`key ${quoteValue(keyId)} may not sign for approver ${quoteValue(verdict.approver_id)}`);
    return;
  }
  if (typeof value !== 'string' || !BASE64.test(value)) {
    problems.push('signature.value is not base64');
    return;
  }
  const signature = Buffer.from(value, 'base64');
  let ok = false;
  try {
    // A null-prototype copy, so a "__proto__" field is copied as data, as the signer saw it.
    const unsigned = Object.create(null) as Record<string, unknown>;
    for (const k of Object.keys(record)) if (k !== 'signature') unsigned[k] = record[k];
    ok = signature.length === 64 && verify(null, Buffer.from(canonicalJson(unsigned), 'utf8'), trusted.key, signature);
  } catch {
    ok = false; // a record canonicalJson cannot serialise cannot have been signed
  }
  if (!ok) problems.push(`the signature does not verify with key ${quoteValue(keyId)}`);
}
