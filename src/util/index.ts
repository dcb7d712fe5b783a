/** Helpers any folder may use: canonical JSON, hashing, and reading a file that may be absent. */
export { canonicalJson, sha256Hex, compareCodePoints, canonicalJsonLine, quoteAscii } from './canonical-json.js';
export { readFileIfExists } from './files.js';
