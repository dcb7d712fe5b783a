import type { ActionInputs } from './inputs.js';
export declare function runCheck(_inputs: ActionInputs, _env: NodeJS.ProcessEnv): Promise<void>;
