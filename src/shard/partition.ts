/**
 * `--shard I/N`: which part of the work a shard does, computed by every shard alone from the same
 * checkout, and digests that let `pipeguard report merge` prove the parts add up to the whole.
 *
 * - Files (secrets tree, validate) and manifests (checksums verify) are placed by rendezvous
 *   (highest-random-weight) hashing of their root-relative path: a path's shard depends on the path
 *   and N only. So the partition is the same whatever order the files are listed in, adding or
 *   removing files never moves any other file, and going from N to N+1 shards moves only the files
 *   the new shard wins (about 1/(N+1) of them). Bytes are balanced statistically: each file lands
 *   on a uniformly random shard, so with many files every shard gets close to 1/N of the bytes (the
 *   bench measures it). A greedy bin-packing by size would balance a few huge files better but moves
 *   files whenever one is added, and needs every file's size in every shard before the first read.
 * - Commits (secrets history) are split into N contiguous blocks of the range's commits in the
 *   order the scan reads them (oldest first): shard order is history order, so the merge keeps a
 *   secret's first occurrence exactly as an unsharded scan does.
 *
 * The work list's digest is additive: the SHA-256 of each item read as a 256-bit number, summed
 * modulo 2^256. It needs no sorting (it streams), it is the same for any listing order, and the
 * shards' sums add up to the full list's sum exactly when the shards' lists add up to the list.
 */
import { createHash } from 'node:crypto';
import { InputError } from '../util/errors.js';

export interface ShardSpec {
  /** 1-based. */
  index: number;
  count: number;
}

/** More shards than this is a typo (GitHub allows 256 jobs per matrix). */
export const MAX_SHARDS = 256;

/** `I/N` with 1 ≤ I ≤ N ≤ 256, both plain decimal integers without leading zeros. */
export function parseShard(value: string, label = '--shard'): ShardSpec {
  const match = /^([1-9]\d{0,2})\/([1-9]\d{0,2})$/.exec(value);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || index > count || count > MAX_SHARDS)
    throw new InputError(
      `${label} must be I/N with 1 ≤ I ≤ N ≤ ${MAX_SHARDS} (e.g. 2/4); got "${value}"`,
    );
  return { index, count };
}

/** The `shard` option value of a command (CLI flag or Action input), parsed; undefined when absent. */
export function shardOption(value: unknown): ShardSpec | undefined {
  if (value === undefined || value === '') return undefined;
  if (typeof value !== 'string') throw new InputError('--shard must be I/N (e.g. 2/4)');
  return parseShard(value);
}

function fmix32(value: number): number {
  let h = value;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** The 1-based shard a path belongs to among `count` (rendezvous hashing). */
export function shardOfPath(item: string, count: number): number {
  if (count === 1) return 1;
  const digest = createHash('sha256').update(item, 'utf8').digest();
  const a = digest.readUInt32BE(0);
  const b = digest.readUInt32BE(4);
  let best = 0;
  let bestScore = -1;
  for (let shard = 0; shard < count; shard++) {
    const score = fmix32(a ^ fmix32((b + Math.imul(shard + 1, 0x9e3779b9)) >>> 0));
    if (score > bestScore) {
      best = shard;
      bestScore = score;
    }
  }
  return best + 1;
}

/** The [start, end) positions of a shard's contiguous block of `total` ordered items. */
export function blockOf(total: number, spec: ShardSpec): { start: number; end: number } {
  return {
    start: Math.floor(((spec.index - 1) * total) / spec.count),
    end: Math.floor((spec.index * total) / spec.count),
  };
}

const MODULUS = 1n << 256n;

export function itemDigest(item: string): bigint {
  return BigInt(`0x${createHash('sha256').update(item, 'utf8').digest('hex')}`);
}

/** Hex of a sum of item digests, modulo 2^256. */
export function sumHex(sum: bigint): string {
  return (((sum % MODULUS) + MODULUS) % MODULUS).toString(16).padStart(64, '0');
}

/** The sum of several hex work digests (what the shards' lists add up to). */
export function addDigests(digests: readonly string[]): string {
  let sum = 0n;
  for (const d of digests) sum += BigInt(`0x${d}`);
  return sumHex(sum);
}

export interface WorkCount {
  items: number;
  /** Additive digest of the items (see the module comment). */
  digest: string;
}

/**
 * Counts and digests a work list as it streams, and says which items are this shard's. Items are
 * namespaced by kind (`file:`, `manifest:`, `commit:`), so two lists can never be confused.
 */
export class WorkList {
  private all = 0n;
  private mine = 0n;
  private allItems = 0;
  private mineItems = 0;

  constructor(
    readonly spec: ShardSpec,
    readonly kind: string,
  ) {}

  /** Records the item; true when it is this shard's (by path hash). */
  take(item: string): boolean {
    return this.record(item, shardOfPath(item, this.spec.count) === this.spec.index);
  }

  /** Records the item with a placement decided elsewhere (a contiguous block). */
  record(item: string, mine: boolean): boolean {
    const digest = itemDigest(`${this.kind}:${item}`);
    this.all += digest;
    this.allItems++;
    if (mine) {
      this.mine += digest;
      this.mineItems++;
    }
    return mine;
  }

  get work(): WorkCount {
    return { items: this.allItems, digest: sumHex(this.all) };
  }

  get own(): WorkCount {
    return { items: this.mineItems, digest: sumHex(this.mine) };
  }
}
