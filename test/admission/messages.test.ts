import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { admit } from '../../src/admission/admit.js';
import { renderEvidenceMarkdown } from '../../src/evidence/markdown.js';
import { sealEvidence } from '../../src/evidence/record.js';
import { WORD_JOINER } from '../../src/evidence/escape.js';
import { file, input } from './support.js';

const codeSpans = (md: string) => [...md.matchAll(/(`+)(?!`)([\s\S]*?[^`])\1(?!`)/g)].map((m) => m[2]!);

describe('messages a reader acts on', () => {
  it.each([
    ['action', {}, ['workflow-id', '<prefix><workflow_id>/…']],
    ['local', { context: { surface: 'local' } }, ['--workflow-id <id>', '--branch']],
  ] as const)('%s mode: the hints to copy are code spans, free of invisible characters', (_mode, extra, hints) => {
    const r = admit(
      input({ pr: { head_ref: 'agent/quick-fix' }, config: { workflow_from: ['input', 'branch', 'trailer'] }, ...extra } as never),
    );
    const md = renderEvidenceMarkdown(sealEvidence(r), { marker: false });
    const spans = codeSpans(md);
    for (const h of [...hints, 'Workflow-Id: <id>']) expect(spans, h).toContain(h);
    for (const s of spans) expect(s.includes(WORD_JOINER), s).toBe(false);
  });

  it('each path is named in one violation, whatever rules it breaks', () => {
    const paths = ['.github/workflows/ci.yml', 'action.yml', 'secrets/a.ts', 'policy/pack.json', 'src/ok.ts', 'docs/CODEOWNERS'];
    fc.assert(
      fc.property(fc.subarray(paths, { minLength: 1 }), fc.boolean(), (chosen, asRename) => {
        const files = chosen.map((p, i) => (asRename && i === 0 ? file('src/moved.ts', { status: 'renamed', previous_path: p }) : file(p)));
        const r = admit(input({ files, reviews: [] } as never));
        for (const p of chosen) {
          const naming = r.violations.filter(
            (v) => v.startsWith(`${p}:`) || v.includes(`path ${JSON.stringify(p)} `) || v.includes(`(from ${p})`),
          );
          if (naming.length > 1) return false;
        }
        // Denied: no approval is asked for.
        return r.decision !== 'deny' || !r.violations.concat(r.next_steps).some((v) => v.startsWith('Needs '));
      }),
    );
  });
});
