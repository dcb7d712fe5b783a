import { createRequire as __mgpCreateRequire } from 'node:module';
const require = __mgpCreateRequire(import.meta.url);
import {
  DOCUMENTED_ACTIONS,
  EventError,
  SUPPORTED_EVENTS,
  parsePullRequestEvent
} from "./chunk-M5YWMMHR.js";
import "./chunk-5TZFI64R.js";
export {
  DOCUMENTED_ACTIONS,
  EventError,
  SUPPORTED_EVENTS,
  parsePullRequestEvent
};
