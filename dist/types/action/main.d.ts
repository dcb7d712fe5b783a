/**
 * The Action's one job: read inputs once, then run the mode. Any error that escapes is reported
 * as a failed step with a one-line message, never as a stack trace or a pass.
 */
export declare function run(env?: NodeJS.ProcessEnv): Promise<void>;
