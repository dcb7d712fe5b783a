import { once } from 'node:events';
import { createReadStream, readFileSync } from 'node:fs';
import path from 'node:path';
import { parentPort, Worker, workerData } from 'node:worker_threads';
import {
  parseTimestamp,
  loadIndexedPolicy,
  DECISIONS,
  type Decision,
  type DecisionName,
  type EvaluateOptions,
  type LoadPolicyOptions,
  type PackIndex,
  type Policy,
  type TrustedKeys,
  decisionJsonLine,
} from '../../decision/index.js';
import { DEFAULT_PACK_PATH } from '../../pack/index.js';
import { canonicalJson } from '../../util/index.js';
import { listOpt, parseCommandArgs, stringOpt, type ParsedArgs } from '../args.js';
import { EXIT_OK, EXIT_POLICY, readAll, UsageError, type CliIo, type Command } from '../io.js';
import { readApprovalKeys } from '../approval-keys.js';
import { PACK_CACHE_ENV, PACK_INDEX_MIN_BYTES, packIndexCacheOption } from '../pack-index-cache.js';

/** The most worker threads --jobs may ask for. */
const MAX_JOBS = 64;

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
  --pack-cache DIR|off            where to keep the index of a pack of ${PACK_INDEX_MIN_BYTES >> 20} MiB or more, so that
                                  a later run on the same bytes validates only the workflows it
                                  uses (default $${PACK_CACHE_ENV}, else
                                  ~/.cache/mcp-gateway-policy/pack-index; none in GitHub Actions)

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
  --jobs N                        worker threads deciding the batch, 1 to ${MAX_JOBS} (default 1: the
                                  main thread decides); the output is the same whatever N. Each
                                  worker loads the pack and warms up on its own, so more than one
                                  pays only on a large batch with idle CPUs

  --expect-decision D             exit 1 unless the decision (every decision, in a batch) is D,
                                  one of: ${DECISIONS.join(', ')}

Exit codes: 0 decided (as expected), 1 not the expected decision, or the pack or keys cannot be
used, 2 usage error.`;

const OPTIONS = {
  policy: { type: 'string' },
  request: { type: 'string' },
  requests: { type: 'string' },
  jobs: { type: 'string' },
  'expect-decision': { type: 'string' },
  'expect-pack-sha256': { type: 'string' },
  'expect-manifest-sha256': { type: 'string' },
  'approval-keys': { type: 'string' },
  'max-approval-window-hours': { type: 'string' },
  now: { type: 'string' },
  'pack-cache': { type: 'string' },
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
    const jobs = stringOpt(args, 'jobs');
    if (jobs !== undefined && batchFile === undefined) throw new UsageError(`--jobs applies to --requests only\n\n${USAGE}`);
    if (jobs !== undefined) jobCount(jobs);
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
    const loaded = loadPolicyFor(args, io);
    if (loaded === null) return EXIT_POLICY;

    if (single !== undefined) {
      const decision = loaded.policy.evaluate(single.request, evaluateOptions);
      io.stdout.write(canonicalJson(decision));
      if (expected !== undefined && decision.decision !== expected) {
        io.stderr.write(`expected decision ${JSON.stringify(expected)}, got ${JSON.stringify(decision.decision)}\n`);
        return EXIT_POLICY;
      }
      return EXIT_OK;
    }
    return runBatch(
      loaded,
      batchFile!,
      jobs,
      { pack: loaded.bytes, load: loaded.load, index: loaded.index, options: evaluateOptions, expected },
      io,
    );
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

interface LoadedPolicy {
  policy: Policy;
  /** The pack's bytes, load options and index, for a worker thread to load the same policy. */
  bytes: Buffer;
  load: LoadPolicyOptions;
  index: PackIndex | null;
}

/** The pack with its pins and keys, or null after saying why it cannot be used. */
function loadPolicyFor(args: ParsedArgs, io: CliIo): LoadedPolicy | null {
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

  const indexStore = packIndexCacheOption(args, io, USAGE);

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
  const load: LoadPolicyOptions = {
    expectPackSha256: packPin,
    expectManifestSha256: manifestPin,
    trustedKeys,
    maxApprovalWindowHours: hours,
  };
  try {
    const { policy, index } = loadIndexedPolicy(bytes, { ...load, indexStore });
    return { policy, bytes, load, index };
  } catch (err) {
    io.stderr.write(`error: ${policyPath}: ${(err as Error).message}\n`);
    return null;
  }
}

interface BatchSetup {
  pack: Uint8Array;
  load: LoadPolicyOptions;
  /** The index the main thread used or made, so that a worker does not validate the whole pack again. */
  index: PackIndex | null;
  options: EvaluateOptions;
  expected: DecisionName | undefined;
}

/** One block of whole lines (each ending in LF), numbered from `first`. */
interface Block {
  seq: number;
  first: number;
  data: Uint8Array;
}

interface Answered {
  seq: number;
  out: Uint8Array[];
  mismatches: number[];
}

async function runBatch(loaded: LoadedPolicy, file: string, jobsText: string | undefined, setup: BatchSetup, io: CliIo): Promise<number> {
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
  const jobs = jobCount(jobsText);
  const out = new OrderedWriter(io.stdout);
  const pool = jobs > 1 ? new WorkerPool(jobs, setup, (r) => out.put(r.seq, r.out, r.mismatches)) : null;

  let seq = 0;
  let seqOut = 0; // the writer's order when blocks are decided here, a buffer at a time
  let lineNo = 1;
  const send = async (parts: Buffer[]): Promise<void> => {
    // A block moved to a worker needs a buffer of its own; one decided here is read in place.
    const data = pool !== null ? copyOf(parts) : parts.length === 1 ? parts[0]! : Buffer.concat(parts);
    const block: Block = { seq: seq++, first: lineNo, data };
    lineNo += countLines(data);
    if (pool !== null) await pool.submit(block);
    else {
      // Decided here, each buffer is written as soon as it is full, while it is still in cache.
      const r = decideBlock(loaded.policy, block, setup, (chunk) => out.put(seqOut++, [chunk], []));
      out.put(seqOut++, r.out, r.mismatches);
    }
    await out.drained();
  };
  // Blocks end at a LF; bytes after the last LF wait for the next chunk, so a character split
  // across chunks is decoded whole.
  let pending: Buffer[] = [];
  try {
    for await (const data of input) {
      const chunk: Buffer = typeof data === 'string' ? Buffer.from(data) : data;
      const last = chunk.lastIndexOf(NEWLINE);
      if (last === -1) {
        pending.push(chunk);
        continue;
      }
      const head = chunk.subarray(0, last + 1);
      await send(pending.length === 0 ? [head] : [...pending, head]);
      pending = last + 1 < chunk.length ? [chunk.subarray(last + 1)] : [];
    }
    // The last line, without a newline after it, is answered as if it had one.
    if (pending.length > 0) await send([...pending, Buffer.from([NEWLINE])]);
    if (pool !== null) await pool.finish();
  } finally {
    if (pool !== null) await pool.close();
  }
  await out.drained();
  const mismatches = out.mismatches;
  if (mismatches.length > 0) {
    const shown = mismatches.slice(0, 20).join(', ');
    io.stderr.write(
      `expected decision ${JSON.stringify(setup.expected)} on every line; ${mismatches.length} line(s) differ: ${shown}${mismatches.length > 20 ? ', …' : ''}\n`,
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
/** Blocks handed to each worker before waiting for an answer: enough to keep it busy. */
const IN_FLIGHT_PER_WORKER = 2;

function jobCount(text: string | undefined): number {
  if (text === undefined) return 1;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1 || n > MAX_JOBS)
    throw new UsageError(`--jobs must be an integer from 1 to ${MAX_JOBS}, got ${JSON.stringify(text)}`);
  return n;
}

function countLines(data: Uint8Array): number {
  let n = 0;
  for (let i = data.indexOf(NEWLINE); i !== -1; i = data.indexOf(NEWLINE, i + 1)) n++;
  return n;
}

/** The bytes in a fresh buffer of their own, which can be moved to a worker. */
function copyOf(parts: Buffer[]): Uint8Array {
  const total = parts.reduce((n, b) => n + b.length, 0);
  const copy = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    copy.set(p, at);
    at += p.length;
  }
  return copy;
}

/**
 * Decides every line of a block into one buffer of output lines. The same function runs inline
 * and in a worker, so the bytes cannot depend on where a block was decided.
 */
function decideBlock(policy: Policy, block: Block, setup: BatchSetup, emit?: (chunk: Uint8Array) => void): Answered {
  const text = Buffer.from(block.data.buffer, block.data.byteOffset, block.data.length).toString('utf8');
  const out = new LineBuffers(emit);
  const mismatches: number[] = [];
  let lineNo = block.first;
  let start = 0;
  for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', start)) {
    const line = text.slice(start, nl > start && text.charCodeAt(nl - 1) === CR ? nl - 1 : nl);
    start = nl + 1;
    const decision = decideLine(policy, line, lineNo, setup.options);
    if (setup.expected !== undefined && decision.decision !== setup.expected) mismatches.push(lineNo);
    out.line(lineOf(policy, decision, lineNo, setup.options));
    lineNo++;
  }
  return { seq: block.seq, out: out.done(), mismatches };
}

/**
 * ASCII lines gathered into buffers of about WRITE_BUFFER bytes, each its own allocation (one
 * write per buffer; a stream may hold on to a buffer until it is written, and a worker moves them).
 */
class LineBuffers {
  readonly chunks: Uint8Array[] = [];

  /** With `emit`, each full buffer goes there instead of into `chunks`. */
  constructor(private readonly emit?: (chunk: Uint8Array) => void) {}

  private buffer = Buffer.allocUnsafeSlow(WRITE_BUFFER);
  private used = 0;

  line(s: string): void {
    const need = s.length + 1;
    if (this.used + need > this.buffer.length) this.cut();
    if (need > this.buffer.length) {
      this.keep(Buffer.from(s + '\n', 'latin1'));
      return;
    }
    this.used += this.buffer.write(s, this.used, 'latin1');
    this.buffer[this.used++] = NEWLINE;
  }

  private keep(chunk: Uint8Array): void {
    if (this.emit !== undefined) this.emit(chunk);
    else this.chunks.push(chunk);
  }

  done(): Uint8Array[] {
    this.cut();
    return this.chunks;
  }

  private cut(): void {
    if (this.used === 0) return;
    this.keep(this.buffer.subarray(0, this.used));
    this.buffer = Buffer.allocUnsafeSlow(WRITE_BUFFER);
    this.used = 0;
  }
}

/** Writes answered blocks in block order, waiting for 'drain' when the stream asks. */
class OrderedWriter {
  readonly mismatches: number[] = [];
  private next = 0;
  private readonly waiting = new Map<number, [Uint8Array[], number[]]>();
  private drain: Promise<void> | null = null;

  constructor(private readonly stream: NodeJS.WritableStream) {}

  put(seq: number, chunks: Uint8Array[], mismatches: number[]): void {
    this.waiting.set(seq, [chunks, mismatches]);
    for (let w = this.waiting.get(this.next); w !== undefined; w = this.waiting.get(this.next)) {
      this.waiting.delete(this.next++);
      this.mismatches.push(...w[1]);
      for (const chunk of w[0]) {
        if (!this.stream.write(chunk) && this.drain === null) {
          this.drain = once(this.stream, 'drain').then(() => {
            this.drain = null;
          });
        }
      }
    }
  }

  /** Resolves once the stream has taken what it was given. */
  async drained(): Promise<void> {
    if (this.drain !== null) await this.drain;
  }
}

/**
 * Worker threads, each with its own copy of the policy, deciding blocks handed out in turn. At
 * most IN_FLIGHT_PER_WORKER blocks wait at each, so memory stays bounded whatever the input.
 */
class WorkerPool {
  private readonly workers: Worker[] = [];
  private readonly inFlight: number[] = [];
  private turn = 0;
  private failure: Error | null = null;
  private wake: (() => void) | null = null;

  constructor(
    jobs: number,
    setup: BatchSetup,
    private readonly answered: (r: Answered) => void,
  ) {
    // The worker imports this very module (the built chunk) and runs batchWorker from it.
    const code = `import(${JSON.stringify(import.meta.url)}).then((m) => m.batchWorker(), (e) => { throw e; });`;
    for (let i = 0; i < jobs; i++) {
      const w = new Worker(code, { eval: true, workerData: setup });
      w.on('message', (r: Answered) => {
        this.inFlight[i]!--;
        this.answered(r);
        this.poke();
      });
      w.on('error', (err) => this.fail(err));
      w.on('exit', (code) => {
        if (code !== 0) this.fail(new Error(`a batch worker stopped with exit code ${code}`));
      });
      this.workers.push(w);
      this.inFlight.push(0);
    }
  }

  /** Hands the block to the next worker, first waiting for room. */
  async submit(block: Block): Promise<void> {
    const i = this.turn;
    this.turn = (this.turn + 1) % this.workers.length;
    while (this.failure === null && this.inFlight[i]! >= IN_FLIGHT_PER_WORKER) await this.woken();
    this.check();
    this.inFlight[i]!++;
    this.workers[i]!.postMessage(block, [block.data.buffer as ArrayBuffer]);
  }

  /** Waits until every block handed out has been answered. */
  async finish(): Promise<void> {
    while (this.failure === null && this.inFlight.some((n) => n > 0)) await this.woken();
    this.check();
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private woken(): Promise<void> {
    return new Promise((resolve) => (this.wake = resolve));
  }

  private poke(): void {
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }

  private fail(err: Error): void {
    this.failure ??= new Error(`a batch worker failed: ${err.message}`);
    this.poke();
  }

  private check(): void {
    if (this.failure !== null) throw this.failure;
  }
}

/** The body of a batch worker thread: loads the policy, then decides each block it is sent. */
export async function batchWorker(): Promise<void> {
  const setup = workerData as BatchSetup;
  const bytes = Buffer.from(setup.pack.buffer, setup.pack.byteOffset, setup.pack.length);
  const { index } = setup;
  const kept = index === null ? undefined : { find: () => index, save: () => undefined };
  const { policy } = loadIndexedPolicy(bytes, { ...setup.load, indexStore: kept });
  parentPort!.on('message', (block: Block) => {
    const r = decideBlock(policy, block, setup);
    parentPort!.postMessage(
      r,
      r.out.map((c) => c.buffer as ArrayBuffer),
    );
  });
  await Promise.resolve();
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
