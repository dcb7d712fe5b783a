import { createRequire as __mgpCreateRequire } from 'node:module';
const require = __mgpCreateRequire(import.meta.url);

// src/decision/text.ts
function isPyWhitespace(code) {
  if (code <= 32) return code === 32 || code >= 9 && code <= 13 || code >= 28 && code <= 31;
  if (code < 133) return false;
  return code === 133 || code === 160 || code === 5760 || code >= 8192 && code <= 8202 || code === 8232 || code === 8233 || code === 8239 || code === 8287 || code === 12288;
}
function pyStrip(s) {
  let start = 0;
  let end = s.length;
  while (start < end && isPyWhitespace(s.charCodeAt(start))) start++;
  while (end > start && isPyWhitespace(s.charCodeAt(end - 1))) end--;
  return start === 0 && end === s.length ? s : s.slice(start, end);
}
function isBlank(s) {
  for (let i = 0; i < s.length; i++) if (!isPyWhitespace(s.charCodeAt(i))) return false;
  return true;
}
function hasOuterWhitespace(s) {
  return s.length > 0 && (isPyWhitespace(s.charCodeAt(0)) || isPyWhitespace(s.charCodeAt(s.length - 1)));
}
function isControl(code) {
  return code < 32 || code >= 127 && code <= 159;
}
function isBidiControl(code) {
  return code >= 8234 && code <= 8238 || code >= 8294 && code <= 8297 || code === 8206 || code === 8207 || code === 1564;
}
function isLineSeparator(code) {
  return code === 8232 || code === 8233;
}
var INVISIBLE_CHARS = /[\p{Default_Ignorable_Code_Point}\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\u{e0000}-\u{e0fff}]/u;
function findUnsafeChar(s) {
  let nonAscii = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 128) {
      if (isControl(c)) return i;
    } else {
      if (isControl(c) || isBidiControl(c) || isLineSeparator(c)) return i;
      nonAscii = true;
    }
  }
  return nonAscii ? findInvisibleChar(s) : -1;
}
function findInvisibleChar(s) {
  const m = INVISIBLE_CHARS.exec(s);
  return m === null ? -1 : m.index;
}
function codePointName(s, index) {
  return `U+${s.codePointAt(index).toString(16).toUpperCase().padStart(4, "0")}`;
}
var MESSAGE_VALUE_LIMIT = 120;
function quoteValue(value) {
  let s;
  if (typeof value === "string") {
    s = value.length > MESSAGE_VALUE_LIMIT ? `${value.slice(0, MESSAGE_VALUE_LIMIT)}\u2026(${value.length} chars)` : value;
  } else {
    return describeType(value);
  }
  let out = JSON.stringify(s);
  if (/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/.test(out)) {
    out = out.replace(/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
  }
  return out;
}
function plainValue(value) {
  const q = quoteValue(value);
  return q.slice(1, q.lastIndexOf('"')) + q.slice(q.lastIndexOf('"') + 1);
}
function describeType(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  switch (typeof value) {
    case "string":
      return "a string";
    case "number":
      return Number.isFinite(value) ? `the number ${value}` : `the number ${String(value)}`;
    case "boolean":
      return `the boolean ${value}`;
    case "object":
      return "an object";
    case "undefined":
      return "nothing";
    default:
      return `a ${typeof value}`;
  }
}

export {
  pyStrip,
  isBlank,
  hasOuterWhitespace,
  isControl,
  isBidiControl,
  isLineSeparator,
  INVISIBLE_CHARS,
  findUnsafeChar,
  codePointName,
  quoteValue,
  plainValue,
  describeType
};
