import type { ActionInputs } from './inputs.js';
export declare function runAdmit(_inputs: ActionInputs, _env: NodeJS.ProcessEnv): Promise<void>;
