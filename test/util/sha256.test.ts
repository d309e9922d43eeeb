import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
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

describe('sha256Hex on a Node 20 without crypto.hash', () => {
  it('streams the same digest through createHash', async () => {
    vi.resetModules();
    vi.doMock('node:crypto', async (importOriginal) => {
      const real = await importOriginal<typeof import('node:crypto')>();
      return { ...real, hash: undefined };
    });
    try {
      const { sha256Hex: streamed } = await import('../../src/util/sha256.js');
      for (const text of ['', 'abc', 'é😀\ud800'])
        expect(streamed(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
    } finally {
      vi.doUnmock('node:crypto');
      vi.resetModules();
    }
  });
});
