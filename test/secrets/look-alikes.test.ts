import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isLookAlike,
  isLowVariety,
  shannonEntropy,
} from '../../src/checks/secrets/rules/look-alikes.js';
import { genericSecrets } from '../../src/checks/secrets/rules/generic.js';

describe('look-alike filter', () => {
  it('counts distinct characters as a Set of code points does (property)', () => {
    // The definition's distinct part: a body (an issuer prefix such as `ab_` dropped) of 8
    // characters or more with fewer distinct code points than min(6, length / 3). (Neither
    // arbitrary below makes the sequential runs of 8 the filter also refuses.)
    const reference = (value: string): boolean => {
      const body = value.replace(/^[a-z0-9]{1,8}[-_]/i, '');
      return body.length >= 8 && new Set(body).size < Math.min(6, Math.ceil(body.length / 3));
    };
    // Few distinct characters (astral ones among them) make both verdicts frequent.
    const valueArb = fc
      .array(fc.constantFrom('a', 'b', 'c', 'X', '_', '0', '😀', '𝔸', 'é', 'd', 'e', 'f'), {
        maxLength: 60,
      })
      .map((chars) => chars.join(''));
    fc.assert(
      fc.property(fc.oneof(valueArb, fc.string({ unit: 'binary', maxLength: 40 })), (value) => {
        expect(isLowVariety(value), JSON.stringify(value)).toBe(reference(value));
      }),
      { numRuns: 3000 },
    );
  });

  it('measures entropy as a Map of code points does, to the same double (property)', () => {
    const reference = (value: string): number => {
      const counts = new Map<string, number>();
      for (const ch of value) counts.set(ch, (counts.get(ch) ?? 0) + 1);
      let entropy = 0;
      for (const count of counts.values()) {
        const p = count / value.length;
        entropy -= p * Math.log2(p);
      }
      return entropy;
    };
    const valueArb = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 80 }),
      fc.string({ unit: 'grapheme-ascii', maxLength: 200 }),
      fc.string({ unit: fc.constantFrom('a', 'B', '0', '=', 'é', '😀', '\ud800'), maxLength: 50 }),
    );
    fc.assert(
      fc.property(valueArb, (value) => {
        expect(Object.is(shannonEntropy(value), reference(value)), JSON.stringify(value)).toBe(
          true,
        );
      }),
      { numRuns: 3000 },
    );
  });

  it('skips the reference patterns only for values none of them can match (property)', () => {
    // The same verdicts as testing every pattern, on values rich in the patterns' characters.
    const chars = fc.constantFrom(
      ...'${}()%@<>.[]_AZaz09 \tENV'.split(''),
      'os.environ',
      'getenv(',
    );
    fc.assert(
      fc.property(
        fc.array(chars, { maxLength: 30 }),
        fc.string({ maxLength: 20 }),
        (parts, tail) => {
          const value = parts.join('') + tail;
          const withoutShortcut =
            /\$\{[^}]*\}?|\{\{[^}]*\}?\}?|\$\([^)]*\)?|%[A-Za-z_][A-Za-z0-9_]*%|@[A-Z_][A-Z0-9_]*@|^\$[A-Za-z_][A-Za-z0-9_]*$|\bos\.environ\b|\bos\.getenv\b|\bprocess\.env\b|\bgetenv\(|\bENV\[|\bSystem\.getenv\b|<[A-Za-z_][^<>]*>/;
          if (withoutShortcut.test(value))
            expect(isLookAlike(value, { allowHex: true, allowUuid: true }), value).toBe(true);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("reads the generic rule's key name as its regex did (property)", () => {
    const rule = genericSecrets([]).patterns[0]!;
    // A public word at any distance from the assignment, in a run of key characters or not.
    // (Runs of any length, evenly: fast-check's strings lean short.)
    const filler = fc.oneof(
      fc.integer({ min: 0, max: 90 }).map((n) => 'k_.-9'.repeat(18).slice(0, n)),
      fc.stringMatching(/^[a-z0-9_.\- \/é]{0,90}$/),
    );
    let compared = 0;
    fc.assert(
      fc.property(
        fc
          .tuple(filler, fc.constantFrom('public', 'anon', 'xyz'), filler)
          .map((parts) => parts.join('')),
        fc.constantFrom('max_tokens', 'db', 'PUBLISHABLE'),
        (prefix, key) => {
          // A value the rule would take but for the key's name: the verdict follows the name
          // the regex reads, the last 80 key characters before the assignment.
          const line = `${prefix}${key}_secret = "Zx9kQ2mP7vL4tR8wY3nB6cF1"`;
          rule.pattern.lastIndex = 0;
          const match = rule.pattern.exec(line);
          if (!match) return;
          const before = line
            .slice(Math.max(0, match.index - 80), match.index)
            .replace(/["'\]\s]+$/, '');
          const name = /[A-Za-z0-9_.-]{0,80}$/.exec(before)?.[0] ?? '';
          const publicName =
            /public|publishable|anon|csrf|xsrf|nonce|count|fake|mock|dummy|example|sample|(?:max|num|next|prev|page|cursor|continuation)[_-]?tokens?$/i.test(
              name,
            );
          expect(rule.accept!(match.groups!.secret!, match), line).toBe(!publicName);
          compared++;
        },
      ),
      { numRuns: 2000 },
    );
    expect(compared).toBeGreaterThan(1000);
  });
});
