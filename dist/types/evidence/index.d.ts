/**
 * Evidence of an admission run for library users: the sealed record and its Markdown.
 * (The Actions adapter, ./actions-output.js, is imported by the Action directly.)
 */
export * from './record.js';
export * from './markdown.js';
export * from './escape.js';
