import { describe, expect, it } from 'vitest';
import { runCli } from './support/run-cli.js';

describe('CLI shell', () => {
  it('lists its commands on --help and exits 0', () => {
    const r = runCli(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Usage: mcp-gateway-policy <command>/);
    expect(r.stdout).toMatch(/\bgenerate\b/);
    expect(r.stdout).toMatch(/\bcheck\b/);
  });

  it('exits 2 on an unknown command, naming it', () => {
    const r = runCli(['frobnicate']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('unknown command "frobnicate"');
  });

  it('exits 2 with usage when no command is given', () => {
    const r = runCli([]);
    expect(r.status).toBe(2);
  });
});
