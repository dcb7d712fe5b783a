/**
 * The folder graph of docs/architecture.md is enforced by the lint config, not by review: plant
 * imports that break it (direction, index.ts entry points, file cycles, I/O in the renderer) in
 * real files under src/ and check that ESLint, with the config `npm run lint` uses, rejects each
 * one and accepts imports that follow it.
 */
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const TAG = `planted_${process.pid}`;

interface Plant {
  file: string;
  source: string;
}

const planted: string[] = [];
let eslint: ESLint;

function plant(p: Plant): string {
  const abs = path.join(REPO_ROOT, p.file);
  writeFileSync(abs, p.source);
  planted.push(abs);
  return abs;
}

async function messagesFor(abs: string): Promise<{ ruleId: string | null; message: string }[]> {
  const [result] = await eslint.lintFiles([abs]);
  return (result?.messages ?? []).map((m) => ({ ruleId: m.ruleId, message: m.message }));
}

beforeAll(() => {
  // The boundary rules need no type information: skip building the TypeScript program.
  eslint = new ESLint({ cwd: REPO_ROOT, overrideConfig: [{ ...tseslint.configs.disableTypeChecked, files: ['src/**/*.ts'] }] });
});

afterAll(() => {
  for (const abs of planted) rmSync(abs, { force: true });
});

describe('folder boundaries', () => {
  it('rejects pack importing admission (against the direction of the core)', async () => {
    const abs = plant({
      file: `src/pack/${TAG}_a.ts`,
      source: `import { admit } from '../admission/index.js';\nexport const x = admit;\n`,
    });
    const messages = await messagesFor(abs);
    expect(messages).toContainEqual({
      ruleId: 'import-x/no-restricted-paths',
      message: expect.stringContaining('src/pack may import only util'),
    });
  });

  it('rejects decision importing a shell (cli)', async () => {
    const abs = plant({ file: `src/decision/${TAG}_b.ts`, source: `import { main } from '../cli/main.js';\nexport const x = main;\n` });
    const messages = await messagesFor(abs);
    expect(messages).toContainEqual({
      ruleId: 'import-x/no-restricted-paths',
      message: expect.stringContaining('src/decision may import only util, pack'),
    });
  });

  it('rejects an adapter importing an adapter it is not listed for (git importing github)', async () => {
    const abs = plant({ file: `src/git/${TAG}_c.ts`, source: `export type { PullRequestEvent } from '../github/event.js';\n` });
    const messages = await messagesFor(abs);
    expect(messages.map((m) => m.ruleId)).toContain('import-x/no-restricted-paths');
  });

  it('rejects the Actions toolkit and node: I/O in the evidence renderer', async () => {
    const abs = plant({
      file: `src/evidence/${TAG}_d.ts`,
      source: `import { info } from '@actions/core';\nimport { readFileSync } from 'node:fs';\nexport const x = [info, readFileSync];\n`,
    });
    const messages = await messagesFor(abs);
    expect(messages.filter((m) => m.ruleId === 'no-restricted-imports')).toHaveLength(2);
  });

  it('rejects an import cycle between two files', async () => {
    plant({ file: `src/util/${TAG}_e2.ts`, source: `import { e1 } from './${TAG}_e1.js';\nexport const e2 = (): number => e1() + 1;\n` });
    const abs = plant({
      file: `src/util/${TAG}_e1.ts`,
      source: `import { e2 } from './${TAG}_e2.js';\nexport const e1 = (): number => e2() - 1;\n`,
    });
    const messages = await messagesFor(abs);
    expect(messages.map((m) => m.ruleId)).toContain('import-x/no-cycle');
  });

  it("rejects reaching past another folder's index.ts", async () => {
    const abs = plant({
      file: `src/decision/${TAG}_g.ts`,
      source: `import { ManifestError } from '../pack/errors.js';\nexport const x = ManifestError;\n`,
    });
    const messages = await messagesFor(abs);
    expect(messages).toContainEqual({ ruleId: 'import-x/no-restricted-paths', message: expect.stringContaining('through its index.ts') });
  });

  it('accepts a side entry: a leaf module imported directly', async () => {
    const abs = plant({
      file: `src/git/${TAG}_h.ts`,
      source: `import { DEFAULT_PACK_PATH } from '../pack/defaults.js';\nimport { agentDirectory } from '../admission/agents.js';\nexport const x = [DEFAULT_PACK_PATH, agentDirectory];\n`,
    });
    const messages = await messagesFor(abs);
    expect(messages.filter((m) => m.ruleId === 'import-x/no-restricted-paths')).toEqual([]);
  });

  it('accepts imports that follow the direction', async () => {
    const abs = plant({
      file: `src/admission/${TAG}_f.ts`,
      source: `import { loadPolicy } from '../decision/index.js';\nimport { canonicalJson } from '../util/index.js';\nexport const x = [loadPolicy, canonicalJson];\n`,
    });
    const messages = await messagesFor(abs);
    expect(messages.filter((m) => m.ruleId === 'import-x/no-restricted-paths' || m.ruleId === 'no-restricted-imports')).toEqual([]);
  });
});
