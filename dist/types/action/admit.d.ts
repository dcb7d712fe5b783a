import type { ActionInputs } from './inputs.js';
export declare function runAdmit(inputs: ActionInputs, env: NodeJS.ProcessEnv): Promise<void>;
