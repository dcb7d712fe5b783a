import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import { JSONRPCMessageSchema, type JSONRPCMessage } from '@modelcontextprotocol/sdk/types.js';

/** As the SDK's stdio transport: a line longer than this is refused and the transport closed. */
const MAX_LINE_BUFFER = 10 * 1024 * 1024;
const NEWLINE = 0x0a;

/**
 * Answers one tools/call directly, or returns null to leave it to the SDK's protocol layer. Given
 * only a call whose params are exactly `name` and `arguments`, with no progress token or task.
 */
export type DirectToolCall = (name: string, args: unknown) => Promise<unknown> | null;

/**
 * MCP over stdio, newline-delimited JSON-RPC, with the SDK transport's framing and limits and two
 * savings on the hot path:
 *
 * - a plain `tools/call` request (params exactly `name` and `arguments`) that `direct` accepts is
 *   answered without the protocol layer, whose per-message schema checks cost more than the
 *   decision; every other message is checked against the SDK's JSON-RPC schema and handed to it;
 * - answers ready in the same turn of the event loop go out in one write.
 */
export class LeanStdioTransport implements Transport {
  onclose?: () => void;
  onerror?: (error: Error) => void;
  onmessage?: (message: JSONRPCMessage) => void;

  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private out: string[] = [];
  private flushScheduled = false;
  private waiters: (() => void)[] = [];
  private drainWaiters: (() => void)[] = [];
  private draining = false;
  private started = false;
  private closed = false;

  constructor(
    private readonly stdin: NodeJS.ReadableStream,
    private readonly stdout: NodeJS.WritableStream,
    private readonly direct?: DirectToolCall,
  ) {}

  start(): Promise<void> {
    if (this.started) throw new Error('LeanStdioTransport already started');
    this.started = true;
    this.stdin.on('data', this.onData);
    this.stdin.on('error', this.onStreamError);
    return Promise.resolve();
  }

  close(): Promise<void> {
    if (this.closed) return Promise.resolve();
    this.closed = true;
    this.stdin.off('data', this.onData);
    this.stdin.off('error', this.onStreamError);
    if (this.stdin.listenerCount('data') === 0) this.stdin.pause();
    this.pending = [];
    this.pendingBytes = 0;
    this.writeOut();
    this.onclose?.();
    return Promise.resolve();
  }

  send(message: JSONRPCMessage): Promise<void> {
    this.out.push(JSON.stringify(message) + '\n');
    if (!this.flushScheduled) {
      this.flushScheduled = true;
      setImmediate(this.writeOut);
    }
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  private readonly onStreamError = (error: Error): void => {
    this.onerror?.(error);
  };

  private readonly onData = (data: Buffer | string): void => {
    const chunk = typeof data === 'string' ? Buffer.from(data) : data;
    let start = 0;
    for (let nl = chunk.indexOf(NEWLINE); nl !== -1; nl = chunk.indexOf(NEWLINE, start)) {
      let line: string;
      if (this.pending.length > 0) {
        this.pending.push(chunk.subarray(start, nl));
        line = Buffer.concat(this.pending).toString('utf8');
        this.pending = [];
        this.pendingBytes = 0;
      } else line = chunk.toString('utf8', start, nl);
      start = nl + 1;
      this.receive(line.endsWith('\r') ? line.slice(0, -1) : line);
      if (this.closed) return;
    }
    if (start < chunk.length) {
      this.pendingBytes += chunk.length - start;
      if (this.pendingBytes > MAX_LINE_BUFFER) {
        this.onerror?.(new Error(`ReadBuffer exceeded maximum size of ${MAX_LINE_BUFFER} bytes`));
        void this.close();
        return;
      }
      // Copied: the stream may reuse its chunk.
      this.pending.push(Buffer.from(chunk.subarray(start)));
    }
  };

  private receive(line: string): void {
    let message: unknown;
    try {
      message = JSON.parse(line);
      const id = directCall(message);
      if (id !== undefined && this.direct !== undefined) {
        const params = (message as { params: { name: string; arguments?: unknown } }).params;
        const answer = this.direct(params.name, params.arguments);
        if (answer !== null) {
          answer.then(
            (result) => void this.send({ result, jsonrpc: '2.0', id } as JSONRPCMessage),
            (err: unknown) => this.onerror?.(err instanceof Error ? err : new Error(String(err))),
          );
          return;
        }
      }
      message = JSONRPCMessageSchema.parse(message);
    } catch (err) {
      this.onerror?.(err as Error);
      return;
    }
    this.onmessage?.(message as JSONRPCMessage);
  }

  private readonly writeOut = (): void => {
    this.flushScheduled = false;
    if (this.out.length === 0) return;
    const text = this.out.length === 1 ? this.out[0]! : this.out.join('');
    this.out = [];
    const waiters = this.waiters;
    this.waiters = [];
    if (this.stdout.write(text) && !this.draining) {
      for (const w of waiters) w();
      return;
    }
    this.drainWaiters.push(...waiters);
    if (this.draining) return;
    this.draining = true;
    this.stdout.once('drain', () => {
      this.draining = false;
      const ws = this.drainWaiters;
      this.drainWaiters = [];
      for (const w of ws) w();
    });
  };
}

/**
 * The id of a JSON-RPC request that is a plain tools/call, or undefined: exactly the members
 * jsonrpc "2.0", id (a string or an integer), method and params, params exactly `name` (a string)
 * and optionally `arguments`. Such a message passes the SDK's JSON-RPC and tools/call request
 * schemas whatever `arguments` holds, which the tool then judges.
 */
function directCall(m: unknown): string | number | undefined {
  if (m === null || typeof m !== 'object' || Array.isArray(m)) return undefined;
  const r = m as Record<string, unknown>;
  let keys = 0;
  for (const k in r) {
    if (!Object.hasOwn(r, k)) continue;
    if (k !== 'jsonrpc' && k !== 'id' && k !== 'method' && k !== 'params') return undefined;
    keys++;
  }
  if (keys !== 4 || r.jsonrpc !== '2.0' || r.method !== 'tools/call') return undefined;
  const id = r.id;
  if (typeof id !== 'string' && !(typeof id === 'number' && Number.isSafeInteger(id))) return undefined;
  const p = r.params;
  if (p === null || typeof p !== 'object' || Array.isArray(p)) return undefined;
  const params = p as Record<string, unknown>;
  let n = 0;
  for (const k in params) {
    if (!Object.hasOwn(params, k)) continue;
    if (k !== 'name' && k !== 'arguments') return undefined;
    n++;
  }
  if (typeof params.name !== 'string') return undefined;
  const args = params.arguments;
  if (args !== undefined && (args === null || typeof args !== 'object' || Array.isArray(args))) return undefined;
  return n >= 1 ? id : undefined;
}
