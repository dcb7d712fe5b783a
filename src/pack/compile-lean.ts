import { compileParsedManifest, manifestPathOf, type CompileOptions, type CompileResult } from './compile-parsed.js';
import { detectFormat, normaliseLineEndings, parseJsonManifest } from './parse.js';

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
