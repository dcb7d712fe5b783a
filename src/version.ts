declare const __MGP_VERSION__: string;

/** The package version, fixed at bundle time from package.json (scripts/bundle.mjs; vitest.config.ts for tests). */
export const VERSION: string = __MGP_VERSION__;
