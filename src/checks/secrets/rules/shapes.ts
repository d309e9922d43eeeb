/**
 * The two shapes most issuers' credentials take, as declarative pattern builders:
 * - `token`: a literal issuer prefix (`glpat-`, `HRKU-AA`, `sntryu_`) then a body whose alphabet
 *   and length the issuer documents; the prefix is the keyword and the public part of a mask;
 * - `named`: a value with no distinctive form (a UUID, 32 hex), recognised only beside the
 *   issuer's name (`HEROKU_API_KEY=…`, `"datadog_api_key": "…"`, `<SnykToken>…`).
 * Both carry the family-table metadata (family, formats, which peers detect it).
 */
import type { Severity } from '../../../report/model.js';
import { keyed, type Peer, type SecretPattern } from './factory.js';
import type { Trigger } from './keywords.js';

interface Common {
  name: string;
  title: string;
  family: string;
  /** Peers that detect the family: letters of `g` (gitleaks), `s` (secretlint), `t` (trufflehog). */
  by: string;
  severity?: Severity;
  /** Where the credential is revoked (help text); default: the family's console. */
  where?: string;
  formats: string;
  minEntropy?: number;
  allowHex?: boolean;
  allowUuid?: boolean;
  accept?: SecretPattern['accept'];
  supersedesPreset?: boolean;
}

export interface TokenSpec extends Common {
  /** Literal prefixes; any one starts the token. */
  prefixes: string[];
  /** Regex source of what follows the prefix (alphabet and length as documented). */
  body: string;
  /** Characters that may not touch the token on either side (default `A-Za-z0-9_-`). */
  edge?: string;
  /** Prefilter keywords (default: the prefixes). */
  keywords?: Trigger[];
}

export interface NamedSpec extends Common {
  /** Regex source of the key / variable names (case-insensitive). */
  key: string;
  keywords: Trigger[];
  /** Regex source of the value. */
  value: string;
  publicPrefixes?: string[];
}

const PEERS: Record<string, Peer> = { g: 'gitleaks', s: 'secretlint', t: 'trufflehog' };

export const peers = (letters: string): Peer[] =>
  [...letters].map((l) => PEERS[l]).filter((p): p is Peer => p !== undefined);

export const help = (where: string): string =>
  `Revoke or rotate it in ${where}, then load it from the CI secret store or the environment instead of the repository.`;

function common(spec: Common): Omit<SecretPattern, 'pattern' | 'keywords'> {
  return {
    name: spec.name,
    title: spec.title,
    help: help(spec.where ?? spec.family),
    severity: spec.severity ?? 'high',
    family: spec.family,
    formats: spec.formats,
    peers: peers(spec.by),
    ...(spec.minEntropy !== undefined ? { minEntropy: spec.minEntropy } : {}),
    ...(spec.allowHex ? { allowHex: true } : {}),
    ...(spec.allowUuid ? { allowUuid: true } : {}),
    ...(spec.accept ? { accept: spec.accept } : {}),
    ...(spec.supersedesPreset ? { supersedesPreset: true } : {}),
  };
}

export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

export function token(spec: TokenSpec): SecretPattern {
  const edge = spec.edge ?? String.raw`A-Za-z0-9_\-`;
  // `=` may end a base64 token but always precedes a value (`KEY=token`): never a leading edge.
  const lead = edge.replace('=', '');
  const prefixes = [...spec.prefixes].sort((a, b) => b.length - a.length);
  return {
    ...common(spec),
    keywords: spec.keywords ?? prefixes,
    pattern: new RegExp(
      String.raw`(?<![${lead}])(?<secret>(?:${prefixes.map(escapeRegex).join('|')})${spec.body})(?![${edge}])`,
      'dg',
    ),
    publicPrefixes: prefixes,
  };
}

/**
 * Any identifier holding the issuer's name and ending in a secret word (`HEROKU_DEPLOY_SECRET`,
 * `sentryToken`), except names of values meant to be public (`ALGOLIA_SEARCH_KEY`).
 */
function issuerKey(keywords: readonly Trigger[]): string | undefined {
  const issuers = keywords.filter(
    (k): k is string => typeof k === 'string' && /^[a-z][a-z0-9]{3,}$/.test(k),
  );
  if (issuers.length === 0) return undefined;
  return String.raw`(?:${issuers.join('|')})(?![\w.-]{0,24}?(?:public|publishable|search|anon|client[_-]?id|app[_-]?id))[\w.-]{0,20}?(?:key|token|secret|pat|password|passwd|credentials?)`;
}

export function named(spec: NamedSpec): SecretPattern {
  const broad = issuerKey(spec.keywords);
  return {
    ...common(spec),
    minEntropy: spec.minEntropy ?? 3,
    keywords: spec.keywords,
    pattern: keyed(broad ? `${spec.key}|${broad}` : spec.key, spec.value),
    ...(spec.publicPrefixes ? { publicPrefixes: spec.publicPrefixes } : {}),
  };
}

/** Value alphabets, as regex sources. */
export const HEX = (n: number | string): string => `[a-f0-9]{${n}}`;
export const ALNUM = (n: number | string): string => `[A-Za-z0-9]{${n}}`;
export const URLSAFE = (n: number | string): string => `[A-Za-z0-9_\\-]{${n}}`;
export const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

/** Family-table metadata for patterns written out in full: name → [family, formats, peers]. */
export function describe(
  patterns: SecretPattern[],
  meta: Record<string, [family: string, formats: string, by: string]>,
): SecretPattern[] {
  return patterns.map((p) => {
    const m = meta[p.name];
    return m && p.family === undefined
      ? { ...p, family: m[0], formats: m[1], peers: peers(m[2]) }
      : p;
  });
}
