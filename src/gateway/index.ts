/** The enforcing MCP gateway: a proxy that decides each upstream tool call against the pack. */
export { repoRoot, type RepoRoot } from './arguments.js';
export { parseGatewayConfig, type GatewayConfig } from './config.js';
export { Gateway } from './gateway.js';
export { KillFile } from './kill.js';
export { resolveSession } from './session.js';
export { UpstreamError } from './upstream.js';
