import type { TrustedKeys } from '../decision/types.js';

/** Parses an approval-keys file: key id → {public_key_pem, approvers: [ids]}. Throws saying what is wrong. */
export function parseTrustedKeys(text: string): TrustedKeys {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new Error(`not valid JSON: ${(err as Error).message}`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new Error('must be a JSON object of key id → key');
  const keys: TrustedKeys = {};
  for (const [id, value] of Object.entries(data)) {
    const v = value as Record<string, unknown> | null;
    if (typeof v !== 'object' || v === null || typeof v.public_key_pem !== 'string') {
      throw new Error(`key ${JSON.stringify(id)}: public_key_pem must be a string`);
    }
    if (!Array.isArray(v.approvers) || !v.approvers.every((a) => typeof a === 'string' && a !== '')) {
      throw new Error(`key ${JSON.stringify(id)}: approvers must be a list of approver ids`);
    }
    keys[id] = { public_key_pem: v.public_key_pem, approvers: v.approvers as string[] };
  }
  return keys;
}
