import * as core from '@actions/core';
import { InputError, parseInputs } from './inputs.js';

/**
 * The Action's one job: read inputs once, then run the mode. Any error that escapes is reported
 * as a failed step with a one-line message, never as a stack trace or a pass.
 */
export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  let enforce = true;
  try {
    const inputs = parseInputs((name) => core.getInput(name), env);
    enforce = inputs.enforce;
    if (inputs.token) core.setSecret(inputs.token);
    if (inputs.mode === 'check') {
      const { runCheck } = await import('./check.js');
      await runCheck(inputs, env);
    } else {
      const { runAdmit } = await import('./admit.js');
      await runAdmit(inputs, env);
    }
  } catch (err) {
    const message = err instanceof InputError ? err.message : `mcp-gateway-policy failed: ${(err as Error)?.message ?? String(err)}`;
    // Shadow mode never fails the step; a mistake in the inputs still does.
    if (!enforce && !(err instanceof InputError)) core.warning(`shadow: would fail: ${message}`);
    else core.setFailed(message);
  }
}
