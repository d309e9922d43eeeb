import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { orderFindings, type Finding } from '../../src/report/model.js';
import { compareUtf8 } from '../../src/util/order.js';

describe('compareUtf8', () => {
  it('orders like the UTF-8 bytes (LC_ALL=C sort), astral characters included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'grapheme' }), (a, b) => {
        const expected = Math.sign(Buffer.compare(Buffer.from(a), Buffer.from(b)));
        expect(Math.sign(compareUtf8(a, b))).toBe(expected);
      }),
      { numRuns: 2000 },
    );
    expect(compareUtf8('\u{1F600}', '\uFFFD')).toBeGreaterThan(0); // UTF-16 order says the opposite
  });
});

describe('findings order', () => {
  it('is byte order of the names, not a locale collation (which puts _x and a before B)', () => {
    const finding = (file: string, rule = 'r'): Finding => ({
      check: 'secrets',
      rule,
      severity: 'high',
      message: 'm',
      file,
      line: 1,
      column: 1,
      fingerprint: `${file}:${rule}`,
    });
    const files = ['a.txt', '_x.txt', 'B.txt', 'a.txt'];
    const ordered = orderFindings(files.map((f, i) => finding(f, i === 3 ? 'Z' : 'r')));
    expect(ordered.map((f) => `${f.file} ${f.rule}`)).toEqual([
      'B.txt r',
      '_x.txt r',
      'a.txt Z',
      'a.txt r',
    ]);
  });
});
