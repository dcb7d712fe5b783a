/**
 * The shells run in this process, the way dist/ runs them but without the bundle: the CLI through
 * `main(argv, io)` and the Action through `run(env)`. Coverage sees them, and a change in src/ is
 * tested without `npm run bundle`. A few smoke tests still run dist/ as users and the runner do.
 */
import * as core from '@actions/core';
import { Readable, Writable } from 'node:stream';
import { main } from '../../src/cli/main.js';

/** Collects what a command writes. */
export class TextSink extends Writable {
  text = '';
  override _write(chunk: Buffer | string, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    this.text += typeof chunk === 'string' ? chunk : chunk.toString('utf8');
    callback();
  }
}

export interface InProcessCliResult {
  status: number;
  stdout: string;
  stderr: string;
}

export interface InProcessCliOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  input?: string;
}

/** `mcp-gateway-policy …` through main(argv, io), with stdin from `input`. */
export async function cliInProcess(args: string[], o: InProcessCliOptions = {}): Promise<InProcessCliResult> {
  const stdout = new TextSink();
  const stderr = new TextSink();
  const stdin = Readable.from(o.input === undefined ? [] : [Buffer.from(o.input, 'utf8')]);
  const status = await main(args, { stdout, stderr, stdin, cwd: o.cwd ?? process.cwd(), env: o.env ?? process.env });
  return { status, stdout: stdout.text, stderr: stderr.text };
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Runs `fn` with process.env replaced by `env` and everything written to process.stdout captured,
 * as the runner gives a step its environment and reads its stdout for workflow commands.
 * @actions/core reads inputs and file paths from process.env, so runs are queued one at a time.
 */
export function withProcessEnv<T>(env: Record<string, string>, fn: () => Promise<T>): Promise<{ value: T; stdout: string; exitCode: number }> {
  const next = queue.then(async () => {
    const savedEnv = process.env;
    const savedWrite = process.stdout.write.bind(process.stdout);
    const savedExitCode = process.exitCode;
    let stdout = '';
    process.env = { ...env };
    process.exitCode = undefined;
    process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
      stdout += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
      const callback = rest.find((r) => typeof r === 'function') as (() => void) | undefined;
      callback?.();
      return true;
    }) as typeof process.stdout.write;
    try {
      const value = await fn();
      return { value, stdout, exitCode: Number(process.exitCode ?? 0) };
    } finally {
      process.stdout.write = savedWrite;
      process.env = savedEnv;
      process.exitCode = savedExitCode;
    }
  });
  queue = next.catch(() => undefined);
  return next;
}

/** The Action's entry, `run(env)` from src/action/main.ts, in the runner's environment. */
export async function actionInProcess(env: Record<string, string>): Promise<{ status: number; stdout: string }> {
  const { run } = await import('../../src/action/main.js');
  const { stdout, exitCode } = await withProcessEnv(env, async () => {
    // The job summary remembers the first GITHUB_STEP_SUMMARY it saw; a new step starts afresh.
    core.summary.emptyBuffer();
    (core.summary as unknown as { _filePath?: string })._filePath = undefined;
    await run(process.env);
  });
  return { status: exitCode, stdout };
}
