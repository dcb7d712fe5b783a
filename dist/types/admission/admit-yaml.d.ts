import { type AdmitOptions } from './admit.js';
import type { AdmissionInput, AdmissionResult } from './types.js';
/** admit (admit.ts) with the YAML parser always loaded: the library's, synchronous for any manifest. */
export declare function admit(input: AdmissionInput, options?: AdmitOptions): AdmissionResult;
