/**
 * Typed approval records posted on a pull request: a fenced block whose info string is
 * `agent-approval`, holding the decision spec's JSON record. Pure text → values; whether a record
 * counts (poster, pool, edits, head SHA, expiry) is decided by the admission core.
 */

/** A record's JSON text could not be parsed; the core reports it as an invalid (untyped) record. */
export interface UnparsableRecord {
  unparsable: true;
  error: string;
  text: string;
}

const MAX_RECORDS_PER_BODY = 20;
const MAX_RECORD_CHARS = 20_000;

/**
 * Every ```agent-approval (or ~~~agent-approval) fenced block in a Markdown body, parsed as JSON.
 * The closing fence must use the same character and be at least as long as the opening one,
 * as CommonMark says; an unclosed block runs to the end of the body.
 */
export function extractApprovalRecords(body: string | null | undefined): unknown[] {
  if (!body) return [];
  const lines = body.replace(/\r\n?/g, '\n').split('\n');
  const records: unknown[] = [];
  for (let i = 0; i < lines.length && records.length < MAX_RECORDS_PER_BODY; i++) {
    const open = /^ {0,3}(`{3,}|~{3,})\s*agent-approval\s*$/.exec(lines[i]!);
    if (!open) continue;
    const fence = open[1]!;
    const close = new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}\\s*$`);
    const content: string[] = [];
    let j = i + 1;
    for (; j < lines.length && !close.test(lines[j]!); j++) content.push(lines[j]!);
    i = j;
    records.push(parseRecord(content.join('\n')));
  }
  return records;
}

function parseRecord(text: string): unknown {
  if (text.length > MAX_RECORD_CHARS) {
    return { unparsable: true, error: `longer than ${MAX_RECORD_CHARS} characters`, text: text.slice(0, 200) } satisfies UnparsableRecord;
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    return { unparsable: true, error: (err as Error).message, text: text.slice(0, 200) } satisfies UnparsableRecord;
  }
}
