/** The real MCP servers behind the gateway, reached with the SDK's own client. */
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import type { CallToolResult, Tool } from '@modelcontextprotocol/sdk/types.js';
import type { UpstreamConfig } from './config.js';

const CLIENT_INFO = { name: 'mcp-gateway-policy-gateway', version: '0.1.0' };
/** Starting a server (spawn, load, handshake) can take far longer than a call on a busy machine. */
const MIN_START_TIMEOUT_MS = 30_000;

export class UpstreamError extends Error {
  override name = 'UpstreamError';
}

export class Upstream {
  private client: Client | undefined;
  private closedReason: string | null = null;
  /** The upstream's tools by their upstream name, as it listed them. */
  tools = new Map<string, Tool>();

  constructor(
    readonly config: UpstreamConfig,
    private readonly timeoutMs: number,
    private readonly report: (message: string) => void,
  ) {}

  get name(): string {
    return this.config.name;
  }

  get running(): boolean {
    return this.client !== undefined && this.closedReason === null;
  }

  /** Connects and lists the tools (every page). Throws UpstreamError saying why not. */
  async start(): Promise<void> {
    const c = this.config;
    let transport: Transport;
    if (c.kind === 'stdio') {
      // Only what the config lists reaches the upstream, plus PATH to find its programs.
      const env: Record<string, string> = { ...c.env };
      if (env.PATH === undefined && process.env.PATH !== undefined) env.PATH = process.env.PATH;
      const stdio = new StdioClientTransport({ command: c.command, args: c.args, env, cwd: c.cwd, stderr: 'pipe' });
      stdio.stderr?.on('data', (chunk: Buffer) => {
        for (const line of chunk.toString('utf8').split('\n')) if (line.trim() !== '') this.report(`upstream ${c.name}: ${line}`);
      });
      transport = stdio;
    } else {
      transport = new StreamableHTTPClientTransport(c.url, { requestInit: { headers: c.headers } });
    }
    const client = new Client(CLIENT_INFO, { capabilities: {} });
    client.onclose = () => {
      if (this.closedReason === null) {
        this.closedReason = 'the upstream connection closed (the server exited or crashed)';
        this.report(`upstream ${c.name}: ${this.closedReason}`);
      }
    };
    client.onerror = (err) => this.report(`upstream ${c.name}: ${err.message}`);
    const timeout = Math.max(this.timeoutMs, MIN_START_TIMEOUT_MS);
    try {
      await client.connect(transport, { timeout });
      let cursor: string | undefined;
      do {
        const page = await client.listTools(cursor === undefined ? {} : { cursor }, { timeout });
        for (const tool of page.tools) this.tools.set(tool.name, tool);
        cursor = page.nextCursor;
      } while (cursor !== undefined);
    } catch (err) {
      await client.close().catch(() => {});
      throw new UpstreamError(`upstream ${c.name} did not start: ${(err as Error).message}`);
    }
    this.client = client;
  }

  /**
   * Forwards one call. A crash, a hang past the timeout, or a reply that is not a valid tool
   * result (the SDK validates it, and the structured content against the tool's output schema)
   * rejects with UpstreamError; nothing from such a reply is passed on.
   */
  /** Read after an await: the close handler may have set it meanwhile, which narrowing cannot see. */
  private closedReasonNow(): string | null {
    return this.closedReason;
  }

  async call(tool: string, args: Record<string, unknown>): Promise<CallToolResult> {
    if (!this.client || this.closedReason !== null) {
      throw new UpstreamError(`upstream ${this.name} is not running: ${this.closedReason ?? 'never started'}`);
    }
    try {
      return (await this.client.callTool({ name: tool, arguments: args }, undefined, { timeout: this.timeoutMs })) as CallToolResult;
    } catch (err) {
      const message = (err as Error).message;
      if (/timed out/i.test(message)) throw new UpstreamError(`upstream ${this.name} did not answer within ${this.timeoutMs} ms`);
      const closed = this.closedReasonNow();
      if (closed !== null) throw new UpstreamError(`upstream ${this.name} failed: ${closed}`);
      throw new UpstreamError(`upstream ${this.name} gave no usable result: ${message}`);
    }
  }

  async stop(reason: string): Promise<void> {
    this.closedReason ??= reason;
    const client = this.client;
    if (client) await client.close().catch(() => {});
  }
}
