import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { TrustedKeys } from '../decision/index.js';

/**
 * Reads `--approval-keys FILE` (key id → {public_key_pem, approvers}). Only the JSON is read here;
 * loadPolicy checks the shape and every PEM, with the pack. Throws with a one-line reason.
 */
export function readApprovalKeys(cwd: string, file: string): TrustedKeys {
  try {
    return JSON.parse(readFileSync(path.resolve(cwd, file), 'utf8')) as TrustedKeys;
  } catch (err) {
    throw new Error(`approval keys ${file} cannot be read: ${(err as Error).message}`);
  }
}
