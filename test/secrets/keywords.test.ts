import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KeywordSet, trie } from '../../src/checks/secrets/rules/keywords.js';

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

  it('the prefix-tree regex matches the longest keyword at a position, like a longest-first alternation (property)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.stringMatching(/^[ab.$-]{1,5}$/), { minLength: 1, maxLength: 10 }),
        fc.stringMatching(/^[ab.$ -]{0,60}$/),
        (keywords, text) => {
          const longestFirst = [...keywords].sort((a, b) => b.length - a.length);
          const alternation = new RegExp(
            longestFirst.map((k) => k.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&')).join('|'),
            'g',
          );
          const tree = new RegExp(trie(keywords), 'g');
          for (let at = 0; at <= text.length; at++) {
            alternation.lastIndex = at;
            tree.lastIndex = at;
            const a = alternation.exec(text);
            const b = tree.exec(text);
            expect(
              b?.index,
              `${JSON.stringify(keywords)} in ${JSON.stringify(text)} at ${at}`,
            ).toBe(a?.index);
            // At the same start, both take the longest keyword that matches there.
            expect(b?.[0]).toBe(a?.[0]);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('tests regex triggers on their own and ignores empty keywords', () => {
    const re = /:\/\/[^@\s]+@/;
    const set = new KeywordSet(['', 'AKIA', re]);
    expect([...set.present('see https://u:p@host')]).toEqual([re]);
    expect([...set.present('akia AKIA')]).toEqual(['AKIA']);
  });
});
