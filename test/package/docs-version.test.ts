import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/paths.js';

const { version } = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };
const FILES = [
  'README.md',
  'CHANGELOG.md',
  ...readdirSync(path.join(REPO_ROOT, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];

describe('pinned versions in the docs', () => {
  it('every mcp-gateway-policy@X.Y.Z, #vX.Y.Z and -X.Y.Z.tgz names the package version (bump them with it)', () => {
    const found: string[] = [];
    for (const file of FILES) {
      const text = readFileSync(path.join(REPO_ROOT, file), 'utf8');
      for (const m of text.matchAll(/mcp-gateway-policy(?:@|#v|-)(\d+\.\d+\.\d+)/g)) found.push(`${file}: ${m[0]}`);
      for (const m of text.matchAll(/mcp-gateway-policy(?:@|#v|-)(\d+\.\d+\.\d+)/g)) expect(m[1], `${file}: ${m[0]}`).toBe(version);
    }
    expect(found.length, 'the README and docs/mcp.md give pinned launch commands').toBeGreaterThan(5);
    const server = JSON.parse(readFileSync(path.join(REPO_ROOT, 'server.json'), 'utf8')) as {
      version: string;
      packages: { version: string }[];
    };
    expect([server.version, ...server.packages.map((p) => p.version)]).toEqual(Array(server.packages.length + 1).fill(version));
  });
});
