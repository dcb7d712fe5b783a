/**
 * Typed approval records posted on a pull request: a fenced block whose info string is
 * `agent-approval`, holding the decision spec's JSON record. Pure text → values; whether a record
 * counts (poster, pool, edits, head SHA, expiry) is decided by the admission core.
 */
import { Lexer, type Tokens } from 'marked';

/** A record's JSON text could not be parsed; the core reports it as an invalid (untyped) record. */
export interface UnparsableRecord {
  unparsable: true;
  error: string;
  text: string;
}

const MAX_RECORDS_PER_BODY = 20;
const MAX_RECORD_CHARS = 20_000;

/**
 * Every `agent-approval` fenced code block of a Markdown body, parsed as JSON. The body is read
 * as CommonMark (marked's lexer), and only blocks at the top level of the document count: a
 * record quoted inside an outer fence, a blockquote, a list item or an HTML comment is quoted
 * text, not the poster's record. An unclosed fence runs to the end of the body, as CommonMark says.
 */
export function extractApprovalRecords(body: string | null | undefined): unknown[] {
  if (!body) return [];
  const records: unknown[] = [];
  // Own options, so nothing configured on marked elsewhere (extensions, hooks) applies here.
  for (const token of new Lexer({ gfm: true, async: false }).lex(body)) {
    if (records.length >= MAX_RECORDS_PER_BODY) break;
    if (token.type !== 'code' || (token as Tokens.Code).codeBlockStyle === 'indented') continue;
    const code = token as Tokens.Code;
    if ((code.lang ?? '').trim() !== 'agent-approval') continue;
    records.push(parseRecord(code.text));
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
