/**
 * The gateway's config file (YAML or JSON): parsed with positions by the pack folder's parsers,
 * checked against a JSON Schema, then the checks a schema cannot express. Every problem is
 * reported at once, as `file:line:col: /pointer: message`.
 */
import { Ajv, type ErrorObject } from 'ajv';
import path from 'node:path';
import {
  ManifestError,
  type ManifestProblem,
  escapePointerSegment,
  detectFormat,
  normaliseLineEndings,
  parseJsonManifest,
} from '../pack/index.js';
import { parseYamlManifest } from '../pack/parse-yaml.js';

export const ACCESS_MODES = ['read', 'write_branch', 'write_ticket', 'approval_required'] as const;
export type AccessMode = (typeof ACCESS_MODES)[number];

export const DEFAULT_CALL_TIMEOUT_MS = 30_000;

export interface ToolMapping {
  access: AccessMode;
  /** Argument names holding a path or a list of paths. */
  paths: string[];
  /** Argument whose size in lines counts toward diff_line_count. */
  lines: string | null;
  /** Sent as the request's change_class (a class listed in manual_review_required_for is held). */
  change_class: string | null;
  /** Calling this tool fires this kill signal: a tripwire for a tool no agent of this workflow should touch. */
  kill_signal: string | null;
}

interface UpstreamBase {
  name: string;
  namespace: string;
  prefix: string;
  tools: Map<string, ToolMapping>;
}
export interface StdioUpstreamConfig extends UpstreamBase {
  kind: 'stdio';
  command: string;
  args: string[];
  env: Record<string, string>;
  cwd: string;
}
export interface HttpUpstreamConfig extends UpstreamBase {
  kind: 'http';
  url: URL;
  headers: Record<string, string>;
}
export type UpstreamConfig = StdioUpstreamConfig | HttpUpstreamConfig;

export interface SessionConfig {
  workflow_id: string;
  agent_id: string | null;
  agent_class: string | null;
  run_id: string | null;
  /** Absolute. */
  repo: string;
  branch: string | null;
  gate_phase: string;
}

export interface GatewayConfig {
  /** Absolute, or null when only --policy names it. */
  pack: string | null;
  expect_pack_sha256: string | null;
  /** Absolute, or null for the default (the repo's git directory). */
  state_dir: string | null;
  call_timeout_ms: number;
  session: SessionConfig;
  upstreams: UpstreamConfig[];
}

const NAME = '^[A-Za-z0-9][A-Za-z0-9_.-]*$';
const TOOL = {
  type: 'object',
  additionalProperties: false,
  required: ['access'],
  properties: {
    access: { enum: [...ACCESS_MODES] },
    paths: { type: 'array', items: { type: 'string', minLength: 1 }, uniqueItems: true },
    lines: { type: 'string', minLength: 1 },
    change_class: { type: 'string', minLength: 1 },
    kill_signal: { type: 'string', pattern: '\\S' },
  },
};
const STRING_MAP = { type: 'object', additionalProperties: { type: 'string' } };

export const GATEWAY_CONFIG_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['session', 'upstreams'],
  properties: {
    pack: { type: 'string', minLength: 1 },
    expect_pack_sha256: { type: 'string', pattern: '^[0-9a-fA-F]{64}$' },
    state_dir: { type: 'string', minLength: 1 },
    call_timeout_ms: { type: 'integer', minimum: 1, maximum: 3_600_000 },
    session: {
      type: 'object',
      additionalProperties: false,
      required: ['workflow_id', 'repo'],
      anyOf: [{ required: ['agent_id'] }, { required: ['agent_class'] }],
      properties: {
        workflow_id: { type: 'string', pattern: '\\S' },
        agent_id: { type: 'string', pattern: '\\S' },
        agent_class: { type: 'string', pattern: '\\S' },
        run_id: { type: 'string', pattern: '\\S' },
        repo: { type: 'string', minLength: 1 },
        branch: { type: 'string', pattern: '\\S' },
        gate_phase: { type: 'string', pattern: '\\S' },
      },
    },
    upstreams: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['name', 'namespace', 'tools'],
        oneOf: [{ required: ['command'] }, { required: ['url'] }],
        properties: {
          name: { type: 'string', pattern: NAME },
          command: { type: 'string', minLength: 1 },
          args: { type: 'array', items: { type: 'string' } },
          env: STRING_MAP,
          cwd: { type: 'string', minLength: 1 },
          url: { type: 'string', pattern: '^https?://' },
          headers: STRING_MAP,
          namespace: { type: 'string', pattern: '^[^\\s:]+$' },
          prefix: { type: 'string', pattern: '^[A-Za-z0-9_.-]*$' },
          tools: { type: 'object', minProperties: 1, additionalProperties: TOOL },
        },
      },
    },
  },
} as const;

let compiled: ReturnType<Ajv['compile']> | undefined;
function validator(): ReturnType<Ajv['compile']> {
  compiled ??= new Ajv({ allErrors: true, strict: true, strictRequired: false }).compile(GATEWAY_CONFIG_SCHEMA);
  return compiled;
}

function schemaMessage(e: ErrorObject): { pointer: string; message: string } {
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'required':
      return { pointer: `${e.instancePath}/${escapePointerSegment(String(p.missingProperty))}`, message: 'is required' };
    case 'additionalProperties':
      return {
        pointer: `${e.instancePath}/${escapePointerSegment(String(p.additionalProperty))}`,
        message: `unknown field "${String(p.additionalProperty)}"`,
      };
    case 'enum':
      return {
        pointer: e.instancePath,
        message: `must be one of ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`,
      };
    case 'anyOf':
      return { pointer: e.instancePath, message: 'needs agent_id or agent_class' };
    case 'oneOf':
      return { pointer: e.instancePath, message: 'needs exactly one of command (a stdio upstream) or url (a Streamable HTTP upstream)' };
    case 'pattern':
      return { pointer: e.instancePath, message: `must match ${String(p.pattern)}` };
    default:
      return { pointer: e.instancePath, message: e.message ?? `fails ${e.keyword}` };
  }
}

/**
 * Parses and validates config text. `file` names it in messages and anchors relative paths
 * (`pack`, `repo`, `state_dir`, `cwd`). Throws ManifestError listing every problem.
 */
export function parseGatewayConfig(rawText: string, file: string): GatewayConfig {
  const text = normaliseLineEndings(rawText);
  const parsed = detectFormat(text, file) === 'yaml' ? parseYamlManifest(text) : parseJsonManifest(text);
  const value = parsed.value;
  const problems: Omit<ManifestProblem, 'line' | 'column'>[] = [];
  const validate = validator();
  if (!validate(value)) {
    for (const e of validate.errors ?? []) {
      // The branches of oneOf/anyOf report their own "required" errors; the summary says it better.
      if (e.keyword === 'required' && /\/(oneOf|anyOf)\//.test(e.schemaPath)) continue;
      problems.push(schemaMessage(e));
    }
  }
  let config: GatewayConfig | undefined;
  if (problems.length === 0) config = build(value as RawConfig, path.dirname(path.resolve(file)), problems);
  if (problems.length > 0 || config === undefined) {
    const seen = new Set<string>();
    const located = problems
      .filter((p) => {
        const key = `${p.pointer}\0${p.message}`;
        return seen.has(key) ? false : (seen.add(key), true);
      })
      .map((p) => ({ ...p, ...(parsed.locate(p.pointer) ?? parsed.locate(parentPointer(p.pointer)) ?? {}) }));
    throw new ManifestError(located, file);
  }
  return config;
}

function parentPointer(pointer: string): string {
  return pointer.slice(0, Math.max(0, pointer.lastIndexOf('/')));
}

interface RawTool {
  access: AccessMode;
  paths?: string[];
  lines?: string;
  change_class?: string;
  kill_signal?: string;
}
interface RawUpstream {
  name: string;
  command?: string;
  args?: string[];
  env?: Record<string, string>;
  cwd?: string;
  url?: string;
  headers?: Record<string, string>;
  namespace: string;
  prefix?: string;
  tools: Record<string, RawTool>;
}
interface RawConfig {
  pack?: string;
  expect_pack_sha256?: string;
  state_dir?: string;
  call_timeout_ms?: number;
  session: Omit<SessionConfig, 'gate_phase' | 'agent_id' | 'agent_class' | 'run_id' | 'branch'> &
    Partial<Record<'gate_phase' | 'agent_id' | 'agent_class' | 'run_id' | 'branch', string>>;
  upstreams: RawUpstream[];
}

function build(raw: RawConfig, base: string, problems: { pointer: string; message: string }[]): GatewayConfig {
  const abs = (p: string) => path.resolve(base, p);
  const repo = abs(raw.session.repo);
  const exposed = new Map<string, string>();
  const names = new Set<string>();
  const upstreams: UpstreamConfig[] = raw.upstreams.map((u, i) => {
    const at = `/upstreams/${i}`;
    if (names.has(u.name)) problems.push({ pointer: `${at}/name`, message: `upstream name "${u.name}" is used twice` });
    names.add(u.name);
    const prefix = u.prefix ?? '';
    const tools = new Map<string, ToolMapping>();
    for (const [tool, t] of Object.entries(u.tools)) {
      const name = prefix + tool;
      const other = exposed.get(name);
      if (other !== undefined) {
        problems.push({
          pointer: `${at}/tools/${escapePointerSegment(tool)}`,
          message: `tool "${name}" is also exposed by upstream "${other}"; set prefix: on one of them`,
        });
      }
      exposed.set(name, u.name);
      if (t.lines !== undefined && t.access !== 'write_branch') {
        problems.push({
          pointer: `${at}/tools/${escapePointerSegment(tool)}/lines`,
          message: 'lines counts toward a branch write; set it only with access: write_branch',
        });
      }
      if (t.access === 'write_branch' && (t.paths === undefined || t.paths.length === 0)) {
        problems.push({
          pointer: `${at}/tools/${escapePointerSegment(tool)}`,
          message: 'a write_branch tool must name the arguments holding the paths it writes (paths: [...])',
        });
      }
      tools.set(tool, {
        access: t.access,
        paths: t.paths ?? [],
        lines: t.lines ?? null,
        change_class: t.change_class ?? null,
        kill_signal: t.kill_signal ?? null,
      });
    }
    const common = { name: u.name, namespace: u.namespace, prefix, tools };
    if (u.url !== undefined) {
      let url: URL | undefined;
      try {
        url = new URL(u.url);
      } catch {
        problems.push({ pointer: `${at}/url`, message: `is not a URL: ${JSON.stringify(u.url)}` });
      }
      for (const key of ['args', 'env', 'cwd'] as const) {
        if (u[key] !== undefined)
          problems.push({ pointer: `${at}/${key}`, message: `applies to a stdio upstream (command:), not to url:` });
      }
      return { kind: 'http', ...common, url: url ?? new URL('http://invalid'), headers: u.headers ?? {} };
    }
    if (u.headers !== undefined) problems.push({ pointer: `${at}/headers`, message: 'applies to a url: upstream, not to command:' });
    return {
      kind: 'stdio',
      ...common,
      command: u.command!,
      args: u.args ?? [],
      env: u.env ?? {},
      cwd: u.cwd === undefined ? repo : abs(u.cwd),
    };
  });
  return {
    pack: raw.pack === undefined ? null : abs(raw.pack),
    expect_pack_sha256: raw.expect_pack_sha256?.toLowerCase() ?? null,
    state_dir: raw.state_dir === undefined ? null : abs(raw.state_dir),
    call_timeout_ms: raw.call_timeout_ms ?? DEFAULT_CALL_TIMEOUT_MS,
    session: {
      workflow_id: raw.session.workflow_id,
      agent_id: raw.session.agent_id ?? null,
      agent_class: raw.session.agent_class ?? null,
      run_id: raw.session.run_id ?? null,
      repo,
      branch: raw.session.branch ?? null,
      gate_phase: raw.session.gate_phase ?? 'tool_call',
    },
    upstreams,
  };
}
