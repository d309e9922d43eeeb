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

/** Characters of the base64 and base64url alphabets (padding handled separately). */
const ALPHABET = new Uint8Array(128);
for (const ch of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/_-')
  ALPHABET[ch.charCodeAt(0)] = 1;
const EQUALS = 61;
const MIN_RUN = 20;
const ESCAPE = /%[0-9A-Fa-f]{2}/g;
const URL_TOKEN_CHAR = /[A-Za-z0-9._~+%-]/;
const MAX_CANDIDATE = 64 * 1024;
const MAX_CANDIDATES_PER_TEXT = 5000;

/** Encoded spans of the text whose decoded form is readable text. */
export function encodedSpans(text: string): EncodedSpan[] {
  const spans: EncodedSpan[] = [];
  let seen = 0;
  // One pass over the characters finds alphabet runs: several times faster than a regex here.
  const length = text.length;
  let start = -1;
  for (let i = 0; i <= length; i++) {
    const c = i < length ? text.charCodeAt(i) : 0;
    if (c < 128 && ALPHABET[c] === 1) {
      if (start < 0) start = i;
      continue;
    }
    if (start < 0) continue;
    let end = i;
    while (end < length && end - i < 2 && text.charCodeAt(end) === EQUALS) end++;
    const runStart = start;
    start = -1;
    if (end - runStart < MIN_RUN || end - runStart > MAX_CANDIDATE) continue;
    const encoded = text.slice(runStart, end);
    if (!plausibleBase64(encoded)) continue;
    if (++seen > MAX_CANDIDATES_PER_TEXT) break;
    const decoded = decodeBase64Text(encoded);
    if (decoded !== undefined) spans.push({ encoding: 'base64', start: runStart, end, decoded });
  }
  if (text.includes('%')) spans.push(...urlEncodedSpans(text));
  return spans;
}

/** Tokens holding at least two %XX escapes, found from the escapes outwards. */
function urlEncodedSpans(text: string): EncodedSpan[] {
  const spans: EncodedSpan[] = [];
  ESCAPE.lastIndex = 0;
  for (let match = ESCAPE.exec(text); match; match = ESCAPE.exec(text)) {
    let start = match.index;
    while (start > 0 && URL_TOKEN_CHAR.test(text[start - 1]!)) start--;
    let end = match.index + 3;
    while (end < text.length && URL_TOKEN_CHAR.test(text[end]!)) end++;
    ESCAPE.lastIndex = end;
    const encoded = text.slice(start, end);
    if (encoded.length > MAX_CANDIDATE || (encoded.match(/%[0-9A-Fa-f]{2}/g)?.length ?? 0) < 2)
      continue;
    let decoded: string;
    try {
      decoded = decodeURIComponent(encoded.replace(/\+/g, ' '));
    } catch {
      continue;
    }
    if (decoded !== encoded) spans.push({ encoding: 'url', start, end, decoded });
  }
  return spans;
}

/**
 * Worth decoding: a whole number of base64 quanta (or unpadded base64url), a mixed alphabet, and
 * — since decoded text is ASCII — every quantum starting with a character worth less than 32.
 */
function plausibleBase64(value: string): boolean {
  const body = value.replace(/=+$/, '');
  if (value.includes('=') ? value.length % 4 !== 0 : body.length % 4 === 1) return false;
  if (!mixedAlphabet(body)) return false;
  for (let i = 0; i < body.length; i += 4) {
    const c = body.charCodeAt(i);
    // A-Z (0-25) and a-f (26-31) encode sextets below 32, i.e. bytes below 0x80.
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 102))) return false;
  }
  return true;
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
