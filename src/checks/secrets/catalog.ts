/**
 * Every rule the engine knows, under one naming scheme: pipeguard rule ids (kebab-case, stable,
 * part of fingerprints) with title, help and risk level for SARIF, mapped from secretlint's
 * `ruleId` + `messageId`. Also the prefilter triggers of each rule module: a module runs on a
 * file only when one of them occurs.
 */
import type { SecretLintRuleCreator } from '@secretlint/types';
import { creator as recommendedPreset } from '@secretlint/secretlint-rule-preset-recommend';
import type { RuleInfo, Severity } from '../../report/model.js';
import { PRESET_FAMILIES } from './preset-families.js';
import type { Peer } from './rules/factory.js';
import {
  genericSecrets,
  kubernetesSecrets,
  PIPEGUARD_RULES,
  type PatternRule,
} from './rules/index.js';
import type { Trigger } from './rules/keywords.js';
import { PKCS12_EXTENSIONS, PKCS12_RULE, pkcs12Rule } from './rules/pkcs12.js';

export interface RuleEntry extends RuleInfo {
  id: string;
  severity: Severity;
  /**
   * The issuer's fixed prefixes (`sk-proj-`, `ghp_`), literal: the only part of a secret a masked
   * form may show (see maskSecret).
   */
  publicPrefixes?: readonly string[];
}

export interface RuleModule {
  creator: SecretLintRuleCreator<never> | SecretLintRuleCreator<Record<string, unknown>>;
  /** Any one of these occurring makes the module run (see KeywordSet). */
  triggers: Trigger[];
  /** File extensions the module always runs on (binary formats it understands). */
  extensions?: string[];
  origin: 'secretlint' | 'pipeguard';
}

const PRESET_PREFIX = '@secretlint/secretlint-rule-';
export const FILTER_COMMENTS_ID = `${PRESET_PREFIX}filter-comments`;

const rotate =
  'Revoke or rotate it with the issuer, then load it from a secret store or CI secret instead of the repository.';

/** secretlint preset rules: triggers and the pipeguard id, title and risk of each messageId. */
const PRESET: Record<
  string,
  {
    triggers: Trigger[];
    extensions?: string[];
    messages: Record<string, RuleEntry | SameAs>;
  }
> = {
  aws: {
    triggers: ['secretaccess', 'secret_access'],
    messages: {
      AWSSecretAccessKey: entry(
        'aws-secret-access-key',
        'AWS secret access key',
        'critical',
        'Deactivate and delete the access key in IAM, review CloudTrail for its use, and use OIDC roles or a secret store instead.',
      ),
      AWSAccessKeyID: entry(
        'aws-access-key-id',
        'AWS access key ID',
        'medium',
        'Deactivate the key pair in IAM.',
        ['AKIA', 'ASIA', 'ABIA', 'ACCA', 'AGPA', 'AIDA', 'AROA', 'AIPA', 'ANPA', 'ANVA', 'A3T'],
      ),
    },
  },
  gcp: {
    triggers: ['private_key_id'],
    extensions: ['.p12'],
    messages: {
      PrivateKeyJSON: entry(
        'gcp-service-account-key',
        'GCP service account key (JSON)',
        'critical',
        'Delete the key in IAM > Service accounts > Keys and use Workload Identity Federation instead of key files.',
      ),
      PrivateKeyP12: entry(
        'gcp-service-account-p12',
        'GCP service account key (P12)',
        'critical',
        'Delete the key in IAM > Service accounts > Keys and use Workload Identity Federation instead of key files.',
      ),
    },
  },
  privatekey: {
    triggers: ['private key'],
    messages: {
      PrivateKey: entry(
        'private-key',
        'Private key',
        'critical',
        'Treat the key as compromised: revoke or replace it, then load keys from a secret store.',
      ),
    },
  },
  npm: {
    triggers: ['npm_', 'x-oauth-basic', '_authtoken'],
    messages: {
      NPM_ACCESS_TOKEN: entry(
        'npm-access-token',
        'npm access token',
        'high',
        'Revoke the token (npm token revoke) and publish with provenance / trusted publishing.',
        ['npm_'],
      ),
      Npmrc_authToken: entry(
        'npm-auth-token',
        'npm registry auth token',
        'high',
        'Revoke the token and write .npmrc from a CI secret at run time: `_authToken=${NPM_TOKEN}`.',
      ),
      PackageJSON_xOauthToken: entry(
        'github-oauth-url-token',
        'GitHub token in an x-oauth-basic URL',
        'high',
        rotate,
      ),
    },
  },
  basicauth: {
    triggers: [/:\/\/[^\s/@:]{1,256}:[^\s/@]{1,256}@/],
    messages: {
      BasicAuth: entry(
        'url-basic-auth',
        'Credentials in a URL (basic auth)',
        'high',
        'Change the password and pass credentials through a secret (e.g. a netrc written at run time).',
      ),
    },
  },
  slack: {
    triggers: ['xox', 'xapp-', 'hooks.slack.com'],
    messages: {
      SLACK_TOKEN: entry(
        'slack-token',
        'Slack token',
        'high',
        'Revoke the token (auth.revoke or the app settings) and reinstall the app.',
        ['xoxb-', 'xoxp-', 'xapp-', 'xoxa-', 'xoxo-', 'xoxr-'],
      ),
      IncomingWebhook: entry(
        'slack-webhook',
        'Slack incoming webhook',
        'high',
        'Regenerate the webhook URL in the Slack app settings.',
      ),
    },
  },
  sendgrid: {
    triggers: ['SG.'],
    messages: {
      SENDGRID_KEY: entry('sendgrid-api-key', 'SendGrid API key', 'high', rotate, ['SG.']),
    },
  },
  shopify: {
    triggers: ['shppa_', 'shpca_', 'shpat_', 'shpss_'],
    messages: {
      SHOPIFY_KEY: entry('shopify-token', 'Shopify access token or shared secret', 'high', rotate, [
        'shppa_',
        'shpca_',
        'shpat_',
        'shpss_',
      ]),
    },
  },
  github: {
    triggers: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_', 'github_pat_'],
    messages: {
      GITHUB_TOKEN: entry(
        'github-token',
        'GitHub token',
        'critical',
        'Revoke the token (Settings > Developer settings) and use GITHUB_TOKEN or a GitHub App in CI.',
        ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_', 'github_pat_'],
      ),
    },
  },
  gitlab: {
    triggers: ['glpat-'],
    messages: {
      GITLAB_PERSONAL_ACCESS_TOKEN: entry(
        'gitlab-token',
        'GitLab personal access token',
        'critical',
        rotate,
        ['glpat-'],
      ),
    },
  },
  grafana: {
    triggers: ['glc_', 'glsa_'],
    messages: {
      GRAFANA_CLOUD_API_TOKEN: entry(
        'grafana-cloud-api-token',
        'Grafana Cloud API token',
        'high',
        rotate,
        ['glc_'],
      ),
      GRAFANA_SERVICE_ACCOUNT_TOKEN: entry(
        'grafana-service-account-token',
        'Grafana service account token',
        'high',
        rotate,
        ['glsa_'],
      ),
    },
  },
  openai: {
    triggers: ['t3blbkfj'],
    messages: {
      OPENAI_TOKEN: entry('openai-api-key', 'OpenAI API key', 'high', rotate, [
        'sk-proj-',
        'sk-svcacct-',
        'sk-admin-',
        'sk-None-',
        'sk-',
      ]),
    },
  },
  anthropic: {
    triggers: ['sk-ant-api'],
    messages: {
      ANTHROPIC_API_KEY: entry('anthropic-api-key', 'Anthropic API key', 'high', rotate, [
        'sk-ant-api',
      ]),
    },
  },
  groq: {
    triggers: ['gsk_'],
    messages: { GROQ_API_KEY: entry('groq-api-key', 'Groq API key', 'high', rotate, ['gsk_']) },
  },
  huggingface: {
    triggers: ['hf_'],
    messages: {
      HUGGINGFACE_USER_ACCESS_TOKEN: entry(
        'huggingface-token',
        'Hugging Face access token',
        'high',
        rotate,
        ['hf_'],
      ),
    },
  },
  linear: {
    triggers: ['lin_api_'],
    messages: {
      LINEAR_API_TOKEN: entry('linear-api-key', 'Linear API key', 'high', rotate, ['lin_api_']),
    },
  },
  notion: {
    triggers: ['ntn_'],
    messages: {
      NOTION_INTEGRATION_TOKEN: entry('notion-token', 'Notion integration token', 'high', rotate, [
        'ntn_',
      ]),
    },
  },
  '1password': {
    triggers: ['ops_ey'],
    messages: {
      OPS_TOKEN: entry(
        'onepassword-service-account-token',
        '1Password service account token',
        'critical',
        rotate,
        ['ops_'],
      ),
    },
  },
  'database-connection-string': {
    triggers: ['mongodb', 'mysql', 'postgres'],
    messages: Object.fromEntries(
      ['MongoDBConnection', 'MySQLConnection', 'PostgreSQLConnection'].map((id) => [
        id,
        entry(
          'database-url-password',
          'Database or broker URL with a password',
          'high',
          'Change the password on the server and build the URL at run time from a secret.',
        ),
      ]),
    ),
  },
  'hashicorp-vault': {
    triggers: ['hvs.', 'hvb.', 'hvr.'],
    messages: Object.fromEntries(
      [
        'HASHICORP_VAULT_SERVICE_TOKEN',
        'HASHICORP_VAULT_BATCH_TOKEN',
        'HASHICORP_VAULT_RECOVERY_TOKEN',
      ].map((id) => [
        id,
        entry(
          'hashicorp-vault-token',
          'HashiCorp Vault token',
          'critical',
          'Revoke the token (vault token revoke) and authenticate CI through OIDC / AppRole.',
          ['hvs.', 'hvb.', 'hvr.'],
        ),
      ]),
    ),
  },
  vercel: {
    triggers: ['vcp_', 'vci_', 'vca_', 'vcr_', 'vck_'],
    messages: Object.fromEntries(
      [
        'VERCEL_PERSONAL_ACCESS_TOKEN',
        'VERCEL_INTEGRATION_TOKEN',
        'VERCEL_APP_ACCESS_TOKEN',
        'VERCEL_APP_REFRESH_TOKEN',
        'VERCEL_AI_GATEWAY_API_KEY',
      ].map((id) => [
        id,
        entry('vercel-token', 'Vercel token', 'high', rotate, [
          'vcp_',
          'vci_',
          'vca_',
          'vcr_',
          'vck_',
        ]),
      ]),
    ),
  },
  databricks: {
    triggers: ['dapi'],
    messages: {
      DATABRICKS_PERSONAL_ACCESS_TOKEN: entry(
        'databricks-token',
        'Databricks personal access token',
        'high',
        rotate,
        ['dapi'],
      ),
    },
  },
  docker: {
    triggers: ['dckr_pat_'],
    messages: {
      DOCKER_PERSONAL_ACCESS_TOKEN: entry(
        'docker-hub-token',
        'Docker Hub personal access token',
        'high',
        rotate,
        ['dckr_pat_'],
      ),
    },
  },
  figma: {
    triggers: ['figd_'],
    messages: {
      FIGMA_PERSONAL_ACCESS_TOKEN: entry(
        'figma-token',
        'Figma personal access token',
        'high',
        rotate,
        ['figd_'],
      ),
    },
  },
  // Added in preset 13.1.
  stripe: {
    triggers: ['sk_live_', 'sk_test_', 'rk_live_', 'rk_test_'],
    // The same keys as pipeguard's own Stripe rule: one rule id, so one finding per key.
    messages: Object.fromEntries(
      [
        'STRIPE_SECRET_KEY_LIVE',
        'STRIPE_SECRET_KEY_TEST',
        'STRIPE_RESTRICTED_KEY_LIVE',
        'STRIPE_RESTRICTED_KEY_TEST',
      ].map((id) => [id, sameAs('stripe-secret-key')]),
    ),
  },
  cloudflare: {
    triggers: ['cfk_', 'cfut_', 'cfat_'],
    messages: {
      CLOUDFLARE_GLOBAL_API_KEY: entry(
        'cloudflare-global-api-key',
        'Cloudflare Global API key',
        'critical',
        'Roll the Global API Key (My Profile > API Tokens) and use scoped API tokens instead.',
        ['cfk_'],
      ),
      ...Object.fromEntries(
        ['CLOUDFLARE_USER_API_TOKEN', 'CLOUDFLARE_ACCOUNT_API_TOKEN'].map((id) => [
          id,
          entry(
            'cloudflare-api-token',
            'Cloudflare API token',
            'high',
            'Roll or delete the token (My Profile > API Tokens, or Manage Account > Account API Tokens).',
            ['cfut_', 'cfat_'],
          ),
        ]),
      ),
    },
  },
  tailscale: {
    triggers: ['tskey-'],
    messages: Object.fromEntries(
      [
        'TAILSCALE_API_KEY',
        'TAILSCALE_AUTH_KEY',
        'TAILSCALE_CLIENT_KEY',
        'TAILSCALE_SCIM_KEY',
        'TAILSCALE_WEBHOOK_KEY',
        'TAILSCALE_KEY',
      ].map((id) => [
        id,
        entry(
          'tailscale-key',
          'Tailscale key (API, auth, OAuth client, SCIM or webhook)',
          'high',
          'Revoke the key in the Tailscale admin console (Settings > Keys, or Trust credentials).',
          ['tskey-api-', 'tskey-auth-', 'tskey-client-', 'tskey-scim-', 'tskey-webhook-', 'tskey-'],
        ),
      ]),
    ),
  },
  'filter-comments': { triggers: ['secretlint-'], messages: {} },
};

/** A preset message reported as one of pipeguard's own rules (the same keys). */
interface SameAs {
  sameAs: string;
}

function sameAs(id: string): SameAs {
  return { sameAs: id };
}

function entry(
  id: string,
  title: string,
  severity: Severity,
  help: string,
  publicPrefixes: readonly string[] = [],
): RuleEntry {
  return { id, title, severity, help, publicPrefixes };
}

const entries = new Map<string, RuleEntry>();
const modules: RuleModule[] = [];
const aliases: Array<[string, SameAs]> = [];

/** Preset rule ids that a pipeguard pattern covers strictly: the preset's hits are dropped. */
const SUPERSEDED = new Set(
  PIPEGUARD_RULES.flatMap((r) => r.patterns.filter((p) => p.supersedesPreset).map((p) => p.name)),
);

for (const creator of recommendedPreset.rules) {
  const short = creator.meta.id.slice(PRESET_PREFIX.length);
  const known = PRESET[short];
  const messages = Object.entries(known?.messages ?? {});
  // A module whose every message a pipeguard pattern supersedes is not run at all.
  if (
    messages.length > 0 &&
    messages.every(([, rule]) => SUPERSEDED.has('sameAs' in rule ? rule.sameAs : rule.id))
  )
    continue;
  // A preset rule this table does not know yet (a newer preset) still runs, on every file.
  modules.push({
    creator,
    triggers: known?.triggers ?? [''],
    extensions: known?.extensions,
    origin: 'secretlint',
  });
  for (const [messageId, rule] of messages) {
    if ('sameAs' in rule) aliases.push([`${creator.meta.id}#${messageId}`, rule]);
    else entries.set(`${creator.meta.id}#${messageId}`, rule);
  }
}

function addPipeguardRule(rule: PatternRule): void {
  modules.push({
    creator: rule.creator,
    triggers: [...new Set(rule.patterns.flatMap((p) => p.keywords))],
    origin: 'pipeguard',
  });
  for (const p of rule.patterns) {
    // Patterns sharing a name are one rule: the first gives the title, all give prefixes.
    const key = `${rule.creator.meta.id}#${p.name}`;
    const first = entries.get(key);
    const prefixes = [...new Set([...(first?.publicPrefixes ?? []), ...(p.publicPrefixes ?? [])])];
    entries.set(
      key,
      first
        ? { ...first, publicPrefixes: prefixes }
        : entry(p.name, p.title, p.severity, p.help, prefixes),
    );
  }
}
for (const rule of PIPEGUARD_RULES) addPipeguardRule(rule);
// PKCS#12 key stores: a binary format the rule reads itself, run by file extension only.
modules.push({
  creator: pkcs12Rule,
  triggers: [],
  extensions: [...PKCS12_EXTENSIONS],
  origin: 'pipeguard',
});
entries.set(
  `${pkcs12Rule.meta.id}#PrivateKeyP12`,
  entry(PKCS12_RULE.id, PKCS12_RULE.title, PKCS12_RULE.severity, PKCS12_RULE.help),
);
// Last: the Kubernetes Secret and generic rules defer to every issuer prefix known so far.
const issuerPrefixes = (): string[] => [...entries.values()].flatMap((e) => e.publicPrefixes ?? []);
const KUBERNETES = kubernetesSecrets(issuerPrefixes());
addPipeguardRule(KUBERNETES);
const GENERIC = genericSecrets(issuerPrefixes());
addPipeguardRule(GENERIC);

/** A preset hit for a rule id a pipeguard pattern supersedes (it is dropped). */
export function supersededPresetRule(id: string): boolean {
  return SUPERSEDED.has(id);
}

const ownRules = new Map([...entries.values()].map((rule) => [rule.id, rule]));
for (const [key, { sameAs: id }] of aliases) {
  const rule = ownRules.get(id);
  // A renamed pipeguard rule must not turn the preset's findings into unnamed ones.
  if (!rule) throw new Error(`secrets catalog: preset message ${key} names unknown rule ${id}`);
  entries.set(key, rule);
}

export const RULE_MODULES: readonly RuleModule[] = modules;

const byId = new Map<string, RuleEntry>();
for (const rule of entries.values()) {
  const first = byId.get(rule.id);
  // Rules sharing an id (the preset's and pipeguard's Slack rules) share their public prefixes.
  if (first)
    first.publicPrefixes = [
      ...new Set([...(first.publicPrefixes ?? []), ...(rule.publicPrefixes ?? [])]),
    ];
  else byId.set(rule.id, { ...rule });
}

/** A rule by its pipeguard id (a generic entry for an id no rule has). */
export function ruleById(id: string): RuleEntry {
  return byId.get(id) ?? entry(id, id, 'high', rotate);
}

/** The pipeguard rule a secretlint message belongs to (a fallback entry for unknown messages). */
export function ruleFor(secretlintRuleId: string, messageId: string): RuleEntry {
  const known = entries.get(`${secretlintRuleId}#${messageId}`);
  if (known) return known;
  const short = secretlintRuleId
    .replace(PRESET_PREFIX, '')
    .replace('@pipeguard/secretlint-rule-', '');
  return entry(
    `${short}-${messageId}`.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
    `${short}: ${messageId}`,
    'high',
    rotate,
  );
}

/** RuleInfo for every pipeguard rule id, for SARIF `tool.driver.rules` and help text. */
export function allRules(): Record<string, RuleInfo> {
  const out: Record<string, RuleInfo> = {};
  for (const rule of entries.values())
    out[rule.id] ??= { title: rule.title, help: rule.help, severity: rule.severity };
  return out;
}

/** One row of the family table (docs/secrets.md): a rule id, its family, formats and peers. */
export interface FamilyRow {
  family: string;
  id: string;
  formats: string[];
  peers: Peer[];
  origin: ('pipeguard' | 'secretlint')[];
}

/** Every rule id with its family, from the patterns' metadata and the preset's table. */
export function familyRows(): FamilyRow[] {
  const rows = new Map<string, FamilyRow>();
  const add = (
    id: string,
    family: string,
    formats: string | undefined,
    peers: readonly Peer[],
    origin: 'pipeguard' | 'secretlint',
  ) => {
    const row = rows.get(id) ?? { family, id, formats: [], peers: [], origin: [] };
    if (formats && !row.formats.includes(formats)) row.formats.push(formats);
    row.peers = [...new Set([...row.peers, ...peers])];
    if (!row.origin.includes(origin)) row.origin.push(origin);
    rows.set(id, row);
  };
  for (const rule of [...PIPEGUARD_RULES, KUBERNETES, GENERIC])
    for (const p of rule.patterns)
      add(p.name, p.family ?? p.title, p.formats, p.peers ?? [], 'pipeguard');
  add(PKCS12_RULE.id, PKCS12_RULE.family, PKCS12_RULE.formats, PKCS12_RULE.peers, 'pipeguard');
  for (const [key, rule] of entries) {
    if (!key.startsWith(PRESET_PREFIX)) continue;
    const meta = PRESET_FAMILIES[rule.id];
    add(
      rule.id,
      meta?.family ?? rule.title,
      meta?.formats,
      [...(meta?.peers ?? []), 'secretlint'],
      'secretlint',
    );
  }
  const order = (p: Peer): number => ['gitleaks', 'secretlint', 'trufflehog'].indexOf(p);
  return (
    [...rows.values()]
      .map((r) => ({ ...r, peers: [...r.peers].sort((a, b) => order(a) - order(b)) }))
      // A table for people: English collation (case-insensitive), named so no locale changes it.
      .sort((a, b) => a.family.localeCompare(b.family, 'en') || a.id.localeCompare(b.id, 'en'))
  );
}
