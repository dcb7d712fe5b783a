import type { ActionInputs } from './inputs.js';

export async function runCheck(_inputs: ActionInputs, _env: NodeJS.ProcessEnv): Promise<void> {
  throw new Error('mode "check" is not built yet');
}
