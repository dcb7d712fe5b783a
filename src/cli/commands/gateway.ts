import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { Console } from 'node:console';
import path from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { readFileSync } from 'node:fs';
import type { TrustedKeys } from '../../decision/index.js';
import {
  repoRoot,
  type RepoRoot,
  parseGatewayConfig,
  type GatewayConfig,
  Gateway,
  KillFile,
  resolveSession,
  UpstreamError,
} from '../../gateway/index.js';
import { listenStreamableHttp, parseListenAddress, readTokenFile } from '../../mcp/http-server.js';
import { loadPackFile, PackLoadError, type LoadedPack } from '../../mcp/pack-source.js';
import { formatProblem, ManifestError } from '../../pack/index.js';
import { readApprovalKeys } from '../approval-keys.js';
import { openDecisionLogOption } from '../decision-log-option.js';
import { packIndexCacheOption } from '../pack-index-cache.js';
import { parseCommandArgs, requireOpt, stringOpt } from '../args.js';
import { EXIT_OK, EXIT_POLICY, UsageError, type CliIo, type Command } from '../io.js';

const USAGE = `Usage: mcp-gateway-policy gateway --config GATEWAY.yaml [--policy PACK] [--decision-log FILE [--log-key FILE]]
                           [--kill-file FILE] [--approvals-dir DIR] [--state-dir DIR] [--approval-keys FILE]
                           [--listen HOST:PORT --token-file FILE] [--shadow] [--pack-cache DIR|off]

An enforcing MCP proxy: the agent's host launches it instead of the real MCP servers. It exposes
only the mapped tools the pack can allow, judges every tools/call with the policy before it is
forwarded, and kills the session when a kill signal fires.
  --config FILE          the gateway config (YAML or JSON): pack, session, upstreams and tool mappings
  --policy PACK          the policy pack (overrides the config's pack:)
  --decision-log FILE    append every call's decision as a hash-chained JSON line (locked: FILE.lock;
                         checkpointed: FILE.head; check it with "mcp-gateway-policy verify-log FILE")
  --log-key FILE         HMAC-SHA256 key (at least 32 bytes, kept away from the log) signing every line
  --kill-file FILE       when FILE exists and is not empty, its first line is a kill signal for every call
  --approvals-dir DIR    typed approval records (*.json) that let held calls through when retried
  --state-dir DIR        where a run's kill is recorded (default: the config's state_dir, else
                         <git dir of session.repo>/mcp-gateway-policy)
  --approval-keys FILE   trusted Ed25519 keys; with them only signed approval records approve
  --listen HOST:PORT     serve MCP over Streamable HTTP at http://HOST:PORT/mcp (loopback only)
  --token-file FILE      the bearer token every HTTP request must carry (required with --listen)
  --shadow               forward every call; decisions are logged and reported, not enforced
  --pack-cache DIR|off   where a large pack's index is kept between starts (as for evaluate)

stdout carries only MCP messages; diagnostics go to stderr.
Exit codes: 0 when the client disconnects (or on SIGTERM/SIGINT), 1 when the gateway refuses to start, 2 usage error.`;

const command: Command = {
  summary: 'Enforcing MCP proxy: judge every tool call before it reaches the real server',
  async run(argv: string[], io: CliIo): Promise<number> {
    const args = parseCommandArgs(
      argv,
      {
        config: { type: 'string' },
        policy: { type: 'string' },
        'decision-log': { type: 'string' },
        'log-key': { type: 'string' },
        'kill-file': { type: 'string' },
        'approvals-dir': { type: 'string' },
        'state-dir': { type: 'string' },
        'approval-keys': { type: 'string' },
        listen: { type: 'string' },
        'token-file': { type: 'string' },
        shadow: { type: 'boolean' },
        'pack-cache': { type: 'string' },
      },
      USAGE,
    );
    if (args.help) {
      io.stdout.write(USAGE + '\n');
      return EXIT_OK;
    }
    const indexStore = packIndexCacheOption(args, io, USAGE);
    const resolve = (p: string) => path.resolve(io.cwd, p);
    const configFile = resolve(requireOpt(args, 'config', USAGE));
    const listen = stringOpt(args, 'listen');
    const tokenFile = stringOpt(args, 'token-file');
    if (listen !== undefined && tokenFile === undefined)
      throw new UsageError(`--listen needs --token-file: the gateway never serves HTTP without a bearer token\n\n${USAGE}`);
    if (listen === undefined && tokenFile !== undefined) throw new UsageError(`--token-file applies only with --listen\n\n${USAGE}`);
    let address: { host: string; port: number } | undefined;
    if (listen !== undefined) {
      try {
        address = parseListenAddress(listen);
      } catch (err) {
        throw new UsageError((err as Error).message);
      }
    }
    const shadow = args.values.shadow === true;
    const report = (message: string) => io.stderr.write(`mcp-gateway-policy gateway: ${message}\n`);
    const refuse = (message: string) => {
      report(`refusing to start: ${message}`);
      return EXIT_POLICY;
    };

    let config: GatewayConfig;
    try {
      config = parseGatewayConfig(readFileSync(configFile, 'utf8'), configFile);
    } catch (err) {
      if (err instanceof ManifestError) {
        report(
          `refusing to start: config ${configFile} is invalid (${err.problems.length} problem${err.problems.length === 1 ? '' : 's'})`,
        );
        for (const p of err.problems) io.stderr.write(`error: ${formatProblem(p, configFile)}\n`);
        return EXIT_POLICY;
      }
      return refuse(`cannot read config ${configFile}: ${(err as Error).message}`);
    }
    const policyOpt = stringOpt(args, 'policy');
    const packFile = policyOpt !== undefined ? resolve(policyOpt) : config.pack;
    if (packFile === null) throw new UsageError(`no pack: give --policy or set pack: in ${configFile}\n\n${USAGE}`);

    let trustedKeys: TrustedKeys | undefined;
    const keysFile = stringOpt(args, 'approval-keys');
    let token: string | undefined;
    let pack: LoadedPack;
    let root: RepoRoot;
    try {
      if (keysFile !== undefined) trustedKeys = readApprovalKeys(io.cwd, keysFile);
      if (tokenFile !== undefined) token = readTokenFile(resolve(tokenFile));
      pack = loadPackFile(packFile, { expectPackSha256: config.expect_pack_sha256 ?? undefined, trustedKeys, indexStore });
      root = repoRoot(config.session.repo);
    } catch (err) {
      if (err instanceof PackLoadError) return refuse(err.message);
      return refuse((err as Error).message);
    }
    if (pack.policy.workflow(config.session.workflow_id) === undefined) {
      return refuse(
        `session.workflow_id ${JSON.stringify(config.session.workflow_id)} is not in the pack; it declares: ${pack.policy.workflowIds().join(', ')}`,
      );
    }
    const stateOpt = stringOpt(args, 'state-dir');
    const { identity, stateDir } = await resolveSession(config.session, stateOpt !== undefined ? resolve(stateOpt) : config.state_dir);
    if (stateDir === null)
      return refuse(
        `session.repo ${config.session.repo} is not a git work tree, so there is no default state directory; set state_dir or --state-dir`,
      );

    const opened = openDecisionLogOption(io.cwd, stringOpt(args, 'decision-log'), stringOpt(args, 'log-key'), USAGE, report);
    if ('refused' in opened) return refuse(opened.refused);
    const { log } = opened;
    const killOpt = stringOpt(args, 'kill-file');
    const killFile = killOpt === undefined ? undefined : new KillFile(resolve(killOpt));
    const approvalsOpt = stringOpt(args, 'approvals-dir');

    // stdout belongs to the protocol: a stray console.log anywhere would corrupt it.
    const diagnostics = new Console({ stdout: io.stderr, stderr: io.stderr });
    console.log = diagnostics.log.bind(diagnostics);
    console.info = diagnostics.info.bind(diagnostics);
    console.debug = diagnostics.debug.bind(diagnostics);

    const gateway = new Gateway({
      config,
      policy: pack.policy,
      session: identity,
      root,
      stateDir,
      log,
      killFile,
      approvalsDir: approvalsOpt === undefined ? undefined : resolve(approvalsOpt),
      shadow,
      report,
    });
    try {
      await gateway.start();
    } catch (err) {
      await gateway.close();
      await log?.close();
      if (err instanceof UpstreamError) return refuse(err.message);
      throw err;
    }
    killFile?.watch((signal) => void gateway.onKillFile(signal), report);

    let stopSignal: () => void = () => {};
    const stopped = new Promise<void>((r) => (stopSignal = r));
    process.once('SIGTERM', stopSignal);
    process.once('SIGINT', stopSignal);
    const summary =
      `run ${identity.run_id} of ${identity.workflow_id} on branch ${identity.branch ?? '(none)'}, pack ${pack.policy.packSha256}, ` +
      `${gateway.listTools().length} tool(s) exposed${shadow ? ', SHADOW mode: nothing is enforced' : ''}` +
      (log ? `; decision log ${log.path} continues at line ${log.lines + 1}` : '');
    if (address !== undefined) {
      const listener = await listenStreamableHttp({
        ...address,
        token: token!,
        createServer: () => gateway.createServer(),
        onDiagnostic: report,
      }).catch((err: Error) => err);
      if (listener instanceof Error) {
        await gateway.close();
        await log?.close();
        return refuse(listener.message);
      }
      report(`listening on ${listener.url}; ${summary}`);
      await stopped;
      await listener.close();
    } else {
      const server = gateway.createServer();
      server.onerror = (err) => report(`protocol error (still serving): ${err.message}`);
      const closed = new Promise<void>((r) => {
        server.onclose = r;
        io.stdin.once('end', r);
        io.stdin.once('close', r);
        void stopped.then(r);
      });
      await server.connect(new StdioServerTransport(io.stdin as Readable, io.stdout as Writable));
      report(`serving over stdio; ${summary}`);
      await closed;
      await server.close();
    }
    process.off('SIGTERM', stopSignal);
    process.off('SIGINT', stopSignal);
    killFile?.close();
    await gateway.close();
    await log?.close();
    return EXIT_OK;
  },
};
export default command;
