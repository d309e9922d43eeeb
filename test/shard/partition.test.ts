/**
 * The shard spec parser and the partition (src/shard/partition.ts), as properties: every item in
 * exactly one shard, the shards' counts and digests adding up to the whole, placement independent
 * of listing order, and "stable when files are added": adding files never moves a file, and going
 * from N to N+1 shards moves only files to the new shard.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDigests,
  blockOf,
  MAX_SHARDS,
  parseShard,
  shardOfPath,
  WorkList,
} from '../../src/shard/partition.js';
import { InputError } from '../../src/util/errors.js';

const paths = fc.uniqueArray(fc.stringMatching(/^[a-z0-9_.-]{1,8}(\/[a-z0-9_.-]{1,8}){0,3}$/), {
  minLength: 0,
  maxLength: 200,
});
const counts = fc.integer({ min: 1, max: 40 });

describe('parseShard', () => {
  it('accepts every I/N with 1 ≤ I ≤ N ≤ 256 and gives it back', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: MAX_SHARDS })
          .chain((n) => fc.tuple(fc.integer({ min: 1, max: n }), fc.constant(n))),
        ([i, n]) => {
          expect(parseShard(`${i}/${n}`)).toEqual({ index: i, count: n });
        },
      ),
    );
  });

  it('refuses everything else with an InputError, never a throw of another kind', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), (text) => {
        const valid = /^([1-9]\d*)\/([1-9]\d*)$/.exec(text);
        const ok = valid && Number(valid[1]) <= Number(valid[2]) && Number(valid[2]) <= MAX_SHARDS;
        if (ok) expect(parseShard(text).count).toBe(Number(valid![2]));
        else expect(() => parseShard(text)).toThrow(InputError);
      }),
    );
    for (const bad of [
      '0/1',
      '2/1',
      '1/257',
      '01/2',
      '1/02',
      '1 /2',
      '1/2 ',
      '+1/2',
      '1.0/2',
      '',
    ]) {
      expect(() => parseShard(bad)).toThrow(/--shard must be I\/N/);
    }
  });
});

describe('the file partition (rendezvous hashing)', () => {
  it('puts every file in exactly one shard, and the shards add up to the whole', () => {
    fc.assert(
      fc.property(paths, counts, (files, n) => {
        const lists = Array.from(
          { length: n },
          (_, i) => new WorkList({ index: i + 1, count: n }, 'files'),
        );
        const owners = files.map((file) => lists.filter((list) => list.take(file)).length);
        expect(owners.every((owned) => owned === 1)).toBe(true);
        const whole = lists[0]!.work;
        for (const list of lists) expect(list.work).toEqual(whole);
        expect(lists.reduce((sum, l) => sum + l.own.items, 0)).toBe(files.length);
        expect(addDigests(lists.map((l) => l.own.digest))).toBe(whole.digest);
      }),
    );
  });

  it('depends on the path alone: listing order does not matter', () => {
    fc.assert(
      fc.property(paths, counts, fc.integer(), (files, n, seed) => {
        const shuffled = [...files].sort(
          (a, b) => shardOfPath(`${seed}${a}`, 97) - shardOfPath(`${seed}${b}`, 97),
        );
        const a = new WorkList({ index: 1, count: n }, 'files');
        const b = new WorkList({ index: 1, count: n }, 'files');
        const ownA = files.filter((f) => a.take(f)).sort();
        const ownB = shuffled.filter((f) => b.take(f)).sort();
        expect(ownB).toEqual(ownA);
        expect(b.work).toEqual(a.work);
        expect(b.own).toEqual(a.own);
      }),
    );
  });

  it('is stable when files are added: no existing file changes shard', () => {
    fc.assert(
      fc.property(paths, paths, counts, (before, added, n) => {
        const placed = new Map(before.map((f) => [f, shardOfPath(f, n)]));
        for (const file of [...before, ...added])
          if (placed.has(file)) expect(shardOfPath(file, n)).toBe(placed.get(file));
      }),
    );
  });

  it('going from N to N+1 shards moves files only to the new shard', () => {
    fc.assert(
      fc.property(paths, counts, (files, n) => {
        for (const file of files) {
          const after = shardOfPath(file, n + 1);
          if (after !== n + 1) expect(after).toBe(shardOfPath(file, n));
        }
      }),
    );
  });

  it('spreads files (and so bytes) evenly: 20,000 paths on 4 and 16 shards', () => {
    const files = Array.from(
      { length: 20_000 },
      (_, i) => `dir${i % 97}/sub${i % 13}/file-${i}.txt`,
    );
    for (const n of [4, 16]) {
      const per = new Array<number>(n).fill(0);
      for (const file of files) per[shardOfPath(file, n) - 1]!++;
      const mean = files.length / n;
      // Binomial spread: 5 standard deviations either side.
      const slack = 5 * Math.sqrt(mean);
      for (const count of per) expect(Math.abs(count - mean)).toBeLessThan(slack);
    }
  });
});

describe('the commit partition (contiguous blocks)', () => {
  it('covers 0..total once, in order, with blocks differing by at most one', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5000 }), counts, (total, n) => {
        let next = 0;
        const sizes: number[] = [];
        for (let i = 1; i <= n; i++) {
          const { start, end } = blockOf(total, { index: i, count: n });
          expect(start).toBe(next);
          expect(end).toBeGreaterThanOrEqual(start);
          sizes.push(end - start);
          next = end;
        }
        expect(next).toBe(total);
        expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
      }),
    );
  });
});
