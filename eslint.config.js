import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

/**
 * The folder graph of src/ (docs/architecture.md#folder-graph): each folder may import only the
 * folders listed for it. util is the bottom; pack → decision → admission → evidence is the pure
 * core; git, github, mcp, gateway and diff are adapters over the core; action and cli are shells
 * that nothing imports. src/version.ts is a leaf any folder may import; the other root files
 * (index.ts, cli.ts, lib.ts) are entry points that nothing imports.
 */
const CORE = ['util', 'pack', 'decision', 'admission', 'evidence'];
const ALLOWED = {
  util: [],
  pack: ['util'],
  decision: ['util', 'pack'],
  admission: ['util', 'pack', 'decision'],
  evidence: ['util', 'pack', 'decision', 'admission'],
  git: CORE,
  github: [...CORE, 'git'],
  mcp: CORE,
  gateway: [...CORE, 'git', 'mcp'],
  diff: CORE,
  action: [...CORE, 'git', 'github', 'mcp', 'gateway', 'diff'],
  cli: [...CORE, 'git', 'github', 'mcp', 'gateway', 'diff'],
};
const ENTRY_FILES = ['src/index.ts', 'src/cli.ts', 'src/lib.ts'];

/**
 * Files another folder may import directly instead of through the folder's index.ts: modules kept
 * out of the barrel so that importing the barrel does not load a heavy dependency.
 */
const SIDE_ENTRIES = {
  // The MCP SDK server and HTTP transport, and the pack watcher (which loads the decision engine):
  // src/mcp/index.ts serves `verify-log` and the library, which need neither.
  mcp: ['server.ts', 'http-server.ts', 'pack-source.ts'],
  // Octokit and its throttling/retry plugins: only the Action's API paths load them.
  github: ['octokit.ts'],
  // The yaml package (compile-manifest, parse-yaml) and the diff package (drift): a cold `check`
  // of a JSON manifest loads neither (src/cli/commands/check.ts, src/pack/compile-lean.ts).
  // Leaf modules of the defaults, too: `admit` (its argument checks and the local-git adapter)
  // imports them directly, so that git starts before the pack's validators load.
  pack: ['compile-manifest.ts', 'parse-yaml.ts', 'drift.ts', 'defaults.ts'],
  // The library's admit, which always loads the yaml package; the shells use admitLean. And the
  // leaf modules the local-git adapter needs, which load without the admission core.
  admission: ['admit-yaml.ts', 'agents.ts', 'reviewer-pools.ts'],
};

// import-x's TypeScript parser settings, with the resolver given below in the flat-config form.
const { 'import-x/resolver': _legacyResolver, ...importSettings } = importX.flatConfigs.typescript.settings;

/**
 * no-restricted-paths zones for a folder graph: one zone per folder forbidding the folders it may
 * not import, and one per folder forbidding any of its files but index.ts (and its side entries)
 * from outside it.
 */
function boundaryZones(allowed, sideEntries) {
  const folders = Object.keys(allowed);
  const direction = folders.map((folder) => ({
    target: `src/${folder}`,
    from: [...folders.filter((f) => f !== folder && !allowed[folder].includes(f)).map((f) => `src/${f}`), ...ENTRY_FILES],
    message: `src/${folder} may import only ${allowed[folder].length ? allowed[folder].join(', ') : 'nothing else in src/'} (folder direction: docs/architecture.md#folder-graph).`,
  }));
  const viaIndex = folders.map((folder) => ({
    target: [...folders.filter((f) => f !== folder).map((f) => `src/${f}`), ...ENTRY_FILES],
    from: `src/${folder}`,
    except: ['./index.ts', ...(sideEntries[folder] ?? []).map((f) => `./${f}`)],
    message: `Import another folder through its index.ts (docs/architecture.md#folder-graph).`,
  }));
  return { basePath: import.meta.dirname, zones: [...direction, ...viaIndex] };
}

/** What a pure renderer never loads: I/O, the Actions toolkit, Octokit, the MCP SDK. */
const NOT_IN_CORE = ['@actions/*', '@octokit/*', '@modelcontextprotocol/*'];
const NOT_IN_RENDERER = [...NOT_IN_CORE, 'node:*', 'fs', 'fs/*', 'child_process', 'http', 'https', 'net', 'os', 'undici', 'marked'];

export default tseslint.config(
  { ignores: ['dist/**', 'build/**', 'node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // Type-aware rules for src/ (floating and misused promises, unsafe any): tests keep the plain set,
  // which is fast and catches what matters in test code.
  ...tseslint.configs.recommendedTypeChecked.map((config) => ({ ...config, files: ['src/**/*.ts'] })),
  {
    files: ['src/**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
  },
  {
    files: ['src/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      ...importSettings,
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: 'tsconfig.json' })],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', boundaryZones(ALLOWED, SIDE_ENTRIES)],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    files: ['src/{util,pack,decision,admission}/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: NOT_IN_CORE, message: 'The core (pack, decision, admission) never loads an adapter library.' }] },
      ],
    },
  },
  {
    files: ['src/evidence/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: NOT_IN_RENDERER, message: 'evidence/ is a pure renderer: no I/O, no Actions toolkit, no Octokit.' }] },
      ],
    },
  },
);
