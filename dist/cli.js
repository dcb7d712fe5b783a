#!/usr/bin/env node
import { createRequire as __mgpCreateRequire } from 'node:module';
const require = __mgpCreateRequire(import.meta.url);
import {
  EXIT_USAGE,
  UsageError
} from "./chunks/chunk-W634JM7Y.js";
import {
  VERSION
} from "./chunks/chunk-6K3DM747.js";
import "./chunks/chunk-5TZFI64R.js";

// src/cli/main.ts
var COMMANDS = {
  generate: () => import("./chunks/generate-BCUIXP5N.js"),
  check: () => import("./chunks/check-GJW6OXW4.js"),
  evaluate: () => import("./chunks/evaluate-2OCCJ2YU.js"),
  admit: () => import("./chunks/admit-WLFHUUT2.js"),
  mcp: () => import("./chunks/mcp-H7J27UXI.js"),
  gateway: () => import("./chunks/gateway-YSLXV7JT.js"),
  "verify-log": () => import("./chunks/verify-log-ODMWEU5U.js"),
  diff: () => import("./chunks/diff-PANMEW67.js")
};
var TOP_USAGE = `Usage: mcp-gateway-policy <command> [options]

Commands:
${Object.keys(COMMANDS).map((c) => `  ${c}`).join("\n")}

Run "mcp-gateway-policy <command> --help" for a command's options; --version (-V) prints the version.
Exit codes: 0 success, 1 policy failure, 2 usage error.`;
async function main(argv, io) {
  const [name, ...rest] = argv;
  if (name === void 0 || name === "--help" || name === "-h" || name === "help") {
    const lines = await Promise.all(
      Object.entries(COMMANDS).map(async ([c, load2]) => `  ${c.padEnd(12)}${(await load2()).default.summary}`)
    );
    io.stdout.write(TOP_USAGE.replace(/Commands:\n[\s\S]*?\n\n/, `Commands:
${lines.join("\n")}

`) + "\n");
    return name === void 0 ? EXIT_USAGE : 0;
  }
  if (name === "--version" || name === "-V") {
    io.stdout.write(`${VERSION}
`);
    return 0;
  }
  const load = COMMANDS[name];
  if (load === void 0) {
    io.stderr.write(`error: unknown command "${name}"

${TOP_USAGE}
`);
    return EXIT_USAGE;
  }
  try {
    const command = (await load()).default;
    return await command.run(rest, io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr.write(`error: ${err.message}
`);
      return EXIT_USAGE;
    }
    io.stderr.write(`error: ${err?.message ?? String(err)}
`);
    if (io.env.MCP_GATEWAY_POLICY_DEBUG) io.stderr.write(`${err?.stack ?? ""}
`);
    return 1;
  }
}

// src/cli.ts
process.exitCode = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  cwd: process.cwd(),
  env: process.env
});
