/**
 * Encoded values worth a second look: base64 (Kubernetes Secret `data:`, `.dockerconfigjson`,
 * `_auth`, basic-auth headers) and URL-encoding. Each candidate is decoded once (and its decoded
 * text once more, for the base64-in-base64 of docker configs); only text-like results are kept.
 */

export type Encoding = 'base64' | 'url';

export interface EncodedSpan {
  encoding: Encoding;
  /** Offsets of the encoded text in the scanned text. */
  start: number;
  end: number;
  decoded: string;
}

const BASE64_RUN =
  /(?<![A-Za-z0-9+/=_-])(?:[A-Za-z0-9+/]{4}){5,}(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?(?![A-Za-z0-9+/=_-])|(?<![A-Za-z0-9+/=_-])(?:[A-Za-z0-9_-]{4}){5,}(?:[A-Za-z0-9_-]{2,3})?(?![A-Za-z0-9+/=_-])/g;
const URL_ENCODED = /[A-Za-z0-9._~+-]*(?:%[0-9A-Fa-f]{2}[A-Za-z0-9._~+-]*){2,}/g;
const MAX_CANDIDATE = 64 * 1024;
const MAX_CANDIDATES_PER_TEXT = 5000;

/** Encoded spans of the text whose decoded form is readable text. */
export function encodedSpans(text: string): EncodedSpan[] {
  const spans: EncodedSpan[] = [];
  let seen = 0;
  for (const match of text.matchAll(BASE64_RUN)) {
    if (++seen > MAX_CANDIDATES_PER_TEXT) break;
    const encoded = match[0];
    if (encoded.length > MAX_CANDIDATE || !mixedAlphabet(encoded)) continue;
    const decoded = decodeBase64Text(encoded);
    if (decoded !== undefined)
      spans.push({
        encoding: 'base64',
        start: match.index ?? 0,
        end: (match.index ?? 0) + encoded.length,
        decoded,
      });
  }
  if (text.includes('%')) {
    for (const match of text.matchAll(URL_ENCODED)) {
      const encoded = match[0];
      if (encoded.length > MAX_CANDIDATE) continue;
      let decoded: string;
      try {
        decoded = decodeURIComponent(encoded.replace(/\+/g, ' '));
      } catch {
        continue;
      }
      if (decoded !== encoded)
        spans.push({
          encoding: 'url',
          start: match.index ?? 0,
          end: (match.index ?? 0) + encoded.length,
          decoded,
        });
    }
  }
  return spans;
}

/** Identifiers and paths are base64-alphabet too; encoded data mixes cases and digits. */
function mixedAlphabet(value: string): boolean {
  return (
    /[a-z]/.test(value) &&
    /[A-Z]/.test(value) &&
    /[0-9+/]/.test(value) &&
    !/^[A-Za-z]+(?:\/[A-Za-z]+)+$/.test(value)
  );
}

/** base64 or base64url → UTF-8 text, or undefined when the bytes are not text. */
export function decodeBase64Text(encoded: string): string | undefined {
  const bytes = Buffer.from(encoded.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
  if (bytes.length < 12) return undefined;
  let printable = 0;
  for (const byte of bytes) {
    if (byte === 0) return undefined;
    if (byte >= 0x20 || byte === 9 || byte === 10 || byte === 13) printable++;
  }
  if (printable / bytes.length < 0.97) return undefined;
  const text = bytes.toString('utf8');
  // Mostly-ASCII: secrets and the configs that carry them are ASCII; binary that happens to be >0x20 is not.
  let ascii = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) < 0x7f) ascii++;
  return ascii / text.length >= 0.9 ? text : undefined;
}
