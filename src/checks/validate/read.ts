/**
 * Read a document with its size checked before its bytes are read: an oversize file is refused
 * without ever being loaded. Synchronous on purpose: for thousands of small files one
 * open/fstat/read/close sequence per file beats the thread-pool round trips of fs.promises
 * several times over (measured in bench/validate).
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { MAX_DOCUMENT_BYTES } from '../../schema/document.js';
import { InputError } from '../../util/errors.js';

export type ReadResult = { text: string; bytes: Buffer } | { oversize: number };

export function readBounded(
  absolute: string,
  display: string,
  limit = MAX_DOCUMENT_BYTES,
): ReadResult {
  let fd: number;
  try {
    fd = openSync(absolute, 'r');
  } catch (error) {
    throw unreadable(error, display);
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw new InputError('is a directory, not a document', display);
    if (stat.size > limit) return { oversize: stat.size };
    // Files can grow between fstat and read: read up to one byte past the cap to notice.
    let buffer = Buffer.allocUnsafe(Math.min(stat.size, limit) + 1);
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (buffer.length > limit) return { oversize: length };
        const bigger = Buffer.allocUnsafe(Math.min(buffer.length * 2, limit + 1));
        buffer.copy(bigger, 0, 0, length);
        buffer = bigger;
      }
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
    }
    if (length > limit) return { oversize: length };
    const bytes = buffer.subarray(0, length);
    return { text: bytes.toString('utf8'), bytes };
  } catch (error) {
    throw error instanceof InputError ? error : unreadable(error, display);
  } finally {
    closeSync(fd);
  }
}

function unreadable(error: unknown, display: string): InputError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new InputError('no such file', display);
  if (code === 'EISDIR') return new InputError('is a directory, not a document', display);
  return new InputError(`cannot be read${code ? ` (${code})` : ''}`, display);
}
