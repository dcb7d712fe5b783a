/** Evidence of an admission run for library users: the sealed record and its Markdown. */
export * from './types.js';
export * from './record.js';
export * from './markdown.js';
export * from './escape.js';
