/**
 * Key material and passwords: every PEM private key form (PKCS#1/#8 including short ed25519 keys,
 * encrypted PKCS#8, EC, DSA, OpenSSH, PGP), JSON-escaped PEM, PuTTY keys, and database / broker
 * URLs or connection strings with a real password.
 */
import { patternRule, type SecretPattern } from './factory.js';
import { isLookAlike } from './look-alikes.js';
import { describe } from './shapes.js';

const DOCS = 'https://pipeguard.dev/docs/secrets#credentials';

const PEM_LABEL = String.raw`(?:(?:RSA|DSA|EC|OPENSSH|ENCRYPTED|PGP|SSH2 ENCRYPTED) )?PRIVATE KEY(?: BLOCK)?`;
/** The body may use real newlines, `\n` escapes (JSON, .env) or both; headers like `Proc-Type:` are allowed. */
const PEM_BLOCK = new RegExp(
  String.raw`(?<secret>-----BEGIN ${PEM_LABEL}-----(?:\\r|\\n|\r|\n|[ \t])+(?<body>[A-Za-z0-9+/=:,\- \t\r\n\\]{20,12000}?)-----END ${PEM_LABEL}-----)`,
  'dg',
);

/**
 * At least 40 base64 characters once escapes, whitespace and headers are removed, no `...`, and
 * the bytes of a key format.
 */
function realKeyBody(match: RegExpMatchArray): boolean {
  const body = match.groups?.body ?? '';
  const lines = body
    .replace(/\\r|\\n/g, '\n')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !/^[A-Za-z-]+:/.test(line));
  const base64 = lines.join('');
  if (base64.length < 40 || !/^[A-Za-z0-9+/=]+$/.test(base64)) return false;
  if (isLookAlike(base64)) return false;
  // Key material has a known start: a DER SEQUENCE, OpenSSH's or ssh.com's magic. PGP blocks and
  // legacy encrypted PEM (Proc-Type headers) carry other bytes.
  if (/PGP/.test(match[0].slice(0, 40)) || /Proc-Type:/.test(body)) return true;
  const head = Buffer.from(base64.slice(0, 24), 'base64');
  return (
    head[0] === 0x30 ||
    head.subarray(0, 14).toString('latin1') === 'openssh-key-v1' ||
    head.readUInt32BE(0) === 0x3f6ff9eb
  );
}

const patterns: SecretPattern[] = [
  {
    name: 'private-key',
    title: 'Private key',
    help: 'Treat the key as compromised: revoke or replace it (and any certificate issued for it), then load keys from a secret store or a mounted file outside the repository.',
    severity: 'critical',
    keywords: ['private key'],
    pattern: PEM_BLOCK,
    accept: (_secret, match) => realKeyBody(match),
  },
  {
    name: 'putty-private-key',
    title: 'PuTTY private key',
    help: 'Remove the key from the servers that trust it (authorized_keys) and generate a new one.',
    severity: 'critical',
    keywords: ['putty-user-key-file'],
    pattern:
      /(?<secret>PuTTY-User-Key-File-[23]: [^\r\n]+(?:\r?\n[^\r\n]*){2,12}?\r?\nPrivate-Lines: \d+(?:\r?\n[A-Za-z0-9+/=]+)+)/dg,
  },
  {
    name: 'database-url-password',
    title: 'Database or broker URL with a password',
    help: 'Change the password on the server, and build the URL at run time from a secret (e.g. `${DATABASE_PASSWORD}`).',
    severity: 'high',
    keywords: [/:\/\/[^\s/@:]{0,100}:[^\s/@]{3,200}@/],
    pattern:
      /(?<![A-Za-z0-9+])(?:rediss?|amqps?|mssql|sqlserver|mariadb|clickhouse|cockroachdb|couchdbs?|neo4j(?:\+s|\+ssc)?|bolt|db2|oracle|snowflake|postgres(?:ql)?\+[a-z0-9]+|mysql\+[a-z0-9]+|mongodb\+[a-z0-9]+):\/\/(?<user>[^:/\s@"'<>]{0,100}):(?<secret>[^@/\s"'<>]{3,200})@(?<host>[A-Za-z0-9.\-_[\]]{1,253})/dgi,
    accept: (secret, match) =>
      isRealPassword(secret) &&
      realDatabaseScheme(match[0]) &&
      !isDocumentationHost(match.groups?.host ?? ''),
  },
  {
    name: 'connection-string-password',
    title: 'Connection string with a password',
    help: 'Change the password on the server and assemble the connection string from a secret at run time.',
    severity: 'high',
    keywords: ['password=', 'pwd='],
    pattern:
      /(?:Server|Data Source|Host|Address|Addr)\s*=[^;"'\n]{1,200};(?:[^;"'\n]{0,200};){0,8}?\s*(?:Password|Pwd)\s*=\s*(?<secret>[^;"'\s]{3,200})/dgi,
    accept: (secret) => isRealPassword(secret),
  },
];

const PLACEHOLDER_PASSWORDS = new Set([
  'password',
  'pass',
  'passwd',
  'secret',
  'root',
  'admin',
  'postgres',
  'user',
  'guest',
  'test',
  'pwd',
  'mysql',
  'redis',
  'none',
  'null',
  'true',
  'false',
]);

function isRealPassword(password: string): boolean {
  if (PLACEHOLDER_PASSWORDS.has(password.toLowerCase())) return false;
  if (/^[*x•]+$/i.test(password) || /^\$/.test(password)) return false;
  return !isLookAlike(password, { allowHex: true, allowUuid: true });
}

/** RFC 2606 / 6761 names and loopback: documentation and local development, not deployments. */
export function isDocumentationHost(host: string): boolean {
  const h = host.toLowerCase().replace(/[[\]]/g, '');
  return (
    /(?:^|\.)example\.(?:com|org|net)$|\.(?:example|test|invalid|localhost)$/.test(h) ||
    ['localhost', '127.0.0.1', '::1', 'host', 'hostname', 'server'].includes(h)
  );
}

/** The preset owns mongodb/mysql/postgres URLs; here only the schemes (and driver forms) it misses. */
function realDatabaseScheme(url: string): boolean {
  const scheme = url.slice(0, url.indexOf('://')).toLowerCase();
  return scheme !== '' && !['http', 'https', 'ftp', 'ftps', 'ssh', 'git'].includes(scheme);
}

export const credentials = patternRule(
  '@pipeguard/secretlint-rule-credentials',
  DOCS,
  describe(patterns, {
    'private-key': [
      'Private keys',
      'PEM (PKCS#1/#8, EC, DSA, OpenSSH, PGP, encrypted), `\\n`-escaped',
      'gst',
    ],
    'putty-private-key': ['Private keys', 'PuTTY `.ppk` v2 / v3', 't'],
    'database-url-password': [
      'Database and broker URLs',
      '`scheme://user:password@host` (Redis, AMQP, MSSQL, Snowflake, `+driver`, …)',
      'st',
    ],
    'connection-string-password': [
      'Database and broker URLs',
      'ADO.NET `Server=…;Password=…`',
      't',
    ],
  }),
);
