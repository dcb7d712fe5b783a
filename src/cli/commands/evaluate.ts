import { once } from 'node:events';
import { createReadStream, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  parseTimestamp,
  loadPolicy,
  DECISIONS,
  type Decision,
  type DecisionName,
  type EvaluateOptions,
  type Policy,
  type TrustedKeys,
  decisionJsonLine,
} from '../../decision/index.js';
import { DEFAULT_PACK_PATH } from '../../pack/index.js';
import { canonicalJson } from '../../util/index.js';
import { listOpt, parseCommandArgs, stringOpt, type ParsedArgs } from '../args.js';
import { EXIT_OK, EXIT_POLICY, readAll, UsageError, type CliIo, type Command } from '../io.js';
import { readApprovalKeys } from '../approval-keys.js';

const USAGE = `Usage: mcp-gateway-policy evaluate [--policy PATH] (--request FILE|- | --requests FILE|- | request flags) [options]

Decide whether an agent may make one tool call (or each call of a batch) and print the decision.

Policy:
  --policy PATH                   the policy pack (default ${DEFAULT_PACK_PATH})
  --expect-pack-sha256 HEX        refuse a pack whose file SHA-256 differs
  --expect-manifest-sha256 HEX    refuse a pack generated from another manifest
  --approval-keys FILE            trusted Ed25519 keys, JSON: {"<key id>": {"public_key_pem": "...",
                                  "approvers": ["alice"]}}; with keys, only signed records approve
  --max-approval-window-hours N   longest approval window accepted (default 24)
  --now ISO                       evaluation time, RFC 3339 with a time zone (default: the clock)

One request (the decision is printed as JSON, keys sorted):
  --request FILE|-                the request as a JSON object (- reads stdin); the flags below
                                  override its fields
  --workflow-id ID   --agent-id ID   --agent-class CLASS   --run-id ID
  --tool-namespace NS   --tool-access-mode MODE   --gate-phase PHASE
  --branch-name NAME   --changed-path PATH (repeatable)   --diff-line-count N
  --change-class CLASS   --head-sha SHA   --runtime-kill-signal TEXT
  --human-approval-record JSON    the record as JSON text (to use a file: "$(cat record.json)");
                                  text that is not JSON is passed on as a string, which is untyped
                                  and never approves

Batch:
  --requests FILE|-               JSON Lines, one request per line (- reads stdin); writes one
                                  decision per line, in order. A line that is not a JSON request
                                  (or is blank) gets a deny saying so, and the batch carries on.

  --expect-decision D             exit 1 unless the decision (every decision, in a batch) is D,
                                  one of: ${DECISIONS.join(', ')}

Exit codes: 0 decided (as expected), 1 not the expected decision, or the pack or keys cannot be
used, 2 usage error.`;

const OPTIONS = {
  policy: { type: 'string' },
  request: { type: 'string' },
  requests: { type: 'string' },
  'expect-decision': { type: 'string' },
  'expect-pack-sha256': { type: 'string' },
  'expect-manifest-sha256': { type: 'string' },
  'approval-keys': { type: 'string' },
  'max-approval-window-hours': { type: 'string' },
  now: { type: 'string' },
  'workflow-id': { type: 'string' },
  'agent-id': { type: 'string' },
  'agent-class': { type: 'string' },
  'run-id': { type: 'string' },
  'tool-namespace': { type: 'string' },
  'tool-access-mode': { type: 'string' },
  'branch-name': { type: 'string' },
  'changed-path': { type: 'string', multiple: true },
  'diff-line-count': { type: 'string' },
  'gate-phase': { type: 'string' },
  'change-class': { type: 'string' },
  'head-sha': { type: 'string' },
  'human-approval-record': { type: 'string' },
  'runtime-kill-signal': { type: 'string' },
} as const;

/** Flags that set one request attribute of the same name (dashes for underscores). */
const STRING_FLAGS = [
  'workflow-id',
  'agent-id',
  'agent-class',
  'run-id',
  'tool-namespace',
  'tool-access-mode',
  'branch-name',
  'gate-phase',
  'change-class',
  'head-sha',
  'runtime-kill-signal',
] as const;
const REQUEST_FLAGS = [...STRING_FLAGS, 'changed-path', 'diff-line-count', 'human-approval-record'];

const HEX64 = /^[0-9a-fA-F]{64}$/;

const command: Command = {
  summary: 'Decide one agent tool call (or a JSON Lines batch) against the policy pack',
  async run(argv, io) {
    const args = parseCommandArgs(argv, OPTIONS, USAGE);
    if (args.help) {
      io.stdout.write(USAGE + '\n');
      return EXIT_OK;
    }
    const expected = expectedDecision(args);
    const evaluateOptions = nowOption(args);
    const requestFile = stringOpt(args, 'request');
    const batchFile = stringOpt(args, 'requests');
    const flagged = REQUEST_FLAGS.filter((f) => args.values[f] !== undefined);
    if (batchFile !== undefined && (requestFile !== undefined || flagged.length > 0)) {
      const other = requestFile !== undefined ? '--request' : `--${flagged[0]!}`;
      throw new UsageError(`--requests takes requests from its file only; do not combine it with ${other}\n\n${USAGE}`);
    }
    if (batchFile === undefined && requestFile === undefined && flagged.length === 0) {
      throw new UsageError(`give a request: --request FILE, --requests FILE, or request flags such as --workflow-id\n\n${USAGE}`);
    }
    if (requestFile === '-' && batchFile === '-') throw new UsageError('stdin can feed --request or --requests, not both');

    // Read the request before loading the pack, so usage mistakes are reported first.
    const single = batchFile === undefined ? await singleRequest(args, requestFile, io) : undefined;
    const policy = loadPolicyFor(args, io);
    if (policy === null) return EXIT_POLICY;

    if (single !== undefined) {
      const decision = policy.evaluate(single.request, evaluateOptions);
      io.stdout.write(canonicalJson(decision));
      if (expected !== undefined && decision.decision !== expected) {
        io.stderr.write(`expected decision ${JSON.stringify(expected)}, got ${JSON.stringify(decision.decision)}\n`);
        return EXIT_POLICY;
      }
      return EXIT_OK;
    }
    return runBatch(policy, batchFile!, evaluateOptions, expected, io);
  },
};
export default command;

function expectedDecision(args: ParsedArgs): DecisionName | undefined {
  const d = stringOpt(args, 'expect-decision');
  if (d === undefined) return undefined;
  if (!(DECISIONS as readonly string[]).includes(d)) {
    throw new UsageError(`--expect-decision must be one of ${DECISIONS.join(', ')}; got ${JSON.stringify(d)}`);
  }
  return d as DecisionName;
}

function nowOption(args: ParsedArgs): EvaluateOptions {
  const now = stringOpt(args, 'now');
  if (now === undefined) return {};
  if (parseTimestamp(now) === null)
    throw new UsageError(`--now must be an RFC 3339 date-time with a time zone, such as 2026-11-29T12:00:00Z; got ${JSON.stringify(now)}`);
  return { now };
}

type SingleRequest = { request: unknown };

async function singleRequest(args: ParsedArgs, file: string | undefined, io: CliIo): Promise<SingleRequest> {
  let request: Record<string, unknown> = {};
  if (file !== undefined) {
    const text = file === '-' ? await readAll(io.stdin) : readRequestFile(file, io);
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (err) {
      // A file that is not JSON is the caller's mistake, not a request to decide.
      throw new UsageError(
        `--request ${file === '-' ? '(stdin)' : file} is not JSON: ${(err as Error).message}; give one JSON object, or --requests for JSON Lines`,
      );
    }
    // A non-object request is the evaluator's to refuse; flags cannot be laid over it.
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return { request: parsed };
    request = parsed as Record<string, unknown>;
  }
  for (const flag of STRING_FLAGS) {
    const v = stringOpt(args, flag);
    if (v !== undefined) request[flag.replace(/-/g, '_')] = v;
  }
  const paths = listOpt(args, 'changed-path');
  if (paths.length > 0) request.changed_paths = paths;
  const diff = stringOpt(args, 'diff-line-count');
  if (diff !== undefined) {
    if (!/^-?\d+$/.test(diff.trim())) throw new UsageError(`--diff-line-count must be an integer, got ${JSON.stringify(diff)}`);
    request.diff_line_count = Number(diff);
  }
  const record = stringOpt(args, 'human-approval-record');
  if (record !== undefined) {
    try {
      request.human_approval_record = JSON.parse(record);
    } catch {
      request.human_approval_record = record;
    }
  }
  return { request };
}

function readRequestFile(file: string, io: CliIo): string {
  try {
    return readFileSync(path.resolve(io.cwd, file), 'utf8');
  } catch (err) {
    throw new UsageError(`cannot read request file ${file}: ${(err as Error).message}`);
  }
}

/** The pack with its pins and keys, or null after saying why it cannot be used. */
function loadPolicyFor(args: ParsedArgs, io: CliIo): Policy | null {
  const policyPath = stringOpt(args, 'policy') ?? DEFAULT_PACK_PATH;
  const packPin = stringOpt(args, 'expect-pack-sha256');
  const manifestPin = stringOpt(args, 'expect-manifest-sha256');
  for (const [name, pin] of [
    ['expect-pack-sha256', packPin],
    ['expect-manifest-sha256', manifestPin],
  ] as const) {
    if (pin !== undefined && !HEX64.test(pin))
      throw new UsageError(`--${name} must be 64 hex digits (a SHA-256), got ${JSON.stringify(pin)}`);
  }
  const hoursText = stringOpt(args, 'max-approval-window-hours');
  const hours = hoursText === undefined ? undefined : Number(hoursText);
  if (hours !== undefined && !(Number.isFinite(hours) && hours > 0)) {
    throw new UsageError(`--max-approval-window-hours must be a positive number, got ${JSON.stringify(hoursText)}`);
  }

  let trustedKeys: TrustedKeys | undefined;
  const keysFile = stringOpt(args, 'approval-keys');
  if (keysFile !== undefined) {
    try {
      trustedKeys = readApprovalKeys(io.cwd, keysFile);
    } catch (err) {
      io.stderr.write(`error: ${(err as Error).message}\n`);
      return null;
    }
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(path.resolve(io.cwd, policyPath));
  } catch (err) {
    io.stderr.write(`error: policy pack ${policyPath} cannot be read: ${(err as Error).message}\n`);
    return null;
  }
  try {
    return loadPolicy(bytes, { expectPackSha256: packPin, expectManifestSha256: manifestPin, trustedKeys, maxApprovalWindowHours: hours });
  } catch (err) {
    io.stderr.write(`error: ${policyPath}: ${(err as Error).message}\n`);
    return null;
  }
}

async function runBatch(
  policy: Policy,
  file: string,
  options: EvaluateOptions,
  expected: DecisionName | undefined,
  io: CliIo,
): Promise<number> {
  let input: NodeJS.ReadableStream;
  if (file === '-') input = io.stdin;
  else {
    const stream = createReadStream(path.resolve(io.cwd, file), { highWaterMark: READ_CHUNK });
    // Surface a missing file as a usage error before anything is written.
    try {
      await once(stream, 'open');
    } catch (err) {
      throw new UsageError(`cannot read requests file ${file}: ${(err as Error).message}`);
    }
    input = stream;
  }
  const mismatches: number[] = [];
  const out = new LineWriter(io.stdout);
  let lineNo = 0;
  const answer = (line: string): void => {
    lineNo++;
    const decision = decideLine(policy, line, lineNo, options);
    if (expected !== undefined && decision.decision !== expected) mismatches.push(lineNo);
    out.push(lineOf(policy, decision, lineNo, options));
  };
  // Lines are split on LF (a CR before it is dropped); bytes after the last LF wait for the next
  // chunk, so a character split across chunks is decoded whole.
  const pending: Buffer[] = [];
  for await (const data of input) {
    let chunk = typeof data === 'string' ? Buffer.from(data) : data;
    const last = chunk.lastIndexOf(NEWLINE);
    if (last === -1) {
      pending.push(chunk);
      continue;
    }
    let end = last + 1;
    if (pending.length > 0) {
      const before = pending.reduce((n, b) => n + b.length, 0);
      chunk = Buffer.concat([...pending.splice(0), chunk]);
      end += before;
    }
    if (end < chunk.length) pending.push(chunk.subarray(end));
    const text = chunk.toString('utf8', 0, end);
    let start = 0;
    for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', start)) {
      answer(text.slice(start, nl > start && text.charCodeAt(nl - 1) === CR ? nl - 1 : nl));
      start = nl + 1;
      if (out.blocked) await out.drained();
    }
  }
  if (pending.length > 0) {
    // The last line, without a newline after it.
    const text = Buffer.concat(pending).toString('utf8');
    answer(text.endsWith('\r') ? text.slice(0, -1) : text);
  }
  await out.end();
  if (mismatches.length > 0) {
    const shown = mismatches.slice(0, 20).join(', ');
    io.stderr.write(
      `expected decision ${JSON.stringify(expected)} on every line; ${mismatches.length} line(s) differ: ${shown}${mismatches.length > 20 ? ', …' : ''}\n`,
    );
    return EXIT_POLICY;
  }
  return EXIT_OK;
}

const NEWLINE = 0x0a;
const CR = 0x0d;
const READ_CHUNK = 1 << 20;
/** Output is written in buffers of about this size: one write per buffer, not per line. */
const WRITE_BUFFER = 64 * 1024;

/** Collects ASCII lines into buffers of WRITE_BUFFER bytes, waiting for 'drain' when the stream asks. */
class LineWriter {
  private buffer = Buffer.allocUnsafe(WRITE_BUFFER);
  private used = 0;
  private waiting = false;

  constructor(private readonly stream: NodeJS.WritableStream) {}

  /** Adds one line (ASCII, without its newline). */
  push(line: string): void {
    const need = line.length + 1;
    if (this.used + need > WRITE_BUFFER) this.flush();
    if (need > WRITE_BUFFER) {
      this.write(Buffer.from(line + '\n', 'latin1'));
      return;
    }
    this.used += this.buffer.write(line, this.used, 'latin1');
    this.buffer[this.used++] = NEWLINE;
  }

  /** True once the stream has asked the writer to wait for 'drain'. */
  get blocked(): boolean {
    return this.waiting;
  }

  async drained(): Promise<void> {
    if (!this.waiting) return;
    await once(this.stream, 'drain');
    this.waiting = false;
  }

  async end(): Promise<void> {
    this.flush();
    await this.drained();
  }

  private flush(): void {
    if (this.used === 0) return;
    // The stream may hold on to a buffer until it is written, so each write gets its own.
    const full = this.buffer.subarray(0, this.used);
    this.buffer = Buffer.allocUnsafe(WRITE_BUFFER);
    this.used = 0;
    this.write(full);
  }

  private write(bytes: Buffer): void {
    if (!this.stream.write(bytes)) this.waiting = true;
  }
}

function decideLine(policy: Policy, line: string, lineNo: number, options: EvaluateOptions): Decision {
  if (line.trim() === '') return policy.refuse(`line ${lineNo} is blank, not a request`, options);
  let request: unknown;
  try {
    request = JSON.parse(line);
  } catch (err) {
    return policy.refuse(`line ${lineNo} is not valid JSON (${(err as Error).message})`, options);
  }
  return policy.evaluate(request, options);
}

/**
 * One decision as one line: keys sorted like the single-request output, every non-ASCII character
 * escaped, so a log line cannot carry raw control or bidi characters from a request. A decision
 * that cannot be written (a request nested too deeply to echo) is replaced by a deny saying so.
 */
function lineOf(policy: Policy, decision: Decision, lineNo: number, options: EvaluateOptions): string {
  try {
    return decisionJsonLine(decision);
  } catch (err) {
    return decisionJsonLine(policy.refuse(`line ${lineNo} cannot be echoed back (${(err as Error).message})`, options));
  }
}
