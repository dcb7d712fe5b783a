import type { ActionInputs } from './inputs.js';
/**
 * `mode: check`: the drift check on the workflow's checkout, as `mcp-gateway-policy check` with
 * default options. Outputs pack-sha256 (the committed file's bytes), manifest-sha256 and drift.
 * Drift, a missing pack or an invalid manifest fail the step with annotations and a job summary.
 */
export declare function runCheck(inputs: ActionInputs, env: NodeJS.ProcessEnv): Promise<void>;
/** A fenced code block that no content can close early: the fence is longer than any backtick run inside. */
export declare function fenced(content: string, lang: string): string;
