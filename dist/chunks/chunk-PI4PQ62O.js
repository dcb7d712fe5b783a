import { createRequire as __mgpCreateRequire } from 'node:module';
const require = __mgpCreateRequire(import.meta.url);
import {
  compileParsedManifest,
  manifestPathOf
} from "./chunk-75RVNVNG.js";
import {
  DEFAULT_MANIFEST_PATH,
  DEFAULT_PACK_PATH
} from "./chunk-PABWOY3E.js";
import {
  detectFormat,
  normaliseLineEndings,
  parseJsonManifest
} from "./chunk-NWVMCMAX.js";

// src/pack/compile-lean.ts
async function compileManifestLean(text, options = {}) {
  const lf = normaliseLineEndings(text);
  const format = options.format ?? detectFormat(lf, manifestPathOf(options));
  const parsed = format === "json" ? parseJsonManifest(lf) : (await import("./parse-yaml-P5HEDWIM.js")).parseYamlManifest(lf);
  return compileParsedManifest(parsed, lf, options);
}

// src/pack/files.ts
import { randomBytes } from "node:crypto";
import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, realpathSync, renameSync, rmSync, statSync, writeSync } from "node:fs";
import path from "node:path";
function resolvePackPaths(cwd, repoRoot, manifest, output) {
  const root = path.resolve(cwd, repoRoot ?? ".");
  const manifestAbs = path.resolve(root, manifest ?? DEFAULT_MANIFEST_PATH);
  const outputAbs = path.resolve(root, output ?? DEFAULT_PACK_PATH);
  const rel = (p) => path.relative(root, p).split(path.sep).join("/");
  const outputRel = rel(outputAbs);
  return {
    repoRoot: root,
    manifestAbs,
    outputAbs,
    manifestRel: rel(manifestAbs),
    outputRel: outputRel.startsWith("../") ? outputAbs : outputRel
  };
}
var PackFileError = class extends Error {
  name = "PackFileError";
};
var UTF8 = new TextDecoder("utf-8", { fatal: true });
function readTextFile(absPath, label) {
  let bytes;
  try {
    bytes = readFileSync(absPath);
  } catch (err) {
    const code = err.code;
    if (code === "ENOENT") return null;
    if (code === "EISDIR") throw new PackFileError(`${label} ${absPath} is a directory, not a file`);
    throw new PackFileError(`cannot read ${label} ${absPath}: ${err.message}`);
  }
  try {
    return UTF8.decode(bytes);
  } catch {
    throw new PackFileError(`${label} ${absPath} is not valid UTF-8 text`);
  }
}
function writeFileAtomic(absPath, text) {
  const dir = path.dirname(absPath);
  const temp = path.join(dir, `.${path.basename(absPath)}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    mkdirSync(dir, { recursive: true });
    const fd = openSync(temp, "wx", 420);
    try {
      const bytes = Buffer.from(text, "utf8");
      for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done, bytes.length - done);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, absPath);
  } catch (err) {
    rmSync(temp, { force: true });
    throw new PackFileError(`cannot write ${absPath}: ${err.message}`);
  }
}
function sameFile(a, b) {
  if (path.resolve(a) === path.resolve(b)) return true;
  try {
    if (realpathSync(a) === realpathSync(b)) return true;
    const sa = statSync(a);
    const sb = statSync(b);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}
function checkPackOutput(paths, existing) {
  if (sameFile(paths.outputAbs, paths.manifestAbs)) {
    throw new PackFileError(`--output ${paths.outputRel} is the manifest ${paths.manifestRel}: writing the pack there would destroy the manifest; choose another --output`);
  }
  if (existing === null) return;
  let value;
  try {
    value = JSON.parse(existing);
  } catch {
    value = void 0;
  }
  const v = value;
  const isPack = v !== null && typeof v === "object" && !Array.isArray(v) && typeof v.schema_version === "string" && typeof v.policy_id === "string" && Array.isArray(v.workflow_policies);
  if (!isPack) {
    throw new PackFileError(
      `refusing to overwrite ${paths.outputRel}: it exists and is not a policy pack (no schema_version, policy_id and workflow_policies); move it or choose another --output`
    );
  }
}

export {
  compileManifestLean,
  resolvePackPaths,
  PackFileError,
  readTextFile,
  writeFileAtomic,
  checkPackOutput
};
