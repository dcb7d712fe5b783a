/**
 * The pack compiler's interface to the rest of src/ (spec: ../shared/spec/pack-format.md).
 * Compiling from YAML (./compile-manifest.js, which loads the yaml package) and drift checks
 * (./drift.js, which loads diff) are imported directly, so that this barrel stays light for the
 * CLI's cold `check` and `evaluate`.
 */
export type * from './types.js';
export { identityOf, type CompileOptions, type CompileResult, type PackIdentityOptions } from './compile-parsed.js';
export { assessPosture, CRAWL_MAX_CHANGED_FILES, CRAWL_MAX_DIFF_LINES, type PostureAssessment } from './posture.js';
export { ManifestError, formatProblem, type ManifestProblem } from './errors.js';
export { validatePackShape } from './pack-shape.js';
export { ACCESS_DECISIONS } from './compile.js';
export { ACCESS_MODES, MATURITY_STAGES, WORKFLOW_STATUSES, type Manifest, type ManifestWorkflow, type ManifestScope } from './manifest.js';
export { DEFAULT_INTENT, DEFAULT_MANIFEST_PATH, DEFAULT_PACK_PATH, DEFAULT_POLICY_ID, PACK_SCHEMA_VERSION, recordedManifestPath, } from './defaults.js';
export { normaliseLineEndings, type ManifestFormat, detectFormat, parseJsonManifest } from './parse.js';
export { escapePointerSegment } from './json-text.js';
export { resolvePackPaths, readTextFile, PackFileError, type PackPaths, checkPackOutput, writeFileAtomic } from './files.js';
export { compileManifestLean, isYamlManifest, loadYamlParser, regenerateLikeLean, type YamlManifestParser } from './compile-lean.js';
