/** The runtime decision engine (spec: ../shared/spec/decision-semantics.md). */
export { loadPolicy, loadIndexedPolicy, DEFAULT_MAX_APPROVAL_WINDOW_HOURS, type IndexedLoad, type IndexedLoadOptions } from './load.js';
export { PolicyLoadError } from './errors.js';
export { KNOWN_ATTRIBUTES } from './evaluate.js';
export { CHECK_NAMES, REASON_CODES, type CheckName, type ReasonCode, type ReasonCodeInfo } from './reasons.js';
export { changedPathsSha256, parseTimestamp } from './approval.js';
export { cleanPath, MAX_PATH_LENGTH, type CleanResult, fnmatchExactSources, normalizePattern, compileScopeMatchers } from './paths.js';
export { ALWAYS_FORBIDDEN_GLOBS, alwaysForbiddenRule, hasDotGitComponent, type AlwaysForbiddenRule, type AlwaysForbiddenVerdict, } from './always-forbidden.js';
export { branchNameProblem } from './branch-name.js';
export { caseFold, lookalikeFold } from './fold.js';
export { boundedJson, MAX_ECHO_DEPTH } from './bounded.js';
export * from './types.js';
export { quoteValue, findUnsafeChar, pyStrip } from './text.js';
export { UnsupportedRegex, type AutomatonView, type ViewState, automatonView } from './regex-automaton.js';
export { decisionJsonLine } from './decision-json.js';
export { PACK_INDEX_FORMAT, type PackIndex, type PackIndexStore } from './pack-index.js';
