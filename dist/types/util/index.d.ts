/** Helpers any folder may use: canonical JSON and hashing. */
export { canonicalJson, sha256Hex, compareCodePoints, canonicalJsonLine, quoteAscii } from './canonical-json.js';
