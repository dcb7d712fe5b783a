import { createRequire as __mgpCreateRequire } from 'node:module';
const require = __mgpCreateRequire(import.meta.url);

// src/util/canonical-json.ts
import { createHash } from "node:crypto";
function canonicalJson(value) {
  return write(value, "") + "\n";
}
function write(value, indent) {
  if (value === null) return "null";
  switch (typeof value) {
    case "string":
      return quote(value);
    case "boolean":
      return value ? "true" : "false";
    case "number":
      if (!Number.isFinite(value)) throw new TypeError(`cannot serialise non-finite number ${value}`);
      return JSON.stringify(value);
    case "object": {
      const inner = indent + "  ";
      if (Array.isArray(value)) {
        if (value.length === 0) return "[]";
        return "[\n" + value.map((v) => inner + write(v, inner)).join(",\n") + "\n" + indent + "]";
      }
      const keys = Object.keys(value).sort(compareCodePoints);
      if (keys.length === 0) return "{}";
      const obj = value;
      return "{\n" + keys.map((k) => inner + quote(k) + ": " + write(obj[k], inner)).join(",\n") + "\n" + indent + "}";
    }
    default:
      throw new TypeError(`cannot serialise a ${typeof value}`);
  }
}
function compareCodePoints(a, b) {
  const ia = a[Symbol.iterator]();
  const ib = b[Symbol.iterator]();
  for (; ; ) {
    const x = ia.next();
    const y = ib.next();
    if (x.done) return y.done ? 0 : -1;
    if (y.done) return 1;
    const cx = x.value.codePointAt(0);
    const cy = y.value.codePointAt(0);
    if (cx !== cy) return cx - cy;
  }
}
var SHORT_ESCAPES = {
  '"': '\\"',
  "\\": "\\\\",
  "\b": "\\b",
  "\f": "\\f",
  "\n": "\\n",
  "\r": "\\r",
  "	": "\\t"
};
function quote(s) {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    const code = s.charCodeAt(i);
    const short = SHORT_ESCAPES[ch];
    if (short !== void 0) out += short;
    else if (code < 32 || code > 126) out += "\\u" + code.toString(16).padStart(4, "0");
    else out += ch;
  }
  return out + '"';
}
function sha256Hex(data) {
  return createHash("sha256").update(data).digest("hex");
}

export {
  canonicalJson,
  compareCodePoints,
  sha256Hex
};
