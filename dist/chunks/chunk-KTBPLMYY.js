import { createRequire as __mgpCreateRequire } from 'node:module';
const require = __mgpCreateRequire(import.meta.url);
import {
  stringOpt
} from "./chunk-LQIVBWD2.js";
import {
  UsageError
} from "./chunk-W634JM7Y.js";
import {
  VERSION
} from "./chunk-6K3DM747.js";

// src/cli/pack-index-cache.ts
import { lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
var PACK_INDEX_MIN_BYTES = 1 << 20;
var PACK_CACHE_ENV = "MCP_GATEWAY_POLICY_CACHE_DIR";
var KEEP = 32;
var TOOL = "mcp-gateway-policy";
var ENTRY = /^[0-9a-f]{64}\.json$/;
function packIndexCacheOption(args, io, usage) {
  const option = stringOpt(args, "pack-cache");
  if (option !== void 0 && option.trim() === "") throw new UsageError(`--pack-cache must be a directory or off

${usage}`);
  return packIndexCache(option, io.env, io.cwd);
}
function packIndexCache(option, env, cwd) {
  const given = option ?? env[PACK_CACHE_ENV];
  if (given !== void 0) return given === "off" || given.trim() === "" ? void 0 : new FileCache(path.resolve(cwd, given));
  if (env.GITHUB_ACTIONS === "true") return void 0;
  const base = env.XDG_CACHE_HOME || (env.HOME ? path.join(env.HOME, ".cache") : env.LOCALAPPDATA);
  return base ? new FileCache(path.join(base, TOOL, "pack-index")) : void 0;
}
var FileCache = class {
  constructor(dir) {
    this.dir = dir;
  }
  dir;
  find(packSha256, byteLength) {
    if (byteLength < PACK_INDEX_MIN_BYTES) return void 0;
    try {
      const file = path.join(this.dir, `${packSha256}.json`);
      if (!ownedPrivately(this.dir, "directory") || !ownedPrivately(file, "file")) return void 0;
      const stored = JSON.parse(readFileSync(file, "utf8"));
      if (stored?.tool !== TOOL || stored.version !== VERSION) return void 0;
      const now = /* @__PURE__ */ new Date();
      utimesSync(file, now, now);
      return stored.index;
    } catch {
      return void 0;
    }
  }
  save(index) {
    if (index.byte_length < PACK_INDEX_MIN_BYTES) return;
    const file = path.join(this.dir, `${index.pack_sha256}.json`);
    const temporary = `${file}.${process.pid}.tmp`;
    try {
      mkdirSync(this.dir, { recursive: true, mode: 448 });
      if (!ownedPrivately(this.dir, "directory")) return;
      writeFileSync(temporary, JSON.stringify({ tool: TOOL, version: VERSION, index }), { mode: 384, flag: "wx" });
      renameSync(temporary, file);
      this.#prune();
    } catch {
      rmSync(temporary, { force: true });
    }
  }
  #prune() {
    const entries = readdirSync(this.dir).filter((name) => ENTRY.test(name));
    if (entries.length <= KEEP) return;
    const byAge = entries.map((name) => ({ name, used: statSync(path.join(this.dir, name)).mtimeMs })).sort((a, b) => b.used - a.used || (a.name < b.name ? -1 : 1));
    for (const { name } of byAge.slice(KEEP)) rmSync(path.join(this.dir, name), { force: true });
  }
};
function ownedPrivately(p, kind) {
  const st = lstatSync(p);
  if (kind === "directory" ? !st.isDirectory() : !st.isFile()) return false;
  if ((st.mode & 18) !== 0) return false;
  return process.getuid === void 0 || st.uid === process.getuid();
}

export {
  PACK_INDEX_MIN_BYTES,
  PACK_CACHE_ENV,
  packIndexCacheOption
};
