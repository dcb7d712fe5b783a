/** The runtime decision engine (spec: ../shared/spec/decision-semantics.md). */
export { loadPolicy, DEFAULT_MAX_APPROVAL_WINDOW_HOURS } from './load.js';
export { PolicyLoadError } from './errors.js';
export { CHECK_NAMES, KNOWN_ATTRIBUTES, type CheckName } from './evaluate.js';
export { changedPathsSha256, parseTimestamp } from './approval.js';
export { cleanPath, MAX_PATH_LENGTH, type CleanResult, fnmatchExactSources, normalizePattern, compileScopeMatchers } from './paths.js';
export * from './types.js';
export { quoteValue, findUnsafeChar, pyStrip } from './text.js';
export { UnsupportedRegex, type AutomatonView, type ViewState, automatonView } from './regex-automaton.js';
export { decisionJsonLine } from './decision-json.js';
