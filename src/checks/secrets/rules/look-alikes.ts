/**
 * Values that look like secrets but are not: placeholders, documentation examples, references to
 * the environment or a secret store, digests, UUIDs, integrity hashes. Shared by pipeguard's own
 * rules and by the engine, which applies the same test to what secretlint's preset reports.
 */

/** Substrings that mark a documentation or template value (compared case-insensitively). */
const PLACEHOLDER_WORDS = [
  'example',
  'changeme',
  'change_me',
  'change-me',
  'placeholder',
  'redacted',
  'dummy',
  'sample',
  'your_',
  'your-',
  'yourkey',
  'yourtoken',
  'yoursecret',
  'yourpassword',
  'replace_me',
  'replaceme',
  'insert_',
  'xxxxxx',
  '******',
  '<your',
  'todo',
  'fixme',
];

/** `${VAR}`, `${{ secrets.X }}`, `{{ x }}`, `$(cmd)`, `%VAR%`, `@VAR@`, `$VAR`, `os.environ[…]`, `process.env.X`. */
const REFERENCE_PATTERNS: RegExp[] = [
  /\$\{[^}]*\}?/,
  /\{\{[^}]*\}?\}?/,
  /\$\([^)]*\)?/,
  /%[A-Za-z_][A-Za-z0-9_]*%/,
  /@[A-Z_][A-Z0-9_]*@/,
  /^\$[A-Za-z_][A-Za-z0-9_]*$/,
  /\bos\.environ\b|\bos\.getenv\b|\bprocess\.env\b|\bgetenv\(|\bENV\[|\bSystem\.getenv\b/,
  /<[A-Za-z_][^<>]*>/,
];

/** A character every reference pattern above needs: without one, none of them can match. */
const REFERENCE_CHAR = /[$%@<{.([]/;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const HEX_DIGEST =
  /^(?:[0-9a-f]{32}|[0-9a-f]{40}|[0-9a-f]{56}|[0-9a-f]{64}|[0-9a-f]{96}|[0-9a-f]{128})$/i;
const INTEGRITY = /^(?:sha1|sha256|sha384|sha512)-[A-Za-z0-9+/]+={0,2}$/;

export interface LookAlikeOptions {
  /** The rule's format is a UUID (npm legacy tokens, Pinecone legacy keys): do not drop UUIDs. */
  allowUuid?: boolean;
  /** The rule's format is bare hex (W&B, Twilio auth tokens): do not drop hex digests. */
  allowHex?: boolean;
}

/** True when the value is a placeholder, a reference, or a digest/UUID rather than a credential. */
export function isLookAlike(value: string, options: LookAlikeOptions = {}): boolean {
  if (value.length === 0) return true;
  if (value.includes('...') || value.includes('…')) return true;
  const lower = value.toLowerCase();
  if (PLACEHOLDER_WORDS.some((word) => lower.includes(word))) return true;
  if (REFERENCE_CHAR.test(value) && REFERENCE_PATTERNS.some((pattern) => pattern.test(value)))
    return true;
  if (!options.allowUuid && UUID.test(value)) return true;
  if (!options.allowHex && HEX_DIGEST.test(value)) return true;
  if (INTEGRITY.test(value)) return true;
  // Filler runs (`XXXX`, `0000`, `****`) in anything shorter than key material.
  if (value.length < 200 && /([xX0*#])\1{3,}/.test(value)) return true;
  return isLowVariety(value);
}

/**
 * Strict base64 (standard alphabet, padded) of UTF-8 text without control characters — one
 * trailing newline, as `echo value | base64` leaves, is dropped — else undefined.
 */
export function decodeBase64Value(encoded: string): string | undefined {
  if (encoded.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(encoded)) return undefined;
  const text = Buffer.from(encoded, 'base64')
    .toString('utf8')
    .replace(/\r?\n$/, '');
  return /[\x00-\x08\x0b-\x1f\x7f\ufffd]/.test(text) ? undefined : text;
}

/** A placeholder written base64-encoded (`cGxhY2Vob2xkZXI=`): encoded text that is a look-alike. */
export function isEncodedLookAlike(value: string): boolean {
  const text = decodeBase64Value(value);
  return text !== undefined && isLookAlike(text);
}

/**
 * Runs of one character, sequences such as `abcdefgh` or `12345678`, and values with very few
 * distinct characters: what people type when they fill a field with something that is not a key.
 */
export function isLowVariety(value: string): boolean {
  const body = value.replace(/^[a-z0-9]{1,8}[-_]/i, '');
  if (body.length >= 8 && fewerDistinctThan(body, Math.min(6, Math.ceil(body.length / 3))))
    return true;
  return hasSequentialRun(value, 8);
}

/**
 * Whether the value has fewer than `limit` distinct characters (code points, as a Set of them
 * counts): stops at the limit, where a Set of a 4,000-character value took every one of them.
 */
function fewerDistinctThan(value: string, limit: number): boolean {
  const seen: string[] = [];
  for (const ch of value) {
    if (seen.includes(ch)) continue;
    seen.push(ch);
    if (seen.length >= limit) return false;
  }
  return true;
}

function hasSequentialRun(value: string, length: number): boolean {
  let ascending = 1;
  let descending = 1;
  for (let i = 1; i < value.length; i++) {
    const step = value.charCodeAt(i) - value.charCodeAt(i - 1);
    ascending = step === 1 ? ascending + 1 : 1;
    descending = step === -1 ? descending + 1 : 1;
    if (ascending >= length || descending >= length) return true;
  }
  return false;
}

/** Per Latin-1 character: its count in the value being measured (zeroed again after each use). */
const latin1Counts = new Uint32Array(256);
/** The value's characters in order of first occurrence. */
const latin1Order = new Uint8Array(256);

/**
 * Shannon entropy in bits per character (code point). A value of Latin-1 characters (every
 * issuer's token) is counted in a table, about 20 times faster than a Map of characters (the
 * check runs on every candidate of a context-keyed rule), and summed in the Map's order (first
 * occurrence), so the result is the same double; any other value takes the Map.
 */
export function shannonEntropy(value: string): number {
  if (value.length === 0) return 0;
  let distinct = 0;
  let latin1 = true;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code > 0xff) {
      latin1 = false;
      break;
    }
    const count = latin1Counts[code]!;
    if (count === 0) latin1Order[distinct++] = code;
    latin1Counts[code] = count + 1;
  }
  let entropy = 0;
  for (let k = 0; k < distinct; k++) {
    const code = latin1Order[k]!;
    const p = latin1Counts[code]! / value.length;
    latin1Counts[code] = 0;
    entropy -= p * Math.log2(p);
  }
  return latin1 ? entropy : entropyOfCodePoints(value);
}

/** The same measure over code points (a surrogate pair is one character). */
function entropyOfCodePoints(value: string): number {
  const counts = new Map<string, number>();
  for (const ch of value) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let entropy = 0;
  for (const count of counts.values()) {
    const p = count / value.length;
    entropy -= p * Math.log2(p);
  }
  return entropy;
}
