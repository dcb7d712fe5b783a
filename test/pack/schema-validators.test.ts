import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { REPO_ROOT } from '../support/paths.js';
import { EXAMPLE_MANIFEST, EXAMPLE_PACK } from './helpers.js';
import { validatePackShape } from '../../src/pack/index.js';
// @ts-expect-error: a plain .mjs script without types
import { generateValidators } from '../../src/pack/schema-validators/generate.mjs';

const DIR = path.join(REPO_ROOT, 'src/pack/schema-validators');
const schema = (name: string) => JSON.parse(readFileSync(path.join(REPO_ROOT, 'schemas', name), 'utf8'));

describe('shipped schemas and their precompiled validators', () => {
  it('the committed validators equal a fresh compilation of schemas/*.schema.json (run generate.mjs after editing a schema)', () => {
    for (const [file, text] of Object.entries(generateValidators() as Record<string, string>)) {
      expect(readFileSync(path.join(DIR, file), 'utf8'), file).toBe(text);
    }
  });

  it('editors validating with the schema alone (ajv, strict) accept our example manifest and pack', () => {
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    expect(
      ajv.validate(schema('workflow-manifest.schema.json'), JSON.parse(readFileSync(EXAMPLE_MANIFEST, 'utf8'))),
      ajv.errorsText(),
    ).toBe(true);
    expect(ajv.validate(schema('policy-pack.schema.json'), JSON.parse(readFileSync(EXAMPLE_PACK, 'utf8'))), ajv.errorsText()).toBe(true);
  });

  it('the pack schema is exact: an unknown field, a missing field or a loosened default is refused', () => {
    const good = JSON.parse(readFileSync(EXAMPLE_PACK, 'utf8'));
    expect(validatePackShape(good).valid).toBe(true);
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- free-form mutations of a parsed pack
    const cases: [string, (p: any) => void][] = [
      ['/workflow_policies/0/extra', (p) => (p.workflow_policies[0].extra = 1)],
      ['/policy_summary/workflow_count', (p) => delete p.policy_summary.workflow_count],
      ['/workflow_policies/1/default_decision', (p) => (p.workflow_policies[1].default_decision = 'allow')],
      ['/decision_contract/default_decision', (p) => (p.decision_contract.default_decision = 'allow')],
      [
        '/workflow_policies/0/tool_access/allowed_mcp_scopes/0',
        (p) => (p.workflow_policies[0].tool_access.allowed_mcp_scopes[0].decision = 'allow_scoped_branch'),
      ],
      ['/workflow_policies/0/change_scope/max_diff_lines', (p) => (p.workflow_policies[0].change_scope.max_diff_lines = -1)],
      ['/source_manifest/sha256', (p) => (p.source_manifest.sha256 = 'abc')],
      ['/schema_version', (p) => (p.schema_version = '2.0')],
    ];
    for (const [pointer, mutate] of cases) {
      const bad = structuredClone(good);
      mutate(bad);
      const r = validatePackShape(bad);
      expect(r.valid, pointer).toBe(false);
      expect(
        r.problems.map((p) => p.pointer),
        pointer,
      ).toContain(pointer);
    }
  });
});
