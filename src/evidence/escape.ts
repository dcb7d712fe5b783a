/**
 * Escaping of untrusted strings (file names, branch, title, labels, logins, and sentences that
 * quote them) for each place they appear in GitHub-flavoured Markdown.
 *
 * Two layers have to be beaten. Markdown syntax (links, emphasis, HTML, tables, code spans) is
 * neutralised with backslash escapes, which CommonMark allows before any ASCII punctuation.
 * GitHub then rewrites the rendered HTML's text: `@login` pings, `#123`, `GH-123` and
 * `owner/repo#1` become references, `:name:` becomes an emoji. Backslashes do not reach that
 * layer, so a WORD JOINER (U+2060, invisible, zero width) is put after `@`, `#`, `GH` and `:` to
 * break those patterns. Code spans are not rewritten by GitHub, so there only the backtick
 * delimiter and table pipes matter. Control, bidi and zero-width characters are made visible
 * everywhere, so a name cannot hide or reorder what a reviewer reads.
 */

/** Inserted to break GitHub's mention / reference / emoji patterns without changing what is seen. */
export const WORD_JOINER = '\u2060';

// C0/C1 controls, bidi embeddings/overrides/isolates, zero-width and invisible formatting
// characters, line/paragraph separators, the BOM, and variation/tag characters' common neighbours.
const INVISIBLE =
  // eslint-disable-next-line no-control-regex, no-misleading-character-class -- matching these characters is the point
  /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u115f\u1160\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff9-\ufffb\u{e0000}-\u{e007f}]/gu;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * Writes invisible characters in JSON text as \uXXXX escapes (the same JSON value), so a
 * record shown in a code block cannot hide or reorder what is read.
 */
export function escapeInvisibleInJson(json: string): string {
  return json.replace(INVISIBLE, (ch) =>
    // Raw newlines in JSON text are only ever its own line breaks (string newlines are \n).
    ch === '\n' ? ch : Array.from({ length: ch.length }, (_, i) => '\\u' + ch.charCodeAt(i).toString(16).padStart(4, '0')).join(''),
  );
}

/** Replaces every control, bidi and invisible character with a visible `\n` / `\u{202E}` form. */
export function makeVisible(s: string): string {
  return s.replace(INVISIBLE, (ch) => NAMED[ch] ?? `\\u{${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}}`);
}

/** Cuts a string to `max` code points, marking the cut with an ellipsis. */
export function truncate(s: string, max: number): string {
  const cps = Array.from(s);
  return cps.length <= max ? s : cps.slice(0, Math.max(0, max - 1)).join('') + '…';
}

export interface EscapeOptions {
  /** Longest visible length, in code points, before truncation (default 300). */
  max?: number;
}

/**
 * Punctuation that can start or end Markdown syntax anywhere in a line: code, emphasis,
 * strikethrough, links and images, HTML and entities, table pipes, math ($), headings and
 * references (#). Full stops, commas, colons, slashes and quotes stay readable in a terminal.
 */
const INLINE_SYNTAX = /[\\`*_[\]<>&|~!(){}#@$]/g;
/** What turns the start of a list item or line into a block: `- `, `+ `, `= `, `1. `, `1) `. */
const BLOCK_START = /^(\s*)([-+=]|\d+(?=[.)]))/;

/**
 * Plain inline text: paragraphs, list items, table cells, link text. Markdown syntax characters
 * are backslash-escaped (no emphasis, links, images, HTML, comments, code spans, table pipes,
 * math), a block-starting first character is escaped, and GitHub's text rewrites (mentions,
 * references, emoji, autolinks) are broken with a word joiner.
 */
export function escapeText(raw: string, o: EscapeOptions = {}): string {
  const visible = truncate(makeVisible(raw), o.max ?? 300);
  return visible
    .replace(INLINE_SYNTAX, (ch) => '\\' + ch)
    .replace(BLOCK_START, (_m, sp: string, lead: string) => (/\d/.test(lead) ? `${sp}${lead}\\` : `${sp}\\${lead}`))
    .replace(/\\([@#])/g, `\\$1${WORD_JOINER}`)
    .replace(/:/g, `:${WORD_JOINER}`)
    .replace(/\b(gh)-/gi, `$1${WORD_JOINER}-`)
    .replace(/\b(www)\./gi, `$1${WORD_JOINER}.`);
}

/** Link text is inline text: the same rules keep brackets and parentheses from forming a link. */
export const escapeLinkText = escapeText;

export interface CodeSpanOptions extends EscapeOptions {
  /** Inside a GFM table row: `|` must be written `\|` even in a code span. */
  inTable?: boolean;
}

/**
 * A code span holding `raw` literally. The delimiter is one backtick longer than the longest run
 * inside, padded with a space when the content starts or ends with a backtick (CommonMark's
 * rule). An empty string is shown as an empty-looking span with a visible marker.
 */
export function codeSpan(raw: string, o: CodeSpanOptions = {}): string {
  let s = truncate(makeVisible(raw), o.max ?? 200);
  if (s === '') return '*(empty)*';
  // Spaces alone would be an invisible span: quote them.
  if (s.trim() === '') s = JSON.stringify(s);
  if (o.inTable) {
    // A table splits cells at a pipe unless an odd number of backslashes precedes it, and a code
    // span cannot escape its own backslashes: show a backslash before a pipe in the \u{} form.
    s = s.replace(/\\(?=\|)/g, '\\u{005C}').replace(/\|/g, '\\|');
  }
  const longest = Math.max(0, ...Array.from(s.matchAll(/`+/g), (m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  // CommonMark strips one space from each side when both have one, unless the content is all spaces.
  const pad = s.startsWith('`') || s.endsWith('`') || (s.startsWith(' ') && s.endsWith(' ') && s.trim() !== '') ? ' ' : '';
  return `${fence}${pad}${s}${pad}${fence}`;
}

/**
 * A sentence from the admission check (a violation, note, next step) that quotes untrusted
 * names between backticks, e.g. "path `a|b` is forbidden". Backtick-quoted parts become code
 * spans and the rest plain text, each escaped; if a quoted name itself holds a backtick the split
 * lands elsewhere, which changes the look but never the safety: every piece is escaped.
 */
export function escapeSentence(raw: string, o: CodeSpanOptions = {}): string {
  const max = o.max ?? 600;
  const parts = truncate(raw, max).split('`');
  // With an odd number of backticks the last one is unpaired: it stays literal text.
  const paired = parts.length % 2 === 1 ? parts.length : parts.length - 1;
  return parts
    .map((part, i) => {
      if (i % 2 === 0) return escapeText(part, { max });
      if (i < paired) return codeSpan(part, { max, inTable: o.inTable });
      return escapeText('`' + part, { max });
    })
    .join('');
}

/** For text inside raw HTML (e.g. `<summary>`), where Markdown is not parsed. */
export function escapeHtml(raw: string): string {
  return makeVisible(raw).replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}
