import { createRequire as __mgpCreateRequire } from 'node:module';
const require = __mgpCreateRequire(import.meta.url);

// src/decision/types.ts
var DECISIONS = [
  "allow",
  "allow_scoped_branch",
  "allow_scoped_ticket",
  "hold_for_approval",
  "deny",
  "kill_session"
];
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

export {
  DECISIONS,
  decisionRank
};
