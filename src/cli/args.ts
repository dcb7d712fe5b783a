import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './io.js';

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
export function parseCommandArgs(argv: string[], options: Options, usage: string, allowPositionals = false): ParsedArgs {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { ...options, help: { type: 'boolean', short: 'h' } },
      strict: true,
      allowPositionals,
    });
    const help = values.help === true;
    delete (values as Record<string, unknown>).help;
    return { values: values, positionals, help };
  } catch (err) {
    throw new UsageError(`${(err as Error).message}\n\n${usage}`);
  }
}

export function stringOpt(args: ParsedArgs, name: string): string | undefined {
  const v = args.values[name];
  return typeof v === 'string' ? v : undefined;
}

export function listOpt(args: ParsedArgs, name: string): string[] {
  const v = args.values[name];
  return Array.isArray(v) ? v : typeof v === 'string' ? [v] : [];
}

export function requireOpt(args: ParsedArgs, name: string, usage: string): string {
  const v = stringOpt(args, name);
  if (v === undefined || v === '') throw new UsageError(`--${name} is required\n\n${usage}`);
  return v;
}
