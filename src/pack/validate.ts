import validateManifestSchema, { type SchemaError } from './schema-validators/manifest-validator.js';
import { escapePointerSegment } from './json-text.js';
import type { ManifestProblem } from './errors.js';
import type { Manifest } from './manifest.js';

/**
 * Validates a parsed manifest: the shipped JSON Schema (precompiled), then the checks a schema
 * cannot express. Returns every problem found; an empty list means the value is a Manifest.
 */
export function validateManifest(value: unknown): ManifestProblem[] {
  const problems: ManifestProblem[] = [];
  if (!validateManifestSchema(value)) {
    for (const e of validateManifestSchema.errors ?? []) {
      // A non-finite number gets its own message below; "must be a whole number, not Infinity" would only add noise.
      if (e.keyword === 'type' && isNonFinite(valueAt(value, e.instancePath))) continue;
      // A bad property name is reported once, by its propertyNames error, not by the inner pattern too.
      if (e.propertyName !== undefined) continue;
      problems.push(schemaProblem(e, value));
    }
  }
  problems.push(...semanticProblems(value));
  return dedupe(problems);
}

function semanticProblems(value: unknown): ManifestProblem[] {
  const problems: ManifestProblem[] = [];
  findNonFiniteNumbers(value, [], problems);
  if (!isObject(value)) return problems;
  const required = Array.isArray(value.required_gate_phases)
    ? value.required_gate_phases.filter((p): p is string => typeof p === 'string')
    : [];
  const defaults = isObject(value.workflow_defaults) ? value.workflow_defaults : {};
  const hasBranchPrefix = typeof defaults.branch_prefix === 'string' && defaults.branch_prefix.trim() !== '';
  const firstSeen = new Map<string, number>();
  const workflows = Array.isArray(value.workflows) ? value.workflows : [];
  workflows.forEach((w: unknown, i: number) => {
    if (!isObject(w)) return;
    const at = `/workflows/${i}`;
    if (typeof w.id === 'string' && w.id.trim() !== '') {
      const id = w.id.trim();
      const first = firstSeen.get(id);
      if (first === undefined) firstSeen.set(id, i);
      else problems.push({ pointer: `${at}/id`, message: `duplicate workflow id "${id}" (also at /workflows/${first}/id)` });
    }
    if (isObject(w.gates)) {
      for (const phase of required) {
        if (!Object.hasOwn(w.gates, phase)) {
          problems.push({ pointer: `${at}/gates`, message: `missing required gate phase "${phase}" (required_gate_phases lists it)` });
        }
      }
    }
    if (Array.isArray(w.mcp_context)) {
      const scopes = new Map<string, number>();
      w.mcp_context.forEach((c: unknown, k: number) => {
        if (!isObject(c) || typeof c.access !== 'string' || typeof c.namespace !== 'string') return;
        const access = c.access.trim();
        const key = `${c.namespace.trim()}:${access}`;
        const first = scopes.get(key);
        if (first === undefined) scopes.set(key, k);
        else {
          problems.push({
            pointer: `${at}/mcp_context/${k}`,
            message: `duplicate scope "${key}" (also at ${at}/mcp_context/${first})`,
          });
        }
        if (access === 'write_branch' && !hasBranchPrefix) {
          problems.push({
            pointer: `${at}/mcp_context/${k}/access`,
            message: 'a write_branch scope needs a branch prefix: declare workflow_defaults.branch_prefix',
          });
        }
      });
    }
  });
  return problems;
}

/** YAML can say .inf and .nan, and JSON 1e400 overflows: the pack could carry neither. */
function findNonFiniteNumbers(value: unknown, path: string[], out: ManifestProblem[]): void {
  if (typeof value === 'number') {
    if (!Number.isFinite(value))
      out.push({ pointer: path.map((p) => `/${escapePointerSegment(p)}`).join(''), message: `must be a finite number, not ${value}` });
  } else if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      path.push(String(i));
      findNonFiniteNumbers(value[i], path, out);
      path.pop();
    }
  } else if (isObject(value)) {
    for (const k of Object.keys(value)) {
      path.push(k);
      findNonFiniteNumbers(value[k], path, out);
      path.pop();
    }
  }
}

/** Messages for the schema's patterns, in the manifest author's terms. */
const PATTERN_MESSAGES: Record<string, string> = {
  '^\\s*(read|write_branch|write_ticket|approval_required)\\s*$':
    'unknown access mode; valid: read, write_branch, write_ticket, approval_required',
  '^\\s*[A-Za-z0-9][A-Za-z0-9._-]*\\s*$': "must be a workflow id: letters, digits, '.', '_' or '-', starting with a letter or digit",
  '^\\s*[^\\s:]+\\s*$': "must be a namespace: not empty, no spaces, no ':'",
  '^[A-Za-z0-9][A-Za-z0-9_.-]*$': "must be a name of letters, digits, '.', '_' or '-', starting with a letter or digit",
  '^[^\\s]+$': 'must be a non-empty name without spaces',
  '\\S': 'must not be empty',
  '^[0-9]{4}-[0-9]{2}-[0-9]{2}': 'must be a date, YYYY-MM-DD (or a date-time)',
  '^[^\\s~^:?*\\[\\\\]+$': 'must be a branch name prefix: not empty, no spaces or ~ ^ : ? * [ \\',
};

function schemaProblem(e: SchemaError, root: unknown): ManifestProblem {
  const pointer = e.instancePath;
  const p = e.params;
  switch (e.keyword) {
    case 'required':
      return { pointer: `${pointer}/${escapePointerSegment(String(p.missingProperty))}`, message: 'is required' };
    case 'additionalProperties':
      return {
        pointer: `${pointer}/${escapePointerSegment(String(p.additionalProperty))}`,
        message: `unknown field "${String(p.additionalProperty)}" (extension fields must start with "x-")`,
      };
    case 'type': {
      const found = describeType(valueAt(root, pointer));
      const wanted = String(p.type) === 'integer' ? 'a whole number' : article(String(p.type));
      return { pointer, message: `must be ${wanted}, not ${found}` };
    }
    case 'enum':
      return {
        pointer,
        message: `${show(valueAt(root, pointer))} is not allowed; valid: ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`,
      };
    case 'minimum':
    case 'maximum':
      return { pointer, message: `must be ${e.keyword === 'minimum' ? '≥' : '≤'} ${String(p.limit)}, not ${show(valueAt(root, pointer))}` };
    case 'pattern': {
      const found = valueAt(root, pointer);
      const text = PATTERN_MESSAGES[String(p.pattern)] ?? 'is not in the form this field takes (see docs/manifest.md)';
      return { pointer, message: `${text} (found ${show(found)})` };
    }
    case 'propertyNames':
      // Only gates constrain their keys: they are gate phase names.
      return {
        pointer: `${pointer}/${escapePointerSegment(String(p.propertyName))}`,
        message: `${show(p.propertyName)} is not a valid gate phase name: use letters, digits, '.', '_' or '-', starting with a letter or digit`,
      };
    case 'uniqueItems':
      return {
        pointer,
        message: `lists the same value twice (items ${Math.min(Number(p.i), Number(p.j))} and ${Math.max(Number(p.i), Number(p.j))})`,
      };
    case 'minItems':
      return { pointer, message: `must list at least ${String(p.limit)} item${p.limit === 1 ? '' : 's'}` };
    case 'const':
      return { pointer, message: `must be ${show(p.allowedValue)}, not ${show(valueAt(root, pointer))}` };
    case 'minLength':
    case 'maxLength':
      return { pointer, message: `must be at ${e.keyword === 'minLength' ? 'least' : 'most'} ${String(p.limit)} character(s) long` };
    case 'maxItems':
      return { pointer, message: `must list at most ${String(p.limit)} item(s)` };
    case 'minProperties':
      return { pointer, message: `must have at least ${String(p.limit)} entr${p.limit === 1 ? 'y' : 'ies'}` };
    default:
      // Never the validator's own wording ("must NOT have …"): say which field, and where its rules are.
      return { pointer, message: `is not a valid value for this field (rule "${e.keyword}"; see docs/manifest.md)` };
  }
}

/** One message per place and text is enough. */
function dedupe(problems: ManifestProblem[]): ManifestProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.pointer}\0${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function valueAt(root: unknown, pointer: string): unknown {
  let node = root;
  if (pointer === '') return node;
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(node)) node = node[Number(key)];
    else if (isObject(node) && Object.hasOwn(node, key)) node = node[key];
    else return undefined;
  }
  return node;
}

function describeType(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'number') return Number.isInteger(v) ? `the number ${v}` : `the fraction ${v}`;
  if (typeof v === 'string') return `the text ${show(v)}`;
  if (typeof v === 'object') return 'an object';
  if (typeof v === 'boolean' || typeof v === 'bigint' || typeof v === 'symbol' || v === undefined) return `${typeof v} ${String(v)}`;
  return typeof v;
}

/** A value quoted for a message, cut short so one bad field cannot flood the log. */
function show(v: unknown): string {
  const text = JSON.stringify(v) ?? String(v);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

function article(type: string): string {
  if (type === 'array') return 'a list';
  if (type === 'object') return 'an object';
  return `a ${type}`;
}

function isNonFinite(v: unknown): boolean {
  return typeof v === 'number' && !Number.isFinite(v);
}

export function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

export type { Manifest };
