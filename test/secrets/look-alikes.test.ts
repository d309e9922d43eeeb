import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isLowVariety } from '../../src/checks/secrets/rules/look-alikes.js';

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
});
