/**
 * Located hits become Findings: masked (a public prefix at most, then a fixed mask that does not
 * reveal the length), fingerprinted by rule + path + SHA-256 of the secret (no line number, so a
 * moved line keeps its fingerprint and a different secret on the same line does not inherit it).
 */
import { fingerprintOf, type Finding } from '../../report/model.js';
import { sha256Hex } from '../../util/sha256.js';
import type { RuleEntry } from './catalog.js';
import { describeEncoding, type Encoding } from './decode.js';
import type { LocatedHit } from './scan-unit.js';

export const CHECK = 'secrets';
const MASK = '…[masked]';

export function secretDigest(secret: string): string {
  return sha256Hex(secret);
}

export function secretFingerprint(rule: string, file: string, secret: string): string {
  return fingerprintOf(CHECK, rule, file, secretDigest(secret));
}

/**
 * The one place a secret is masked: the longest of the rule's literal public prefixes the value
 * starts with (never a character count, which showed 4 secret characters of legacy `sk-…` OpenAI
 * keys), cut to a third of the value and 12 characters, then a fixed mask hiding the length.
 */
export function maskSecret(secret: string, publicPrefixes: readonly string[] = []): string {
  let prefix = '';
  for (const candidate of publicPrefixes)
    if (candidate.length > prefix.length && secret.startsWith(candidate)) prefix = candidate;
  const visible = Math.min(prefix.length, Math.floor(secret.length / 3), 12);
  return `${secret.slice(0, visible)}${MASK}`;
}

export interface HitInFile extends LocatedHit {
  path: string;
}

export function findingOf(hit: HitInFile, rule: RuleEntry): Finding {
  const where = hit.encoded ? ` inside a ${describeLayers(hit.encoded.layers)} value` : '';
  const when = hit.commit ? ` (added in commit ${hit.commit.slice(0, 12)})` : '';
  const shown = hit.binary
    ? 'in a binary key file'
    : maskSecret(hit.secret, hit.encoded ? [] : rule.publicPrefixes);
  return {
    check: CHECK,
    rule: rule.id,
    severity: rule.severity,
    message: `${rule.title}: ${shown}${where}${when}`,
    file: hit.path,
    line: hit.line,
    column: hit.column,
    endLine: hit.endLine,
    endColumn: hit.endColumn,
    fingerprint: secretFingerprint(rule.id, hit.path, hit.secret),
    remedy: rule.help,
  };
}

/** `base64-encoded`; nested: `base64-encoded value, then JSON-escaped` (outermost first). */
function describeLayers(layers: readonly Encoding[]): string {
  const [outer, ...inner] = layers.map(describeEncoding);
  return inner.length ? `${outer} value, then ${inner.join(', then ')}` : outer!;
}

/** The raw values to mask in logs for a hit: the secret, and the encoded text it was found in. */
export function rawValuesOf(hit: LocatedHit): string[] {
  if (hit.binary) return [];
  const values = hit.encoded ? [hit.secret, hit.encoded.text] : [hit.secret];
  // Log maskers match line by line: a multi-line value (a PEM key) is also registered per line.
  for (const value of [...values]) {
    if (!/[\r\n]|\\n/.test(value)) continue;
    for (const line of value.split(/\r?\n|\\n/)) {
      const trimmed = line.trim();
      if (trimmed.length >= 8 && !/^-----(?:BEGIN|END) /.test(trimmed)) values.push(trimmed);
    }
  }
  return [...new Set(values)];
}
