/**
 * A decision as one line of canonical JSON (util/canonical-json.ts's canonicalJsonLine bytes),
 * without sorting keys at run time: the decision's fixed shape is written field by field in sorted
 * key order, and only the free-form parts (echoed request values, pack objects, fields this file
 * does not know) go through the generic serialiser. An object whose keys are not exactly the
 * expected ones is written by the generic serialiser as a whole, so the bytes never depend on
 * which path wrote them.
 */
import { canonicalJsonLine, quoteAscii } from '../util/index.js';
import { CHECK_NAMES } from './reasons.js';
import type { Decision } from './types.js';

type Writer = (value: unknown) => string;

const generic: Writer = canonicalJsonLine;

const str: Writer = (v) => (typeof v === 'string' ? quoteAscii(v) : generic(v));
const strOrNull: Writer = (v) => (v === null ? 'null' : typeof v === 'string' ? quoteAscii(v) : generic(v));
const bool: Writer = (v) => (v === true ? 'true' : v === false ? 'false' : generic(v));

function arrayOf(item: Writer): Writer {
  return (v) => {
    if (!Array.isArray(v)) return generic(v);
    let out = '[';
    for (let i = 0; i < v.length; i++) {
      const x: unknown = v[i];
      out += (i === 0 ? '' : ',') + (x === undefined ? 'null' : item(x));
    }
    return out + ']';
  };
}
const strings = arrayOf(str);

/**
 * An object of known keys (`optional` ones may be absent). The keys are sorted once, here; at run
 * time the object must hold exactly the expected keys with defined values, else the generic
 * serialiser writes it (JSON.stringify drops an undefined value; so does that one).
 *
 * Two caches keep repeated values cheap: each field remembers its last string and how it was
 * written (the pack's hashes, the evaluation time, check outcomes repeat from one decision to the
 * next), and a deeply frozen object (pack objects) is written once.
 */
function shape(fields: Record<string, Writer>, optional: readonly string[] = []): Writer {
  const keys = Object.keys(fields).sort();
  const prefixes = keys.map((k, i) => (i === 0 ? '{' : ',') + JSON.stringify(k) + ':');
  const writers = keys.map((k) => fields[k]!);
  const isOptional = keys.map((k) => optional.includes(k));
  const lastIn: unknown[] = keys.map(() => undefined);
  const lastOut: string[] = keys.map(() => '');
  const n = keys.length;
  const write = (obj: Record<string, unknown>): string => {
    let out = '';
    let present = 0;
    for (let i = 0; i < n; i++) {
      const x = obj[keys[i]!];
      if (x === undefined) {
        if (isOptional[i]) continue;
        return generic(obj);
      }
      present++;
      if (typeof x === 'string') {
        if (x !== lastIn[i]) {
          lastOut[i] = writers[i]!(x);
          lastIn[i] = x;
        }
        out += (out === '' ? '{' + prefixes[i]!.slice(1) : prefixes[i]!) + lastOut[i]!;
        continue;
      }
      if (typeof x === 'function' || typeof x === 'symbol') return generic(obj);
      // The first written key opens the object; a skipped optional first key hands it on.
      out += (out === '' ? '{' + prefixes[i]!.slice(1) : prefixes[i]!) + writers[i]!(x);
    }
    if (Object.keys(obj).length !== present || typeof (obj as { toJSON?: unknown }).toJSON === 'function') return generic(obj);
    return out === '' ? '{}' : out + '}';
  };
  return (v) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return generic(v);
    if (Object.isFrozen(v)) return frozenLine(v, write as Writer);
    return write(v as Record<string, unknown>);
  };
}

/** Lines of deeply frozen objects, which cannot change once written. */
const frozenLines = new WeakMap<object, string>();
function deeplyFrozen(v: unknown): boolean {
  if (v === null || typeof v !== 'object') return true;
  if (!Object.isFrozen(v)) return false;
  for (const x of Object.values(v)) if (!deeplyFrozen(x)) return false;
  return true;
}
function frozenLine(v: object, write: Writer): string {
  let s = frozenLines.get(v);
  if (s === undefined) {
    s = write(v);
    if (deeplyFrozen(v)) frozenLines.set(v, s);
  }
  return s;
}

/** Pack objects (the matched policy and scope), shared by every decision that matches them. */
const packObject: Writer = (v) => (v === null ? 'null' : typeof v === 'object' ? frozenLine(v, generic) : generic(v));

const checks = shape(Object.fromEntries(CHECK_NAMES.map((c) => [c, str])));
const reason = shape({ check: str, code: str, message: str });
const pathVerdict = shape({ path: str, cleaned: strOrNull, verdict: str, rule: strOrNull, detail: str }, ['detail']);
const approval = shape({
  present: bool,
  typed: bool,
  valid: bool,
  approval_id: strOrNull,
  approver_id: strOrNull,
  reviewer_pool: strOrNull,
  problems: strings,
});
const evidence = shape(
  {
    pack_sha256: str,
    manifest_sha256: str,
    source_manifest_sha256: str,
    policy_id: str,
    policy_generated_at: str,
    evaluated_at: str,
    workflow_id: strOrNull,
    workflow_policy_sha256: strOrNull,
    run_id: strOrNull,
    agent_class: strOrNull,
    scope_id: strOrNull,
    maturity_stage: strOrNull,
    required_pr_label: strOrNull,
    checks,
    reasons: arrayOf(reason),
    paths: arrayOf(pathVerdict),
    approval,
    observed_runtime_attributes: strings,
    unknown_attributes: strings,
  },
  [
    'source_manifest_sha256',
    'policy_generated_at',
    'workflow_policy_sha256',
    'scope_id',
    'maturity_stage',
    'required_pr_label',
    'observed_runtime_attributes',
  ],
);
/** The echoed request: its values are whatever the caller sent, mostly strings. */
const request = shape({
  agent_class: strOrNull,
  agent_id: strOrNull,
  branch_name: strOrNull,
  change_class: strOrNull,
  changed_paths: arrayOf(strOrNull),
  diff_line_count: generic,
  gate_phase: strOrNull,
  head_sha: strOrNull,
  run_id: strOrNull,
  runtime_kill_signal: strOrNull,
  tool_access_mode: strOrNull,
  tool_namespace: strOrNull,
  workflow_id: strOrNull,
});
const decision = shape({
  allowed: bool,
  approval_present: bool,
  approval_required: bool,
  decision: str,
  evidence,
  matched_policy: packObject,
  matched_scope: packObject,
  reason: str,
  request,
  violations: strings,
});

/** The decision as one line of canonical JSON, without the newline. */
export function decisionJsonLine(d: Decision): string {
  return decision(d);
}
