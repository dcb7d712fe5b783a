/**
 * The library: what gateways, agent hosts and other CI systems import.
 * `import { compileManifest, loadPolicy } from 'mcp-gateway-policy'`.
 */
export * from './util/canonical-json.js';
export type * from './pack/types.js';
export * from './pack/index.js';
export * from './decision/index.js';
export * from './admission/index.js';
export * from './git/index.js';
export * from './evidence/index.js';
export * from './mcp/index.js';
export { VERSION } from './version.js';
export * from './diff/index.js';
