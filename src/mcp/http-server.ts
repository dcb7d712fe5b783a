import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import { randomUUID, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { isIP } from 'node:net';

/** What the listener needs of an MCP server: one is created per HTTP session. */
export interface McpSessionServer {
  connect(transport: Transport): Promise<void>;
  close(): Promise<void>;
}

export interface HttpListenOptions {
  host: string;
  port: number;
  token: string;
  /** Without it, a host that is not a loopback address is refused. */
  allowRemote?: boolean;
  /** Origins a browser may send; the listener's own loopback origins are always allowed. */
  allowedOrigins?: string[];
  createServer: () => McpSessionServer;
  onDiagnostic?: (message: string) => void;
}

export interface HttpListener {
  url: string;
  close(): Promise<void>;
}

export class ListenError extends Error {
  override name = 'ListenError';
}

/** HOST:PORT, [v6]:PORT or PORT (then 127.0.0.1). */
export function parseListenAddress(value: string): { host: string; port: number } {
  const m = /^(?:\[([^\]]+)\]|([^:]*)):(\d{1,5})$/.exec(value) ?? /^()()(\d{1,5})$/.exec(value);
  if (!m) throw new ListenError(`--listen must be HOST:PORT (e.g. 127.0.0.1:8808), got ${JSON.stringify(value)}`);
  const host = m[1] || m[2] || '127.0.0.1';
  const port = Number(m[3]);
  if (port > 65535) throw new ListenError(`--listen port ${port} is above 65535`);
  return { host, port };
}

/** The bearer token: the file's first line, trimmed; an empty or short one is refused. */
export function readTokenFile(path: string): string {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new ListenError(`cannot read token file ${path}: ${(err as Error).message}`);
  }
  const token = (text.split(/\r?\n/)[0] ?? '').trim();
  if (token.length < 16) throw new ListenError(`token file ${path} must hold a token of at least 16 characters on its first line`);
  return token;
}

function isLoopback(host: string): boolean {
  if (host === 'localhost') return true;
  const kind = isIP(host);
  if (kind === 4) return host.startsWith('127.');
  if (kind === 6) return host === '::1';
  return false;
}

function tokenMatches(header: string | undefined, token: string): boolean {
  if (header === undefined || !header.startsWith('Bearer ')) return false;
  const given = Buffer.from(header.slice(7).trim(), 'utf8');
  const want = Buffer.from(token, 'utf8');
  return given.length === want.length && timingSafeEqual(given, want);
}

function reply(res: ServerResponse, status: number, message: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify({ jsonrpc: '2.0', error: { code: -32000, message }, id: null }));
}

/**
 * Serves MCP over Streamable HTTP at /mcp: one server per session (the session id header), a bearer
 * token on every request, loopback only unless allowed, and browsers' Origin checked against a list.
 */
export async function listenStreamableHttp(options: HttpListenOptions): Promise<HttpListener> {
  const { host, port, token } = options;
  if (!options.allowRemote && !isLoopback(host)) {
    throw new ListenError(`refusing to listen on ${host}: not a loopback address (allow remote listening explicitly)`);
  }
  if (token === '') throw new ListenError('refusing to listen without a bearer token');
  const diagnostic = options.onDiagnostic ?? (() => {});
  const sessions = new Map<string, { transport: StreamableHTTPServerTransport; server: McpSessionServer }>();
  const origins = new Set(options.allowedOrigins ?? []);

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname !== '/mcp') return reply(res, 404, 'not found: the MCP endpoint is /mcp');
    const origin = req.headers.origin;
    if (origin !== undefined && !origins.has(origin)) return reply(res, 403, `origin ${origin} is not allowed`);
    if (!tokenMatches(req.headers.authorization, token)) {
      return reply(res, 401, 'missing or wrong bearer token', { 'www-authenticate': 'Bearer' });
    }
    const sid = req.headers['mcp-session-id'];
    if (typeof sid === 'string') {
      const session = sessions.get(sid);
      if (!session) return reply(res, 404, 'unknown session');
      return session.transport.handleRequest(req, res);
    }
    if (req.method !== 'POST') return reply(res, 400, 'a session starts with an initialize POST');
    const server = options.createServer();
    const transport: StreamableHTTPServerTransport = new StreamableHTTPServerTransport({
      sessionIdGenerator: () => randomUUID(),
      onsessioninitialized: (id) => {
        sessions.set(id, { transport, server });
      },
    });
    transport.onclose = () => {
      if (transport.sessionId !== undefined) sessions.delete(transport.sessionId);
      void server.close().catch(() => {});
    };
    await server.connect(transport);
    await transport.handleRequest(req, res);
  };

  const http = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      diagnostic(`HTTP request failed: ${(err as Error).message}`);
      if (!res.headersSent) reply(res, 500, 'internal error');
      else res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(port, host, () => {
      http.off('error', reject);
      resolve();
    });
  });
  const address = http.address();
  const boundPort = typeof address === 'object' && address !== null ? address.port : port;
  const shownHost = isIP(host) === 6 ? `[${host}]` : host;
  origins.add(`http://${shownHost}:${boundPort}`);
  origins.add(`http://localhost:${boundPort}`);
  return {
    url: `http://${shownHost}:${boundPort}/mcp`,
    async close() {
      for (const { transport } of [...sessions.values()]) await transport.close().catch(() => {});
      sessions.clear();
      const closed = new Promise<void>((resolve) => http.close(() => resolve()));
      http.closeAllConnections();
      await closed;
    },
  };
}
