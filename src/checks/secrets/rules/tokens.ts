/**
 * Issuer-neutral credential shapes: JSON Web Tokens (a well-formed header and payload; the risk
 * comes from the claims), credentials on a curl command line, and age secret keys. (Kubernetes
 * Secret manifests: kubernetes.ts; the engine also decodes their `data:` values, reporting the
 * issuer tokens inside.)
 */
import { patternRule, type SecretPattern } from './factory.js';
import { help, peers } from './shapes.js';

const DOCS = 'https://pipeguard.dev/docs/secrets#tokens';

const JWT =
  /(?<![A-Za-z0-9_.-])(?<secret>eyJ[A-Za-z0-9_-]{8,2000}\.eyJ[A-Za-z0-9_-]{8,8000}\.[A-Za-z0-9_-]{16,1000})(?![A-Za-z0-9_-])/dg;

/** Roles that make a token a server-side credential (Supabase, Hasura, Postgres-style APIs). */
const PRIVILEGED_ROLES = new Set(['service_role', 'supabase_admin', 'admin', 'service', 'root']);
const YEAR = 365 * 24 * 3600;

interface Claims {
  header: Record<string, unknown>;
  payload: Record<string, unknown>;
}

function decodeSegment(segment: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'));
    return value !== null && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/** A signed JWT: the header names an algorithm (not `none`) and the payload is a JSON object. */
export function jwtClaims(token: string): Claims | undefined {
  const [head, body] = token.split('.');
  const header = head ? decodeSegment(head) : undefined;
  const payload = body ? decodeSegment(body) : undefined;
  if (!header || !payload) return undefined;
  if (typeof header.alg !== 'string' || header.alg.toLowerCase() === 'none') return undefined;
  return { header, payload };
}

/**
 * A server-side or long-lived token: a privileged role (`service_role`), no expiry, or a lifetime
 * over a year. A public `anon` role is never long-lived in this sense.
 */
export function isLongLived({ payload }: Claims): boolean {
  const role = typeof payload.role === 'string' ? payload.role.toLowerCase() : '';
  if (role === 'anon') return false;
  if (PRIVILEGED_ROLES.has(role)) return true;
  const exp = payload.exp;
  if (typeof exp !== 'number') return true;
  const iat = typeof payload.iat === 'number' ? payload.iat : undefined;
  return iat !== undefined && exp - iat > YEAR;
}

const JWT_META = {
  family: 'JSON Web Token',
  peers: peers('gt'),
  keywords: ['eyJ'],
  pattern: JWT,
  // `eyJ` is base64 of `{"`: every JWT starts so.
  publicPrefixes: ['eyJ'],
};

/** Placeholder passwords on a command line. */
const CURL_PLACEHOLDERS = /^(?:pass(?:word)?|secret|token|pwd|user|admin|test|changeme)$/i;

const patterns: SecretPattern[] = [
  {
    ...JWT_META,
    name: 'jwt-long-lived',
    title: 'JSON Web Token (privileged or without expiry)',
    help: help(
      'the issuer (rotate the signing secret or the key, e.g. Supabase’s JWT secret, to invalidate it)',
    ),
    severity: 'high',
    formats:
      '`eyJ…` header `.` payload `.` signature with `service_role` / admin role, no `exp`, or a lifetime over a year',
    accept: (secret) => {
      const claims = jwtClaims(secret);
      return claims !== undefined && isLongLived(claims);
    },
  },
  {
    ...JWT_META,
    name: 'jwt',
    title: 'JSON Web Token',
    help: help('the issuer (a short-lived token expires by itself; revoke its session if you can)'),
    severity: 'medium',
    formats: '`eyJ…` header `.` payload `.` signature, signed, with an expiry',
    accept: (secret) => {
      const claims = jwtClaims(secret);
      return claims !== undefined && !isLongLived(claims);
    },
  },
  {
    name: 'curl-auth-header',
    title: 'Credential in a curl Authorization / API-key header',
    help: help('the API the header authenticates to; pass it with `-H @file` or an env var'),
    severity: 'high',
    family: 'curl command lines',
    formats: '`curl … -H "Authorization: Bearer|Token|Basic …"`, `X-API-Key:`, `PRIVATE-TOKEN:`',
    peers: peers('g'),
    keywords: ['curl'],
    pattern:
      /\bcurl\b[^\n]{0,400}?(?:-H|--header)\s*["']?(?:Authorization:\s*(?:Bearer|Token|Basic)|X-API-Key:|X-Auth-Token:|api-key:|PRIVATE-TOKEN:)[ \t]*(?<secret>[A-Za-z0-9._~+/=-]{16,1000})(?![A-Za-z0-9._~+/=-])/dgi,
    minEntropy: 3.5,
  },
  {
    name: 'curl-auth-user',
    title: 'Password in a curl --user argument',
    help: help('the server the password belongs to; use `--netrc-file` or an env var'),
    severity: 'high',
    family: 'curl command lines',
    formats: '`curl … -u user:password`',
    peers: peers('g'),
    keywords: ['curl'],
    pattern:
      /\bcurl\b[^\n]{0,400}?\s(?:-u|--user)\s*["']?[^:\s"'$]{1,64}:(?<secret>[^\s"'@$]{6,128})(?![^\s"'@])/dg,
    minEntropy: 2.8,
    accept: (secret) => !CURL_PLACEHOLDERS.test(secret),
  },
  {
    name: 'age-secret-key',
    title: 'age encryption secret key',
    help: help('everything encrypted to the key: re-encrypt to a new age key (`age-keygen`)'),
    severity: 'critical',
    family: 'age',
    formats: '`AGE-SECRET-KEY-1` + 58 bech32 chars',
    peers: peers('g'),
    keywords: ['AGE-SECRET-KEY-1'],
    pattern:
      /(?<![A-Za-z0-9])(?<secret>AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58})(?![A-Za-z0-9])/dg,
    publicPrefixes: ['AGE-SECRET-KEY-1'],
  },
];

export const tokens = patternRule('@pipeguard/secretlint-rule-tokens', DOCS, patterns);
