import { createRequire as __mgpCreateRequire } from 'node:module';
const require = __mgpCreateRequire(import.meta.url);
import {
  PACK_CACHE_ENV,
  PACK_INDEX_MIN_BYTES,
  packIndexCacheOption
} from "./chunk-KTBPLMYY.js";
import {
  readApprovalKeys
} from "./chunk-H63G3AEV.js";
import {
  listOpt,
  parseCommandArgs,
  stringOpt
} from "./chunk-LQIVBWD2.js";
import {
  EXIT_OK,
  EXIT_POLICY,
  UsageError,
  readAll
} from "./chunk-W634JM7Y.js";
import "./chunk-6K3DM747.js";
import {
  DECISIONS,
  decisionJsonLine,
  loadIndexedPolicy,
  parseTimestamp
} from "./chunk-M7EAQHFK.js";
import "./chunk-3E2C7ZGU.js";
import {
  canonicalJson
} from "./chunk-P25BMAAV.js";
import "./chunk-YXQSOUEQ.js";
import {
  DEFAULT_PACK_PATH
} from "./chunk-MHXBMGPT.js";
import "./chunk-5TZFI64R.js";

// src/cli/commands/evaluate.ts
import { once } from "node:events";
import { createReadStream, readFileSync } from "node:fs";
import path from "node:path";
import { parentPort, Worker, workerData } from "node:worker_threads";
var MAX_JOBS = 64;
var USAGE = `Usage: mcp-gateway-policy evaluate [--policy PATH] (--request FILE|- | --requests FILE|- | request flags) [options]

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
                                  one of: ${DECISIONS.join(", ")}

Exit codes: 0 decided (as expected), 1 not the expected decision, or the pack or keys cannot be
used, 2 usage error.`;
var OPTIONS = {
  policy: { type: "string" },
  request: { type: "string" },
  requests: { type: "string" },
  jobs: { type: "string" },
  "expect-decision": { type: "string" },
  "expect-pack-sha256": { type: "string" },
  "expect-manifest-sha256": { type: "string" },
  "approval-keys": { type: "string" },
  "max-approval-window-hours": { type: "string" },
  now: { type: "string" },
  "pack-cache": { type: "string" },
  "workflow-id": { type: "string" },
  "agent-id": { type: "string" },
  "agent-class": { type: "string" },
  "run-id": { type: "string" },
  "tool-namespace": { type: "string" },
  "tool-access-mode": { type: "string" },
  "branch-name": { type: "string" },
  "changed-path": { type: "string", multiple: true },
  "diff-line-count": { type: "string" },
  "gate-phase": { type: "string" },
  "change-class": { type: "string" },
  "head-sha": { type: "string" },
  "human-approval-record": { type: "string" },
  "runtime-kill-signal": { type: "string" }
};
var STRING_FLAGS = [
  "workflow-id",
  "agent-id",
  "agent-class",
  "run-id",
  "tool-namespace",
  "tool-access-mode",
  "branch-name",
  "gate-phase",
  "change-class",
  "head-sha",
  "runtime-kill-signal"
];
var REQUEST_FLAGS = [...STRING_FLAGS, "changed-path", "diff-line-count", "human-approval-record"];
var HEX64 = /^[0-9a-fA-F]{64}$/;
var command = {
  summary: "Decide one agent tool call (or a JSON Lines batch) against the policy pack",
  async run(argv, io) {
    const args = parseCommandArgs(argv, OPTIONS, USAGE);
    if (args.help) {
      io.stdout.write(USAGE + "\n");
      return EXIT_OK;
    }
    const expected = expectedDecision(args);
    const evaluateOptions = nowOption(args);
    const requestFile = stringOpt(args, "request");
    const batchFile = stringOpt(args, "requests");
    const jobs = stringOpt(args, "jobs");
    if (jobs !== void 0 && batchFile === void 0) throw new UsageError(`--jobs applies to --requests only

${USAGE}`);
    if (jobs !== void 0) jobCount(jobs);
    const flagged = REQUEST_FLAGS.filter((f) => args.values[f] !== void 0);
    if (batchFile !== void 0 && (requestFile !== void 0 || flagged.length > 0)) {
      const other = requestFile !== void 0 ? "--request" : `--${flagged[0]}`;
      throw new UsageError(`--requests takes requests from its file only; do not combine it with ${other}

${USAGE}`);
    }
    if (batchFile === void 0 && requestFile === void 0 && flagged.length === 0) {
      throw new UsageError(`give a request: --request FILE, --requests FILE, or request flags such as --workflow-id

${USAGE}`);
    }
    if (requestFile === "-" && batchFile === "-") throw new UsageError("stdin can feed --request or --requests, not both");
    const single = batchFile === void 0 ? await singleRequest(args, requestFile, io) : void 0;
    const loaded = loadPolicyFor(args, io);
    if (loaded === null) return EXIT_POLICY;
    if (single !== void 0) {
      const decision = loaded.policy.evaluate(single.request, evaluateOptions);
      io.stdout.write(canonicalJson(decision));
      if (expected !== void 0 && decision.decision !== expected) {
        io.stderr.write(`expected decision ${JSON.stringify(expected)}, got ${JSON.stringify(decision.decision)}
`);
        return EXIT_POLICY;
      }
      return EXIT_OK;
    }
    return runBatch(
      loaded,
      batchFile,
      jobs,
      { pack: loaded.bytes, load: loaded.load, index: loaded.index, options: evaluateOptions, expected },
      io
    );
  }
};
var evaluate_default = command;
function expectedDecision(args) {
  const d = stringOpt(args, "expect-decision");
  if (d === void 0) return void 0;
  if (!DECISIONS.includes(d)) {
    throw new UsageError(`--expect-decision must be one of ${DECISIONS.join(", ")}; got ${JSON.stringify(d)}`);
  }
  return d;
}
function nowOption(args) {
  const now = stringOpt(args, "now");
  if (now === void 0) return {};
  if (parseTimestamp(now) === null)
    throw new UsageError(`--now must be an RFC 3339 date-time with a time zone, such as 2026-11-29T12:00:00Z; got ${JSON.stringify(now)}`);
  return { now };
}
async function singleRequest(args, file, io) {
  let request = {};
  if (file !== void 0) {
    const text = file === "-" ? await readAll(io.stdin) : readRequestFile(file, io);
    let parsed;
    try {
      parsed = JSON.parse(text);
    } catch (err) {
      throw new UsageError(
        `--request ${file === "-" ? "(stdin)" : file} is not JSON: ${err.message}; give one JSON object, or --requests for JSON Lines`
      );
    }
    if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) return { request: parsed };
    request = parsed;
  }
  for (const flag of STRING_FLAGS) {
    const v = stringOpt(args, flag);
    if (v !== void 0) request[flag.replace(/-/g, "_")] = v;
  }
  const paths = listOpt(args, "changed-path");
  if (paths.length > 0) request.changed_paths = paths;
  const diff = stringOpt(args, "diff-line-count");
  if (diff !== void 0) {
    if (!/^-?\d+$/.test(diff.trim())) throw new UsageError(`--diff-line-count must be an integer, got ${JSON.stringify(diff)}`);
    request.diff_line_count = Number(diff);
  }
  const record = stringOpt(args, "human-approval-record");
  if (record !== void 0) {
    try {
      request.human_approval_record = JSON.parse(record);
    } catch {
      request.human_approval_record = record;
    }
  }
  return { request };
}
function readRequestFile(file, io) {
  try {
    return readFileSync(path.resolve(io.cwd, file), "utf8");
  } catch (err) {
    throw new UsageError(`cannot read request file ${file}: ${err.message}`);
  }
}
function loadPolicyFor(args, io) {
  const policyPath = stringOpt(args, "policy") ?? DEFAULT_PACK_PATH;
  const packPin = stringOpt(args, "expect-pack-sha256");
  const manifestPin = stringOpt(args, "expect-manifest-sha256");
  for (const [name, pin] of [
    ["expect-pack-sha256", packPin],
    ["expect-manifest-sha256", manifestPin]
  ]) {
    if (pin !== void 0 && !HEX64.test(pin))
      throw new UsageError(`--${name} must be 64 hex digits (a SHA-256), got ${JSON.stringify(pin)}`);
  }
  const hoursText = stringOpt(args, "max-approval-window-hours");
  const hours = hoursText === void 0 ? void 0 : Number(hoursText);
  if (hours !== void 0 && !(Number.isFinite(hours) && hours > 0)) {
    throw new UsageError(`--max-approval-window-hours must be a positive number, got ${JSON.stringify(hoursText)}`);
  }
  const indexStore = packIndexCacheOption(args, io, USAGE);
  let trustedKeys;
  const keysFile = stringOpt(args, "approval-keys");
  if (keysFile !== void 0) {
    try {
      trustedKeys = readApprovalKeys(io.cwd, keysFile);
    } catch (err) {
      io.stderr.write(`error: ${err.message}
`);
      return null;
    }
  }
  let bytes;
  try {
    bytes = readFileSync(path.resolve(io.cwd, policyPath));
  } catch (err) {
    io.stderr.write(`error: policy pack ${policyPath} cannot be read: ${err.message}
`);
    return null;
  }
  const load = {
    expectPackSha256: packPin,
    expectManifestSha256: manifestPin,
    trustedKeys,
    maxApprovalWindowHours: hours
  };
  try {
    const { policy, index } = loadIndexedPolicy(bytes, { ...load, indexStore });
    return { policy, bytes, load, index };
  } catch (err) {
    io.stderr.write(`error: ${policyPath}: ${err.message}
`);
    return null;
  }
}
async function runBatch(loaded, file, jobsText, setup, io) {
  let input;
  if (file === "-") input = io.stdin;
  else {
    const stream = createReadStream(path.resolve(io.cwd, file), { highWaterMark: READ_CHUNK });
    try {
      await once(stream, "open");
    } catch (err) {
      throw new UsageError(`cannot read requests file ${file}: ${err.message}`);
    }
    input = stream;
  }
  const jobs = jobCount(jobsText);
  const out = new OrderedWriter(io.stdout);
  const pool = jobs > 1 ? new WorkerPool(jobs, setup, (r) => out.put(r.seq, r.out, r.mismatches)) : null;
  let seq = 0;
  let seqOut = 0;
  let lineNo = 1;
  const send = async (parts) => {
    const data = pool !== null ? copyOf(parts) : parts.length === 1 ? parts[0] : Buffer.concat(parts);
    const block = { seq: seq++, first: lineNo, data };
    lineNo += countLines(data);
    if (pool !== null) await pool.submit(block);
    else {
      const r = decideBlock(loaded.policy, block, setup, (chunk) => out.put(seqOut++, [chunk], []));
      out.put(seqOut++, r.out, r.mismatches);
    }
    await out.drained();
  };
  let pending = [];
  try {
    for await (const data of input) {
      const chunk = typeof data === "string" ? Buffer.from(data) : data;
      const last = chunk.lastIndexOf(NEWLINE);
      if (last === -1) {
        pending.push(chunk);
        continue;
      }
      const head = chunk.subarray(0, last + 1);
      await send(pending.length === 0 ? [head] : [...pending, head]);
      pending = last + 1 < chunk.length ? [chunk.subarray(last + 1)] : [];
    }
    if (pending.length > 0) await send([...pending, Buffer.from([NEWLINE])]);
    if (pool !== null) await pool.finish();
  } finally {
    if (pool !== null) await pool.close();
  }
  await out.drained();
  const mismatches = out.mismatches;
  if (mismatches.length > 0) {
    const shown = mismatches.slice(0, 20).join(", ");
    io.stderr.write(
      `expected decision ${JSON.stringify(setup.expected)} on every line; ${mismatches.length} line(s) differ: ${shown}${mismatches.length > 20 ? ", \u2026" : ""}
`
    );
    return EXIT_POLICY;
  }
  return EXIT_OK;
}
var NEWLINE = 10;
var CR = 13;
var READ_CHUNK = 1 << 20;
var WRITE_BUFFER = 64 * 1024;
var IN_FLIGHT_PER_WORKER = 2;
function jobCount(text) {
  if (text === void 0) return 1;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1 || n > MAX_JOBS)
    throw new UsageError(`--jobs must be an integer from 1 to ${MAX_JOBS}, got ${JSON.stringify(text)}`);
  return n;
}
function countLines(data) {
  let n = 0;
  for (let i = data.indexOf(NEWLINE); i !== -1; i = data.indexOf(NEWLINE, i + 1)) n++;
  return n;
}
function copyOf(parts) {
  const total = parts.reduce((n, b) => n + b.length, 0);
  const copy = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    copy.set(p, at);
    at += p.length;
  }
  return copy;
}
function decideBlock(policy, block, setup, emit) {
  const text = Buffer.from(block.data.buffer, block.data.byteOffset, block.data.length).toString("utf8");
  const out = new LineBuffers(emit);
  const mismatches = [];
  let lineNo = block.first;
  let start = 0;
  for (let nl = text.indexOf("\n"); nl !== -1; nl = text.indexOf("\n", start)) {
    const line = text.slice(start, nl > start && text.charCodeAt(nl - 1) === CR ? nl - 1 : nl);
    start = nl + 1;
    const decision = decideLine(policy, line, lineNo, setup.options);
    if (setup.expected !== void 0 && decision.decision !== setup.expected) mismatches.push(lineNo);
    out.line(lineOf(policy, decision, lineNo, setup.options));
    lineNo++;
  }
  return { seq: block.seq, out: out.done(), mismatches };
}
var LineBuffers = class {
  /** With `emit`, each full buffer goes there instead of into `chunks`. */
  constructor(emit) {
    this.emit = emit;
  }
  emit;
  chunks = [];
  buffer = Buffer.allocUnsafeSlow(WRITE_BUFFER);
  used = 0;
  line(s) {
    const need = s.length + 1;
    if (this.used + need > this.buffer.length) this.cut();
    if (need > this.buffer.length) {
      this.keep(Buffer.from(s + "\n", "latin1"));
      return;
    }
    this.used += this.buffer.write(s, this.used, "latin1");
    this.buffer[this.used++] = NEWLINE;
  }
  keep(chunk) {
    if (this.emit !== void 0) this.emit(chunk);
    else this.chunks.push(chunk);
  }
  done() {
    this.cut();
    return this.chunks;
  }
  cut() {
    if (this.used === 0) return;
    this.keep(this.buffer.subarray(0, this.used));
    this.buffer = Buffer.allocUnsafeSlow(WRITE_BUFFER);
    this.used = 0;
  }
};
var OrderedWriter = class {
  constructor(stream) {
    this.stream = stream;
  }
  stream;
  mismatches = [];
  next = 0;
  waiting = /* @__PURE__ */ new Map();
  drain = null;
  put(seq, chunks, mismatches) {
    this.waiting.set(seq, [chunks, mismatches]);
    for (let w = this.waiting.get(this.next); w !== void 0; w = this.waiting.get(this.next)) {
      this.waiting.delete(this.next++);
      this.mismatches.push(...w[1]);
      for (const chunk of w[0]) {
        if (!this.stream.write(chunk) && this.drain === null) {
          this.drain = once(this.stream, "drain").then(() => {
            this.drain = null;
          });
        }
      }
    }
  }
  /** Resolves once the stream has taken what it was given. */
  async drained() {
    if (this.drain !== null) await this.drain;
  }
};
var WorkerPool = class {
  constructor(jobs, setup, answered) {
    this.answered = answered;
    const code = `import(${JSON.stringify(import.meta.url)}).then((m) => m.batchWorker(), (e) => { throw e; });`;
    for (let i = 0; i < jobs; i++) {
      const w = new Worker(code, { eval: true, workerData: setup });
      w.on("message", (r) => {
        this.inFlight[i]--;
        this.answered(r);
        this.poke();
      });
      w.on("error", (err) => this.fail(err));
      w.on("exit", (code2) => {
        if (code2 !== 0) this.fail(new Error(`a batch worker stopped with exit code ${code2}`));
      });
      this.workers.push(w);
      this.inFlight.push(0);
    }
  }
  answered;
  workers = [];
  inFlight = [];
  turn = 0;
  failure = null;
  wake = null;
  /** Hands the block to the next worker, first waiting for room. */
  async submit(block) {
    const i = this.turn;
    this.turn = (this.turn + 1) % this.workers.length;
    while (this.failure === null && this.inFlight[i] >= IN_FLIGHT_PER_WORKER) await this.woken();
    this.check();
    this.inFlight[i]++;
    this.workers[i].postMessage(block, [block.data.buffer]);
  }
  /** Waits until every block handed out has been answered. */
  async finish() {
    while (this.failure === null && this.inFlight.some((n) => n > 0)) await this.woken();
    this.check();
  }
  async close() {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
  woken() {
    return new Promise((resolve) => this.wake = resolve);
  }
  poke() {
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }
  fail(err) {
    this.failure ??= new Error(`a batch worker failed: ${err.message}`);
    this.poke();
  }
  check() {
    if (this.failure !== null) throw this.failure;
  }
};
async function batchWorker() {
  const setup = workerData;
  const bytes = Buffer.from(setup.pack.buffer, setup.pack.byteOffset, setup.pack.length);
  const { index } = setup;
  const kept = index === null ? void 0 : { find: () => index, save: () => void 0 };
  const { policy } = loadIndexedPolicy(bytes, { ...setup.load, indexStore: kept });
  parentPort.on("message", (block) => {
    const r = decideBlock(policy, block, setup);
    parentPort.postMessage(
      r,
      r.out.map((c) => c.buffer)
    );
  });
  await Promise.resolve();
}
function decideLine(policy, line, lineNo, options) {
  if (line.trim() === "") return policy.refuse(`line ${lineNo} is blank, not a request`, options);
  let request;
  try {
    request = JSON.parse(line);
  } catch (err) {
    return policy.refuse(`line ${lineNo} is not valid JSON (${err.message})`, options);
  }
  return policy.evaluate(request, options);
}
function lineOf(policy, decision, lineNo, options) {
  try {
    return decisionJsonLine(decision);
  } catch (err) {
    return decisionJsonLine(policy.refuse(`line ${lineNo} cannot be echoed back (${err.message})`, options));
  }
}
export {
  batchWorker,
  evaluate_default as default
};
