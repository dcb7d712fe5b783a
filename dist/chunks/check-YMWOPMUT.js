import { createRequire as __mgpCreateRequire } from 'node:module';
const require = __mgpCreateRequire(import.meta.url);
import "./chunk-6W6POD6P.js";

// src/action/check.ts
async function runCheck(_inputs, _env) {
  throw new Error('mode "check" is not built yet');
}
export {
  runCheck
};
