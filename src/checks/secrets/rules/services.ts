/** Package registries and SaaS APIs that secretlint's preset misses or matches too loosely. */
import { keyed, patternRule, type SecretPattern } from './factory.js';
import { describe } from './shapes.js';

const DOCS = 'https://pipeguard.dev/docs/secrets#services';

const patterns: SecretPattern[] = [
  {
    name: 'pypi-token',
    title: 'PyPI API token',
    help: 'Remove the token on pypi.org (Account settings > API tokens) and publish with trusted publishing (OIDC) instead.',
    severity: 'critical',
    keywords: ['pypi-age'],
    // A macaroon whose first bytes encode the issuing host (pypi.org / test.pypi.org).
    pattern:
      /(?<![A-Za-z0-9_-])(?<secret>pypi-Ag(?:EIcHlwaS5vcmc|ENdGVzdC5weXBpLm9yZw)[A-Za-z0-9_-]{50,300})(?![A-Za-z0-9_-])/dg,
    publicPrefixes: ['pypi-'],
  },
  {
    name: 'npm-auth-token',
    title: 'npm registry auth token',
    help: 'Revoke the token (npm token revoke / the registry UI) and write .npmrc from a CI secret at run time: `_authToken=${NPM_TOKEN}`.',
    severity: 'high',
    keywords: ['_authtoken'],
    pattern: /:_authToken\s*=\s*["']?(?<secret>[A-Za-z0-9_.+/=-]{20,})/dg,
    allowUuid: true,
  },
  {
    name: 'npm-basic-auth',
    title: 'npm registry basic auth (_auth)',
    help: 'Rotate the registry password and write .npmrc from a CI secret at run time.',
    severity: 'high',
    keywords: ['_auth'],
    pattern:
      /(?<![A-Za-z0-9_])_auth\s*=\s*["']?(?<secret>[A-Za-z0-9+/]{12,}={0,2})(?![A-Za-z0-9+/=])/dg,
    accept: (secret) => decodesToCredential(secret),
  },
  {
    name: 'twilio-api-key',
    title: 'Twilio API key SID',
    help: 'Delete the API key in the Twilio Console (Account > API keys) and rotate its secret.',
    severity: 'medium',
    keywords: ['SK'],
    pattern: /(?<![A-Za-z0-9])(?<secret>SK[0-9a-fA-F]{32})(?![A-Za-z0-9])/dg,
    allowHex: true,
    publicPrefixes: ['SK'],
  },
  {
    name: 'twilio-auth-token',
    title: 'Twilio auth token or API key secret',
    help: 'Rotate the auth token (Twilio Console > Account info) or delete the API key.',
    severity: 'high',
    keywords: ['twilio'],
    pattern: keyed(
      String.raw`twilio[_-]?(?:auth[_-]?token|(?:api[_-]?)?(?:key[_-]?)?secret)`,
      '[0-9a-f]{32}|[A-Za-z0-9]{32}',
    ),
    allowHex: true,
    minEntropy: 3.2,
  },
  {
    name: 'sendgrid-api-key',
    title: 'SendGrid API key',
    help: 'Delete the key in SendGrid (Settings > API Keys) and create a restricted one.',
    severity: 'high',
    keywords: ['SG.'],
    pattern:
      /(?<![A-Za-z0-9_-])(?<secret>SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/dg,
    publicPrefixes: ['SG.'],
  },
  {
    name: 'stripe-secret-key',
    title: 'Stripe secret or restricted key',
    help: 'Roll the key in the Stripe Dashboard (Developers > API keys).',
    severity: 'critical',
    keywords: ['sk_live_', 'rk_live_', 'sk_test_', 'rk_test_'],
    pattern:
      /(?<![A-Za-z0-9_])(?<secret>[sr]k_(?:live|test)_[A-Za-z0-9]{24,247})(?![A-Za-z0-9_])/dg,
    minEntropy: 3.5,
    publicPrefixes: ['sk_live_', 'sk_test_', 'rk_live_', 'rk_test_'],
  },
];

/** `_auth` holds base64(`user:password`). */
function decodesToCredential(value: string): boolean {
  const text = Buffer.from(value, 'base64').toString('utf8');
  return /^[\x21-\x7e]{1,200}:[\x20-\x7e]{3,200}$/.test(text);
}

export const serviceProviders = patternRule(
  '@pipeguard/secretlint-rule-services',
  DOCS,
  describe(patterns, {
    'pypi-token': ['PyPI', '`pypi-AgEIcHlwaS5vcmc…` macaroon (pypi.org, test.pypi.org)', 'gt'],
    'npm-auth-token': ['npm', '`:_authToken=` in .npmrc (any file)', 'st'],
    'npm-basic-auth': ['npm', '`_auth=` base64 `user:password`', ''],
    'twilio-api-key': ['Twilio', '`SK` + 32 hex (API key SID)', 'gt'],
    'twilio-auth-token': ['Twilio', '32 chars beside a TWILIO_AUTH_TOKEN / API secret name', 't'],
    'sendgrid-api-key': ['SendGrid', '`SG.` + 22 `.` 43 chars', 'gst'],
    'stripe-secret-key': [
      'Stripe',
      '`sk_live_` / `rk_live_` / `sk_test_` / `rk_test_` + 24–247 chars',
      'gst',
    ],
  }),
);
