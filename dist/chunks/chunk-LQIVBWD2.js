import { createRequire as __mgpCreateRequire } from 'node:module';
const require = __mgpCreateRequire(import.meta.url);
import {
  UsageError
} from "./chunk-W634JM7Y.js";

// src/cli/args.ts
import { parseArgs } from "node:util";
function parseCommandArgs(argv, options, usage, allowPositionals = false) {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { ...options, help: { type: "boolean", short: "h" } },
      strict: true,
      allowPositionals
    });
    const help = values.help === true;
    delete values.help;
    return { values, positionals, help };
  } catch (err) {
    throw new UsageError(`${err.message}

${usage}`);
  }
}
function stringOpt(args, name) {
  const v = args.values[name];
  return typeof v === "string" ? v : void 0;
}
function listOpt(args, name) {
  const v = args.values[name];
  return Array.isArray(v) ? v : typeof v === "string" ? [v] : [];
}
function requireOpt(args, name, usage) {
  const v = stringOpt(args, name);
  if (v === void 0 || v === "") throw new UsageError(`--${name} is required

${usage}`);
  return v;
}

export {
  parseCommandArgs,
  stringOpt,
  listOpt,
  requireOpt
};
