/**
 * Case folding for the case-insensitive path rules (spec "Paths"). Two readings, both applied to
 * pattern and path alike:
 * - `caseFold`: Python's str.casefold(), from a table generated from Python (case-fold-table.ts),
 *   so "ß" is "ss", "ſ" is "s", the Kelvin sign is "k" and "İ" is "i" + U+0307;
 * - `lookalikeFold`: casefold, then the letters a reader takes for "i" ("ı", "i" + U+0307) as "i",
 *   then JavaScript's lowercasing (which also covers letters newer than the table).
 * A forbidden pattern forbids a path when it does under either reading (or as written): each
 * reading only adds to what is forbidden.
 */
import { CASE_FOLD_TABLE } from './case-fold-table.js';

let table: Map<number, string> | null = null;

function foldTable(): Map<number, string> {
  if (table !== null) return table;
  const t = new Map<number, string>();
  for (const entry of CASE_FOLD_TABLE.split(';')) {
    if (entry === '') continue;
    const [cp, folded] = entry.split(':') as [string, string];
    t.set(parseInt(cp, 16), String.fromCodePoint(...folded.split(' ').map((h) => parseInt(h, 16))));
  }
  return (table = t);
}

const NON_ASCII = /[\u0080-\uffff]/;

/** True when the string holds a character outside ASCII. */
export function hasNonAscii(s: string): boolean {
  return NON_ASCII.test(s);
}

/** Python's str.casefold(). */
export function caseFold(s: string): string {
  if (!NON_ASCII.test(s)) return s.toLowerCase();
  const t = foldTable();
  let out = '';
  for (const ch of s) {
    const f = t.get(ch.codePointAt(0)!);
    out += f ?? ch;
  }
  return out;
}

const DOTTED_I = /i\u0307/g;
const DOTLESS_I = /\u0131/g;

/** casefold, then "ı" and "i" + U+0307 (the fold of "İ") as "i", then lowercased. */
export function lookalikeFold(s: string): string {
  const f = caseFold(s);
  if (!NON_ASCII.test(f)) return f;
  return f.replace(DOTTED_I, 'i').replace(DOTLESS_I, 'i').toLowerCase();
}
