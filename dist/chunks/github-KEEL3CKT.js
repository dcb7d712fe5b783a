import { createRequire as __mgpCreateRequire } from 'node:module';
const require = __mgpCreateRequire(import.meta.url);
import {
  DOCUMENTED_ACTIONS,
  EventError,
  fetchAdmissionInput,
  openLocalHistory,
  parsePullRequestEvent,
  publishEvidence,
  resolveCommentLogin,
  resolvePoolMembership
} from "./chunk-5ENM42LS.js";
import "./chunk-CSIL5QF4.js";
import "./chunk-INMTEQYI.js";
import "./chunk-RISGSQQ2.js";
import "./chunk-G3FUL663.js";
import "./chunk-DEBXAYVC.js";
import "./chunk-4MNAA4XE.js";
import "./chunk-DRPUWMZB.js";
import "./chunk-6G4F6LI7.js";
import "./chunk-YXQSOUEQ.js";
import "./chunk-IQSXUR46.js";
import {
  apiOutage,
  outageNextStep
} from "./chunk-AEZ3ICQC.js";
import "./chunk-52PJVBLV.js";
import "./chunk-5TZFI64R.js";
export {
  DOCUMENTED_ACTIONS,
  EventError,
  apiOutage,
  fetchAdmissionInput,
  openLocalHistory,
  outageNextStep,
  parsePullRequestEvent,
  publishEvidence,
  resolveCommentLogin,
  resolvePoolMembership
};
