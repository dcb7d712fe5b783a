import { createRequire as __mgpCreateRequire } from 'node:module';
const require = __mgpCreateRequire(import.meta.url);
import {
  parseYamlManifest
} from "./chunk-DEJDXA4X.js";
import {
  ALWAYS_FORBIDDEN_GLOBS,
  PolicyLoadError,
  UnsupportedRegex,
  automatonView,
  compileScopeMatchers,
  findUnsafeChar,
  fnmatchExactSources,
  loadPolicy,
  normalizePattern,
  pyStrip
} from "./chunk-M7EAQHFK.js";
import {
  compileParsedManifest,
  identityOf,
  manifestPathOf
} from "./chunk-3E2C7ZGU.js";
import {
  ManifestError,
  detectFormat,
  formatProblem,
  normaliseLineEndings,
  parseJsonManifest
} from "./chunk-YXQSOUEQ.js";

// src/diff/explorer.ts
function obligation(negative, states) {
  return { negative, states, key: `${negative ? "!" : "="}${states.join(",")}` };
}
var NONE = [];
function obligationKey(o) {
  return o.key;
}
function threadKey(t) {
  return t.obligations.length === 0 ? String(t.state) : `${t.state}[${t.obligations.map(obligationKey).join(";")}]`;
}
function normaliseObligations(list2) {
  if (list2.length === 0) return NONE;
  if (list2.length === 1) return list2;
  const byKey = /* @__PURE__ */ new Map();
  for (const o of list2) byKey.set(obligationKey(o), o);
  return [...byKey.entries()].sort((a, b) => a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0).map((e) => e[1]);
}
var Explorer = class {
  constructor(view) {
    this.view = view;
    this.states = view.states;
    const atoms = /* @__PURE__ */ new Map();
    for (const st of view.states) if (st.kind === "char" && !atoms.has(st.atom)) atoms.set(st.atom, st);
    this.charStates = [...atoms.values()];
    this.dead = this.intern([], false);
    this.initial = this.intern([{ state: view.start, obligations: [] }], true);
  }
  view;
  states;
  configs = [];
  ids = /* @__PURE__ */ new Map();
  steps = /* @__PURE__ */ new Map();
  accepting = /* @__PURE__ */ new Map();
  closures = /* @__PURE__ */ new Map();
  obligationSteps = /* @__PURE__ */ new Map();
  /** unit → the representative of the units this automaton's atoms all treat alike. */
  classes = /* @__PURE__ */ new Map();
  signatures = /* @__PURE__ */ new Map();
  charStates;
  /** The id of the configuration with no thread: nothing it leads to can match. */
  dead;
  initial;
  /** The atoms (source, flags) this automaton tests units with; "" takes any unit. */
  atoms() {
    const out = /* @__PURE__ */ new Set();
    for (const s of this.states) if (s.kind === "char") out.add(s.atom);
    return [...out];
  }
  get flags() {
    return this.view.flags;
  }
  get size() {
    return this.configs.length;
  }
  /** The configuration after `config` reads `unit`. */
  step(config, unit) {
    const memo = config * 65536 + this.classOf(unit);
    const known = this.steps.get(memo);
    if (known !== void 0) return known;
    const c = this.configs[config];
    const next = [];
    for (const t of c.threads) {
      for (const { state, obligations } of this.closure(t, c.atStart, false).chars) {
        const s = this.states[state];
        if (!s.matches(unit)) continue;
        const kept = [];
        let alive = true;
        for (const o of obligations) {
          const r = this.stepObligation(o, unit, c.atStart);
          if (r === "fail") {
            alive = false;
            break;
          }
          if (r !== "satisfied") kept.push(r);
        }
        if (alive) next.push({ state: s.out, obligations: normaliseObligations(kept) });
      }
    }
    if (!this.view.anchored) next.push({ state: this.view.start, obligations: [] });
    const id = this.intern(next, false);
    this.steps.set(memo, id);
    return id;
  }
  /** Does the string read so far match? */
  accepts(config) {
    const known = this.accepting.get(config);
    if (known !== void 0) return known;
    const c = this.configs[config];
    let yes = false;
    for (const t of c.threads) {
      for (const obligations of this.closure(t, c.atStart, true).accepts) {
        if (obligations.every((o) => this.obligationAtEnd(o, c.atStart))) {
          yes = true;
          break;
        }
      }
      if (yes) break;
    }
    this.accepting.set(config, yes);
    return yes;
  }
  intern(threads, atStart) {
    const byKey = /* @__PURE__ */ new Map();
    for (const t of threads) byKey.set(threadKey(t), t);
    const keys = [...byKey.keys()].sort();
    const key = `${atStart ? "^" : ""}${keys.join("|")}`;
    const known = this.ids.get(key);
    if (known !== void 0) return known;
    const id = this.configs.length;
    this.configs.push({ threads: keys.map((k) => byKey.get(k)), atStart });
    this.ids.set(key, id);
    return id;
  }
  /**
   * The unit-reading states reachable from a thread without reading, each with the obligations
   * gathered on the way, and the obligation sets under which the automaton accepts here.
   */
  closure(t, atStart, atEnd) {
    const own = this.stateClosure(t.state, atStart, atEnd);
    if (t.obligations.length === 0) return own;
    const merge = (o) => o.length === 0 ? t.obligations : normaliseObligations([...t.obligations, ...o]);
    return {
      chars: own.chars.map((c) => ({ state: c.state, obligations: merge(c.obligations) })),
      accepts: own.accepts.map(merge)
    };
  }
  /** The same unit's class for this automaton: units no atom of it tells apart step alike. */
  classOf(unit) {
    const known = this.classes.get(unit);
    if (known !== void 0) return known;
    let sig = "";
    for (const c of this.charStates) sig += c.matches(unit) ? "1" : "0";
    let rep = this.signatures.get(sig);
    if (rep === void 0) this.signatures.set(sig, rep = unit);
    this.classes.set(unit, rep);
    return rep;
  }
  /** The closure of a bare state (the obligations it spawns on the way), computed once. */
  stateClosure(state, atStart, atEnd) {
    const memo = state * 4 + (atStart ? 2 : 0) + (atEnd ? 1 : 0);
    const known = this.closures.get(memo);
    if (known) return known;
    const t = { state, obligations: [] };
    const chars = [];
    const accepts = [];
    const seen = /* @__PURE__ */ new Set();
    const stack = [t];
    while (stack.length > 0) {
      const cur = stack.pop();
      const key = threadKey(cur);
      if (seen.has(key)) continue;
      seen.add(key);
      const s = this.states[cur.state];
      switch (s.kind) {
        case "char":
          chars.push(cur);
          break;
        case "split":
          stack.push({ state: s.out2, obligations: cur.obligations }, { state: s.out, obligations: cur.obligations });
          break;
        case "bol":
          if (atStart) stack.push({ state: s.out, obligations: cur.obligations });
          break;
        case "eol":
          if (atEnd) stack.push({ state: s.out, obligations: cur.obligations });
          break;
        case "look": {
          const o = obligation(s.negative, [s.body]);
          stack.push({ state: s.out, obligations: normaliseObligations([...cur.obligations, o]) });
          break;
        }
        case "accept":
          if (cur.state === this.view.accept) accepts.push(cur.obligations);
          break;
      }
    }
    const result = { chars, accepts };
    this.closures.set(memo, result);
    return result;
  }
  /** A lookahead body's closure: its unit-reading states, and whether it has matched. */
  bodyClosure(entered, atStart, atEnd) {
    const chars = [];
    const seen = /* @__PURE__ */ new Set();
    const stack = [...entered];
    while (stack.length > 0) {
      const st = stack.pop();
      if (seen.has(st)) continue;
      seen.add(st);
      const s = this.states[st];
      switch (s.kind) {
        case "char":
          chars.push(st);
          break;
        case "split":
          stack.push(s.out2, s.out);
          break;
        case "bol":
          if (atStart) stack.push(s.out);
          break;
        case "eol":
          if (atEnd) stack.push(s.out);
          break;
        case "look":
          throw new UnsupportedRegex("a lookahead inside a lookahead");
        case "accept":
          if (st !== this.view.accept) return { chars, matched: true };
          break;
      }
    }
    return { chars, matched: false };
  }
  stepObligation(o, unit, atStart) {
    const memo = `${atStart ? "^" : ""}${o.key}@${this.classOf(unit)}`;
    let r = this.obligationSteps.get(memo);
    if (r === void 0) this.obligationSteps.set(memo, r = this.stepObligationOnce(o, unit, atStart));
    return r;
  }
  stepObligationOnce(o, unit, atStart) {
    const { chars, matched } = this.bodyClosure(o.states, atStart, false);
    let decided = matched ? true : null;
    let next = [];
    if (decided === null) {
      const set = /* @__PURE__ */ new Set();
      for (const st of chars) {
        const s = this.states[st];
        if (s.matches(unit)) set.add(s.out);
      }
      next = [...set].sort((a, b) => a - b);
      if (next.length === 0) decided = false;
    }
    if (decided !== null) return decided !== o.negative ? "satisfied" : "fail";
    return obligation(o.negative, next);
  }
  obligationAtEnd(o, atStart) {
    return this.bodyClosure(o.states, atStart, true).matched !== o.negative;
  }
};

// src/diff/path-sets.ts
var SEARCH_LIMITS = { maxStates: 4e4, maxLength: 160 };
function union(sources) {
  return sources.length === 0 ? null : sources.map((s) => `(?:${s})`).join("|");
}
function sideAutomata(p, extraForbidden) {
  const problems = [];
  const forbiddenPatterns = [...p.forbidden, ...extraForbidden];
  const m = compileScopeMatchers([...p.allowed], forbiddenPatterns, problems, "diff");
  const allowed = union(m.allowed.map((a) => a.regex.source));
  const folded = union(m.forbidden.map((f) => f.regex.source));
  const exact = union(
    forbiddenPatterns.flatMap((f) => {
      const n = normalizePattern(f);
      return n === "" ? [] : fnmatchExactSources(n);
    })
  );
  const flagsOf = (x) => x.length > 0 ? x[0].regex.flags : "";
  return {
    allowed: allowed === null ? null : new Explorer(automatonView(allowed, flagsOf(m.allowed))),
    forbidden: [
      ...folded === null ? [] : [new Explorer(automatonView(folded, flagsOf(m.forbidden)))],
      ...exact === null ? [] : [new Explorer(automatonView(exact, ""))]
    ]
  };
}
var preference = null;
function preferenceOrder() {
  if (preference) return preference;
  const order = [];
  const seen = new Uint8Array(65536);
  const add = (u) => {
    if (!seen[u]) {
      seen[u] = 1;
      order.push(u);
    }
  };
  for (const ch of "/abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-_.") add(ch.charCodeAt(0));
  for (let u = 33; u < 127; u++) if (u !== 37 && u !== 92) add(u);
  add(37);
  add(32);
  for (let u = 160; u < 65536; u++) if (u < 55296 || u > 57343) add(u);
  for (let u = 55296; u <= 57343; u++) add(u);
  for (let u = 0; u < 65536; u++) add(u);
  preference = Uint16Array.from(order);
  return preference;
}
var refused = null;
function refusedUnits() {
  if (refused) return refused;
  refused = new Uint8Array(65536);
  for (let u = 0; u < 65536; u++) if (u === 92 || findUnsafeChar(String.fromCharCode(u)) !== -1) refused[u] = 1;
  return refused;
}
var allUnits = null;
function membership(atom, flags) {
  const m = new Uint8Array(65536);
  if (atom === "") return m.fill(1);
  if (allUnits === null) {
    const chunks = [];
    for (let u = 0; u < 65536; u += 4096) chunks.push(String.fromCharCode(...Array.from({ length: 4096 }, (_, i) => u + i)));
    allUnits = chunks.join("");
  }
  const re = new RegExp(atom, `g${flags}`);
  for (const hit of allUnits.matchAll(re)) m[hit.index] = 1;
  return m;
}
function alphabet(explorers) {
  const cls = new Int32Array(65536);
  let classes = 1;
  const done = /* @__PURE__ */ new Set();
  for (const e of explorers) {
    for (const atom of e.atoms()) {
      const key = `${e.flags}/${atom}`;
      if (done.has(key)) continue;
      done.add(key);
      const m = membership(atom, e.flags);
      const table = new Int32Array(classes * 2).fill(-1);
      let next = 0;
      for (let u = 0; u < 65536; u++) {
        const k = cls[u] * 2 + m[u];
        let id = table[k];
        if (id === -1) table[k] = id = next++;
        cls[u] = id;
      }
      classes = next;
    }
  }
  const picked = new Uint8Array(classes);
  const out = [];
  const refused2 = refusedUnits();
  for (const u of preferenceOrder()) {
    if (picked[cls[u]] || refused2[u]) continue;
    picked[cls[u]] = 1;
    out.push(u);
  }
  for (const u of [47, 46, 37, 50, 53, 101, 69, 102, 70, 99, 67]) if (!out.includes(u)) out.push(u);
  return out;
}
var isWhite = (u) => pyStrip(String.fromCharCode(u)) === "";
function cleanStep(state, u) {
  const seg = state & 3;
  const pct = state >> 2 & 3;
  const atStart = state === 0;
  if (u === 47) {
    if (seg !== 3) return -1;
  } else if (atStart && isWhite(u)) return -1;
  if (pct === 2 && (u === 101 || u === 69 || u === 102 || u === 70)) return -1;
  if (pct === 3 && (u === 99 || u === 67)) return -1;
  const nextSeg = u === 47 ? 0 : u === 46 ? seg === 0 ? 1 : seg === 1 ? 2 : 3 : 3;
  const nextPct = u === 37 ? 1 : pct === 1 && u === 50 ? 2 : pct === 1 && u === 53 ? 3 : 0;
  return nextSeg | nextPct << 2 | (isWhite(u) ? 16 : 0) | 32;
}
function cleanEnd(state) {
  return (state & 3) === 3 && (state & 16) === 0;
}
function searchPathSets(oldPatterns, newPatterns, alwaysForbidden) {
  let sides;
  try {
    sides = [sideAutomata(oldPatterns, alwaysForbidden), sideAutomata(newPatterns, alwaysForbidden)];
  } catch (err) {
    if (err instanceof UnsupportedRegex) return { next: () => null, complete: false };
    throw err;
  }
  const explorers = [];
  const slot = (e) => e === null ? -1 : explorers.push(e) - 1;
  const layout = sides.map((s) => ({ allowed: slot(s.allowed), forbidden: s.forbidden.map(slot) }));
  const units = alphabet(explorers);
  const nodes = [{ ids: explorers.map((e) => e.initial), clean: 0, parent: -1, unit: -1 }];
  const seen = /* @__PURE__ */ new Set([nodes[0].ids.join(",") + "#0"]);
  let head = 0;
  let complete = true;
  const found = { widening: [], narrowing: [] };
  const used = { widening: 0, narrowing: 0 };
  const writable = (n, side) => {
    const l = layout[side];
    if (l.allowed === -1 || !explorers[l.allowed].accepts(n.ids[l.allowed])) return false;
    return l.forbidden.every((f) => !explorers[f].accepts(n.ids[f]));
  };
  const alive = (n, side) => {
    const l = layout[side];
    return l.allowed !== -1 && n.ids[l.allowed] !== explorers[l.allowed].dead;
  };
  const judge2 = (index) => {
    const n = nodes[index];
    if (index === 0 || !cleanEnd(n.clean)) return;
    const o = writable(n, 0);
    const w = writable(n, 1);
    if (w && !o) found.widening.push(index);
    if (o && !w) found.narrowing.push(index);
  };
  const pathOf = (index) => {
    const units2 = [];
    for (let i = index; i > 0; i = nodes[i].parent) units2.push(nodes[i].unit);
    return String.fromCharCode(...units2.reverse());
  };
  const advance = (direction) => {
    while (found[direction].length <= used[direction] && head < nodes.length) {
      if (nodes.length > SEARCH_LIMITS.maxStates) {
        complete = false;
        return;
      }
      const index = head++;
      const n = nodes[index];
      if (!alive(n, 0) && !alive(n, 1)) continue;
      let depth = 0;
      for (let i = index; i > 0; i = nodes[i].parent) depth++;
      if (depth >= SEARCH_LIMITS.maxLength) {
        complete = false;
        continue;
      }
      for (const u of units) {
        const clean = cleanStep(n.clean, u);
        if (clean === -1) continue;
        const ids = n.ids.map((id, k) => explorers[k].step(id, u));
        const key = `${ids.join(",")}#${clean}`;
        if (seen.has(key)) continue;
        seen.add(key);
        nodes.push({ ids, clean, parent: index, unit: u });
        judge2(nodes.length - 1);
      }
    }
  };
  return {
    next(direction) {
      try {
        advance(direction);
      } catch (err) {
        if (!(err instanceof UnsupportedRegex)) throw err;
        complete = false;
        head = nodes.length;
      }
      const list2 = found[direction];
      if (list2.length <= used[direction]) return null;
      return pathOf(list2[used[direction]++]);
    },
    get complete() {
      return complete;
    }
  };
}

// src/diff/policy-diff.ts
var MAX_CANDIDATES = 25;
var STATUS_RANK = { retired: 0, paused: 1, pilot: 2, active: 3 };
var MATURITY_RANK = { crawl: 1, walk: 2, run: 3 };
var SCOPE_RANK = { hold_for_approval: 0, allow_scoped_branch: 1, allow_scoped_ticket: 1, allow: 2 };
var Collector = class {
  constructor(workflow) {
    this.workflow = workflow;
  }
  workflow;
  widened = [];
  narrowed = [];
  widen(kind, detail, witness) {
    this.widened.push(entry(this.workflow, kind, detail, witness));
  }
  narrow(kind, detail, witness) {
    this.narrowed.push(entry(this.workflow, kind, detail, witness));
  }
};
function entry(workflow_id, kind, detail, witness) {
  return witness === void 0 ? { workflow_id, kind, detail } : { workflow_id, kind, detail, witness };
}
var q = (s) => JSON.stringify(s);
var list = (items) => items.map(q).join(", ");
function diffPolicies(oldPolicy, newPolicy, options = {}) {
  const out = { widened: [], narrowed: [] };
  const add = (c) => {
    out.widened.push(...c.widened);
    out.narrowed.push(...c.narrowed);
  };
  add(globalChanges(oldPolicy, newPolicy));
  const ids = [...newPolicy.workflowIds(), ...oldPolicy.workflowIds().filter((id) => newPolicy.workflow(id) === void 0)];
  for (const id of ids) {
    if (options.workflow !== void 0 && id !== options.workflow) continue;
    add(workflowChanges(id, oldPolicy, newPolicy));
  }
  return out;
}
function globalChanges(oldPolicy, newPolicy) {
  const c = new Collector(null);
  const o = oldPolicy.pack.global_defaults;
  const n = newPolicy.pack.global_defaults;
  if (o.human_review_required && !n.human_review_required)
    c.widen("human_review_required", "human review before merge is no longer required");
  if (!o.human_review_required && n.human_review_required) c.narrow("human_review_required", "human review before merge is now required");
  setChange(c, "manual_review_required_for", o.manual_review_required_for, n.manual_review_required_for, {
    removed: (x) => `change classes no longer held for manual review: ${list(x)}`,
    added: (x) => `change classes now held for manual review: ${list(x)}`,
    removedWidens: true
  });
  return c;
}
function workflowChanges(id, oldPolicy, newPolicy) {
  const c = new Collector(id);
  const o = oldPolicy.workflow(id);
  const n = newPolicy.workflow(id);
  if (!o && n) {
    const scopes = n.tool_access.allowed_mcp_scopes.map((s) => `${s.namespace}:${s.access}`);
    c.widen("workflow", `workflow added (status ${q(n.status)}, scopes ${scopes.length === 0 ? "none" : list(scopes)})`);
    return c;
  }
  if (o && !n) {
    c.narrow("workflow", "workflow removed");
    return c;
  }
  if (!o || !n) return c;
  ranked(c, "status", o.status, n.status, STATUS_RANK);
  ranked(c, "maturity_stage", o.maturity_stage, n.maturity_stage, MATURITY_RANK);
  const oInside = oldPolicy.posture(id)?.inside === true;
  const nInside = newPolicy.posture(id)?.inside === true;
  if (!oInside && nInside)
    c.widen("posture", "the workflow is now inside its maturity posture, so the engine no longer refuses its requests for that");
  if (oInside && !nInside)
    c.narrow("posture", `the workflow is now outside its maturity posture: ${newPolicy.posture(id)?.problems.join("; ") ?? ""}`);
  scopeChanges(c, o.tool_access.allowed_mcp_scopes, n.tool_access.allowed_mcp_scopes);
  pathChanges(c, id, oldPolicy, o, newPolicy, n);
  limit(c, "max_changed_files", o.change_scope.max_changed_files ?? 0, n.change_scope.max_changed_files ?? 0);
  limit(c, "max_diff_lines", o.change_scope.max_diff_lines ?? 0, n.change_scope.max_diff_lines ?? 0);
  limit(c, "max_open_prs_per_repo", o.dispatch.max_open_prs_per_repo ?? Infinity, n.dispatch.max_open_prs_per_repo ?? Infinity);
  const agents = (w) => w.identity.allowed_agents.map((a) => a.trim().toLowerCase());
  setChange(c, "agent_classes", agents(o), agents(n), {
    added: (x) => `agent classes now allowed: ${list(x)}`,
    removed: (x) => `agent classes no longer allowed: ${list(x)}`,
    removedWidens: false
  });
  const phases = (w) => w.gate_contract.map((g) => g.phase);
  setChange(c, "gate_phases", phases(o), phases(n), {
    added: (x) => `gate phases now declared (requests in them can be allowed): ${list(x)}`,
    removed: (x) => `gate phases no longer declared: ${list(x)}`,
    removedWidens: false
  });
  poolChanges(c, o.identity.reviewer_pools, n.identity.reviewer_pools);
  const signals = (w) => w.runtime_controls.kill_signals.map((s) => s.trim()).filter((s) => s !== "");
  setChange(c, "kill_signals", signals(o), signals(n), {
    removed: (x) => `kill signals removed: ${list(x)}`,
    added: (x) => `kill signals added: ${list(x)}`,
    removedWidens: true
  });
  branchPrefix(c, o.dispatch.required_branch_prefix, n.dispatch.required_branch_prefix);
  prLabel(c, o.dispatch.required_pr_label, n.dispatch.required_pr_label);
  return c;
}
function ranked(c, kind, o, n, rank) {
  if (o === n) return;
  const ro = rank[o ?? ""] ?? 0;
  const rn = rank[n ?? ""] ?? 0;
  const detail = `${kind.replace(/_/g, " ")} ${q(o)} \u2192 ${q(n)}`;
  if (rn > ro) c.widen(kind, detail);
  else c.narrow(kind, detail);
}
function limit(c, kind, o, n) {
  const show = (x) => x === Infinity ? "no cap" : String(x);
  if (n > o) c.widen(kind, `${kind} raised from ${show(o)} to ${show(n)}`);
  if (n < o) c.narrow(kind, `${kind} lowered from ${show(o)} to ${show(n)}`);
}
function setChange(c, kind, o, n, words) {
  const os = new Set(o);
  const ns = new Set(n);
  const added = [...ns].filter((x) => !os.has(x));
  const removed = [...os].filter((x) => !ns.has(x));
  if (added.length > 0) {
    if (words.removedWidens) c.narrow(kind, words.added(added));
    else c.widen(kind, words.added(added));
  }
  if (removed.length > 0) {
    if (words.removedWidens) c.widen(kind, words.removed(removed));
    else c.narrow(kind, words.removed(removed));
  }
}
function poolChanges(c, o, n) {
  const os = new Set(o);
  const ns = new Set(n);
  const added = [...ns].filter((x) => !os.has(x));
  const removed = [...os].filter((x) => !ns.has(x));
  if (removed.length > 0) {
    c.widen("reviewer_pools", `reviewer pools removed (their review is no longer required): ${list(removed)}`);
    c.narrow("reviewer_pools", `reviewer pools removed (their members can no longer approve): ${list(removed)}`);
  }
  if (added.length > 0) {
    c.widen("reviewer_pools", `reviewer pools added (their members can now approve): ${list(added)}`);
    c.narrow("reviewer_pools", `reviewer pools added (their review may now be required): ${list(added)}`);
  }
}
function scopeChanges(c, o, n) {
  const key = (s) => `${s.namespace}:${s.access}`;
  const om = new Map(o.map((s) => [key(s), s]));
  const nm = new Map(n.map((s) => [key(s), s]));
  for (const [k, s] of nm) {
    const before = om.get(k);
    if (!before) {
      c.widen("scope", `MCP scope ${k} added (${s.decision})`);
      continue;
    }
    if (before.decision === s.decision) continue;
    const ro = SCOPE_RANK[before.decision] ?? 0;
    const rn = SCOPE_RANK[s.decision] ?? 0;
    const detail = `MCP scope ${k}: ${before.decision} \u2192 ${s.decision}`;
    if (rn >= ro) c.widen("scope_decision", detail);
    if (rn <= ro) c.narrow("scope_decision", detail);
  }
  for (const k of om.keys()) if (!nm.has(k)) c.narrow("scope", `MCP scope ${k} removed`);
}
function branchPrefix(c, o, n) {
  const os = o ?? "";
  const ns = n ?? "";
  if (os === ns) return;
  const detail = `required branch prefix ${q(o)} \u2192 ${q(n)}`;
  if (os === "") return c.widen("branch_prefix", detail);
  if (ns === "") return c.narrow("branch_prefix", detail);
  if (ns.startsWith(os)) return c.narrow("branch_prefix", detail);
  c.widen("branch_prefix", detail);
  if (!os.startsWith(ns)) c.narrow("branch_prefix", detail);
}
function prLabel(c, o, n) {
  const os = (o ?? "").toLowerCase();
  const ns = (n ?? "").toLowerCase();
  if (os === ns) return;
  const detail = `required PR label ${q(o)} \u2192 ${q(n)}`;
  if (os !== "") c.widen("required_pr_label", detail);
  if (ns !== "") c.narrow("required_pr_label", detail);
}
function patternSet(patterns) {
  return JSON.stringify([...new Set(patterns.map(normalizePattern).filter((p) => p !== ""))].sort());
}
function pathChanges(c, id, oldPolicy, o, newPolicy, n) {
  const os = o.change_scope;
  const ns = n.change_scope;
  if (patternSet(os.allowed_paths) === patternSet(ns.allowed_paths) && patternSet(os.forbidden_paths) === patternSet(ns.forbidden_paths))
    return;
  const search = searchPathSets(
    { allowed: os.allowed_paths, forbidden: os.forbidden_paths },
    { allowed: ns.allowed_paths, forbidden: ns.forbidden_paths },
    ALWAYS_FORBIDDEN_GLOBS
  );
  const verify = (path, writer, refuser) => pathVerdict(writer, id, path) === "allowed" && pathVerdict(refuser, id, path) === "refused";
  for (const direction of ["widening", "narrowing"]) {
    const [writer, refuser] = direction === "widening" ? [newPolicy, oldPolicy] : [oldPolicy, newPolicy];
    let rejected = 0;
    let witness = null;
    for (let k = 0; k < MAX_CANDIDATES; k++) {
      const candidate = search.next(direction);
      if (candidate === null) break;
      if (verify(candidate, writer, refuser)) {
        witness = candidate;
        break;
      }
      rejected++;
    }
    const record = direction === "widening" ? c.widen.bind(c) : c.narrow.bind(c);
    if (witness !== null) {
      record(
        "paths",
        direction === "widening" ? `NEW lets an agent write ${q(witness)}, which OLD refuses` : `OLD let an agent write ${q(witness)}, which NEW refuses`,
        witness
      );
    } else if (direction === "widening" && (rejected > 0 || !search.complete)) {
      record(
        "paths",
        "the path patterns changed and the comparison could not settle whether NEW lets an agent write a path OLD refuses; treat it as a widening"
      );
    }
  }
}
var probes = /* @__PURE__ */ new WeakMap();
function pathVerdict(policy, id, path) {
  const wf = policy.workflow(id);
  if (!wf) return null;
  const real = judge(policy, wf, path);
  if (real !== null) return real;
  let byId = probes.get(policy);
  if (!byId) probes.set(policy, byId = /* @__PURE__ */ new Map());
  if (!byId.has(id)) byId.set(id, probePolicy(policy, wf));
  const probe = byId.get(id);
  return probe === null ? null : judge(probe, probe.workflow(id), path);
}
function judge(policy, wf, path) {
  const scope = wf.tool_access.allowed_mcp_scopes.find((s) => s.decision === "allow_scoped_branch");
  const agent = wf.identity.allowed_agents[0];
  const phase = wf.gate_contract[0]?.phase;
  const prefix = wf.dispatch.required_branch_prefix;
  if (!scope || agent === void 0 || phase === void 0 || !prefix) return null;
  const d = policy.evaluate({
    workflow_id: wf.workflow_id,
    run_id: "policy-diff",
    agent_id: agent,
    tool_namespace: scope.namespace,
    tool_access_mode: scope.access,
    gate_phase: phase,
    branch_name: `${prefix}policy-diff`,
    changed_paths: [path],
    diff_line_count: 0
  });
  const v = d.evidence.paths[0];
  if (!v) return null;
  return v.verdict === "allowed" ? "allowed" : "refused";
}
function probePolicy(policy, wf) {
  const w = structuredClone(wf);
  w.status = "active";
  w.maturity_stage = "walk";
  w.runtime_controls.kill_signals = ["policy-diff-probe"];
  w.evidence_contract.required_records = [];
  w.kpi_contract = [];
  w.gate_contract = [{ phase: "tool_call", rule_count: 1, rules: ["policy diff probe"] }];
  w.identity.allowed_agents = ["policy-diff-probe"];
  w.tool_access.allowed_mcp_scopes = [
    {
      namespace: "policy-diff-probe",
      access: "write_branch",
      decision: "allow_scoped_branch",
      purpose: "policy diff probe",
      scope_id: "policy-diff-probe"
    }
  ];
  w.dispatch.required_branch_prefix = "policy-diff-probe/";
  const pack = structuredClone(policy.pack);
  pack.workflow_policies = [w];
  try {
    return loadPolicy(pack);
  } catch {
    return null;
  }
}

// src/diff/report.ts
var plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
function diffCounts(diff) {
  if (diff.widened.length === 0 && diff.narrowed.length === 0) return "no change";
  return `${plural(diff.widened.length, "widening")}, ${plural(diff.narrowed.length, "narrowing")}`;
}
function line(e) {
  const where = e.workflow_id === null ? "(all workflows)" : e.workflow_id;
  return `  ${where}  ${e.kind}: ${e.detail}${e.witness === void 0 ? "" : `
      witness: ${JSON.stringify(e.witness)}`}`;
}
function formatDiffText(diff, oldLabel, newLabel) {
  const out = [`${diffCounts(diff)} from ${oldLabel} to ${newLabel}`];
  if (diff.widened.length > 0) out.push("", "Widened (an agent may now do more):", ...diff.widened.map(line));
  if (diff.narrowed.length > 0) out.push("", "Narrowed:", ...diff.narrowed.map(line));
  return out.join("\n") + "\n";
}

// src/pack/compile-manifest.ts
function compileManifest(text, options = {}) {
  const lf = normaliseLineEndings(text);
  const format = options.format ?? detectFormat(lf, manifestPathOf(options));
  return compileParsedManifest(format === "json" ? parseJsonManifest(lf) : parseYamlManifest(lf), lf, options);
}
function regenerateLike(manifestText, committedPackText, options = {}) {
  return compileManifest(manifestText, { ...options, ...identityOf(committedPackText) });
}

// src/diff/source.ts
var PolicySourceError = class extends Error {
  name = "PolicySourceError";
};
function loadPolicySource(text, label) {
  let kind = "manifest";
  try {
    const parsed = JSON.parse(text);
    if (parsed !== null && typeof parsed === "object" && !Array.isArray(parsed) && "workflow_policies" in parsed) kind = "pack";
  } catch {
  }
  try {
    if (kind === "pack") return { policy: loadPolicy(text), kind };
    const compiled = compileManifest(text, { manifestPath: label });
    return { policy: loadPolicy(compiled.packText), kind };
  } catch (err) {
    if (err instanceof ManifestError) {
      throw new PolicySourceError(
        `${label} is not a valid manifest:
${err.problems.map((p) => `  ${formatProblem(p, label)}`).join("\n")}`
      );
    }
    if (err instanceof PolicyLoadError)
      throw new PolicySourceError(`${label} is not a valid pack:
${err.problems.map((p) => `  ${p}`).join("\n")}`);
    throw err;
  }
}

// src/diff/types.ts
var DIFF_KINDS = [
  "workflow",
  "status",
  "maturity_stage",
  "posture",
  "scope",
  "scope_decision",
  "paths",
  "max_changed_files",
  "max_diff_lines",
  "max_open_prs_per_repo",
  "agent_classes",
  "gate_phases",
  "reviewer_pools",
  "human_review_required",
  "manual_review_required_for",
  "kill_signals",
  "branch_prefix",
  "required_pr_label"
];

export {
  SEARCH_LIMITS,
  searchPathSets,
  diffPolicies,
  pathVerdict,
  diffCounts,
  formatDiffText,
  compileManifest,
  regenerateLike,
  PolicySourceError,
  loadPolicySource,
  DIFF_KINDS
};
