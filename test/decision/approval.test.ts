/**
 * The pieces of approval checking that are easy to get subtly wrong: time stamps and the hash of
 * the changed paths an approval can be scoped to. (The approval rules themselves are in the attack
 * suite, test/fixtures/attacks/approvals.json.)
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { changedPathsSha256, parseTimestamp } from '../../src/decision/index.js';

describe('parseTimestamp (RFC 3339 with a time zone)', () => {
  it.each([
    ['2026-11-29T09:00:00Z', Date.UTC(2026, 10, 29, 9)],
    ['2026-11-29t09:00:00z', Date.UTC(2026, 10, 29, 9)],
    ['2026-11-29T10:00:00+02:00', Date.UTC(2026, 10, 29, 8)],
    ['2026-11-29T08:00:00.250-00:30', Date.UTC(2026, 10, 29, 8, 30, 0, 250)],
    ['2028-02-29T00:00:00Z', Date.UTC(2028, 1, 29)],
    ['2026-02-29T00:00:00Z', null],
    ['2026-11-31T09:00:00Z', null],
    ['2026-11-29T24:00:00Z', null],
    ['2026-11-29T09:00:00', null],
    ['2026-11-29 09:00:00Z', null],
    ['2026-11-29T09:00:00+24:00', null],
    ['2026-11-29', null],
    ['tomorrow', null],
  ])('%s', (text, expected) => {
    expect(parseTimestamp(text)).toBe(expected);
  });

  it('refuses values that are not strings', () => {
    for (const v of [null, 0, Date.now(), new Date(), ['2026-11-29T09:00:00Z']]) expect(parseTimestamp(v)).toBeNull();
  });
});

describe('changedPathsSha256', () => {
  const sha = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

  it('hashes the sorted, de-duplicated, cleaned paths joined by newlines', () => {
    expect(changedPathsSha256(['package.json', './package-lock.json', '/package.json', 'docs//a.md', ' '])).toBe(
      sha('docs/a.md\npackage-lock.json\npackage.json'),
    );
    expect(changedPathsSha256('package.json')).toBe(sha('package.json'));
    expect(changedPathsSha256([])).toBe(sha(''));
  });

  it('sorts by code point, not by UTF-16 unit', () => {
    expect(changedPathsSha256(['\u{1F600}.md', '\uFF21.md'])).toBe(sha('\uFF21.md\n\u{1F600}.md'));
  });

  it('gives null when the paths cannot all be cleaned', () => {
    for (const bad of [['a/../b'], ['a\\b'], [5], { a: 1 }, 7]) expect(changedPathsSha256(bad)).toBeNull();
  });
});
