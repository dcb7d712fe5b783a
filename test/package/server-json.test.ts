/**
 * server.json, the MCP registry entry: its identity matches package.json, and every launch it
 * describes is one the CLI accepts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/paths.js';
import { runCli } from '../support/run-cli.js';

interface Argument {
  type: 'positional' | 'named';
  name?: string;
  value?: string;
  default?: string;
  isRequired?: boolean;
}
interface ServerJson {
  $schema: string;
  name: string;
  description: string;
  version: string;
  packages: {
    registryType: string;
    identifier: string;
    version: string;
    runtimeHint: string;
    transport: { type: string; url?: string; headers?: { name: string; value?: string }[] };
    packageArguments: Argument[];
  }[];
}

const server = JSON.parse(readFileSync(path.join(REPO_ROOT, 'server.json'), 'utf8')) as ServerJson;
const pkg = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { name: string; version: string; mcpName: string };

/** The command line a registry client builds from packageArguments (placeholders for values the user gives). */
function argv(args: Argument[]): string[] {
  return args.flatMap((a) => {
    const value = a.value ?? a.default ?? (a.name === '--expect-pack-sha256' ? '0'.repeat(64) : 'placeholder');
    return a.type === 'positional' ? [value] : [`${a.name}=${value}`];
  });
}

describe('server.json', () => {
  it("names the npm package and version, within the registry's limits", () => {
    expect(server.$schema).toMatch(/^https:\/\/static\.modelcontextprotocol\.io\/schemas\/\d{4}-\d{2}-\d{2}\/server\.schema\.json$/);
    expect(server.name).toMatch(/^[a-zA-Z0-9.-]+\/[a-zA-Z0-9._-]+$/);
    expect(server.name).toBe(pkg.mcpName);
    expect(server.description.length).toBeLessThanOrEqual(100);
    expect(server.version).toBe(pkg.version);
    for (const p of server.packages) {
      expect(p).toMatchObject({ registryType: 'npm', identifier: pkg.name, version: pkg.version, runtimeHint: 'npx' });
    }
  });

  it('describes a stdio launch and a Streamable HTTP launch with a bearer token', () => {
    expect(server.packages.map((p) => p.transport.type).sort()).toEqual(['stdio', 'streamable-http']);
    const http = server.packages.find((p) => p.transport.type === 'streamable-http')!;
    const listen = http.packageArguments.find((a) => a.name === '--listen')!.value!;
    expect(http.transport.url).toBe(`http://${listen}/mcp`);
    expect(http.transport.headers).toEqual([expect.objectContaining({ name: 'Authorization', value: 'Bearer {token}' })]);
    expect(http.packageArguments.find((a) => a.name === '--token-file')?.isRequired).toBe(true);
  });

  it('gives launches the CLI accepts (every flag known: --help answers instead of a usage error)', async () => {
    for (const p of server.packages) {
      const args = argv(p.packageArguments);
      expect(args[0]).toBe('mcp');
      const r = await runCli([...args, '--help']);
      expect(r.status, `${args.join(' ')}\n${r.stderr}`).toBe(0);
      expect(r.stdout).toMatch(/^Usage: mcp-gateway-policy mcp/);
    }
  });
});
