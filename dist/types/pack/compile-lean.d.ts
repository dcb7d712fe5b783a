import type { RegenerateOptions } from './compile-manifest.js';
import { type CompileOptions, type CompileResult } from './compile-parsed.js';
import { type ParsedManifest } from './parse.js';
/**
 * compileManifest for the CLI and the Action, where start-up time counts: the YAML parser is
 * loaded only for a YAML manifest (about 15 ms of a cold `check` otherwise).
 */
export declare function compileManifestLean(text: string, options?: CompileOptions): Promise<CompileResult>;
/** Parses LF-normalised YAML manifest text (parse-yaml.ts), for callers that load it only when needed. */
export type YamlManifestParser = (lfText: string) => ParsedManifest;
/** Whether compiling this manifest text needs the YAML parser. */
export declare function isYamlManifest(text: string, manifestPath?: string): boolean;
export declare function loadYamlParser(): Promise<YamlManifestParser>;
/**
 * regenerateLike (compile-manifest.ts) without loading the YAML parser: a YAML manifest is parsed
 * with `parseYaml`, and without one it is an error (the caller was to load it).
 */
export declare function regenerateLikeLean(manifestText: string, committedPackText: string, options: RegenerateOptions, parseYaml: YamlManifestParser | undefined): CompileResult;
