/**
 * GitHub's REST description (@octokit/openapi, api.github.com) as a test oracle: match a request
 * to its operation, and validate request and response bodies against that operation's schemas.
 *
 * Loaded once per process and compiled lazily per (operation, status): each validator gets only
 * the component schemas it reaches, so nothing compiles the whole 13 MB document.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

// ajv-formats is CommonJS with a default export; under NodeNext the callable sits on .default.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv) => Ajv;

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type JsonObject = { [k: string]: Json };

export interface Operation {
  operationId: string;
  method: string;
  /** The path template, e.g. /repos/{owner}/{repo}/pulls/{pull_number}. */
  template: string;
  params: Record<string, string>;
}

interface CompiledPath {
  template: string;
  regex: RegExp;
  names: string[];
  literalSegments: number;
  methods: Record<string, JsonObject>;
}

interface Description {
  doc: JsonObject;
  schemas: JsonObject;
  paths: CompiledPath[];
  ajv: Ajv;
  validators: Map<string, ValidateFunction | null>;
  loadMs: number;
}

let cached: Description | null = null;

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];

/** Loads and indexes the description once per process; `loadMs` says what that cost. */
export function githubDescription(): Description {
  if (cached) return cached;
  const started = performance.now();
  const require = createRequire(import.meta.url);
  const file = require.resolve('@octokit/openapi/generated/api.github.com.json');
  const doc = JSON.parse(readFileSync(file, 'utf8')) as JsonObject;
  const components = doc.components as JsonObject;
  const paths: CompiledPath[] = [];
  for (const [template, item] of Object.entries(doc.paths as JsonObject)) {
    const names: string[] = [];
    const source = template
      .split('/')
      .map((seg) =>
        seg.replace(/\{([^}]+)\}|[^{]+/g, (m, name: string | undefined) => {
          if (name === undefined) return m.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
          names.push(name);
          // A repository path ({path}) may hold slashes; every other parameter is one segment.
          return name === 'path' ? '(.+)' : '([^/]+)';
        }),
      )
      .join('/');
    const methods: Record<string, JsonObject> = {};
    for (const m of HTTP_METHODS) {
      const op = (item as JsonObject)[m];
      if (op) methods[m.toUpperCase()] = op as JsonObject;
    }
    paths.push({
      template,
      regex: new RegExp(`^${source}$`),
      names,
      literalSegments: template.split('/').filter((s) => s !== '' && !s.includes('{')).length,
      methods,
    });
  }
  // The most literal template wins (/user/repos before /users/{username} style clashes).
  paths.sort((a, b) => b.literalSegments - a.literalSegments || a.names.length - b.names.length);
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true });
  addFormats(ajv);
  for (const f of ['int32', 'int64', 'double', 'binary', 'repo.nwo', 'timestamp']) ajv.addFormat(f, true);
  cached = {
    doc,
    schemas: components.schemas as JsonObject,
    paths,
    ajv,
    validators: new Map(),
    loadMs: performance.now() - started,
  };
  return cached;
}

/** The operation a method and concrete path (no query) name, or null when GitHub has none. */
export function matchOperation(method: string, pathname: string): Operation | null {
  const d = githubDescription();
  const upper = method.toUpperCase();
  for (const p of d.paths) {
    const op = p.methods[upper];
    if (!op) continue;
    const m = p.regex.exec(pathname);
    if (!m) continue;
    const params: Record<string, string> = {};
    p.names.forEach((n, i) => (params[n] = decodeURIComponent(m[i + 1]!)));
    return { operationId: String(op.operationId), method: upper, template: p.template, params };
  }
  return null;
}

function operationObject(operationId: string): JsonObject {
  const d = githubDescription();
  for (const p of d.paths) {
    for (const op of Object.values(p.methods)) if (op.operationId === operationId) return op;
  }
  throw new Error(`no operation ${operationId} in GitHub's description`);
}

function deref(node: Json, doc: JsonObject): Json {
  let n = node;
  while (n && typeof n === 'object' && !Array.isArray(n) && typeof n.$ref === 'string') {
    const parts = n.$ref.replace(/^#\//, '').split('/');
    n = parts.reduce<Json>((acc, k) => (acc as JsonObject)[k]!, doc);
  }
  return n;
}

/**
 * OpenAPI 3.0 → JSON Schema as ajv reads it. `nullable: true` becomes a null alternative.
 * `oneOf` becomes `anyOf`: GitHub's alternatives are open objects (no additionalProperties:
 * false), so a real payload often matches several and strict oneOf would reject it; anyOf still
 * rejects a body that matches none. `discriminator` goes with it.
 */
function toJsonSchema(node: Json): Json {
  if (Array.isArray(node)) return node.map(toJsonSchema);
  if (!node || typeof node !== 'object') return node;
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(node)) {
    if (k === 'nullable' || k === 'discriminator' || k === 'example' || k === 'examples') continue;
    if (k === 'properties' && v && typeof v === 'object' && !Array.isArray(v)) {
      // Property names are data, not keywords: never strip one called "nullable" or "example".
      out[k] = Object.fromEntries(Object.entries(v).map(([pk, pv]) => [pk, toJsonSchema(pv)]));
    } else {
      out[k === 'oneOf' ? 'anyOf' : k] = toJsonSchema(v);
    }
  }
  if (node.nullable === true) {
    if (typeof out.type === 'string') {
      out.type = [out.type, 'null'];
      if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
    } else if (out.type === undefined && (out.anyOf || out.allOf || out.$ref)) {
      const { description: _d, ...rest } = out;
      return { anyOf: [rest, { type: 'null' }] };
    }
  }
  return out;
}

/** The component schemas a schema reaches, transitively, converted for ajv. */
function reachableSchemas(root: Json, all: JsonObject): JsonObject {
  const found: JsonObject = {};
  const stack: Json[] = [root];
  while (stack.length) {
    const n = stack.pop()!;
    if (!n || typeof n !== 'object') continue;
    if (Array.isArray(n)) {
      stack.push(...n);
      continue;
    }
    for (const [k, v] of Object.entries(n)) {
      if (k === '$ref' && typeof v === 'string') {
        const name = v.replace('#/components/schemas/', '');
        if (!(name in found)) {
          found[name] = all[name]!;
          stack.push(all[name]!);
        }
      } else stack.push(v);
    }
  }
  return Object.fromEntries(Object.entries(found).map(([k, v]) => [k, toJsonSchema(v)]));
}

function compile(cacheKey: string, schema: Json | undefined): ValidateFunction | null {
  const d = githubDescription();
  if (d.validators.has(cacheKey)) return d.validators.get(cacheKey)!;
  let fn: ValidateFunction | null = null;
  if (schema !== undefined) {
    const root = toJsonSchema(schema) as JsonObject;
    fn = d.ajv.compile({ ...root, components: { schemas: reachableSchemas(schema, d.schemas) } });
  }
  d.validators.set(cacheKey, fn);
  return fn;
}

export type SchemaCheck = { ok: true } | { ok: false; problems: string[] };

function runValidator(fn: ValidateFunction, body: unknown): SchemaCheck {
  if (fn(body)) return { ok: true };
  const problems = (fn.errors ?? []).slice(0, 20).map((e) => `${e.instancePath || '(root)'} ${e.message ?? ''}`.trim());
  return { ok: false, problems };
}

/**
 * Validates a JSON response body against the operation's documented response for `status`.
 * An undocumented status, or a body where the description says there is none, is a problem.
 */
export function validateResponse(operationId: string, status: number, body: unknown): SchemaCheck {
  const op = operationObject(operationId);
  const d = githubDescription();
  const responses = op.responses as JsonObject;
  const response = responses[String(status)];
  if (!response && status >= 400) {
    // GitHub's description leaves out errors any operation can give (401, 403 "Resource not
    // accessible by integration", 5xx): those must still have the basic-error shape.
    const fn = compile('res basic-error', { $ref: '#/components/schemas/basic-error' } as Json);
    return runValidator(fn!, body);
  }
  if (!response) {
    return {
      ok: false,
      problems: [`status ${status} is not documented for ${operationId} (documented: ${Object.keys(responses).join(', ')})`],
    };
  }
  const resolved = deref(response, d.doc) as JsonObject;
  const content = resolved.content as JsonObject | undefined;
  const media = content ? ((content['application/json'] ?? Object.values(content)[0]) as JsonObject | undefined) : undefined;
  const schema = media?.schema;
  // GitHub documents some bodiless statuses with an empty-string schema (e.g. team membership 404).
  if (schema === undefined || schema === '') {
    // Error statuses still carry GitHub's {message, documentation_url} body.
    if (body === undefined || body === null || body === '' || status >= 400) return { ok: true };
    return { ok: false, problems: [`${operationId} ${status} has no documented body, but one was sent`] };
  }
  const fn = compile(`res ${operationId} ${status}`, schema);
  return fn ? runValidator(fn, body) : { ok: true };
}

/** Validates a JSON request body against the operation's documented requestBody. */
export function validateRequestBody(operationId: string, body: unknown): SchemaCheck {
  const op = operationObject(operationId);
  const d = githubDescription();
  if (!op.requestBody) {
    return body === undefined ? { ok: true } : { ok: false, problems: [`${operationId} takes no request body`] };
  }
  const rb = deref(op.requestBody, d.doc) as JsonObject;
  const schema = ((rb.content as JsonObject)['application/json'] as JsonObject | undefined)?.schema;
  if (body === undefined) {
    return rb.required === true ? { ok: false, problems: [`${operationId} requires a request body`] } : { ok: true };
  }
  const fn = compile(`req ${operationId}`, schema);
  return fn ? runValidator(fn, body) : { ok: true };
}

/** Query parameters the operation documents (for catching misspelt or invented ones). */
export function documentedQueryParams(operationId: string): Set<string> {
  const op = operationObject(operationId);
  const d = githubDescription();
  const names = new Set<string>();
  for (const p of (op.parameters as Json[] | undefined) ?? []) {
    const param = deref(p, d.doc) as JsonObject;
    if (param.in === 'query') names.add(String(param.name));
  }
  return names;
}
