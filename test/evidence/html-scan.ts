/**
 * Renders evidence Markdown as GitHub would (marked, GFM) and takes the HTML apart: tags, HTML
 * comments, tables (rows of cell texts), and the text GitHub's mention / reference / emoji
 * filters would see (everything outside <code> and <pre>).
 */
import { marked } from 'marked';

export function renderGfm(markdown: string): string {
  return marked.parse(markdown, { gfm: true, async: false });
}

export interface Tag {
  name: string;
  closing: boolean;
  attributes: string;
}

export interface HtmlScan {
  tags: Tag[];
  comments: string[];
  /** Text outside <code>/<pre>, entities decoded: what GitHub's text filters rewrite. */
  liveText: string;
  /** Each table: rows (header row first) of cell texts, entities decoded. */
  tables: string[][][];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

export function scanHtml(html: string): HtmlScan {
  const tags: Tag[] = [];
  const comments: string[] = [];
  const tables: string[][][] = [];
  let liveText = '';
  let codeDepth = 0;
  let row: string[] | null = null;
  let cell: string | null = null;
  const text = (t: string) => {
    const decoded = decodeEntities(t);
    if (codeDepth === 0) liveText += decoded;
    if (cell !== null) cell += decoded;
  };
  const re = /<!--([\s\S]*?)-->|<(\/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>/g;
  let last = 0;
  for (const m of html.matchAll(re)) {
    text(html.slice(last, m.index));
    last = m.index + m[0].length;
    if (m[1] !== undefined) {
      comments.push(m[0]);
      continue;
    }
    const tag = { name: m[3]!.toLowerCase(), closing: m[2] === '/', attributes: m[4]!.trim() };
    tags.push(tag);
    if (tag.name === 'code' || tag.name === 'pre') codeDepth += tag.closing ? -1 : 1;
    if (tag.name === 'table' && !tag.closing) tables.push([]);
    if (tag.name === 'tr') {
      if (tag.closing) {
        tables[tables.length - 1]!.push(row!);
        row = null;
      } else row = [];
    }
    if (tag.name === 'td' || tag.name === 'th') {
      if (tag.closing) {
        row!.push(cell!);
        cell = null;
      } else cell = '';
    }
  }
  text(html.slice(last));
  return { tags, comments, liveText, tables };
}
