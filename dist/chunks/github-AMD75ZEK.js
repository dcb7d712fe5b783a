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
} from "./chunk-JGGCOTKZ.js";
import "./chunk-AISVBS4B.js";
import "./chunk-KP7M7SPF.js";
import "./chunk-77CJSU7B.js";
import "./chunk-PQAJNUN7.js";
import "./chunk-LE6XGPUJ.js";
import "./chunk-QR24JDWY.js";
import "./chunk-SKC4EAIA.js";
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
