import { type ParsedManifest } from './parse.js';
/**
 * Parses LF-normalised YAML manifest text (YAML 1.2 core schema: dates stay strings), or throws
 * ManifestError with every syntax problem located. Duplicate keys, unresolved tags and several
 * documents in one file are errors, not warnings.
 */
export declare function parseYamlManifest(lfText: string): ParsedManifest;
