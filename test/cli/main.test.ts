import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/paths.js';
import { runCli } from '../support/run-cli.js';

describe('CLI shell', () => {
  it('lists its commands on --help and exits 0', async () => {
    const r = await runCli(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Usage: mcp-gateway-policy <command>/);
    expect(r.stdout).toMatch(/\bgenerate\b/);
    expect(r.stdout).toMatch(/\bcheck\b/);
  });

  it('exits 2 on an unknown command, naming it', async () => {
    const r = await runCli(['frobnicate']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('unknown command "frobnicate"');
  });

  it('prints the package version on --version and -V', async () => {
    const { version } = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };
    for (const flag of ['--version', '-V']) {
      const r = await runCli([flag]);
      expect(r.status, flag).toBe(0);
      expect(r.stdout, flag).toBe(`${version}\n`);
    }
  });

  it('exits 2 with usage when no command is given', async () => {
    const r = await runCli([]);
    expect(r.status).toBe(2);
  });
});
