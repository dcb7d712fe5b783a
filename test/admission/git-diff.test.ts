import { describe, expect, it } from 'vitest';
import { parseRawNumstat } from '../../src/git/diff.js';

const z = (...fields: string[]) => Buffer.from(fields.join('\0') + '\0');
const oid = (c: string) => c.repeat(40);

describe('parseRawNumstat (git diff-tree -r -z --raw --numstat)', () => {
  it('zips raw records with numstat records: renames, deletions, modes, binaries, submodules', () => {
    const out = z(
      `:100644 100644 ${oid('1')} ${oid('2')} R093`,
      'old/name.ts',
      'new/name.ts',
      `:100644 000000 ${oid('3')} ${oid('0')} D`,
      'gone.txt',
      `:100644 100755 ${oid('4')} ${oid('4')} M`,
      'bin/run',
      `:000000 160000 ${oid('0')} ${oid('5')} A`,
      'vendor/lib',
      `:120000 100644 ${oid('6')} ${oid('7')} T`,
      'link',
      `:100644 100644 ${oid('8')} ${oid('9')} M`,
      'logo.png',
      '2\t1\t',
      'old/name.ts',
      'new/name.ts',
      '0\t3\tgone.txt',
      '0\t0\tbin/run',
      '1\t0\tvendor/lib',
      '1\t1\tlink',
      '-\t-\tlogo.png',
    );
    expect(parseRawNumstat(out)).toEqual([
      {
        path: 'new/name.ts',
        previous_path: 'old/name.ts',
        status: 'renamed',
        additions: 2,
        deletions: 1,
        mode: '100644',
        previous_mode: '100644',
        binary: false,
      },
      {
        path: 'gone.txt',
        previous_path: null,
        status: 'removed',
        additions: 0,
        deletions: 3,
        mode: null,
        previous_mode: '100644',
        binary: false,
      },
      {
        path: 'bin/run',
        previous_path: null,
        status: 'modified',
        additions: 0,
        deletions: 0,
        mode: '100755',
        previous_mode: '100644',
        binary: false,
      },
      {
        path: 'vendor/lib',
        previous_path: null,
        status: 'added',
        additions: 1,
        deletions: 0,
        mode: '160000',
        previous_mode: null,
        binary: false,
      },
      {
        path: 'link',
        previous_path: null,
        status: 'type_changed',
        additions: 1,
        deletions: 1,
        mode: '100644',
        previous_mode: '120000',
        binary: false,
      },
      {
        path: 'logo.png',
        previous_path: null,
        status: 'modified',
        additions: 0,
        deletions: 0,
        mode: '100644',
        previous_mode: '100644',
        binary: true,
      },
    ]);
  });

  it('keeps paths with tabs, newlines and non-ASCII as they are (-z, no quoting)', () => {
    const weird = 'docs/a\tb\nc ü.md';
    expect(parseRawNumstat(z(`:000000 100644 ${oid('0')} ${oid('1')} A`, weird, `1\t0\t${weird}`))[0]!.path).toBe(weird);
  });

  it('an empty diff is an empty list', () => {
    expect(parseRawNumstat(Buffer.alloc(0))).toEqual([]);
  });

  it.each([
    ['a numstat record missing', z(`:100644 100644 ${oid('1')} ${oid('2')} M`, 'a')],
    ['numstat naming another path', z(`:100644 100644 ${oid('1')} ${oid('2')} M`, 'a', '1\t0\tb')],
    ['an extra numstat record', z(`:100644 100644 ${oid('1')} ${oid('2')} M`, 'a', '1\t0\ta', '1\t0\tb')],
    ['a malformed count', z(`:100644 100644 ${oid('1')} ${oid('2')} M`, 'a', 'x\t0\ta')],
  ])('refuses output it cannot read fully: %s', (_name, out) => {
    expect(() => parseRawNumstat(out)).toThrow();
  });
});
