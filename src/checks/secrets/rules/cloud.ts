/** Cloud providers: Google API keys, Azure storage / SAS / Entra client secrets, AWS, DigitalOcean. */
import { keyed, patternRule, type SecretPattern } from './factory.js';

const DOCS = 'https://pipeguard.dev/docs/secrets#cloud';

/** AWS secret access keys are 40 chars of base64 alphabet with upper, lower and a digit or `/+`. */
const AWS_SECRET = String.raw`(?=[A-Za-z0-9/+]*[a-z])(?=[A-Za-z0-9/+]*[A-Z])(?=[A-Za-z0-9/+]*[0-9/+])[A-Za-z0-9/+]{40}`;

const patterns: SecretPattern[] = [
  {
    name: 'google-api-key',
    title: 'Google API key',
    help: 'Delete or restrict the key in Google Cloud Console (APIs & Services > Credentials), create a restricted replacement, and keep it out of the repository.',
    severity: 'high',
    keywords: ['AIza'],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>AIza[0-9A-Za-z_-]{35})(?![A-Za-z0-9_-])/dg,
    publicPrefixes: ['AIza'],
  },
  {
    name: 'azure-storage-account-key',
    title: 'Azure storage account key',
    help: 'Rotate the storage account key (Azure portal > Storage account > Access keys) and use a managed identity or a SAS from a secret store.',
    severity: 'critical',
    keywords: [
      'accountkey',
      'account_key',
      'storage_key',
      'storagekey',
      'storage-key',
      'account-key',
    ],
    pattern:
      /(?:AccountKey\s*=|(?:storage|account)[_-]?(?:access[_-]?)?key["']?\s*(?:=|:)\s*["']?)\s*(?<secret>[A-Za-z0-9+/]{86}==)/dgi,
  },
  {
    name: 'azure-sas-token',
    title: 'Azure shared access signature',
    help: 'Revoke the SAS (rotate the key that signed it or its stored access policy) and issue short-lived SAS tokens at run time.',
    severity: 'high',
    keywords: ['sig='],
    pattern:
      /[?&;]sv=\d{4}-\d\d-\d\d[^\s"'<>]*?[&;]sig=(?<secret>[A-Za-z0-9%+/]{40,100}(?:%3D|=){0,2})/dg,
  },
  {
    name: 'azure-client-secret',
    title: 'Azure Entra ID (AAD) client secret',
    help: 'Delete the client secret in Entra ID (App registrations > Certificates & secrets) and prefer workload identity federation.',
    severity: 'high',
    keywords: ['q~'],
    pattern:
      /(?<![A-Za-z0-9_~.-])(?<secret>[A-Za-z0-9_~.-]{3}\dQ~[A-Za-z0-9_~.-]{31,34})(?![A-Za-z0-9_~.-])/dg,
    minEntropy: 3.5,
  },
  {
    name: 'aws-access-key-id',
    title: 'AWS access key ID',
    help: 'An access key ID is half of a credential: find and deactivate the key pair in IAM, and look for its secret nearby.',
    severity: 'medium',
    keywords: ['AKIA', 'ASIA', 'ABIA', 'ACCA'],
    pattern: /(?<![A-Za-z0-9])(?<secret>(?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16})(?![A-Za-z0-9])/dg,
    // A presigned URL names the key ID in the clear by design; its signature expires.
    accept: (_secret, match) =>
      !/X-Amz-Credential=$/i.test(
        match.input?.slice(Math.max(0, (match.index ?? 0) - 20), match.index) ?? '',
      ),
    publicPrefixes: [
      'AKIA',
      'ASIA',
      'ABIA',
      'ACCA',
      'AGPA',
      'AIDA',
      'AROA',
      'AIPA',
      'ANPA',
      'ANVA',
      'A3T',
    ],
  },
  {
    name: 'aws-secret-access-key',
    title: 'AWS secret access key',
    help: 'Deactivate and delete the access key in IAM, review CloudTrail for its use, and use OIDC roles or a secret store instead.',
    severity: 'critical',
    keywords: [
      'aws_secret',
      'aws-secret',
      'awssecret',
      'secret_access',
      'secret-access',
      'secretaccess',
    ],
    pattern: keyed(
      String.raw`aws[_-]?secret[_-]?(?:access[_-]?)?key(?:[_-]?id)?|secret[_-]?access[_-]?key|aws[_-]?secret`,
      AWS_SECRET,
    ),
    minEntropy: 4,
  },
  {
    name: 'aws-secret-access-key',
    title: 'AWS secret access key',
    help: 'Deactivate and delete the access key in IAM, review CloudTrail for its use, and use OIDC roles or a secret store instead.',
    severity: 'critical',
    keywords: ['AKIA', 'ASIA'],
    // Pattern pair: a key ID followed closely (same or next lines) by a 40-char secret.
    pattern: new RegExp(
      String.raw`(?:AKIA|ASIA)[A-Z2-7]{16}(?![A-Za-z0-9])[^\n]{0,120}(?:\n[^\n]{0,120}){0,2}?(?<![A-Za-z0-9/+])(?<secret>${AWS_SECRET})(?![A-Za-z0-9/+=])`,
      'dg',
    ),
    minEntropy: 4,
  },
  {
    name: 'digitalocean-token',
    title: 'DigitalOcean token',
    help: 'Revoke the token in the DigitalOcean control panel (API > Tokens) and create a scoped replacement.',
    severity: 'high',
    keywords: ['dop_v1_', 'doo_v1_', 'dor_v1_'],
    pattern: /(?<![A-Za-z0-9_])(?<secret>do[por]_v1_[a-f0-9]{64})(?![A-Za-z0-9_])/dg,
    allowHex: true,
    publicPrefixes: ['dop_v1_', 'doo_v1_', 'dor_v1_'],
  },
];

export const cloudProviders = patternRule('@pipeguard/secretlint-rule-cloud', DOCS, patterns);
