/**
 * Family-table metadata for the rule ids secretlint's recommended preset reports (its rules are
 * not ours to annotate): the family, the formats it knows, and which other scanners detect it.
 */
import type { Peer } from './rules/factory.js';
import { peers } from './rules/shapes.js';

interface PresetFamily {
  family: string;
  formats: string;
  peers: Peer[];
}

const row = (family: string, formats: string, by: string): PresetFamily => ({
  family,
  formats,
  peers: peers(by),
});

export const PRESET_FAMILIES: Record<string, PresetFamily> = {
  'cloudflare-global-api-key': row('Cloudflare', '`cfk_` global API key (secretlint 13.1)', 'gt'),
  'tailscale-key': row(
    'Tailscale',
    '`tskey-api-` / `-auth-` / `-client-` / `-scim-` / `-webhook-` keys (secretlint 13.1)',
    't',
  ),
  'aws-secret-access-key': row('AWS', '40 chars beside an AWS secret name', 'gt'),
  'aws-access-key-id': row('AWS', '`AKIA` / `ASIA` / … + 16 chars', 'gt'),
  'gcp-service-account-key': row(
    'Google Cloud / Gemini',
    'service-account JSON (`private_key_id`)',
    't',
  ),
  'gcp-service-account-p12': row('Google Cloud / Gemini', 'service-account `.p12` file', 'g'),
  'private-key': row('Private keys', 'PEM private keys', 'gt'),
  'npm-access-token': row('npm', '`npm_` + 36 chars', 'gt'),
  'npm-auth-token': row('npm', '`_authToken=` in .npmrc', 't'),
  'github-oauth-url-token': row('GitHub', '`https://<token>:x-oauth-basic@github.com`', 't'),
  'url-basic-auth': row('URLs with credentials', '`https://user:password@host`', 't'),
  'slack-token': row('Slack', '`xoxb-` / `xoxp-` / `xapp-` / …', 'gt'),
  'slack-webhook': row('Slack', '`https://hooks.slack.com/services/…`', 'gt'),
  'sendgrid-api-key': row('SendGrid', '`SG.` + 22 `.` 43 chars', 'gt'),
  'shopify-token': row('Shopify', '`shpat_` / `shpca_` / `shppa_` / `shpss_` + 32 hex', 'gt'),
  'github-token': row(
    'GitHub',
    '`ghp_` / `gho_` / `ghu_` / `ghs_` / `ghr_` + 36 chars; `github_pat_` fine-grained',
    'gt',
  ),
  'gitlab-token': row('GitLab', '`glpat-` + 20 chars', 'gt'),
  'grafana-cloud-api-token': row('Grafana', '`glc_` + base64', 'gt'),
  'grafana-service-account-token': row('Grafana', '`glsa_` + 32 `_` 8 hex', 'gt'),
  'openai-api-key': row('OpenAI', '`sk-…T3BlbkFJ…`', 'gt'),
  'anthropic-api-key': row('Anthropic', '`sk-ant-api03-…`', 'gt'),
  'groq-api-key': row('Groq', '`gsk_` + 52 chars', 't'),
  'huggingface-token': row('Hugging Face', '`hf_` + 34 letters', 'gt'),
  'linear-api-key': row('Linear', '`lin_api_` + 40 chars', 'gt'),
  'notion-token': row('Notion', '`ntn_` + 46 chars', 'gt'),
  'onepassword-service-account-token': row('1Password', '`ops_eyJ…` (base64 JSON)', 'gt'),
  'database-url-password': row(
    'Database and broker URLs',
    '`mongodb://`, `mysql://`, `postgres://` with a password',
    't',
  ),
  'hashicorp-vault-token': row('HashiCorp Vault', '`hvs.` / `hvb.` / `hvr.` + chars', 'gt'),
  'vercel-token': row('Vercel', '`vcp_` / `vci_` / `vca_` / `vcr_` / `vck_` + 24+ chars', 't'),
  'databricks-token': row('Databricks', '`dapi` + 32 hex', 'gt'),
  'docker-hub-token': row('Docker Hub', '`dckr_pat_` + 27 chars', 't'),
  'figma-token': row('Figma', '`figd_` + 40 chars', 't'),
};
