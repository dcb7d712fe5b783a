/** The semantic policy diff: what an agent may now do that it could not before. */
export { diffPolicies, pathVerdict } from './policy-diff.js';
export { searchPathSets, SEARCH_LIMITS, type PathPatterns, type PathSetSearch } from './path-sets.js';
export { diffCounts, formatDiffText } from './report.js';
export { loadPolicySource, PolicySourceError, type PolicySource } from './source.js';
export * from './types.js';
