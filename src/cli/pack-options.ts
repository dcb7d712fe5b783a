/** What `generate` and `check` share: the same options, resolved the same way. */
import path from 'node:path';
import { parseCommandArgs, stringOpt } from './args.js';
import { EXIT_POLICY, UsageError, type CliIo } from './io.js';
import {
  formatProblem,
  ManifestError,
  type ManifestProblem,
  compileManifestLean,
  PackFileError,
  readTextFile,
  resolvePackPaths,
  type PackPaths,
  DEFAULT_MANIFEST_PATH,
  DEFAULT_PACK_PATH,
} from '../pack/index.js';
import type { CompileOptions, CompileResult } from '../pack/index.js';

export const PACK_OPTIONS = {
  manifest: { type: 'string' },
  output: { type: 'string' },
  'repo-root': { type: 'string' },
  'generated-at': { type: 'string' },
  'policy-id': { type: 'string' },
  intent: { type: 'string' },
} as const;

export const PACK_OPTIONS_HELP = `Options:
  --manifest PATH      The workflow manifest, JSON or YAML (.yaml/.yml), below the repo root.
                       Default: ${DEFAULT_MANIFEST_PATH}
  --output PATH        The policy pack file, below the repo root.
                       Default: ${DEFAULT_PACK_PATH}
  --repo-root DIR      The repository root. Default: the current directory.
  --generated-at TEXT  The pack's generated_at. Default: the manifest's last_reviewed.
  --policy-id ID       The pack's policy_id. Default: the manifest's policy_pack.policy_id,
                       else mcp-gateway-policy-pack.
  --intent TEXT        The pack's intent. Default: the manifest's policy_pack.intent, else a
                       neutral sentence.
  -h, --help           Show this help.`;

export interface PackInvocation {
  paths: PackPaths;
  compile: CompileOptions;
  /** The options exactly as given, to repeat them in a regenerate command. */
  given: [string, string][];
}

export function parsePackArgs(argv: string[], io: CliIo, usage: string): PackInvocation | 'help' {
  const args = parseCommandArgs(argv, PACK_OPTIONS, usage);
  if (args.help) return 'help';
  const get = (name: keyof typeof PACK_OPTIONS) => stringOpt(args, name);
  for (const name of ['manifest', 'output', 'repo-root'] as const) {
    if (get(name) === '') throw new UsageError(`--${name} must not be empty\n\n${usage}`);
  }
  const policyId = get('policy-id');
  if (policyId !== undefined && !/^\S+$/.test(policyId)) {
    throw new UsageError(`--policy-id must be a non-empty name without spaces\n\n${usage}`);
  }
  const intent = get('intent');
  if (intent !== undefined && intent.trim() === '') throw new UsageError(`--intent must not be empty\n\n${usage}`);
  const paths = resolvePackPaths(io.cwd, get('repo-root'), get('manifest'), get('output'));
  const given: [string, string][] = [];
  for (const name of Object.keys(PACK_OPTIONS) as (keyof typeof PACK_OPTIONS)[]) {
    const v = get(name);
    if (v !== undefined) given.push([name, v]);
  }
  return {
    paths,
    compile: { manifestPath: paths.manifestRel, policyId, intent, generatedAt: get('generated-at') },
    given,
  };
}

/** Prints each problem as `file:line:col: /pointer: message`. */
export function writeProblems(io: CliIo, label: string, problems: readonly ManifestProblem[], kind: 'error' | 'warning'): void {
  for (const p of problems) io.stderr.write(`${kind}: ${formatProblem(p, label)}\n`);
}

function reportManifestError(io: CliIo, label: string, err: ManifestError): void {
  const n = err.problems.length;
  io.stderr.write(`error: ${label} is invalid (${n} problem${n === 1 ? '' : 's'}); no pack was generated from it\n`);
  writeProblems(io, label, err.problems, 'error');
}

/**
 * Reads and compiles the manifest the way both commands do, printing its warnings; null (after
 * saying so) when the manifest file is missing. Invalid manifests throw, for reportPackFailure.
 */
export async function compileManifestFile(
  io: CliIo,
  paths: PackPaths,
  compile: CompileOptions,
): Promise<{ text: string; result: CompileResult } | null> {
  const text = readTextFile(paths.manifestAbs, 'manifest');
  if (text === null) {
    io.stderr.write(`error: manifest ${paths.manifestRel} not found (looked for ${paths.manifestAbs})\n`);
    return null;
  }
  const result = await compileManifestLean(text, compile);
  writeProblems(io, paths.manifestRel, result.warnings, 'warning');
  return { text, result };
}

/** An invalid manifest or an unreadable file is a policy failure (exit 1) with a located message; anything else is a bug and is rethrown. */
export function reportPackFailure(io: CliIo, paths: PackPaths, err: unknown): number {
  if (err instanceof ManifestError) {
    reportManifestError(io, paths.manifestRel, err);
    return EXIT_POLICY;
  }
  if (err instanceof PackFileError) {
    io.stderr.write(`error: ${err.message}\n`);
    return EXIT_POLICY;
  }
  throw err;
}

/**
 * The command a user can paste to regenerate: the same program, `generate`, and the same options.
 * `node <path>/cli.js` when run from a checkout, `npx mcp-gateway-policy` when installed.
 */
export function regenerateCommand(io: CliIo, given: [string, string][], paths: PackPaths): string {
  const script = process.argv[1] ?? '';
  let program = 'npx mcp-gateway-policy';
  if (script !== '' && !script.split(path.sep).includes('node_modules') && path.basename(script) === 'cli.js') {
    const rel = path.relative(io.cwd, script);
    program = `node ${shellQuote(rel.startsWith('..') ? script : rel)}`;
  }
  const options = new Map(given);
  // Spell out the paths even when defaulted, so the command says what it writes.
  if (!options.has('manifest')) options.set('manifest', paths.manifestRel);
  if (!options.has('output')) options.set('output', paths.outputRel);
  const order = Object.keys(PACK_OPTIONS);
  const parts = [...options].sort((a, b) => order.indexOf(a[0]) - order.indexOf(b[0])).map(([k, v]) => `--${k} ${shellQuote(v)}`);
  return `${program} generate ${parts.join(' ')}`;
}

export function shellQuote(s: string): string {
  return /^[A-Za-z0-9_/.:=@%+,-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}
