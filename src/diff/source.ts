import { PolicyLoadError, loadPolicy } from '../decision/index.js';
import type { Policy } from '../decision/index.js';
import { compileManifest } from '../pack/compile-manifest.js';
import { formatProblem, ManifestError } from '../pack/index.js';

export class PolicySourceError extends Error {
  override name = 'PolicySourceError';
}

export interface PolicySource {
  policy: Policy;
  /** What the text was: a pack, or a manifest compiled into one. */
  kind: 'pack' | 'manifest';
}

/**
 * A pack's or a manifest's text → the loaded policy. A JSON object with workflow_policies is a
 * pack; anything else is read as a manifest (JSON or YAML) and compiled first. `label` names the
 * source in errors and picks the manifest's format by its extension.
 */
export function loadPolicySource(text: string, label: string): PolicySource {
  let kind: PolicySource['kind'] = 'manifest';
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) && 'workflow_policies' in parsed) kind = 'pack';
  } catch {
    // Not JSON: a YAML manifest, or nothing readable (compiling says which).
  }
  try {
    if (kind === 'pack') return { policy: loadPolicy(text), kind };
    const compiled = compileManifest(text, { manifestPath: label });
    return { policy: loadPolicy(compiled.packText), kind };
  } catch (err) {
    if (err instanceof ManifestError) {
      throw new PolicySourceError(
        `${label} is not a valid manifest:\n${err.problems.map((p) => `  ${formatProblem(p, label)}`).join('\n')}`,
      );
    }
    if (err instanceof PolicyLoadError)
      throw new PolicySourceError(`${label} is not a valid pack:\n${err.problems.map((p) => `  ${p}`).join('\n')}`);
    throw err;
  }
}
