import { type ParseArgsConfig } from 'node:util';
type Options = NonNullable<ParseArgsConfig['options']>;
export interface ParsedArgs {
    values: Record<string, string | boolean | string[] | undefined>;
    positionals: string[];
    help: boolean;
}
/**
 * Strict option parsing for one command. Unknown options and missing values become UsageError
 * (exit 2) with the command's usage text, instead of Node's stack trace.
 */
export declare function parseCommandArgs(argv: string[], options: Options, usage: string, allowPositionals?: boolean): ParsedArgs;
export declare function stringOpt(args: ParsedArgs, name: string): string | undefined;
export declare function listOpt(args: ParsedArgs, name: string): string[];
export declare function requireOpt(args: ParsedArgs, name: string, usage: string): string;
export {};
