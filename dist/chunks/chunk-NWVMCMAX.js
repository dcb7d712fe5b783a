import { createRequire as __mgpCreateRequire } from 'node:module';
const require = __mgpCreateRequire(import.meta.url);
import {
  JsonSyntaxError,
  parseJson,
  parseJsonFast,
  positionAt
} from "./chunk-IOPAOPV6.js";

// src/pack/errors.ts
var ManifestError = class extends Error {
  name = "ManifestError";
  problems;
  constructor(problems, source = "manifest") {
    super(
      `${source} is invalid (${problems.length} problem${problems.length === 1 ? "" : "s"}):
` + problems.map((p) => `  ${formatProblem(p, source)}`).join("\n")
    );
    this.problems = problems;
  }
};
function formatProblem(p, source) {
  const where = p.line === void 0 ? source : `${source}:${p.line}:${p.column ?? 1}`;
  return `${where}: ${p.pointer === "" ? "(document)" : p.pointer}: ${p.message}`;
}

// src/pack/parse.ts
function normaliseLineEndings(text) {
  return text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text;
}
function detectFormat(text, manifestPath) {
  if (manifestPath !== void 0 && manifestPath !== "") return /\.ya?ml$/i.test(manifestPath) ? "yaml" : "json";
  return /^\uFEFF?\s*\{/.test(text) ? "json" : "yaml";
}
function withoutBom(text) {
  return text.startsWith("\uFEFF") ? " " + text.slice(1) : text;
}
function parseJsonManifest(lfText) {
  const text = withoutBom(lfText);
  let value;
  try {
    value = parseJsonFast(text);
  } catch (first) {
    if (!(first instanceof JsonSyntaxError)) throw first;
    let err = first;
    try {
      parseJson(text, /* @__PURE__ */ new Map());
    } catch (again) {
      if (again instanceof JsonSyntaxError) err = again;
    }
    const where = positionAt(text, err.offset);
    throw new ManifestError([{ pointer: err.pointer ?? "", message: `invalid JSON: ${err.message}`, ...where }]);
  }
  let offsets;
  return {
    value,
    locate(pointer) {
      if (offsets === void 0) {
        offsets = /* @__PURE__ */ new Map();
        parseJson(text, offsets);
      }
      const offset = offsets.get(pointer);
      return offset === void 0 ? void 0 : positionAt(text, offset);
    }
  };
}

export {
  ManifestError,
  formatProblem,
  normaliseLineEndings,
  detectFormat,
  withoutBom,
  parseJsonManifest
};
