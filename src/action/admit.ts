import type { ActionInputs } from './inputs.js';

export async function runAdmit(_inputs: ActionInputs, _env: NodeJS.ProcessEnv): Promise<void> {
  throw new Error('mode "admit" is not built yet');
}
