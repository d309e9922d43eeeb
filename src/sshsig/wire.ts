/**
 * The SSH wire encoding (RFC 4251 §5): uint32, length-prefixed strings and mpints. The reader is
 * bounded by the buffer it was given and throws SshFormatError on any overrun, so hostile input can
 * fail a parse but never read past its end or allocate more than it holds.
 */
export class SshFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SshFormatError';
  }
}

export class WireReader {
  private offset = 0;

  constructor(private readonly buffer: Buffer) {}

  get remaining(): number {
    return this.buffer.length - this.offset;
  }

  uint32(what: string): number {
    if (this.remaining < 4) throw new SshFormatError(`truncated ${what}`);
    const value = this.buffer.readUInt32BE(this.offset);
    this.offset += 4;
    return value;
  }

  raw(length: number, what: string): Buffer {
    if (this.remaining < length) throw new SshFormatError(`truncated ${what}`);
    const out = this.buffer.subarray(this.offset, this.offset + length);
    this.offset += length;
    return out;
  }

  /** A length-prefixed byte string. */
  string(what: string): Buffer {
    const length = this.uint32(what);
    return this.raw(length, what);
  }

  /** A length-prefixed string that must be printable ASCII (algorithm and namespace names). */
  text(what: string): string {
    const bytes = this.string(what);
    for (const byte of bytes) {
      if (byte < 0x20 || byte > 0x7e) throw new SshFormatError(`${what} is not printable ASCII`);
    }
    return bytes.toString('latin1');
  }

  /**
   * A non-negative mpint as its unsigned big-endian magnitude (leading zero bytes removed).
   * Negative values and non-minimal encodings are refused, as OpenSSH refuses them.
   */
  mpintPositive(what: string): Buffer {
    const bytes = this.string(what);
    if (bytes.length === 0) return bytes;
    if ((bytes[0]! & 0x80) !== 0) throw new SshFormatError(`${what} is negative`);
    if (bytes[0] === 0 && (bytes.length === 1 || (bytes[1]! & 0x80) === 0)) {
      throw new SshFormatError(`${what} has a needless leading zero`);
    }
    return bytes[0] === 0 ? bytes.subarray(1) : bytes;
  }

  /** Refuse trailing bytes: a signature or key blob must be exactly what it claims. */
  end(what: string): void {
    if (this.remaining !== 0)
      throw new SshFormatError(`${this.remaining} trailing byte(s) after ${what}`);
  }
}

/** `string` in wire encoding: uint32 length then the bytes. */
export function sshString(data: Buffer | string): Buffer {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'latin1') : data;
  const length = Buffer.alloc(4);
  length.writeUInt32BE(bytes.length);
  return Buffer.concat([length, bytes]);
}
