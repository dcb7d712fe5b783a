import { createRequire as __mgpCreateRequire } from 'node:module';
const require = __mgpCreateRequire(import.meta.url);
import {
  compileParsedManifest,
  identityOf,
  manifestPathOf
} from "./chunk-75RVNVNG.js";
import {
  parseYamlManifest
} from "./chunk-DERV5U36.js";
import {
  detectFormat,
  normaliseLineEndings,
  parseJsonManifest
} from "./chunk-NWVMCMAX.js";

// src/pack/compile-manifest.ts
function compileManifest(text, options = {}) {
  const lf = normaliseLineEndings(text);
  const format = options.format ?? detectFormat(lf, manifestPathOf(options));
  return compileParsedManifest(format === "json" ? parseJsonManifest(lf) : parseYamlManifest(lf), lf, options);
}
function regenerateLike(manifestText, committedPackText, options = {}) {
  return compileManifest(manifestText, { ...options, ...identityOf(committedPackText) });
}

export {
  compileManifest,
  regenerateLike
};
