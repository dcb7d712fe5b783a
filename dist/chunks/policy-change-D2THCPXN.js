import { createRequire as __mgpCreateRequire } from 'node:module';
const require = __mgpCreateRequire(import.meta.url);
import {
  applyPolicyChange,
  markShadow,
  policyChangeHeld,
  policyChangeSummary
} from "./chunk-ZKF6OVD4.js";
import "./chunk-TX3TERAY.js";
import "./chunk-UDHVWCVM.js";
import "./chunk-UJ5YAZDM.js";
import "./chunk-5TZFI64R.js";
export {
  applyPolicyChange,
  markShadow,
  policyChangeHeld,
  policyChangeSummary
};
