import { createRequire as __mgpCreateRequire } from 'node:module';
const require = __mgpCreateRequire(import.meta.url);

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

// src/pack/json-text.ts
var JsonSyntaxError = class extends Error {
  constructor(message, offset, pointer = null) {
    super(message);
    this.offset = offset;
    this.pointer = pointer;
  }
  offset;
  pointer;
  name = "JsonSyntaxError";
};
function parseJson(text, offsets) {
  return new Parser(text, offsets).parseDocument();
}
function parseJsonFast(text) {
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    return parseJson(text);
  }
  return hasDuplicateKey(text) ? parseJson(text) : value;
}
var KEY_TOKENS = /"[^"\\]*(?:\\.[^"\\]*)*"(\s*:)?|[{}[\]]/g;
function hasDuplicateKey(text) {
  const stack = [];
  let current = null;
  KEY_TOKENS.lastIndex = 0;
  for (let m = KEY_TOKENS.exec(text); m !== null; m = KEY_TOKENS.exec(text)) {
    const token = m[0];
    if (m[1] !== void 0) {
      const quoted = token.slice(0, token.length - m[1].length);
      const key = quoted.includes("\\") ? JSON.parse(quoted) : quoted.slice(1, -1);
      if (current === null) continue;
      if (current.has(key)) return true;
      current.add(key);
    } else if (token === "{" || token === "[") {
      stack.push(current);
      current = token === "{" ? /* @__PURE__ */ new Set() : null;
    } else if (token === "}" || token === "]") {
      current = stack.pop() ?? null;
    }
  }
  return false;
}
function escapePointerSegment(segment) {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}
function positionAt(text, offset) {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
var NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
var Parser = class {
  constructor(text, offsets) {
    this.text = text;
    this.offsets = offsets;
  }
  text;
  offsets;
  pos = 0;
  parseDocument() {
    this.skipSpace();
    const value = this.parseValue("");
    this.skipSpace();
    if (this.pos < this.text.length) this.fail(`unexpected ${this.describe()} after the JSON value`);
    return value;
  }
  parseValue(pointer) {
    if (this.offsets && !this.offsets.has(pointer)) this.offsets.set(pointer, this.pos);
    const c = this.text.charCodeAt(this.pos);
    switch (c) {
      case 123:
        return this.parseObject(pointer);
      case 91:
        return this.parseArray(pointer);
      case 34:
        return this.parseString();
      case 116:
        return this.literal("true", true);
      case 102:
        return this.literal("false", false);
      case 110:
        return this.literal("null", null);
      default:
        if (c === 45 || c >= 48 && c <= 57) return this.parseNumber();
        return this.fail(`expected a JSON value, found ${this.describe()}`);
    }
  }
  parseObject(pointer) {
    const out = {};
    const seen = /* @__PURE__ */ new Set();
    this.pos++;
    this.skipSpace();
    if (this.text.charCodeAt(this.pos) === 125) {
      this.pos++;
      return out;
    }
    for (; ; ) {
      if (this.text.charCodeAt(this.pos) !== 34) this.fail(`expected a quoted property name, found ${this.describe()}`);
      const keyOffset = this.pos;
      const key = this.parseString();
      const child = this.offsets ? `${pointer}/${escapePointerSegment(key)}` : "";
      if (seen.has(key)) {
        this.pos = keyOffset;
        throw new JsonSyntaxError(`duplicate key "${key}": the value would be ambiguous`, keyOffset, this.offsets ? child : null);
      }
      seen.add(key);
      if (this.offsets) this.offsets.set(child, keyOffset);
      this.skipSpace();
      if (this.text.charCodeAt(this.pos) !== 58) this.fail(`expected ":" after property name, found ${this.describe()}`);
      this.pos++;
      this.skipSpace();
      const value = this.parseValue(child);
      Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
      this.skipSpace();
      const c = this.text.charCodeAt(this.pos);
      if (c === 44) {
        this.pos++;
        this.skipSpace();
        continue;
      }
      if (c === 125) {
        this.pos++;
        return out;
      }
      this.fail(`expected "," or "}" in object, found ${this.describe()}`);
    }
  }
  parseArray(pointer) {
    const out = [];
    this.pos++;
    this.skipSpace();
    if (this.text.charCodeAt(this.pos) === 93) {
      this.pos++;
      return out;
    }
    for (; ; ) {
      out.push(this.parseValue(this.offsets ? `${pointer}/${out.length}` : ""));
      this.skipSpace();
      const c = this.text.charCodeAt(this.pos);
      if (c === 44) {
        this.pos++;
        this.skipSpace();
        continue;
      }
      if (c === 93) {
        this.pos++;
        return out;
      }
      this.fail(`expected "," or "]" in array, found ${this.describe()}`);
    }
  }
  parseString() {
    const start = this.pos;
    let escaped = false;
    for (let i = start + 1; i < this.text.length; i++) {
      const c = this.text.charCodeAt(i);
      if (c === 34) {
        this.pos = i + 1;
        const raw = this.text.slice(start, i + 1);
        if (!escaped) return raw.slice(1, -1);
        try {
          return JSON.parse(raw);
        } catch {
          this.pos = start;
          return this.fail("invalid escape sequence in string");
        }
      }
      if (c === 92) {
        escaped = true;
        i++;
      } else if (c < 32) {
        this.pos = i;
        this.fail("unescaped control character in string (line breaks and tabs must be written \\n and \\t)");
      }
    }
    this.pos = start;
    return this.fail("unterminated string");
  }
  parseNumber() {
    NUMBER.lastIndex = this.pos;
    const m = NUMBER.exec(this.text);
    if (m === null) return this.fail(`invalid number`);
    this.pos += m[0].length;
    return Number(m[0]);
  }
  literal(word, value) {
    if (!this.text.startsWith(word, this.pos)) this.fail(`expected a JSON value, found ${this.describe()}`);
    this.pos += word.length;
    return value;
  }
  skipSpace() {
    for (; ; ) {
      const c = this.text.charCodeAt(this.pos);
      if (c === 32 || c === 10 || c === 13 || c === 9) this.pos++;
      else return;
    }
  }
  describe() {
    if (this.pos >= this.text.length) return "end of input";
    const cp = this.text.codePointAt(this.pos);
    return cp >= 33 && cp <= 126 ? `"${String.fromCodePoint(cp)}"` : `U+${cp.toString(16).toUpperCase().padStart(4, "0")}`;
  }
  fail(message) {
    throw new JsonSyntaxError(message, this.pos);
  }
};

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
  escapePointerSegment,
  normaliseLineEndings,
  detectFormat,
  withoutBom,
  parseJsonManifest
};
