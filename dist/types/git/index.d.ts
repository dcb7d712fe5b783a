/** Read-only local git access for admission: no hooks, no drivers, nothing from the work tree. */
export { collectLocalAdmissionInput, type LocalAdmissionOptions } from './local-admission.js';
export { GitError, GitReader } from './exec.js';
export { countLines, parseRawNumstat, readChangedFiles, type ChangedFiles } from './diff.js';
export { resolveExactRef, type ResolvedRef } from './refs.js';
