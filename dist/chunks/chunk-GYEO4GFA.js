import { createRequire as __mgpCreateRequire } from 'node:module';
const require = __mgpCreateRequire(import.meta.url);
import {
  compileParsedManifest,
  manifestPathOf
} from "./chunk-NCCZSBQK.js";
import {
  DEFAULT_MANIFEST_PATH,
  DEFAULT_PACK_PATH
} from "./chunk-ZMSVKSWG.js";
import {
  detectFormat,
  normaliseLineEndings,
  parseJsonManifest
} from "./chunk-NWVMCMAX.js";

// src/pack/compile-lean.ts
async function compileManifestLean(text, options = {}) {
  const lf = normaliseLineEndings(text);
  const format = options.format ?? detectFormat(lf, manifestPathOf(options));
  const parsed = format === "json" ? parseJsonManifest(lf) : (await import("./parse-yaml-3LD6HCIB.js")).parseYamlManifest(lf);
  return compileParsedManifest(parsed, lf, options);
}

// src/pack/files.ts
import { randomBytes } from "node:crypto";
import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from "node:fs";
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

export {
  compileManifestLean,
  resolvePackPaths,
  PackFileError,
  readTextFile,
  writeFileAtomic
};
