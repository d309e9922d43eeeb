/** Standard input is read whole up to a limit, and never past it. */
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readStdin } from '../../src/util/stdin.js';

describe('readStdin', () => {
  it('returns every byte up to the limit, undefined past it, whatever the chunking', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.uint8Array({ maxLength: 64 }), { maxLength: 20 }),
        fc.nat(600),
        async (chunks, limit) => {
          const all = Buffer.concat(chunks.map((c) => Buffer.from(c)));
          const read = await readStdin(Readable.from(chunks.map((c) => Buffer.from(c))), limit);
          if (all.length > limit) expect(read).toBeUndefined();
          else expect(read?.equals(all)).toBe(true);
        },
      ),
    );
  });

  it('stops reading an endless stream at the first byte past the limit', async () => {
    let produced = 0;
    const endless = new Readable({
      read() {
        produced += 1024;
        this.push(Buffer.alloc(1024, 0x79));
      },
    });
    expect(await readStdin(endless, 10_000)).toBeUndefined();
    expect(produced).toBeLessThan(100_000);
  });
});
