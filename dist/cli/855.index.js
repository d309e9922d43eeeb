export const id = 855;
export const ids = [855];
export const modules = {

/***/ 855:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  FILTER_COMMENTS_ID: () => (/* binding */ FILTER_COMMENTS_ID),
  RULE_MODULES: () => (/* binding */ RULE_MODULES),
  allRules: () => (/* binding */ allRules),
  familyRows: () => (/* binding */ familyRows),
  ruleById: () => (/* binding */ ruleById),
  ruleFor: () => (/* binding */ ruleFor),
  supersededPresetRule: () => (/* binding */ supersededPresetRule)
});

// EXTERNAL MODULE: ./node_modules/@secretlint/secretlint-rule-preset-recommend/module/index.js
var secretlint_rule_preset_recommend_module = __webpack_require__(1577);
// EXTERNAL MODULE: ./src/checks/secrets/rules/shapes.ts
var shapes = __webpack_require__(4097);
;// CONCATENATED MODULE: ./src/checks/secrets/preset-families.ts

const row = (family, formats, by) => ({
    family,
    formats,
    peers: (0,shapes/* peers */.os)(by),
});
const PRESET_FAMILIES = {
    'cloudflare-global-api-key': row('Cloudflare', '`cfk_` global API key (secretlint 13.1)', 'gt'),
    'tailscale-key': row('Tailscale', '`tskey-api-` / `-auth-` / `-client-` / `-scim-` / `-webhook-` keys (secretlint 13.1)', 't'),
    'aws-secret-access-key': row('AWS', '40 chars beside an AWS secret name', 'gt'),
    'aws-access-key-id': row('AWS', '`AKIA` / `ASIA` / … + 16 chars', 'gt'),
    'gcp-service-account-key': row('Google Cloud / Gemini', 'service-account JSON (`private_key_id`)', 't'),
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
    'github-token': row('GitHub', '`ghp_` / `gho_` / `ghu_` / `ghs_` / `ghr_` + 36 chars; `github_pat_` fine-grained', 'gt'),
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
    'database-url-password': row('Database and broker URLs', '`mongodb://`, `mysql://`, `postgres://` with a password', 't'),
    'hashicorp-vault-token': row('HashiCorp Vault', '`hvs.` / `hvb.` / `hvr.` + chars', 'gt'),
    'vercel-token': row('Vercel', '`vcp_` / `vci_` / `vca_` / `vcr_` / `vck_` + 24+ chars', 't'),
    'databricks-token': row('Databricks', '`dapi` + 32 hex', 'gt'),
    'docker-hub-token': row('Docker Hub', '`dckr_pat_` + 27 chars', 't'),
    'figma-token': row('Figma', '`figd_` + 40 chars', 't'),
};

// EXTERNAL MODULE: ./src/checks/secrets/rules/factory.ts
var factory = __webpack_require__(4377);
;// CONCATENATED MODULE: ./src/checks/secrets/rules/ai.ts
/**
 * AI / ML platform keys a model pipeline holds. Provider formats where one exists; context-keyed
 * (the variable or key name next to the value) where the provider's keys have no distinctive form.
 */


const DOCS = 'https://pipeguard.dev/docs/secrets#ai-providers';
const rotate = (provider, where) => `Revoke the key in ${where}, issue a new one, and load it from the CI secret store or environment instead of the repository (${provider}).`;
const patterns = [
    {
        name: 'openai-api-key',
        title: 'OpenAI API key',
        help: rotate('OpenAI', 'the OpenAI dashboard (API keys)'),
        severity: 'high',
        keywords: ['t3blbkfj'],
        pattern: /(?<![A-Za-z0-9_-])(?<secret>sk-(?:(?:proj|svcacct|admin|None)-)?[A-Za-z0-9_-]{16,250}T3BlbkFJ[A-Za-z0-9_-]{16,250})(?![A-Za-z0-9_-])/dg,
        publicPrefixes: ['sk-proj-', 'sk-svcacct-', 'sk-admin-', 'sk-None-', 'sk-'],
    },
    {
        name: 'anthropic-api-key',
        title: 'Anthropic API key',
        help: rotate('Anthropic', 'the Anthropic Console (API keys)'),
        severity: 'high',
        keywords: ['sk-ant-api'],
        pattern: /(?<![A-Za-z0-9_-])(?<secret>sk-ant-api\d\d-[A-Za-z0-9_-]{80,120}AA)(?![A-Za-z0-9_-])/dg,
        publicPrefixes: ['sk-ant-api'],
    },
    {
        name: 'anthropic-admin-key',
        title: 'Anthropic Admin API key',
        help: rotate('Anthropic', 'the Anthropic Console (Admin keys); an admin key manages the whole organisation'),
        severity: 'critical',
        keywords: ['sk-ant-admin'],
        pattern: /(?<![A-Za-z0-9_-])(?<secret>sk-ant-admin\d\d-[A-Za-z0-9_-]{80,120}AA)(?![A-Za-z0-9_-])/dg,
        publicPrefixes: ['sk-ant-admin'],
    },
    {
        name: 'huggingface-org-token',
        title: 'Hugging Face organisation API token',
        help: rotate('Hugging Face', 'the organisation settings on huggingface.co'),
        severity: 'high',
        keywords: ['api_org_'],
        pattern: /(?<![A-Za-z0-9_])(?<secret>api_org_[A-Za-z]{34})(?![A-Za-z0-9_])/dg,
        publicPrefixes: ['api_org_'],
    },
    {
        name: 'huggingface-token',
        title: 'Hugging Face access token',
        help: rotate('Hugging Face', 'huggingface.co settings (Access Tokens)'),
        severity: 'high',
        keywords: ['hf_'],
        // secretlint's preset covers the 34-letter form; tokens with digits are matched here.
        pattern: /(?<![A-Za-z0-9_])(?<secret>hf_(?=[A-Za-z]*\d)[A-Za-z0-9]{34})(?![A-Za-z0-9_])/dg,
        publicPrefixes: ['hf_'],
    },
    {
        name: 'replicate-api-token',
        title: 'Replicate API token',
        help: rotate('Replicate', 'replicate.com account settings (API tokens)'),
        severity: 'high',
        keywords: ['r8_'],
        pattern: /(?<![A-Za-z0-9_])(?<secret>r8_[A-Za-z0-9]{37})(?![A-Za-z0-9_])/dg,
        publicPrefixes: ['r8_'],
    },
    {
        name: 'perplexity-api-key',
        title: 'Perplexity API key',
        help: rotate('Perplexity', 'the Perplexity API settings'),
        severity: 'high',
        keywords: ['pplx-'],
        pattern: /(?<![A-Za-z0-9_-])(?<secret>pplx-[A-Za-z0-9]{48})(?![A-Za-z0-9_-])/dg,
        publicPrefixes: ['pplx-'],
    },
    {
        name: 'xai-api-key',
        title: 'xAI API key',
        help: rotate('xAI', 'the xAI console (API keys)'),
        severity: 'high',
        keywords: ['xai-'],
        pattern: /(?<![A-Za-z0-9_-])(?<secret>xai-[A-Za-z0-9]{80})(?![A-Za-z0-9_-])/dg,
        publicPrefixes: ['xai-'],
    },
    {
        name: 'openrouter-api-key',
        title: 'OpenRouter API key',
        help: rotate('OpenRouter', 'openrouter.ai settings (Keys)'),
        severity: 'high',
        keywords: ['sk-or-'],
        pattern: /(?<![A-Za-z0-9_-])(?<secret>sk-or-v1-[a-f0-9]{64})(?![A-Za-z0-9_-])/dg,
        allowHex: true,
        publicPrefixes: ['sk-or-v1-'],
    },
    {
        name: 'langsmith-api-key',
        title: 'LangSmith API key',
        help: rotate('LangSmith', 'the LangSmith settings (API keys)'),
        severity: 'high',
        keywords: ['lsv2_'],
        pattern: /(?<![A-Za-z0-9_])(?<secret>lsv2_(?:pt|sk)_[a-f0-9]{32}_[a-f0-9]{10})(?![A-Za-z0-9_])/dg,
        publicPrefixes: ['lsv2_pt_', 'lsv2_sk_'],
    },
    {
        name: 'tavily-api-key',
        title: 'Tavily API key',
        help: rotate('Tavily', 'the Tavily dashboard'),
        severity: 'high',
        keywords: ['tvly-'],
        pattern: /(?<![A-Za-z0-9_-])(?<secret>tvly-(?:dev-|prod-)?[A-Za-z0-9]{32})(?![A-Za-z0-9_-])/dg,
        publicPrefixes: ['tvly-dev-', 'tvly-prod-', 'tvly-'],
    },
    {
        name: 'pinecone-api-key',
        title: 'Pinecone API key',
        help: rotate('Pinecone', 'the Pinecone console (API keys)'),
        severity: 'high',
        keywords: ['pcsk_'],
        pattern: /(?<![A-Za-z0-9_-])(?<secret>pcsk_[A-Za-z0-9]{4,8}_[A-Za-z0-9]{60,66})(?![A-Za-z0-9_-])/dg,
        publicPrefixes: ['pcsk_'],
    },
    {
        name: 'pinecone-legacy-api-key',
        title: 'Pinecone API key (legacy UUID form)',
        help: rotate('Pinecone', 'the Pinecone console (API keys)'),
        severity: 'high',
        keywords: ['pinecone'],
        pattern: (0,factory/* keyed */.D)(String.raw `pinecone[_-]?(?:api[_-]?)?key`, String.raw `[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}`),
        allowUuid: true,
    },
    {
        name: 'fireworks-api-key',
        title: 'Fireworks AI API key',
        help: rotate('Fireworks AI', 'the Fireworks account settings (API keys)'),
        severity: 'high',
        keywords: ['fw_'],
        pattern: /(?<![A-Za-z0-9_])(?<secret>fw_(?=[a-z0-9]*[A-Z])(?=[A-Za-z]*[0-9])[A-Za-z0-9]{24})(?![A-Za-z0-9_])/dg,
        publicPrefixes: ['fw_'],
    },
    {
        name: 'together-api-key',
        title: 'Together AI API key',
        help: rotate('Together AI', 'the Together AI settings (API keys)'),
        severity: 'high',
        keywords: ['tgp_v1_'],
        pattern: /(?<![A-Za-z0-9_])(?<secret>tgp_v1_[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/dg,
        publicPrefixes: ['tgp_v1_'],
    },
    {
        name: 'together-legacy-api-key',
        title: 'Together AI API key (64-hex form)',
        help: rotate('Together AI', 'the Together AI settings (API keys)'),
        severity: 'high',
        keywords: ['together'],
        pattern: (0,factory/* keyed */.D)(String.raw `together[_-]?(?:ai[_-]?)?(?:api[_-]?)?key`, '[a-f0-9]{64}'),
        allowHex: true,
    },
    {
        name: 'cohere-api-key',
        title: 'Cohere API key',
        help: rotate('Cohere', 'the Cohere dashboard (API keys)'),
        severity: 'high',
        keywords: ['cohere', 'co_api_key', 'co-api-key'],
        pattern: (0,factory/* keyed */.D)(String.raw `cohere[_-]?(?:api[_-]?)?(?:key|token)|\bco[_-]api[_-]key|cohere\.(?:Async)?Client(?:V2)?\(\s*(?:api_key\s*=\s*)?`, '[A-Za-z0-9]{40}'),
        minEntropy: 3.5,
    },
    {
        name: 'mistral-api-key',
        title: 'Mistral AI API key',
        help: rotate('Mistral AI', 'the Mistral console (API keys)'),
        severity: 'high',
        keywords: ['mistral'],
        pattern: (0,factory/* keyed */.D)(String.raw `mistral[_-]?(?:ai[_-]?)?(?:api[_-]?)?(?:key|token)|\bMistral\(\s*api_key\s*=\s*`, '[A-Za-z0-9]{32}'),
        minEntropy: 3.5,
    },
    {
        name: 'wandb-api-key',
        title: 'Weights & Biases API key',
        help: rotate('Weights & Biases', 'wandb.ai user settings (API keys)'),
        severity: 'high',
        keywords: ['wandb'],
        pattern: (0,factory/* keyed */.D)(String.raw `wandb[_-]?(?:api[_-]?)?key|wandb\s+login(?:\s+--relogin)?|wandb\.login\(\s*key\s*=\s*`, '(?:local-)?[a-f0-9]{40}'),
        allowHex: true,
        minEntropy: 3.2,
    },
    {
        name: 'deepseek-api-key',
        title: 'DeepSeek API key',
        help: rotate('DeepSeek', 'the DeepSeek platform (API keys)'),
        severity: 'high',
        keywords: ['deepseek'],
        pattern: (0,factory/* keyed */.D)(String.raw `deepseek[_-]?(?:api[_-]?)?(?:key|token)`, 'sk-[a-f0-9]{32}'),
        allowHex: true,
        publicPrefixes: ['sk-'],
    },
];
const MORE = [
    (0,shapes/* token */.Sh)({
        name: 'elevenlabs-api-key',
        title: 'ElevenLabs API key',
        family: 'ElevenLabs',
        where: 'the ElevenLabs settings (API keys)',
        by: 't',
        prefixes: ['sk_'],
        // `sk_` is in every other identifier (`task_`, `disk_`): run where ElevenLabs is named.
        keywords: ['elevenlabs', 'eleven_labs', 'xi-api-key', 'xi_api_key'],
        body: (0,shapes/* HEX */.UG)(48),
        allowHex: true,
        formats: '`sk_` + 48 hex (in a file naming ElevenLabs); legacy 32 hex beside an ElevenLabs / `xi-api-key` name',
    }),
    (0,shapes/* named */.KT)({
        name: 'elevenlabs-api-key',
        title: 'ElevenLabs API key (legacy 32-hex form)',
        family: 'ElevenLabs',
        where: 'the ElevenLabs settings (API keys)',
        by: 't',
        key: String.raw `eleven[_-]?labs[_-]?(?:api[_-]?)?key|xi[_-]api[_-]key`,
        keywords: ['elevenlabs', 'eleven_labs', 'xi-api-key', 'xi_api_key'],
        value: (0,shapes/* HEX */.UG)(32),
        allowHex: true,
        formats: '32 hex beside an ElevenLabs name',
    }),
    (0,shapes/* named */.KT)({
        name: 'assemblyai-api-key',
        title: 'AssemblyAI API key',
        family: 'AssemblyAI',
        where: 'the AssemblyAI dashboard',
        by: 't',
        key: String.raw `assembly[_-]?ai[_-]?(?:api[_-]?)?key|aai\.settings\.api_key\s*=\s*`,
        keywords: ['assemblyai', 'assembly_ai', 'assembly-ai', 'aai.settings'],
        value: (0,shapes/* HEX */.UG)(32),
        allowHex: true,
        formats: '32 hex beside an ASSEMBLYAI_API_KEY name',
    }),
    (0,shapes/* named */.KT)({
        name: 'deepgram-api-key',
        title: 'Deepgram API key',
        family: 'Deepgram',
        where: 'the Deepgram console (API keys)',
        by: 't',
        key: String.raw `deepgram[_-]?(?:api[_-]?)?(?:key|token|secret)|DeepgramClient\(\s*(?:api_key\s*=\s*)?`,
        keywords: ['deepgram'],
        value: (0,shapes/* HEX */.UG)(40),
        allowHex: true,
        formats: '40 hex beside a DEEPGRAM_API_KEY name',
    }),
    (0,shapes/* token */.Sh)({
        name: 'voyage-api-key',
        title: 'Voyage AI API key',
        family: 'Voyage AI',
        where: 'the Voyage AI dashboard (API keys)',
        by: '',
        prefixes: ['pa-'],
        body: `(?=[A-Za-z0-9_-]*[A-Z])(?=[A-Za-z0-9_-]*[a-z])(?=[A-Za-z0-9_-]*[0-9])${(0,shapes/* URLSAFE */.dD)(43)}`,
        minEntropy: 4,
        formats: '`pa-` + 43 chars',
    }),
    (0,shapes/* token */.Sh)({
        name: 'langfuse-secret-key',
        title: 'Langfuse secret key',
        family: 'Langfuse',
        where: 'the Langfuse project settings (API keys)',
        by: 't',
        prefixes: ['sk-lf-'],
        body: shapes/* UUID */.kk,
        allowUuid: true,
        formats: '`sk-lf-` + UUID (`pk-lf-` keys are public)',
    }),
    (0,shapes/* token */.Sh)({
        name: 'nvidia-api-key',
        title: 'NVIDIA NGC / build.nvidia.com API key',
        family: 'NVIDIA',
        where: 'NGC (Setup > API keys)',
        by: 't',
        prefixes: ['nvapi-'],
        body: (0,shapes/* URLSAFE */.dD)(64),
        formats: '`nvapi-` + 64 chars',
    }),
    (0,shapes/* named */.KT)({
        name: 'privateai-api-key',
        title: 'Private AI API key',
        family: 'Private AI',
        by: 'g',
        key: String.raw `private[_-]?ai[_-]?(?:api[_-]?)?(?:key|token)`,
        keywords: ['privateai', 'private_ai', 'private-ai'],
        value: (0,shapes/* ALNUM */.GO)(32),
        minEntropy: 3.5,
        formats: '32 alphanumerics beside a Private AI name',
    }),
];
const aiProviders = (0,factory/* patternRule */.T)('@pipeguard/secretlint-rule-ai-providers', DOCS, (0,shapes/* describe */.q0)([...patterns, ...MORE], {
    'openai-api-key': [
        'OpenAI',
        '`sk-proj-` / `sk-svcacct-` / `sk-admin-` / `sk-` … `T3BlbkFJ` …',
        'gst',
    ],
    'anthropic-api-key': ['Anthropic', '`sk-ant-api03-` + 93 chars + `AA`', 'gst'],
    'anthropic-admin-key': ['Anthropic', '`sk-ant-admin01-` + 93 chars + `AA`', 'gt'],
    'huggingface-org-token': ['Hugging Face', '`api_org_` + 34 letters', 'gt'],
    'huggingface-token': ['Hugging Face', '`hf_` + 34 chars', 'gst'],
    'replicate-api-token': ['Replicate', '`r8_` + 37 chars', 't'],
    'perplexity-api-key': ['Perplexity', '`pplx-` + 48 chars', 'g'],
    'xai-api-key': ['xAI', '`xai-` + 80 chars', 't'],
    'openrouter-api-key': ['OpenRouter', '`sk-or-v1-` + 64 hex', 't'],
    'langsmith-api-key': ['LangSmith', '`lsv2_pt_` / `lsv2_sk_` + 32 hex `_` 10 hex', 't'],
    'tavily-api-key': ['Tavily', '`tvly-` (`tvly-dev-`, `tvly-prod-`) + 32 chars', ''],
    'pinecone-api-key': ['Pinecone', '`pcsk_` + 4–8 `_` 60–66 chars', 't'],
    'pinecone-legacy-api-key': ['Pinecone', 'UUID beside a PINECONE_API_KEY name', 't'],
    'fireworks-api-key': ['Fireworks AI', '`fw_` + 24 chars', ''],
    'together-api-key': ['Together AI', '`tgp_v1_` + 43 chars', ''],
    'together-legacy-api-key': ['Together AI', '64 hex beside a TOGETHER_API_KEY name', ''],
    'cohere-api-key': [
        'Cohere',
        '40 chars beside a COHERE_API_KEY name or `cohere.Client(…)`',
        'gt',
    ],
    'mistral-api-key': ['Mistral AI', '32 chars beside a MISTRAL_API_KEY name', 't'],
    'wandb-api-key': ['Weights & Biases', '40 hex beside WANDB_API_KEY / `wandb login`', 't'],
    'deepseek-api-key': ['DeepSeek', '`sk-` + 32 hex beside a DEEPSEEK_API_KEY name', 't'],
}));

;// CONCATENATED MODULE: ./src/checks/secrets/rules/cloud.ts
/**
 * Cloud providers: Google (API / Gemini keys, OAuth client secrets and tokens, application-default
 * `authorized_user` credentials), Azure (storage account keys in any language's syntax, SAS
 * signatures with valid permissions, Entra client secrets and refresh tokens, Azure OpenAI, Azure
 * DevOps), AWS (access keys, session tokens, Bedrock API keys, AppSync keys), DigitalOcean.
 */


const cloud_DOCS = 'https://pipeguard.dev/docs/secrets#cloud';
/** AWS secret access keys are 40 chars of base64 alphabet with upper, lower and a digit or `/+`. */
const AWS_SECRET = String.raw `(?=[A-Za-z0-9/+]*[a-z])(?=[A-Za-z0-9/+]*[A-Z])(?=[A-Za-z0-9/+]*[0-9/+])[A-Za-z0-9/+]{40}`;
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
const cloud_MORE = [
    (0,shapes/* named */.KT)({
        ...AZ,
        name: 'azure-openai-api-key',
        title: 'Azure OpenAI / Azure AI services key',
        where: 'the Azure portal (the resource’s Keys and Endpoint > Regenerate)',
        by: 't',
        key: String.raw `azure[_-]?(?:openai|oai|cognitive[_-]?services?|ai[_-]?services?|ai)[_-]?(?:api[_-]?)?key|AZURE_OPENAI_KEY`,
        keywords: ['azure'],
        value: `${(0,shapes/* HEX */.UG)(32)}|[A-Za-z0-9]{84}`,
        allowHex: true,
        formats: '32 hex (or the 84-char form) beside an AZURE_OPENAI_API_KEY name',
    }),
    (0,shapes/* named */.KT)({
        ...AZ,
        name: 'azure-devops-pat',
        title: 'Azure DevOps personal access token',
        where: 'Azure DevOps (User settings > Personal access tokens)',
        by: 't',
        key: String.raw `(?:azure[_-]?devops|\bado|azdo|vsts)[_-]?(?:ext[_-]?)?(?:pat|token|personal[_-]?access[_-]?token)`,
        keywords: ['azure_devops', 'azure-devops', 'azuredevops', 'ado_', 'azdo', 'vsts'],
        value: '[a-z2-7]{52}|[A-Za-z0-9]{84}',
        minEntropy: 3.5,
        formats: '52 base32 chars (or the 84-char form) beside an Azure DevOps PAT name',
    }),
    (0,shapes/* named */.KT)({
        ...ENTRA,
        name: 'azure-entra-refresh-token',
        title: 'Microsoft Entra ID refresh token',
        by: 't',
        key: String.raw `refresh[_-]?token`,
        keywords: ['refresh'],
        value: String.raw `0\.A[A-Za-z0-9_.\-]{300,4000}`,
        minEntropy: 4,
        publicPrefixes: ['0.A'],
        formats: '`0.A…` (300+ chars) beside a refresh_token name',
    }),
    (0,shapes/* token */.Sh)({
        ...AWS,
        name: 'aws-bedrock-api-key',
        title: 'Amazon Bedrock API key (long-term)',
        by: 'g',
        prefixes: ['ABSKQmVkcm9ja0FQSUtleS'],
        body: '[A-Za-z0-9+/]{40,300}={0,2}',
        edge: String.raw `A-Za-z0-9_+/=\-`,
        formats: '`ABSK` + base64 of `BedrockAPIKey-…`',
    }),
    (0,shapes/* token */.Sh)({
        ...AWS,
        name: 'aws-bedrock-short-term-key',
        title: 'Amazon Bedrock API key (short-term)',
        by: 'g',
        severity: 'medium',
        prefixes: ['bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t'],
        body: '[A-Za-z0-9+/%]{100,6000}={0,2}',
        edge: String.raw `A-Za-z0-9_+/=%\-`,
        formats: '`bedrock-api-key-` + base64 of a presigned `bedrock.amazonaws.com` URL',
    }),
    (0,shapes/* token */.Sh)({
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
    (0,shapes/* named */.KT)({
        ...AWS,
        name: 'aws-session-token',
        title: 'AWS session token',
        by: 't',
        severity: 'medium',
        key: String.raw `aws[_-]?session[_-]?token|x-amz-security-token|SessionToken`,
        keywords: ['session_token', 'session-token', 'sessiontoken', 'security-token'],
        value: '[A-Za-z0-9/+=]{100,2000}',
        minEntropy: 4,
        formats: '100+ base64 chars beside an AWS_SESSION_TOKEN name',
    }),
    (0,shapes/* token */.Sh)({
        ...GOOGLE,
        name: 'google-oauth-client-secret',
        title: 'Google OAuth client secret',
        by: 't',
        prefixes: ['GOCSPX-'],
        body: '[A-Za-z0-9_\-]{28}',
        formats: '`GOCSPX-` + 28 chars',
    }),
    (0,shapes/* token */.Sh)({
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
        peers: (0,shapes/* peers */.os)('t'),
        keywords: ['authorized_user'],
        pattern: /"refresh_token"\s*:\s*"(?<secret>[^"\s\\]{20,512})"/dg,
        minEntropy: 3.5,
        accept: (_secret, match) => /"type"\s*:\s*"authorized_user"/.test(match.input ?? ''),
    },
    (0,shapes/* named */.KT)({
        ...GOOGLE,
        name: 'google-oauth-refresh-token',
        title: 'Google OAuth refresh token',
        by: 't',
        key: String.raw `refresh[_-]?token`,
        keywords: ['refresh'],
        value: String.raw `1//0[A-Za-z0-9_\-]{40,300}`,
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
function validSasQuery(match) {
    const input = match.input ?? '';
    const at = match.index ?? 0;
    let start = at;
    while (start > 0 && at - start < 2000 && !/[\s"'<>?]/.test(input[start - 1]))
        start--;
    let end = at + match[0].length;
    while (end < input.length && end - at < 4000 && !/[\s"'<>]/.test(input[end]))
        end++;
    const params = new Map();
    for (const pair of input.slice(start, end).split(/[&;]/)) {
        const eq = pair.indexOf('=');
        if (eq > 0)
            params.set(pair.slice(0, eq).toLowerCase(), safeDecode(pair.slice(eq + 1)));
    }
    const sp = params.get('sp');
    if (sp !== undefined && (!SAS_PERMISSIONS.test(sp) || new Set(sp).size !== sp.length))
        return false;
    const sip = params.get('sip');
    if (sip !== undefined && !validIpRange(sip))
        return false;
    const spr = params.get('spr');
    return spr === undefined || spr === 'https' || spr === 'https,http';
}
function safeDecode(value) {
    try {
        return decodeURIComponent(value);
    }
    catch {
        return value;
    }
}
function ipValue(ip) {
    const m = IPV4.exec(ip);
    if (!m)
        return undefined;
    const octets = m.slice(1).map(Number);
    if (octets.some((o) => o > 255))
        return undefined;
    return octets.reduce((n, o) => n * 256 + o, 0);
}
function validIpRange(sip) {
    const [from, to, ...rest] = sip.split('-');
    if (rest.length > 0 || from === undefined)
        return false;
    const low = ipValue(from);
    if (low === undefined)
        return false;
    if (to === undefined)
        return true;
    const high = ipValue(to);
    return high !== undefined && high >= low;
}
const cloud_patterns = [
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
        peers: (0,shapes/* peers */.os)('gt'),
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
        pattern: /(?:account[_-]?key|storage[_-]?(?:account[_-]?)?(?:access[_-]?)?key|shared[_-]?key[_-]?credential)[^\n]{0,60}?(?<![A-Za-z0-9+/])(?<secret>[A-Za-z0-9+/]{86}==)(?![A-Za-z0-9+/=])/dgi,
        family: 'Azure',
        formats: '88-char base64 `AccountKey` in connection strings, code, XML, CLI flags',
        peers: (0,shapes/* peers */.os)('gt'),
    },
    {
        name: 'azure-sas-token',
        title: 'Azure shared access signature',
        help: 'Revoke the SAS (rotate the key that signed it or its stored access policy) and issue short-lived SAS tokens at run time.',
        severity: 'high',
        keywords: ['sig='],
        pattern: /[?&;]sv=\d{4}-\d\d-\d\d[^\s"'<>]*?[&;]sig=(?<secret>[A-Za-z0-9%+/]{40,100}(?:%3D|=){0,2})/dg,
        accept: (_secret, match) => validSasQuery(match),
        family: 'Azure',
        formats: '`?sv=<date>…&sig=…` with valid `sp` permissions and `sip` range',
        peers: (0,shapes/* peers */.os)('t'),
    },
    {
        name: 'azure-client-secret',
        title: 'Azure Entra ID (AAD) client secret',
        help: 'Delete the client secret in Entra ID (App registrations > Certificates & secrets) and prefer workload identity federation.',
        severity: 'high',
        keywords: ['q~'],
        pattern: /(?<![A-Za-z0-9_~.-])(?<secret>[A-Za-z0-9_~.-]{3}\dQ~[A-Za-z0-9_~.-]{31,34})(?![A-Za-z0-9_~.-])/dg,
        minEntropy: 3.5,
        family: 'Microsoft Entra ID (Azure AD)',
        formats: '3 chars + digit + `Q~` + 31–34 chars',
        peers: (0,shapes/* peers */.os)('gt'),
    },
    {
        name: 'aws-access-key-id',
        title: 'AWS access key ID',
        help: 'An access key ID is half of a credential: find and deactivate the key pair in IAM, and look for its secret nearby.',
        severity: 'medium',
        keywords: ['AKIA', 'ASIA', 'ABIA', 'ACCA'],
        pattern: /(?<![A-Za-z0-9])(?<secret>(?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16})(?![A-Za-z0-9])/dg,
        // A presigned URL names the key ID in the clear by design; its signature expires.
        accept: (_secret, match) => !/X-Amz-Credential=$/i.test(match.input?.slice(Math.max(0, (match.index ?? 0) - 20), match.index) ?? ''),
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
        peers: (0,shapes/* peers */.os)('gst'),
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
        pattern: (0,factory/* keyed */.D)(String.raw `aws[_-]?secret[_-]?(?:access[_-]?)?key(?:[_-]?id)?|secret[_-]?access[_-]?key|aws[_-]?secret`, AWS_SECRET),
        minEntropy: 4,
        family: 'AWS',
        formats: '40 base64 chars beside an AWS secret name, or after a key ID',
        peers: (0,shapes/* peers */.os)('gst'),
    },
    {
        name: 'aws-secret-access-key',
        title: 'AWS secret access key',
        help: 'Deactivate and delete the access key in IAM, review CloudTrail for its use, and use OIDC roles or a secret store instead.',
        severity: 'critical',
        keywords: ['AKIA', 'ASIA'],
        // Pattern pair: a key ID followed closely (same or next lines) by a 40-char secret.
        pattern: new RegExp(String.raw `(?:AKIA|ASIA)[A-Z2-7]{16}(?![A-Za-z0-9])[^\n]{0,120}(?:\n[^\n]{0,120}){0,2}?(?<![A-Za-z0-9/+])(?<secret>${AWS_SECRET})(?![A-Za-z0-9/+=])`, 'dg'),
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
        peers: (0,shapes/* peers */.os)('gt'),
    },
    ...cloud_MORE,
];
const cloudProviders = (0,factory/* patternRule */.T)('@pipeguard/secretlint-rule-cloud', cloud_DOCS, cloud_patterns);

;// CONCATENATED MODULE: ./src/checks/secrets/rules/commerce.ts
/**
 * Payments, shipping and finance APIs: Stripe webhook secrets, Square, Plaid, Flutterwave,
 * GoCardless, Braintree, Razorpay, EasyPost, Shippo, Duffel, Lob, Finicity, Finnhub and crypto
 * exchanges (Coinbase, Kraken, KuCoin, Bittrex).
 */


const commerce_DOCS = 'https://pipeguard.dev/docs/secrets#commerce';
const commerce_patterns = [
    (0,shapes/* token */.Sh)({
        name: 'stripe-webhook-secret',
        title: 'Stripe webhook signing secret',
        family: 'Stripe',
        where: 'the Stripe Dashboard (Developers > Webhooks > Roll secret)',
        by: 't',
        prefixes: ['whsec_'],
        body: '[A-Za-z0-9+/=]{32,64}',
        minEntropy: 3.5,
        formats: '`whsec_` + 32–64 chars',
    }),
    (0,shapes/* token */.Sh)({
        name: 'square-access-token',
        title: 'Square access token',
        family: 'Square',
        where: 'the Square Developer Dashboard',
        by: 'gt',
        severity: 'critical',
        prefixes: ['EAAA'],
        body: (0,shapes/* URLSAFE */.dD)(60),
        minEntropy: 4,
        formats: '`EAAA` + 60 chars; legacy `sq0atp-` + 22 chars',
    }),
    (0,shapes/* token */.Sh)({
        name: 'square-access-token',
        title: 'Square access token (legacy)',
        family: 'Square',
        where: 'the Square Developer Dashboard',
        by: 'gt',
        severity: 'critical',
        prefixes: ['sq0atp-'],
        body: (0,shapes/* URLSAFE */.dD)(22),
        formats: '`sq0atp-` + 22 chars',
    }),
    (0,shapes/* token */.Sh)({
        name: 'square-application-secret',
        title: 'Square OAuth application secret',
        family: 'Square',
        where: 'the Square Developer Dashboard',
        by: 'gt',
        prefixes: ['sq0csp-'],
        body: (0,shapes/* URLSAFE */.dD)(43),
        formats: '`sq0csp-` + 43 chars',
    }),
    (0,shapes/* token */.Sh)({
        name: 'plaid-access-token',
        title: 'Plaid access token',
        family: 'Plaid',
        where: 'Plaid (/item/remove, then relink)',
        by: 'gt',
        prefixes: ['access-sandbox-', 'access-development-', 'access-production-'],
        body: shapes/* UUID */.kk,
        allowUuid: true,
        formats: '`access-<environment>-` + UUID',
    }),
    (0,shapes/* named */.KT)({
        name: 'plaid-secret',
        title: 'Plaid API secret',
        family: 'Plaid',
        where: 'the Plaid Dashboard (Team settings > Keys)',
        by: 'gt',
        key: String.raw `plaid[_-]?(?:api[_-]?)?(?:secret|sandbox[_-]?secret|production[_-]?secret|development[_-]?secret)(?:[_-]?key)?`,
        keywords: ['plaid'],
        value: '[a-f0-9]{30}',
        allowHex: true,
        formats: '30 hex beside a PLAID_SECRET name',
    }),
    (0,shapes/* token */.Sh)({
        name: 'flutterwave-secret-key',
        title: 'Flutterwave secret or encryption key',
        family: 'Flutterwave',
        by: 'gt',
        severity: 'critical',
        prefixes: ['FLWSECK_TEST-', 'FLWSECK-'],
        body: `${(0,shapes/* HEX */.UG)(32)}-X`,
        allowHex: true,
        formats: '`FLWSECK-` / `FLWSECK_TEST-` + 32 hex + `-X`; encryption key `FLWSECK_TEST` + 12 hex',
    }),
    (0,shapes/* token */.Sh)({
        name: 'flutterwave-secret-key',
        title: 'Flutterwave encryption key',
        family: 'Flutterwave',
        by: 'gt',
        prefixes: ['FLWSECK_TEST', 'FLWSECK'],
        body: (0,shapes/* HEX */.UG)(12),
        allowHex: true,
        formats: '`FLWSECK_TEST` + 12 hex',
    }),
    (0,shapes/* named */.KT)({
        name: 'gocardless-access-token',
        title: 'GoCardless access token',
        family: 'GoCardless',
        by: 'gt',
        severity: 'critical',
        key: String.raw `gocardless[_-]?(?:access[_-]?|api[_-]?)?(?:token|key)`,
        keywords: ['gocardless'],
        value: `(?:live|sandbox)_${(0,shapes/* URLSAFE */.dD)(40)}`,
        publicPrefixes: ['live_', 'sandbox_'],
        formats: '`live_` / `sandbox_` + 40 chars beside a GoCardless name',
    }),
    (0,shapes/* token */.Sh)({
        name: 'braintree-access-token',
        title: 'Braintree / PayPal access token',
        family: 'Braintree (PayPal)',
        by: 'gt',
        severity: 'critical',
        prefixes: ['access_token$production$', 'access_token$sandbox$'],
        body: String.raw `[a-z0-9]{16}\$${(0,shapes/* HEX */.UG)(32)}`,
        allowHex: true,
        edge: String.raw `A-Za-z0-9_$\-`,
        formats: '`access_token$production$` + 16 chars `$` 32 hex',
    }),
    (0,shapes/* named */.KT)({
        name: 'razorpay-key-secret',
        title: 'Razorpay key secret',
        family: 'Razorpay',
        by: 't',
        key: String.raw `razorpay[_-]?(?:key[_-]?)?secret`,
        keywords: ['razorpay'],
        value: (0,shapes/* ALNUM */.GO)(24),
        minEntropy: 3.5,
        formats: '24 alphanumerics beside a RAZORPAY_KEY_SECRET name',
    }),
    (0,shapes/* token */.Sh)({
        name: 'easypost-api-key',
        title: 'EasyPost API key',
        family: 'EasyPost',
        by: 'g',
        prefixes: ['EZAK', 'EZTK'],
        body: (0,shapes/* HEX */.UG)(54),
        allowHex: true,
        formats: '`EZAK` (production) / `EZTK` (test) + 54 hex',
    }),
    (0,shapes/* token */.Sh)({
        name: 'shippo-api-token',
        title: 'Shippo API token',
        family: 'Shippo',
        by: 'gt',
        prefixes: ['shippo_live_', 'shippo_test_'],
        body: (0,shapes/* HEX */.UG)(40),
        allowHex: true,
        formats: '`shippo_live_` / `shippo_test_` + 40 hex',
    }),
    (0,shapes/* token */.Sh)({
        name: 'duffel-api-token',
        title: 'Duffel API token',
        family: 'Duffel',
        by: 'gt',
        prefixes: ['duffel_test_', 'duffel_live_'],
        body: (0,shapes/* URLSAFE */.dD)(43),
        formats: '`duffel_live_` / `duffel_test_` + 43 chars',
    }),
    (0,shapes/* named */.KT)({
        name: 'lob-api-key',
        title: 'Lob API key',
        family: 'Lob',
        by: 'gt',
        key: String.raw `lob[_-]?(?:api[_-]?|secret[_-]?)?key`,
        keywords: ['lob_', 'lob-', 'lobapi', 'lobkey', 'lobsecret'],
        value: `(?:live|test)_${(0,shapes/* HEX */.UG)(35)}`,
        allowHex: true,
        publicPrefixes: ['live_', 'test_'],
        formats: '`live_` / `test_` + 35 hex beside a Lob name',
    }),
    (0,shapes/* named */.KT)({
        name: 'finicity-client-secret',
        title: 'Finicity API key or client secret',
        family: 'Finicity (Mastercard)',
        by: 'g',
        key: String.raw `finicity[_-]?(?:app[_-]?|client[_-]?|api[_-]?)?(?:secret|key|token)`,
        keywords: ['finicity'],
        value: '[A-Za-z0-9]{20}|[a-f0-9]{32}',
        allowHex: true,
        formats: '20 alphanumerics or 32 hex beside a Finicity name',
    }),
    (0,shapes/* named */.KT)({
        name: 'finnhub-api-key',
        title: 'Finnhub API key',
        family: 'Finnhub',
        by: 'gt',
        severity: 'medium',
        key: String.raw `finnhub[_-]?(?:api[_-]?|access[_-]?)?(?:key|token)`,
        keywords: ['finnhub'],
        value: '[a-z0-9]{20}',
        formats: '20 lowercase alphanumerics beside a Finnhub name',
    }),
    (0,shapes/* named */.KT)({
        name: 'coinbase-api-secret',
        title: 'Coinbase API secret',
        family: 'Coinbase',
        by: 'gt',
        severity: 'critical',
        key: String.raw `coinbase[_-]?(?:api[_-]?|access[_-]?)?(?:secret|token)`,
        keywords: ['coinbase'],
        value: '[A-Za-z0-9_\\-]{64}|[A-Za-z0-9+/]{86,88}={0,2}',
        minEntropy: 4,
        formats: '64 chars (or base64 of a key) beside a Coinbase name',
    }),
    (0,shapes/* named */.KT)({
        name: 'kraken-api-secret',
        title: 'Kraken API secret',
        family: 'Kraken',
        by: 'gt',
        severity: 'critical',
        key: String.raw `kraken[_-]?(?:api[_-]?|private[_-]?)?(?:secret|key)`,
        keywords: ['kraken'],
        value: '[A-Za-z0-9/+=]{80,90}',
        minEntropy: 4,
        formats: '80–90 base64 chars beside a Kraken name',
    }),
    (0,shapes/* named */.KT)({
        name: 'kucoin-api-secret',
        title: 'KuCoin API secret',
        family: 'KuCoin',
        by: 'gt',
        severity: 'critical',
        key: String.raw `kucoin[_-]?(?:api[_-]?)?(?:secret|key|passphrase)`,
        keywords: ['kucoin'],
        value: `${shapes/* UUID */.kk}|${(0,shapes/* HEX */.UG)(24)}`,
        allowUuid: true,
        allowHex: true,
        formats: 'UUID secret or 24-hex key beside a KuCoin name',
    }),
    (0,shapes/* named */.KT)({
        name: 'bittrex-api-key',
        title: 'Bittrex API key or secret',
        family: 'Bittrex',
        by: 'g',
        key: String.raw `bittrex[_-]?(?:api[_-]?)?(?:secret|key)`,
        keywords: ['bittrex'],
        value: '[a-f0-9]{32}',
        allowHex: true,
        formats: '32 hex beside a Bittrex name',
    }),
];
const commerce = (0,factory/* patternRule */.T)('@pipeguard/secretlint-rule-commerce', commerce_DOCS, commerce_patterns);

// EXTERNAL MODULE: ./src/checks/secrets/rules/look-alikes.ts
var look_alikes = __webpack_require__(6320);
;// CONCATENATED MODULE: ./src/checks/secrets/rules/credentials.ts
/**
 * Key material and passwords: every PEM private key form (PKCS#1/#8 including short ed25519 keys,
 * encrypted PKCS#8, EC, DSA, OpenSSH, PGP), JSON-escaped PEM, PuTTY keys, and database / broker
 * URLs or connection strings with a real password.
 */



const credentials_DOCS = 'https://pipeguard.dev/docs/secrets#credentials';
const PEM_LABEL = String.raw `(?:(?:RSA|DSA|EC|OPENSSH|ENCRYPTED|PGP|SSH2 ENCRYPTED) )?PRIVATE KEY(?: BLOCK)?`;
/** The body may use real newlines, `\n` escapes (JSON, .env) or both; headers like `Proc-Type:` are allowed. */
const PEM_BLOCK = new RegExp(String.raw `(?<secret>-----BEGIN ${PEM_LABEL}-----(?:\\r|\\n|\r|\n|[ \t])+(?<body>[A-Za-z0-9+/=:,\- \t\r\n\\]{20,12000}?)-----END ${PEM_LABEL}-----)`, 'dg');
/**
 * At least 40 base64 characters once escapes, whitespace and headers are removed, no `...`, and
 * the bytes of a key format.
 */
function realKeyBody(match) {
    const body = match.groups?.body ?? '';
    const lines = body
        .replace(/\\r|\\n/g, '\n')
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== '' && !/^[A-Za-z-]+:/.test(line));
    const base64 = lines.join('');
    if (base64.length < 40 || !/^[A-Za-z0-9+/=]+$/.test(base64))
        return false;
    if ((0,look_alikes/* isLookAlike */.Qm)(base64))
        return false;
    // Key material has a known start: a DER SEQUENCE, OpenSSH's or ssh.com's magic. PGP blocks and
    // legacy encrypted PEM (Proc-Type headers) carry other bytes.
    if (/PGP/.test(match[0].slice(0, 40)) || /Proc-Type:/.test(body))
        return true;
    const head = Buffer.from(base64.slice(0, 24), 'base64');
    return (head[0] === 0x30 ||
        head.subarray(0, 14).toString('latin1') === 'openssh-key-v1' ||
        head.readUInt32BE(0) === 0x3f6ff9eb);
}
const credentials_patterns = [
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
        pattern: /(?<secret>PuTTY-User-Key-File-[23]: [^\r\n]+(?:\r?\n[^\r\n]*){2,12}?\r?\nPrivate-Lines: \d+(?:\r?\n[A-Za-z0-9+/=]+)+)/dg,
    },
    {
        name: 'database-url-password',
        title: 'Database or broker URL with a password',
        help: 'Change the password on the server, and build the URL at run time from a secret (e.g. `${DATABASE_PASSWORD}`).',
        severity: 'high',
        keywords: [/:\/\/[^\s/@:]{0,100}:[^\s/@]{3,200}@/],
        pattern: /(?<![A-Za-z0-9+])(?:rediss?|amqps?|mssql|sqlserver|mariadb|clickhouse|cockroachdb|couchdbs?|neo4j(?:\+s|\+ssc)?|bolt|db2|oracle|snowflake|postgres(?:ql)?\+[a-z0-9]+|mysql\+[a-z0-9]+|mongodb\+[a-z0-9]+):\/\/(?<user>[^:/\s@"'<>]{0,100}):(?<secret>[^@/\s"'<>]{3,200})@(?<host>[A-Za-z0-9.\-_[\]]{1,253})/dgi,
        accept: (secret, match) => isRealPassword(secret) &&
            realDatabaseScheme(match[0]) &&
            !isDocumentationHost(match.groups?.host ?? ''),
    },
    {
        name: 'connection-string-password',
        title: 'Connection string with a password',
        help: 'Change the password on the server and assemble the connection string from a secret at run time.',
        severity: 'high',
        keywords: ['password=', 'pwd='],
        pattern: /(?:Server|Data Source|Host|Address|Addr)\s*=[^;"'\n]{1,200};(?:[^;"'\n]{0,200};){0,8}?\s*(?:Password|Pwd)\s*=\s*(?<secret>[^;"'\s]{3,200})/dgi,
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
function isRealPassword(password) {
    if (PLACEHOLDER_PASSWORDS.has(password.toLowerCase()))
        return false;
    if (/^[*x•]+$/i.test(password) || /^\$/.test(password))
        return false;
    return !(0,look_alikes/* isLookAlike */.Qm)(password, { allowHex: true, allowUuid: true });
}
/** RFC 2606 / 6761 names and loopback: documentation and local development, not deployments. */
function isDocumentationHost(host) {
    const h = host.toLowerCase().replace(/[[\]]/g, '');
    return (/(?:^|\.)example\.(?:com|org|net)$|\.(?:example|test|invalid|localhost)$/.test(h) ||
        ['localhost', '127.0.0.1', '::1', 'host', 'hostname', 'server'].includes(h));
}
/** The preset owns mongodb/mysql/postgres URLs; here only the schemes (and driver forms) it misses. */
function realDatabaseScheme(url) {
    const scheme = url.slice(0, url.indexOf('://')).toLowerCase();
    return scheme !== '' && !['http', 'https', 'ftp', 'ftps', 'ssh', 'git'].includes(scheme);
}
const credentials = (0,factory/* patternRule */.T)('@pipeguard/secretlint-rule-credentials', credentials_DOCS, (0,shapes/* describe */.q0)(credentials_patterns, {
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
}));

;// CONCATENATED MODULE: ./src/checks/secrets/rules/devtools.ts
/**
 * Source hosting, package registries, CI/CD and infrastructure-as-code tooling: every GitLab token
 * prefix, GitHub OAuth client secrets, Atlassian / Bitbucket, Docker Hub and npm legacy forms,
 * registries (Clojars, RubyGems, NuGet, JFrog), CI (Travis, Drone, Codecov, Harness, Octopus),
 * code tools (Sonar, Snyk, Sourcegraph, Postman) and IaC / secret managers (Terraform Cloud,
 * Pulumi, Doppler, Vault legacy, Prefect, Infracost, LaunchDarkly, OpenShift).
 */


const devtools_DOCS = 'https://pipeguard.dev/docs/secrets#devtools';
const GL = { family: 'GitLab', where: 'GitLab (the token’s settings page, or the Rails console)' };
/** GitLab's routable tokens (17.x+): prefix, base64url payload, `.`, 2-char version, `.`, CRC. */
const ROUTABLE = String.raw `[A-Za-z0-9_\-]{27,300}\.[0-9a-z]{2}\.[0-9a-z]{7,9}`;
const devtools_patterns = [
    (0,shapes/* token */.Sh)({
        ...GL,
        name: 'gitlab-token',
        title: 'GitLab personal, project or group access token',
        by: 'gst',
        severity: 'critical',
        prefixes: ['glpat-'],
        body: `(?:${(0,shapes/* URLSAFE */.dD)(20)}|${ROUTABLE})`,
        formats: '`glpat-` + 20 chars; routable `glpat-….01.…`',
        supersedesPreset: true,
    }),
    (0,shapes/* token */.Sh)({
        ...GL,
        name: 'gitlab-oauth-app-secret',
        title: 'GitLab OAuth application secret',
        by: 'gt',
        prefixes: ['gloas-'],
        body: (0,shapes/* HEX */.UG)(64),
        allowHex: true,
        formats: '`gloas-` + 64 hex',
    }),
    (0,shapes/* token */.Sh)({
        ...GL,
        name: 'gitlab-deploy-token',
        title: 'GitLab deploy token',
        by: 'g',
        prefixes: ['gldt-'],
        body: `(?:${(0,shapes/* URLSAFE */.dD)(20)}|${ROUTABLE})`,
        formats: '`gldt-` + 20 chars (or routable)',
    }),
    (0,shapes/* token */.Sh)({
        ...GL,
        name: 'gitlab-runner-token',
        title: 'GitLab runner authentication token',
        by: 'g',
        prefixes: ['glrt-'],
        body: `(?:t\\d_)?(?:${(0,shapes/* URLSAFE */.dD)('20,27')}|${ROUTABLE})`,
        formats: '`glrt-` (`glrt-t1_`) + 20–27 chars (or routable)',
    }),
    (0,shapes/* token */.Sh)({
        ...GL,
        name: 'gitlab-runner-registration-token',
        title: 'GitLab runner registration token',
        by: 'g',
        prefixes: ['GR1348941'],
        body: (0,shapes/* URLSAFE */.dD)(20),
        formats: '`GR1348941` + 20 chars',
    }),
    (0,shapes/* token */.Sh)({
        ...GL,
        name: 'gitlab-ci-job-token',
        title: 'GitLab CI/CD job token',
        by: 'g',
        severity: 'medium',
        prefixes: ['glcbt-'],
        body: `(?:[0-9a-fA-F]{1,5}_)?${(0,shapes/* URLSAFE */.dD)(20)}`,
        formats: '`glcbt-` + optional `<hex>_` + 20 chars',
    }),
    (0,shapes/* token */.Sh)({
        ...GL,
        name: 'gitlab-pipeline-trigger-token',
        title: 'GitLab pipeline trigger token',
        by: 'g',
        prefixes: ['glptt-'],
        body: (0,shapes/* HEX */.UG)(40),
        allowHex: true,
        formats: '`glptt-` + 40 hex',
    }),
    (0,shapes/* token */.Sh)({
        ...GL,
        name: 'gitlab-feed-token',
        title: 'GitLab feed token',
        by: 'g',
        severity: 'medium',
        prefixes: ['glft-'],
        body: (0,shapes/* URLSAFE */.dD)(20),
        formats: '`glft-` + 20 chars',
    }),
    (0,shapes/* token */.Sh)({
        ...GL,
        name: 'gitlab-incoming-mail-token',
        title: 'GitLab incoming email token',
        by: 'g',
        severity: 'medium',
        prefixes: ['glimt-'],
        body: '[a-z0-9]{25}',
        formats: '`glimt-` + 25 lowercase alphanumerics',
    }),
    (0,shapes/* token */.Sh)({
        ...GL,
        name: 'gitlab-agent-token',
        title: 'GitLab agent for Kubernetes token',
        by: 'g',
        prefixes: ['glagent-'],
        body: (0,shapes/* URLSAFE */.dD)(50),
        formats: '`glagent-` + 50 chars',
    }),
    (0,shapes/* token */.Sh)({
        ...GL,
        name: 'gitlab-scim-token',
        title: 'GitLab SCIM OAuth token',
        by: 'g',
        prefixes: ['glsoat-'],
        body: (0,shapes/* URLSAFE */.dD)(20),
        formats: '`glsoat-` + 20 chars',
    }),
    (0,shapes/* token */.Sh)({
        ...GL,
        name: 'gitlab-feature-flag-token',
        title: 'GitLab feature flags client token',
        by: 'g',
        severity: 'medium',
        prefixes: ['glffct-'],
        body: (0,shapes/* URLSAFE */.dD)(20),
        formats: '`glffct-` + 20 chars',
    }),
    (0,shapes/* token */.Sh)({
        ...GL,
        name: 'gitlab-session-cookie',
        title: 'GitLab session cookie',
        by: 'g',
        prefixes: ['_gitlab_session='],
        body: (0,shapes/* HEX */.UG)(32),
        allowHex: true,
        edge: 'A-Za-z0-9',
        formats: '`_gitlab_session=` + 32 hex',
    }),
    (0,shapes/* named */.KT)({
        name: 'github-oauth-client-secret',
        title: 'GitHub OAuth / GitHub App client secret',
        family: 'GitHub',
        where: 'GitHub (the app’s settings: Client secrets)',
        by: 't',
        key: String.raw `(?:github|gh)[_-]?(?:oauth[_-]?)?(?:app[_-]?)?client[_-]?secret|GITHUB_SECRET`,
        // The name must say client secret: prefilter on that, not on `github` (every package.json).
        keywords: ['client_secret', 'client-secret', 'clientsecret', 'github_secret'],
        value: (0,shapes/* HEX */.UG)(40),
        allowHex: true,
        formats: '40 hex beside a GitHub client-secret name',
    }),
    (0,shapes/* token */.Sh)({
        name: 'atlassian-api-token',
        title: 'Atlassian API token',
        family: 'Atlassian (Jira, Confluence, Bitbucket)',
        where: 'id.atlassian.com (Security > API tokens)',
        by: 'gt',
        prefixes: ['ATATT'],
        body: '[A-Za-z0-9_=\\-]{150,250}',
        formats: '`ATATT` + ~180 chars',
    }),
    (0,shapes/* token */.Sh)({
        name: 'bitbucket-app-password',
        title: 'Bitbucket app password or access token',
        family: 'Atlassian (Jira, Confluence, Bitbucket)',
        where: 'Bitbucket (Personal settings > App passwords, or the repository’s access tokens)',
        by: 't',
        prefixes: ['ATBB', 'ATCTT'],
        body: '[A-Za-z0-9_=\\-]{28,250}',
        minEntropy: 3.5,
        formats: '`ATBB` + 32 chars; `ATCTT` access tokens',
    }),
    (0,shapes/* named */.KT)({
        name: 'atlassian-legacy-api-token',
        title: 'Atlassian API token (legacy 24-character form)',
        family: 'Atlassian (Jira, Confluence, Bitbucket)',
        where: 'id.atlassian.com (Security > API tokens)',
        by: 'gt',
        key: String.raw `(?:atlassian|jira|confluence)[_-]?(?:api[_-]?)?(?:token|key|password)`,
        keywords: ['atlassian', 'jira', 'confluence'],
        value: (0,shapes/* ALNUM */.GO)(24),
        minEntropy: 3.5,
        formats: '24 alphanumerics beside an Atlassian / Jira / Confluence name',
    }),
    (0,shapes/* named */.KT)({
        name: 'bitbucket-client-secret',
        title: 'Bitbucket OAuth consumer secret',
        family: 'Atlassian (Jira, Confluence, Bitbucket)',
        where: 'Bitbucket (Workspace settings > OAuth consumers)',
        by: 'g',
        key: String.raw `bitbucket[_-]?(?:client|consumer|oauth)[_-]?secret`,
        keywords: ['bitbucket'],
        value: (0,shapes/* URLSAFE */.dD)(32),
        minEntropy: 3.5,
        formats: '32 chars beside a Bitbucket secret name',
    }),
    (0,shapes/* token */.Sh)({
        name: 'docker-hub-token',
        title: 'Docker Hub personal or organisation access token',
        family: 'Docker Hub',
        where: 'Docker Hub (Account settings > Personal access tokens)',
        by: 'st',
        prefixes: ['dckr_pat_', 'dckr_oat_'],
        body: (0,shapes/* URLSAFE */.dD)('27,32'),
        formats: '`dckr_pat_` / `dckr_oat_` + 27–32 chars',
    }),
    (0,shapes/* named */.KT)({
        name: 'docker-hub-legacy-token',
        title: 'Docker Hub access token (legacy UUID form)',
        family: 'Docker Hub',
        where: 'Docker Hub (Account settings > Personal access tokens)',
        by: 't',
        key: String.raw `docker(?:hub)?[_-]?(?:password|token|pat|access[_-]?token|pass)`,
        keywords: ['docker'],
        value: shapes/* UUID */.kk,
        allowUuid: true,
        formats: 'UUID beside a Docker Hub token / password name',
    }),
    (0,shapes/* named */.KT)({
        name: 'npm-legacy-token',
        title: 'npm access token (legacy UUID form)',
        family: 'npm',
        where: 'npmjs.com (Access Tokens) or `npm token revoke`',
        by: 't',
        key: String.raw `npm[_-]?(?:auth[_-]?|access[_-]?|publish[_-]?)?token`,
        keywords: ['npm'],
        value: shapes/* UUID */.kk,
        allowUuid: true,
        formats: 'UUID beside an npm token name',
    }),
    (0,shapes/* token */.Sh)({
        name: 'clojars-token',
        title: 'Clojars deploy token',
        family: 'Clojars',
        by: 'g',
        prefixes: ['CLOJARS_'],
        body: '[a-z0-9]{60}',
        formats: '`CLOJARS_` + 60 lowercase alphanumerics',
    }),
    (0,shapes/* token */.Sh)({
        name: 'rubygems-api-key',
        title: 'RubyGems API key',
        family: 'RubyGems',
        by: 'gt',
        severity: 'critical',
        prefixes: ['rubygems_'],
        body: (0,shapes/* HEX */.UG)(48),
        allowHex: true,
        formats: '`rubygems_` + 48 hex',
    }),
    (0,shapes/* token */.Sh)({
        name: 'nuget-api-key',
        title: 'NuGet.org API key',
        family: 'NuGet',
        by: 't',
        severity: 'critical',
        prefixes: ['oy2'],
        body: '[a-z0-9]{43}',
        minEntropy: 3.5,
        formats: '`oy2` + 43 lowercase alphanumerics',
    }),
    (0,shapes/* named */.KT)({
        name: 'nuget-config-password',
        title: 'NuGet feed password in NuGet.config',
        family: 'NuGet',
        by: 'g',
        key: String.raw `ClearTextPassword`,
        keywords: ['cleartextpassword'],
        value: '[^"\'\\s<>]{6,200}',
        minEntropy: 2.5,
        formats: '`<add key="ClearTextPassword" value="…">`',
    }),
    (0,shapes/* token */.Sh)({
        name: 'jfrog-api-key',
        title: 'JFrog Artifactory API key',
        family: 'JFrog Artifactory',
        by: 'gt',
        prefixes: ['AKCp'],
        body: (0,shapes/* ALNUM */.GO)('69,72'),
        formats: '`AKCp` + 69 alphanumerics',
    }),
    (0,shapes/* token */.Sh)({
        name: 'jfrog-reference-token',
        title: 'JFrog Artifactory reference token',
        family: 'JFrog Artifactory',
        by: 'gt',
        prefixes: ['cmVmdGtu'],
        body: (0,shapes/* ALNUM */.GO)(56),
        formats: '`cmVmdGtu` (base64 `reftkn`) + 56 alphanumerics',
    }),
    (0,shapes/* token */.Sh)({
        name: 'sonar-token',
        title: 'SonarQube / SonarCloud token',
        family: 'SonarQube / SonarCloud',
        by: 'gt',
        prefixes: ['squ_', 'sqp_', 'sqa_'],
        body: (0,shapes/* HEX */.UG)(40),
        allowHex: true,
        formats: '`squ_` / `sqp_` / `sqa_` + 40 hex',
    }),
    (0,shapes/* named */.KT)({
        name: 'sonar-legacy-token',
        title: 'SonarQube / SonarCloud token (legacy 40-hex form)',
        family: 'SonarQube / SonarCloud',
        by: 'gt',
        key: String.raw `sonar[_-]?(?:qube[_-]?|cloud[_-]?)?(?:login|token|auth[_-]?token)`,
        keywords: ['sonar'],
        value: (0,shapes/* HEX */.UG)(40),
        allowHex: true,
        formats: '40 hex beside a SONAR_TOKEN name',
    }),
    (0,shapes/* named */.KT)({
        name: 'snyk-token',
        title: 'Snyk API token',
        family: 'Snyk',
        by: 'gt',
        key: String.raw `snyk[_-]?(?:api[_-]?|auth[_-]?)?(?:token|key)`,
        keywords: ['snyk'],
        value: shapes/* UUID */.kk,
        allowUuid: true,
        formats: 'UUID beside a SNYK_TOKEN name',
    }),
    (0,shapes/* named */.KT)({
        name: 'codecov-token',
        title: 'Codecov upload / access token',
        family: 'Codecov',
        by: 'g',
        severity: 'medium',
        key: String.raw `codecov[_-]?(?:upload[_-]?|access[_-]?)?token`,
        keywords: ['codecov'],
        value: `${shapes/* UUID */.kk}|${(0,shapes/* HEX */.UG)(32)}`,
        allowUuid: true,
        allowHex: true,
        formats: 'UUID or 32 hex beside a CODECOV_TOKEN name',
    }),
    (0,shapes/* named */.KT)({
        name: 'travis-ci-token',
        title: 'Travis CI access token',
        family: 'Travis CI',
        by: 'gt',
        key: String.raw `travis[_-]?(?:ci[_-]?)?(?:api[_-]?|access[_-]?)?token`,
        keywords: ['travis'],
        value: (0,shapes/* URLSAFE */.dD)(22),
        minEntropy: 3.5,
        formats: '22 chars beside a TRAVIS_TOKEN name',
    }),
    (0,shapes/* named */.KT)({
        name: 'drone-ci-token',
        title: 'Drone CI access token',
        family: 'Drone CI',
        by: 'gt',
        key: String.raw `drone[_-]?(?:ci[_-]?)?(?:access[_-]?)?token`,
        keywords: ['drone'],
        value: (0,shapes/* ALNUM */.GO)(32),
        minEntropy: 3.5,
        formats: '32 alphanumerics beside a DRONE_TOKEN name',
    }),
    (0,shapes/* token */.Sh)({
        name: 'sourcegraph-token',
        title: 'Sourcegraph access token',
        family: 'Sourcegraph',
        by: 'gt',
        prefixes: ['sgp_'],
        body: `(?:(?:[a-f0-9]{16}|local)_)?${(0,shapes/* HEX */.UG)(40)}`,
        allowHex: true,
        formats: '`sgp_` + optional instance id + 40 hex',
    }),
    (0,shapes/* token */.Sh)({
        name: 'postman-api-key',
        title: 'Postman API key',
        family: 'Postman',
        by: 'gt',
        prefixes: ['PMAK-'],
        body: `${(0,shapes/* HEX */.UG)(24)}-${(0,shapes/* HEX */.UG)(34)}`,
        formats: '`PMAK-` + 24 hex `-` 34 hex',
    }),
    {
        ...(0,shapes/* token */.Sh)({
            name: 'terraform-cloud-token',
            title: 'Terraform Cloud / Enterprise API token',
            family: 'HashiCorp Terraform Cloud',
            by: 'gt',
            severity: 'critical',
            prefixes: ['.atlasv1.'],
            body: '',
            formats: '14 chars `.atlasv1.` 60–70 chars',
        }),
        // The token starts with a 14-character id before `.atlasv1.`: nothing of it is public.
        keywords: ['atlasv1'],
        pattern: /(?<![A-Za-z0-9_-])(?<secret>[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_=-]{60,70})(?![A-Za-z0-9_=-])/dg,
        publicPrefixes: [],
    },
    (0,shapes/* token */.Sh)({
        name: 'pulumi-access-token',
        title: 'Pulumi access token',
        family: 'Pulumi',
        by: 'gt',
        severity: 'critical',
        prefixes: ['pul-'],
        body: (0,shapes/* HEX */.UG)(40),
        allowHex: true,
        formats: '`pul-` + 40 hex',
    }),
    (0,shapes/* token */.Sh)({
        name: 'doppler-token',
        title: 'Doppler token',
        family: 'Doppler',
        by: 'gt',
        severity: 'critical',
        prefixes: ['dp.pt.', 'dp.st.', 'dp.sa.', 'dp.ct.', 'dp.scim.', 'dp.audit.'],
        body: (0,shapes/* ALNUM */.GO)('40,44'),
        formats: '`dp.pt.` / `dp.st.` / `dp.sa.` / `dp.ct.` / `dp.scim.` / `dp.audit.` + 40–44 chars',
    }),
    (0,shapes/* named */.KT)({
        name: 'vault-legacy-token',
        title: 'HashiCorp Vault token (legacy `s.` form)',
        family: 'HashiCorp Vault',
        where: 'Vault (`vault token revoke`)',
        by: 'gt',
        severity: 'critical',
        key: String.raw `vault[_-]?(?:token|auth[_-]?token)|X-Vault-Token`,
        keywords: ['vault'],
        value: `[sbr]\\.${(0,shapes/* ALNUM */.GO)(24)}`,
        minEntropy: 3.5,
        publicPrefixes: ['s.', 'b.', 'r.'],
        formats: '`s.` / `b.` / `r.` + 24 chars beside a VAULT_TOKEN name',
    }),
    (0,shapes/* token */.Sh)({
        name: 'prefect-api-key',
        title: 'Prefect Cloud API key',
        family: 'Prefect',
        by: 'gt',
        prefixes: ['pnu_'],
        body: (0,shapes/* ALNUM */.GO)(36),
        formats: '`pnu_` + 36 alphanumerics',
    }),
    (0,shapes/* token */.Sh)({
        name: 'infracost-api-key',
        title: 'Infracost API key',
        family: 'Infracost',
        by: 'g',
        severity: 'medium',
        prefixes: ['ico-'],
        body: (0,shapes/* ALNUM */.GO)(32),
        formats: '`ico-` + 32 alphanumerics',
    }),
    (0,shapes/* token */.Sh)({
        name: 'octopus-deploy-api-key',
        title: 'Octopus Deploy API key',
        family: 'Octopus Deploy',
        by: 'gt',
        prefixes: ['API-'],
        body: '(?=[A-Z]*[0-9])[A-Z0-9]{26,32}',
        formats: '`API-` + 26–32 uppercase alphanumerics',
    }),
    (0,shapes/* token */.Sh)({
        name: 'harness-api-key',
        title: 'Harness API key or service-account token',
        family: 'Harness',
        by: 'gt',
        prefixes: ['pat.', 'sat.'],
        body: `${(0,shapes/* URLSAFE */.dD)(22)}\\.${(0,shapes/* HEX */.UG)(24)}\\.${(0,shapes/* ALNUM */.GO)(20)}`,
        edge: String.raw `A-Za-z0-9_.\-`,
        formats: '`pat.` / `sat.` + account `.` 24 hex `.` 20 chars',
    }),
    (0,shapes/* named */.KT)({
        name: 'launchdarkly-key',
        title: 'LaunchDarkly API / SDK key',
        family: 'LaunchDarkly',
        by: 'gt',
        key: String.raw `launch[_-]?darkly[_-]?(?:api[_-]?|sdk[_-]?|access[_-]?)?(?:key|token)|\bld[_-](?:api|sdk)[_-]?key`,
        keywords: ['launchdarkly', 'launch_darkly', 'ld_sdk', 'ld_api', 'ld-sdk', 'ld-api'],
        value: `(?:api|sdk)-${shapes/* UUID */.kk}`,
        allowUuid: true,
        publicPrefixes: ['api-', 'sdk-'],
        formats: '`api-` / `sdk-` + UUID beside a LaunchDarkly name',
    }),
    (0,shapes/* token */.Sh)({
        name: 'openshift-user-token',
        title: 'OpenShift user token',
        family: 'Red Hat OpenShift',
        by: 'g',
        prefixes: ['sha256~'],
        body: (0,shapes/* URLSAFE */.dD)(43),
        formats: '`sha256~` + 43 chars',
    }),
];
const devTools = (0,factory/* patternRule */.T)('@pipeguard/secretlint-rule-devtools', devtools_DOCS, devtools_patterns);

;// CONCATENATED MODULE: ./src/checks/secrets/rules/messaging.ts
/**
 * Chat, email and SMS: every Slack token kind and webhook (strict shapes, so placeholders such as
 * `xoxb-my-bot-token` and words like `-xoxo-` in an image name do not match), Discord, Telegram,
 * Microsoft Teams / Power Automate webhooks, Mailgun, Mailchimp, Brevo, MessageBird, Sendbird,
 * Intercom, Mattermost, Gitter, Postmark and Twilio API-key pairs.
 */


const messaging_DOCS = 'https://pipeguard.dev/docs/secrets#messaging';
const SLACK = {
    family: 'Slack',
    where: 'Slack (api.slack.com/apps > OAuth & Permissions, or auth.revoke)',
};
const ID = String.raw `\d{8,13}`;
/** A body of base62 with at least one upper, one lower and one digit: real tokens, not words. */
const MIXED = (n) => String.raw `(?=[A-Za-z0-9]*[a-z])(?=[A-Za-z0-9]*[A-Z])(?=[A-Za-z0-9]*[0-9])[A-Za-z0-9]{${n}}`;
const messaging_patterns = [
    (0,shapes/* token */.Sh)({
        ...SLACK,
        name: 'slack-token',
        title: 'Slack token',
        by: 'gst',
        prefixes: ['xoxb-'],
        body: `${ID}-(?:${ID}-)?${MIXED('24')}`,
        formats: '`xoxb-` team `-` bot `-` 24 chars (legacy: one id)',
        supersedesPreset: true,
    }),
    (0,shapes/* token */.Sh)({
        ...SLACK,
        name: 'slack-token',
        title: 'Slack user, workspace or legacy token',
        by: 'gst',
        prefixes: ['xoxp-', 'xoxa-', 'xoxo-', 'xoxr-', 'xoxs-'],
        body: `(?:2-)?${ID}-${ID}(?:-${ID})?-${(0,shapes/* HEX */.UG)('32,64')}`,
        allowHex: true,
        formats: '`xoxp-` / `xoxa-` / `xoxr-` / `xoxs-` + numeric ids + 32–64 hex',
    }),
    (0,shapes/* token */.Sh)({
        ...SLACK,
        name: 'slack-token',
        title: 'Slack app-level token',
        by: 'gst',
        prefixes: ['xapp-'],
        body: String.raw `\d-[A-Z0-9]{9,12}-\d{10,14}-${(0,shapes/* HEX */.UG)(64)}`,
        formats: '`xapp-1-` app id `-` number `-` 64 hex',
    }),
    (0,shapes/* token */.Sh)({
        ...SLACK,
        name: 'slack-token',
        title: 'Slack rotating, refresh or configuration token',
        by: 'gt',
        prefixes: ['xoxe.xoxb-', 'xoxe.xoxp-', 'xoxe-'],
        body: String.raw `\d-${MIXED('60,300')}`,
        formats: '`xoxe.xoxb-1-` / `xoxe.xoxp-1-` (rotating, config) and `xoxe-1-` (refresh) + 60–300 chars',
    }),
    (0,shapes/* token */.Sh)({
        ...SLACK,
        name: 'slack-token',
        title: 'Slack client or session cookie token',
        by: 't',
        prefixes: ['xoxc-', 'xoxd-'],
        body: String.raw `(?:\d{6,}-\d{6,}-\d{6,}-[a-f0-9]{32,64}|[A-Za-z0-9%+/=]{40,300})`,
        formats: '`xoxc-` ids + 64 hex; `xoxd-` + 40–300 chars (cookie)',
    }),
    {
        name: 'slack-webhook',
        title: 'Slack incoming, workflow or trigger webhook',
        help: (0,shapes/* help */.yj)('Slack (the app’s Incoming Webhooks page, or the workflow’s trigger)'),
        severity: 'high',
        family: 'Slack',
        formats: '`https://hooks.slack.com/services|workflows|triggers/T…/B…/…` (also over http)',
        peers: (0,shapes/* peers */.os)('gst'),
        supersedesPreset: true,
        keywords: ['hooks.slack.com/'],
        pattern: /(?<secret>https?:\/\/hooks\.slack\.com\/(?:services|workflows|triggers)\/T[A-Z0-9]{6,12}\/[AB]?[A-Z0-9]{6,15}\/(?:\d{6,20}\/)?[A-Za-z0-9]{20,40})(?![A-Za-z0-9])/dg,
        minEntropy: 3.5,
    },
    {
        name: 'discord-bot-token',
        title: 'Discord bot token',
        help: (0,shapes/* help */.yj)('the Discord Developer Portal (Bot > Reset Token)'),
        severity: 'high',
        family: 'Discord',
        formats: 'base64 user id `.` 6 chars `.` 27–38 chars, in a file naming Discord',
        peers: (0,shapes/* peers */.os)('gt'),
        keywords: ['discord'],
        pattern: /(?<![A-Za-z0-9_.-])(?<secret>[MNO][A-Za-z0-9_-]{23,27}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,38})(?![A-Za-z0-9_.-])/dg,
        minEntropy: 4,
    },
    {
        name: 'discord-webhook',
        title: 'Discord webhook URL',
        help: (0,shapes/* help */.yj)('Discord (channel settings > Integrations > Webhooks)'),
        severity: 'high',
        family: 'Discord',
        formats: '`https://discord.com/api/webhooks/<id>/<68 chars>`',
        peers: (0,shapes/* peers */.os)('t'),
        keywords: ['/api/webhooks/'],
        pattern: /(?<secret>https:\/\/(?:ptb\.|canary\.)?discord(?:app)?\.com\/api\/webhooks\/\d{17,20}\/[A-Za-z0-9_-]{60,68})(?![A-Za-z0-9_-])/dg,
    },
    (0,shapes/* named */.KT)({
        name: 'discord-client-secret',
        title: 'Discord OAuth client secret',
        family: 'Discord',
        where: 'the Discord Developer Portal (OAuth2 > Reset Secret)',
        by: 'g',
        key: String.raw `discord[_-]?(?:client[_-]?)?secret`,
        keywords: ['discord'],
        value: (0,shapes/* URLSAFE */.dD)(32),
        minEntropy: 3.5,
        formats: '32 chars beside a Discord secret name',
    }),
    {
        name: 'telegram-bot-token',
        title: 'Telegram bot token',
        help: (0,shapes/* help */.yj)('Telegram (@BotFather: /revoke)'),
        severity: 'high',
        family: 'Telegram',
        formats: 'bot id (8–10 digits) `:AA` + 33 chars',
        peers: (0,shapes/* peers */.os)('gt'),
        keywords: [':AA'],
        pattern: /(?<![A-Za-z0-9_:-])(?<secret>\d{8,10}:AA[A-Za-z0-9_-]{33})(?![A-Za-z0-9_-])/dg,
    },
    {
        name: 'microsoft-teams-webhook',
        title: 'Microsoft Teams or Power Automate webhook URL',
        help: (0,shapes/* help */.yj)('Teams (the channel’s connector or workflow settings)'),
        severity: 'high',
        family: 'Microsoft Teams',
        formats: '`https://….webhook.office.com/webhookb2/…/IncomingWebhook/…`; `…logic.azure.com…/workflows/…&sig=…`',
        peers: (0,shapes/* peers */.os)('gt'),
        keywords: ['webhook.office.com', 'logic.azure.com', 'outlook.office.com/webhook'],
        pattern: new RegExp(String.raw `(?<secret>https://(?:[a-z0-9-]+\.webhook\.office\.com/webhookb2|outlook\.office\.com/webhook)/${shapes/* UUID */.kk}@${shapes/* UUID */.kk}/IncomingWebhook/${(0,shapes/* HEX */.UG)(32)}/${shapes/* UUID */.kk}(?:/[A-Za-z0-9_-]{40,60})?|https://[a-z0-9.-]+\.logic\.azure\.com(?::443)?/workflows/${(0,shapes/* HEX */.UG)(32)}/triggers/[A-Za-z0-9_]+/paths/invoke\?[^\s"'<>]{0,200}?sig=[A-Za-z0-9_-]{43})`, 'dg'),
    },
    (0,shapes/* token */.Sh)({
        name: 'mailgun-api-key',
        title: 'Mailgun private API key',
        family: 'Mailgun',
        where: 'Mailgun (API Security)',
        by: 'gt',
        prefixes: ['key-'],
        keywords: ['mailgun'],
        body: (0,shapes/* HEX */.UG)(32),
        allowHex: true,
        formats: '`key-` + 32 hex; or 32 hex `-` 8 hex `-` 8 hex (in a file naming Mailgun)',
    }),
    {
        name: 'mailgun-api-key',
        title: 'Mailgun private API key',
        help: (0,shapes/* help */.yj)('Mailgun (API Security)'),
        severity: 'high',
        family: 'Mailgun',
        peers: (0,shapes/* peers */.os)('gt'),
        keywords: ['mailgun'],
        pattern: /(?<![A-Za-z0-9_-])(?<secret>[a-f0-9]{32}-[a-f0-9]{8}-[a-f0-9]{8})(?![A-Za-z0-9_-])/dg,
        allowHex: true,
    },
    (0,shapes/* token */.Sh)({
        name: 'mailgun-public-key',
        title: 'Mailgun public validation key',
        family: 'Mailgun',
        where: 'Mailgun (API Security)',
        by: 'g',
        severity: 'low',
        prefixes: ['pubkey-'],
        body: (0,shapes/* HEX */.UG)(32),
        allowHex: true,
        formats: '`pubkey-` + 32 hex',
    }),
    (0,shapes/* named */.KT)({
        name: 'mailgun-webhook-signing-key',
        title: 'Mailgun webhook signing key',
        family: 'Mailgun',
        where: 'Mailgun (Webhooks > HTTP webhook signing key)',
        by: 'g',
        key: String.raw `mailgun[_-]?(?:webhook[_-]?)?signing[_-]?key`,
        keywords: ['mailgun'],
        value: `${(0,shapes/* HEX */.UG)(32)}|${(0,shapes/* HEX */.UG)(32)}-${(0,shapes/* HEX */.UG)(8)}-${(0,shapes/* HEX */.UG)(8)}`,
        allowHex: true,
        formats: '32 hex (+ `-8hex-8hex`) beside a Mailgun signing-key name',
    }),
    {
        name: 'mailchimp-api-key',
        title: 'Mailchimp API key',
        help: (0,shapes/* help */.yj)('Mailchimp (Account > Extras > API keys)'),
        severity: 'high',
        family: 'Mailchimp',
        formats: '32 hex `-us` + data-centre number',
        peers: (0,shapes/* peers */.os)('gt'),
        keywords: ['mailchimp', ...[1, 2, 3, 4, 5, 6, 7, 8, 9].map((d) => `-us${d}`)],
        pattern: /(?<![A-Za-z0-9_-])(?<secret>[a-f0-9]{32}-us\d{1,2})(?![A-Za-z0-9_-])/dg,
        allowHex: true,
    },
    (0,shapes/* token */.Sh)({
        name: 'brevo-api-key',
        title: 'Brevo (Sendinblue) API or SMTP key',
        family: 'Brevo (Sendinblue)',
        by: 'gt',
        prefixes: ['xkeysib-', 'xsmtpsib-'],
        body: `${(0,shapes/* HEX */.UG)(64)}-${(0,shapes/* ALNUM */.GO)(16)}`,
        formats: '`xkeysib-` / `xsmtpsib-` + 64 hex `-` 16 chars',
    }),
    (0,shapes/* named */.KT)({
        name: 'messagebird-api-key',
        title: 'MessageBird (Bird) API key',
        family: 'MessageBird',
        by: 'gt',
        key: String.raw `message[_-]?bird[_-]?(?:api[_-]?|access[_-]?)?(?:key|token)`,
        keywords: ['messagebird', 'message_bird', 'message-bird'],
        value: (0,shapes/* ALNUM */.GO)(25),
        minEntropy: 3.5,
        formats: '25 alphanumerics beside a MessageBird name',
    }),
    (0,shapes/* named */.KT)({
        name: 'sendbird-api-token',
        title: 'Sendbird API token',
        family: 'Sendbird',
        by: 'gt',
        key: String.raw `send[_-]?bird[_-]?(?:api[_-]?|master[_-]?)?(?:token|key)`,
        keywords: ['sendbird', 'send_bird'],
        value: (0,shapes/* HEX */.UG)(40),
        allowHex: true,
        formats: '40 hex beside a Sendbird token name',
    }),
    (0,shapes/* named */.KT)({
        name: 'intercom-access-token',
        title: 'Intercom access token',
        family: 'Intercom',
        by: 'gt',
        key: String.raw `intercom[_-]?(?:api[_-]?|access[_-]?)?(?:token|key)`,
        keywords: ['intercom'],
        value: '[A-Za-z0-9+/=_\\-]{59,70}',
        minEntropy: 4,
        formats: '60 base64 chars beside an Intercom token name',
    }),
    (0,shapes/* named */.KT)({
        name: 'mattermost-access-token',
        title: 'Mattermost personal access token',
        family: 'Mattermost',
        by: 'gt',
        key: String.raw `mattermost[_-]?(?:access[_-]?|personal[_-]?|bot[_-]?)?token`,
        keywords: ['mattermost'],
        value: '[a-z0-9]{26}',
        minEntropy: 3.5,
        formats: '26 lowercase alphanumerics beside a Mattermost token name',
    }),
    (0,shapes/* named */.KT)({
        name: 'gitter-access-token',
        title: 'Gitter access token',
        family: 'Gitter',
        by: 'gt',
        key: String.raw `gitter[_-]?(?:access[_-]?|api[_-]?)?token`,
        keywords: ['gitter'],
        value: (0,shapes/* HEX */.UG)(40),
        allowHex: true,
        formats: '40 hex beside a Gitter token name',
    }),
    (0,shapes/* named */.KT)({
        name: 'postmark-server-token',
        title: 'Postmark server or account token',
        family: 'Postmark',
        by: 't',
        key: String.raw `postmark[_-]?(?:server[_-]?|account[_-]?|api[_-]?)?(?:token|key)|X-Postmark-(?:Server|Account)-Token`,
        keywords: ['postmark'],
        value: shapes/* UUID */.kk,
        allowUuid: true,
        formats: 'UUID beside a Postmark token name',
    }),
    {
        name: 'twilio-api-key-secret',
        title: 'Twilio API key secret (next to its SID)',
        help: (0,shapes/* help */.yj)('the Twilio Console (Account > API keys)'),
        severity: 'high',
        family: 'Twilio',
        formats: '`SK` + 32 hex, then a 32-char secret within two lines',
        peers: (0,shapes/* peers */.os)('gt'),
        keywords: ['SK'],
        pattern: /(?<![A-Za-z0-9])SK[0-9a-fA-F]{32}(?![A-Za-z0-9])[^\n]{0,120}(?:\n[^\n]{0,120}){0,2}?(?<![A-Za-z0-9])(?<secret>(?=[A-Za-z0-9]*[a-z])(?=[A-Za-z0-9]*[A-Z])(?=[A-Za-z0-9]*[0-9])[A-Za-z0-9]{32})(?![A-Za-z0-9])/dg,
        minEntropy: 4,
    },
];
const messaging = (0,factory/* patternRule */.T)('@pipeguard/secretlint-rule-messaging', messaging_DOCS, messaging_patterns);

;// CONCATENATED MODULE: ./src/checks/secrets/rules/observability.ts
/**
 * Monitoring and incident tooling: Sentry, Grafana (legacy API keys), New Relic (every key kind),
 * Datadog, PagerDuty, Dynatrace and Sumo Logic.
 */


const observability_DOCS = 'https://pipeguard.dev/docs/secrets#observability';
const NR = { family: 'New Relic', where: 'New Relic (API keys UI)' };
const DD = { family: 'Datadog', where: 'Datadog (Organization settings > API / Application keys)' };
const observability_patterns = [
    (0,shapes/* token */.Sh)({
        name: 'sentry-user-token',
        title: 'Sentry user auth token',
        family: 'Sentry',
        where: 'Sentry (User settings > Auth Tokens)',
        by: 'gt',
        prefixes: ['sntryu_'],
        body: (0,shapes/* HEX */.UG)(64),
        allowHex: true,
        formats: '`sntryu_` + 64 hex',
    }),
    (0,shapes/* token */.Sh)({
        name: 'sentry-org-token',
        title: 'Sentry organization auth token',
        family: 'Sentry',
        where: 'Sentry (Organization settings > Auth Tokens)',
        by: 'gt',
        prefixes: ['sntrys_'],
        body: String.raw `eyJ[A-Za-z0-9+/=]{60,400}_[A-Za-z0-9+/]{43}`,
        edge: String.raw `A-Za-z0-9_+/=\-`,
        formats: '`sntrys_eyJ…` (base64 JSON) `_` 43 chars',
    }),
    (0,shapes/* named */.KT)({
        name: 'sentry-access-token',
        title: 'Sentry auth token (legacy 64-hex form)',
        family: 'Sentry',
        where: 'Sentry (User settings > Auth Tokens)',
        by: 'gt',
        key: String.raw `sentry[_-]?(?:auth[_-]?|access[_-]?|api[_-]?)?(?:token|key)`,
        keywords: ['sentry'],
        value: (0,shapes/* HEX */.UG)(64),
        allowHex: true,
        formats: '64 hex beside a SENTRY_AUTH_TOKEN name',
    }),
    (0,shapes/* token */.Sh)({
        name: 'grafana-api-key',
        title: 'Grafana API key (legacy)',
        family: 'Grafana',
        by: 'gst',
        prefixes: ['eyJrIjoi'],
        body: '[A-Za-z0-9+/]{70,400}={0,2}',
        formats: '`glc_` / `glsa_` (preset); legacy `eyJrIjoi…` base64 JSON',
    }),
    (0,shapes/* token */.Sh)({
        ...NR,
        name: 'new-relic-user-api-key',
        title: 'New Relic user API key',
        by: 'gt',
        prefixes: ['NRAK-'],
        body: '[A-Z0-9]{27}',
        formats: '`NRAK-` + 27 uppercase alphanumerics',
    }),
    (0,shapes/* token */.Sh)({
        ...NR,
        name: 'new-relic-browser-api-token',
        title: 'New Relic browser API token',
        by: 'gt',
        severity: 'medium',
        prefixes: ['NRJS-'],
        body: (0,shapes/* HEX */.UG)(19),
        allowHex: true,
        formats: '`NRJS-` + 19 hex',
    }),
    (0,shapes/* token */.Sh)({
        ...NR,
        name: 'new-relic-insert-key',
        title: 'New Relic insights insert / query key',
        by: 'gt',
        prefixes: ['NRII-', 'NRIQ-'],
        body: (0,shapes/* URLSAFE */.dD)(32),
        formats: '`NRII-` / `NRIQ-` + 32 chars',
    }),
    (0,shapes/* token */.Sh)({
        ...NR,
        name: 'new-relic-admin-key',
        title: 'New Relic admin or REST API key',
        by: 'gt',
        prefixes: ['NRAA-', 'NRRA-'],
        body: '[a-f0-9]{27}(?:[a-f0-9]{15})?',
        allowHex: true,
        formats: '`NRAA-` + 27 hex; `NRRA-` + 42 hex',
    }),
    {
        ...(0,shapes/* token */.Sh)({
            ...NR,
            name: 'new-relic-license-key',
            title: 'New Relic ingest license key',
            by: 'gt',
            prefixes: ['NRAL'],
            body: '',
            formats: '36 hex + `NRAL`',
        }),
        keywords: ['NRAL'],
        pattern: /(?<![A-Za-z0-9_-])(?<secret>[a-f0-9]{36}NRAL)(?![A-Za-z0-9_-])/dg,
        publicPrefixes: [],
    },
    (0,shapes/* named */.KT)({
        ...DD,
        name: 'datadog-api-key',
        title: 'Datadog API key',
        by: 'gt',
        key: String.raw `(?:datadog|\bdd)[_-]?api[_-]?key|DD-API-KEY`,
        keywords: ['datadog', 'dd_', 'dd-', 'ddapi'],
        value: (0,shapes/* HEX */.UG)(32),
        allowHex: true,
        formats: '32 hex beside a DD_API_KEY / DATADOG_API_KEY name',
    }),
    (0,shapes/* named */.KT)({
        ...DD,
        name: 'datadog-app-key',
        title: 'Datadog application key',
        by: 'gt',
        key: String.raw `(?:datadog|\bdd)[_-]?app(?:lication)?[_-]?key|DD-APPLICATION-KEY`,
        keywords: ['datadog', 'dd_', 'dd-', 'ddapp'],
        value: (0,shapes/* HEX */.UG)(40),
        allowHex: true,
        formats: '40 hex beside a DD_APP_KEY name',
    }),
    (0,shapes/* named */.KT)({
        name: 'pagerduty-api-key',
        title: 'PagerDuty API key',
        family: 'PagerDuty',
        where: 'PagerDuty (Integrations > API Access Keys)',
        by: 't',
        key: String.raw `pagerduty[_-]?(?:api[_-]?|rest[_-]?|user[_-]?)?(?:key|token)|\bpd[_-](?:api[_-])?(?:key|token)|Token\s+token`,
        keywords: ['pagerduty', 'pd_', 'pd-', 'token token'],
        value: `u\\+${(0,shapes/* URLSAFE */.dD)(18)}|[A-Za-z0-9_+\\-]{20}`,
        minEntropy: 3.5,
        formats: '20 chars (user tokens `u+` + 18) beside a PagerDuty name',
    }),
    (0,shapes/* named */.KT)({
        name: 'pagerduty-integration-key',
        title: 'PagerDuty Events integration / routing key',
        family: 'PagerDuty',
        where: 'PagerDuty (the service’s integrations)',
        by: 't',
        severity: 'medium',
        key: String.raw `pagerduty[_-]?(?:integration|routing|service|events)[_-]?key|routing_key`,
        keywords: ['pagerduty', 'routing_key'],
        value: (0,shapes/* HEX */.UG)(32),
        allowHex: true,
        formats: '32 hex beside a routing / integration key name',
    }),
    (0,shapes/* token */.Sh)({
        name: 'dynatrace-api-token',
        title: 'Dynatrace API token',
        family: 'Dynatrace',
        by: 'gt',
        prefixes: ['dt0c01.', 'dt0s01.', 'dt0a01.'],
        body: String.raw `[A-Z0-9]{24}\.[A-Z0-9]{64}`,
        edge: String.raw `A-Za-z0-9_.\-`,
        formats: '`dt0c01.` + 24 `.` 64 uppercase alphanumerics',
    }),
    (0,shapes/* named */.KT)({
        name: 'sumologic-access-key',
        title: 'Sumo Logic access key',
        family: 'Sumo Logic',
        by: 'gt',
        key: String.raw `sumo[_-]?(?:logic[_-]?)?(?:access[_-]?)?key`,
        keywords: ['sumo'],
        value: (0,shapes/* ALNUM */.GO)(64),
        minEntropy: 4,
        formats: '64 alphanumerics beside a Sumo Logic access-key name',
    }),
    (0,shapes/* named */.KT)({
        name: 'sumologic-access-id',
        title: 'Sumo Logic access ID',
        family: 'Sumo Logic',
        by: 'gt',
        severity: 'medium',
        key: String.raw `sumo[_-]?(?:logic[_-]?)?(?:access[_-]?)?id`,
        keywords: ['sumo'],
        value: `su${(0,shapes/* ALNUM */.GO)(12)}`,
        publicPrefixes: ['su'],
        formats: '`su` + 12 chars beside a Sumo Logic access-id name',
    }),
];
const observability = (0,factory/* patternRule */.T)('@pipeguard/secretlint-rule-observability', observability_DOCS, observability_patterns);

;// CONCATENATED MODULE: ./src/checks/secrets/rules/platforms.ts
/**
 * Application platforms, edge and data clouds: Heroku (HRKU- and legacy UUID), Fly.io, Vercel
 * (legacy), Netlify, Supabase, Cloudflare, Scalingo, Alibaba Cloud, Yandex Cloud, PlanetScale,
 * ClickHouse Cloud, Databricks OAuth secrets, Fastly and Snowflake passwords.
 */


const platforms_DOCS = 'https://pipeguard.dev/docs/secrets#platforms';
const platforms_patterns = [
    (0,shapes/* token */.Sh)({
        name: 'heroku-api-key',
        title: 'Heroku API key',
        family: 'Heroku',
        where: 'Heroku (Account settings > API key, or `heroku authorizations:revoke`)',
        by: 'gt',
        severity: 'critical',
        prefixes: ['HRKU-AA'],
        body: (0,shapes/* URLSAFE */.dD)(58),
        formats: '`HRKU-AA` + 58 chars; legacy UUID beside a Heroku name',
    }),
    (0,shapes/* named */.KT)({
        name: 'heroku-api-key',
        title: 'Heroku API key (legacy UUID form)',
        family: 'Heroku',
        where: 'Heroku (Account settings > API key, or `heroku authorizations:revoke`)',
        by: 'gt',
        severity: 'critical',
        key: String.raw `heroku[_-]?(?:api[_-]?|auth[_-]?|oauth[_-]?)?(?:key|token)`,
        keywords: ['heroku'],
        value: shapes/* UUID */.kk,
        allowUuid: true,
        formats: 'UUID beside a HEROKU_API_KEY name',
    }),
    (0,shapes/* token */.Sh)({
        name: 'flyio-access-token',
        title: 'Fly.io access token',
        family: 'Fly.io',
        where: 'Fly.io (`fly tokens revoke`)',
        by: 'gt',
        prefixes: ['fo1_'],
        body: (0,shapes/* URLSAFE */.dD)(43),
        formats: '`fo1_` + 43 chars; `FlyV1 fm1_/fm2_` macaroons',
    }),
    (0,shapes/* token */.Sh)({
        name: 'flyio-access-token',
        title: 'Fly.io macaroon token',
        family: 'Fly.io',
        where: 'Fly.io (`fly tokens revoke`)',
        by: 'gt',
        prefixes: ['fm1r_', 'fm1a_', 'fm2_'],
        body: '[A-Za-z0-9+/]{100,}={0,3}(?:,fm\\d[a-z]?_[A-Za-z0-9+/]{50,}={0,3})*',
        edge: String.raw `A-Za-z0-9_+/=\-`,
        formats: '`fm2_` + base64 (comma-separated macaroons)',
    }),
    (0,shapes/* named */.KT)({
        name: 'vercel-token',
        title: 'Vercel access token (legacy 24-character form)',
        family: 'Vercel',
        where: 'Vercel (Account settings > Tokens)',
        by: 'st',
        key: String.raw `vercel[_-]?(?:api[_-]?|access[_-]?|auth[_-]?)?token`,
        keywords: ['vercel'],
        value: (0,shapes/* ALNUM */.GO)(24),
        minEntropy: 3.5,
        formats: '`vcp_` / `vci_` / `vca_` / `vcr_` / `vck_` (preset); legacy 24 chars beside a Vercel name',
    }),
    (0,shapes/* token */.Sh)({
        name: 'netlify-access-token',
        title: 'Netlify personal access token',
        family: 'Netlify',
        where: 'Netlify (User settings > Applications)',
        by: 'gt',
        prefixes: ['nfp_'],
        body: (0,shapes/* ALNUM */.GO)(36),
        formats: '`nfp_` + 36 chars; legacy 43 chars beside a Netlify name',
    }),
    (0,shapes/* named */.KT)({
        name: 'netlify-access-token',
        title: 'Netlify personal access token (legacy form)',
        family: 'Netlify',
        where: 'Netlify (User settings > Applications)',
        by: 'gt',
        key: String.raw `netlify[_-]?(?:auth[_-]?|access[_-]?|api[_-]?)?token`,
        keywords: ['netlify'],
        value: (0,shapes/* URLSAFE */.dD)('40,46'),
        minEntropy: 3.8,
        formats: '40–46 chars beside a NETLIFY_AUTH_TOKEN name',
    }),
    (0,shapes/* token */.Sh)({
        name: 'supabase-access-token',
        title: 'Supabase personal access token',
        family: 'Supabase',
        where: 'Supabase (Account > Access Tokens)',
        by: 't',
        severity: 'critical',
        prefixes: ['sbp_'],
        body: `(?:v0_)?${(0,shapes/* HEX */.UG)(40)}`,
        allowHex: true,
        formats: '`sbp_` + 40 hex; `sb_secret_` keys; `service_role` JWTs (jwt rule)',
    }),
    (0,shapes/* token */.Sh)({
        name: 'supabase-secret-key',
        title: 'Supabase secret API key',
        family: 'Supabase',
        where: 'Supabase (Project settings > API keys)',
        by: 't',
        severity: 'critical',
        prefixes: ['sb_secret_'],
        body: (0,shapes/* URLSAFE */.dD)('31,64'),
        formats: '`sb_secret_` + 31+ chars (`sb_publishable_` keys are public)',
    }),
    (0,shapes/* token */.Sh)({
        name: 'cloudflare-origin-ca-key',
        title: 'Cloudflare Origin CA key',
        family: 'Cloudflare',
        where: 'the Cloudflare dashboard (My Profile > API Tokens)',
        by: 'gst',
        prefixes: ['v1.0-'],
        body: `${(0,shapes/* HEX */.UG)(24)}-${(0,shapes/* HEX */.UG)(146)}`,
        allowHex: true,
        formats: '`v1.0-` + 24 hex `-` 146 hex',
    }),
    (0,shapes/* named */.KT)({
        name: 'cloudflare-api-token',
        title: 'Cloudflare API token or global API key',
        family: 'Cloudflare',
        where: 'the Cloudflare dashboard (My Profile > API Tokens)',
        by: 'gst',
        severity: 'critical',
        key: String.raw `(?:cloudflare|\bcf)[_-]?(?:api[_-]?|auth[_-]?|global[_-]?api[_-]?|account[_-]?)?(?:token|key)|X-Auth-Key`,
        keywords: ['cloudflare', 'cf_', 'cf-', 'x-auth-key'],
        value: `${(0,shapes/* URLSAFE */.dD)(40)}|${(0,shapes/* HEX */.UG)(37)}`,
        allowHex: true,
        minEntropy: 3.5,
        formats: '40-char API token or 37-hex global key beside a Cloudflare name',
    }),
    (0,shapes/* token */.Sh)({
        name: 'scalingo-api-token',
        title: 'Scalingo API token',
        family: 'Scalingo',
        by: 'g',
        prefixes: ['tk-us-'],
        body: (0,shapes/* URLSAFE */.dD)(48),
        formats: '`tk-us-` + 48 chars',
    }),
    (0,shapes/* token */.Sh)({
        name: 'alibaba-access-key-id',
        title: 'Alibaba Cloud AccessKey ID',
        family: 'Alibaba Cloud',
        where: 'the Alibaba Cloud RAM console (AccessKey management)',
        by: 'gt',
        severity: 'medium',
        prefixes: ['LTAI'],
        body: (0,shapes/* ALNUM */.GO)('12,20'),
        minEntropy: 3,
        formats: '`LTAI` + 12–20 chars; secret: 30 chars beside an Alibaba name',
    }),
    (0,shapes/* named */.KT)({
        name: 'alibaba-access-key-secret',
        title: 'Alibaba Cloud AccessKey secret',
        family: 'Alibaba Cloud',
        where: 'the Alibaba Cloud RAM console (AccessKey management)',
        by: 'gt',
        severity: 'critical',
        key: String.raw `(?:alibaba|aliyun|alicloud)[_-]?(?:cloud[_-]?)?(?:access[_-]?)?(?:key[_-]?)?secret|access[_-]?key[_-]?secret`,
        keywords: ['alibaba', 'aliyun', 'alicloud', 'access_key_secret', 'accesskeysecret'],
        value: (0,shapes/* ALNUM */.GO)(30),
        minEntropy: 4,
        formats: '30 alphanumerics beside an AccessKey secret name',
    }),
    (0,shapes/* token */.Sh)({
        name: 'yandex-api-key',
        title: 'Yandex Cloud API key',
        family: 'Yandex Cloud',
        by: 'gt',
        prefixes: ['AQVN'],
        body: (0,shapes/* URLSAFE */.dD)('35,38'),
        formats: '`AQVN` + 35–38 chars; IAM tokens `t1.`; static keys `YC` + 38 beside a Yandex name',
    }),
    (0,shapes/* token */.Sh)({
        name: 'yandex-iam-token',
        title: 'Yandex Cloud IAM token',
        family: 'Yandex Cloud',
        by: 'gt',
        severity: 'medium',
        prefixes: ['t1.'],
        body: String.raw `[A-Z0-9a-z_-]+={0,2}\.${(0,shapes/* URLSAFE */.dD)(86)}={0,2}`,
        edge: String.raw `A-Za-z0-9_.\-`,
        formats: '`t1.` payload `.` 86 chars',
    }),
    (0,shapes/* named */.KT)({
        name: 'yandex-access-key',
        title: 'Yandex Cloud static access key secret',
        family: 'Yandex Cloud',
        by: 'g',
        key: String.raw `yandex[_-]?(?:cloud[_-]?)?(?:secret[_-]?)?(?:access[_-]?)?(?:key|secret)`,
        keywords: ['yandex'],
        value: `YC${(0,shapes/* URLSAFE */.dD)(38)}`,
        minEntropy: 3.5,
        publicPrefixes: ['YC'],
        formats: '`YC` + 38 chars beside a Yandex name',
    }),
    (0,shapes/* token */.Sh)({
        name: 'planetscale-token',
        title: 'PlanetScale service token, OAuth token or password',
        family: 'PlanetScale',
        by: 'gt',
        severity: 'critical',
        prefixes: ['pscale_tkn_', 'pscale_oauth_', 'pscale_pw_'],
        body: '[A-Za-z0-9_.=\\-]{32,64}',
        minEntropy: 3.5,
        formats: '`pscale_tkn_` / `pscale_oauth_` / `pscale_pw_` + 32–64 chars',
    }),
    (0,shapes/* token */.Sh)({
        name: 'clickhouse-cloud-api-secret',
        title: 'ClickHouse Cloud API secret key',
        family: 'ClickHouse Cloud',
        by: 'g',
        severity: 'critical',
        prefixes: ['4b1d'],
        body: (0,shapes/* ALNUM */.GO)(38),
        formats: '`4b1d` + 38 alphanumerics',
    }),
    (0,shapes/* token */.Sh)({
        name: 'databricks-oauth-secret',
        title: 'Databricks OAuth client secret',
        family: 'Databricks',
        where: 'Databricks (service principal > Secrets)',
        by: 'g',
        severity: 'critical',
        prefixes: ['dose'],
        body: (0,shapes/* HEX */.UG)(32),
        allowHex: true,
        formats: '`dapi` + 32 hex (preset); OAuth secrets `dose` + 32 hex',
    }),
    (0,shapes/* named */.KT)({
        name: 'fastly-api-token',
        title: 'Fastly API token',
        family: 'Fastly',
        where: 'Fastly (Account > Personal API tokens)',
        by: 'gt',
        key: String.raw `fastly[_-]?(?:api[_-]?)?(?:key|token)|Fastly-Key`,
        keywords: ['fastly'],
        value: (0,shapes/* URLSAFE */.dD)(32),
        minEntropy: 3.5,
        formats: '32 chars beside a FASTLY_API_TOKEN name or `Fastly-Key` header',
    }),
    (0,shapes/* named */.KT)({
        name: 'snowflake-password',
        title: 'Snowflake password or programmatic access token',
        family: 'Snowflake',
        where: 'Snowflake (ALTER USER … RESET PASSWORD / REMOVE PROGRAMMATIC ACCESS TOKEN)',
        by: 't',
        key: String.raw `snowflake[_-]?(?:user[_-]?)?(?:password|pwd|pat|token)`,
        keywords: ['snowflake'],
        value: `[A-Za-z0-9!#%&*+,.:;?@^_~\\-]{8,128}`,
        minEntropy: 3.2,
        formats: 'password / PAT beside a SNOWFLAKE_PASSWORD name; `snowflake://user:pass@…` URLs',
    }),
];
const platforms = (0,factory/* patternRule */.T)('@pipeguard/secretlint-rule-platforms', platforms_DOCS, platforms_patterns);

;// CONCATENATED MODULE: ./src/checks/secrets/rules/saas.ts
/**
 * Business, social and productivity SaaS APIs: identity (Okta, Authress, 1Password secret keys),
 * social platforms (Facebook, Twitter/X, LinkedIn, Twitch), productivity (Asana, Airtable, Notion,
 * Linear, Typeform, Contentful, HubSpot, Zendesk, Freshbooks, Dropbox) and the rest of the long tail
 * of gitleaks' list (Mapbox, Algolia, Adobe, Adafruit, MaxMind, Looker, Confluent, …).
 */


const saas_DOCS = 'https://pipeguard.dev/docs/secrets#saas';
/**
 * X (formerly Twitter) as a name's own word (`X_API_KEY`, `x-consumer-key`), not a letter inside
 * one (`MAX_API_KEY`). The keywords hold a separator, so `named` builds no broad issuer key from
 * them (a bare `xapi` would match inside other names).
 */
const X_NAME = '(?<![A-Za-z0-9])x';
const X_KEYWORDS = [
    'twitter',
    'x_api',
    'x-api',
    'x_consumer',
    'x-consumer',
    'x_access',
    'x-access',
    'x_app',
    'x-app',
];
const saas_patterns = [
    (0,shapes/* named */.KT)({
        name: 'okta-api-token',
        title: 'Okta API token',
        family: 'Okta',
        where: 'the Okta Admin Console (Security > API > Tokens)',
        by: 'gt',
        severity: 'critical',
        key: String.raw `okta[_-]?(?:api[_-]?|access[_-]?|client[_-]?)?(?:token|key|secret)|Authorization["']?\s*[:=]\s*["']?SSWS`,
        keywords: ['okta', 'ssws'],
        value: `00${(0,shapes/* URLSAFE */.dD)(40)}`,
        minEntropy: 3.5,
        publicPrefixes: ['00'],
        formats: '`00` + 40 chars beside an Okta name or `SSWS`',
    }),
    (0,shapes/* token */.Sh)({
        name: 'onepassword-secret-key',
        title: '1Password account secret key',
        family: '1Password',
        by: 'g',
        severity: 'critical',
        prefixes: ['A3-'],
        body: '[A-Z0-9]{6}-(?:[A-Z0-9]{11}|[A-Z0-9]{6}-[A-Z0-9]{5})-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}',
        formats: '`A3-` + six dash-separated uppercase groups',
    }),
    (0,shapes/* token */.Sh)({
        name: 'authress-access-key',
        title: 'Authress service client access key',
        family: 'Authress',
        by: 'g',
        prefixes: ['sc_', 'ext_', 'scauth_', 'authress_'],
        keywords: ['.acc_', '.acc-'],
        body: String.raw `[A-Za-z0-9]{5,30}\.[a-z0-9]{4,6}\.acc[_-][a-z0-9-]{10,32}\.[A-Za-z0-9+/_=-]{30,120}`,
        edge: String.raw `A-Za-z0-9_.\-`,
        formats: '`sc_` … `.acc_…` + signature',
    }),
    (0,shapes/* token */.Sh)({
        name: 'facebook-access-token',
        title: 'Facebook / Meta access token',
        family: 'Facebook (Meta)',
        where: 'Meta for Developers (the app’s settings)',
        by: 'gt',
        prefixes: ['EAAB', 'EAAC', 'EAAD', 'EAAE', 'EAAG', 'EAAI', 'EAAJ', 'EAAM', 'EAAN', 'EAAQ'],
        body: (0,shapes/* ALNUM */.GO)('90,300'),
        minEntropy: 4,
        formats: '`EAA` + app marker + 90–300 alphanumerics',
    }),
    (0,shapes/* named */.KT)({
        name: 'facebook-app-secret',
        title: 'Facebook / Meta app secret',
        family: 'Facebook (Meta)',
        where: 'Meta for Developers (App settings > Basic > Reset)',
        by: 'gt',
        key: String.raw `(?:facebook|fb|meta)[_-]?(?:app[_-]?|client[_-]?)?secret`,
        keywords: [
            'facebook',
            'fb_app',
            'fb-app',
            'fbapp',
            'fb_secret',
            'fb_client',
            'meta_app',
            'meta-app',
        ],
        value: (0,shapes/* HEX */.UG)(32),
        allowHex: true,
        formats: '32 hex beside a Facebook secret name',
    }),
    (0,shapes/* token */.Sh)({
        name: 'twitter-bearer-token',
        title: 'Twitter / X bearer token',
        family: 'Twitter (X)',
        where: 'the X Developer Portal (Keys and tokens)',
        by: 'gt',
        prefixes: ['AAAAAAAAAAAAAAAAAAAAA'],
        body: '[A-Za-z0-9%]{30,120}',
        minEntropy: 3.5,
        formats: '21 × `A` + 30–120 chars (URL-encoded)',
    }),
    (0,shapes/* named */.KT)({
        name: 'twitter-api-key',
        title: 'Twitter / X API key (consumer key)',
        family: 'Twitter (X)',
        where: 'the X Developer Portal (Keys and tokens > Regenerate)',
        by: 'gt',
        key: String.raw `(?:twitter|${X_NAME})[_-]?(?:api|consumer|app)[_-]?key`,
        keywords: X_KEYWORDS,
        value: (0,shapes/* ALNUM */.GO)(25),
        minEntropy: 3.5,
        formats: '25 alphanumerics beside a Twitter / X API- or consumer-key name',
    }),
    (0,shapes/* named */.KT)({
        name: 'twitter-api-secret',
        title: 'Twitter / X API secret or access secret',
        family: 'Twitter (X)',
        where: 'the X Developer Portal (Keys and tokens)',
        by: 'gt',
        key: String.raw `(?:twitter[_-]?(?:(?:api|consumer)[_-]?(?:key[_-]?)?|app[_-]?|access[_-]?(?:token[_-]?)?)?|${X_NAME}[_-]?(?:(?:api|consumer)(?:[_-]?key)?|app|access(?:[_-]?token)?)[_-]?)secret(?:[_-]?key)?`,
        keywords: X_KEYWORDS,
        value: `${(0,shapes/* ALNUM */.GO)(45)}|${(0,shapes/* ALNUM */.GO)(50)}`,
        minEntropy: 4,
        formats: '50 (API secret) / 45 (access-token secret) alphanumerics beside a Twitter / X secret name',
    }),
    (0,shapes/* named */.KT)({
        name: 'twitter-access-token',
        title: 'Twitter / X access token',
        family: 'Twitter (X)',
        where: 'the X Developer Portal (Keys and tokens)',
        by: 'gt',
        key: String.raw `(?:twitter|${X_NAME})[_-]?access[_-]?token`,
        keywords: X_KEYWORDS,
        value: String.raw `\d{15,25}-${(0,shapes/* ALNUM */.GO)('20,40')}`,
        minEntropy: 3.5,
        formats: 'user id `-` 20–40 chars beside a Twitter / X access-token name',
    }),
    (0,shapes/* named */.KT)({
        name: 'linkedin-client-secret',
        title: 'LinkedIn client secret',
        family: 'LinkedIn',
        by: 'g',
        key: String.raw `linkedin[_-]?(?:client[_-]?|app[_-]?)?secret`,
        keywords: ['linkedin'],
        value: `${(0,shapes/* ALNUM */.GO)(16)}|WPL_AP1\\.${(0,shapes/* URLSAFE */.dD)(16)}\\.[A-Za-z0-9+/=]{6,12}`,
        minEntropy: 3,
        formats: '16 chars (or `WPL_AP1.…`) beside a LinkedIn secret name',
    }),
    (0,shapes/* named */.KT)({
        name: 'twitch-api-token',
        title: 'Twitch API token or client secret',
        family: 'Twitch',
        by: 'gt',
        key: String.raw `twitch[_-]?(?:api[_-]?|client[_-]?|oauth[_-]?|access[_-]?)?(?:token|secret)`,
        keywords: ['twitch'],
        value: '(?:oauth:)?[a-z0-9]{30}',
        minEntropy: 3.5,
        formats: '30 lowercase alphanumerics beside a Twitch name',
    }),
    (0,shapes/* named */.KT)({
        name: 'etsy-access-token',
        title: 'Etsy API key',
        family: 'Etsy',
        by: 'g',
        key: String.raw `etsy[_-]?(?:api[_-]?|access[_-]?)?(?:key|token|secret)`,
        keywords: ['etsy'],
        value: '[a-z0-9]{24}',
        minEntropy: 3.5,
        formats: '24 lowercase alphanumerics beside an Etsy name',
    }),
    (0,shapes/* named */.KT)({
        name: 'flickr-access-token',
        title: 'Flickr API key or secret',
        family: 'Flickr',
        by: 'gt',
        key: String.raw `flickr[_-]?(?:api[_-]?|access[_-]?)?(?:key|token|secret)`,
        keywords: ['flickr'],
        value: `${(0,shapes/* HEX */.UG)(32)}|${(0,shapes/* HEX */.UG)(16)}`,
        allowHex: true,
        formats: '32 hex key / 16 hex secret beside a Flickr name',
    }),
    (0,shapes/* named */.KT)({
        name: 'nytimes-access-token',
        title: 'New York Times API key',
        family: 'New York Times',
        by: 'g',
        severity: 'medium',
        key: String.raw `(?:nytimes|new[_-]?york[_-]?times)[_-]?(?:api[_-]?|access[_-]?)?(?:key|token|secret)`,
        keywords: ['nytimes', 'new_york_times', 'new-york-times', 'newyorktimes'],
        value: (0,shapes/* URLSAFE */.dD)(32),
        minEntropy: 3.5,
        formats: '32 chars beside an NYT name',
    }),
    (0,shapes/* token */.Sh)({
        name: 'dropbox-api-token',
        title: 'Dropbox short-lived access token',
        family: 'Dropbox',
        where: 'the Dropbox App Console',
        by: 'gt',
        prefixes: ['sl.u.', 'sl.'],
        body: (0,shapes/* URLSAFE */.dD)('130,1100'),
        minEntropy: 4,
        edge: String.raw `A-Za-z0-9_.\-`,
        formats: '`sl.` / `sl.u.` + 130+ chars',
    }),
    (0,shapes/* named */.KT)({
        name: 'dropbox-long-lived-token',
        title: 'Dropbox long-lived access token',
        family: 'Dropbox',
        where: 'the Dropbox App Console',
        by: 'gt',
        key: String.raw `dropbox[_-]?(?:api[_-]?|access[_-]?|app[_-]?)?(?:token|key|secret)`,
        keywords: ['dropbox'],
        value: `[A-Za-z0-9]{11}AAAAAAAAAA[A-Za-z0-9_=\\-]{43}|${(0,shapes/* URLSAFE */.dD)(64)}`,
        minEntropy: 3.5,
        formats: '11 chars + `AAAAAAAAAA` + 43 chars, or 64 chars, beside a Dropbox name',
    }),
    {
        name: 'asana-access-token',
        title: 'Asana personal access token',
        help: (0,shapes/* help */.yj)('Asana (My settings > Apps > Developer apps)'),
        severity: 'high',
        family: 'Asana',
        formats: '`1/` or `2/` + user id `/` app id `:` 32 hex, in a file naming Asana',
        peers: (0,shapes/* peers */.os)('gt'),
        // No literal to prefilter on: files that name Asana (a regex trigger would scan every file).
        keywords: ['asana'],
        pattern: /(?<![A-Za-z0-9/])(?<secret>[0-2]\/\d{13,17}(?:\/\d{13,19})?:[a-f0-9]{32})(?![A-Za-z0-9])/dg,
        allowHex: true,
    },
    (0,shapes/* named */.KT)({
        name: 'asana-client-secret',
        title: 'Asana OAuth client secret',
        family: 'Asana',
        by: 'g',
        key: String.raw `asana[_-]?(?:client[_-]?|oauth[_-]?)?secret`,
        keywords: ['asana'],
        value: (0,shapes/* ALNUM */.GO)(32),
        minEntropy: 3.5,
        formats: '32 alphanumerics beside an Asana secret name',
    }),
    (0,shapes/* token */.Sh)({
        name: 'airtable-access-token',
        title: 'Airtable personal access token',
        family: 'Airtable',
        by: 'gt',
        prefixes: ['pat'],
        // `pat` starts every other word (`path`, `pattern`): prefilter on the `.` + hex shape's issuer.
        keywords: ['airtable'],
        body: String.raw `${(0,shapes/* ALNUM */.GO)(14)}\.${(0,shapes/* HEX */.UG)(64)}`,
        allowHex: true,
        formats: '`pat` + 14 chars `.` 64 hex (in a file naming Airtable); legacy `key` + 14 beside an Airtable name',
    }),
    (0,shapes/* named */.KT)({
        name: 'airtable-api-key',
        title: 'Airtable API key (legacy)',
        family: 'Airtable',
        by: 'gt',
        key: String.raw `airtable[_-]?(?:api[_-]?)?(?:key|token)`,
        keywords: ['airtable'],
        value: `key${(0,shapes/* ALNUM */.GO)(14)}`,
        minEntropy: 3,
        publicPrefixes: ['key'],
        formats: '`key` + 14 chars beside an Airtable name',
    }),
    (0,shapes/* token */.Sh)({
        name: 'notion-token',
        title: 'Notion integration token (legacy `secret_` form)',
        family: 'Notion',
        where: 'Notion (Settings > Connections > Develop or manage integrations)',
        by: 'gst',
        prefixes: ['secret_'],
        // `secret_` starts many identifiers: run where Notion is named.
        keywords: ['notion'],
        body: (0,shapes/* ALNUM */.GO)(43),
        minEntropy: 4,
        formats: '`ntn_` + 11 digits + 35 chars (preset); legacy `secret_` + 43 chars (in a file naming Notion)',
    }),
    (0,shapes/* token */.Sh)({
        name: 'linear-api-key',
        title: 'Linear OAuth access token',
        family: 'Linear',
        by: 'gst',
        prefixes: ['lin_oauth_'],
        body: (0,shapes/* HEX */.UG)(64),
        allowHex: true,
        formats: '`lin_api_` + 40 chars (preset); `lin_oauth_` + 64 hex',
    }),
    (0,shapes/* named */.KT)({
        name: 'linear-client-secret',
        title: 'Linear OAuth client secret',
        family: 'Linear',
        by: 'g',
        key: String.raw `linear[_-]?(?:client[_-]?|oauth[_-]?)?secret`,
        keywords: ['linear'],
        value: (0,shapes/* HEX */.UG)(32),
        allowHex: true,
        formats: '32 hex beside a Linear secret name',
    }),
    (0,shapes/* token */.Sh)({
        name: 'typeform-api-token',
        title: 'Typeform personal access token',
        family: 'Typeform',
        by: 'gt',
        prefixes: ['tfp_'],
        body: '[A-Za-z0-9_=\\-.]{59}',
        formats: '`tfp_` + 59 chars',
    }),
    (0,shapes/* token */.Sh)({
        name: 'contentful-access-token',
        title: 'Contentful personal access token',
        family: 'Contentful',
        by: 'gt',
        prefixes: ['CFPAT-'],
        body: (0,shapes/* URLSAFE */.dD)(43),
        formats: '`CFPAT-` + 43 chars; delivery tokens: 43 chars beside a Contentful name',
    }),
    (0,shapes/* named */.KT)({
        name: 'contentful-delivery-token',
        title: 'Contentful delivery / preview API token',
        family: 'Contentful',
        by: 'g',
        severity: 'medium',
        key: String.raw `contentful[_-]?(?:delivery[_-]?|preview[_-]?|management[_-]?)?(?:access[_-]?)?(?:token|key)`,
        keywords: ['contentful'],
        value: (0,shapes/* URLSAFE */.dD)(43),
        minEntropy: 4,
        formats: '43 chars beside a Contentful token name',
    }),
    (0,shapes/* token */.Sh)({
        name: 'hubspot-private-app-token',
        title: 'HubSpot private app access token',
        family: 'HubSpot',
        by: 'gt',
        prefixes: ['pat-na1-', 'pat-eu1-', 'pat-na2-', 'pat-ap1-'],
        body: shapes/* UUID */.kk,
        allowUuid: true,
        formats: '`pat-na1-` / `pat-eu1-` + UUID; legacy UUID beside a HubSpot name',
    }),
    (0,shapes/* named */.KT)({
        name: 'hubspot-api-key',
        title: 'HubSpot API key (legacy)',
        family: 'HubSpot',
        by: 'gt',
        key: String.raw `hubspot[_-]?(?:api[_-]?|access[_-]?)?(?:key|token)|hapikey`,
        keywords: ['hubspot', 'hapikey'],
        value: shapes/* UUID */.kk,
        allowUuid: true,
        formats: 'UUID beside a HubSpot name or `hapikey=`',
    }),
    (0,shapes/* named */.KT)({
        name: 'zendesk-api-token',
        title: 'Zendesk API token',
        family: 'Zendesk',
        by: 'gt',
        key: String.raw `zendesk[_-]?(?:api[_-]?|access[_-]?)?(?:token|key|secret)`,
        keywords: ['zendesk'],
        value: (0,shapes/* ALNUM */.GO)(40),
        minEntropy: 4,
        formats: '40 alphanumerics beside a Zendesk name',
    }),
    (0,shapes/* named */.KT)({
        name: 'freshbooks-access-token',
        title: 'FreshBooks access token',
        family: 'FreshBooks',
        by: 'gt',
        key: String.raw `freshbooks[_-]?(?:api[_-]?|access[_-]?)?(?:token|key|secret)`,
        keywords: ['freshbooks'],
        value: (0,shapes/* HEX */.UG)(64),
        allowHex: true,
        formats: '64 hex beside a FreshBooks name',
    }),
    (0,shapes/* token */.Sh)({
        name: 'readme-api-key',
        title: 'ReadMe API key',
        family: 'ReadMe',
        by: 'gt',
        prefixes: ['rdme_'],
        body: '[a-z0-9]{70}',
        formats: '`rdme_` + 70 lowercase alphanumerics',
    }),
    (0,shapes/* named */.KT)({
        name: 'rapidapi-key',
        title: 'RapidAPI key',
        family: 'RapidAPI',
        by: 'gt',
        key: String.raw `rapid[_-]?api[_-]?(?:key|token)|X-RapidAPI-Key`,
        keywords: ['rapidapi', 'rapid_api', 'rapid-api'],
        value: (0,shapes/* URLSAFE */.dD)(50),
        minEntropy: 4,
        formats: '50 chars beside a RapidAPI name',
    }),
    (0,shapes/* token */.Sh)({
        name: 'mapbox-secret-token',
        title: 'Mapbox secret access token',
        family: 'Mapbox',
        by: 'gt',
        prefixes: ['sk.eyJ'],
        body: String.raw `[A-Za-z0-9_-]{50,300}\.${(0,shapes/* URLSAFE */.dD)('22,30')}`,
        edge: String.raw `A-Za-z0-9_.\-`,
        formats: '`sk.eyJ…` (`pk.` tokens are public)',
    }),
    (0,shapes/* named */.KT)({
        name: 'algolia-admin-key',
        title: 'Algolia admin / write API key',
        family: 'Algolia',
        by: 'gt',
        key: String.raw `algolia[_-]?(?:admin[_-]?|write[_-]?|api[_-]?)?(?:api[_-]?)?key`,
        keywords: ['algolia'],
        value: (0,shapes/* HEX */.UG)(32),
        allowHex: true,
        formats: '32 hex beside an Algolia key name',
    }),
    (0,shapes/* token */.Sh)({
        name: 'adafruit-io-key',
        title: 'Adafruit IO key',
        family: 'Adafruit IO',
        by: 'gt',
        prefixes: ['aio_'],
        body: (0,shapes/* ALNUM */.GO)(28),
        formats: '`aio_` + 28 alphanumerics',
    }),
    (0,shapes/* token */.Sh)({
        name: 'adobe-client-secret',
        title: 'Adobe client secret',
        family: 'Adobe',
        by: 'gt',
        prefixes: ['p8e-'],
        body: (0,shapes/* URLSAFE */.dD)(32),
        formats: '`p8e-` + 32 chars',
    }),
    (0,shapes/* token */.Sh)({
        name: 'frameio-api-token',
        title: 'Frame.io developer token',
        family: 'Frame.io',
        by: 'gt',
        prefixes: ['fio-u-'],
        body: '[A-Za-z0-9_=\\-]{64}',
        formats: '`fio-u-` + 64 chars',
    }),
    {
        name: 'maxmind-license-key',
        title: 'MaxMind license key',
        help: (0,shapes/* help */.yj)('MaxMind (Account > Manage license keys)'),
        severity: 'medium',
        family: 'MaxMind',
        formats: '6 chars `_` 29 chars `_mmk`',
        peers: (0,shapes/* peers */.os)('gt'),
        keywords: ['_mmk'],
        pattern: /(?<![A-Za-z0-9_-])(?<secret>[A-Za-z0-9]{6}_[A-Za-z0-9]{29}_mmk)(?![A-Za-z0-9_-])/dg,
    },
    (0,shapes/* named */.KT)({
        name: 'looker-client-secret',
        title: 'Looker API client secret',
        family: 'Looker',
        by: 'g',
        key: String.raw `looker[_-]?(?:api[_-]?)?(?:client[_-]?)?secret`,
        keywords: ['looker'],
        value: (0,shapes/* ALNUM */.GO)(24),
        minEntropy: 3.5,
        formats: '24 alphanumerics beside a Looker secret name',
    }),
    (0,shapes/* token */.Sh)({
        name: 'intra42-client-secret',
        title: '42 Intra client secret',
        family: '42 Intra',
        by: 'gt',
        prefixes: ['s-s4t2ud-', 's-s4t2af-'],
        body: (0,shapes/* HEX */.UG)(64),
        allowHex: true,
        formats: '`s-s4t2ud-` / `s-s4t2af-` + 64 hex',
    }),
    (0,shapes/* token */.Sh)({
        name: 'settlemint-token',
        title: 'SettleMint access token',
        family: 'SettleMint',
        by: 'g',
        prefixes: ['sm_aat_', 'sm_pat_', 'sm_sat_'],
        body: (0,shapes/* ALNUM */.GO)(16),
        formats: '`sm_aat_` / `sm_pat_` / `sm_sat_` + 16 chars',
    }),
    (0,shapes/* token */.Sh)({
        name: 'defined-networking-api-token',
        title: 'Defined Networking API token',
        family: 'Defined Networking',
        by: 'g',
        prefixes: ['dnkey-'],
        body: '[a-z0-9=_\\-]{26}-[a-z0-9=_\\-]{52}',
        formats: '`dnkey-` + 26 `-` 52 chars',
    }),
    (0,shapes/* named */.KT)({
        name: 'cisco-meraki-api-key',
        title: 'Cisco Meraki API key',
        family: 'Cisco Meraki',
        by: 'gt',
        key: String.raw `meraki[_-]?(?:dashboard[_-]?)?(?:api[_-]?)?key|X-Cisco-Meraki-API-Key`,
        keywords: ['meraki'],
        value: (0,shapes/* HEX */.UG)(40),
        allowHex: true,
        formats: '40 hex beside a Meraki name',
    }),
    (0,shapes/* named */.KT)({
        name: 'squarespace-access-token',
        title: 'Squarespace API key',
        family: 'Squarespace',
        by: 'gt',
        key: String.raw `squarespace[_-]?(?:api[_-]?|access[_-]?)?(?:key|token)`,
        keywords: ['squarespace'],
        value: shapes/* UUID */.kk,
        allowUuid: true,
        formats: 'UUID beside a Squarespace name',
    }),
    (0,shapes/* named */.KT)({
        name: 'confluent-api-secret',
        title: 'Confluent Cloud API secret',
        family: 'Confluent',
        by: 'gt',
        key: String.raw `confluent[_-]?(?:cloud[_-]?)?(?:api[_-]?)?(?:secret|key)|sasl\.password`,
        keywords: ['confluent'],
        value: '[A-Za-z0-9+/]{64}',
        minEntropy: 4,
        formats: '64 chars beside a Confluent secret name',
    }),
    (0,shapes/* named */.KT)({
        name: 'beamer-api-token',
        title: 'Beamer API key',
        family: 'Beamer',
        by: 'gt',
        key: String.raw `beamer[_-]?(?:api[_-]?)?(?:key|token)`,
        keywords: ['beamer'],
        value: `b_${'[A-Za-z0-9=_\\-]{44}'}`,
        publicPrefixes: ['b_'],
        formats: '`b_` + 44 chars beside a Beamer name',
    }),
    (0,shapes/* named */.KT)({
        name: 'freemius-secret-key',
        title: 'Freemius secret key',
        family: 'Freemius',
        by: 'g',
        key: String.raw `["']?secret_key["']?\s*=>`,
        keywords: ['freemius', 'fs_'],
        value: `sk_${'[A-Za-z0-9_<>!@#$%^&*()=+;.~-]{29}'}`,
        publicPrefixes: ['sk_'],
        formats: '`sk_` + 29 chars in a Freemius PHP config',
    }),
    (0,shapes/* named */.KT)({
        name: 'sidekiq-secret',
        title: 'Sidekiq Pro / Enterprise credentials',
        family: 'Sidekiq',
        by: 'g',
        key: String.raw `BUNDLE_(?:ENTERPRISE__CONTRIBSYS__COM|GEMS__CONTRIBSYS__COM)`,
        keywords: ['contribsys'],
        value: `${(0,shapes/* HEX */.UG)(8)}:${(0,shapes/* HEX */.UG)(8)}`,
        allowHex: true,
        formats: '`BUNDLE_ENTERPRISE__CONTRIBSYS__COM=` 8 hex `:` 8 hex (also in a gem source URL)',
    }),
    {
        name: 'sidekiq-secret',
        title: 'Sidekiq Pro / Enterprise credentials in a gem source URL',
        help: (0,shapes/* help */.yj)('Sidekiq (contribsys: ask for a new license credential)'),
        severity: 'high',
        family: 'Sidekiq',
        peers: (0,shapes/* peers */.os)('g'),
        keywords: ['contribsys.com'],
        pattern: /https?:\/\/(?<secret>[a-f0-9]{8}:[a-f0-9]{8})@(?:gems|enterprise)\.contribsys\.com/dgi,
        allowHex: true,
    },
];
const saas = (0,factory/* patternRule */.T)('@pipeguard/secretlint-rule-saas', saas_DOCS, saas_patterns);

;// CONCATENATED MODULE: ./src/checks/secrets/rules/services.ts
/** Package registries and SaaS APIs that secretlint's preset misses or matches too loosely. */


const services_DOCS = 'https://pipeguard.dev/docs/secrets#services';
const services_patterns = [
    {
        name: 'pypi-token',
        title: 'PyPI API token',
        help: 'Remove the token on pypi.org (Account settings > API tokens) and publish with trusted publishing (OIDC) instead.',
        severity: 'critical',
        keywords: ['pypi-age'],
        // A macaroon whose first bytes encode the issuing host (pypi.org / test.pypi.org).
        pattern: /(?<![A-Za-z0-9_-])(?<secret>pypi-Ag(?:EIcHlwaS5vcmc|ENdGVzdC5weXBpLm9yZw)[A-Za-z0-9_-]{50,300})(?![A-Za-z0-9_-])/dg,
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
        pattern: /(?<![A-Za-z0-9_])_auth\s*=\s*["']?(?<secret>[A-Za-z0-9+/]{12,}={0,2})(?![A-Za-z0-9+/=])/dg,
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
        pattern: (0,factory/* keyed */.D)(String.raw `twilio[_-]?(?:auth[_-]?token|(?:api[_-]?)?(?:key[_-]?)?secret)`, '[0-9a-f]{32}|[A-Za-z0-9]{32}'),
        allowHex: true,
        minEntropy: 3.2,
    },
    {
        name: 'sendgrid-api-key',
        title: 'SendGrid API key',
        help: 'Delete the key in SendGrid (Settings > API Keys) and create a restricted one.',
        severity: 'high',
        keywords: ['SG.'],
        pattern: /(?<![A-Za-z0-9_-])(?<secret>SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/dg,
        publicPrefixes: ['SG.'],
    },
    {
        name: 'stripe-secret-key',
        title: 'Stripe secret or restricted key',
        help: 'Roll the key in the Stripe Dashboard (Developers > API keys).',
        severity: 'critical',
        keywords: ['sk_live_', 'rk_live_', 'sk_test_', 'rk_test_'],
        pattern: /(?<![A-Za-z0-9_])(?<secret>[sr]k_(?:live|test)_[A-Za-z0-9]{24,247})(?![A-Za-z0-9_])/dg,
        minEntropy: 3.5,
        publicPrefixes: ['sk_live_', 'sk_test_', 'rk_live_', 'rk_test_'],
    },
];
/** `_auth` holds base64(`user:password`). */
function decodesToCredential(value) {
    const text = Buffer.from(value, 'base64').toString('utf8');
    return /^[\x21-\x7e]{1,200}:[\x20-\x7e]{3,200}$/.test(text);
}
const serviceProviders = (0,factory/* patternRule */.T)('@pipeguard/secretlint-rule-services', services_DOCS, (0,shapes/* describe */.q0)(services_patterns, {
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
}));

;// CONCATENATED MODULE: ./src/checks/secrets/rules/tokens.ts
/**
 * Issuer-neutral credential shapes: JSON Web Tokens (a well-formed header and payload; the risk
 * comes from the claims), credentials on a curl command line, and age secret keys. (Kubernetes
 * Secret manifests: kubernetes.ts; the engine also decodes their `data:` values, reporting the
 * issuer tokens inside.)
 */


const tokens_DOCS = 'https://pipeguard.dev/docs/secrets#tokens';
const JWT = /(?<![A-Za-z0-9_.-])(?<secret>eyJ[A-Za-z0-9_-]{8,2000}\.eyJ[A-Za-z0-9_-]{8,8000}\.[A-Za-z0-9_-]{16,1000})(?![A-Za-z0-9_-])/dg;
/** Roles that make a token a server-side credential (Supabase, Hasura, Postgres-style APIs). */
const PRIVILEGED_ROLES = new Set(['service_role', 'supabase_admin', 'admin', 'service', 'root']);
const YEAR = 365 * 24 * 3600;
function decodeSegment(segment) {
    try {
        const value = JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'));
        return value !== null && typeof value === 'object' && !Array.isArray(value)
            ? value
            : undefined;
    }
    catch {
        return undefined;
    }
}
/** A signed JWT: the header names an algorithm (not `none`) and the payload is a JSON object. */
function jwtClaims(token) {
    const [head, body] = token.split('.');
    const header = head ? decodeSegment(head) : undefined;
    const payload = body ? decodeSegment(body) : undefined;
    if (!header || !payload)
        return undefined;
    if (typeof header.alg !== 'string' || header.alg.toLowerCase() === 'none')
        return undefined;
    return { header, payload };
}
/**
 * A server-side or long-lived token: a privileged role (`service_role`), no expiry, or a lifetime
 * over a year. A public `anon` role is never long-lived in this sense.
 */
function isLongLived({ payload }) {
    const role = typeof payload.role === 'string' ? payload.role.toLowerCase() : '';
    if (role === 'anon')
        return false;
    if (PRIVILEGED_ROLES.has(role))
        return true;
    const exp = payload.exp;
    if (typeof exp !== 'number')
        return true;
    const iat = typeof payload.iat === 'number' ? payload.iat : undefined;
    return iat !== undefined && exp - iat > YEAR;
}
const JWT_META = {
    family: 'JSON Web Token',
    peers: (0,shapes/* peers */.os)('gt'),
    keywords: ['eyJ'],
    pattern: JWT,
    // `eyJ` is base64 of `{"`: every JWT starts so.
    publicPrefixes: ['eyJ'],
};
/** Placeholder passwords on a command line. */
const CURL_PLACEHOLDERS = /^(?:pass(?:word)?|secret|token|pwd|user|admin|test|changeme)$/i;
const tokens_patterns = [
    {
        ...JWT_META,
        name: 'jwt-long-lived',
        title: 'JSON Web Token (privileged or without expiry)',
        help: (0,shapes/* help */.yj)('the issuer (rotate the signing secret or the key, e.g. Supabase’s JWT secret, to invalidate it)'),
        severity: 'high',
        formats: '`eyJ…` header `.` payload `.` signature with `service_role` / admin role, no `exp`, or a lifetime over a year',
        accept: (secret) => {
            const claims = jwtClaims(secret);
            return claims !== undefined && isLongLived(claims);
        },
    },
    {
        ...JWT_META,
        name: 'jwt',
        title: 'JSON Web Token',
        help: (0,shapes/* help */.yj)('the issuer (a short-lived token expires by itself; revoke its session if you can)'),
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
        help: (0,shapes/* help */.yj)('the API the header authenticates to; pass it with `-H @file` or an env var'),
        severity: 'high',
        family: 'curl command lines',
        formats: '`curl … -H "Authorization: Bearer|Token|Basic …"`, `X-API-Key:`, `PRIVATE-TOKEN:`',
        peers: (0,shapes/* peers */.os)('g'),
        keywords: ['curl'],
        pattern: /\bcurl\b[^\n]{0,400}?(?:-H|--header)\s*["']?(?:Authorization:\s*(?:Bearer|Token|Basic)|X-API-Key:|X-Auth-Token:|api-key:|PRIVATE-TOKEN:)[ \t]*(?<secret>[A-Za-z0-9._~+/=-]{16,1000})(?![A-Za-z0-9._~+/=-])/dgi,
        minEntropy: 3.5,
    },
    {
        name: 'curl-auth-user',
        title: 'Password in a curl --user argument',
        help: (0,shapes/* help */.yj)('the server the password belongs to; use `--netrc-file` or an env var'),
        severity: 'high',
        family: 'curl command lines',
        formats: '`curl … -u user:password`',
        peers: (0,shapes/* peers */.os)('g'),
        keywords: ['curl'],
        pattern: /\bcurl\b[^\n]{0,400}?\s(?:-u|--user)\s*["']?[^:\s"'$]{1,64}:(?<secret>[^\s"'@$]{6,128})(?![^\s"'@])/dg,
        minEntropy: 2.8,
        accept: (secret) => !CURL_PLACEHOLDERS.test(secret),
    },
    {
        name: 'age-secret-key',
        title: 'age encryption secret key',
        help: (0,shapes/* help */.yj)('everything encrypted to the key: re-encrypt to a new age key (`age-keygen`)'),
        severity: 'critical',
        family: 'age',
        formats: '`AGE-SECRET-KEY-1` + 58 bech32 chars',
        peers: (0,shapes/* peers */.os)('g'),
        keywords: ['AGE-SECRET-KEY-1'],
        pattern: /(?<![A-Za-z0-9])(?<secret>AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58})(?![A-Za-z0-9])/dg,
        publicPrefixes: ['AGE-SECRET-KEY-1'],
    },
];
const tokens = (0,factory/* patternRule */.T)('@pipeguard/secretlint-rule-tokens', tokens_DOCS, tokens_patterns);

;// CONCATENATED MODULE: ./src/checks/secrets/rules/generic.ts
/**
 * The generic rule: a high-entropy value assigned to a secret-named key (`*_SECRET`, `*_TOKEN`,
 * `password`, `api_key`, …) in config or code, at `medium`. It stays precise by refusing what the
 * look-alike filter refuses (placeholders, references, digests, UUIDs), values without both a
 * letter and a digit, paths and URLs, keys that name public values (`publishable_key`, `anon`),
 * and values that start with an issuer prefix another rule owns (that rule decides those).
 */



const generic_DOCS = 'https://pipeguard.dev/docs/secrets#generic';
const SECRET_WORDS = String.raw `(?:client[_-]?secret|secret(?:[_-]?key)?|token|password|passwd|pwd|api[_-]?key|apikey|access[_-]?key|auth[_-]?key|private[_-]?key|credentials?)`;
/** The key's name (ending in the secret word): what it is a secret *of*. */
const KEY_LENGTH = 80;
const PUBLIC_KEY_NAMES = /public|publishable|anon|csrf|xsrf|nonce|count|fake|mock|dummy|example|sample|(?:max|num|next|prev|page|cursor|continuation)[_-]?tokens?$/i;
/** Issuers' public, browser-safe values: publishable keys and public tokens. */
const PUBLIC_VALUE = /^(?:pk_(?:live|test)_|pk\.|pk-lf-|sb_publishable_|FLWPUBK)/;
function genericSecrets(knownPrefixes) {
    const prefixes = [...new Set(knownPrefixes)].filter((p) => p.length >= 2);
    return (0,factory/* patternRule */.T)('@pipeguard/secretlint-rule-generic', generic_DOCS, [
        {
            name: 'generic-secret',
            title: 'High-entropy value assigned to a secret-named key',
            help: (0,shapes/* help */.yj)('the service the value belongs to'),
            severity: 'medium',
            family: 'Generic (secret-named keys)',
            formats: '`*_SECRET`, `*_TOKEN`, `password`, `api_key`, … = 16–128 high-entropy chars',
            peers: (0,shapes/* peers */.os)('g'),
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
            String.raw `(?<=${SECRET_WORDS}["'\]]?[ \t]*)(?:=>|:=|=|:)[ \t]*["'\x60]?(?<secret>[A-Za-z0-9+/=_\-.~!@#%^&*]{16,128})(?=["'\x60]|[ \t]*(?:$|[,;)}\]#]))`, 'dgim'),
            minEntropy: 3.6,
            accept: (secret, match) => {
                if (!/[0-9]/.test(secret) || !/[A-Za-z]/.test(secret))
                    return false;
                if (/^[./~]|:\/\/|^[a-z]+(?:[-_.][a-z]+)+$/i.test(secret))
                    return false;
                if (/^[A-Za-z0-9_-]+\.(?:json|ya?ml|txt|pem|key|env|js|ts|py)$/i.test(secret))
                    return false;
                // Code, not a value: a member chain (`messages.Messages.MissingFromClause`, `env.FAKE.key`)
                // after `token:` in an object literal or a ternary.
                if (/^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$/.test(secret))
                    return false;
                // A resource path (`projects/acme/secrets/db`) has word segments; base64 does not.
                if (/(?:^|\/)[a-z]{3,}(?:\/|$)/.test(secret))
                    return false;
                if (prefixes.some((p) => secret.startsWith(p)) || PUBLIC_VALUE.test(secret))
                    return false;
                // A placeholder written base64-encoded (a Kubernetes Secret's `data:` value), or an
                // issuer's token so written: the engine decodes it and names it by family.
                if ((0,look_alikes/* isEncodedLookAlike */.kw)(secret))
                    return false;
                const decoded = (0,look_alikes/* decodeBase64Value */.TD)(secret);
                if (decoded !== undefined && prefixes.some((p) => decoded.startsWith(p)))
                    return false;
                const at = match.index ?? 0;
                const before = (match.input?.slice(Math.max(0, at - 80), at) ?? '').replace(/["'\]\s]+$/, '');
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
function keyBefore(text) {
    let start = text.length;
    while (start > 0 && text.length - start < KEY_LENGTH && isKeyChar(text.charCodeAt(start - 1)))
        start--;
    return text.slice(start);
}
/** `[A-Za-z0-9_.-]` */
function isKeyChar(code) {
    return ((code >= 0x61 && code <= 0x7a) ||
        (code >= 0x41 && code <= 0x5a) ||
        (code >= 0x30 && code <= 0x39) ||
        code === 0x5f ||
        code === 0x2e ||
        code === 0x2d);
}

;// CONCATENATED MODULE: ./src/checks/secrets/rules/kubernetes.ts
/**
 * Kubernetes Secret manifests (YAML): a value under a secret-named key (`password`, `token`,
 * `api-key`, `DB_PASSWORD`, …) of a `kind: Secret` object — plain in `stringData:`, base64 in
 * `data:` (decoded, and the decoded value judged). It is for what has no issuer format (database
 * passwords, signing keys, shared secrets): an issuer token, plain or base64, is its issuer's
 * rule's finding (the engine decodes `data:` values and names the token by family). Precision first: placeholders,
 * references (`${VAR}`, helm templates `{{ .Values.x }}`), `changeme`, empty and one-class values
 * (`password`, `12345678`) are not findings, nor are values of other kinds (ConfigMap `data:`).
 */



const kubernetes_DOCS = 'https://pipeguard.dev/docs/secrets#kubernetes';
/** Key names that hold a secret (the whole key is tested, case-insensitively). */
const SECRET_KEY = /(?:passw(?:or)?d|passphrase|pwd|secret|token|api[_.-]?key|apikey|access[_.-]?key|private[_.-]?key|privatekey|auth[_.-]?key|signing[_.-]?key|encryption[_.-]?key|master[_.-]?key|credentials?|connection[_.-]?string)/i;
/** Keys that name something about the secret, not the secret (`token-ttl`, `secret-name`). */
const ABOUT_KEY = /(?:url|uri|host(?:name)?|name|user(?:name)?|email|id|path|file|ttl|expiry|expires|length|version|enabled|type|mode|count|size|timeout|header|ref|arn|_at|hash|salt|rounds|policy)$/i;
const PUBLIC_KEY = /public|publishable|anon|csrf|xsrf|nonce/i;
/**
 * A `key: value` line whose value is double-quoted, single-quoted or plain (one token: no block
 * scalar, flow node, anchor or alias). Each form is bounded by its own delimiters, so a line is
 * matched in linear time whatever it holds.
 */
const VALUE_FORMS = [
    String.raw `"(?<secret>[^"\\\r\n]{1,4000})"`,
    String.raw `'(?<secret>[^'\r\n]{1,4000})'`,
    String.raw `(?<secret>[^\s"'#|>&*!{}[\],%@\x60]\S{0,4000})`,
];
const line = (value) => new RegExp(String.raw `^(?<indent>[ \t]+)(?<q>["']?)(?<key>[A-Za-z0-9_.-]{1,120})\k<q>[ \t]*:[ \t]+${value}(?:[ \t]+#[^\r\n]*)?[ \t]*\r?$`, 'gmd');
const KEYWORDS = ['kind: secret', 'kind: "secret"', "kind: 'secret'"];
function kubernetesSecrets(knownPrefixes) {
    const prefixes = [...new Set(knownPrefixes)].filter((p) => p.length >= 3);
    /** A value worth reporting: see the module comment. */
    const strong = (value) => value.length >= 8 &&
        value.length <= 4000 &&
        !/[\r\n]/.test(value) &&
        !(0,look_alikes/* isLookAlike */.Qm)(value) &&
        !/^(?:[./~]|[a-z][a-z0-9+.-]*:\/\/|vault:|ref\+|arn:|projects\/)/i.test(value) &&
        charClasses(value) >= 2 &&
        (0,look_alikes/* shannonEntropy */.ly)(value) >= 2.5;
    /**
     * A value with an issuer's prefix is that issuer's finding: on the same text (stringData), or
     * in the decoded `data:` value (the engine decodes it and names the token by family).
     */
    const issuers = (value) => prefixes.some((p) => value.startsWith(p));
    const inBlock = (block) => (_secret, match) => {
        const key = match.groups?.key ?? '';
        if (!SECRET_KEY.test(key) || ABOUT_KEY.test(key) || PUBLIC_KEY.test(key))
            return false;
        return secretBlockOf(match.input ?? '', match.index ?? 0) === block;
    };
    return (0,factory/* patternRule */.T)('@pipeguard/secretlint-rule-kubernetes', kubernetes_DOCS, [
        ...VALUE_FORMS.map((value) => ({
            name: 'kubernetes-secret-string-data',
            title: 'Kubernetes Secret value (stringData)',
            help: (0,shapes/* help */.yj)('the system the value belongs to (then keep the manifest free of it: External Secrets, Sealed Secrets or SOPS)'),
            severity: 'high',
            family: 'Kubernetes Secret manifest',
            formats: '`kind: Secret` → `stringData:` plain value under a secret-named key',
            peers: (0,shapes/* peers */.os)('g'),
            keywords: KEYWORDS,
            pattern: line(value),
            accept: (secret, match) => inBlock('stringData')(secret, match) && strong(secret) && !issuers(secret),
        })),
        ...VALUE_FORMS.map((value) => ({
            name: 'kubernetes-secret-data',
            title: 'Kubernetes Secret value (data, base64)',
            help: (0,shapes/* help */.yj)('the system the value belongs to (then keep the manifest free of it: External Secrets, Sealed Secrets or SOPS)'),
            severity: 'high',
            family: 'Kubernetes Secret manifest',
            formats: '`kind: Secret` → `data:` base64 value under a secret-named key, judged decoded',
            peers: (0,shapes/* peers */.os)('g'),
            keywords: KEYWORDS,
            pattern: line(value),
            accept: (secret, match) => {
                if (!inBlock('data')(secret, match))
                    return false;
                const decoded = (0,look_alikes/* decodeBase64Value */.TD)(secret);
                return decoded !== undefined && strong(decoded) && !issuers(decoded);
            },
        })),
    ]);
}
/** Lowercase, uppercase, digits, other: how many occur. */
function charClasses(value) {
    return [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(value)).length;
}
/** Direct children of a Secret's `stringData:` / `data:`: line start → block (the last text's). */
let lastText;
let lastLines = new Map();
/**
 * The block (`stringData` / `data`) that directly holds the line starting at `at`, when that
 * block belongs to a `kind: Secret` object of the same YAML document; else undefined. One linear
 * pass over the text, remembered for the text's other lines (a manifest of many keys costs one
 * pass, not one per key).
 */
function secretBlockOf(text, at) {
    if (text !== lastText) {
        lastLines = secretBlockLines(text);
        lastText = text;
    }
    return lastLines.get(at);
}
function secretBlockLines(text) {
    const out = new Map();
    let blocks = [];
    let secretPads = new Set();
    let open;
    const endDocument = () => {
        for (const block of blocks)
            if (secretPads.has(block.pad))
                for (const line of block.children)
                    out.set(line, block.kind);
        blocks = [];
        secretPads = new Set();
        open = undefined;
    };
    for (let start = 0; start < text.length;) {
        const newline = text.indexOf('\n', start);
        const end = newline < 0 ? text.length : newline;
        const line = text.slice(start, end);
        const lineStart = start;
        start = end + 1;
        if (/^(?:---|\.\.\.)(?:\s|$)/.test(line)) {
            endDocument();
            continue;
        }
        if (/^[ \t]*(?:#.*)?\r?$/.test(line))
            continue;
        const lead = /^[ \t]*/.exec(line)[0].length;
        if (open && lead > open.lead) {
            if (open.childLead < 0)
                open.childLead = lead;
            if (lead === open.childLead)
                open.children.push(lineStart);
            continue;
        }
        open = undefined;
        const kind = /^([ \t]*(?:-[ \t]+)?)kind:[ \t]*(["']?)Secret\2[ \t]*(?:#.*)?\r?$/.exec(line);
        if (kind)
            secretPads.add(kind[1].length);
        const block = /^([ \t]*(?:-[ \t]+)?)(stringData|data):[ \t]*(?:#.*)?\r?$/.exec(line);
        if (block) {
            open = {
                kind: block[2],
                lead,
                pad: block[1].length,
                children: [],
                childLead: -1,
            };
            blocks.push(open);
        }
    }
    endDocument();
    return out;
}

;// CONCATENATED MODULE: ./src/checks/secrets/rules/index.ts
/** pipeguard's own secretlint rule modules, in the order the engine registers them. */











/** Issuer-specific rules; the generic rule (catalog.ts) runs after them and defers to them. */
const PIPEGUARD_RULES = [
    aiProviders,
    cloudProviders,
    serviceProviders,
    devTools,
    platforms,
    observability,
    messaging,
    commerce,
    saas,
    tokens,
    credentials,
];




// EXTERNAL MODULE: ./src/checks/secrets/rules/pkcs12.ts
var pkcs12 = __webpack_require__(4607);
;// CONCATENATED MODULE: ./src/checks/secrets/catalog.ts




const PRESET_PREFIX = '@secretlint/secretlint-rule-';
const FILTER_COMMENTS_ID = `${PRESET_PREFIX}filter-comments`;
const catalog_rotate = 'Revoke or rotate it with the issuer, then load it from a secret store or CI secret instead of the repository.';
/** secretlint preset rules: triggers and the pipeguard id, title and risk of each messageId. */
const PRESET = {
    aws: {
        triggers: ['secretaccess', 'secret_access'],
        messages: {
            AWSSecretAccessKey: entry('aws-secret-access-key', 'AWS secret access key', 'critical', 'Deactivate and delete the access key in IAM, review CloudTrail for its use, and use OIDC roles or a secret store instead.'),
            AWSAccessKeyID: entry('aws-access-key-id', 'AWS access key ID', 'medium', 'Deactivate the key pair in IAM.', ['AKIA', 'ASIA', 'ABIA', 'ACCA', 'AGPA', 'AIDA', 'AROA', 'AIPA', 'ANPA', 'ANVA', 'A3T']),
        },
    },
    gcp: {
        triggers: ['private_key_id'],
        extensions: ['.p12'],
        messages: {
            PrivateKeyJSON: entry('gcp-service-account-key', 'GCP service account key (JSON)', 'critical', 'Delete the key in IAM > Service accounts > Keys and use Workload Identity Federation instead of key files.'),
            PrivateKeyP12: entry('gcp-service-account-p12', 'GCP service account key (P12)', 'critical', 'Delete the key in IAM > Service accounts > Keys and use Workload Identity Federation instead of key files.'),
        },
    },
    privatekey: {
        triggers: ['private key'],
        messages: {
            PrivateKey: entry('private-key', 'Private key', 'critical', 'Treat the key as compromised: revoke or replace it, then load keys from a secret store.'),
        },
    },
    npm: {
        triggers: ['npm_', 'x-oauth-basic', '_authtoken'],
        messages: {
            NPM_ACCESS_TOKEN: entry('npm-access-token', 'npm access token', 'high', 'Revoke the token (npm token revoke) and publish with provenance / trusted publishing.', ['npm_']),
            Npmrc_authToken: entry('npm-auth-token', 'npm registry auth token', 'high', 'Revoke the token and write .npmrc from a CI secret at run time: `_authToken=${NPM_TOKEN}`.'),
            PackageJSON_xOauthToken: entry('github-oauth-url-token', 'GitHub token in an x-oauth-basic URL', 'high', catalog_rotate),
        },
    },
    basicauth: {
        triggers: [/:\/\/[^\s/@:]{1,256}:[^\s/@]{1,256}@/],
        messages: {
            BasicAuth: entry('url-basic-auth', 'Credentials in a URL (basic auth)', 'high', 'Change the password and pass credentials through a secret (e.g. a netrc written at run time).'),
        },
    },
    slack: {
        triggers: ['xox', 'xapp-', 'hooks.slack.com'],
        messages: {
            SLACK_TOKEN: entry('slack-token', 'Slack token', 'high', 'Revoke the token (auth.revoke or the app settings) and reinstall the app.', ['xoxb-', 'xoxp-', 'xapp-', 'xoxa-', 'xoxo-', 'xoxr-']),
            IncomingWebhook: entry('slack-webhook', 'Slack incoming webhook', 'high', 'Regenerate the webhook URL in the Slack app settings.'),
        },
    },
    sendgrid: {
        triggers: ['SG.'],
        messages: {
            SENDGRID_KEY: entry('sendgrid-api-key', 'SendGrid API key', 'high', catalog_rotate, ['SG.']),
        },
    },
    shopify: {
        triggers: ['shppa_', 'shpca_', 'shpat_', 'shpss_'],
        messages: {
            SHOPIFY_KEY: entry('shopify-token', 'Shopify access token or shared secret', 'high', catalog_rotate, [
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
            GITHUB_TOKEN: entry('github-token', 'GitHub token', 'critical', 'Revoke the token (Settings > Developer settings) and use GITHUB_TOKEN or a GitHub App in CI.', ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_', 'github_pat_']),
        },
    },
    gitlab: {
        triggers: ['glpat-'],
        messages: {
            GITLAB_PERSONAL_ACCESS_TOKEN: entry('gitlab-token', 'GitLab personal access token', 'critical', catalog_rotate, ['glpat-']),
        },
    },
    grafana: {
        triggers: ['glc_', 'glsa_'],
        messages: {
            GRAFANA_CLOUD_API_TOKEN: entry('grafana-cloud-api-token', 'Grafana Cloud API token', 'high', catalog_rotate, ['glc_']),
            GRAFANA_SERVICE_ACCOUNT_TOKEN: entry('grafana-service-account-token', 'Grafana service account token', 'high', catalog_rotate, ['glsa_']),
        },
    },
    openai: {
        triggers: ['t3blbkfj'],
        messages: {
            OPENAI_TOKEN: entry('openai-api-key', 'OpenAI API key', 'high', catalog_rotate, [
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
            ANTHROPIC_API_KEY: entry('anthropic-api-key', 'Anthropic API key', 'high', catalog_rotate, [
                'sk-ant-api',
            ]),
        },
    },
    groq: {
        triggers: ['gsk_'],
        messages: { GROQ_API_KEY: entry('groq-api-key', 'Groq API key', 'high', catalog_rotate, ['gsk_']) },
    },
    huggingface: {
        triggers: ['hf_'],
        messages: {
            HUGGINGFACE_USER_ACCESS_TOKEN: entry('huggingface-token', 'Hugging Face access token', 'high', catalog_rotate, ['hf_']),
        },
    },
    linear: {
        triggers: ['lin_api_'],
        messages: {
            LINEAR_API_TOKEN: entry('linear-api-key', 'Linear API key', 'high', catalog_rotate, ['lin_api_']),
        },
    },
    notion: {
        triggers: ['ntn_'],
        messages: {
            NOTION_INTEGRATION_TOKEN: entry('notion-token', 'Notion integration token', 'high', catalog_rotate, [
                'ntn_',
            ]),
        },
    },
    '1password': {
        triggers: ['ops_ey'],
        messages: {
            OPS_TOKEN: entry('onepassword-service-account-token', '1Password service account token', 'critical', catalog_rotate, ['ops_']),
        },
    },
    'database-connection-string': {
        triggers: ['mongodb', 'mysql', 'postgres'],
        messages: Object.fromEntries(['MongoDBConnection', 'MySQLConnection', 'PostgreSQLConnection'].map((id) => [
            id,
            entry('database-url-password', 'Database or broker URL with a password', 'high', 'Change the password on the server and build the URL at run time from a secret.'),
        ])),
    },
    'hashicorp-vault': {
        triggers: ['hvs.', 'hvb.', 'hvr.'],
        messages: Object.fromEntries([
            'HASHICORP_VAULT_SERVICE_TOKEN',
            'HASHICORP_VAULT_BATCH_TOKEN',
            'HASHICORP_VAULT_RECOVERY_TOKEN',
        ].map((id) => [
            id,
            entry('hashicorp-vault-token', 'HashiCorp Vault token', 'critical', 'Revoke the token (vault token revoke) and authenticate CI through OIDC / AppRole.', ['hvs.', 'hvb.', 'hvr.']),
        ])),
    },
    vercel: {
        triggers: ['vcp_', 'vci_', 'vca_', 'vcr_', 'vck_'],
        messages: Object.fromEntries([
            'VERCEL_PERSONAL_ACCESS_TOKEN',
            'VERCEL_INTEGRATION_TOKEN',
            'VERCEL_APP_ACCESS_TOKEN',
            'VERCEL_APP_REFRESH_TOKEN',
            'VERCEL_AI_GATEWAY_API_KEY',
        ].map((id) => [
            id,
            entry('vercel-token', 'Vercel token', 'high', catalog_rotate, [
                'vcp_',
                'vci_',
                'vca_',
                'vcr_',
                'vck_',
            ]),
        ])),
    },
    databricks: {
        triggers: ['dapi'],
        messages: {
            DATABRICKS_PERSONAL_ACCESS_TOKEN: entry('databricks-token', 'Databricks personal access token', 'high', catalog_rotate, ['dapi']),
        },
    },
    docker: {
        triggers: ['dckr_pat_'],
        messages: {
            DOCKER_PERSONAL_ACCESS_TOKEN: entry('docker-hub-token', 'Docker Hub personal access token', 'high', catalog_rotate, ['dckr_pat_']),
        },
    },
    figma: {
        triggers: ['figd_'],
        messages: {
            FIGMA_PERSONAL_ACCESS_TOKEN: entry('figma-token', 'Figma personal access token', 'high', catalog_rotate, ['figd_']),
        },
    },
    // Added in preset 13.1.
    stripe: {
        triggers: ['sk_live_', 'sk_test_', 'rk_live_', 'rk_test_'],
        // The same keys as pipeguard's own Stripe rule: one rule id, so one finding per key.
        messages: Object.fromEntries([
            'STRIPE_SECRET_KEY_LIVE',
            'STRIPE_SECRET_KEY_TEST',
            'STRIPE_RESTRICTED_KEY_LIVE',
            'STRIPE_RESTRICTED_KEY_TEST',
        ].map((id) => [id, sameAs('stripe-secret-key')])),
    },
    cloudflare: {
        triggers: ['cfk_', 'cfut_', 'cfat_'],
        messages: {
            CLOUDFLARE_GLOBAL_API_KEY: entry('cloudflare-global-api-key', 'Cloudflare Global API key', 'critical', 'Roll the Global API Key (My Profile > API Tokens) and use scoped API tokens instead.', ['cfk_']),
            ...Object.fromEntries(['CLOUDFLARE_USER_API_TOKEN', 'CLOUDFLARE_ACCOUNT_API_TOKEN'].map((id) => [
                id,
                entry('cloudflare-api-token', 'Cloudflare API token', 'high', 'Roll or delete the token (My Profile > API Tokens, or Manage Account > Account API Tokens).', ['cfut_', 'cfat_']),
            ])),
        },
    },
    tailscale: {
        triggers: ['tskey-'],
        messages: Object.fromEntries([
            'TAILSCALE_API_KEY',
            'TAILSCALE_AUTH_KEY',
            'TAILSCALE_CLIENT_KEY',
            'TAILSCALE_SCIM_KEY',
            'TAILSCALE_WEBHOOK_KEY',
            'TAILSCALE_KEY',
        ].map((id) => [
            id,
            entry('tailscale-key', 'Tailscale key (API, auth, OAuth client, SCIM or webhook)', 'high', 'Revoke the key in the Tailscale admin console (Settings > Keys, or Trust credentials).', ['tskey-api-', 'tskey-auth-', 'tskey-client-', 'tskey-scim-', 'tskey-webhook-', 'tskey-']),
        ])),
    },
    'filter-comments': { triggers: ['secretlint-'], messages: {} },
};
function sameAs(id) {
    return { sameAs: id };
}
function entry(id, title, severity, help, publicPrefixes = []) {
    return { id, title, severity, help, publicPrefixes };
}
const entries = new Map();
const modules = [];
const aliases = [];
/** Preset rule ids that a pipeguard pattern covers strictly: the preset's hits are dropped. */
const SUPERSEDED = new Set(PIPEGUARD_RULES.flatMap((r) => r.patterns.filter((p) => p.supersedesPreset).map((p) => p.name)));
for (const creator of secretlint_rule_preset_recommend_module/* creator */.x.rules) {
    const short = creator.meta.id.slice(PRESET_PREFIX.length);
    const known = PRESET[short];
    const messages = Object.entries(known?.messages ?? {});
    // A module whose every message a pipeguard pattern supersedes is not run at all.
    if (messages.length > 0 &&
        messages.every(([, rule]) => SUPERSEDED.has('sameAs' in rule ? rule.sameAs : rule.id)))
        continue;
    // A preset rule this table does not know yet (a newer preset) still runs, on every file.
    modules.push({
        creator,
        triggers: known?.triggers ?? [''],
        extensions: known?.extensions,
        origin: 'secretlint',
    });
    for (const [messageId, rule] of messages) {
        if ('sameAs' in rule)
            aliases.push([`${creator.meta.id}#${messageId}`, rule]);
        else
            entries.set(`${creator.meta.id}#${messageId}`, rule);
    }
}
function addPipeguardRule(rule) {
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
        entries.set(key, first
            ? { ...first, publicPrefixes: prefixes }
            : entry(p.name, p.title, p.severity, p.help, prefixes));
    }
}
for (const rule of PIPEGUARD_RULES)
    addPipeguardRule(rule);
// PKCS#12 key stores: a binary format the rule reads itself, run by file extension only.
modules.push({
    creator: pkcs12/* pkcs12Rule */.Zh,
    triggers: [],
    extensions: [...pkcs12/* PKCS12_EXTENSIONS */.im],
    origin: 'pipeguard',
});
entries.set(`${pkcs12/* pkcs12Rule */.Zh.meta.id}#PrivateKeyP12`, entry(pkcs12/* PKCS12_RULE */.cN.id, pkcs12/* PKCS12_RULE */.cN.title, pkcs12/* PKCS12_RULE */.cN.severity, pkcs12/* PKCS12_RULE */.cN.help));
// Last: the Kubernetes Secret and generic rules defer to every issuer prefix known so far.
const issuerPrefixes = () => [...entries.values()].flatMap((e) => e.publicPrefixes ?? []);
const KUBERNETES = kubernetesSecrets(issuerPrefixes());
addPipeguardRule(KUBERNETES);
const GENERIC = genericSecrets(issuerPrefixes());
addPipeguardRule(GENERIC);
/** A preset hit for a rule id a pipeguard pattern supersedes (it is dropped). */
function supersededPresetRule(id) {
    return SUPERSEDED.has(id);
}
const ownRules = new Map([...entries.values()].map((rule) => [rule.id, rule]));
for (const [key, { sameAs: id }] of aliases) {
    const rule = ownRules.get(id);
    // A renamed pipeguard rule must not turn the preset's findings into unnamed ones.
    if (!rule)
        throw new Error(`secrets catalog: preset message ${key} names unknown rule ${id}`);
    entries.set(key, rule);
}
const RULE_MODULES = modules;
const byId = new Map();
for (const rule of entries.values()) {
    const first = byId.get(rule.id);
    // Rules sharing an id (the preset's and pipeguard's Slack rules) share their public prefixes.
    if (first)
        first.publicPrefixes = [
            ...new Set([...(first.publicPrefixes ?? []), ...(rule.publicPrefixes ?? [])]),
        ];
    else
        byId.set(rule.id, { ...rule });
}
/** A rule by its pipeguard id (a generic entry for an id no rule has). */
function ruleById(id) {
    return byId.get(id) ?? entry(id, id, 'high', catalog_rotate);
}
/** The pipeguard rule a secretlint message belongs to (a fallback entry for unknown messages). */
function ruleFor(secretlintRuleId, messageId) {
    const known = entries.get(`${secretlintRuleId}#${messageId}`);
    if (known)
        return known;
    const short = secretlintRuleId
        .replace(PRESET_PREFIX, '')
        .replace('@pipeguard/secretlint-rule-', '');
    return entry(`${short}-${messageId}`.toLowerCase().replace(/[^a-z0-9]+/g, '-'), `${short}: ${messageId}`, 'high', catalog_rotate);
}
/** RuleInfo for every pipeguard rule id, for SARIF `tool.driver.rules` and help text. */
function allRules() {
    const out = {};
    for (const rule of entries.values())
        out[rule.id] ??= { title: rule.title, help: rule.help, severity: rule.severity };
    return out;
}
/** Every rule id with its family, from the patterns' metadata and the preset's table. */
function familyRows() {
    const rows = new Map();
    const add = (id, family, formats, peers, origin) => {
        const row = rows.get(id) ?? { family, id, formats: [], peers: [], origin: [] };
        if (formats && !row.formats.includes(formats))
            row.formats.push(formats);
        row.peers = [...new Set([...row.peers, ...peers])];
        if (!row.origin.includes(origin))
            row.origin.push(origin);
        rows.set(id, row);
    };
    for (const rule of [...PIPEGUARD_RULES, KUBERNETES, GENERIC])
        for (const p of rule.patterns)
            add(p.name, p.family ?? p.title, p.formats, p.peers ?? [], 'pipeguard');
    add(pkcs12/* PKCS12_RULE */.cN.id, pkcs12/* PKCS12_RULE */.cN.family, pkcs12/* PKCS12_RULE */.cN.formats, pkcs12/* PKCS12_RULE */.cN.peers, 'pipeguard');
    for (const [key, rule] of entries) {
        if (!key.startsWith(PRESET_PREFIX))
            continue;
        const meta = PRESET_FAMILIES[rule.id];
        add(rule.id, meta?.family ?? rule.title, meta?.formats, [...(meta?.peers ?? []), 'secretlint'], 'secretlint');
    }
    const order = (p) => ['gitleaks', 'secretlint', 'trufflehog'].indexOf(p);
    return ([...rows.values()]
        .map((r) => ({ ...r, peers: [...r.peers].sort((a, b) => order(a) - order(b)) }))
        // A table for people: English collation (case-insensitive), named so no locale changes it.
        .sort((a, b) => a.family.localeCompare(b.family, 'en') || a.id.localeCompare(b.id, 'en')));
}


/***/ })

};
