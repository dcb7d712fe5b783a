/**
 * The MCP area's library surface: reading and verifying decision logs. The server itself is the
 * CLI's `mcp` command (src/cli/commands/mcp.ts); it is not exported, so that importing the library
 * does not load the MCP SDK.
 */
export {
  ChainVerifier,
  checkpointExpectation,
  DECISION_LOG_VERSION,
  describeVerification,
  GENESIS_SHA256,
  verifyLogFd,
  verifyLogFile,
  type CheckpointReport,
  type DecisionLogEntry,
  type LogExpectation,
  type LogProblemKind,
  type LogVerification,
  type VerifyOptions,
  DecisionLog,
  DecisionLogError,
} from './decision-log.js';
export {
  parseCheckpoint,
  readLogKey,
  type Checkpoint,
  LogAnchorError,
  checkpointPathFor,
  parseExpectation,
  readCheckpointFile,
} from './log-anchor.js';
