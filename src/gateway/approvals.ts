/**
 * Approval records an operator drops into --approvals-dir. The gateway only picks which record a
 * call carries (the one bound to this run and to the call's changed paths); whether it approves is
 * the engine's judgement.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseTimestamp } from '../decision/index.js';

/** Beyond this many files the directory is not a place records are put by hand; the rest are ignored. */
const MAX_RECORDS = 1000;
const MAX_RECORD_BYTES = 64 * 1024;

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

export interface ApprovalQuery {
  workflowId: string;
  runId: string;
  toolNamespace: string;
  accessMode: string;
  /** changedPathsSha256 of the request's changed paths, or null when it carries none. */
  changedPathsSha256: string | null;
  nowMs: number;
}

/**
 * The record for this call: typed, for this workflow and run, bound to the call's changed paths
 * when it has any, and, where the record scopes itself to a namespace or access mode, to this call's. Among several, the one valid now
 * and issued last.
 */
export function findApproval(dir: string, q: ApprovalQuery, report: (message: string) => void): Record<string, unknown> | null {
  let names: string[];
  try {
    names = readdirSync(dir)
      .filter((n) => n.endsWith('.json'))
      .sort()
      .slice(0, MAX_RECORDS);
  } catch (err) {
    report(`cannot read approvals directory ${dir}: ${(err as Error).message}`);
    return null;
  }
  let best: { record: Record<string, unknown>; issued: number; current: boolean } | null = null;
  for (const name of names) {
    let record: unknown;
    try {
      const bytes = readFileSync(path.join(dir, name));
      if (bytes.length > MAX_RECORD_BYTES) continue;
      record = JSON.parse(bytes.toString('utf8'));
    } catch {
      continue;
    }
    if (!isObject(record) || record.type !== 'human_approval') continue;
    if (record.workflow_id !== q.workflowId || record.run_id !== q.runId) continue;
    const scope = isObject(record.scope) ? record.scope : {};
    if (scope.tool_namespace !== undefined && scope.tool_namespace !== q.toolNamespace) continue;
    if (scope.tool_access_mode !== undefined && scope.tool_access_mode !== q.accessMode) continue;
    const bound = scope.changed_paths_sha256;
    // A call that changes paths takes only a record bound to exactly those paths.
    if (q.changedPathsSha256 !== null && bound === undefined) continue;
    if (bound !== undefined && (typeof bound !== 'string' || bound.toLowerCase() !== q.changedPathsSha256)) continue;
    const issued = parseTimestamp(record.issued_at) ?? -Infinity;
    const expires = parseTimestamp(record.expires_at) ?? -Infinity;
    const current = issued <= q.nowMs && q.nowMs < expires;
    if (best === null || (current && !best.current) || (current === best.current && issued > best.issued)) {
      best = { record, issued, current };
    }
  }
  return best?.record ?? null;
}
