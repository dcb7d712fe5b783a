import { createRequire as __mgpCreateRequire } from 'node:module';
const require = __mgpCreateRequire(import.meta.url);
import {
  assessPosture,
  validatePackShape
} from "./chunk-3E2C7ZGU.js";
import {
  canonicalJson,
  canonicalJsonLine,
  compareCodePoints,
  quoteAscii,
  sha256Hex
} from "./chunk-P25BMAAV.js";
import {
  DEFAULT_PACK_PATH
} from "./chunk-MHXBMGPT.js";
import {
  __commonJS,
  __toESM
} from "./chunk-5TZFI64R.js";

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str2) => REGEX_SPECIAL_CHARS.test(str2);
    exports.isRegexChar = (str2) => str2.length === 1 && exports.hasRegexChars(str2);
    exports.escapeRegex = (str2) => str2.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str2) => str2.replace(REGEX_BACKSLASH, "/");
    exports.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports.removeBackslashes = (str2) => {
      return str2.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports.basename = (path, { windows } = {}) => {
      const segs = path.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str2 = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str2.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str2.charCodeAt(++index);
      };
      while (index < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str2;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str2.slice(0, start);
        str2 = str2.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str2.slice(0, lastIndex);
        glob = str2.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str2;
      } else {
        base = str2;
      }
      if (base && base !== "" && base !== "/" && base !== str2) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value2 = input.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i >= start) {
            parts.push(value2);
            prevIndex = i;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value = input.slice(n);
        parts.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens[tokens.length - 1].value = value;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal = normalizeSimpleBranch(branch);
        if (literal && literal.length === 1) {
          safeChars.push(literal);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants.globChars(opts.windows);
      const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open = tokens[token.tokensIndex];
          open.type = "text";
          open.value = literal;
          open.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix = POSIX_REGEX_SOURCE[rest2];
                if (posix) {
                  prev.value = pre + posix;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open);
          push(open);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str2) => {
        switch (str2) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str2);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan = require_scan();
    var parse = require_parse();
    var utils = require_utils();
    var constants = require_constants();
    var isObject2 = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch2 = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch2(input, options, returnState));
        const arrayMatcher = (str2) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str2);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject2(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix = opts.windows;
      const regex = isState ? picomatch2.compileRe(glob, options) : picomatch2.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch2(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch2.test(input, regex, options, { glob, posix });
        const result2 = { glob, state, regex, posix, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result2);
        }
        if (isMatch === false) {
          result2.isMatch = false;
          return returnObject ? result2 : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result2);
          }
          result2.isMatch = false;
          return returnObject ? result2 : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result2);
        }
        return returnObject ? result2 : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch2.test = (input, regex, options, { glob, posix } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch2.matchBase(input, regex, options, posix);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch2.matchBase = (input, glob, options, posix = options && options.windows) => {
      const regex = glob instanceof RegExp ? glob : picomatch2.makeRe(glob, options);
      return regex.test(utils.basename(input, { windows: posix }));
    };
    picomatch2.isMatch = (str2, patterns, options) => picomatch2(patterns, options)(str2);
    picomatch2.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch2.parse(p, options));
      return parse(pattern, { ...options, fastpaths: false });
    };
    picomatch2.scan = (input, options) => scan(input, options);
    picomatch2.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch2.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch2.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse(input, options);
      }
      return picomatch2.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch2.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch2.constants = constants;
    module.exports = picomatch2;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch2(glob, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob, options, returnState);
    }
    Object.assign(picomatch2, pico);
    module.exports = picomatch2;
  }
});

// src/decision/case-fold-table.ts
var CASE_FOLD_TABLE = "41:61;42:62;43:63;44:64;45:65;46:66;47:67;48:68;49:69;4a:6a;4b:6b;4c:6c;4d:6d;4e:6e;4f:6f;50:70;51:71;52:72;53:73;54:74;55:75;56:76;57:77;58:78;59:79;5a:7a;b5:3bc;c0:e0;c1:e1;c2:e2;c3:e3;c4:e4;c5:e5;c6:e6;c7:e7;c8:e8;c9:e9;ca:ea;cb:eb;cc:ec;cd:ed;ce:ee;cf:ef;d0:f0;d1:f1;d2:f2;d3:f3;d4:f4;d5:f5;d6:f6;d8:f8;d9:f9;da:fa;db:fb;dc:fc;dd:fd;de:fe;df:73 73;100:101;102:103;104:105;106:107;108:109;10a:10b;10c:10d;10e:10f;110:111;112:113;114:115;116:117;118:119;11a:11b;11c:11d;11e:11f;120:121;122:123;124:125;126:127;128:129;12a:12b;12c:12d;12e:12f;130:69 307;132:133;134:135;136:137;139:13a;13b:13c;13d:13e;13f:140;141:142;143:144;145:146;147:148;149:2bc 6e;14a:14b;14c:14d;14e:14f;150:151;152:153;154:155;156:157;158:159;15a:15b;15c:15d;15e:15f;160:161;162:163;164:165;166:167;168:169;16a:16b;16c:16d;16e:16f;170:171;172:173;174:175;176:177;178:ff;179:17a;17b:17c;17d:17e;17f:73;181:253;182:183;184:185;186:254;187:188;189:256;18a:257;18b:18c;18e:1dd;18f:259;190:25b;191:192;193:260;194:263;196:269;197:268;198:199;19c:26f;19d:272;19f:275;1a0:1a1;1a2:1a3;1a4:1a5;1a6:280;1a7:1a8;1a9:283;1ac:1ad;1ae:288;1af:1b0;1b1:28a;1b2:28b;1b3:1b4;1b5:1b6;1b7:292;1b8:1b9;1bc:1bd;1c4:1c6;1c5:1c6;1c7:1c9;1c8:1c9;1ca:1cc;1cb:1cc;1cd:1ce;1cf:1d0;1d1:1d2;1d3:1d4;1d5:1d6;1d7:1d8;1d9:1da;1db:1dc;1de:1df;1e0:1e1;1e2:1e3;1e4:1e5;1e6:1e7;1e8:1e9;1ea:1eb;1ec:1ed;1ee:1ef;1f0:6a 30c;1f1:1f3;1f2:1f3;1f4:1f5;1f6:195;1f7:1bf;1f8:1f9;1fa:1fb;1fc:1fd;1fe:1ff;200:201;202:203;204:205;206:207;208:209;20a:20b;20c:20d;20e:20f;210:211;212:213;214:215;216:217;218:219;21a:21b;21c:21d;21e:21f;220:19e;222:223;224:225;226:227;228:229;22a:22b;22c:22d;22e:22f;230:231;232:233;23a:2c65;23b:23c;23d:19a;23e:2c66;241:242;243:180;244:289;245:28c;246:247;248:249;24a:24b;24c:24d;24e:24f;345:3b9;370:371;372:373;376:377;37f:3f3;386:3ac;388:3ad;389:3ae;38a:3af;38c:3cc;38e:3cd;38f:3ce;390:3b9 308 301;391:3b1;392:3b2;393:3b3;394:3b4;395:3b5;396:3b6;397:3b7;398:3b8;399:3b9;39a:3ba;39b:3bb;39c:3bc;39d:3bd;39e:3be;39f:3bf;3a0:3c0;3a1:3c1;3a3:3c3;3a4:3c4;3a5:3c5;3a6:3c6;3a7:3c7;3a8:3c8;3a9:3c9;3aa:3ca;3ab:3cb;3b0:3c5 308 301;3c2:3c3;3cf:3d7;3d0:3b2;3d1:3b8;3d5:3c6;3d6:3c0;3d8:3d9;3da:3db;3dc:3dd;3de:3df;3e0:3e1;3e2:3e3;3e4:3e5;3e6:3e7;3e8:3e9;3ea:3eb;3ec:3ed;3ee:3ef;3f0:3ba;3f1:3c1;3f4:3b8;3f5:3b5;3f7:3f8;3f9:3f2;3fa:3fb;3fd:37b;3fe:37c;3ff:37d;400:450;401:451;402:452;403:453;404:454;405:455;406:456;407:457;408:458;409:459;40a:45a;40b:45b;40c:45c;40d:45d;40e:45e;40f:45f;410:430;411:431;412:432;413:433;414:434;415:435;416:436;417:437;418:438;419:439;41a:43a;41b:43b;41c:43c;41d:43d;41e:43e;41f:43f;420:440;421:441;422:442;423:443;424:444;425:445;426:446;427:447;428:448;429:449;42a:44a;42b:44b;42c:44c;42d:44d;42e:44e;42f:44f;460:461;462:463;464:465;466:467;468:469;46a:46b;46c:46d;46e:46f;470:471;472:473;474:475;476:477;478:479;47a:47b;47c:47d;47e:47f;480:481;48a:48b;48c:48d;48e:48f;490:491;492:493;494:495;496:497;498:499;49a:49b;49c:49d;49e:49f;4a0:4a1;4a2:4a3;4a4:4a5;4a6:4a7;4a8:4a9;4aa:4ab;4ac:4ad;4ae:4af;4b0:4b1;4b2:4b3;4b4:4b5;4b6:4b7;4b8:4b9;4ba:4bb;4bc:4bd;4be:4bf;4c0:4cf;4c1:4c2;4c3:4c4;4c5:4c6;4c7:4c8;4c9:4ca;4cb:4cc;4cd:4ce;4d0:4d1;4d2:4d3;4d4:4d5;4d6:4d7;4d8:4d9;4da:4db;4dc:4dd;4de:4df;4e0:4e1;4e2:4e3;4e4:4e5;4e6:4e7;4e8:4e9;4ea:4eb;4ec:4ed;4ee:4ef;4f0:4f1;4f2:4f3;4f4:4f5;4f6:4f7;4f8:4f9;4fa:4fb;4fc:4fd;4fe:4ff;500:501;502:503;504:505;506:507;508:509;50a:50b;50c:50d;50e:50f;510:511;512:513;514:515;516:517;518:519;51a:51b;51c:51d;51e:51f;520:521;522:523;524:525;526:527;528:529;52a:52b;52c:52d;52e:52f;531:561;532:562;533:563;534:564;535:565;536:566;537:567;538:568;539:569;53a:56a;53b:56b;53c:56c;53d:56d;53e:56e;53f:56f;540:570;541:571;542:572;543:573;544:574;545:575;546:576;547:577;548:578;549:579;54a:57a;54b:57b;54c:57c;54d:57d;54e:57e;54f:57f;550:580;551:581;552:582;553:583;554:584;555:585;556:586;587:565 582;10a0:2d00;10a1:2d01;10a2:2d02;10a3:2d03;10a4:2d04;10a5:2d05;10a6:2d06;10a7:2d07;10a8:2d08;10a9:2d09;10aa:2d0a;10ab:2d0b;10ac:2d0c;10ad:2d0d;10ae:2d0e;10af:2d0f;10b0:2d10;10b1:2d11;10b2:2d12;10b3:2d13;10b4:2d14;10b5:2d15;10b6:2d16;10b7:2d17;10b8:2d18;10b9:2d19;10ba:2d1a;10bb:2d1b;10bc:2d1c;10bd:2d1d;10be:2d1e;10bf:2d1f;10c0:2d20;10c1:2d21;10c2:2d22;10c3:2d23;10c4:2d24;10c5:2d25;10c7:2d27;10cd:2d2d;13f8:13f0;13f9:13f1;13fa:13f2;13fb:13f3;13fc:13f4;13fd:13f5;1c80:432;1c81:434;1c82:43e;1c83:441;1c84:442;1c85:442;1c86:44a;1c87:463;1c88:a64b;1c90:10d0;1c91:10d1;1c92:10d2;1c93:10d3;1c94:10d4;1c95:10d5;1c96:10d6;1c97:10d7;1c98:10d8;1c99:10d9;1c9a:10da;1c9b:10db;1c9c:10dc;1c9d:10dd;1c9e:10de;1c9f:10df;1ca0:10e0;1ca1:10e1;1ca2:10e2;1ca3:10e3;1ca4:10e4;1ca5:10e5;1ca6:10e6;1ca7:10e7;1ca8:10e8;1ca9:10e9;1caa:10ea;1cab:10eb;1cac:10ec;1cad:10ed;1cae:10ee;1caf:10ef;1cb0:10f0;1cb1:10f1;1cb2:10f2;1cb3:10f3;1cb4:10f4;1cb5:10f5;1cb6:10f6;1cb7:10f7;1cb8:10f8;1cb9:10f9;1cba:10fa;1cbd:10fd;1cbe:10fe;1cbf:10ff;1e00:1e01;1e02:1e03;1e04:1e05;1e06:1e07;1e08:1e09;1e0a:1e0b;1e0c:1e0d;1e0e:1e0f;1e10:1e11;1e12:1e13;1e14:1e15;1e16:1e17;1e18:1e19;1e1a:1e1b;1e1c:1e1d;1e1e:1e1f;1e20:1e21;1e22:1e23;1e24:1e25;1e26:1e27;1e28:1e29;1e2a:1e2b;1e2c:1e2d;1e2e:1e2f;1e30:1e31;1e32:1e33;1e34:1e35;1e36:1e37;1e38:1e39;1e3a:1e3b;1e3c:1e3d;1e3e:1e3f;1e40:1e41;1e42:1e43;1e44:1e45;1e46:1e47;1e48:1e49;1e4a:1e4b;1e4c:1e4d;1e4e:1e4f;1e50:1e51;1e52:1e53;1e54:1e55;1e56:1e57;1e58:1e59;1e5a:1e5b;1e5c:1e5d;1e5e:1e5f;1e60:1e61;1e62:1e63;1e64:1e65;1e66:1e67;1e68:1e69;1e6a:1e6b;1e6c:1e6d;1e6e:1e6f;1e70:1e71;1e72:1e73;1e74:1e75;1e76:1e77;1e78:1e79;1e7a:1e7b;1e7c:1e7d;1e7e:1e7f;1e80:1e81;1e82:1e83;1e84:1e85;1e86:1e87;1e88:1e89;1e8a:1e8b;1e8c:1e8d;1e8e:1e8f;1e90:1e91;1e92:1e93;1e94:1e95;1e96:68 331;1e97:74 308;1e98:77 30a;1e99:79 30a;1e9a:61 2be;1e9b:1e61;1e9e:73 73;1ea0:1ea1;1ea2:1ea3;1ea4:1ea5;1ea6:1ea7;1ea8:1ea9;1eaa:1eab;1eac:1ead;1eae:1eaf;1eb0:1eb1;1eb2:1eb3;1eb4:1eb5;1eb6:1eb7;1eb8:1eb9;1eba:1ebb;1ebc:1ebd;1ebe:1ebf;1ec0:1ec1;1ec2:1ec3;1ec4:1ec5;1ec6:1ec7;1ec8:1ec9;1eca:1ecb;1ecc:1ecd;1ece:1ecf;1ed0:1ed1;1ed2:1ed3;1ed4:1ed5;1ed6:1ed7;1ed8:1ed9;1eda:1edb;1edc:1edd;1ede:1edf;1ee0:1ee1;1ee2:1ee3;1ee4:1ee5;1ee6:1ee7;1ee8:1ee9;1eea:1eeb;1eec:1eed;1eee:1eef;1ef0:1ef1;1ef2:1ef3;1ef4:1ef5;1ef6:1ef7;1ef8:1ef9;1efa:1efb;1efc:1efd;1efe:1eff;1f08:1f00;1f09:1f01;1f0a:1f02;1f0b:1f03;1f0c:1f04;1f0d:1f05;1f0e:1f06;1f0f:1f07;1f18:1f10;1f19:1f11;1f1a:1f12;1f1b:1f13;1f1c:1f14;1f1d:1f15;1f28:1f20;1f29:1f21;1f2a:1f22;1f2b:1f23;1f2c:1f24;1f2d:1f25;1f2e:1f26;1f2f:1f27;1f38:1f30;1f39:1f31;1f3a:1f32;1f3b:1f33;1f3c:1f34;1f3d:1f35;1f3e:1f36;1f3f:1f37;1f48:1f40;1f49:1f41;1f4a:1f42;1f4b:1f43;1f4c:1f44;1f4d:1f45;1f50:3c5 313;1f52:3c5 313 300;1f54:3c5 313 301;1f56:3c5 313 342;1f59:1f51;1f5b:1f53;1f5d:1f55;1f5f:1f57;1f68:1f60;1f69:1f61;1f6a:1f62;1f6b:1f63;1f6c:1f64;1f6d:1f65;1f6e:1f66;1f6f:1f67;1f80:1f00 3b9;1f81:1f01 3b9;1f82:1f02 3b9;1f83:1f03 3b9;1f84:1f04 3b9;1f85:1f05 3b9;1f86:1f06 3b9;1f87:1f07 3b9;1f88:1f00 3b9;1f89:1f01 3b9;1f8a:1f02 3b9;1f8b:1f03 3b9;1f8c:1f04 3b9;1f8d:1f05 3b9;1f8e:1f06 3b9;1f8f:1f07 3b9;1f90:1f20 3b9;1f91:1f21 3b9;1f92:1f22 3b9;1f93:1f23 3b9;1f94:1f24 3b9;1f95:1f25 3b9;1f96:1f26 3b9;1f97:1f27 3b9;1f98:1f20 3b9;1f99:1f21 3b9;1f9a:1f22 3b9;1f9b:1f23 3b9;1f9c:1f24 3b9;1f9d:1f25 3b9;1f9e:1f26 3b9;1f9f:1f27 3b9;1fa0:1f60 3b9;1fa1:1f61 3b9;1fa2:1f62 3b9;1fa3:1f63 3b9;1fa4:1f64 3b9;1fa5:1f65 3b9;1fa6:1f66 3b9;1fa7:1f67 3b9;1fa8:1f60 3b9;1fa9:1f61 3b9;1faa:1f62 3b9;1fab:1f63 3b9;1fac:1f64 3b9;1fad:1f65 3b9;1fae:1f66 3b9;1faf:1f67 3b9;1fb2:1f70 3b9;1fb3:3b1 3b9;1fb4:3ac 3b9;1fb6:3b1 342;1fb7:3b1 342 3b9;1fb8:1fb0;1fb9:1fb1;1fba:1f70;1fbb:1f71;1fbc:3b1 3b9;1fbe:3b9;1fc2:1f74 3b9;1fc3:3b7 3b9;1fc4:3ae 3b9;1fc6:3b7 342;1fc7:3b7 342 3b9;1fc8:1f72;1fc9:1f73;1fca:1f74;1fcb:1f75;1fcc:3b7 3b9;1fd2:3b9 308 300;1fd3:3b9 308 301;1fd6:3b9 342;1fd7:3b9 308 342;1fd8:1fd0;1fd9:1fd1;1fda:1f76;1fdb:1f77;1fe2:3c5 308 300;1fe3:3c5 308 301;1fe4:3c1 313;1fe6:3c5 342;1fe7:3c5 308 342;1fe8:1fe0;1fe9:1fe1;1fea:1f7a;1feb:1f7b;1fec:1fe5;1ff2:1f7c 3b9;1ff3:3c9 3b9;1ff4:3ce 3b9;1ff6:3c9 342;1ff7:3c9 342 3b9;1ff8:1f78;1ff9:1f79;1ffa:1f7c;1ffb:1f7d;1ffc:3c9 3b9;2126:3c9;212a:6b;212b:e5;2132:214e;2160:2170;2161:2171;2162:2172;2163:2173;2164:2174;2165:2175;2166:2176;2167:2177;2168:2178;2169:2179;216a:217a;216b:217b;216c:217c;216d:217d;216e:217e;216f:217f;2183:2184;24b6:24d0;24b7:24d1;24b8:24d2;24b9:24d3;24ba:24d4;24bb:24d5;24bc:24d6;24bd:24d7;24be:24d8;24bf:24d9;24c0:24da;24c1:24db;24c2:24dc;24c3:24dd;24c4:24de;24c5:24df;24c6:24e0;24c7:24e1;24c8:24e2;24c9:24e3;24ca:24e4;24cb:24e5;24cc:24e6;24cd:24e7;24ce:24e8;24cf:24e9;2c00:2c30;2c01:2c31;2c02:2c32;2c03:2c33;2c04:2c34;2c05:2c35;2c06:2c36;2c07:2c37;2c08:2c38;2c09:2c39;2c0a:2c3a;2c0b:2c3b;2c0c:2c3c;2c0d:2c3d;2c0e:2c3e;2c0f:2c3f;2c10:2c40;2c11:2c41;2c12:2c42;2c13:2c43;2c14:2c44;2c15:2c45;2c16:2c46;2c17:2c47;2c18:2c48;2c19:2c49;2c1a:2c4a;2c1b:2c4b;2c1c:2c4c;2c1d:2c4d;2c1e:2c4e;2c1f:2c4f;2c20:2c50;2c21:2c51;2c22:2c52;2c23:2c53;2c24:2c54;2c25:2c55;2c26:2c56;2c27:2c57;2c28:2c58;2c29:2c59;2c2a:2c5a;2c2b:2c5b;2c2c:2c5c;2c2d:2c5d;2c2e:2c5e;2c2f:2c5f;2c60:2c61;2c62:26b;2c63:1d7d;2c64:27d;2c67:2c68;2c69:2c6a;2c6b:2c6c;2c6d:251;2c6e:271;2c6f:250;2c70:252;2c72:2c73;2c75:2c76;2c7e:23f;2c7f:240;2c80:2c81;2c82:2c83;2c84:2c85;2c86:2c87;2c88:2c89;2c8a:2c8b;2c8c:2c8d;2c8e:2c8f;2c90:2c91;2c92:2c93;2c94:2c95;2c96:2c97;2c98:2c99;2c9a:2c9b;2c9c:2c9d;2c9e:2c9f;2ca0:2ca1;2ca2:2ca3;2ca4:2ca5;2ca6:2ca7;2ca8:2ca9;2caa:2cab;2cac:2cad;2cae:2caf;2cb0:2cb1;2cb2:2cb3;2cb4:2cb5;2cb6:2cb7;2cb8:2cb9;2cba:2cbb;2cbc:2cbd;2cbe:2cbf;2cc0:2cc1;2cc2:2cc3;2cc4:2cc5;2cc6:2cc7;2cc8:2cc9;2cca:2ccb;2ccc:2ccd;2cce:2ccf;2cd0:2cd1;2cd2:2cd3;2cd4:2cd5;2cd6:2cd7;2cd8:2cd9;2cda:2cdb;2cdc:2cdd;2cde:2cdf;2ce0:2ce1;2ce2:2ce3;2ceb:2cec;2ced:2cee;2cf2:2cf3;a640:a641;a642:a643;a644:a645;a646:a647;a648:a649;a64a:a64b;a64c:a64d;a64e:a64f;a650:a651;a652:a653;a654:a655;a656:a657;a658:a659;a65a:a65b;a65c:a65d;a65e:a65f;a660:a661;a662:a663;a664:a665;a666:a667;a668:a669;a66a:a66b;a66c:a66d;a680:a681;a682:a683;a684:a685;a686:a687;a688:a689;a68a:a68b;a68c:a68d;a68e:a68f;a690:a691;a692:a693;a694:a695;a696:a697;a698:a699;a69a:a69b;a722:a723;a724:a725;a726:a727;a728:a729;a72a:a72b;a72c:a72d;a72e:a72f;a732:a733;a734:a735;a736:a737;a738:a739;a73a:a73b;a73c:a73d;a73e:a73f;a740:a741;a742:a743;a744:a745;a746:a747;a748:a749;a74a:a74b;a74c:a74d;a74e:a74f;a750:a751;a752:a753;a754:a755;a756:a757;a758:a759;a75a:a75b;a75c:a75d;a75e:a75f;a760:a761;a762:a763;a764:a765;a766:a767;a768:a769;a76a:a76b;a76c:a76d;a76e:a76f;a779:a77a;a77b:a77c;a77d:1d79;a77e:a77f;a780:a781;a782:a783;a784:a785;a786:a787;a78b:a78c;a78d:265;a790:a791;a792:a793;a796:a797;a798:a799;a79a:a79b;a79c:a79d;a79e:a79f;a7a0:a7a1;a7a2:a7a3;a7a4:a7a5;a7a6:a7a7;a7a8:a7a9;a7aa:266;a7ab:25c;a7ac:261;a7ad:26c;a7ae:26a;a7b0:29e;a7b1:287;a7b2:29d;a7b3:ab53;a7b4:a7b5;a7b6:a7b7;a7b8:a7b9;a7ba:a7bb;a7bc:a7bd;a7be:a7bf;a7c0:a7c1;a7c2:a7c3;a7c4:a794;a7c5:282;a7c6:1d8e;a7c7:a7c8;a7c9:a7ca;a7d0:a7d1;a7d6:a7d7;a7d8:a7d9;a7f5:a7f6;ab70:13a0;ab71:13a1;ab72:13a2;ab73:13a3;ab74:13a4;ab75:13a5;ab76:13a6;ab77:13a7;ab78:13a8;ab79:13a9;ab7a:13aa;ab7b:13ab;ab7c:13ac;ab7d:13ad;ab7e:13ae;ab7f:13af;ab80:13b0;ab81:13b1;ab82:13b2;ab83:13b3;ab84:13b4;ab85:13b5;ab86:13b6;ab87:13b7;ab88:13b8;ab89:13b9;ab8a:13ba;ab8b:13bb;ab8c:13bc;ab8d:13bd;ab8e:13be;ab8f:13bf;ab90:13c0;ab91:13c1;ab92:13c2;ab93:13c3;ab94:13c4;ab95:13c5;ab96:13c6;ab97:13c7;ab98:13c8;ab99:13c9;ab9a:13ca;ab9b:13cb;ab9c:13cc;ab9d:13cd;ab9e:13ce;ab9f:13cf;aba0:13d0;aba1:13d1;aba2:13d2;aba3:13d3;aba4:13d4;aba5:13d5;aba6:13d6;aba7:13d7;aba8:13d8;aba9:13d9;abaa:13da;abab:13db;abac:13dc;abad:13dd;abae:13de;abaf:13df;abb0:13e0;abb1:13e1;abb2:13e2;abb3:13e3;abb4:13e4;abb5:13e5;abb6:13e6;abb7:13e7;abb8:13e8;abb9:13e9;abba:13ea;abbb:13eb;abbc:13ec;abbd:13ed;abbe:13ee;abbf:13ef;fb00:66 66;fb01:66 69;fb02:66 6c;fb03:66 66 69;fb04:66 66 6c;fb05:73 74;fb06:73 74;fb13:574 576;fb14:574 565;fb15:574 56b;fb16:57e 576;fb17:574 56d;ff21:ff41;ff22:ff42;ff23:ff43;ff24:ff44;ff25:ff45;ff26:ff46;ff27:ff47;ff28:ff48;ff29:ff49;ff2a:ff4a;ff2b:ff4b;ff2c:ff4c;ff2d:ff4d;ff2e:ff4e;ff2f:ff4f;ff30:ff50;ff31:ff51;ff32:ff52;ff33:ff53;ff34:ff54;ff35:ff55;ff36:ff56;ff37:ff57;ff38:ff58;ff39:ff59;ff3a:ff5a;10400:10428;10401:10429;10402:1042a;10403:1042b;10404:1042c;10405:1042d;10406:1042e;10407:1042f;10408:10430;10409:10431;1040a:10432;1040b:10433;1040c:10434;1040d:10435;1040e:10436;1040f:10437;10410:10438;10411:10439;10412:1043a;10413:1043b;10414:1043c;10415:1043d;10416:1043e;10417:1043f;10418:10440;10419:10441;1041a:10442;1041b:10443;1041c:10444;1041d:10445;1041e:10446;1041f:10447;10420:10448;10421:10449;10422:1044a;10423:1044b;10424:1044c;10425:1044d;10426:1044e;10427:1044f;104b0:104d8;104b1:104d9;104b2:104da;104b3:104db;104b4:104dc;104b5:104dd;104b6:104de;104b7:104df;104b8:104e0;104b9:104e1;104ba:104e2;104bb:104e3;104bc:104e4;104bd:104e5;104be:104e6;104bf:104e7;104c0:104e8;104c1:104e9;104c2:104ea;104c3:104eb;104c4:104ec;104c5:104ed;104c6:104ee;104c7:104ef;104c8:104f0;104c9:104f1;104ca:104f2;104cb:104f3;104cc:104f4;104cd:104f5;104ce:104f6;104cf:104f7;104d0:104f8;104d1:104f9;104d2:104fa;104d3:104fb;10570:10597;10571:10598;10572:10599;10573:1059a;10574:1059b;10575:1059c;10576:1059d;10577:1059e;10578:1059f;10579:105a0;1057a:105a1;1057c:105a3;1057d:105a4;1057e:105a5;1057f:105a6;10580:105a7;10581:105a8;10582:105a9;10583:105aa;10584:105ab;10585:105ac;10586:105ad;10587:105ae;10588:105af;10589:105b0;1058a:105b1;1058c:105b3;1058d:105b4;1058e:105b5;1058f:105b6;10590:105b7;10591:105b8;10592:105b9;10594:105bb;10595:105bc;10c80:10cc0;10c81:10cc1;10c82:10cc2;10c83:10cc3;10c84:10cc4;10c85:10cc5;10c86:10cc6;10c87:10cc7;10c88:10cc8;10c89:10cc9;10c8a:10cca;10c8b:10ccb;10c8c:10ccc;10c8d:10ccd;10c8e:10cce;10c8f:10ccf;10c90:10cd0;10c91:10cd1;10c92:10cd2;10c93:10cd3;10c94:10cd4;10c95:10cd5;10c96:10cd6;10c97:10cd7;10c98:10cd8;10c99:10cd9;10c9a:10cda;10c9b:10cdb;10c9c:10cdc;10c9d:10cdd;10c9e:10cde;10c9f:10cdf;10ca0:10ce0;10ca1:10ce1;10ca2:10ce2;10ca3:10ce3;10ca4:10ce4;10ca5:10ce5;10ca6:10ce6;10ca7:10ce7;10ca8:10ce8;10ca9:10ce9;10caa:10cea;10cab:10ceb;10cac:10cec;10cad:10ced;10cae:10cee;10caf:10cef;10cb0:10cf0;10cb1:10cf1;10cb2:10cf2;118a0:118c0;118a1:118c1;118a2:118c2;118a3:118c3;118a4:118c4;118a5:118c5;118a6:118c6;118a7:118c7;118a8:118c8;118a9:118c9;118aa:118ca;118ab:118cb;118ac:118cc;118ad:118cd;118ae:118ce;118af:118cf;118b0:118d0;118b1:118d1;118b2:118d2;118b3:118d3;118b4:118d4;118b5:118d5;118b6:118d6;118b7:118d7;118b8:118d8;118b9:118d9;118ba:118da;118bb:118db;118bc:118dc;118bd:118dd;118be:118de;118bf:118df;16e40:16e60;16e41:16e61;16e42:16e62;16e43:16e63;16e44:16e64;16e45:16e65;16e46:16e66;16e47:16e67;16e48:16e68;16e49:16e69;16e4a:16e6a;16e4b:16e6b;16e4c:16e6c;16e4d:16e6d;16e4e:16e6e;16e4f:16e6f;16e50:16e70;16e51:16e71;16e52:16e72;16e53:16e73;16e54:16e74;16e55:16e75;16e56:16e76;16e57:16e77;16e58:16e78;16e59:16e79;16e5a:16e7a;16e5b:16e7b;16e5c:16e7c;16e5d:16e7d;16e5e:16e7e;16e5f:16e7f;1e900:1e922;1e901:1e923;1e902:1e924;1e903:1e925;1e904:1e926;1e905:1e927;1e906:1e928;1e907:1e929;1e908:1e92a;1e909:1e92b;1e90a:1e92c;1e90b:1e92d;1e90c:1e92e;1e90d:1e92f;1e90e:1e930;1e90f:1e931;1e910:1e932;1e911:1e933;1e912:1e934;1e913:1e935;1e914:1e936;1e915:1e937;1e916:1e938;1e917:1e939;1e918:1e93a;1e919:1e93b;1e91a:1e93c;1e91b:1e93d;1e91c:1e93e;1e91d:1e93f;1e91e:1e940;1e91f:1e941;1e920:1e942;1e921:1e943;";

// src/decision/fold.ts
var table = null;
function foldTable() {
  if (table !== null) return table;
  const t = /* @__PURE__ */ new Map();
  for (const entry of CASE_FOLD_TABLE.split(";")) {
    if (entry === "") continue;
    const [cp, folded] = entry.split(":");
    t.set(parseInt(cp, 16), String.fromCodePoint(...folded.split(" ").map((h) => parseInt(h, 16))));
  }
  return table = t;
}
var NON_ASCII = /[\u0080-\uffff]/;
function hasNonAscii(s) {
  return NON_ASCII.test(s);
}
function caseFold(s) {
  if (!NON_ASCII.test(s)) return s.toLowerCase();
  const t = foldTable();
  let out = "";
  for (const ch of s) {
    const f = t.get(ch.codePointAt(0));
    out += f ?? ch;
  }
  return out;
}
var DOTTED_I = /i\u0307/g;
var DOTLESS_I = /\u0131/g;
function lookalikeFold(s) {
  const f = caseFold(s);
  if (!NON_ASCII.test(f)) return f;
  return f.replace(DOTTED_I, "i").replace(DOTLESS_I, "i").toLowerCase();
}

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
var INVISIBLE_CHARS = (
  // eslint-disable-next-line no-misleading-character-class
  /[\p{Default_Ignorable_Code_Point}\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\u{e0000}-\u{e0fff}]/u
);
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

// src/decision/always-forbidden.ts
var ALWAYS_FORBIDDEN_GLOBS = Object.freeze([
  ".github/workflows/**",
  ".github/actions/**",
  "**/action.yml",
  "**/action.yaml",
  "CODEOWNERS",
  ".github/CODEOWNERS",
  "docs/CODEOWNERS",
  "**/.gitattributes",
  "**/.gitmodules"
]);
var WORKFLOWS = Object.freeze({ rule: ".github/workflows/**", reason: "CI workflows run the checks" });
var ACTIONS = Object.freeze({ rule: ".github/actions/**", reason: "Actions run in CI" });
var ACTION_YML = Object.freeze({ rule: "**/action.yml", reason: "Actions run in CI" });
var ACTION_YAML = Object.freeze({ rule: "**/action.yaml", reason: "Actions run in CI" });
var OWNERS_REASON = "code owners pick the reviewers";
var CODEOWNERS = new Map(
  ["CODEOWNERS", ".github/CODEOWNERS", "docs/CODEOWNERS"].map((rule) => [
    rule.toLowerCase(),
    Object.freeze({ rule, reason: OWNERS_REASON })
  ])
);
var GITATTRIBUTES = Object.freeze({
  rule: "**/.gitattributes",
  reason: "attributes change how git diffs and merges"
});
var GITMODULES = Object.freeze({ rule: "**/.gitmodules", reason: "submodules point outside the repository" });
var NEEDS_KEY = /[\u0080-\uffff]|[. ](?:\/|$)|(?:^|\/)(?:\/|$)/;
function keyIsLowercase(path) {
  return !NEEDS_KEY.test(path);
}
var TRAILING_DOTS_SPACES = /[. ]+$/;
var INVISIBLE_ALL = new RegExp(INVISIBLE_CHARS.source, "gu");
function pathKey(path) {
  if (!NEEDS_KEY.test(path)) return path.toLowerCase();
  const out = [];
  for (const seg of path.split("/")) {
    if (seg === "" || seg === ".") continue;
    const k = lookalikeFold(seg).replace(INVISIBLE_ALL, "").replace(TRAILING_DOTS_SPACES, "");
    out.push(k === "" ? seg : k);
  }
  return out.join("/");
}
function alwaysForbiddenRule(manifestPaths, packPaths) {
  const exact = /* @__PURE__ */ new Map();
  const add = (p, what) => {
    if (typeof p !== "string") return;
    const key = pathKey(p.replace(/\\/g, "/"));
    if (key === "" || exact.has(key)) return;
    exact.set(key, Object.freeze({ rule: `the ${what} (${p})`, reason: "the policy itself" }));
  };
  for (const p of manifestPaths) add(p, "manifest");
  for (const p of [...packPaths, DEFAULT_PACK_PATH]) add(p, "pack");
  return (path, given) => {
    const key = given ?? pathKey(path);
    const file = exact.get(key);
    if (file !== void 0) return file;
    if (key.startsWith(".github/")) {
      if (key.startsWith("workflows", 8) && (key.length === 17 || key.charCodeAt(17) === 47)) return WORKFLOWS;
      if (key.startsWith("actions", 8) && (key.length === 15 || key.charCodeAt(15) === 47)) return ACTIONS;
    }
    const owners = CODEOWNERS.get(key);
    if (owners !== void 0) return owners;
    const last = key.charCodeAt(key.length - 1);
    if (last === 108) {
      if (isName(key, "action.yml")) return ACTION_YML;
      if (isName(key, "action.yaml")) return ACTION_YAML;
    } else if (last === 115) {
      if (isName(key, ".gitattributes")) return GITATTRIBUTES;
      if (isName(key, ".gitmodules")) return GITMODULES;
    }
    return null;
  };
}
function isName(key, name) {
  return key.endsWith(name) && (key.length === name.length || key.charCodeAt(key.length - name.length - 1) === 47);
}
function hasDotGitComponent(path) {
  let start = 0;
  for (; ; ) {
    let end = path.indexOf("/", start);
    if (end === -1) end = path.length;
    if (end - start >= 4 && maybeDotGit(path, start, end) && isDotGit(path.slice(start, end))) return true;
    if (end === path.length) return false;
    start = end + 1;
  }
}
function maybeDotGit(path, start, end) {
  const c0 = path.charCodeAt(start);
  if (c0 > 127) return true;
  if (c0 !== 46) return (c0 | 32) === 103 && end - start === 5;
  const a = path.charCodeAt(start + 1);
  const b = path.charCodeAt(start + 2);
  const c = path.charCodeAt(start + 3);
  if (a > 127 || b > 127 || c > 127) return true;
  if ((a | 32) !== 103 || (b | 32) !== 105 || (c | 32) !== 116) return false;
  if (end - start === 4) return true;
  const d = path.charCodeAt(start + 4);
  return d === 46 || d === 32 || d === 58;
}
function isDotGit(segment) {
  let k = hasNonAscii(segment) ? lookalikeFold(segment).replace(INVISIBLE_ALL, "") : segment.toLowerCase();
  const last = k.charCodeAt(k.length - 1);
  if (last === 46 || last === 32) k = k.replace(TRAILING_DOTS_SPACES, "");
  return k === ".git" || k === "git~1" || k.startsWith(".git:");
}

// src/decision/paths.ts
var import_picomatch = __toESM(require_picomatch2(), 1);

// src/decision/compile-cache.ts
var CompileCache = class {
  #kinds = /* @__PURE__ */ new Map();
  /** The value interned under (kind, key), made by `make` the first time it is asked for. */
  get(kind, key, make) {
    let byKey = this.#kinds.get(kind);
    if (byKey === void 0) this.#kinds.set(kind, byKey = /* @__PURE__ */ new Map());
    if (byKey.has(key)) return byKey.get(key);
    const value = make();
    byKey.set(key, value);
    return value;
  }
  /** How many distinct values of `kind` were compiled (for tests and benchmarks). */
  count(kind) {
    return this.#kinds.get(kind)?.size ?? 0;
  }
};

// src/decision/regex-automaton.ts
var UnsupportedRegex = class extends Error {
};
function newAtom(source, flags) {
  if (source === "[\\s\\S]" || source === "[^]") return { code: -1, pages: null, probe: null };
  if (flags === "" && source.length === 1 && source !== ".") return { code: source.charCodeAt(0), pages: null, probe: null };
  return { code: -1, pages: [], probe: new RegExp(`^(?:${source})$`, flags) };
}
function atomMatches(atom, unit) {
  const pages = atom.pages;
  const high = unit >> 8;
  const page = pages[high] ?? (pages[high] = new Uint8Array(256));
  let v = page[unit & 255];
  if (v === 0) {
    v = atom.probe.test(String.fromCharCode(unit)) ? 1 : 2;
    page[unit & 255] = v;
  }
  return v === 1;
}
var CLASS_ESCAPES = "dDwWsS";
var CONTROL_ESCAPES = "fnrtv";
var Parser = class {
  constructor(src, flags) {
    this.src = src;
    this.flags = flags;
  }
  src;
  flags;
  i = 0;
  /** Atoms by source, shared by the expression's repeats of the same atom. */
  atoms = /* @__PURE__ */ new Map();
  parse() {
    const node = this.disjunction();
    if (this.i !== this.src.length) throw new UnsupportedRegex(`unexpected ${JSON.stringify(this.src[this.i])} at ${this.i}`);
    return node;
  }
  disjunction() {
    const options = [this.alternative()];
    while (this.src[this.i] === "|") {
      this.i++;
      options.push(this.alternative());
    }
    return options.length === 1 ? options[0] : { t: "alt", options };
  }
  alternative() {
    const items = [];
    while (this.i < this.src.length && this.src[this.i] !== "|" && this.src[this.i] !== ")") items.push(this.term());
    return items.length === 1 ? items[0] : { t: "seq", items };
  }
  term() {
    const s = this.src;
    const c = s[this.i];
    if (c === "^") {
      this.i++;
      return { t: "bol" };
    }
    if (c === "$") {
      this.i++;
      return { t: "eol" };
    }
    if (s.startsWith("(?=", this.i) || s.startsWith("(?!", this.i)) {
      const start = this.i;
      const negative = s[this.i + 2] === "!";
      this.i += 3;
      const body = this.disjunction();
      this.expect(")");
      if ("*+?{".includes(s[this.i] ?? "")) throw new UnsupportedRegex("quantified lookahead");
      return { t: "look", body, negative, source: s.slice(start + 3, this.i - 1) };
    }
    const atom = this.atom();
    return this.quantifier(atom);
  }
  atom() {
    const s = this.src;
    const start = this.i;
    const c = s[this.i];
    if (c === "(") {
      if (s.startsWith("(?:", this.i)) this.i += 3;
      else if (s.startsWith("(?<", this.i) && s[this.i + 3] !== "=" && s[this.i + 3] !== "!") {
        const close = s.indexOf(">", this.i);
        if (close === -1) throw new UnsupportedRegex("unclosed group name");
        this.i = close + 1;
      } else if (s[this.i + 1] === "?") throw new UnsupportedRegex("unsupported group");
      else this.i++;
      const body = this.disjunction();
      this.expect(")");
      return body;
    }
    if (c === "[") {
      this.skipClass();
      return this.leaf(s.slice(start, this.i));
    }
    if (c === "\\") {
      this.skipEscape(false);
      return this.leaf(s.slice(start, this.i));
    }
    if ("*+?)|".includes(c)) throw new UnsupportedRegex(`unexpected ${JSON.stringify(c)} at ${this.i}`);
    this.i++;
    return this.leaf(c);
  }
  leaf(source) {
    let atom = this.atoms.get(source);
    if (!atom) this.atoms.set(source, atom = newAtom(source, this.flags));
    return { t: "atom", atom };
  }
  quantifier(body) {
    const s = this.src;
    let min;
    let max;
    const c = s[this.i];
    if (c === "*") [min, max] = [0, Infinity];
    else if (c === "+") [min, max] = [1, Infinity];
    else if (c === "?") [min, max] = [0, 1];
    else if (c === "{") {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(s.slice(this.i, this.i + 24));
      if (!m) return body;
      min = Number(m[1]);
      max = m[2] === void 0 ? min : m[3] === "" ? Infinity : Number(m[3]);
      if (max < min || min > 100 || max !== Infinity && max > 100) throw new UnsupportedRegex("unsupported repeat count");
      this.i += m[0].length - 1;
    } else return body;
    this.i++;
    if (s[this.i] === "?") this.i++;
    return { t: "repeat", body, min, max };
  }
  skipEscape(inClass) {
    const s = this.src;
    const c = s[this.i + 1];
    if (c === void 0) throw new UnsupportedRegex("trailing backslash");
    if (c === "u") {
      if (!/^[0-9a-fA-F]{4}$/.test(s.slice(this.i + 2, this.i + 6))) throw new UnsupportedRegex("bad \\u escape");
      this.i += 6;
    } else if (c === "x") {
      if (!/^[0-9a-fA-F]{2}$/.test(s.slice(this.i + 2, this.i + 4))) throw new UnsupportedRegex("bad \\x escape");
      this.i += 4;
    } else if (!/[0-9A-Za-z]/.test(c) || CLASS_ESCAPES.includes(c) || CONTROL_ESCAPES.includes(c) || c === "0" && !/\d/.test(s[this.i + 2] ?? "") || inClass && c === "b") {
      this.i += 2;
    } else throw new UnsupportedRegex(`unsupported escape \\${c}`);
  }
  /** Skips a class; its text is handed to V8 whole, so only its extent matters here. */
  skipClass() {
    const s = this.src;
    this.i++;
    if (s[this.i] === "^") this.i++;
    for (; ; ) {
      const c = s[this.i];
      if (c === void 0) throw new UnsupportedRegex("unclosed class");
      if (c === "]") break;
      if (c === "\\") this.skipEscape(true);
      else if (c === "[" && s[this.i + 1] === ":") throw new UnsupportedRegex('"[:" in a class');
      else this.i++;
    }
    this.i++;
  }
  expect(c) {
    if (this.src[this.i] !== c) throw new UnsupportedRegex(`expected ${JSON.stringify(c)} at ${this.i}`);
    this.i++;
  }
};
var CHAR = 0;
var SPLIT = 1;
var BOL = 2;
var EOL = 3;
var LOOK = 4;
var ACCEPT = 5;
var BY_ATOM = -1;
var ANY_UNIT = -2;
var Automaton = class {
  constructor(flags) {
    this.flags = flags;
  }
  flags;
  size = 0;
  kind = new Uint8Array(16);
  out = new Int32Array(16);
  out2 = new Int32Array(16);
  /** What a CHAR state's unit is tested by: a code unit, BY_ATOM or ANY_UNIT (see Machine). */
  code = new Int32Array(16);
  atom = [];
  /** For LOOK: negative? (1 or 0). */
  negative = new Uint8Array(16);
  /**
   * For LOOK: the index of its memo slot, and the ACCEPT state of its body. Lookaheads with the
   * same body share a slot: at one position they give the same answer (picomatch repeats its few
   * lookaheads at every "*" and "**").
   */
  lookIndex = new Int32Array(16);
  lookAccept = new Int32Array(16);
  /**
   * For LOOK whose body matches at most a bounded number of units: V8's sticky expression of the
   * body, whose backtracking is then bounded by the body alone, whatever the length of the path.
   */
  lookProbe = [];
  lookSlots = /* @__PURE__ */ new Map();
  get looks() {
    return this.lookSlots.size;
  }
  add(kind, out = -1, out2 = -1, atom = null) {
    const st = this.size++;
    if (st === this.kind.length) this.grow();
    this.kind[st] = kind;
    this.out[st] = out;
    this.out2[st] = out2;
    this.code[st] = atom === null ? ANY_UNIT : atom.code !== -1 ? atom.code : atom.pages === null ? ANY_UNIT : BY_ATOM;
    this.atom.push(atom);
    this.lookIndex[st] = -1;
    this.lookAccept[st] = -1;
    this.lookProbe.push(null);
    return st;
  }
  finish() {
    const n = this.size;
    this.kind = this.kind.subarray(0, n);
    this.out = this.out.subarray(0, n);
    this.out2 = this.out2.subarray(0, n);
    this.code = this.code.subarray(0, n);
    this.negative = this.negative.subarray(0, n);
    this.lookIndex = this.lookIndex.subarray(0, n);
    this.lookAccept = this.lookAccept.subarray(0, n);
  }
  grow() {
    const n = this.kind.length * 2;
    const more = (a, make) => {
      const b = new make(n);
      b.set(a);
      return b;
    };
    this.kind = more(this.kind, Uint8Array);
    this.out = more(this.out, Int32Array);
    this.out2 = more(this.out2, Int32Array);
    this.code = more(this.code, Int32Array);
    this.negative = more(this.negative, Uint8Array);
    this.lookIndex = more(this.lookIndex, Int32Array);
    this.lookAccept = more(this.lookAccept, Int32Array);
  }
  /** Builds `node` followed by state `next`, backwards; returns the entry state. */
  build(node, next) {
    switch (node.t) {
      case "atom":
        return this.add(CHAR, next, -1, node.atom);
      case "bol":
        return this.add(BOL, next);
      case "eol":
        return this.add(EOL, next);
      case "seq": {
        let s = next;
        for (let k = node.items.length - 1; k >= 0; k--) s = this.build(node.items[k], s);
        return s;
      }
      case "alt": {
        let s = this.build(node.options[node.options.length - 1], next);
        for (let k = node.options.length - 2; k >= 0; k--) s = this.add(SPLIT, this.build(node.options[k], next), s);
        return s;
      }
      case "repeat": {
        let s = next;
        if (node.max === Infinity) {
          const loop = this.add(SPLIT, -1, next);
          const body = this.build(node.body, loop);
          this.out[loop] = body;
          s = loop;
        } else {
          for (let k = node.min; k < node.max; k++) s = this.add(SPLIT, this.build(node.body, s), next);
        }
        for (let k = 0; k < node.min; k++) s = this.build(node.body, s);
        return s;
      }
      case "look": {
        const accept = this.add(ACCEPT);
        const body = this.build(node.body, accept);
        const s = this.add(LOOK, next, body);
        this.negative[s] = node.negative ? 1 : 0;
        let slot = this.lookSlots.get(node.source);
        if (slot === void 0) this.lookSlots.set(node.source, slot = this.lookSlots.size);
        this.lookIndex[s] = slot;
        this.lookAccept[s] = accept;
        if (maxLength(node.body) !== Infinity) this.lookProbe[s] = new RegExp(node.source, `y${this.flags}`);
        return s;
      }
    }
  }
};
function linearRegex(source, flags) {
  if (flags !== "" && flags !== "i") throw new UnsupportedRegex(`unsupported flags ${flags}`);
  new RegExp(source, flags);
  const node = new Parser(source, flags).parse();
  const a = new Automaton(flags);
  const accept = a.add(ACCEPT);
  const start = a.build(node, accept);
  a.finish();
  const m = new Machine(a, start, accept, startsAnchored(node));
  return { source, flags, test: (str2) => m.test(str2) };
}
function lazyLinearRegex(source, flags, orElse) {
  return new LazyLinearRegex(source, flags, orElse);
}
var LazyLinearRegex = class {
  constructor(source, flags, orElse) {
    this.source = source;
    this.flags = flags;
    this.orElse = orElse;
  }
  source;
  flags;
  orElse;
  #tester = null;
  test(s) {
    return (this.#tester ?? this.build()).test(s);
  }
  build() {
    try {
      this.#tester = linearRegex(this.source, this.flags);
    } catch (err) {
      if (!(err instanceof UnsupportedRegex)) throw err;
      this.#tester = this.orElse(this.source, this.flags);
    }
    return this.#tester;
  }
};
function maxLength(node) {
  switch (node.t) {
    case "atom":
      return 1;
    case "seq":
      return node.items.reduce((sum, item) => sum + maxLength(item), 0);
    case "alt":
      return Math.max(...node.options.map(maxLength));
    case "repeat":
      return node.max === 0 ? 0 : node.max * maxLength(node.body);
    case "look":
      return maxLength(node.body) === Infinity ? Infinity : 0;
    default:
      return 0;
  }
}
function startsAnchored(node) {
  switch (node.t) {
    case "bol":
      return true;
    case "seq":
      return node.items.length > 0 && startsAnchored(node.items[0]);
    case "alt":
      return node.options.every(startsAnchored);
    default:
      return false;
  }
}
var Machine = class {
  constructor(a, start, accept, anchored2) {
    this.start = start;
    this.accept = accept;
    this.anchored = anchored2;
    this.kind = a.kind;
    this.out = a.out;
    this.out2 = a.out2;
    this.code = a.code;
    this.atoms = a.atom;
    this.negative = a.negative;
    this.lookIndex = a.lookIndex;
    this.lookAccept = a.lookAccept;
    this.lookProbe = a.lookProbe;
    this.looks = a.looks;
    this.mark = new Uint32Array(a.size);
  }
  start;
  accept;
  anchored;
  kind;
  out;
  out2;
  code;
  atoms;
  negative;
  lookIndex;
  lookAccept;
  lookProbe;
  looks;
  mark;
  gen = 0;
  /** Two state lists per nesting depth of lookaheads. */
  lists = [];
  depth = 0;
  stack = [];
  /** Lookahead answers of the current test, by lookahead × position: valid where the stamp is the test's. */
  memoStamp = new Uint32Array(0);
  memoValue = new Uint8Array(0);
  stamp = 0;
  s = "";
  n = 0;
  test(s) {
    this.s = s;
    this.n = s.length;
    this.depth = 0;
    this.stack.length = 0;
    if (this.looks > 0) {
      const need = this.looks * (s.length + 1);
      if (this.memoStamp.length < need) {
        this.memoStamp = new Uint32Array(need);
        this.memoValue = new Uint8Array(need);
        this.stamp = 0;
      }
      if (this.stamp === 4294967295) {
        this.memoStamp.fill(0);
        this.stamp = 0;
      }
      this.stamp++;
    }
    try {
      return this.run(this.start, this.accept, 0, !this.anchored);
    } finally {
      this.s = "";
    }
  }
  /**
   * Is `accept` reachable from `start` entered at position `from` (or, when `everywhere`, at any
   * position from `from` on)? Every state is on each step's list at most once.
   */
  run(start, accept, from, everywhere) {
    const d = this.depth++;
    while (this.lists.length < 2 * d + 2) this.lists.push(new Int32Array(this.kind.length));
    let current = this.lists[2 * d];
    let next = this.lists[2 * d + 1];
    try {
      let count = this.closure(start, from, accept, this.nextGen(), current, 0);
      if (count < 0) return true;
      const code = this.code;
      const out = this.out;
      const s = this.s;
      for (let pos = from; pos < this.n; pos++) {
        if (count === 0 && !everywhere) return false;
        const unit = s.charCodeAt(pos);
        const gen = this.nextGen();
        let nextCount = 0;
        for (let k = 0; k < count; k++) {
          const st = current[k];
          const c = code[st];
          if (c === unit || c === ANY_UNIT || c === BY_ATOM && atomMatches(this.atoms[st], unit)) {
            nextCount = this.closure(out[st], pos + 1, accept, gen, next, nextCount);
            if (nextCount < 0) return true;
          }
        }
        if (everywhere) {
          nextCount = this.closure(start, pos + 1, accept, gen, next, nextCount);
          if (nextCount < 0) return true;
        }
        const swap = current;
        current = next;
        next = swap;
        count = nextCount;
      }
      return false;
    } finally {
      this.depth--;
    }
  }
  nextGen() {
    if (this.gen === 4294967295) {
      this.mark.fill(0);
      this.gen = 0;
    }
    return ++this.gen;
  }
  /**
   * Appends to `list` (holding `count` states) the CHAR states reachable from `state` at `pos`
   * without consuming; returns the new count, or -1 when `accept` is reached.
   */
  closure(state, pos, accept, gen, list, count) {
    const { kind, out, out2, mark, stack } = this;
    const base = stack.length;
    stack.push(state);
    while (stack.length > base) {
      const st = stack.pop();
      if (mark[st] === gen) continue;
      mark[st] = gen;
      switch (kind[st]) {
        case CHAR:
          list[count++] = st;
          break;
        case SPLIT:
          stack.push(out2[st], out[st]);
          break;
        case BOL:
          if (pos === 0) stack.push(out[st]);
          break;
        case EOL:
          if (pos === this.n) stack.push(out[st]);
          break;
        case LOOK:
          if (this.look(st, pos) !== (this.negative[st] === 1)) stack.push(out[st]);
          break;
        case ACCEPT:
          if (st === accept) {
            stack.length = base;
            return -1;
          }
          break;
      }
    }
    return count;
  }
  /** Does the lookahead's body match at `pos`? Each (lookahead, position) is simulated once per test. */
  look(st, pos) {
    const key = this.lookIndex[st] * (this.n + 1) + pos;
    if (this.memoStamp[key] === this.stamp) return this.memoValue[key] === 1;
    const probe = this.lookProbe[st];
    let v;
    if (probe) {
      probe.lastIndex = pos;
      v = probe.test(this.s);
    } else v = this.run(this.out2[st], this.lookAccept[st], pos, false);
    this.memoStamp[key] = this.stamp;
    this.memoValue[key] = v ? 1 : 0;
    return v;
  }
};
function automatonView(source, flags) {
  if (flags !== "" && flags !== "i") throw new UnsupportedRegex(`unsupported flags ${flags}`);
  new RegExp(source, flags);
  const node = new Parser(source, flags).parse();
  const a = new Automaton(flags);
  const accept = a.add(ACCEPT);
  const start = a.build(node, accept);
  a.finish();
  const states = Array.from(a.kind, (kind, st) => {
    const out = a.out[st];
    switch (kind) {
      case CHAR: {
        const atom = a.atom[st];
        const matches = atom.code !== -1 ? (u) => u === atom.code : atom.pages === null ? () => true : (u) => atomMatches(atom, u);
        const text = atom.code !== -1 ? String.fromCharCode(atom.code) : atom.probe === null ? "" : atom.probe.source.slice(4, -2);
        return { kind: "char", out, matches, atom: text };
      }
      case SPLIT:
        return { kind: "split", out, out2: a.out2[st] };
      case BOL:
        return { kind: "bol", out };
      case EOL:
        return { kind: "eol", out };
      case LOOK:
        return { kind: "look", out, negative: a.negative[st] === 1, body: a.out2[st], bodyAccept: a.lookAccept[st] };
      default:
        return { kind: "accept" };
    }
  });
  return { source, flags, states, start, accept, anchored: startsAnchored(node) };
}

// src/decision/paths.ts
var MAX_PATH_LENGTH = 4096;
var PERCENT_ENCODED_SEPARATOR = /%(?:2e|2f|5c)/i;
var DOT_GIT_PROBLEM = `has a ".git" component: git's own files are never content`;
function isPlainPath(entry) {
  const n = entry.length;
  if (n === 0 || n > MAX_PATH_LENGTH) return false;
  let start = 0;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? entry.charCodeAt(i) : 47;
    if (c === 47) {
      if (i === start || entry.charCodeAt(i - 1) === 46) return false;
      if (i - start >= 4 && maybeDotGit(entry, start, i)) return false;
      start = i + 1;
    } else if (c <= 32 || c >= 127 || c === 92 || c === 37) return false;
  }
  return true;
}
function cleanPath(entry) {
  if (entry.length > MAX_PATH_LENGTH) return { ok: false, problem: `is longer than ${MAX_PATH_LENGTH} characters`, code: "path_too_long" };
  const unsafe = findUnsafeChar(entry);
  if (unsafe !== -1) {
    const code = entry.charCodeAt(unsafe);
    const name = isBidiControl(code) ? "a bidirectional control character" : isLineSeparator(code) ? "a line separator character" : code === 0 ? "a NUL character" : isControl(code) ? "a control character" : "an invisible character";
    return { ok: false, problem: `contains ${name} (${codePointName(entry, unsafe)})`, code: "path_unsafe_char" };
  }
  if (entry.includes("\\")) return { ok: false, problem: "contains a backslash", code: "path_backslash" };
  if (PERCENT_ENCODED_SEPARATOR.test(entry))
    return { ok: false, problem: 'contains a percent-encoded ".", "/" or "\\"', code: "path_percent_encoded" };
  let rebuild = false;
  let start = 0;
  for (; ; ) {
    let end = entry.indexOf("/", start);
    if (end === -1) end = entry.length;
    const len = end - start;
    if (len === 0 || len === 1 && entry.charCodeAt(start) === 46) rebuild = true;
    else if (len === 2 && entry.charCodeAt(start) === 46 && entry.charCodeAt(start + 1) === 46) {
      return { ok: false, problem: 'contains a ".." segment', code: "path_dot_dot" };
    }
    if (end === entry.length) break;
    start = end + 1;
  }
  if (hasDotGitComponent(entry)) return { ok: false, problem: DOT_GIT_PROBLEM, code: "path_dot_git" };
  if (!rebuild) return { ok: true, path: entry };
  const kept = entry.split("/").filter((s) => s !== "" && s !== ".");
  if (kept.length === 0) return { ok: false, problem: 'is empty once "./" and "/" are removed', code: "path_empty" };
  return { ok: true, path: kept.join("/") };
}
function originalForm(s) {
  let p = pyStrip(s.includes("\\") ? s.replace(/\\/g, "/") : s);
  while (p.startsWith("./")) p = p.slice(2);
  return p.replace(/^\/+/, "");
}
function originalPathForm(entry) {
  return originalForm(originalForm(entry));
}
function normalizePattern(pattern) {
  return originalForm(pattern).replace(/\/+$/, "");
}
var PICOMATCH_BASE = { dot: true, nonegate: true, windows: false };
function compileScopeMatchers(allowedPaths, forbiddenPaths, problems, where, cache = new CompileCache()) {
  const allowed = [];
  allowedPaths.forEach((pattern, i) => {
    const p = normalizePattern(pattern);
    if (p === "") return;
    const regex = makeRe(p, false, problems, `${where}.allowed_paths[${i}]`, cache);
    if (!regex) return;
    const tester = linear(regex.source, regex.flags, cache);
    const shortcut = allowedShortcut(p, tester);
    allowed.push({ pattern, regex, shortcut: shortcut !== null, test: shortcut ?? ((path) => tester.test(path)) });
  });
  const forbidden = [];
  const shortcuts = [];
  const sources = [];
  const exactSources = [];
  forbiddenPaths.forEach((pattern, i) => {
    const p = normalizePattern(pattern);
    if (p === "") return;
    const variants = [...new Set(forbiddenVariants(p, problems, `${where}.forbidden_paths[${i}]`, cache))];
    const regex = new RegExp(anchored(variants), "i");
    const tester = linear(regex.source, regex.flags, cache);
    const exactVariants = fnmatchExactSources(p);
    const exact = exactVariants.length > 0 ? linear(anchored(exactVariants), "", cache) : null;
    const shortcut = forbiddenShortcut(p);
    if (shortcut) shortcuts.push(shortcut);
    else {
      for (const v of variants) if (!sources.includes(v)) sources.push(v);
      for (const v of exactVariants) if (!exactSources.includes(v)) exactSources.push(v);
    }
    forbidden.push({
      pattern,
      regex,
      shortcut: shortcut !== null,
      test: shortcut ?? (exact === null ? (path) => tester.test(path) : (path) => tester.test(path) || exact.test(path))
    });
  });
  const rest = sources.length > 0 ? linear(anchored(sources), "i", cache) : null;
  const restExact = exactSources.length > 0 ? linear(anchored(exactSources), "", cache) : null;
  const anyForbidden = (path, lower) => {
    for (let i = 0; i < shortcuts.length; i++) if (shortcuts[i](path, lower)) return true;
    return rest !== null && rest.test(path) || restExact !== null && restExact.test(path);
  };
  const originalSources = [];
  for (const pattern of allowedPaths) {
    const p = originalForm(pattern);
    if (p !== "") originalSources.push(...originalRuleSources(p));
  }
  const original = originalSources.length > 0 ? linear(anchored(originalSources), "", cache) : null;
  const originallyAllowed = (path) => path !== "" && original !== null && original.test(path);
  return { allowed, forbidden, anyForbidden, originallyAllowed };
}
function checkScopeGlobs(allowedPaths, forbiddenPaths, problems, where, cache) {
  allowedPaths.forEach((pattern, i) => {
    const p = normalizePattern(pattern);
    if (p !== "") makeRe(p, false, problems, `${where}.allowed_paths[${i}]`, cache);
  });
  forbiddenPaths.forEach((pattern, i) => {
    const p = normalizePattern(pattern);
    if (p === "") return;
    for (const glob of [p, `${p}/**`]) makeRe(glob, true, problems, `${where}.forbidden_paths[${i}]`, cache);
  });
}
var NAME = "[A-Za-z0-9_-][A-Za-z0-9._-]*|\\.[A-Za-z0-9._-]*[A-Za-z0-9_-][A-Za-z0-9._-]*";
var LITERAL_PATH = new RegExp(`^(?:${NAME})(?:/(?:${NAME}))*$`);
var LITERAL_PART = /^[A-Za-z0-9._-]+$/;
function literalDir(p) {
  const l = p.endsWith("/**") ? p.slice(0, -3) : p;
  return LITERAL_PATH.test(l) ? l : null;
}
var LINE_TERMINATOR = /[\n\r\u2028\u2029]/;
function allowedShortcut(p, tester) {
  const dir = literalDir(p);
  if (dir !== null) {
    if (!p.endsWith("/**")) return (path) => path === dir;
    const prefix = `${dir}/`;
    return (path) => path === dir || path.startsWith(prefix);
  }
  if (p.startsWith("**/")) {
    const rest = p.slice(3);
    if (LITERAL_PATH.test(rest) && !rest.includes("/")) {
      const tail = `/${rest}`;
      return (path) => path === rest || path.endsWith(tail);
    }
    const body = rest.slice(1);
    if (rest.startsWith("*") && LITERAL_PART.test(body) && /[^.]/.test(body)) {
      return (path) => LINE_TERMINATOR.test(path) ? tester.test(path) : path.endsWith(body);
    }
  }
  return null;
}
function forbiddenShortcut(p) {
  const dir = literalDir(p);
  if (dir !== null) {
    const l = dir.toLowerCase();
    const prefix = `${l}/`;
    return (_path, lower) => lower === l || lower.startsWith(prefix);
  }
  if (!p.startsWith("**/")) return null;
  const rest = p.slice(3);
  if (LITERAL_PATH.test(rest) && !rest.includes("/")) {
    const s = rest.toLowerCase();
    const head = `${s}/`;
    const tail = `/${s}`;
    const mid = `/${s}/`;
    return (_path, lower) => lower === s || lower.startsWith(head) || lower.endsWith(tail) || lower.includes(mid);
  }
  if (rest.startsWith("*") && !rest.startsWith("**")) {
    const body = rest.slice(1);
    if (body.endsWith("*") && LITERAL_PART.test(body.slice(0, -1))) {
      const part = body.slice(0, -1).toLowerCase();
      return (_path, lower) => lower.includes(part);
    }
    if (LITERAL_PART.test(body)) {
      const suffix = body.toLowerCase();
      const inner = `${suffix}/`;
      return (_path, lower) => lower.endsWith(suffix) || lower.includes(inner);
    }
  }
  return null;
}
function anchored(alternatives) {
  return `^(?:${alternatives.join("|")})`;
}
function linear(source, flags, cache) {
  return cache.get(flags === "i" ? "tester-i" : "tester", source, () => lazyLinearRegex(source, flags, (s, f) => new RegExp(s, f)));
}
function makeRe(pattern, nocase, problems, where, cache) {
  const made = cache.get(nocase ? "glob-i" : "glob", pattern, () => {
    try {
      return import_picomatch.default.makeRe(pattern, { ...PICOMATCH_BASE, nocase });
    } catch (err) {
      return err;
    }
  });
  if (!(made instanceof Error)) return made;
  problems.push(`${where}: glob ${JSON.stringify(pattern)} cannot be compiled (${made.message})`);
  return null;
}
function forbiddenVariants(p, problems, where, cache) {
  const out = [];
  for (const glob of [p, `${p}/**`]) {
    const re = makeRe(glob, true, problems, where, cache);
    if (re) out.push(`(?:${re.source})`);
  }
  out.push(...originalRuleSources(p));
  return out;
}
function originalRuleSources(p) {
  const out = [fnmatchToRegexSource(p)];
  if (p.startsWith("**/")) out.push(fnmatchToRegexSource(p.slice(3)));
  if (p.endsWith("/**")) {
    const prefix = p.slice(0, -3).replace(/\/+$/, "");
    out.push(`(?:^${escapeRegex(prefix)}(?:/[\\s\\S]*)?$)`);
  }
  return out;
}
function fnmatchExactSources(p) {
  const out = [];
  for (const glob of p.startsWith("**/") ? [p, p.slice(3)] : [p]) {
    const source = fnmatchToRegexSource(glob);
    if (source.includes("[^")) out.push(source);
  }
  return out;
}
function escapeRegex(s) {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}
function classChar(c) {
  return `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
}
var ANY_CODE_POINT = "(?:[\\uD800-\\uDBFF][\\uDC00-\\uDFFF]|[\\s\\S])";
var SURROGATE_PAIR = "[\\uD800-\\uDBFF][\\uDC00-\\uDFFF]";
function fnmatchToRegexSource(pat) {
  let res = "";
  let i = 0;
  const n = pat.length;
  while (i < n) {
    const c = pat[i];
    i++;
    if (c === "*") {
      while (i < n && pat[i] === "*") i++;
      res += "[\\s\\S]*";
    } else if (c === "?") {
      res += ANY_CODE_POINT;
    } else if (c === "[") {
      let j = i;
      if (j < n && pat[j] === "!") j++;
      if (j < n && pat[j] === "]") j++;
      while (j < n && pat[j] !== "]") j++;
      if (j >= n) {
        res += "\\[";
        continue;
      }
      let body = pat.slice(i, j);
      i = j + 1;
      const negate = body.startsWith("!");
      if (negate) body = body.slice(1);
      let cls = "";
      let irregular = /[\uD800-\uDFFF]/.test(body);
      for (let k = 0; k < body.length; ) {
        if (k + 2 < body.length && body[k + 1] === "-") {
          const a = body[k];
          const b = body[k + 2];
          if (a <= b) cls += `${classChar(a)}-${classChar(b)}`;
          else irregular = true;
          k += 3;
        } else {
          cls += classChar(body[k]);
          k++;
        }
      }
      if (irregular || negate && cls === "") res += ANY_CODE_POINT;
      else if (cls === "") res += "(?!)";
      else res += negate ? `(?:${SURROGATE_PAIR}|[^${cls}])` : `[${cls}]`;
    } else {
      res += escapeRegex(c);
    }
  }
  return `(?:^${res}$)`;
}

// src/decision/approval.ts
import { createPublicKey, verify } from "node:crypto";
function compileTrustedKeys(keys, problems) {
  if (keys === void 0 || keys === null) return null;
  if (typeof keys !== "object" || Array.isArray(keys)) {
    problems.push("trustedKeys must be an object: key id \u2192 {public_key_pem, approvers}");
    return null;
  }
  const out = /* @__PURE__ */ new Map();
  for (const [id, entry] of Object.entries(keys)) {
    const where = `trustedKeys[${JSON.stringify(id)}]`;
    if (entry === null || typeof entry !== "object") {
      problems.push(`${where} must be an object with public_key_pem and approvers`);
      continue;
    }
    const { public_key_pem: pem, approvers } = entry;
    if (!Array.isArray(approvers) || approvers.length === 0 || !approvers.every((a) => typeof a === "string" && !isBlank(a))) {
      problems.push(`${where}.approvers must be a non-empty list of approver ids`);
      continue;
    }
    if (typeof pem !== "string") {
      problems.push(`${where}.public_key_pem must be a PEM string`);
      continue;
    }
    let key;
    try {
      key = createPublicKey(pem);
    } catch (err) {
      problems.push(`${where}.public_key_pem is not a readable public key (${err.message})`);
      continue;
    }
    if (key.asymmetricKeyType !== "ed25519") {
      problems.push(`${where}.public_key_pem is a ${key.asymmetricKeyType ?? "non-asymmetric"} key; only Ed25519 keys are accepted`);
      continue;
    }
    out.set(id, { key, approvers: new Set(approvers) });
  }
  return out;
}
var TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?(?:[Zz]|([+-])(\d{2}):(\d{2}))$/;
function parseTimestamp(value) {
  if (typeof value !== "string") return null;
  const m = TIMESTAMP.exec(value);
  if (!m) return null;
  const [y, mo, d, h, mi, sec] = [m[1], m[2], m[3], m[4], m[5], m[6]].map(Number);
  if (mo < 1 || mo > 12 || d < 1 || d > new Date(Date.UTC(y, mo, 0)).getUTCDate() || h > 23 || mi > 59 || sec > 59) return null;
  const offsetMinutes = m[8] === void 0 ? 0 : (m[8] === "-" ? -1 : 1) * (Number(m[9]) * 60 + Number(m[10]));
  if (Math.abs(offsetMinutes) >= 24 * 60) return null;
  const fraction = m[7] === void 0 ? 0 : Math.floor(Number(m[7]) * 1e3);
  const utc = /* @__PURE__ */ new Date(0);
  utc.setUTCFullYear(y, mo - 1, d);
  utc.setUTCHours(h, mi, sec, fraction);
  return utc.getTime() - offsetMinutes * 6e4;
}
function changedPathsSha256(changedPaths) {
  const list = typeof changedPaths === "string" ? [changedPaths] : changedPaths === void 0 || changedPaths === null ? [] : changedPaths;
  if (!Array.isArray(list)) return null;
  const cleaned = /* @__PURE__ */ new Set();
  for (const entry of list) {
    if (typeof entry !== "string") return null;
    if (isBlank(entry)) continue;
    const r = cleanPath(entry);
    if (!r.ok) return null;
    cleaned.add(r.path);
  }
  return sha256Hex([...cleaned].sort(compareCodePoints).join("\n"));
}
function isObject(v) {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}
function own(obj, key) {
  return Object.prototype.hasOwnProperty.call(obj, key) ? obj[key] : void 0;
}
function emptyApprovalVerdict() {
  return { present: false, typed: false, valid: false, approval_id: null, approver_id: null, reviewer_pool: null, problems: [] };
}
function isAbsentRecord(record) {
  if (record === void 0 || record === null || record === false) return true;
  if (typeof record === "string") return isBlank(record);
  if (Array.isArray(record)) return record.length === 0;
  if (typeof record === "object") return Object.keys(record).length === 0;
  return false;
}
function judgeApproval(record, ctx) {
  const verdict = emptyApprovalVerdict();
  if (isAbsentRecord(record)) return verdict;
  verdict.present = true;
  const problems = verdict.problems;
  if (!isObject(record) || own(record, "type") !== "human_approval") {
    problems.push(
      `the record is untyped (${isObject(record) ? 'an object without type "human_approval"' : quoteValue(record)}); only a typed human_approval record approves`
    );
    return verdict;
  }
  verdict.typed = true;
  const approvalId = own(record, "approval_id");
  if (typeof approvalId === "string") verdict.approval_id = approvalId;
  const decision2 = own(record, "decision");
  if (decision2 !== "approved") problems.push(`decision is ${quoteValue(decision2)}, not "approved"`);
  const status = own(record, "status");
  if (status !== void 0 && status !== null && status !== false && status !== "" && !(typeof status === "string" && status.toLowerCase() === "approved")) {
    problems.push(`status is ${quoteValue(status)}, which contradicts decision "approved"`);
  }
  const wf = own(record, "workflow_id");
  if (wf !== ctx.workflowId) problems.push(`workflow_id ${quoteValue(wf)} is not the request's workflow ${quoteValue(ctx.workflowId)}`);
  const run = own(record, "run_id");
  if (run !== ctx.runId) problems.push(`run_id ${quoteValue(run)} is not the request's run ${quoteValue(ctx.runId)}`);
  const phase = own(record, "gate_phase");
  if (phase !== void 0 && phase !== ctx.gatePhase) {
    problems.push(`gate_phase ${quoteValue(phase)} is not the request's gate phase ${quoteValue(ctx.gatePhase)}`);
  }
  judgeApprover(own(record, "approver"), ctx, verdict);
  judgeWindow(record, ctx, problems);
  judgeScope(own(record, "scope"), ctx, problems);
  judgeSignature(record, ctx, verdict);
  verdict.valid = problems.length === 0;
  return verdict;
}
function judgeApprover(approver, ctx, verdict) {
  const problems = verdict.problems;
  if (!isObject(approver)) {
    problems.push("approver must be an object {id, type, reviewer_pool}");
    return;
  }
  const id = own(approver, "id");
  const type = own(approver, "type");
  const pool = own(approver, "reviewer_pool");
  if (typeof id === "string") verdict.approver_id = id;
  if (typeof pool === "string") verdict.reviewer_pool = pool;
  if (type !== "human") problems.push(`approver.type is ${quoteValue(type)}, not "human"`);
  if (typeof id !== "string" || isBlank(id)) {
    problems.push("approver.id is missing");
  } else {
    const norm = pyStrip(id).toLowerCase();
    if (norm === pyStrip(ctx.agentId).toLowerCase()) problems.push(`approver.id ${quoteValue(id)} is the requesting agent (self-approval)`);
    else if (ctx.agentClasses.has(norm) || norm.startsWith("sr-agent::"))
      problems.push(`approver.id ${quoteValue(id)} is an agent, not a human`);
  }
  if (typeof pool !== "string" || !ctx.reviewerPools.has(pool)) {
    problems.push(`approver.reviewer_pool ${quoteValue(pool)} is not one of the workflow's reviewer pools`);
  }
}
function judgeWindow(record, ctx, problems) {
  const issuedRaw = own(record, "issued_at");
  const expiresRaw = own(record, "expires_at");
  const issued = parseTimestamp(issuedRaw);
  const expires = parseTimestamp(expiresRaw);
  if (issued === null) problems.push(`issued_at ${quoteValue(issuedRaw)} is not an RFC 3339 date-time with a time zone`);
  if (expires === null) problems.push(`expires_at ${quoteValue(expiresRaw)} is not an RFC 3339 date-time with a time zone`);
  if (issued === null || expires === null) return;
  if (issued > ctx.nowMs) problems.push(`issued_at ${issuedRaw} is in the future`);
  if (ctx.nowMs >= expires) problems.push(`expired at ${expiresRaw}`);
  if (expires <= issued) problems.push("expires_at is not after issued_at");
  else if (expires - issued > ctx.maxWindowMs) {
    problems.push(`the approval window is ${formatHours(expires - issued)}, longer than the ${formatHours(ctx.maxWindowMs)} allowed`);
  }
}
function formatHours(ms) {
  const h = ms / 36e5;
  return `${Number.isInteger(h) ? h : h.toFixed(2)} h`;
}
function judgeScope(scope, ctx, problems) {
  if (scope === void 0) return;
  if (!isObject(scope)) {
    problems.push("scope must be an object");
    return;
  }
  for (const key of Object.keys(scope).sort()) {
    const want = scope[key];
    if (key === "changed_paths_sha256") {
      const have2 = changedPathsSha256(ctx.changedPaths);
      if (ctx.changedPaths === void 0 || ctx.changedPaths === null)
        problems.push("scope.changed_paths_sha256 is set but the request carries no changed_paths");
      else if (have2 === null) problems.push("scope.changed_paths_sha256 is set but the request's changed_paths cannot be cleaned");
      else if (typeof want !== "string" || want.toLowerCase() !== have2)
        problems.push("scope.changed_paths_sha256 does not match the request's changed paths");
      continue;
    }
    if (!SCOPABLE.has(key)) {
      problems.push(`scope.${plainValue(key)} is not a request attribute an approval can be scoped to`);
      continue;
    }
    const have = ctx.attribute(key);
    if (have === void 0 || have === null || typeof have === "string" && isBlank(have)) {
      problems.push(`scope.${key} is set but the request carries no ${key}`);
    } else if (typeof have !== "string" || want !== pyStrip(have)) {
      problems.push(`scope.${key} ${quoteValue(want)} does not match the request's ${quoteValue(have)}`);
    }
  }
}
var SCOPABLE = /* @__PURE__ */ new Set(["tool_namespace", "tool_access_mode", "change_class", "head_sha", "branch_name", "agent_id", "agent_class"]);
var BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
function judgeSignature(record, ctx, verdict) {
  if (ctx.trustedKeys === null) return;
  const problems = verdict.problems;
  const sig = own(record, "signature");
  if (!isObject(sig)) {
    problems.push("the record is unsigned, and this policy accepts only records signed by a trusted key");
    return;
  }
  const alg = own(sig, "alg");
  const keyId = own(sig, "key_id");
  const value = own(sig, "value");
  if (alg !== "ed25519") {
    problems.push(`signature.alg is ${quoteValue(alg)}, not "ed25519"`);
    return;
  }
  const trusted = typeof keyId === "string" ? ctx.trustedKeys.get(keyId) : void 0;
  if (trusted === void 0) {
    problems.push(`signature.key_id ${quoteValue(keyId)} is not a trusted key`);
    return;
  }
  if (verdict.approver_id === null || !trusted.approvers.has(verdict.approver_id)) {
    problems.push(`key ${quoteValue(keyId)} may not sign for approver ${quoteValue(verdict.approver_id)}`);
    return;
  }
  if (typeof value !== "string" || !BASE64.test(value)) {
    problems.push("signature.value is not base64");
    return;
  }
  const signature = Buffer.from(value, "base64");
  let ok = false;
  try {
    const unsigned = /* @__PURE__ */ Object.create(null);
    for (const k of Object.keys(record)) if (k !== "signature") unsigned[k] = record[k];
    ok = signature.length === 64 && verify(null, Buffer.from(canonicalJson(unsigned), "utf8"), trusted.key, signature);
  } catch {
    ok = false;
  }
  if (!ok) problems.push(`the signature does not verify with key ${quoteValue(keyId)}`);
}

// src/decision/errors.ts
var PolicyLoadError = class extends Error {
  name = "PolicyLoadError";
  problems;
  constructor(problems, source = "policy pack") {
    super(
      `${source} cannot be loaded (${problems.length} problem${problems.length === 1 ? "" : "s"}):
${problems.map((p) => `  ${p}`).join("\n")}`
    );
    this.problems = problems;
  }
};

// src/decision/bounded.ts
var MAX_ECHO_DEPTH = 32;
var CUT = `\u2026(nested deeper than ${MAX_ECHO_DEPTH} levels)`;
function boundedJson(value, maxDepth = MAX_ECHO_DEPTH) {
  return copy(value, maxDepth);
}
function copy(v, depth) {
  switch (typeof v) {
    case "string":
    case "boolean":
      return v;
    case "number":
      return Number.isFinite(v) ? v : null;
    case "object":
      break;
    default:
      return null;
  }
  if (v === null) return null;
  if (depth <= 0) return CUT;
  if (Array.isArray(v)) {
    const out2 = new Array(v.length);
    for (let i = 0; i < v.length; i++) out2[i] = copy(v[i], depth - 1);
    return out2;
  }
  const out = {};
  for (const k in v) {
    if (!Object.prototype.hasOwnProperty.call(v, k)) continue;
    Object.defineProperty(out, k, {
      value: copy(v[k], depth - 1),
      enumerable: true,
      writable: true,
      configurable: true
    });
  }
  return out;
}

// src/decision/branch-name.ts
function branchNameProblem(name) {
  if (name === "") return "is empty";
  if (name.charCodeAt(0) === 45) return 'starts with "-"';
  if (name === "HEAD") return 'is "HEAD"';
  let componentStart = 0;
  let last = -1;
  for (let i = 0; i <= name.length; i++) {
    const c = i < name.length ? name.charCodeAt(i) : 47;
    if (c === 47) {
      if (i === componentStart) return i === name.length ? 'ends with "/"' : i === 0 ? 'starts with "/"' : 'has an empty component ("//")';
      if (name.charCodeAt(componentStart) === 46) return 'has a component starting with "."';
      if (i - componentStart >= 5 && name.endsWith(".lock", i)) return 'has a component ending with ".lock"';
      componentStart = i + 1;
      last = -1;
      continue;
    }
    if (c < 32 || c === 127) return "contains a control character";
    switch (c) {
      case 32:
        return "contains a space";
      case 126:
      case 94:
      case 58:
      case 63:
      case 42:
      case 91:
      case 92:
        return `contains ${JSON.stringify(String.fromCharCode(c))}`;
      case 46:
        if (last === 46) return 'contains ".."';
        break;
      case 123:
        if (last === 64) return 'contains "@{"';
        break;
    }
    last = c;
  }
  if (name.charCodeAt(name.length - 1) === 46) return 'ends with "."';
  return null;
}

// src/decision/evaluate.ts
var KNOWN_ATTRIBUTES = /* @__PURE__ */ new Set([
  "workflow_id",
  "agent_id",
  "agent_class",
  "run_id",
  "tool_namespace",
  "tool_access_mode",
  "branch_name",
  "changed_paths",
  "diff_line_count",
  "gate_phase",
  "change_class",
  "head_sha",
  "human_approval_record",
  "runtime_kill_signal",
  "triggered_kill_signal"
]);
var JUDGED_ENTRIES_AT_LEAST = 5e3;
var JUDGED_BEYOND_LIMIT = 32;
var JUDGED_CHARS_LIMIT = 1 << 20;
function pyTruthy(v) {
  if (v === void 0 || v === null || v === false || v === 0 || v === "") return false;
  if (typeof v !== "object") return true;
  if (Array.isArray(v)) return v.length > 0;
  for (const k in v) if (Object.prototype.hasOwnProperty.call(v, k)) return true;
  return false;
}
function echo(v) {
  if (v === void 0) return null;
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v === "string" || typeof v === "boolean" || v === null) return v;
  if (typeof v === "object") return boundedJson(v);
  return null;
}
function echoPaths(paths) {
  const out = paths.slice();
  for (let i = 0; i < out.length; i++) {
    const e = out[i];
    if (typeof e !== "string") out[i] = echo(e);
  }
  return out;
}
var Attributes = class {
  workflow_id = void 0;
  agent_id = void 0;
  agent_class = void 0;
  run_id = void 0;
  tool_namespace = void 0;
  tool_access_mode = void 0;
  branch_name = void 0;
  changed_paths = void 0;
  diff_line_count = void 0;
  gate_phase = void 0;
  change_class = void 0;
  head_sha = void 0;
  human_approval_record = void 0;
  runtime_kill_signal = void 0;
  triggered_kill_signal = void 0;
  unknown = [];
  observed = [];
};
function readAttributes(req) {
  const a = new Attributes();
  for (const k in req) {
    if (!Object.prototype.hasOwnProperty.call(req, k)) continue;
    const v = req[k];
    switch (k) {
      case "workflow_id":
        a.workflow_id = v;
        break;
      case "agent_id":
        a.agent_id = v;
        break;
      case "agent_class":
        a.agent_class = v;
        break;
      case "run_id":
        a.run_id = v;
        break;
      case "tool_namespace":
        a.tool_namespace = v;
        break;
      case "tool_access_mode":
        a.tool_access_mode = v;
        break;
      case "branch_name":
        a.branch_name = v;
        break;
      case "changed_paths":
        a.changed_paths = v;
        break;
      case "diff_line_count":
        a.diff_line_count = v;
        break;
      case "gate_phase":
        a.gate_phase = v;
        break;
      case "change_class":
        a.change_class = v;
        break;
      case "head_sha":
        a.head_sha = v;
        break;
      case "human_approval_record":
        a.human_approval_record = v;
        break;
      case "runtime_kill_signal":
        a.runtime_kill_signal = v;
        break;
      case "triggered_kill_signal":
        a.triggered_kill_signal = v;
        break;
      default:
        a.unknown.push(k);
    }
  }
  if (a.unknown.length > 1) a.unknown.sort();
  const o = a.observed;
  if (pyTruthy(a.agent_class)) o.push("agent_class");
  if (pyTruthy(a.agent_id)) o.push("agent_id");
  if (pyTruthy(a.branch_name)) o.push("branch_name");
  if (pyTruthy(a.change_class)) o.push("change_class");
  if (pyTruthy(a.changed_paths)) o.push("changed_paths");
  if (pyTruthy(a.diff_line_count)) o.push("diff_line_count");
  if (pyTruthy(a.gate_phase)) o.push("gate_phase");
  if (pyTruthy(a.head_sha)) o.push("head_sha");
  if (pyTruthy(a.human_approval_record)) o.push("human_approval_record");
  if (pyTruthy(a.run_id)) o.push("run_id");
  if (pyTruthy(a.runtime_kill_signal)) o.push("runtime_kill_signal");
  if (pyTruthy(a.tool_access_mode)) o.push("tool_access_mode");
  if (pyTruthy(a.tool_namespace)) o.push("tool_namespace");
  if (pyTruthy(a.triggered_kill_signal)) o.push("triggered_kill_signal");
  if (pyTruthy(a.workflow_id)) o.push("workflow_id");
  return a;
}
function requiredString(r, name, v) {
  if (typeof v === "string") {
    if (!isBlank(v)) return pyStrip(v);
  } else if (pyTruthy(v)) {
    r.refuse("required_attributes", "attribute_not_string", `${name} must be a string, got ${describeType(v)}`);
    return null;
  }
  r.refuse("required_attributes", "attribute_missing", `${name} is required`);
  return null;
}
function killSignalText(v) {
  if (v === void 0 || v === null) return "";
  if (typeof v === "string") return pyStrip(v);
  if (!pyTruthy(v)) return "";
  try {
    return JSON.stringify(v) ?? describeType(v);
  } catch {
    return describeType(v);
  }
}
function resolveNow(options) {
  const now = options?.now;
  if (now === void 0) return Date.now();
  if (now instanceof Date) return now.getTime();
  if (typeof now === "number") return now;
  if (typeof now === "string") return Date.parse(now);
  return NaN;
}
function isoOf(ms, clock) {
  if (ms !== clock.lastMs) {
    clock.lastIso = new Date(ms).toISOString();
    clock.lastMs = ms;
  }
  return clock.lastIso;
}
function evaluateRequest(ctx, clock, request2, options) {
  try {
    return evaluateUnsafe(ctx, clock, request2, options);
  } catch (err) {
    const problem = `the request could not be read (${errorText(err)})`;
    const kill = readableKill(request2);
    if (kill !== "") return killedUnreadable(ctx, clock, safeNow(options), problem, kill);
    return unreadable(ctx, clock, safeNow(options), "request_unreadable", problem);
  }
}
function readableKill(request2) {
  if (request2 === null || typeof request2 !== "object") return "";
  for (const key of ["runtime_kill_signal", "triggered_kill_signal"]) {
    try {
      if (!Object.prototype.hasOwnProperty.call(request2, key)) continue;
      const kill = killSignalText(request2[key]);
      if (kill !== "") return kill;
    } catch {
    }
  }
  return "";
}
function killedUnreadable(ctx, clock, nowMs, problem, kill) {
  const evidence2 = newEvidence(ctx, isoOf(nowMs, clock), [], []);
  evidence2.checks.request_readable = "fail";
  evidence2.checks.kill_signal = "fail";
  const unregistered = `unregistered kill signal: ${quoteValue(kill)}`;
  evidence2.reasons.push(
    { check: "request_readable", code: "request_unreadable", message: problem },
    { check: "kill_signal", code: "kill_signal_unregistered", message: unregistered }
  );
  return result({
    evidence: evidence2,
    request: { runtime_kill_signal: kill },
    violations: [problem, unregistered],
    workflow: null,
    scope: null,
    ending: KILLED
  });
}
function refuseInput(ctx, clock, violation, options) {
  return unreadable(
    ctx,
    clock,
    safeNow(options),
    "input_refused",
    typeof violation === "string" ? violation : "the input is not a request"
  );
}
function safeNow(options) {
  let ms;
  try {
    ms = resolveNow(options);
  } catch {
    ms = NaN;
  }
  return validTime(ms) ? ms : Date.now();
}
function validTime(ms) {
  return Number.isFinite(ms) && Math.abs(ms) <= 864e13;
}
function errorText(err) {
  try {
    return err instanceof Error ? err.message : String(err);
  } catch {
    return "unprintable error";
  }
}
var NO_APPROVAL = Object.freeze({ ...emptyApprovalVerdict(), problems: Object.freeze([]) });
function newChecks() {
  return {
    request_readable: "skip",
    kill_signal: "skip",
    workflow_declared: "skip",
    default_deny: "skip",
    workflow_active: "skip",
    maturity_posture: "skip",
    required_attributes: "skip",
    gate_phase: "skip",
    agent_identity: "skip",
    tool_scope: "skip",
    branch_name: "skip",
    changed_paths: "skip",
    diff_line_count: "skip",
    path_scope: "skip",
    change_class_review: "skip",
    scope_approval: "skip"
  };
}
function newEvidence(ctx, evaluatedAt, unknown, observed, checks2 = newChecks()) {
  return {
    pack_sha256: ctx.packSha256,
    manifest_sha256: ctx.manifestSha256,
    source_manifest_sha256: ctx.manifestSha256,
    policy_id: ctx.policyId,
    policy_generated_at: ctx.generatedAt,
    evaluated_at: evaluatedAt,
    workflow_id: null,
    workflow_policy_sha256: null,
    run_id: null,
    agent_class: null,
    scope_id: null,
    maturity_stage: null,
    required_pr_label: null,
    checks: checks2,
    reasons: [],
    paths: [],
    approval: NO_APPROVAL,
    observed_runtime_attributes: observed,
    unknown_attributes: unknown
  };
}
function unreadable(ctx, clock, nowMs, code, violation) {
  const evidence2 = newEvidence(ctx, isoOf(nowMs, clock), [], []);
  evidence2.checks.request_readable = "fail";
  evidence2.reasons.push({ check: "request_readable", code, message: violation });
  return result({ evidence: evidence2, request: {}, violations: [violation], workflow: null, scope: null, ending: UNREADABLE });
}
function ending(decision2, reason2, approvalRequired = false, approvalPresent = false) {
  return Object.freeze({ decision: decision2, reason: reason2, approvalRequired, approvalPresent });
}
function scopeEnding(decision2, approvalRequired, approvalPresent) {
  return { decision: decision2, reason: SATISFIED, approvalRequired, approvalPresent };
}
var UNREADABLE = ending("deny", "the request cannot be read");
var KILLED = ending("kill_session", "runtime kill signal fired");
var NO_WORKFLOW_ID = ending("deny", "workflow_id is required");
var UNDECLARED_WORKFLOW = ending("deny", "workflow_id is not declared in the gateway policy pack");
var FAILED_CHECKS = ending("deny", "runtime request failed gateway policy checks");
var FAILED_WRITE = ending("deny", "scoped branch write failed path, branch, or diff limits");
var CLASS_HOLD = ending("hold_for_approval", "change class requires a typed human approval record", true);
var SCOPE_HOLD = ending("hold_for_approval", "tool scope requires a typed human approval record", true);
var SCOPE_APPROVED = ending("allow", "approval-required tool scope has a typed approval record", true, true);
var SATISFIED = "runtime request satisfies gateway policy";
function result(p) {
  const { decision: decision2 } = p.ending;
  return {
    allowed: decision2 === "allow" || decision2 === "allow_scoped_branch" || decision2 === "allow_scoped_ticket",
    approval_present: p.ending.approvalPresent,
    approval_required: p.ending.approvalRequired,
    decision: decision2,
    evidence: p.evidence,
    matched_policy: p.workflow ? p.workflow.matchedPolicy : null,
    matched_scope: p.scope,
    reason: p.ending.reason,
    request: p.request,
    violations: p.violations
  };
}
function echoRequest(a) {
  const paths = a.changed_paths;
  return {
    agent_class: echo(a.agent_class),
    agent_id: echo(a.agent_id),
    branch_name: echo(a.branch_name),
    change_class: echo(a.change_class),
    changed_paths: paths === void 0 || paths === null ? [] : Array.isArray(paths) ? echoPaths(paths) : typeof paths === "string" ? [paths] : echo(paths),
    // The original echoed the count it judged: absent or null is 0.
    diff_line_count: a.diff_line_count === void 0 || a.diff_line_count === null ? 0 : echo(a.diff_line_count),
    gate_phase: echo(a.gate_phase),
    head_sha: echo(a.head_sha),
    run_id: echo(a.run_id),
    runtime_kill_signal: null,
    tool_access_mode: echo(a.tool_access_mode),
    tool_namespace: echo(a.tool_namespace),
    workflow_id: echo(a.workflow_id)
  };
}
var Run = class {
  constructor(ctx, a, evidence2, nowMs, timeValid) {
    this.ctx = ctx;
    this.a = a;
    this.evidence = evidence2;
    this.nowMs = nowMs;
    this.timeValid = timeValid;
    this.reasons = evidence2.reasons;
    this.echoed = echoRequest(a);
    this.hasRecord = !isAbsentRecord(a.human_approval_record);
  }
  ctx;
  a;
  evidence;
  nowMs;
  timeValid;
  violations = [];
  reasons;
  echoed;
  wf = void 0;
  workflowId = null;
  /** Why workflow_id cannot be used at all (not a string), else null. */
  workflowProblem = null;
  kill = "";
  agentId = null;
  runId = null;
  ns = null;
  mode = null;
  gatePhase = null;
  agentClass = null;
  changeClass = "";
  scope = void 0;
  /** Path verdicts' reasons, found while the entries are counted and given by path_scope. */
  pathReasons = [];
  hasRecord;
  approval = null;
  approved = false;
  classNeedsReview = false;
  /** One violation: its words in `violations`, its check and code in `reasons`, at the same index. */
  refuse(check, code, message) {
    this.violations.push(message);
    this.reasons.push({ check, code, message });
  }
};
var Check = class {
  name;
  run;
  then;
  branchWriteOnly;
  constructor(e) {
    this.name = e.name;
    this.run = e.run;
    this.then = e.then ?? null;
    this.branchWriteOnly = e.branchWriteOnly === true;
  }
};
function afterPolicyChecks(r) {
  if (r.violations.length === 0 && r.scope) return null;
  if (!r.wf) return r.workflowId === null && r.workflowProblem === null ? NO_WORKFLOW_ID : UNDECLARED_WORKFLOW;
  return FAILED_CHECKS;
}
var isBranchWrite = (r) => r.scope.decision === "allow_scoped_branch";
var CHECKS = [
  // The request is an object: evaluateUnsafe refused anything else before the run began.
  { name: "request_readable", run: () => "pass" },
  // 1. A kill signal ends the session, whatever else the request says. A bad `now` is a deny, but
  // only after the kill signal is read: nothing may stop a kill.
  {
    name: "kill_signal",
    run(r) {
      const a = r.a;
      const kill = killSignalText(a.runtime_kill_signal) || killSignalText(a.triggered_kill_signal);
      if (kill === "") return "pass";
      r.kill = kill;
      r.echoed.runtime_kill_signal = kill;
      if (!r.wf || !r.wf.killSignals.has(kill))
        r.refuse("kill_signal", "kill_signal_unregistered", `unregistered kill signal: ${quoteValue(kill)}`);
      return "fail";
    },
    then: (r) => r.kill !== "" ? KILLED : r.timeValid ? null : TIME_INVALID
  },
  // 2. The workflow must be declared; without it only the required attributes are still judged.
  {
    name: "workflow_declared",
    run(r) {
      if (r.wf) return "pass";
      if (r.workflowProblem !== null) r.refuse("workflow_declared", "workflow_id_not_string", r.workflowProblem);
      else if (r.workflowId === null) r.refuse("workflow_declared", "workflow_missing", "missing workflow_id");
      else r.refuse("workflow_declared", "workflow_undeclared", `unknown workflow_id: ${quoteValue(r.workflowId)}`);
      return "fail";
    }
  },
  // 3. Default deny (checked at load, so it holds), active status, maturity posture.
  { name: "default_deny", run: (r) => r.wf ? "pass" : "skip" },
  {
    name: "workflow_active",
    run(r) {
      const wf = r.wf;
      if (!wf) return "skip";
      if (wf.active) return "pass";
      r.refuse("workflow_active", "workflow_inactive", `workflow status is ${quoteValue(wf.policy.status)}, not active`);
      return "fail";
    }
  },
  {
    name: "maturity_posture",
    run(r) {
      const wf = r.wf;
      if (!wf) return "skip";
      if (wf.posture.inside) return "pass";
      r.refuse(
        "maturity_posture",
        "posture_outside",
        `workflow is outside its maturity posture (${String(wf.policy.maturity_stage)}): ${wf.posture.problems.join("; ")}`
      );
      return "fail";
    }
  },
  // 4. Required attributes, and the types of the optional ones that steer the decision.
  {
    name: "required_attributes",
    run(r) {
      const a = r.a;
      const before = r.violations.length;
      r.agentId = requiredString(r, "agent_id", a.agent_id);
      r.runId = requiredString(r, "run_id", a.run_id);
      r.ns = requiredString(r, "tool_namespace", a.tool_namespace);
      r.mode = requiredString(r, "tool_access_mode", a.tool_access_mode);
      r.gatePhase = requiredString(r, "gate_phase", a.gate_phase);
      if (!r.wf) return r.violations.length === before ? "skip" : "fail";
      if (typeof a.change_class === "string") r.changeClass = pyStrip(a.change_class);
      else if (a.change_class !== void 0 && a.change_class !== null) {
        r.refuse("required_attributes", "attribute_not_string", `change_class must be a string, got ${describeType(a.change_class)}`);
      }
      if (a.head_sha !== void 0 && a.head_sha !== null && typeof a.head_sha !== "string") {
        r.refuse("required_attributes", "attribute_not_string", `head_sha must be a string, got ${describeType(a.head_sha)}`);
      }
      if (r.runId !== null) r.evidence.run_id = r.runId;
      return r.violations.length === before ? "pass" : "fail";
    }
  },
  {
    name: "gate_phase",
    run(r) {
      const wf = r.wf;
      if (!wf) return "skip";
      if (r.gatePhase === null) return "fail";
      if (wf.gatePhases.has(r.gatePhase)) return "pass";
      r.refuse("gate_phase", "gate_phase_undeclared", `gate_phase ${quoteValue(r.gatePhase)} is not declared for workflow`);
      return "fail";
    }
  },
  // 5. Agent identity.
  {
    name: "agent_identity",
    run(r) {
      const wf = r.wf;
      if (!wf) return "skip";
      const a = r.a;
      const identity = resolveAgentClass(a.agent_class, r.agentId, wf);
      const agentClass = identity === null ? null : typeof identity === "string" ? identity : identity.agentClass;
      r.agentClass = agentClass;
      if (agentClass !== null) {
        r.evidence.agent_class = agentClass;
        r.echoed.agent_class = agentClass;
      } else if (identity === null && (typeof a.agent_id === "string" || !pyTruthy(a.agent_id))) {
        r.echoed.agent_class = "";
      }
      if (typeof identity === "string") return "pass";
      if (identity === null) r.refuse("agent_identity", "agent_unidentified", "agent identity cannot be established without agent_id");
      else r.refuse("agent_identity", identity.code, identity.problem);
      return "fail";
    }
  },
  // 6. The tool scope. Any violation so far is a deny: nothing may be written, held or approved.
  {
    name: "tool_scope",
    run(r) {
      const wf = r.wf;
      if (!wf) return "skip";
      const { ns, mode } = r;
      const scope = ns !== null && mode !== null ? wf.scopes.get(ns)?.get(mode) : void 0;
      if (scope) {
        r.scope = scope;
        r.evidence.scope_id = scope.scope_id;
        return "pass";
      }
      r.refuse("tool_scope", "scope_undeclared", `tool scope ${plainValue(ns ?? "")}:${plainValue(mode ?? "")} is not allowed`);
      return "fail";
    },
    then: afterPolicyChecks
  },
  // 7. A branch write must stay inside its scope before anything may be held or approved.
  { name: "branch_name", branchWriteOnly: true, run: checkBranch },
  { name: "changed_paths", branchWriteOnly: true, run: checkChangedPaths },
  { name: "diff_line_count", branchWriteOnly: true, run: checkDiffLines },
  {
    name: "path_scope",
    branchWriteOnly: true,
    run(r) {
      if (r.pathReasons.length === 0) return "pass";
      for (const p of r.pathReasons) r.refuse("path_scope", p.code, p.message);
      return "fail";
    },
    then: (r) => r.violations.length > 0 ? FAILED_WRITE : null
  },
  // 8–9. Human approval, when a change class or the scope asks for it.
  {
    name: "change_class_review",
    run(r) {
      weighApproval(r);
      const changeClass = r.changeClass;
      r.classNeedsReview = changeClass !== "" && r.ctx.manualReviewClasses.has(changeClass);
      if (!r.classNeedsReview) return "skip";
      if (r.approved) return "pass";
      approvalReasons(r, "change_class_review");
      return "fail";
    },
    then: (_r, outcome) => outcome === "fail" ? CLASS_HOLD : null
  },
  {
    name: "scope_approval",
    run(r) {
      if (r.scope.decision !== "hold_for_approval") return "skip";
      if (r.approved) return "pass";
      approvalReasons(r, "scope_approval");
      return "fail";
    },
    // 10. Otherwise the scope's own decision.
    then: (r, outcome) => outcome === "fail" ? SCOPE_HOLD : outcome === "pass" ? SCOPE_APPROVED : scopeEnding(r.scope.decision, r.classNeedsReview, r.approved)
  }
].map((e) => new Check(e));
var SKIPPED = CHECKS.map(() => "skip");
var NOT_YET_RUN = Object.freeze(newChecks());
function checksOf(o) {
  return {
    request_readable: o[0],
    kill_signal: o[1],
    workflow_declared: o[2],
    default_deny: o[3],
    workflow_active: o[4],
    maturity_posture: o[5],
    required_attributes: o[6],
    gate_phase: o[7],
    agent_identity: o[8],
    tool_scope: o[9],
    branch_name: o[10],
    changed_paths: o[11],
    diff_line_count: o[12],
    path_scope: o[13],
    change_class_review: o[14],
    scope_approval: o[15]
  };
}
var TIME_INVALID = ending("deny", "the request cannot be read");
function evaluateUnsafe(ctx, clock, request2, options) {
  let nowMs = resolveNow(options);
  const timeValid = validTime(nowMs);
  if (!timeValid) nowMs = Date.now();
  if (request2 === null || typeof request2 !== "object" || Array.isArray(request2)) {
    return unreadable(ctx, clock, nowMs, "request_not_object", `the request must be a JSON object, got ${describeType(request2)}`);
  }
  const a = readAttributes(request2);
  const evidence2 = newEvidence(ctx, isoOf(nowMs, clock), a.unknown, a.observed, NOT_YET_RUN);
  const r = new Run(ctx, a, evidence2, nowMs, timeValid);
  if (typeof a.workflow_id === "string") {
    const id = pyStrip(a.workflow_id);
    if (id !== "") r.workflowId = id;
  } else if (pyTruthy(a.workflow_id)) {
    r.workflowProblem = `workflow_id must be a string, got ${describeType(a.workflow_id)}`;
  }
  const wf = r.workflowId === null ? void 0 : ctx.workflows.get(r.workflowId);
  r.wf = wf;
  if (r.workflowId !== null) evidence2.workflow_id = r.workflowId;
  if (wf) {
    evidence2.workflow_policy_sha256 = wf.policySha256;
    evidence2.maturity_stage = wf.policy.maturity_stage;
    evidence2.required_pr_label = wf.requiredPrLabel;
  }
  const outcomes = SKIPPED.slice();
  let end = null;
  for (let i = 0; i < CHECKS.length && end === null; i++) {
    const c = CHECKS[i];
    if (c.branchWriteOnly && !isBranchWrite(r)) continue;
    const outcome = c.run(r);
    outcomes[i] = outcome;
    if (c.then !== null) end = c.then(r, outcome);
  }
  evidence2.checks = checksOf(outcomes);
  if (end === TIME_INVALID)
    return unreadable(ctx, clock, nowMs, "evaluation_time_invalid", "the evaluation time (now) is not a valid time");
  end ??= FAILED_CHECKS;
  if (r.hasRecord && r.approval === null && end !== KILLED) evidence2.approval = notConsidered(a.human_approval_record);
  return result({ evidence: evidence2, request: r.echoed, violations: r.violations, workflow: wf, scope: r.scope ?? null, ending: end });
}
function weighApproval(r) {
  if (!r.hasRecord) return;
  const a = r.a;
  const wf = r.wf;
  const agentClass = r.agentClass;
  const approval2 = judgeApproval(a.human_approval_record, {
    workflowId: wf.id,
    runId: r.runId,
    gatePhase: r.gatePhase,
    agentId: r.agentId,
    agentClasses: withClass(r.ctx.agentClasses, agentClass),
    reviewerPools: wf.reviewerPools,
    attribute: (name) => name === "agent_class" ? agentClass : a[name],
    changedPaths: a.changed_paths,
    nowMs: r.nowMs,
    maxWindowMs: r.ctx.maxApprovalWindowMs,
    trustedKeys: r.ctx.trustedKeys
  });
  r.approval = approval2;
  r.approved = approval2.valid;
  r.evidence.approval = approval2;
}
function approvalReasons(r, check) {
  const approval2 = r.approval;
  if (approval2 === null) return;
  const code = approval2.typed ? "approval_invalid" : "approval_untyped";
  for (const p of approval2.problems) r.refuse(check, code, `human_approval_record: ${p}`);
}
function withClass(classes, extra) {
  if (extra === null || classes.has(extra)) return classes;
  const s = new Set(classes);
  s.add(extra);
  return s;
}
function notConsidered(record) {
  const v = emptyApprovalVerdict();
  v.present = true;
  v.typed = record !== null && typeof record === "object" && !Array.isArray(record) && Object.prototype.hasOwnProperty.call(record, "type") && record.type === "human_approval";
  v.problems.push("not considered: the request was refused before approvals are weighed");
  return v;
}
function resolveAgentClass(rawClass, agentId, wf) {
  let cls;
  if (pyTruthy(rawClass)) {
    if (typeof rawClass !== "string")
      return { agentClass: null, code: "agent_class_not_string", problem: `agent_class must be a string, got ${describeType(rawClass)}` };
    cls = pyStrip(rawClass).toLowerCase();
  } else if (agentId === null) {
    return null;
  } else {
    const known = wf.agentIdClasses.get(agentId);
    if (known !== void 0) return known;
    const first = agentId.indexOf("::");
    if (first === -1) cls = agentId.toLowerCase();
    else {
      const parts = agentId.split("::");
      if (parts.length !== 3 || parts[0].toLowerCase() !== "sr-agent") {
        return {
          agentClass: null,
          code: "agent_id_malformed",
          problem: `agent_id ${quoteValue(agentId)} is neither a class name nor "sr-agent::${wf.id}::<class>"`
        };
      }
      if (parts[1] !== wf.id) {
        return {
          agentClass: null,
          code: "agent_id_other_workflow",
          problem: `agent_id ${quoteValue(agentId)} names workflow ${quoteValue(parts[1])}, not ${quoteValue(wf.id)}`
        };
      }
      cls = pyStrip(parts[2]).toLowerCase();
    }
  }
  if (!wf.allowedAgents.has(cls))
    return { agentClass: cls, code: "agent_not_allowed", problem: `agent_class ${quoteValue(cls)} is not allowed for workflow` };
  return cls;
}
function checkBranch(r) {
  const rawBranch = r.a.branch_name;
  const prefix = r.wf.branchPrefix;
  if (prefix === null || prefix === "") {
    r.refuse("branch_name", "branch_prefix_undeclared", "the workflow declares no required_branch_prefix, so no branch write is allowed");
    return "fail";
  }
  if (rawBranch !== void 0 && rawBranch !== null && typeof rawBranch !== "string") {
    r.refuse("branch_name", "branch_not_string", `branch_name must be a string, got ${describeType(rawBranch)}`);
    return "fail";
  }
  const branch = typeof rawBranch === "string" ? pyStrip(rawBranch) : "";
  if (!branch.startsWith(prefix)) r.refuse("branch_name", "branch_prefix", `branch_name must start with ${quoteValue(prefix)}`);
  else if (branch.length === prefix.length) {
    r.refuse("branch_name", "branch_prefix_only", `branch_name ${quoteValue(branch)} is only the prefix; it must name a branch after it`);
  } else {
    const refProblem = branchNameProblem(branch);
    if (refProblem === null) return "pass";
    r.refuse("branch_name", "branch_invalid_ref", `branch_name ${quoteValue(branch)} is not a valid git branch name: it ${refProblem}`);
  }
  return "fail";
}
function checkChangedPaths(r) {
  const wf = r.wf;
  const rawPaths = r.a.changed_paths;
  let countProblem = null;
  let entries = [];
  if (typeof rawPaths === "string") entries = [rawPaths];
  else if (Array.isArray(rawPaths)) entries = rawPaths;
  else if (rawPaths !== void 0 && rawPaths !== null)
    countProblem = { code: "paths_not_list", message: `changed_paths must be a list of paths, got ${describeType(rawPaths)}` };
  const paths = r.evidence.paths;
  const pathReasons = r.pathReasons;
  const alwaysForbidden = r.ctx.alwaysForbidden;
  const judgeLimit = Math.max(JUDGED_ENTRIES_AT_LEAST, wf.maxChangedFiles + JUDGED_BEYOND_LIMIT);
  let count = 0;
  let judgedChars = 0;
  let overBudget = 0;
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i];
    if (typeof entry === "string" && isBlank(entry)) continue;
    count++;
    if (count > judgeLimit) continue;
    if (typeof entry === "string" && judgedChars + entry.length > JUDGED_CHARS_LIMIT) {
      overBudget++;
      continue;
    }
    if (typeof entry === "string") {
      judgedChars += entry.length;
      paths.push(judgePath(entry, wf, pathReasons, alwaysForbidden));
    } else {
      const detail = `is ${describeType(entry)}, not a path`;
      paths.push({ path: echo(entry), cleaned: null, verdict: "invalid", rule: null, detail });
      pathReasons.push(pathReason("path_not_string", `changed path #${i + 1} ${detail}`));
    }
  }
  if (overBudget > 0) {
    pathReasons.push(
      pathReason(
        "paths_over_budget",
        `changed_paths hold more than ${JUDGED_CHARS_LIMIT} characters of paths; ${overBudget} path(s) past that were not judged, so the write is refused`
      )
    );
  }
  if (countProblem === null && count === 0)
    countProblem = { code: "paths_none", message: "changed_paths are required for write_branch access" };
  else if (count > wf.maxChangedFiles) {
    let message = `changed_paths has ${count} entries, more than max_changed_files ${wf.maxChangedFiles}`;
    if (count > judgeLimit) message += ` (only the first ${judgeLimit} were judged one by one)`;
    countProblem = { code: "paths_too_many", message };
  }
  if (countProblem === null) return "pass";
  r.refuse("changed_paths", countProblem.code, countProblem.message);
  return "fail";
}
function checkDiffLines(r) {
  const rawDiff = r.a.diff_line_count;
  if (rawDiff === void 0 || rawDiff === null) return "pass";
  if (typeof rawDiff !== "number" || !Number.isInteger(rawDiff) || rawDiff < 0) {
    const got = typeof rawDiff === "string" ? `the string ${quoteValue(rawDiff)}` : describeType(rawDiff);
    r.refuse("diff_line_count", "diff_lines_invalid", `diff_line_count must be a non-negative integer, got ${got}`);
    return "fail";
  }
  const max = r.wf.maxDiffLines;
  if (rawDiff <= max) return "pass";
  r.refuse("diff_line_count", "diff_lines_over", `diff_line_count ${rawDiff} exceeds max_diff_lines ${max}`);
  return "fail";
}
function pathReason(code, message) {
  return { check: "path_scope", code, message };
}
function judgePath(entry, wf, reasons, alwaysForbidden) {
  const plainEntry = isPlainPath(entry);
  let path = entry;
  let original = entry;
  if (!plainEntry) {
    const cleaned = cleanPath(entry);
    if (!cleaned.ok) {
      reasons.push(pathReason(cleaned.code, `changed path ${quoteValue(entry)} ${cleaned.problem}`));
      return { path: entry, cleaned: null, verdict: "invalid", rule: null, detail: cleaned.problem };
    }
    path = cleaned.path;
    original = path === entry && !hasOuterWhitespace(entry) ? path : originalPathForm(entry);
    if (original === "") {
      const problem = 'is empty once white space, "./" and "/" are removed';
      reasons.push(pathReason("path_empty", `changed path ${quoteValue(entry)} ${problem}`));
      return { path: entry, cleaned: null, verdict: "invalid", rule: null, detail: problem };
    }
    if (original !== path && hasDotGitComponent(original)) {
      reasons.push(pathReason("path_dot_git", `changed path ${quoteValue(entry)} ${DOT_GIT_PROBLEM}`));
      return { path: entry, cleaned: null, verdict: "invalid", rule: null, detail: DOT_GIT_PROBLEM };
    }
  }
  const lower = path.toLowerCase();
  const plain = plainEntry || keyIsLowercase(path);
  const always = alwaysForbidden(path, plain ? lower : void 0) ?? (original !== path ? alwaysForbidden(original) : null);
  if (always !== null) {
    const detail = `is always forbidden (${always.reason}), whatever the manifest allows`;
    reasons.push(pathReason("path_always_forbidden", `changed path ${quoteValue(path)} ${detail}: ${quoteValue(always.rule)}`));
    return { path: entry, cleaned: path, verdict: "always_forbidden", rule: always.rule, detail };
  }
  const rule = forbiddenRule(path, lower, wf) ?? (original !== path ? forbiddenRule(original, original.toLowerCase(), wf) : null) ?? foldedForbiddenRule(path, wf, plain) ?? (original !== path ? foldedForbiddenRule(original, wf, false) : null);
  if (rule !== null) {
    reasons.push(pathReason("path_forbidden", `changed path ${quoteValue(path)} is forbidden by ${quoteValue(rule)}`));
    return { path: entry, cleaned: path, verdict: "forbidden", rule };
  }
  const m = wf.matchers;
  for (const a of m.allowed) {
    if (!a.test(path, lower)) continue;
    if (original === path || m.originallyAllowed(original)) return { path: entry, cleaned: path, verdict: "allowed", rule: a.pattern };
    const detail = `is outside the allowed paths as the original evaluator read it (${quoteValue(original)})`;
    reasons.push(pathReason("path_not_allowed_original", `changed path ${quoteValue(entry)} ${detail}`));
    return { path: entry, cleaned: path, verdict: "not_allowed", rule: null, detail };
  }
  reasons.push(pathReason("path_not_allowed", `changed path ${quoteValue(path)} is outside the allowed paths`));
  return { path: entry, cleaned: path, verdict: "not_allowed", rule: null };
}
function foldedForbiddenRule(path, wf, plainAscii) {
  const folded = wf.folded;
  if (!folded.everyPath && (plainAscii || !hasNonAscii(path))) return null;
  for (const reading of folded.readings()) {
    const f = reading.fold(path);
    const m = reading.matchers;
    if (!m.anyForbidden(f, f)) continue;
    for (const p of m.forbidden) if (p.test(f, f)) return reading.origin.get(p.pattern) ?? p.pattern;
  }
  return null;
}
function forbiddenRule(path, lower, wf) {
  const m = wf.matchers;
  if (!m.anyForbidden(path, lower)) return null;
  for (const f of m.forbidden) if (f.test(path, lower)) return f.pattern;
  return null;
}

// src/decision/pack-index.ts
import { isAscii } from "node:buffer";
var PACK_INDEX_FORMAT = 1;
var OPEN = '\n  "workflow_policies": ';
var BEFORE_FIRST = "[\n    ";
var BETWEEN = ",\n    ";
var AFTER_LAST = "\n  ]\n}\n";
var NEXT = "\n    },\n    {";
function indexPack(bytes, text, packSha256, ids, agentClasses) {
  if (ids.length === 0 || !isAscii(bytes) || !text.endsWith("}" + AFTER_LAST)) return null;
  const open = text.indexOf(OPEN + BEFORE_FIRST + "{\n");
  if (open < 0) return null;
  const headEnd = open + OPEN.length;
  const workflows = [];
  let start = headEnd + BEFORE_FIRST.length;
  for (let i = 0; i < ids.length; i++) {
    const last = i === ids.length - 1;
    const next = text.indexOf(NEXT, start);
    if (last !== next < 0) return null;
    const end = last ? text.length - AFTER_LAST.length : next + NEXT.length - BETWEEN.length - 1;
    const idLine = `"workflow_id": ${quoteAscii(ids[i])}
    }`;
    if (!text.startsWith(idLine, end - idLine.length)) return null;
    workflows.push([ids[i], start, end]);
    start = end + BETWEEN.length;
  }
  return {
    format: PACK_INDEX_FORMAT,
    pack_sha256: packSha256,
    byte_length: bytes.length,
    head_end: headEnd,
    workflows,
    agent_classes: [...agentClasses].sort()
  };
}
function readPackIndex(value, bytes, packSha256) {
  if (typeof value !== "object" || value === null) return null;
  const v = value;
  if (v.format !== PACK_INDEX_FORMAT || v.pack_sha256 !== packSha256 || v.byte_length !== bytes.length) return null;
  const { head_end: headEnd, workflows, agent_classes: agents } = v;
  if (!isOffset(headEnd, bytes.length) || !Array.isArray(workflows) || workflows.length === 0) return null;
  if (!Array.isArray(agents) || !agents.every((a) => typeof a === "string" && a === a.toLowerCase())) return null;
  if (!bytesAre(bytes, headEnd - OPEN.length, OPEN + BEFORE_FIRST)) return null;
  const ids = /* @__PURE__ */ new Set();
  let expectStart = headEnd + BEFORE_FIRST.length;
  for (let i = 0; i < workflows.length; i++) {
    const entry = workflows[i];
    if (!Array.isArray(entry) || entry.length !== 3) return null;
    const id = entry[0];
    const start = entry[1];
    const end = entry[2];
    if (typeof id !== "string" || ids.has(id) || start !== expectStart || !isOffset(end, bytes.length)) return null;
    if (end <= expectStart + 1 || bytes[expectStart] !== 123 || bytes[end - 1] !== 125) return null;
    ids.add(id);
    const last = i === workflows.length - 1;
    if (!bytesAre(bytes, end, last ? AFTER_LAST : BETWEEN)) return null;
    if (last && end + AFTER_LAST.length !== bytes.length) return null;
    expectStart = end + BETWEEN.length;
  }
  return value;
}
function isOffset(n, length) {
  return typeof n === "number" && Number.isInteger(n) && n > 0 && n < length;
}
function bytesAre(bytes, at, ascii) {
  if (at < 0 || at + ascii.length > bytes.length) return false;
  for (let i = 0; i < ascii.length; i++) if (bytes[at + i] !== ascii.charCodeAt(i)) return false;
  return true;
}

// src/decision/compile.ts
function compileFolded(forbiddenPaths, cache) {
  let compiled = null;
  return {
    everyPath: forbiddenPaths.some((p) => p.includes("[") || hasNonAscii(p)),
    readings: () => compiled ??= compileReadings(forbiddenPaths, cache)
  };
}
function compileReadings(forbiddenPaths, cache) {
  const readings = [];
  for (const fold of [caseFold, lookalikeFold]) {
    const origin = /* @__PURE__ */ new Map();
    for (const p of forbiddenPaths) {
      const f = fold(p);
      if (!origin.has(f)) origin.set(f, p);
    }
    readings.push({ fold, matchers: compileScopeMatchers([], [...origin.keys()], [], "", cache), origin });
  }
  return readings;
}
function checkWorkflow(policy, index, problems, cache) {
  const where = `/workflow_policies/${index}`;
  const seen = /* @__PURE__ */ new Map();
  policy.tool_access.allowed_mcp_scopes.forEach((scope, i) => {
    let accesses = seen.get(scope.namespace);
    if (!accesses) seen.set(scope.namespace, accesses = /* @__PURE__ */ new Set());
    if (accesses.has(scope.access)) {
      problems.push(`${where}/tool_access/allowed_mcp_scopes/${i}: scope ${scope.namespace}:${scope.access} is declared twice`);
    }
    accesses.add(scope.access);
  });
  const { allowed_paths: allowed, forbidden_paths: forbidden } = policy.change_scope;
  let checked = false;
  const clean = cache.get("checked scope", JSON.stringify([allowed, forbidden]), () => {
    checked = true;
    const before = problems.length;
    checkScopeGlobs(allowed, forbidden, problems, `${where}/change_scope`, cache);
    return problems.length === before;
  });
  if (!clean && !checked) checkScopeGlobs(allowed, forbidden, problems, `${where}/change_scope`, cache);
}
function compileWorkflow(policy, index, cache) {
  const id = policy.workflow_id;
  const report = assessPosture(policy);
  const scopes = /* @__PURE__ */ new Map();
  for (const scope of policy.tool_access.allowed_mcp_scopes) {
    let byAccess = scopes.get(scope.namespace);
    if (!byAccess) scopes.set(scope.namespace, byAccess = /* @__PURE__ */ new Map());
    byAccess.set(scope.access, scope);
  }
  const allowedAgents = new Set(policy.identity.allowed_agents.map((a) => a.toLowerCase()));
  const agentIdClasses = /* @__PURE__ */ new Map();
  for (const cls of allowedAgents) {
    agentIdClasses.set(cls, cls);
    agentIdClasses.set(`sr-agent::${id}::${cls}`, cls);
  }
  const scopeWhere = `/workflow_policies/${index}/change_scope`;
  return new Workflow(
    id,
    policy,
    Object.freeze({
      maturity_stage: policy.maturity_stage,
      public_path: policy.public_path,
      status: policy.status,
      title: policy.title,
      workflow_id: id
    }),
    Object.freeze({
      workflow_id: id,
      maturity_stage: policy.maturity_stage,
      inside: report.inside,
      problems: Object.freeze([...report.problems])
    }),
    allowedAgents,
    agentIdClasses,
    new Set(policy.gate_contract.map((g) => g.phase)),
    scopes,
    new Set(policy.runtime_controls.kill_signals),
    new Set(policy.identity.reviewer_pools),
    cache,
    scopeWhere
  );
}
var Workflow = class {
  constructor(id, policy, matchedPolicy, posture, allowedAgents, agentIdClasses, gatePhases, scopes, killSignals, reviewerPools, cache, scopeWhere) {
    this.id = id;
    this.policy = policy;
    this.matchedPolicy = matchedPolicy;
    this.posture = posture;
    this.allowedAgents = allowedAgents;
    this.agentIdClasses = agentIdClasses;
    this.gatePhases = gatePhases;
    this.scopes = scopes;
    this.killSignals = killSignals;
    this.reviewerPools = reviewerPools;
    this.cache = cache;
    this.scopeWhere = scopeWhere;
    this.active = policy.status === "active";
    this.branchPrefix = policy.dispatch.required_branch_prefix;
    this.maxChangedFiles = policy.change_scope.max_changed_files ?? 0;
    this.maxDiffLines = policy.change_scope.max_diff_lines ?? 0;
    this.requiredPrLabel = policy.dispatch.required_pr_label;
    this.folded = compileFolded(policy.change_scope.forbidden_paths, cache);
  }
  id;
  policy;
  matchedPolicy;
  posture;
  allowedAgents;
  agentIdClasses;
  gatePhases;
  scopes;
  killSignals;
  reviewerPools;
  cache;
  scopeWhere;
  active;
  branchPrefix;
  maxChangedFiles;
  maxDiffLines;
  requiredPrLabel;
  folded;
  #matchers = null;
  #policySha256 = null;
  get policySha256() {
    return this.#policySha256 ?? (this.#policySha256 = sha256Hex(canonicalJsonLine(this.policy)));
  }
  get matchers() {
    return this.#matchers ?? (this.#matchers = this.compileMatchers());
  }
  compileMatchers() {
    const { allowed_paths: allowed, forbidden_paths: forbidden } = this.policy.change_scope;
    return this.cache.get(
      "scope",
      JSON.stringify([allowed, forbidden]),
      () => compileScopeMatchers(allowed, forbidden, [], this.scopeWhere, this.cache)
    );
  }
};

// src/decision/freeze.ts
function deepFreeze(value) {
  if (Object.isFrozen(value)) return;
  Object.freeze(value);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const v = value[i];
      if (typeof v === "object" && v !== null) deepFreeze(v);
    }
    return;
  }
  const obj = value;
  for (const k in obj) {
    const v = obj[k];
    if (typeof v === "object" && v !== null) deepFreeze(v);
  }
}

// src/decision/lazy-workflows.ts
var LazyWorkflows = class {
  #built = /* @__PURE__ */ new Map();
  #index;
  #policyAt;
  #cache;
  /** `index` maps each workflow id to its position in the pack; `policyAt` gives the workflow there. */
  constructor(policyAt, index, cache) {
    this.#policyAt = policyAt;
    this.#index = index;
    this.#cache = cache;
  }
  get size() {
    return this.#index.size;
  }
  get(id) {
    return this.#built.get(id) ?? this.#build(id);
  }
  #build(id) {
    const i = this.#index.get(id);
    if (i === void 0) return void 0;
    const policy = this.#policyAt(i);
    deepFreeze(policy);
    const built = compileWorkflow(policy, i, this.#cache);
    this.#built.set(id, built);
    return built;
  }
  has(id) {
    return this.#index.has(id);
  }
  keys() {
    return this.#index.keys();
  }
  *values() {
    for (const id of this.#index.keys()) yield this.get(id);
  }
  *entries() {
    for (const id of this.#index.keys()) yield [id, this.get(id)];
  }
  [Symbol.iterator]() {
    return this.entries();
  }
  forEach(fn, thisArg) {
    for (const [id, w] of this.entries()) fn.call(thisArg, w, id, this);
  }
};

// src/decision/load.ts
var DEFAULT_MAX_APPROVAL_WINDOW_HOURS = 24;
function loadPolicy(pack, options = {}) {
  return loadWhole(pack, options, false).policy;
}
function loadIndexedPolicy(bytes, options = {}) {
  const { indexStore, ...load } = options;
  const packSha256 = sha256Hex(bytes);
  let kept;
  try {
    kept = indexStore?.find(packSha256, bytes.length);
  } catch {
    kept = void 0;
  }
  const index = kept === void 0 ? null : readPackIndex(kept, bytes, packSha256);
  const policy = index === null ? null : loadByIndex(bytes, packSha256, index, load);
  if (policy !== null) return { policy, index, reused: true };
  const loaded = loadWhole(bytes, load, indexStore !== void 0, packSha256);
  if (loaded.index !== null) {
    try {
      indexStore?.save(loaded.index);
    } catch {
    }
  }
  return loaded;
}
function loadWhole(pack, options, wantIndex, knownSha256) {
  const problems = [];
  let parsed;
  let packSha256;
  let text;
  if (typeof pack === "string" || pack instanceof Uint8Array) {
    text = typeof pack === "string" ? pack : Buffer.from(pack.buffer, pack.byteOffset, pack.byteLength).toString("utf8");
    packSha256 = knownSha256 ?? sha256Hex(typeof pack === "string" ? Buffer.from(pack, "utf8") : pack);
    try {
      parsed = JSON.parse(text);
    } catch (err) {
      throw new PolicyLoadError([`the pack is not valid JSON (${err.message})`]);
    }
  } else {
    try {
      parsed = structuredClone(pack);
      packSha256 = sha256Hex(canonicalJson(parsed));
    } catch (err) {
      throw new PolicyLoadError([`the pack is not a JSON value (${err.message})`]);
    }
  }
  const shape2 = validatePackShape(parsed);
  if (!shape2.valid || shape2.pack === null) {
    throw new PolicyLoadError(shape2.problems.map((p) => `${p.pointer === "" ? "(pack)" : p.pointer}: ${p.message}`));
  }
  const valid = shape2.pack;
  const index = /* @__PURE__ */ new Map();
  const cache = new CompileCache();
  const agentClasses = /* @__PURE__ */ new Set();
  valid.workflow_policies.forEach((w, i) => {
    if (index.has(w.workflow_id)) problems.push(`/workflow_policies/${i}: workflow_id ${JSON.stringify(w.workflow_id)} is declared twice`);
    else index.set(w.workflow_id, i);
    checkWorkflow(w, i, problems, cache);
    for (const a of w.identity.allowed_agents) agentClasses.add(a.toLowerCase());
  });
  const workflows = new LazyWorkflows((i) => valid.workflow_policies[i], index, cache);
  const policy = finishLoad(valid, packSha256, problems, options, workflows, agentClasses, () => {
    for (const w of valid.workflow_policies) deepFreeze(w);
    return valid;
  });
  const packIndex = wantIndex && text !== void 0 && pack instanceof Uint8Array ? indexPack(pack, text, packSha256, [...index.keys()], agentClasses) : null;
  return { policy, index: packIndex, reused: false };
}
function loadByIndex(bytes, packSha256, index, options) {
  const slice = (start, end) => Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start).toString("utf8");
  let head;
  try {
    head = JSON.parse(slice(0, index.head_end) + "[]}");
  } catch {
    return null;
  }
  const shape2 = validatePackShape(head);
  if (!shape2.valid) return null;
  const cache = new CompileCache();
  const parsed = new Array(index.workflows.length);
  const policyAt = (i) => parsed[i] ??= workflowFromIndex(i);
  const workflowFromIndex = (i) => {
    const [id, start, end] = index.workflows[i];
    const problems = [];
    let w;
    try {
      w = JSON.parse(slice(start, end));
    } catch (err) {
      problems.push(err.message);
    }
    if (problems.length === 0) {
      const one = validatePackShape({ ...head, workflow_policies: [w] });
      for (const p of one.problems) problems.push(`${p.pointer}: ${p.message}`);
    }
    if (problems.length === 0) {
      checkWorkflow(w, i, problems, cache);
      if (w.workflow_id !== id)
        problems.push(`the workflow there is ${JSON.stringify(w.workflow_id)}`);
    }
    if (problems.length > 0)
      throw new PolicyLoadError([
        `the pack index does not fit the pack: workflow ${JSON.stringify(id)} (bytes ${start}-${end}): ${problems.join("; ")}`
      ]);
    return w;
  };
  const ids = new Map(index.workflows.map(([id], i) => [id, i]));
  const workflows = new LazyWorkflows(policyAt, ids, cache);
  return finishLoad(head, packSha256, [], options, workflows, new Set(index.agent_classes), () => {
    const pack = { ...head, workflow_policies: index.workflows.map((_, i) => policyAt(i)) };
    deepFreeze(pack);
    return pack;
  });
}
function finishLoad(valid, packSha256, problems, options, workflows, agentClasses, wholePack) {
  if (options.expectPackSha256 !== void 0 && normHex(options.expectPackSha256) !== packSha256) {
    problems.push(`the pack's SHA-256 is ${packSha256}, not the expected ${options.expectPackSha256}`);
  }
  const manifestSha256 = valid.source_manifest.sha256;
  if (options.expectManifestSha256 !== void 0 && normHex(options.expectManifestSha256) !== manifestSha256.toLowerCase()) {
    problems.push(`the pack was generated from manifest ${manifestSha256}, not the expected ${options.expectManifestSha256}`);
  }
  const hours = options.maxApprovalWindowHours ?? DEFAULT_MAX_APPROVAL_WINDOW_HOURS;
  if (typeof hours !== "number" || !Number.isFinite(hours) || hours <= 0) {
    problems.push(`maxApprovalWindowHours must be a positive number of hours, got ${String(hours)}`);
  }
  const trustedKeys = compileTrustedKeys(options.trustedKeys, problems);
  for (const name of ["packPath", "manifestPath"]) {
    const v = options[name];
    if (v !== void 0 && (typeof v !== "string" || v.trim() === ""))
      problems.push(`${name} must be a non-empty path, got ${JSON.stringify(v) ?? String(v)}`);
  }
  if (problems.length > 0) throw new PolicyLoadError(problems);
  const ctx = {
    packSha256,
    manifestSha256,
    policyId: valid.policy_id,
    generatedAt: valid.generated_at,
    workflows,
    manualReviewClasses: new Set(valid.global_defaults.manual_review_required_for),
    agentClasses,
    trustedKeys,
    maxApprovalWindowMs: hours * 36e5,
    alwaysForbidden: alwaysForbiddenRule([valid.source_manifest.path, options.manifestPath], [options.packPath])
  };
  for (const [k, v] of Object.entries(valid))
    if (k !== "workflow_policies" && typeof v === "object" && v !== null) deepFreeze(v);
  Object.freeze(valid.workflow_policies);
  Object.freeze(valid);
  return new LoadedPolicy(ctx, wholePack);
}
function normHex(s) {
  return typeof s === "string" ? s.trim().toLowerCase() : String(s);
}
var LoadedPolicy = class {
  packSha256;
  manifestSha256;
  policyId;
  #pack = null;
  #wholePack;
  #ctx;
  #clock = { lastMs: NaN, lastIso: "" };
  constructor(ctx, wholePack) {
    this.#wholePack = wholePack;
    this.packSha256 = ctx.packSha256;
    this.manifestSha256 = ctx.manifestSha256;
    this.policyId = ctx.policyId;
    this.#ctx = ctx;
  }
  /** The whole pack, frozen, made on first read. */
  get pack() {
    return this.#pack ??= this.#wholePack();
  }
  workflowIds() {
    return [...this.#ctx.workflows.keys()];
  }
  workflow(id) {
    return this.#ctx.workflows.get(id)?.policy;
  }
  workflowPolicySha256(id) {
    return this.#ctx.workflows.get(id)?.policySha256;
  }
  posture(id) {
    return this.#ctx.workflows.get(id)?.posture;
  }
  /** Bound, so `const { evaluate } = policy` works as a plain function. */
  evaluate = (request2, options) => evaluateRequest(this.#ctx, this.#clock, request2, options);
  refuse = (violation, options) => refuseInput(this.#ctx, this.#clock, violation, options);
};

// src/decision/reasons.ts
var CHECK_NAMES = [
  "request_readable",
  "kill_signal",
  "workflow_declared",
  "default_deny",
  "workflow_active",
  "maturity_posture",
  "required_attributes",
  "gate_phase",
  "agent_identity",
  "tool_scope",
  "branch_name",
  "changed_paths",
  "diff_line_count",
  "path_scope",
  "change_class_review",
  "scope_approval"
];
var CODES = {
  request_not_object: { checks: ["request_readable"], description: "The request is not a JSON object." },
  request_unreadable: {
    checks: ["request_readable"],
    description: "The request could not be read (a hostile value: a throwing getter, a proxy)."
  },
  input_refused: {
    checks: ["request_readable"],
    description: "The input is not a request at all (for example a batch line that is not JSON)."
  },
  evaluation_time_invalid: { checks: ["request_readable"], description: "The evaluation time (`now`) is not a valid time." },
  kill_signal_unregistered: {
    checks: ["kill_signal"],
    description: "A kill signal fired that the workflow does not register (the session is killed anyway)."
  },
  workflow_missing: { checks: ["workflow_declared"], description: "The request names no workflow_id." },
  workflow_id_not_string: { checks: ["workflow_declared"], description: "workflow_id is not a string." },
  workflow_undeclared: { checks: ["workflow_declared"], description: "workflow_id names no workflow of the pack." },
  workflow_inactive: { checks: ["workflow_active"], description: "The workflow's status is not active." },
  posture_outside: { checks: ["maturity_posture"], description: "The workflow is outside its maturity posture." },
  attribute_missing: { checks: ["required_attributes"], description: "A required attribute is absent or blank." },
  attribute_not_string: { checks: ["required_attributes"], description: "An attribute that must be a string is not one." },
  gate_phase_undeclared: { checks: ["gate_phase"], description: "gate_phase is not one the workflow declares." },
  agent_unidentified: { checks: ["agent_identity"], description: "No agent_id (nor agent_class) to establish the agent's identity from." },
  agent_class_not_string: { checks: ["agent_identity"], description: "agent_class is not a string." },
  agent_id_malformed: { checks: ["agent_identity"], description: "agent_id is neither a class name nor sr-agent::<workflow_id>::<class>." },
  agent_id_other_workflow: { checks: ["agent_identity"], description: "agent_id names another workflow." },
  agent_not_allowed: { checks: ["agent_identity"], description: "The agent class is not allowed for the workflow." },
  scope_undeclared: { checks: ["tool_scope"], description: "The workflow allows no scope with this tool_namespace and tool_access_mode." },
  branch_prefix_undeclared: {
    checks: ["branch_name"],
    description: "The workflow declares no required_branch_prefix, so no branch write is allowed."
  },
  branch_not_string: { checks: ["branch_name"], description: "branch_name is not a string." },
  branch_prefix: { checks: ["branch_name"], description: "branch_name does not start with the workflow's required prefix." },
  branch_prefix_only: { checks: ["branch_name"], description: "branch_name is only the prefix, naming no branch after it." },
  branch_invalid_ref: { checks: ["branch_name"], description: "branch_name is not a valid git branch name." },
  paths_not_list: { checks: ["changed_paths"], description: "changed_paths is neither a list nor a string." },
  paths_none: { checks: ["changed_paths"], description: "A branch write lists no changed path." },
  paths_too_many: { checks: ["changed_paths"], description: "More changed paths than max_changed_files." },
  diff_lines_invalid: { checks: ["diff_line_count"], description: "diff_line_count is not a non-negative integer." },
  diff_lines_over: { checks: ["diff_line_count"], description: "diff_line_count exceeds max_diff_lines." },
  path_not_string: { checks: ["path_scope"], description: "A changed_paths entry is not a string." },
  paths_over_budget: {
    checks: ["path_scope"],
    description: "The changed paths hold more characters than are judged; the write is refused."
  },
  path_too_long: { checks: ["path_scope"], description: "A changed path is longer than the longest path judged." },
  path_unsafe_char: {
    checks: ["path_scope"],
    description: "A changed path holds a control, bidirectional, line separator or invisible character."
  },
  path_backslash: { checks: ["path_scope"], description: "A changed path holds a backslash." },
  path_percent_encoded: { checks: ["path_scope"], description: 'A changed path holds a percent-encoded ".", "/" or "\\".' },
  path_dot_dot: { checks: ["path_scope"], description: 'A changed path holds a ".." segment.' },
  path_dot_git: { checks: ["path_scope"], description: 'A changed path has a ".git" component.' },
  path_empty: { checks: ["path_scope"], description: 'A changed path is empty once "./", "/" (and white space) are removed.' },
  path_always_forbidden: {
    checks: ["path_scope"],
    description: "A changed path is one no manifest can allow (CI, code owners, the policy files\u2026)."
  },
  path_forbidden: { checks: ["path_scope"], description: "A changed path matches a forbidden pattern of the workflow." },
  path_not_allowed: { checks: ["path_scope"], description: "A changed path matches no allowed pattern of the workflow." },
  path_not_allowed_original: {
    checks: ["path_scope"],
    description: "A changed path is allowed once cleaned, but not as the reference evaluator read it."
  },
  approval_untyped: {
    checks: ["change_class_review", "scope_approval"],
    description: "The human_approval_record is not a typed human_approval record."
  },
  approval_invalid: {
    checks: ["change_class_review", "scope_approval"],
    description: "The typed human_approval_record fails a condition (its message names which)."
  }
};
var REASON_CODES = Object.freeze(CODES);

// src/decision/types.ts
var DECISIONS = ["allow", "allow_scoped_branch", "allow_scoped_ticket", "hold_for_approval", "deny", "kill_session"];
function decisionRank(d) {
  switch (d) {
    case "kill_session":
      return 0;
    case "deny":
      return 1;
    case "hold_for_approval":
      return 2;
    default:
      return 3;
  }
}

// src/decision/decision-json.ts
var generic = canonicalJsonLine;
var str = (v) => typeof v === "string" ? quoteAscii(v) : generic(v);
var strOrNull = (v) => v === null ? "null" : typeof v === "string" ? quoteAscii(v) : generic(v);
var bool = (v) => v === true ? "true" : v === false ? "false" : generic(v);
function arrayOf(item) {
  return (v) => {
    if (!Array.isArray(v)) return generic(v);
    let out = "[";
    for (let i = 0; i < v.length; i++) {
      const x = v[i];
      out += (i === 0 ? "" : ",") + (x === void 0 ? "null" : item(x));
    }
    return out + "]";
  };
}
var strings = arrayOf(str);
function shape(fields, optional = []) {
  const keys = Object.keys(fields).sort();
  const prefixes = keys.map((k, i) => (i === 0 ? "{" : ",") + JSON.stringify(k) + ":");
  const writers = keys.map((k) => fields[k]);
  const isOptional = keys.map((k) => optional.includes(k));
  const lastIn = keys.map(() => void 0);
  const lastOut = keys.map(() => "");
  const n = keys.length;
  const write = (obj) => {
    let out = "";
    let present = 0;
    for (let i = 0; i < n; i++) {
      const x = obj[keys[i]];
      if (x === void 0) {
        if (isOptional[i]) continue;
        return generic(obj);
      }
      present++;
      if (typeof x === "string") {
        if (x !== lastIn[i]) {
          lastOut[i] = writers[i](x);
          lastIn[i] = x;
        }
        out += (out === "" ? "{" + prefixes[i].slice(1) : prefixes[i]) + lastOut[i];
        continue;
      }
      if (typeof x === "function" || typeof x === "symbol") return generic(obj);
      out += (out === "" ? "{" + prefixes[i].slice(1) : prefixes[i]) + writers[i](x);
    }
    if (Object.keys(obj).length !== present || typeof obj.toJSON === "function") return generic(obj);
    return out === "" ? "{}" : out + "}";
  };
  return (v) => {
    if (v === null || typeof v !== "object" || Array.isArray(v)) return generic(v);
    if (Object.isFrozen(v)) return frozenLine(v, write);
    return write(v);
  };
}
var frozenLines = /* @__PURE__ */ new WeakMap();
function deeplyFrozen(v) {
  if (v === null || typeof v !== "object") return true;
  if (!Object.isFrozen(v)) return false;
  for (const x of Object.values(v)) if (!deeplyFrozen(x)) return false;
  return true;
}
function frozenLine(v, write) {
  let s = frozenLines.get(v);
  if (s === void 0) {
    s = write(v);
    if (deeplyFrozen(v)) frozenLines.set(v, s);
  }
  return s;
}
var packObject = (v) => v === null ? "null" : typeof v === "object" ? frozenLine(v, generic) : generic(v);
var checks = shape(Object.fromEntries(CHECK_NAMES.map((c) => [c, str])));
var reason = shape({ check: str, code: str, message: str });
var pathVerdict = shape({ path: str, cleaned: strOrNull, verdict: str, rule: strOrNull, detail: str }, ["detail"]);
var approval = shape({
  present: bool,
  typed: bool,
  valid: bool,
  approval_id: strOrNull,
  approver_id: strOrNull,
  reviewer_pool: strOrNull,
  problems: strings
});
var evidence = shape(
  {
    pack_sha256: str,
    manifest_sha256: str,
    source_manifest_sha256: str,
    policy_id: str,
    policy_generated_at: str,
    evaluated_at: str,
    workflow_id: strOrNull,
    workflow_policy_sha256: strOrNull,
    run_id: strOrNull,
    agent_class: strOrNull,
    scope_id: strOrNull,
    maturity_stage: strOrNull,
    required_pr_label: strOrNull,
    checks,
    reasons: arrayOf(reason),
    paths: arrayOf(pathVerdict),
    approval,
    observed_runtime_attributes: strings,
    unknown_attributes: strings
  },
  [
    "source_manifest_sha256",
    "policy_generated_at",
    "workflow_policy_sha256",
    "scope_id",
    "maturity_stage",
    "required_pr_label",
    "observed_runtime_attributes"
  ]
);
var request = shape({
  agent_class: strOrNull,
  agent_id: strOrNull,
  branch_name: strOrNull,
  change_class: strOrNull,
  changed_paths: arrayOf(strOrNull),
  diff_line_count: generic,
  gate_phase: strOrNull,
  head_sha: strOrNull,
  run_id: strOrNull,
  runtime_kill_signal: strOrNull,
  tool_access_mode: strOrNull,
  tool_namespace: strOrNull,
  workflow_id: strOrNull
});
var decision = shape({
  allowed: bool,
  approval_present: bool,
  approval_required: bool,
  decision: str,
  evidence,
  matched_policy: packObject,
  matched_scope: packObject,
  reason: str,
  request,
  violations: strings
});
function decisionJsonLine(d) {
  return decision(d);
}

export {
  pyStrip,
  findUnsafeChar,
  quoteValue,
  ALWAYS_FORBIDDEN_GLOBS,
  alwaysForbiddenRule,
  hasDotGitComponent,
  UnsupportedRegex,
  automatonView,
  MAX_PATH_LENGTH,
  cleanPath,
  normalizePattern,
  compileScopeMatchers,
  fnmatchExactSources,
  parseTimestamp,
  changedPathsSha256,
  PolicyLoadError,
  boundedJson,
  KNOWN_ATTRIBUTES,
  PACK_INDEX_FORMAT,
  DEFAULT_MAX_APPROVAL_WINDOW_HOURS,
  loadPolicy,
  loadIndexedPolicy,
  CHECK_NAMES,
  REASON_CODES,
  DECISIONS,
  decisionRank,
  decisionJsonLine
};
