import { canonicalJson, sha256Hex } from '../util/index.js';
import { compilePack } from './compile.js';
import { DEFAULT_INTENT, DEFAULT_MANIFEST_PATH, DEFAULT_POLICY_ID } from './defaults.js';
import { ManifestError, type ManifestProblem } from './errors.js';
import type { Manifest } from './manifest.js';
import type { ManifestFormat, ParsedManifest } from './parse.js';
import { assessPosture } from './posture.js';
import type { Pack } from './types.js';
import { isObject, validateManifest } from './validate.js';
import { escapePointerSegment } from './json-text.js';

export interface CompileOptions {
  /** The manifest's path relative to the repo root, recorded as source_manifest.path (default data/control-plane/workflow-manifests.json). Its extension picks JSON or YAML. */
  manifestPath?: string;
  /** Overrides the manifest's policy_pack.policy_id (default "mcp-gateway-policy-pack"). */
  policyId?: string;
  /** Overrides the manifest's policy_pack.intent (default: a neutral sentence, DEFAULT_INTENT). */
  intent?: string;
  /** Overrides generated_at (default: the manifest's last_reviewed, else ""). */
  generatedAt?: string;
  /** Forces the syntax; default from manifestPath's extension (.yaml/.yml → YAML, else JSON). */
  format?: ManifestFormat;
}

export interface CompileResult {
  pack: Pack;
  /** The pack file's exact bytes (as text): canonical JSON with one final newline. */
  packText: string;
  /** SHA-256 of packText's UTF-8 bytes: the pack hash quoted in evidence. */
  packSha256: string;
  /** SHA-256 of the manifest text with line endings normalised to LF. */
  manifestSha256: string;
  /** Not errors: the pack is valid, but these deserve a look (e.g. a workflow outside its maturity posture). */
  warnings: ManifestProblem[];
}

export type PackIdentityOptions = Pick<CompileOptions, 'policyId' | 'intent' | 'generatedAt'>;

/**
 * Validate → compile → serialise, from a parsed manifest and the LF-normalised text it was parsed
 * from (the hash covers that text). Throws ManifestError listing every problem, located.
 */
export function compileParsedManifest(parsed: ParsedManifest, lfText: string, options: CompileOptions = {}): CompileResult {
  checkIdentityOptions(options);
  const problems = validateManifest(parsed.value);
  const locate = (p: ManifestProblem): ManifestProblem => ({ ...p, ...nearestPosition((pointer) => parsed.locate(pointer), p.pointer) });
  if (problems.length > 0) throw new ManifestError(problems.map(locate));
  const manifest = parsed.value as Manifest;
  const pack = compilePack(manifest, {
    policyId: options.policyId ?? manifest.policy_pack?.policy_id ?? DEFAULT_POLICY_ID,
    intent: options.intent ?? manifest.policy_pack?.intent ?? DEFAULT_INTENT,
    generatedAt: options.generatedAt ?? manifest.last_reviewed ?? '',
    manifestPath: manifestPathOf(options),
    manifestSha256: sha256Hex(lfText),
  });
  const packText = canonicalJson(pack);
  const warnings: ManifestProblem[] = [];
  manifest.workflows.forEach((w, i) => {
    for (const phase of Object.keys(w.gates).filter((p) => !manifest.required_gate_phases.includes(p))) {
      warnings.push(
        locate({
          pointer: `/workflows/${i}/gates/${escapePointerSegment(phase)}`,
          message: `gate phase "${phase}" is not in required_gate_phases, so it is not in the pack and requests at that phase are denied; add it to required_gate_phases to enforce it`,
        }),
      );
    }
  });
  const humanReview = manifest.workflow_defaults?.human_review_required ?? true;
  manifest.workflows.forEach((w, i) => {
    if (!humanReview || (w.owner?.reviewer_pools ?? []).length > 0) return;
    warnings.push(
      locate({
        pointer: w.owner === undefined ? `/workflows/${i}` : `/workflows/${i}/owner`,
        message: `workflow "${w.id}" requires human review (workflow_defaults.human_review_required) but lists no reviewer pools (owner.reviewer_pools), so no approval can count and every PR is held for approval forever; name the pools that review it`,
      }),
    );
  });
  const classes = manifest.workflow_defaults?.manual_review_required_for ?? [];
  if (classes.length > 0) {
    warnings.push(
      locate({
        pointer: '/workflow_defaults/manual_review_required_for',
        message: `manual review is required for change classes ${classes.map((c) => JSON.stringify(c)).join(', ')}, but a PR does not say its change class by itself: the admission check only knows one when it is given (the change-class input of the Action, --change-class of admit); runtime requests must send change_class`,
      }),
    );
  }
  pack.workflow_policies.forEach((w, i) => {
    const posture = assessPosture(w);
    if (!posture.inside) {
      warnings.push(
        locate({
          pointer: `/workflows/${i}`,
          message: `workflow "${w.workflow_id}" is outside its maturity posture (${w.maturity_stage ?? 'none'}): ${posture.problems.join('; ')}. The decision engine denies it at run time.`,
        }),
      );
    }
  });
  return { pack, packText, packSha256: sha256Hex(packText), manifestSha256: pack.source_manifest.sha256, warnings };
}

export function manifestPathOf(options: CompileOptions): string {
  return (options.manifestPath ?? DEFAULT_MANIFEST_PATH).replace(/\\/g, '/');
}

/**
 * The identity a committed pack carries (policy_id, intent, generated_at), to regenerate it so that
 * only a difference in policy counts as drift. A pack that is not JSON, or lacks a field, gives
 * nothing for it: the defaults then apply, and the comparison fails as it should.
 */
export function identityOf(committedPackText: string): PackIdentityOptions {
  let committed: unknown;
  try {
    committed = JSON.parse(committedPackText);
  } catch {
    return {};
  }
  if (!isObject(committed)) return {};
  const identity: PackIdentityOptions = {};
  if (typeof committed.policy_id === 'string' && /^\S+$/.test(committed.policy_id)) identity.policyId = committed.policy_id;
  if (typeof committed.intent === 'string' && committed.intent.trim() !== '') identity.intent = committed.intent;
  if (typeof committed.generated_at === 'string') identity.generatedAt = committed.generated_at;
  return identity;
}

/** Bad options are the caller's mistake, not the manifest's: a TypeError, like any bad argument. */
function checkIdentityOptions(options: CompileOptions): void {
  if (options.policyId !== undefined && !/^\S+$/.test(options.policyId)) {
    throw new TypeError(`policy id ${JSON.stringify(options.policyId)} must be a non-empty name without spaces`);
  }
  if (options.intent !== undefined && options.intent.trim() === '') throw new TypeError('intent must not be empty');
}

/** A missing field has no position of its own: point at the closest enclosing value that has one. */
function nearestPosition(
  locate: (pointer: string) => { line: number; column: number } | undefined,
  pointer: string,
): { line?: number; column?: number } {
  for (let p = pointer; ; p = p.slice(0, p.lastIndexOf('/'))) {
    const at = locate(p);
    if (at !== undefined) return { line: at.line, column: at.column };
    if (p === '') return {};
  }
}
