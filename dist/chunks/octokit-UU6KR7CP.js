import { createRequire as __mgpCreateRequire } from 'node:module';
const require = __mgpCreateRequire(import.meta.url);
import {
  DEFAULT_API_URL,
  apiStatus,
  createOctokit,
  describeApiError,
  proxyFetchFor
} from "./chunk-AEZ3ICQC.js";
import "./chunk-52PJVBLV.js";
import "./chunk-5TZFI64R.js";
export {
  DEFAULT_API_URL,
  apiStatus,
  createOctokit,
  describeApiError,
  proxyFetchFor
};
