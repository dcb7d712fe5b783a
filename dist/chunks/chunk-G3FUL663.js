import { createRequire as __mgpCreateRequire } from 'node:module';
const require = __mgpCreateRequire(import.meta.url);
import {
  compileParsedManifest,
  identityOf,
  manifestPathOf
} from "./chunk-4MNAA4XE.js";
import {
  parseYamlManifest
} from "./chunk-6G4F6LI7.js";
import {
  detectFormat,
  normaliseLineEndings,
  parseJsonManifest
} from "./chunk-YXQSOUEQ.js";

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
