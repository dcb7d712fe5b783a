import { type CompileOptions, type CompileResult } from './compile-parsed.js';
/**
 * compileManifest for the CLI and the Action, where start-up time counts: the YAML parser is
 * loaded only for a YAML manifest (about 15 ms of a cold `check` otherwise).
 */
export declare function compileManifestLean(text: string, options?: CompileOptions): Promise<CompileResult>;
