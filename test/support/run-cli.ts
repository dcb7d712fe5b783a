import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { cliInProcess } from './in-process.js';
import { DIST_CLI } from './paths.js';

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export interface RunCliOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  input?: string;
  /** Accepted for the dist runner's sake; an in-process run has no child to time out. */
  timeout?: number;
}

/**
 * Runs `mcp-gateway-policy …` in this process through src/cli/main.ts, so a change in src/cli is
 * tested without `npm run bundle` and coverage sees it. runDistCli runs the bundle instead.
 */
export async function runCli(args: string[], options: RunCliOptions = {}): Promise<CliResult> {
  return cliInProcess(args, { cwd: options.cwd, env: options.env, input: options.input });
}

/** Runs the bundled CLI exactly as a user would: `node dist/cli.js …`. */
export function runDistCli(args: string[], options: SpawnSyncOptions & { input?: string } = {}): CliResult {
  const r = spawnSync(process.execPath, [DIST_CLI, ...args], { encoding: 'utf8', ...options });
  return { status: r.status, stdout: String(r.stdout ?? ''), stderr: String(r.stderr ?? '') };
}
