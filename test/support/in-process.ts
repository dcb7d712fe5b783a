/**
 * The shells run in this process, the way dist/ runs them but without the bundle: the CLI through
 * `main(argv, io)` and the Action through `run(env)`. Coverage sees them, and a change in src/ is
 * tested without `npm run bundle`. A few smoke tests still run dist/ as users and the runner do.
 */
import * as core from '@actions/core';
import { ReadBuffer, serializeMessage } from '@modelcontextprotocol/sdk/shared/stdio.js';
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import type { JSONRPCMessage } from '@modelcontextprotocol/sdk/types.js';
import { PassThrough, Readable, Writable } from 'node:stream';
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

const CONSOLE_METHODS = ['log', 'info', 'debug', 'warn', 'error'] as const;
const ORIGINAL_CONSOLE = CONSOLE_METHODS.map((m) => console[m]);
const SIGNALS: NodeJS.Signals[] = ['SIGHUP', 'SIGINT', 'SIGTERM'];
type Listener = (...args: unknown[]) => void;
let running = 0;
let listenersBefore: Map<NodeJS.Signals, Listener[]> | undefined;

/**
 * Runs `fn` and then puts back what a command may change for the whole process: `mcp` and
 * `gateway` point console.log at their stderr (stdout is the protocol's) and listen for signals,
 * none of which may outlive the run. Runs may overlap (two servers in one test), so the originals
 * return when the last one ends.
 */
export async function restoringProcessState<T>(fn: () => Promise<T>): Promise<T> {
  if (running++ === 0) listenersBefore = new Map(SIGNALS.map((e) => [e, process.listeners(e) as Listener[]]));
  try {
    return await fn();
  } finally {
    if (--running === 0) {
      CONSOLE_METHODS.forEach((m, i) => (console[m] = ORIGINAL_CONSOLE[i]!));
      for (const signal of SIGNALS) {
        const before = listenersBefore!.get(signal)!;
        for (const l of process.listeners(signal) as Listener[]) if (!before.includes(l)) process.off(signal, l);
      }
    }
  }
}

/** A client Transport over a stream pair, framed as the SDK frames stdio (one JSON message a line). */
export class StreamClientTransport implements Transport {
  onclose?: () => void;
  onerror?: (error: Error) => void;
  onmessage?: (message: JSONRPCMessage) => void;
  private readonly buffer = new ReadBuffer();
  private closed = false;

  constructor(
    private readonly input: Readable,
    private readonly output: Writable,
  ) {}

  async start(): Promise<void> {
    this.input.on('data', (chunk: Buffer) => {
      this.buffer.append(chunk);
      for (;;) {
        let message: JSONRPCMessage | null;
        try {
          message = this.buffer.readMessage();
        } catch (err) {
          this.onerror?.(err as Error);
          continue;
        }
        if (message === null) break;
        this.onmessage?.(message);
      }
    });
    this.input.on('end', () => void this.close());
    this.input.on('error', (err: Error) => this.onerror?.(err));
  }

  async send(message: JSONRPCMessage): Promise<void> {
    if (this.closed) throw new Error('transport closed');
    this.output.write(serializeMessage(message));
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.output.end();
    this.buffer.clear();
    this.onclose?.();
  }
}

export interface InProcessCommand {
  /** What the command reads as its stdin, and what it writes to stdout. */
  toCommand: PassThrough;
  fromCommand: PassThrough;
  stderr: TextSink;
  /** main()'s exit code, once the command returns. */
  exited: Promise<number>;
}

/** Starts a long-running command (`mcp`, `gateway`) in process with a stdin/stdout stream pair. */
export function startCliInProcess(args: string[], o: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): InProcessCommand {
  const toCommand = new PassThrough();
  const fromCommand = new PassThrough();
  const stderr = new TextSink();
  const exited = restoringProcessState(() =>
    main(args, { stdin: toCommand, stdout: fromCommand, stderr, cwd: o.cwd ?? process.cwd(), env: o.env ?? process.env }),
  );
  // Whoever reads stdout sees its end when the command returns.
  void exited.finally(() => fromCommand.end());
  return { toCommand, fromCommand, stderr, exited };
}

/** `mcp-gateway-policy …` through main(argv, io), with stdin from `input`. */
export async function cliInProcess(args: string[], o: InProcessCliOptions = {}): Promise<InProcessCliResult> {
  const stdout = new TextSink();
  const stderr = new TextSink();
  const stdin = Readable.from(o.input === undefined ? [] : [Buffer.from(o.input, 'utf8')]);
  const status = await restoringProcessState(() =>
    main(args, { stdout, stderr, stdin, cwd: o.cwd ?? process.cwd(), env: o.env ?? process.env }),
  );
  return { status, stdout: stdout.text, stderr: stderr.text };
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Runs `fn` with process.env replaced by `env` and everything written to process.stdout captured,
 * as the runner gives a step its environment and reads its stdout for workflow commands.
 * @actions/core reads inputs and file paths from process.env, so runs are queued one at a time.
 */
export function withProcessEnv<T>(
  env: Record<string, string>,
  fn: () => Promise<T>,
): Promise<{ value: T; stdout: string; exitCode: number }> {
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
