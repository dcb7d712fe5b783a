/** The pack compiler's public API (issue 2; spec: ../shared/spec/pack-format.md). */
export type * from './types.js';
export { compileManifest, regenerateLike, type CompileOptions, type CompileResult, type PackIdentityOptions, type RegenerateOptions } from './compile-manifest.js';
export { identityOf } from './compile-parsed.js';
export { checkDrift, type DriftOptions, type DriftResult } from './drift.js';
export { assessPosture, CRAWL_MAX_CHANGED_FILES, CRAWL_MAX_DIFF_LINES, type PostureAssessment } from './posture.js';
export { ManifestError, formatProblem, type ManifestProblem } from './errors.js';
export { validatePackShape } from './pack-shape.js';
export { ACCESS_DECISIONS } from './compile.js';
export { ACCESS_MODES, MATURITY_STAGES, WORKFLOW_STATUSES, type Manifest, type ManifestWorkflow, type ManifestScope } from './manifest.js';
export { DEFAULT_INTENT, DEFAULT_MANIFEST_PATH, DEFAULT_PACK_PATH, DEFAULT_POLICY_ID, PACK_SCHEMA_VERSION } from './defaults.js';
export { normaliseLineEndings, type ManifestFormat } from './parse.js';
