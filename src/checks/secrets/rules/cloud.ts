/**
 * Cloud providers: Google (API / Gemini keys, OAuth client secrets and tokens, application-default
 * `authorized_user` credentials), Azure (storage account keys in any language's syntax, SAS
 * signatures with valid permissions, Entra client secrets and refresh tokens, Azure OpenAI, Azure
 * DevOps), AWS (access keys, session tokens, Bedrock API keys, AppSync keys), DigitalOcean.
 */
import { keyed, patternRule, type SecretPattern } from './factory.js';
import { HEX, named, peers, token } from './shapes.js';

const DOCS = 'https://pipeguard.dev/docs/secrets#cloud';

/** AWS secret access keys are 40 chars of base64 alphabet with upper, lower and a digit or `/+`. */
const AWS_SECRET = String.raw`(?=[A-Za-z0-9/+]*[a-z])(?=[A-Za-z0-9/+]*[A-Z])(?=[A-Za-z0-9/+]*[0-9/+])[A-Za-z0-9/+]{40}`;

const AZ = { family: 'Azure' };
const ENTRA = {
  family: 'Microsoft Entra ID (Azure AD)',
  where: 'Entra ID (revoke the user’s sessions: Revoke-MgUserSignInSession)',
};
const GOOGLE = {
  family: 'Google Cloud / Gemini',
  where: 'Google Cloud Console (APIs & Services > Credentials)',
};
const AWS = { family: 'AWS', where: 'AWS IAM (or the service’s console)' };

const MORE: SecretPattern[] = [
  named({
    ...AZ,
    name: 'azure-openai-api-key',
    title: 'Azure OpenAI / Azure AI services key',
    where: 'the Azure portal (the resource’s Keys and Endpoint > Regenerate)',
    by: 't',
    key: String.raw`azure[_-]?(?:openai|oai|cognitive[_-]?services?|ai[_-]?services?|ai)[_-]?(?:api[_-]?)?key|AZURE_OPENAI_KEY`,
    keywords: ['azure'],
    value: `${HEX(32)}|[A-Za-z0-9]{84}`,
    allowHex: true,
    formats: '32 hex (or the 84-char form) beside an AZURE_OPENAI_API_KEY name',
  }),
  named({
    ...AZ,
    name: 'azure-devops-pat',
    title: 'Azure DevOps personal access token',
    where: 'Azure DevOps (User settings > Personal access tokens)',
    by: 't',
    key: String.raw`(?:azure[_-]?devops|\bado|azdo|vsts)[_-]?(?:ext[_-]?)?(?:pat|token|personal[_-]?access[_-]?token)`,
    keywords: ['azure_devops', 'azure-devops', 'azuredevops', 'ado_', 'azdo', 'vsts'],
    value: '[a-z2-7]{52}|[A-Za-z0-9]{84}',
    minEntropy: 3.5,
    formats: '52 base32 chars (or the 84-char form) beside an Azure DevOps PAT name',
  }),
  named({
    ...ENTRA,
    name: 'azure-entra-refresh-token',
    title: 'Microsoft Entra ID refresh token',
    by: 't',
    key: String.raw`refresh[_-]?token`,
    keywords: ['refresh'],
    value: String.raw`0\.A[A-Za-z0-9_.\-]{300,4000}`,
    minEntropy: 4,
    publicPrefixes: ['0.A'],
    formats: '`0.A…` (300+ chars) beside a refresh_token name',
  }),
  token({
    ...AWS,
    name: 'aws-bedrock-api-key',
    title: 'Amazon Bedrock API key (long-term)',
    by: 'g',
    prefixes: ['ABSKQmVkcm9ja0FQSUtleS'],
    body: '[A-Za-z0-9+/]{40,300}={0,2}',
    edge: String.raw`A-Za-z0-9_+/=\-`,
    formats: '`ABSK` + base64 of `BedrockAPIKey-…`',
  }),
  token({
    ...AWS,
    name: 'aws-bedrock-short-term-key',
    title: 'Amazon Bedrock API key (short-term)',
    by: 'g',
    severity: 'medium',
    prefixes: ['bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t'],
    body: '[A-Za-z0-9+/%]{100,6000}={0,2}',
    edge: String.raw`A-Za-z0-9_+/=%\-`,
    formats: '`bedrock-api-key-` + base64 of a presigned `bedrock.amazonaws.com` URL',
  }),
  token({
    ...AWS,
    name: 'aws-appsync-api-key',
    title: 'AWS AppSync API key',
    by: 't',
    severity: 'medium',
    prefixes: ['da2-'],
    body: '[a-z0-9]{26}',
    minEntropy: 3.5,
    formats: '`da2-` + 26 lowercase alphanumerics',
  }),
  named({
    ...AWS,
    name: 'aws-session-token',
    title: 'AWS session token',
    by: 't',
    severity: 'medium',
    key: String.raw`aws[_-]?session[_-]?token|x-amz-security-token|SessionToken`,
    keywords: ['session_token', 'session-token', 'sessiontoken', 'security-token'],
    value: '[A-Za-z0-9/+=]{100,2000}',
    minEntropy: 4,
    formats: '100+ base64 chars beside an AWS_SESSION_TOKEN name',
  }),
  token({
    ...GOOGLE,
    name: 'google-oauth-client-secret',
    title: 'Google OAuth client secret',
    by: 't',
    prefixes: ['GOCSPX-'],
    body: '[A-Za-z0-9_\-]{28}',
    formats: '`GOCSPX-` + 28 chars',
  }),
  token({
    ...GOOGLE,
    name: 'google-oauth-access-token',
    title: 'Google OAuth access token',
    by: 't',
    severity: 'medium',
    prefixes: ['ya29.'],
    body: '[A-Za-z0-9_\-]{30,2000}',
    minEntropy: 4,
    formats: '`ya29.` + 30+ chars (expires within an hour)',
  }),
  {
    name: 'gcp-authorized-user',
    title: 'Google application-default credentials (authorized_user JSON)',
    help: 'Revoke the grant (`gcloud auth application-default revoke`, or myaccount.google.com > Security > Third-party access) and never commit application_default_credentials.json.',
    severity: 'critical',
    family: 'Google Cloud / Gemini',
    formats: '`{"type": "authorized_user", "refresh_token": …}` (gcloud ADC file)',
    peers: peers('t'),
    keywords: ['authorized_user'],
    pattern: /"refresh_token"\s*:\s*"(?<secret>[^"\s\\]{20,512})"/dg,
    minEntropy: 3.5,
    accept: (_secret, match) => /"type"\s*:\s*"authorized_user"/.test(match.input ?? ''),
  },
  named({
    ...GOOGLE,
    name: 'google-oauth-refresh-token',
    title: 'Google OAuth refresh token',
    by: 't',
    key: String.raw`refresh[_-]?token`,
    keywords: ['refresh'],
    value: String.raw`1//0[A-Za-z0-9_\-]{40,300}`,
    publicPrefixes: ['1//0'],
    formats: '`1//0` + 40+ chars beside a refresh_token name',
  }),
];

/** Permission letters any SAS may carry (blob, file, queue, table and account SAS). */
const SAS_PERMISSIONS = /^[racwdxyltmeopifu]{1,16}$/;
const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

/**
 * A SAS is valid only with parameters the service accepts: `sp` of known permission letters, each
 * once; `sip` one IPv4 address or an ascending range; `spr` https or https,http. Documentation
 * samples with `sp=<permissions>` or `sip=1.2.3.4-0.0.0.0` are not credentials.
 */
function validSasQuery(match: RegExpMatchArray): boolean {
  const input = match.input ?? '';
  const at = match.index ?? 0;
  let start = at;
  while (start > 0 && at - start < 2000 && !/[\s"'<>?]/.test(input[start - 1]!)) start--;
  let end = at + match[0].length;
  while (end < input.length && end - at < 4000 && !/[\s"'<>]/.test(input[end]!)) end++;
  const params = new Map<string, string>();
  for (const pair of input.slice(start, end).split(/[&;]/)) {
    const eq = pair.indexOf('=');
    if (eq > 0) params.set(pair.slice(0, eq).toLowerCase(), safeDecode(pair.slice(eq + 1)));
  }
  const sp = params.get('sp');
  if (sp !== undefined && (!SAS_PERMISSIONS.test(sp) || new Set(sp).size !== sp.length))
    return false;
  const sip = params.get('sip');
  if (sip !== undefined && !validIpRange(sip)) return false;
  const spr = params.get('spr');
  return spr === undefined || spr === 'https' || spr === 'https,http';
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

function ipValue(ip: string): number | undefined {
  const m = IPV4.exec(ip);
  if (!m) return undefined;
  const octets = m.slice(1).map(Number);
  if (octets.some((o) => o > 255)) return undefined;
  return octets.reduce((n, o) => n * 256 + o, 0);
}

function validIpRange(sip: string): boolean {
  const [from, to, ...rest] = sip.split('-');
  if (rest.length > 0 || from === undefined) return false;
  const low = ipValue(from);
  if (low === undefined) return false;
  if (to === undefined) return true;
  const high = ipValue(to);
  return high !== undefined && high >= low;
}

const patterns: SecretPattern[] = [
  {
    name: 'google-api-key',
    title: 'Google API key',
    help: 'Delete or restrict the key in Google Cloud Console (APIs & Services > Credentials), create a restricted replacement, and keep it out of the repository.',
    severity: 'high',
    keywords: ['AIza'],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>AIza[0-9A-Za-z_-]{35})(?![A-Za-z0-9_-])/dg,
    publicPrefixes: ['AIza'],
    family: 'Google Cloud / Gemini',
    formats: '`AIza` + 35 chars (Google Cloud, Maps, Firebase and Gemini API keys)',
    peers: peers('gt'),
  },
  {
    name: 'azure-storage-account-key',
    title: 'Azure storage account key',
    help: 'Rotate the storage account key (Azure portal > Storage account > Access keys) and use a managed identity or a SAS from a secret store.',
    severity: 'critical',
    keywords: [
      'accountkey',
      'account_key',
      'account-key',
      'storagekey',
      'storage_key',
      'storage-key',
      'sharedkeycredential',
    ],
    // Any syntax: connection strings, C# / TS / Python arguments and properties, PHP arrays,
    // XML appSettings, CLI flags (`--account-key`): the key name, up to 60 characters of the same
    // line, then the 88-character key.
    pattern:
      /(?:account[_-]?key|storage[_-]?(?:account[_-]?)?(?:access[_-]?)?key|shared[_-]?key[_-]?credential)[^\n]{0,60}?(?<![A-Za-z0-9+/])(?<secret>[A-Za-z0-9+/]{86}==)(?![A-Za-z0-9+/=])/dgi,
    family: 'Azure',
    formats: '88-char base64 `AccountKey` in connection strings, code, XML, CLI flags',
    peers: peers('gt'),
  },
  {
    name: 'azure-sas-token',
    title: 'Azure shared access signature',
    help: 'Revoke the SAS (rotate the key that signed it or its stored access policy) and issue short-lived SAS tokens at run time.',
    severity: 'high',
    keywords: ['sig='],
    pattern:
      /[?&;]sv=\d{4}-\d\d-\d\d[^\s"'<>]*?[&;]sig=(?<secret>[A-Za-z0-9%+/]{40,100}(?:%3D|=){0,2})/dg,
    accept: (_secret, match) => validSasQuery(match),
    family: 'Azure',
    formats: '`?sv=<date>…&sig=…` with valid `sp` permissions and `sip` range',
    peers: peers('t'),
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
    family: 'Microsoft Entra ID (Azure AD)',
    formats: '3 chars + digit + `Q~` + 31–34 chars',
    peers: peers('gt'),
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
    family: 'AWS',
    formats: '`AKIA` / `ASIA` / `ABIA` / `ACCA` + 16 base32 chars',
    peers: peers('gst'),
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
    family: 'AWS',
    formats: '40 base64 chars beside an AWS secret name, or after a key ID',
    peers: peers('gst'),
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
    family: 'DigitalOcean',
    formats: '`dop_v1_` / `doo_v1_` / `dor_v1_` + 64 hex',
    peers: peers('gt'),
  },
  ...MORE,
];

export const cloudProviders = patternRule('@pipeguard/secretlint-rule-cloud', DOCS, patterns);
