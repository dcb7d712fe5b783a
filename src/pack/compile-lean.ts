import type { RegenerateOptions } from './compile-manifest.js';
import { compileParsedManifest, identityOf, manifestPathOf, type CompileOptions, type CompileResult } from './compile-parsed.js';
import { detectFormat, normaliseLineEndings, parseJsonManifest, type ParsedManifest } from './parse.js';

/**
 * compileManifest for the CLI and the Action, where start-up time counts: the YAML parser is
 * loaded only for a YAML manifest (about 15 ms of a cold `check` otherwise).
 */
export async function compileManifestLean(text: string, options: CompileOptions = {}): Promise<CompileResult> {
  const lf = normaliseLineEndings(text);
  const format = options.format ?? detectFormat(lf, manifestPathOf(options));
  const parsed = format === 'json' ? parseJsonManifest(lf) : (await import('./parse-yaml.js')).parseYamlManifest(lf);
  return compileParsedManifest(parsed, lf, options);
}

/** Parses LF-normalised YAML manifest text (parse-yaml.ts), for callers that load it only when needed. */
export type YamlManifestParser = (lfText: string) => ParsedManifest;

/** Whether compiling this manifest text needs the YAML parser. */
export function isYamlManifest(text: string, manifestPath?: string): boolean {
  return detectFormat(normaliseLineEndings(text), manifestPath) !== 'json';
}

export async function loadYamlParser(): Promise<YamlManifestParser> {
  return (await import('./parse-yaml.js')).parseYamlManifest;
}

/**
 * regenerateLike (compile-manifest.ts) without loading the YAML parser: a YAML manifest is parsed
 * with `parseYaml`, and without one it is an error (the caller was to load it).
 */
export function regenerateLikeLean(
  manifestText: string,
  committedPackText: string,
  options: RegenerateOptions,
  parseYaml: YamlManifestParser | undefined,
): CompileResult {
  const lf = normaliseLineEndings(manifestText);
  const compileOptions: CompileOptions = { ...options, ...identityOf(committedPackText) };
  const format = compileOptions.format ?? detectFormat(lf, manifestPathOf(compileOptions));
  if (format === 'json') return compileParsedManifest(parseJsonManifest(lf), lf, compileOptions);
  if (parseYaml === undefined) throw new Error('the manifest is YAML and no YAML parser was loaded to read it');
  return compileParsedManifest(parseYaml(lf), lf, compileOptions);
}
