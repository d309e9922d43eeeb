import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KeywordSet, leadingLiteral } from '../../src/checks/secrets/rules/keywords.js';

describe('keyword prefilter', () => {
  const naivePresent = (keywords: readonly string[], text: string): string[] =>
    keywords
      .filter((k) => (k === k.toLowerCase() ? asciiLower(text).includes(k) : text.includes(k)))
      .sort();

  it('finds exactly the keywords a naive search finds (property)', () => {
    // A small alphabet makes overlaps (`ab` inside `cab`, a keyword ending where another starts)
    // and repeated keywords frequent; upper case exercises exact keywords' confirmation.
    const keywordArb = fc.stringMatching(/^[a-cA-C_.-]{1,4}$/);
    fc.assert(
      fc.property(
        fc.uniqueArray(keywordArb, { minLength: 1, maxLength: 12 }),
        fc.stringMatching(/^[a-cA-C_.\- é\u212a]{0,200}$/),
        (keywords, text) => {
          const set = new KeywordSet(keywords);
          const found = [...set.present(text)].sort();
          expect(found, `${JSON.stringify(keywords)} in ${JSON.stringify(text)}`).toEqual(
            naivePresent(keywords, text),
          );
          // The automaton keeps no state between texts.
          expect([...set.present(text)].sort()).toEqual(found);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("reads a file's own UTF-8 bytes as it reads the text decoded from them (property)", () => {
    const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
    // Keywords among any code points (multi-byte ones around and between them), with or
    // without the BOM the decoder drops.
    const textArb = fc
      .array(fc.oneof(fc.stringMatching(/^[a-cA-C_.-]{0,6}$/), fc.string({ unit: 'binary' })), {
        maxLength: 30,
      })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.stringMatching(/^[a-cA-C_.-]{1,4}$/), { minLength: 1, maxLength: 12 }),
        textArb,
        fc.boolean(),
        (keywords, written, bom) => {
          const bytes = Buffer.concat([
            Buffer.from(bom ? [0xef, 0xbb, 0xbf] : []),
            Buffer.from(written, 'utf8'),
          ]);
          const text = strictUtf8.decode(bytes);
          const set = new KeywordSet(keywords);
          expect([...set.present(text, bytes)].sort()).toEqual(naivePresent(keywords, text));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('handles a large keyword set like the catalog (property)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.stringMatching(/^[a-zA-Z0-9_.:=~-]{2,12}$/), {
          minLength: 50,
          maxLength: 400,
        }),
        fc.array(fc.nat(), { maxLength: 20 }),
        fc.string({ unit: 'grapheme-ascii', maxLength: 400 }),
        (keywords, picks, filler) => {
          // Plant some keywords (in random case) so hits are not only chance.
          const planted = picks
            .map((n) => keywords[n % keywords.length]!)
            .map((k, i) => (i % 2 ? k.toUpperCase() : k))
            .join(filler.slice(0, 7));
          const text = filler + planted + filler;
          expect([...new KeywordSet(keywords).present(text)].sort()).toEqual(
            naivePresent(keywords, text),
          );
        },
      ),
      { numRuns: 200 },
    );
  });

  it('folds ASCII case only: a non-ASCII letter never stands for an ASCII one', () => {
    // U+212A KELVIN SIGN lowercases to "k", but rules match ASCII (no `u` flag): no trigger.
    expect([...new KeywordSet(['key']).present('\u212aey')]).toEqual([]);
    expect([...new KeywordSet(['key']).present('KeY')]).toEqual(['key']);
    expect(() => new KeywordSet(['clé'])).toThrow(/not ASCII/);
  });

  it('tests regex triggers on their own and ignores empty keywords', () => {
    const re = /:\/\/[^@\s]+@/;
    const set = new KeywordSet(['', 'AKIA', re]);
    expect([...set.present('see https://u:p@host')]).toEqual([re]);
    expect([...set.present('akia AKIA')]).toEqual(['AKIA']);
  });

  it('reads the literal a regex trigger starts with only where its source shows it plainly', () => {
    expect(leadingLiteral(/:\/\/[^\s/@:]{1,256}:[^\s/@]{1,256}@/)).toBe('://');
    expect(leadingLiteral(/api\.example\.com\/v[0-9]/)).toBe('api.example.com/v');
    // A quantified character may be absent; alternation and case folding leave no literal.
    expect(leadingLiteral(/abc?d/)).toBe('ab');
    expect(leadingLiteral(/ab{0,2}c/)).toBeUndefined();
    expect(leadingLiteral(/abc|xyz/)).toBeUndefined();
    expect(leadingLiteral(/(?:abc)/)).toBeUndefined();
    expect(leadingLiteral(/abc/i)).toBeUndefined();
    expect(leadingLiteral(/ab\dc/)).toBe('ab');
    expect(leadingLiteral(/é:\/\//u)).toBeUndefined();
    expect(leadingLiteral(/(?<=x)abc/)).toBeUndefined();
  });

  it('tests a regex trigger exactly as a search of the whole text would (property)', () => {
    const patterns = [
      /:\/\/[^\s/@:]{1,256}:[^\s/@]{1,256}@/,
      /:\/\/[^\s/@:]{0,3}:[^\s/@]{3,5}@/,
      /ab?:\/\/x/,
      /a:b+:/m,
      /::|@@/,
    ];
    // Pieces, the literal among them often: texts where it occurs several times, matching at
    // some occurrences only.
    const textArb = fc
      .array(fc.constantFrom('://', '://', 'a', 'b', ':', '@', ' ', '/', 'x'), { maxLength: 40 })
      .map((pieces) => pieces.join(''));
    fc.assert(
      fc.property(textArb, (text) => {
        const set = new KeywordSet(patterns);
        const found = set.present(text);
        for (const pattern of patterns)
          expect(found.has(pattern), `${String(pattern)} in ${JSON.stringify(text)}`).toBe(
            pattern.test(text),
          );
      }),
      { numRuns: 2000 },
    );
  });
});

function asciiLower(text: string): string {
  return text.replace(/[A-Z]/g, (c) => c.toLowerCase());
}
