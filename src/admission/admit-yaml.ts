import { parseYamlManifest } from '../pack/parse-yaml.js';
import { admit as admitWith, type AdmitOptions } from './admit.js';
import type { AdmissionInput, AdmissionResult } from './types.js';

/** admit (admit.ts) with the YAML parser always loaded: the library's, synchronous for any manifest. */
export function admit(input: AdmissionInput, options: AdmitOptions = {}): AdmissionResult {
  return admitWith(input, { parseYaml: parseYamlManifest, ...options });
}
