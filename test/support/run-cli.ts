import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { DIST_CLI } from './paths.js';

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the bundled CLI exactly as a user would: `node dist/cli.js …`. */
export function runCli(args: string[], options: SpawnSyncOptions & { input?: string } = {}): CliResult {
  const r = spawnSync(process.execPath, [DIST_CLI, ...args], { encoding: 'utf8', ...options });
  return { status: r.status, stdout: String(r.stdout ?? ''), stderr: String(r.stderr ?? '') };
}
