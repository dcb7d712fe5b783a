import { createRequire as __mgpCreateRequire } from 'node:module';
const require = __mgpCreateRequire(import.meta.url);
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
import {
  DECISIONS,
  decisionJsonLine,
  loadPolicy,
  parseTimestamp
} from "./chunk-DEBXAYVC.js";
import {
  DEFAULT_PACK_PATH
} from "./chunk-4MNAA4XE.js";
import {
  canonicalJson
} from "./chunk-DRPUWMZB.js";
import "./chunk-YXQSOUEQ.js";
import "./chunk-5TZFI64R.js";

// src/cli/commands/evaluate.ts
import { once } from "node:events";
import { createReadStream, readFileSync } from "node:fs";
import path from "node:path";
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
                                  one of: ${DECISIONS.join(", ")}

Exit codes: 0 decided (as expected), 1 not the expected decision, or the pack or keys cannot be
used, 2 usage error.`;
var OPTIONS = {
  policy: { type: "string" },
  request: { type: "string" },
  requests: { type: "string" },
  "expect-decision": { type: "string" },
  "expect-pack-sha256": { type: "string" },
  "expect-manifest-sha256": { type: "string" },
  "approval-keys": { type: "string" },
  "max-approval-window-hours": { type: "string" },
  now: { type: "string" },
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
    const policy = loadPolicyFor(args, io);
    if (policy === null) return EXIT_POLICY;
    if (single !== void 0) {
      const decision = policy.evaluate(single.request, evaluateOptions);
      io.stdout.write(canonicalJson(decision));
      if (expected !== void 0 && decision.decision !== expected) {
        io.stderr.write(`expected decision ${JSON.stringify(expected)}, got ${JSON.stringify(decision.decision)}
`);
        return EXIT_POLICY;
      }
      return EXIT_OK;
    }
    return runBatch(policy, batchFile, evaluateOptions, expected, io);
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
  try {
    return loadPolicy(bytes, { expectPackSha256: packPin, expectManifestSha256: manifestPin, trustedKeys, maxApprovalWindowHours: hours });
  } catch (err) {
    io.stderr.write(`error: ${policyPath}: ${err.message}
`);
    return null;
  }
}
async function runBatch(policy, file, options, expected, io) {
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
  const mismatches = [];
  const out = new LineWriter(io.stdout);
  let lineNo = 0;
  const answer = (line) => {
    lineNo++;
    const decision = decideLine(policy, line, lineNo, options);
    if (expected !== void 0 && decision.decision !== expected) mismatches.push(lineNo);
    out.push(lineOf(policy, decision, lineNo, options));
  };
  const pending = [];
  for await (const data of input) {
    let chunk = typeof data === "string" ? Buffer.from(data) : data;
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
    const text = chunk.toString("utf8", 0, end);
    let start = 0;
    for (let nl = text.indexOf("\n"); nl !== -1; nl = text.indexOf("\n", start)) {
      answer(text.slice(start, nl > start && text.charCodeAt(nl - 1) === CR ? nl - 1 : nl));
      start = nl + 1;
      if (out.blocked) await out.drained();
    }
  }
  if (pending.length > 0) {
    const text = Buffer.concat(pending).toString("utf8");
    answer(text.endsWith("\r") ? text.slice(0, -1) : text);
  }
  await out.end();
  if (mismatches.length > 0) {
    const shown = mismatches.slice(0, 20).join(", ");
    io.stderr.write(
      `expected decision ${JSON.stringify(expected)} on every line; ${mismatches.length} line(s) differ: ${shown}${mismatches.length > 20 ? ", \u2026" : ""}
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
var LineWriter = class {
  constructor(stream) {
    this.stream = stream;
  }
  stream;
  buffer = Buffer.allocUnsafe(WRITE_BUFFER);
  used = 0;
  waiting = false;
  /** Adds one line (ASCII, without its newline). */
  push(line) {
    const need = line.length + 1;
    if (this.used + need > WRITE_BUFFER) this.flush();
    if (need > WRITE_BUFFER) {
      this.write(Buffer.from(line + "\n", "latin1"));
      return;
    }
    this.used += this.buffer.write(line, this.used, "latin1");
    this.buffer[this.used++] = NEWLINE;
  }
  /** True once the stream has asked the writer to wait for 'drain'. */
  get blocked() {
    return this.waiting;
  }
  async drained() {
    if (!this.waiting) return;
    await once(this.stream, "drain");
    this.waiting = false;
  }
  async end() {
    this.flush();
    await this.drained();
  }
  flush() {
    if (this.used === 0) return;
    const full = this.buffer.subarray(0, this.used);
    this.buffer = Buffer.allocUnsafe(WRITE_BUFFER);
    this.used = 0;
    this.write(full);
  }
  write(bytes) {
    if (!this.stream.write(bytes)) this.waiting = true;
  }
};
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
  evaluate_default as default
};
