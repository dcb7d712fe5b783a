import { createRequire as __mgpCreateRequire } from 'node:module';
const require = __mgpCreateRequire(import.meta.url);

// src/util/canonical-json.ts
import { createHash } from "node:crypto";
function canonicalJson(value) {
  const view = sortedView(value);
  if (view !== NOT_PLAIN) {
    const text = JSON.stringify(view, null, 2);
    return (NON_ASCII.test(text) ? text.replace(NON_ASCII_ALL, escapeCodeUnit) : text) + "\n";
  }
  const w = new Writer();
  w.write(value, 0);
  w.out.push("\n");
  return w.out.join("");
}
var Writer = class {
  out = [];
  /** By depth: "\n" + indent, the separator ",\n" + indent. */
  #newline = ["\n"];
  #separator = [",\n"];
  /** Key → its quoted form and ": ". */
  #keys = /* @__PURE__ */ new Map();
  #indent(depth) {
    while (this.#newline.length <= depth) {
      const pad = "  ".repeat(this.#newline.length);
      this.#newline.push("\n" + pad);
      this.#separator.push(",\n" + pad);
    }
  }
  write(value, depth) {
    const out = this.out;
    if (value === null) {
      out.push("null");
      return;
    }
    switch (typeof value) {
      case "string":
        out.push(quoteAscii(value));
        return;
      case "boolean":
        out.push(value ? "true" : "false");
        return;
      case "number":
        if (!Number.isFinite(value)) throw new TypeError(`cannot serialise non-finite number ${value}`);
        out.push(JSON.stringify(value));
        return;
      case "object": {
        const inner = depth + 1;
        this.#indent(inner);
        if (Array.isArray(value)) {
          if (value.length === 0) {
            out.push("[]");
            return;
          }
          out.push("[");
          for (let i = 0; i < value.length; i++) {
            out.push(i === 0 ? this.#newline[inner] : this.#separator[inner]);
            this.write(value[i], inner);
          }
          out.push(this.#newline[depth], "]");
          return;
        }
        const keys = sortedKeys(value);
        if (keys.length === 0) {
          out.push("{}");
          return;
        }
        const obj = value;
        out.push("{");
        for (let i = 0; i < keys.length; i++) {
          const k = keys[i];
          let quoted = this.#keys.get(k);
          if (quoted === void 0) this.#keys.set(k, quoted = quoteAscii(k) + ": ");
          out.push(i === 0 ? this.#newline[inner] : this.#separator[inner], quoted);
          this.write(obj[k], inner);
        }
        out.push(this.#newline[depth], "}");
        return;
      }
      default:
        throw new TypeError(`cannot serialise a ${typeof value}`);
    }
  }
};
var NOT_PLAIN = /* @__PURE__ */ Symbol("not plain JSON data");
function sortedView(value) {
  if (value === null) return value;
  switch (typeof value) {
    case "string":
    case "boolean":
      return value;
    case "number":
      return Number.isFinite(value) ? value : NOT_PLAIN;
    case "object": {
      if (Array.isArray(value)) {
        let copy;
        for (let i = 0; i < value.length; i++) {
          const item = value[i];
          const view = sortedView(item);
          if (view === NOT_PLAIN) return NOT_PLAIN;
          if (view !== item) (copy ??= value.slice())[i] = view;
        }
        return copy ?? value;
      }
      const proto = Object.getPrototypeOf(value);
      if (proto !== Object.prototype && proto !== null) return NOT_PLAIN;
      const obj = value;
      const keys = Object.keys(obj);
      let inOrder = true;
      let views;
      for (let i = 0; i < keys.length; i++) {
        const k = keys[i];
        const c = k.charCodeAt(0);
        if (c >= 48 && c <= 57 || k === "__proto__") return NOT_PLAIN;
        if (i > 0 && compareKeys(keys[i - 1], k) > 0) inOrder = false;
        const item = obj[k];
        const view = sortedView(item);
        if (view === NOT_PLAIN) return NOT_PLAIN;
        if (view !== item) (views ??= keys.map((key) => obj[key]))[i] = view;
      }
      if (inOrder && views === void 0) return value;
      const order = keys.map((_, i) => i);
      if (!inOrder) order.sort((a, b) => compareKeys(keys[a], keys[b]));
      const out = {};
      for (const i of order) out[keys[i]] = views === void 0 ? obj[keys[i]] : views[i];
      return out;
    }
    default:
      return NOT_PLAIN;
  }
}
function sortedKeys(obj) {
  const keys = Object.keys(obj);
  for (let i = 1; i < keys.length; i++) {
    if (compareKeys(keys[i - 1], keys[i]) > 0) return keys.sort(compareKeys);
  }
  return keys;
}
function compareKeys(a, b) {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    if ((x & 63488) === 55296 || (y & 63488) === 55296) return compareCodePoints(a, b);
    return x - y;
  }
  return a.length - b.length;
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
function canonicalJsonLine(value) {
  return line(value, "") ?? "null";
}
function line(value, key) {
  if (value === null) return "null";
  switch (typeof value) {
    case "string":
      return quoteAscii(value);
    case "boolean":
      return value ? "true" : "false";
    case "number":
      return Number.isFinite(value) ? JSON.stringify(value) : "null";
    case "bigint":
      throw new TypeError("cannot serialise a bigint");
    case "object": {
      const toJSON = value.toJSON;
      if (typeof toJSON === "function") return line(toJSON.call(value, key), key);
      if (Array.isArray(value)) {
        let out2 = "[";
        for (let i = 0; i < value.length; i++) {
          if (i > 0) out2 += ",";
          out2 += line(value[i], String(i)) ?? "null";
        }
        return out2 + "]";
      }
      const obj = value;
      let out = "{";
      for (const k of sortedKeys(obj)) {
        const v = line(obj[k], k);
        if (v === void 0) continue;
        out += (out.length > 1 ? "," : "") + quoteAscii(k) + ":" + v;
      }
      return out + "}";
    }
    default:
      return void 0;
  }
}
var PLAIN = /^[^"\\\u0000-\u001f\u007f-\uffff]*$/;
var NON_ASCII = /[\u007f-\uffff]/;
var NON_ASCII_ALL = /[\u007f-\uffff]/g;
var escapeCodeUnit = (c) => "\\u" + c.charCodeAt(0).toString(16).padStart(4, "0");
function quoteAscii(s) {
  if (PLAIN.test(s)) return '"' + s + '"';
  const json = JSON.stringify(s);
  return NON_ASCII.test(s) ? json.replace(NON_ASCII_ALL, escapeCodeUnit) : json;
}
function sha256Hex(data) {
  return createHash("sha256").update(data).digest("hex");
}

// src/util/files.ts
import { readFileSync } from "node:fs";
function readFileIfExists(file) {
  try {
    return readFileSync(file);
  } catch (err) {
    if (err.code === "ENOENT") return null;
    throw err;
  }
}

export {
  canonicalJson,
  compareCodePoints,
  canonicalJsonLine,
  quoteAscii,
  sha256Hex,
  readFileIfExists
};
