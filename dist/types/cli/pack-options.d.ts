import { type CliIo } from './io.js';
import { type ManifestProblem } from '../pack/errors.js';
import type { CompileOptions, CompileResult } from '../pack/compile-parsed.js';
import { type PackPaths } from '../pack/files.js';
export declare const PACK_OPTIONS: {
    readonly manifest: {
        readonly type: "string";
    };
    readonly output: {
        readonly type: "string";
    };
    readonly 'repo-root': {
        readonly type: "string";
    };
    readonly 'generated-at': {
        readonly type: "string";
    };
    readonly 'policy-id': {
        readonly type: "string";
    };
    readonly intent: {
        readonly type: "string";
    };
};
export declare const PACK_OPTIONS_HELP = "Options:\n  --manifest PATH      The workflow manifest, JSON or YAML (.yaml/.yml), below the repo root.\n                       Default: data/control-plane/workflow-manifests.json\n  --output PATH        The policy pack file, below the repo root.\n                       Default: data/policy/mcp-gateway-policy.json\n  --repo-root DIR      The repository root. Default: the current directory.\n  --generated-at TEXT  The pack's generated_at. Default: the manifest's last_reviewed.\n  --policy-id ID       The pack's policy_id. Default: the manifest's policy_pack.policy_id,\n                       else mcp-gateway-policy-pack.\n  --intent TEXT        The pack's intent. Default: the manifest's policy_pack.intent, else a\n                       neutral sentence.\n  -h, --help           Show this help.";
export interface PackInvocation {
    paths: PackPaths;
    compile: CompileOptions;
    /** The options exactly as given, to repeat them in a regenerate command. */
    given: [string, string][];
}
export declare function parsePackArgs(argv: string[], io: CliIo, usage: string): PackInvocation | 'help';
/** Prints each problem as `file:line:col: /pointer: message`. */
export declare function writeProblems(io: CliIo, label: string, problems: readonly ManifestProblem[], kind: 'error' | 'warning'): void;
/**
 * Reads and compiles the manifest the way both commands do, printing its warnings; null (after
 * saying so) when the manifest file is missing. Invalid manifests throw, for reportPackFailure.
 */
export declare function compileManifestFile(io: CliIo, paths: PackPaths, compile: CompileOptions): Promise<{
    text: string;
    result: CompileResult;
} | null>;
/** An invalid manifest or an unreadable file is a policy failure (exit 1) with a located message; anything else is a bug and is rethrown. */
export declare function reportPackFailure(io: CliIo, paths: PackPaths, err: unknown): number;
/**
 * The command a user can paste to regenerate: the same program, `generate`, and the same options.
 * `node <path>/cli.js` when run from a checkout, `npx mcp-gateway-policy` when installed.
 */
export declare function regenerateCommand(io: CliIo, given: [string, string][], paths: PackPaths): string;
export declare function shellQuote(s: string): string;
