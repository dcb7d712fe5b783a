import type { TrustedKeys } from '../decision/types.js';
/**
 * Reads `--approval-keys FILE` (key id → {public_key_pem, approvers}). Only the JSON is read here;
 * loadPolicy checks the shape and every PEM, with the pack. Throws with a one-line reason.
 */
export declare function readApprovalKeys(cwd: string, file: string): TrustedKeys;
