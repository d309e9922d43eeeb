import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../src/util/sha256.js';
import { fingerprintOf } from '../../src/report/model.js';

describe('sha256Hex', () => {
  it('is the streamed SHA-256 of the UTF-8 bytes, lone surrogates included (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        expect(sha256Hex(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
      }),
    );
  });

  it('keeps fingerprints as the part-by-part hash made them (property)', () => {
    const part = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc.integer(),
      fc.constant(undefined),
    );
    fc.assert(
      fc.property(fc.array(part, { maxLength: 6 }), (parts) => {
        const hash = createHash('sha256');
        for (const p of parts) {
          const text = p === undefined ? '' : String(p);
          hash.update(`${text.length}:${text}\0`);
        }
        expect(fingerprintOf(...parts)).toBe(hash.digest('hex').slice(0, 32));
      }),
    );
  });
});
