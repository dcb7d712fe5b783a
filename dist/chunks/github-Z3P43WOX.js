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
} from "./chunk-PIEOODRD.js";
import {
  apiOutage,
  outageNextStep
} from "./chunk-AEZ3ICQC.js";
import "./chunk-52PJVBLV.js";
import "./chunk-XTAHM434.js";
import "./chunk-3E2C7ZGU.js";
import "./chunk-P25BMAAV.js";
import "./chunk-YXQSOUEQ.js";
import "./chunk-HG5UN27J.js";
import "./chunk-MSBYZGYY.js";
import "./chunk-MHXBMGPT.js";
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
