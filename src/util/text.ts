/**
 * The text of a user's file (documents, configs, policies, exceptions, keys, manifests): UTF-8
 * only, as JSON (RFC 8259) and every tool after pipeguard expect. A UTF-16 file — what Windows
 * PowerShell 5 redirection and Notepad's "Unicode" write — is named as such, so the fix is
 * obvious, instead of failing as garbage; other bytes that are not UTF-8 are refused, never
 * silently replaced (what was validated must be what the next reader sees).
 */
import { isUtf8 } from 'node:buffer';
import { InputError } from './errors.js';

export const UTF16_NOT_SUPPORTED = 'UTF-16 is not supported; save as UTF-8';
export const NOT_UTF8 = 'is not valid UTF-8';

/**
 * The byte order of a UTF-16 text: a byte order mark (FF FE little-endian, FE FF big-endian), or
 * without one an ASCII first character, which UTF-16 writes as one zero and one non-zero byte
 * (RFC 4627 §3). UTF-8 text never starts with a zero byte next to a non-zero one.
 */
export function utf16ByteOrder(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes.length < 2) return undefined;
  const [first, second] = [bytes[0]!, bytes[1]!];
  if (first === 0xff && second === 0xfe) return 'utf-16le';
  if (first === 0xfe && second === 0xff) return 'utf-16be';
  if (first !== 0 && second === 0) return 'utf-16le';
  if (first === 0 && second !== 0) return 'utf-16be';
  return undefined;
}

/**
 * Decode as well as possible, and say what is wrong when it is not UTF-8: callers that report a
 * finding per file (validate) still look into the text, e.g. for a `$schema`.
 */
export function decodeText(bytes: Uint8Array): { text: string; problem?: string } {
  const order = utf16ByteOrder(bytes);
  if (order) return { text: new TextDecoder(order).decode(bytes), problem: UTF16_NOT_SUPPORTED };
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  return isUtf8(bytes) ? { text } : { text, problem: NOT_UTF8 };
}

/** The UTF-8 text of a user's file; UTF-16 or other bytes → InputError naming the file (exit 2). */
export function decodeUtf8(bytes: Uint8Array, file: string): string {
  const { text, problem } = decodeText(bytes);
  if (problem) throw new InputError(problem, file);
  return text;
}

/**
 * Offset → line and column (UTF-16 code units, as SARIF), with the line-start table built once per
 * text: `position` 0-based, `location` 1-based as reports show it.
 */
export class LineIndex {
  private readonly starts: number[] = [0];
  constructor(text: string) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }
  position(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, column: offset - this.starts[lo]! };
  }
  location(offset: number): { line: number; column: number } {
    const { line, column } = this.position(offset);
    return { line: line + 1, column: column + 1 };
  }
  text(text: string, line: number): string {
    const start = this.starts[line] ?? text.length;
    const next = this.starts[line + 1];
    return text.slice(start, next === undefined ? text.length : next - 1);
  }
}
