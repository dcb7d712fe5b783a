/** What a CLI command may touch, passed in so commands run the same in-process (tests) and from dist/cli.js. */
export interface CliIo {
    stdout: NodeJS.WritableStream;
    stderr: NodeJS.WritableStream;
    stdin: NodeJS.ReadableStream;
    cwd: string;
    env: NodeJS.ProcessEnv;
}
/** Exit codes shared by every command: 0 success, 1 policy failure, 2 usage error. */
export declare const EXIT_OK = 0;
export declare const EXIT_POLICY = 1;
export declare const EXIT_USAGE = 2;
export interface Command {
    /** One line for the top-level --help. */
    summary: string;
    run(argv: string[], io: CliIo): Promise<number>;
}
/** A mistake in how the command was called (exit 2). */
export declare class UsageError extends Error {
    name: string;
}
export declare function readAll(stream: NodeJS.ReadableStream): Promise<string>;
