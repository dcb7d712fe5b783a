import path from 'node:path';
import { DecisionLog, DecisionLogError, LogAnchorError, readLogKey } from '../mcp/index.js';
import { UsageError } from './io.js';

/** The decision log named by `--decision-log`, signed with `--log-key`, as `mcp` and `gateway` open it. */
export type OpenedLog = { log: DecisionLog | undefined } | { refused: string };

/** Opens it (locked, checkpoint verified); a log that cannot be used is a refusal to start, never a silent run without one. */
export function openDecisionLogOption(
  cwd: string,
  logFile: string | undefined,
  keyFile: string | undefined,
  usage: string,
  report: (m: string) => void,
): OpenedLog {
  if (keyFile !== undefined && logFile === undefined)
    throw new UsageError(`--log-key signs the decision log: give --decision-log too\n\n${usage}`);
  if (logFile === undefined) return { log: undefined };
  let log: DecisionLog;
  try {
    const key = keyFile === undefined ? undefined : readLogKey(path.resolve(cwd, keyFile));
    log = DecisionLog.open(path.resolve(cwd, logFile), { key });
  } catch (err) {
    if (err instanceof DecisionLogError || err instanceof LogAnchorError) return { refused: err.message };
    throw err;
  }
  for (const note of log.notes) report(`decision log: ${note}`);
  return { log };
}
