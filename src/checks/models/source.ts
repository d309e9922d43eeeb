/**
 * Random-access bytes for the parsers: a whole buffer (a zip member, a decompressed stream) or a
 * file read through a small window, so skipping a tensor payload is moving an offset, not reading
 * it. Synchronous: the parsers are plain loops, and one file is read at a time.
 */
import { readSync } from 'node:fs';

export interface ByteSource {
  readonly size: number;
  /** Up to `length` bytes at `position` (fewer at the end). Callers bound `length`. */
  read(position: number, length: number): Uint8Array;
  /** Bytes actually read from storage so far (for the benchmark's "payloads unread" claim). */
  readonly bytesRead: number;
}

export class BufferSource implements ByteSource {
  readonly size: number;
  bytesRead = 0;
  constructor(private readonly bytes: Uint8Array) {
    this.size = bytes.length;
  }
  read(position: number, length: number): Uint8Array {
    const start = Math.max(0, Math.min(position, this.size));
    const end = Math.max(start, Math.min(this.size, position + length));
    this.bytesRead += end - start;
    return this.bytes.subarray(start, end);
  }
}

const WINDOW = 64 * 1024;

export class FileSource implements ByteSource {
  bytesRead = 0;
  private window = Buffer.alloc(WINDOW);
  private windowStart = 0;
  private windowLength = 0;
  private fills = 0;
  constructor(
    private readonly fd: number,
    readonly size: number,
  ) {}

  read(position: number, length: number): Uint8Array {
    if (position < 0 || position >= this.size || length <= 0) return new Uint8Array(0);
    const wanted = Math.min(length, this.size - position);
    if (position >= this.windowStart && position + wanted <= this.windowStart + this.windowLength) {
      const from = position - this.windowStart;
      return this.window.subarray(from, from + wanted);
    }
    if (wanted > WINDOW) {
      const out = Buffer.alloc(wanted);
      const got = this.fill(out, position);
      return out.subarray(0, got);
    }
    // The first read is usually the magic bytes only: a small fill, so a file whose format is
    // told by its first bytes (or is no model at all) costs one page, not a window.
    this.windowStart = position;
    const fillSize = this.fills++ === 0 ? Math.max(wanted, 4096) : WINDOW;
    this.windowLength = this.fill(this.window.subarray(0, fillSize), position);
    return this.window.subarray(0, Math.min(wanted, this.windowLength));
  }

  private fill(target: Buffer, position: number): number {
    let got = 0;
    const want = Math.min(target.length, this.size - position);
    while (got < want) {
      const n = readSync(this.fd, target, got, want - got, position + got);
      if (n === 0) break;
      got += n;
    }
    this.bytesRead += got;
    return got;
  }
}
