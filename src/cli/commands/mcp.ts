import { Console } from 'node:console';
import path from 'node:path';
import type { TrustedKeys } from '../../decision/index.js';
import type { DecisionLog } from '../../mcp/index.js';
import { PackLoadError, PackSource, watchPackFile } from '../../mcp/pack-source.js';
import { createPolicyServer, directToolCall, LeanStdioTransport } from '../../mcp/server.js';
import {
  HttpListenError,
  listenStreamableHttp,
  parseListenAddress,
  readTokenFile,
  type HttpListener,
  type HttpListenOptions,
} from '../../mcp/http-server.js';
import { listOpt, parseCommandArgs, requireOpt, stringOpt } from '../args.js';
import { EXIT_OK, EXIT_POLICY, UsageError, type CliIo, type Command } from '../io.js';
import { readApprovalKeys } from '../approval-keys.js';
import { openDecisionLogOption } from '../decision-log-option.js';
import { packIndexCacheOption } from '../pack-index-cache.js';

const USAGE = `Usage: mcp-gateway-policy mcp --policy PATH [--expect-pack-sha256 HEX] [--approval-keys FILE] [--decision-log FILE [--log-key FILE]] [--shadow]
                              [--listen HOST:PORT --token-file FILE [--allow-remote] [--allowed-origin ORIGIN ...]] [--pack-cache DIR|off]

Serves the policy pack and the decision function as MCP tools over stdio, or with --listen over
Streamable HTTP at http://HOST:PORT/mcp.
  --policy PATH               the policy pack to serve (reloaded on SIGHUP and when the file changes)
  --expect-pack-sha256 HEX    refuse any pack (at start or on reload) whose SHA-256 differs
  --approval-keys FILE        trusted Ed25519 keys for signed approval records
                              (JSON: key id -> {"public_key_pem": "...", "approvers": ["id", ...]})
  --decision-log FILE         append every decision to FILE as a hash-chained JSON line
                              (check it with "mcp-gateway-policy verify-log FILE"); the log is
                              locked (FILE.lock) and its line count and head hash are kept in
                              FILE.head
  --log-key FILE              HMAC-SHA256 key (at least 32 bytes, kept away from the log): every
                              log line and FILE.head are signed with it
  --listen HOST:PORT          serve over Streamable HTTP instead of stdio (port 0: a free port; the URL is
                              printed on stderr). Loopback addresses only, unless --allow-remote
  --token-file FILE           required with --listen: clients must send "Authorization: Bearer <token>"
  --allow-remote              allow a --listen address that is not loopback (put TLS in front of it)
  --allowed-origin ORIGIN     a browser Origin allowed besides the listen address's own (repeatable)
  --shadow                    shadow rollout: decide and log as usual, but answer every call as
                              allowed, with the decision that would have applied in
                              "would_decision" and "enforced": false
  --pack-cache DIR|off        where a large pack's index is kept between starts (as for evaluate)

stdout carries only MCP messages; diagnostics go to stderr.
Exit codes: 0 when the client disconnects (stdio) or on SIGINT/SIGTERM (HTTP), 1 when the server refuses
to start, 2 usage error.`;

const HEX64 = /^[0-9a-f]{64}$/;

interface ServeContext {
  source: PackSource;
  log: DecisionLog | undefined;
  report: (message: string) => void;
  refuse: (message: string) => number;
  policyPath: string;
  shadow: boolean;
}

/** Serves over Streamable HTTP until SIGINT or SIGTERM, then closes every session. */
async function serveHttp(
  listen: Omit<HttpListenOptions, 'createServer' | 'onDiagnostic'>,
  { source, log, report, refuse, policyPath, shadow }: ServeContext,
): Promise<number> {
  let listener: HttpListener;
  try {
    listener = await listenStreamableHttp({
      ...listen,
      createServer: () => createPolicyServer({ source, log, report, shadow }),
      onDiagnostic: report,
    });
  } catch (err) {
    await log?.close();
    // An address in use or not ours is a refusal to start, like a bad token file.
    if (err instanceof HttpListenError || typeof (err as NodeJS.ErrnoException).code === 'string') return refuse((err as Error).message);
    throw err;
  }
  const onHangup = () => source.reload('SIGHUP');
  process.on('SIGHUP', onHangup);
  const stopWatching = watchPackFile(policyPath, () => source.reload('file changed'), report);
  const { policy } = source.current;
  report(
    `serving pack ${policy.packSha256} (${policy.policyId}, ${policy.workflowIds().length} workflows) from ${policyPath} at ${listener.url}` +
      (log ? `; decision log ${log.path} continues at line ${log.lines + 1}` : ''),
  );
  let stop = () => {};
  await new Promise<void>((resolve) => {
    stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  // Whichever signal did not fire still holds its listener.
  process.off('SIGINT', stop);
  process.off('SIGTERM', stop);
  report('shutting down: closing every MCP session');
  await listener.close();
  process.off('SIGHUP', onHangup);
  stopWatching();
  await log?.close();
  return EXIT_OK;
}

const command: Command = {
  summary: 'Serve the pack and the decision function as MCP tools over stdio',
  async run(argv: string[], io: CliIo): Promise<number> {
    const args = parseCommandArgs(
      argv,
      {
        policy: { type: 'string' },
        'expect-pack-sha256': { type: 'string' },
        'approval-keys': { type: 'string' },
        'decision-log': { type: 'string' },
        listen: { type: 'string' },
        'token-file': { type: 'string' },
        'allow-remote': { type: 'boolean' },
        'allowed-origin': { type: 'string', multiple: true },
        shadow: { type: 'boolean' },
        'log-key': { type: 'string' },
        'pack-cache': { type: 'string' },
      },
      USAGE,
    );
    if (args.help) {
      io.stdout.write(USAGE + '\n');
      return EXIT_OK;
    }
    const indexStore = packIndexCacheOption(args, io, USAGE);
    const policyPath = path.resolve(io.cwd, requireOpt(args, 'policy', USAGE));
    const pin = stringOpt(args, 'expect-pack-sha256')?.toLowerCase();
    if (pin !== undefined && !HEX64.test(pin)) {
      throw new UsageError(`--expect-pack-sha256 must be 64 hex digits (a SHA-256), got ${JSON.stringify(pin)}`);
    }
    const report = (message: string) => io.stderr.write(`mcp-gateway-policy mcp: ${message}\n`);
    const refuse = (message: string) => {
      report(`refusing to start: ${message}`);
      return EXIT_POLICY;
    };

    const listenValue = stringOpt(args, 'listen');
    let listen: { host: string; port: number } | undefined;
    let token: string | undefined;
    if (listenValue !== undefined) {
      try {
        listen = parseListenAddress(listenValue);
      } catch (err) {
        throw new UsageError(`${(err as Error).message}\n\n${USAGE}`);
      }
      const tokenFile = stringOpt(args, 'token-file');
      if (tokenFile === undefined || tokenFile === '') {
        return refuse('--listen needs --token-file FILE holding the bearer token clients must send');
      }
      try {
        token = readTokenFile(path.resolve(io.cwd, tokenFile));
      } catch (err) {
        if (err instanceof HttpListenError) return refuse(err.message);
        throw err;
      }
    } else {
      for (const only of ['token-file', 'allow-remote', 'allowed-origin']) {
        if (args.values[only] !== undefined) throw new UsageError(`--${only} only goes with --listen\n\n${USAGE}`);
      }
    }

    // The keys' shape and each PEM are checked by loadPolicy, with the pack.
    let trustedKeys: TrustedKeys | undefined;
    const keysFile = stringOpt(args, 'approval-keys');
    if (keysFile !== undefined) {
      try {
        trustedKeys = readApprovalKeys(io.cwd, keysFile);
      } catch (err) {
        return refuse((err as Error).message);
      }
    }

    let source: PackSource;
    try {
      source = new PackSource(policyPath, { expectPackSha256: pin, trustedKeys, indexStore }, report);
    } catch (err) {
      if (err instanceof PackLoadError) return refuse(err.message);
      throw err;
    }

    const opened = openDecisionLogOption(io.cwd, stringOpt(args, 'decision-log'), stringOpt(args, 'log-key'), USAGE, report);
    if ('refused' in opened) return refuse(opened.refused);
    const { log } = opened;

    // stdout belongs to the protocol: a stray console.log anywhere would corrupt it.
    const diagnostics = new Console({ stdout: io.stderr, stderr: io.stderr });
    console.log = diagnostics.log.bind(diagnostics);
    console.info = diagnostics.info.bind(diagnostics);
    console.debug = diagnostics.debug.bind(diagnostics);

    const shadow = args.values.shadow === true;
    if (shadow)
      report('shadow mode: every decision is logged, and every call is answered as allowed with the decision that would have applied');
    if (listen !== undefined && token !== undefined) {
      const options = {
        ...listen,
        token,
        allowRemote: args.values['allow-remote'] === true,
        allowedOrigins: listOpt(args, 'allowed-origin'),
      };
      return serveHttp(options, { source, log, report, refuse, policyPath, shadow });
    }

    const server = createPolicyServer({ source, log, report, shadow });
    const transport = new LeanStdioTransport(io.stdin, io.stdout, directToolCall(server));
    const onHangup = () => source.reload('SIGHUP');
    process.on('SIGHUP', onHangup);
    const stopWatching = watchPackFile(policyPath, () => source.reload('file changed'), report);

    server.server.onerror = (err) => report(`protocol error (still serving): ${err.message}`);
    const closed = new Promise<void>((resolve) => {
      server.server.onclose = resolve;
      io.stdin.once('end', resolve);
      io.stdin.once('close', resolve);
    });
    await server.connect(transport);
    const { policy } = source.current;
    report(
      `serving pack ${policy.packSha256} (${policy.policyId}, ${policy.workflowIds().length} workflows) from ${policyPath}` +
        (log ? `; decision log ${log.path} continues at line ${log.lines + 1}` : ''),
    );
    await closed;

    process.off('SIGHUP', onHangup);
    stopWatching();
    await server.close();
    await log?.close();
    return EXIT_OK;
  },
};
export default command;
