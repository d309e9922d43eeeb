/**
 * The generic rule: a high-entropy value assigned to a secret-named key (`*_SECRET`, `*_TOKEN`,
 * `password`, `api_key`, …) in config or code, at `medium`. It stays precise by refusing what the
 * look-alike filter refuses (placeholders, references, digests, UUIDs), values without both a
 * letter and a digit, paths and URLs, keys that name public values (`publishable_key`, `anon`),
 * and values that start with an issuer prefix another rule owns (that rule decides those).
 */
import { patternRule, type PatternRule } from './factory.js';
import { decodeBase64Value, isEncodedLookAlike } from './look-alikes.js';
import { help, peers } from './shapes.js';

const DOCS = 'https://pipeguard.dev/docs/secrets#generic';

const SECRET_WORDS = String.raw`(?:client[_-]?secret|secret(?:[_-]?key)?|token|password|passwd|pwd|api[_-]?key|apikey|access[_-]?key|auth[_-]?key|private[_-]?key|credentials?)`;

/** The key's name (ending in the secret word): what it is a secret *of*. */
const KEY_LENGTH = 80;
const PUBLIC_KEY_NAMES =
  /public|publishable|anon|csrf|xsrf|nonce|count|fake|mock|dummy|example|sample|(?:max|num|next|prev|page|cursor|continuation)[_-]?tokens?$/i;

/** Issuers' public, browser-safe values: publishable keys and public tokens. */
const PUBLIC_VALUE = /^(?:pk_(?:live|test)_|pk\.|pk-lf-|sb_publishable_|FLWPUBK)/;

export function genericSecrets(knownPrefixes: Iterable<string>): PatternRule {
  const prefixes = [...new Set(knownPrefixes)].filter((p) => p.length >= 2);
  return patternRule('@pipeguard/secretlint-rule-generic', DOCS, [
    {
      name: 'generic-secret',
      title: 'High-entropy value assigned to a secret-named key',
      help: help('the service the value belongs to'),
      severity: 'medium',
      family: 'Generic (secret-named keys)',
      formats: '`*_SECRET`, `*_TOKEN`, `password`, `api_key`, … = 16–128 high-entropy chars',
      peers: peers('g'),
      keywords: [
        'secret',
        'token',
        'password',
        'passwd',
        'pwd',
        'api_key',
        'apikey',
        'api-key',
        'access_key',
        'accesskey',
        'access-key',
        'auth_key',
        'authkey',
        'private_key',
        'credential',
      ],
      pattern: new RegExp(
        // Anchored on the assignment (`=` / `:` are rare; a case-insensitive word alternation
        // at the start would be tried at every letter), the key name checked behind it.
        String.raw`(?<=${SECRET_WORDS}["'\]]?[ \t]*)(?:=>|:=|=|:)[ \t]*["'\x60]?(?<secret>[A-Za-z0-9+/=_\-.~!@#%^&*]{16,128})(?=["'\x60]|[ \t]*(?:$|[,;)}\]#]))`,
        'dgim',
      ),
      minEntropy: 3.6,
      accept: (secret, match) => {
        if (!/[0-9]/.test(secret) || !/[A-Za-z]/.test(secret)) return false;
        if (/^[./~]|:\/\/|^[a-z]+(?:[-_.][a-z]+)+$/i.test(secret)) return false;
        if (/^[A-Za-z0-9_-]+\.(?:json|ya?ml|txt|pem|key|env|js|ts|py)$/i.test(secret)) return false;
        // Code, not a value: a member chain (`messages.Messages.MissingFromClause`, `env.FAKE.key`)
        // after `token:` in an object literal or a ternary.
        if (/^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$/.test(secret)) return false;
        // A resource path (`projects/acme/secrets/db`) has word segments; base64 does not.
        if (/(?:^|\/)[a-z]{3,}(?:\/|$)/.test(secret)) return false;
        if (prefixes.some((p) => secret.startsWith(p)) || PUBLIC_VALUE.test(secret)) return false;
        // A placeholder written base64-encoded (a Kubernetes Secret's `data:` value), or an
        // issuer's token so written: the engine decodes it and names it by family.
        if (isEncodedLookAlike(secret)) return false;
        const decoded = decodeBase64Value(secret);
        if (decoded !== undefined && prefixes.some((p) => decoded.startsWith(p))) return false;
        const at = match.index ?? 0;
        const before = (match.input?.slice(Math.max(0, at - 80), at) ?? '').replace(
          /["'\]\s]+$/,
          '',
        );
        const key = keyBefore(before);
        return !PUBLIC_KEY_NAMES.test(key);
      },
    },
  ]);
}

/**
 * The key-name characters that end the text, the last 80 at most (what `/[A-Za-z0-9_.-]{0,80}$/`
 * matches), read backwards: the regex tried every start position and backtracked from each.
 */
function keyBefore(text: string): string {
  let start = text.length;
  while (start > 0 && text.length - start < KEY_LENGTH && isKeyChar(text.charCodeAt(start - 1)))
    start--;
  return text.slice(start);
}

/** `[A-Za-z0-9_.-]` */
function isKeyChar(code: number): boolean {
  return (
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x30 && code <= 0x39) ||
    code === 0x5f ||
    code === 0x2e ||
    code === 0x2d
  );
}
