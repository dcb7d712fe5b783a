/**
 * The package as users get it: `npm pack` of a fresh build, installed with --omit=dev into an empty
 * project with nothing else, then the CLI and an ESM import of the library run from there.
 * The build goes to a staging copy so the test does not depend on the committed dist/.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/paths.js';

const NPM_FLAGS = ['--offline', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'];
const { version, name } = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string; name: string };

const work = mkdtempSync(path.join(tmpdir(), 'mgp-pack-'));
const stage = path.join(work, 'stage');
const consumer = path.join(work, 'consumer');
let tarball = '';
let packedFiles: string[] = [];

function npm(args: string[], cwd: string): string {
  // npm_config_* from a parent `npm test` would point this npm at the repo's settings.
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.toLowerCase().startsWith('npm_')));
  return execFileSync('npm', args, { cwd, encoding: 'utf8', env, stdio: ['ignore', 'pipe', 'pipe'] });
}

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const full = path.join(dir, f);
    return statSync(full).isDirectory() ? listFiles(full) : [full];
  });
}

beforeAll(() => {
  mkdirSync(stage);
  for (const f of ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md', 'action.yml', 'schemas']) {
    if (existsSync(path.join(REPO_ROOT, f))) cpSync(path.join(REPO_ROOT, f), path.join(stage, f), { recursive: true });
  }
  execFileSync(process.execPath, [path.join(REPO_ROOT, 'scripts/bundle.mjs'), path.join(stage, 'dist')], { cwd: REPO_ROOT, stdio: 'pipe' });
  const packed = JSON.parse(npm(['pack', '--json', '--pack-destination', work, ...NPM_FLAGS], stage)) as {
    filename: string;
    files: { path: string }[];
  }[];
  tarball = path.join(work, packed[0]!.filename);
  packedFiles = packed[0]!.files.map((f) => f.path);

  mkdirSync(path.join(consumer, 'data/control-plane'), { recursive: true });
  writeFileSync(path.join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true, type: 'module' }));
  cpSync(
    path.join(REPO_ROOT, 'data/control-plane/workflow-manifests.json'),
    path.join(consumer, 'data/control-plane/workflow-manifests.json'),
  );
  npm(['install', '--omit=dev', ...NPM_FLAGS, tarball], consumer);
}, 120_000);

function cli(args: string[]) {
  const bin = path.join(consumer, 'node_modules/.bin/mcp-gateway-policy');
  const r = spawnSync(bin, args, { cwd: consumer, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('npm pack → npm install --omit=dev in an empty project', () => {
  it('packs dist/, the licence, the notices and the schemas, and nothing from src/ or test/', () => {
    expect(packedFiles).toEqual(
      expect.arrayContaining([
        'LICENSE',
        'package.json',
        'dist/cli.js',
        'dist/lib.js',
        'dist/index.js',
        'dist/types/lib.d.ts',
        'dist/THIRD_PARTY_NOTICES.md',
        'action.yml',
      ]),
    );
    expect(packedFiles.filter((f) => f.startsWith('src/') || f.startsWith('test/') || f.startsWith('node_modules/'))).toEqual([]);
  });

  it('installs the package alone: no dependency comes with it', () => {
    const installed = readdirSync(path.join(consumer, 'node_modules')).filter((f) => !f.startsWith('.'));
    expect(installed).toEqual([name]);
  });

  it('runs the CLI from the install: --version, generate, check', () => {
    expect(cli(['--version'])).toMatchObject({ status: 0, stdout: `${version}\n` });
    const generated = cli(['generate']);
    expect(generated.status, generated.stderr).toBe(0);
    const pack = readFileSync(path.join(consumer, 'data/policy/mcp-gateway-policy.json'));
    expect(pack.equals(readFileSync(path.join(REPO_ROOT, 'data/policy/mcp-gateway-policy.json')))).toBe(true);
    const checked = cli(['check']);
    expect(checked.status, checked.stderr).toBe(0);
    writeFileSync(path.join(consumer, 'data/policy/mcp-gateway-policy.json'), pack.toString('utf8').replace('"deny"', '"allow"'));
    expect(cli(['check']).status).toBe(1);
  });

  it('imports the library as ESM from the install and decides a request', () => {
    const script = `
      import { loadPolicy, VERSION } from 'mcp-gateway-policy';
      import { readFileSync } from 'node:fs';
      const policy = loadPolicy(readFileSync(${JSON.stringify(path.join(REPO_ROOT, 'data/policy/mcp-gateway-policy.json'))}));
      const d = policy.evaluate({ workflow_id: policy.workflowIds()[0], runtime_kill_signal: 'stop' });
      console.log(JSON.stringify({ VERSION, decision: d.decision, hash: d.evidence.workflow_policy_sha256 }));`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: consumer, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ VERSION: version, decision: 'kill_session', hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
  });

  it('ships type declarations that import only their own files and Node built-ins', () => {
    const typesDir = path.join(consumer, 'node_modules', name, 'dist/types');
    const pattern = /(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gm;
    const specifiers = listFiles(typesDir)
      .filter((f) => f.endsWith('.d.ts'))
      .flatMap((f) =>
        [
          ...readFileSync(f, 'utf8')
            .replace(/\/\*[\s\S]*?\*\//g, '')
            .matchAll(pattern),
        ].map((m) => (m[1] ?? m[2])!),
      );
    expect(specifiers.length).toBeGreaterThan(10);
    expect(specifiers.filter((s) => !s.startsWith('.') && !s.startsWith('node:'))).toEqual([]);
  });

  it("ships THIRD_PARTY_NOTICES.md with each bundled package's own licence text", () => {
    const notices = readFileSync(path.join(consumer, 'node_modules', name, 'dist/THIRD_PARTY_NOTICES.md'), 'utf8');
    for (const pkg of ['@modelcontextprotocol/sdk', '@octokit/rest', 'zod', 'yaml', 'picomatch', 'diff']) {
      const own = JSON.parse(readFileSync(path.join(REPO_ROOT, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string };
      expect(notices, pkg).toContain(`## ${pkg}@${own.version} (`);
    }
    const zodLicence = readFileSync(path.join(REPO_ROOT, 'node_modules/zod/LICENSE'), 'utf8').replace(/\r\n?/g, '\n').trimEnd();
    expect(notices).toContain(zodLicence);
  });
});
