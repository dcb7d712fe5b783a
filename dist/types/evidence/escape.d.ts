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
export declare const WORD_JOINER = "\u2060";
/**
 * Writes invisible characters in JSON text as \uXXXX escapes (the same JSON value), so a
 * record shown in a code block cannot hide or reorder what is read.
 */
export declare function escapeInvisibleInJson(json: string): string;
/** Replaces every control, bidi and invisible character with a visible `\n` / `\u{202E}` form. */
export declare function makeVisible(s: string): string;
/** Cuts a string to `max` code points, marking the cut with an ellipsis. */
export declare function truncate(s: string, max: number): string;
export interface EscapeOptions {
    /** Longest visible length, in code points, before truncation (default 300). */
    max?: number;
}
/**
 * Plain inline text: paragraphs, list items, table cells, link text. Markdown syntax characters
 * are backslash-escaped (no emphasis, links, images, HTML, comments, code spans, table pipes,
 * math), a block-starting first character is escaped, and GitHub's text rewrites (mentions,
 * references, emoji, autolinks) are broken with a word joiner.
 */
export declare function escapeText(raw: string, o?: EscapeOptions): string;
/** Link text is inline text: the same rules keep brackets and parentheses from forming a link. */
export declare const escapeLinkText: typeof escapeText;
export interface CodeSpanOptions extends EscapeOptions {
    /** Inside a GFM table row: `|` must be written `\|` even in a code span. */
    inTable?: boolean;
}
/**
 * A code span holding `raw` literally. The delimiter is one backtick longer than the longest run
 * inside, padded with a space when the content starts or ends with a backtick (CommonMark's
 * rule). An empty string is shown as an empty-looking span with a visible marker.
 */
export declare function codeSpan(raw: string, o?: CodeSpanOptions): string;
/**
 * A sentence from the admission check (a violation, note, next step) that quotes untrusted
 * names between backticks, e.g. "path `a|b` is forbidden". Backtick-quoted parts become code
 * spans and the rest plain text, each escaped; if a quoted name itself holds a backtick the split
 * lands elsewhere, which changes the look but never the safety: every piece is escaped.
 */
export declare function escapeSentence(raw: string, o?: CodeSpanOptions): string;
/** For text inside raw HTML (e.g. `<summary>`), where Markdown is not parsed. */
export declare function escapeHtml(raw: string): string;
