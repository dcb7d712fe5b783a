import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Two cores on CI: forks keep child-process-heavy suites (git, dist/, MCP over stdio) isolated.
    pool: 'forks',
  },
});
