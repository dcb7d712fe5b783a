import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractApprovalRecords } from '../../src/github/approval-records.js';

const record = { type: 'human_approval', approval_id: 'apr-1', decision: 'approved' };

describe('extractApprovalRecords', () => {
  it('finds every agent-approval fenced block, backtick or tilde, and parses its JSON', () => {
    const body = [
      'Looks good.',
      '```agent-approval',
      JSON.stringify(record),
      '```',
      'and another',
      '~~~~ agent-approval',
      JSON.stringify({ ...record, approval_id: 'apr-2' }, null, 2),
      '~~~~',
    ].join('\r\n');
    expect(extractApprovalRecords(body)).toEqual([record, { ...record, approval_id: 'apr-2' }]);
  });

  it('ignores other fences and code that merely mentions the info string', () => {
    const body = ['```json', JSON.stringify(record), '```', 'text ```agent-approval inline', '```agent-approvals', '{}', '```'].join('\n');
    expect(extractApprovalRecords(body)).toEqual([]);
    expect(extractApprovalRecords(null)).toEqual([]);
  });

  it('needs a closing fence at least as long as the opening one', () => {
    const body = ['````agent-approval', '```', JSON.stringify(record), '````'].join('\n');
    // The inner ``` does not close a four-backtick fence, so it is part of the (invalid) JSON.
    const [parsed] = extractApprovalRecords(body) as [{ unparsable?: boolean }];
    expect(parsed.unparsable).toBe(true);
  });

  it('keeps an unparsable block as an unparsable record instead of dropping it', () => {
    const [parsed] = extractApprovalRecords('```agent-approval\n{"type": "human_approval",\n```') as [Record<string, unknown>];
    expect(parsed).toMatchObject({ unparsable: true, text: '{"type": "human_approval",' });
    expect(typeof parsed.error).toBe('string');
  });

  it('reads an unclosed block to the end of the body', () => {
    expect(extractApprovalRecords('```agent-approval\n' + JSON.stringify(record))).toEqual([record]);
  });
});

interface MarkdownCase {
  name: string;
  body: string;
  records: number;
}
const MARKDOWN_CASES = JSON.parse(
  readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'approval-markdown.json'), 'utf8'),
) as MarkdownCase[];

describe('extractApprovalRecords reads the body as CommonMark (fixtures/approval-markdown.json)', () => {
  it.each(MARKDOWN_CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    expect(extractApprovalRecords(c.body)).toHaveLength(c.records);
  });

  it('property: a record quoted in a blockquote, an outer fence or an HTML comment is never a record', () => {
    const inner = fc.record({ fence: fc.constantFrom('```', '~~~', '````'), json: fc.json() });
    fc.assert(
      fc.property(
        inner,
        fc.constantFrom('quote', 'fence', 'comment'),
        fc.string({ unit: fc.constantFrom('a', ' ', '\n', '`', '>'), maxLength: 20 }),
        ({ fence, json }, wrap, noise) => {
          const block = `${fence}agent-approval\n${json}\n${fence}`;
          const outer = '`'.repeat(fence.length + 2);
          const body =
            wrap === 'quote'
              ? block
                  .split('\n')
                  .map((l) => `> ${l}`)
                  .join('\n')
              : wrap === 'fence'
                ? `${outer}\n${block}\n${outer}`
                : `<!--\n${block}\n-->`;
          return extractApprovalRecords(`${noise.replace(/`/g, '')}\n\n${body}`).length === 0;
        },
      ),
    );
  });
});
