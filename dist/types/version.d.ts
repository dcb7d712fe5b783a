/** The package version, fixed at bundle time from package.json (scripts/bundle.mjs; vitest.config.ts for tests). */
export declare const VERSION: string;
