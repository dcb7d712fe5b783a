import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

export default defineConfig({
  // The same constant scripts/bundle.mjs defines, so src/version.ts reads the same in tests.
  define: { __MGP_VERSION__: JSON.stringify(version) },
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Two cores on CI: forks keep child-process-heavy suites (git, dist/, MCP over stdio) isolated.
    pool: 'forks',
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      exclude: ['src/**/schema-validators/**'],
      reporter: ['text-summary', ['text', { skipFull: true }]],
      // The figures matter most when something failed: print them anyway.
      reportOnFailure: true,
      // The shells are thin, but they are what users run: keep them tested in process.
      thresholds: {
        'src/cli/**': { lines: 80 },
        'src/action/**': { lines: 80 },
        'src/mcp/**': { lines: 80 },
        'src/gateway/**': { lines: 80 },
      },
    },
  },
});
