import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REPO_ROOT } from '../support/paths.js';

const read = (file: string) => parse(readFileSync(path.join(REPO_ROOT, file), 'utf8')) as Record<string, unknown>;

describe('Action and repository metadata', () => {
  it('action.yml fits the Marketplace: a description of at most 125 characters, branding, node24', () => {
    const action = read('action.yml') as {
      name: string;
      description: string;
      branding: { icon: string; color: string };
      runs: { using: string; main: string };
      inputs: Record<string, { description?: string }>;
    };
    expect(action.description.length).toBeGreaterThan(20);
    expect(action.description.length, action.description).toBeLessThanOrEqual(125);
    expect(action.name).toBeTruthy();
    expect(action.branding.icon).toBeTruthy();
    expect(action.branding.color).toBeTruthy();
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    for (const [name, input] of Object.entries(action.inputs)) expect(input.description, name).toBeTruthy();
  });

  it('CI runs the tests on Node 20 (engines) and Node 24 (what node24 runs)', () => {
    const ci = read('.github/workflows/ci.yml') as {
      jobs: { test: { strategy: { matrix: { node: number[] } }; steps: { with?: Record<string, unknown>; run?: string }[] } };
    };
    expect(ci.jobs.test.strategy.matrix.node).toEqual([20, 24]);
    expect(ci.jobs.test.steps.some((s) => s.with?.['node-version'] === '${{ matrix.node }}')).toBe(true);
    expect(ci.jobs.test.steps.some((s) => s.run === 'npm test')).toBe(true);
  });

  it("Dependabot watches npm and the workflows' actions", () => {
    const dependabot = read('.github/dependabot.yml') as { version: number; updates: { 'package-ecosystem': string; directory: string }[] };
    expect(dependabot.version).toBe(2);
    expect(dependabot.updates.map((u) => u['package-ecosystem']).sort()).toEqual(['github-actions', 'npm']);
  });
});
