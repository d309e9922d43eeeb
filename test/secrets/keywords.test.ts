import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KeywordSet } from '../../src/checks/secrets/rules/keywords.js';

describe('keyword prefilter', () => {
  it('finds exactly the keywords a naive search finds (property)', () => {
    const keywordArb = fc.stringMatching(/^[a-cA-C_.-]{1,4}$/);
    fc.assert(
      fc.property(
        fc.uniqueArray(keywordArb, { minLength: 1, maxLength: 12 }),
        fc.stringMatching(/^[a-cA-C_.\- ]{0,200}$/),
        (keywords, text) => {
          const set = new KeywordSet(keywords);
          const found = set.present(text);
          for (const k of keywords) {
            const naive = k === k.toLowerCase() ? text.toLowerCase().includes(k) : text.includes(k);
            expect(found.has(k), `${k} in ${JSON.stringify(text)}`).toBe(naive);
          }
          // Asking twice (cached alternations) gives the same answer.
          expect([...set.present(text)].sort()).toEqual([...found].sort());
        },
      ),
      { numRuns: 500 },
    );
  });

  it('tests regex triggers on their own and ignores empty keywords', () => {
    const re = /:\/\/[^@\s]+@/;
    const set = new KeywordSet(['', 'AKIA', re]);
    expect([...set.present('see https://u:p@host')]).toEqual([re]);
    expect([...set.present('akia AKIA')]).toEqual(['AKIA']);
  });
});
