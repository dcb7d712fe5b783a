import { createRequire as __mgpCreateRequire } from 'node:module';
const require = __mgpCreateRequire(import.meta.url);
import "./chunk-6W6POD6P.js";

// src/action/admit.ts
async function runAdmit(_inputs, _env) {
  throw new Error('mode "admit" is not built yet');
}
export {
  runAdmit
};
