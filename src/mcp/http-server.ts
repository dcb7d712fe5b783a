/**
 * MCP over Streamable HTTP at /mcp: the SDK's transport behind a bearer token, with the Host and
 * Origin checks the SDK recommends against DNS rebinding done here (its own options for them are
 * deprecated in favour of a check in front of the transport). One SDK server per MCP session
 * (mcp-session-id); every session is closed on shutdown.
 *
 * Order per request: path → Host → Origin → bearer token → session. A browser page on another
 * origin is refused before the token is even looked at.
 */
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import { isInitializeRequest } from '@modelcontextprotocol/sdk/types.js';
import { createHash, randomUUID, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { isIP } from 'node:net';

export interface McpSessionServer {
  connect(transport: Transport): Promise<void>;
  close(): Promise<void>;
}

export interface HttpListenOptions {
  /** Port 0 = ephemeral. */
  host: string;
  port: number;
  /** The bearer token, already read from its file. */
  token: string;
  allowRemote?: boolean;
  /** Extra allowed Origins; the loopback origins of the listen address are always allowed. */
  allowedOrigins?: string[];
  /** A fresh server per MCP session (SDK Server or McpServer). */
  createServer: () => McpSessionServer;
  /** Goes to stderr by the caller; never stdout. */
  onDiagnostic?: (message: string) => void;
}

export interface HttpListener {
  url: string;
  close(): Promise<void>;
}

/** A --listen value or token file the user got wrong: the caller turns it into a usage error or a refusal. */
export class HttpListenError extends Error {
  override name = 'HttpListenError';
}

export const MCP_PATH = '/mcp';
/** Bodies above this are refused with 413 before parsing (a request is a few dozen values). */
export const MAX_BODY_BYTES = 4 * 1024 * 1024;

const LISTEN_FORM = 'HOST:PORT (e.g. 127.0.0.1:8765, localhost:0, [::1]:8765; port 0 picks a free port)';
const LOOPBACK_HOSTNAMES = ['localhost', '127.0.0.1', '[::1]'];

export function parseListenAddress(value: string): { host: string; port: number } {
  const m = /^(?:\[([0-9A-Fa-f:.]+)\]|([^:[\]\s]+)):(\d{1,5})$/.exec(value.trim());
  const port = m ? Number(m[3]) : NaN;
  const host = m ? (m[1] ?? m[2]!) : '';
  if (!m || port > 65535 || (m[1] !== undefined && isIP(host) !== 6)) {
    throw new HttpListenError(`--listen must be ${LISTEN_FORM}, got ${JSON.stringify(value)}`);
  }
  return { host, port };
}

export function readTokenFile(path: string): string {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new HttpListenError(
      code === 'ENOENT'
        ? `the token file ${path} does not exist`
        : `cannot read the token file ${path} (${code ?? (err as Error).message})`,
    );
  }
  const token = text.trim();
  if (token === '') throw new HttpListenError(`the token file ${path} is empty; put the bearer token clients must send in it`);
  if (/\s/.test(token)) throw new HttpListenError(`the token file ${path} must hold one token on one line (it contains white space)`);
  return token;
}

export function isLoopbackHost(host: string): boolean {
  const h = host.toLowerCase().replace(/^\[|\]$/g, '');
  return h === 'localhost' || h === '::1' || (isIP(h) === 4 && h.startsWith('127.'));
}

function urlHost(host: string): string {
  return isIP(host) === 6 ? `[${host}]` : host;
}

function digest(s: string): Buffer {
  return createHash('sha256').update(s, 'utf8').digest();
}

function sendError(res: ServerResponse, status: number, message: string, headers: Record<string, string> = {}): void {
  if (res.headersSent) {
    res.end();
    return;
  }
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify({ jsonrpc: '2.0', error: { code: -32000, message }, id: null }));
}

function readBody(req: IncomingMessage): Promise<Buffer | 'too_large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY_BYTES) {
        resolve('too_large');
        req.destroy();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

export async function listenStreamableHttp(options: HttpListenOptions): Promise<HttpListener> {
  const { host, port, token } = options;
  const report = options.onDiagnostic ?? (() => {});
  if (token === '') throw new HttpListenError('refusing to serve MCP over HTTP without a bearer token');
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new HttpListenError(`--listen port must be 0-65535, got ${port}`);
  const loopback = isLoopbackHost(host);
  if (!loopback && options.allowRemote !== true) {
    throw new HttpListenError(
      `refusing to listen on ${host}, which is not a loopback address: every machine that can reach it could try the token. ` +
        'Pass --allow-remote to mean it (and put TLS in front).',
    );
  }
  const extraOrigins = new Set<string>();
  for (const o of options.allowedOrigins ?? []) {
    try {
      extraOrigins.add(new URL(o).origin);
    } catch {
      throw new HttpListenError(`--allowed-origin must be an origin such as https://app.example.com, got ${JSON.stringify(o)}`);
    }
  }
  const tokenDigest = digest(token);
  const sessions = new Map<string, { transport: StreamableHTTPServerTransport; server: McpSessionServer }>();
  let closing = false;

  const http = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      report(`HTTP request failed: ${(err as Error)?.message ?? String(err)}`);
      sendError(res, 500, 'Internal server error');
    });
  });

  // Filled in once listening, when the port is known.
  let allowedOrigins = new Set<string>();
  let allowedHostnames: Set<string> | null = null;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? '').split('?')[0];
    if (path !== MCP_PATH) return sendError(res, 404, `Not found: MCP is served at ${MCP_PATH}`);
    if (closing) return sendError(res, 503, 'Server is shutting down', { connection: 'close' });

    if (allowedHostnames !== null) {
      let hostname: string | null = null;
      try {
        hostname = req.headers.host ? new URL(`http://${req.headers.host}`).hostname.toLowerCase() : null;
      } catch {
        hostname = null;
      }
      if (hostname === null || !allowedHostnames.has(hostname)) {
        return sendError(res, 403, `Forbidden: Host ${JSON.stringify(req.headers.host ?? '')} is not this server's`);
      }
    }
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedOrigins.has(origin)) {
      return sendError(res, 403, `Forbidden: Origin ${JSON.stringify(origin)} is not allowed`);
    }

    const auth = req.headers.authorization ?? '';
    const given = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(auth)?.[1] ?? '';
    // Equal-length digests, so the comparison takes the same time whatever was sent.
    if (!timingSafeEqual(digest(given), tokenDigest)) {
      return sendError(res, 401, 'Unauthorized: send Authorization: Bearer <token>', { 'www-authenticate': 'Bearer' });
    }

    let body: unknown;
    if (req.method === 'POST') {
      const raw = await readBody(req);
      if (raw === 'too_large') return sendError(res, 413, `Payload too large (limit ${MAX_BODY_BYTES} bytes)`, { connection: 'close' });
      try {
        body = JSON.parse(raw.toString('utf8'));
      } catch {
        res.writeHead(400, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ jsonrpc: '2.0', error: { code: -32700, message: 'Parse error' }, id: null }));
        return;
      }
    }

    const sessionHeader = req.headers['mcp-session-id'];
    const sessionId = Array.isArray(sessionHeader) ? sessionHeader[0] : sessionHeader;
    if (sessionId !== undefined) {
      const session = sessions.get(sessionId);
      if (!session) return sendError(res, 404, 'Session not found');
      return session.transport.handleRequest(req, res, body);
    }
    if (req.method !== 'POST' || !isInitializeRequest(body)) {
      return sendError(res, 400, 'Bad Request: no valid mcp-session-id; start with an initialize request');
    }

    const server = options.createServer();
    const transport = new StreamableHTTPServerTransport({
      sessionIdGenerator: () => randomUUID(),
      onsessioninitialized: (id) => {
        sessions.set(id, { transport, server });
        report(`MCP session ${id} opened (${sessions.size} open)`);
      },
    });
    transport.onclose = () => {
      const id = transport.sessionId;
      if (id !== undefined && sessions.delete(id)) {
        report(`MCP session ${id} closed (${sessions.size} open)`);
        server.close().catch(() => {});
      }
    };
    await server.connect(transport);
    await transport.handleRequest(req, res, body);
  }

  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(port, host, () => {
      http.off('error', reject);
      resolve();
    });
  });
  const address = http.address();
  const actualPort = typeof address === 'object' && address !== null ? address.port : port;
  const loopbackOrigins = LOOPBACK_HOSTNAMES.map((h) => `http://${h}:${actualPort}`);
  allowedOrigins = new Set([...loopbackOrigins, `http://${urlHost(host)}:${actualPort}`, ...extraOrigins]);
  // A wildcard remote listener cannot know its own names: the token and the Origin check guard it.
  const wildcard = host === '0.0.0.0' || host === '::';
  allowedHostnames = wildcard
    ? null
    : new Set([...LOOPBACK_HOSTNAMES, urlHost(host).toLowerCase(), ...[...extraOrigins].map((o) => new URL(o).hostname.toLowerCase())]);
  const url = `http://${urlHost(host)}:${actualPort}${MCP_PATH}`;

  return {
    url,
    async close() {
      closing = true;
      const open = [...sessions.values()];
      sessions.clear();
      await Promise.allSettled(
        open.map(async ({ transport, server }) => {
          await transport.close();
          await server.close();
        }),
      );
      await new Promise<void>((resolve) => {
        http.close(() => resolve());
        http.closeAllConnections();
      });
    },
  };
}
