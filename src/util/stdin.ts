/**
 * Standard input read whole, but never more than a limit: a `-` path must not let an endless pipe
 * (`yes | pipeguard secrets -`) fill memory. Reading stops at the first byte past the limit.
 */
import type { Readable } from 'node:stream';

/** The bytes of `input`, or undefined when it holds more than `limit` bytes. */
export async function readStdin(input: Readable, limit: number): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of input) {
    const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += bytes.length;
    if (size > limit) {
      input.destroy();
      return undefined;
    }
    chunks.push(bytes);
  }
  return Buffer.concat(chunks, size);
}
