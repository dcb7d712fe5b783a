/**
 * The pack-drift check regenerates the pack from a YAML base manifest only with the YAML parser,
 * which the CLI and the Action load only when the manifest is YAML (admitLean); without it a
 * YAML manifest is an admission error (a deny), never a pass and never a throw.
 */
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { admissionNeedsYaml, admit as admitCore, admitLean } from '../../src/admission/index.js';
import { admit } from '../../src/admission/admit-yaml.js';
import { compileManifest } from '../../src/pack/compile-manifest.js';
import { MANIFEST_TEXT, input } from './support.js';

const YAML_PATH = 'data/control-plane/workflow-manifests.yaml';
const YAML_TEXT = stringify(JSON.parse(MANIFEST_TEXT));
const YAML_PACK = compileManifest(YAML_TEXT, { manifestPath: YAML_PATH }).packText;
const yamlInput = (manifestText = YAML_TEXT) =>
  input({ base: { manifest_text: manifestText, pack_text: YAML_PACK, manifest_path: YAML_PATH } });

describe('admit with a YAML base manifest', () => {
  it('needs the YAML parser only for a YAML manifest', () => {
    expect(admissionNeedsYaml(yamlInput())).toBe(true);
    expect(admissionNeedsYaml(input())).toBe(false);
  });

  it('decides as for the JSON manifest, with the parser (the library admit, and admitLean)', async () => {
    const json = admitCore(input());
    expect(json.decision).toBe('allow');
    const lib = admit(yamlInput());
    expect(lib.decision).toBe(json.decision);
    expect(lib.gates.map((g) => [g.gate, g.decision])).toEqual(json.gates.map((g) => [g.gate, g.decision]));
    expect(await admitLean(yamlInput())).toEqual(lib);
  });

  it('still finds drift in a YAML manifest', async () => {
    const drifted = YAML_TEXT.replace('max_diff_lines: 100', 'max_diff_lines: 90');
    expect(drifted).not.toBe(YAML_TEXT);
    const r = await admitLean(yamlInput(drifted));
    expect(r.decision).toBe('deny');
    expect(r.reasons[0]).toMatchObject({ check: 'base_policy', code: 'pack_drift' });
  });

  it('denies, saying why, when no parser was given for a YAML manifest', () => {
    const r = admitCore(yamlInput());
    expect(r.decision).toBe('deny');
    expect(r.reasons.map((x) => x.code)).toContain('admission_error');
    expect(r.violations.join(' ')).toMatch(/YAML parser/);
  });
});
