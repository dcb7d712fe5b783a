/**
 * The MCP area's library surface: reading and verifying decision logs. The server itself is the
 * CLI's `mcp` command (src/cli/commands/mcp.ts); it is not exported, so that importing the library
 * does not load the MCP SDK.
 */
export { ChainVerifier, DECISION_LOG_VERSION, describeVerification, GENESIS_SHA256, verifyLogFd, verifyLogFile, type DecisionLogEntry, type LogProblemKind, type LogVerification, } from './decision-log.js';
