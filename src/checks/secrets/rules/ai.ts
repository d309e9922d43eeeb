/**
 * AI / ML platform keys a model pipeline holds. Provider formats where one exists; context-keyed
 * (the variable or key name next to the value) where the provider's keys have no distinctive form.
 */
import { keyed, patternRule, type SecretPattern } from './factory.js';

const DOCS = 'https://pipeguard.dev/docs/secrets#ai-providers';

const rotate = (provider: string, where: string): string =>
  `Revoke the key in ${where}, issue a new one, and load it from the CI secret store or environment instead of the repository (${provider}).`;

const patterns: SecretPattern[] = [
  {
    name: 'openai-api-key',
    title: 'OpenAI API key',
    help: rotate('OpenAI', 'the OpenAI dashboard (API keys)'),
    severity: 'high',
    keywords: ['t3blbkfj'],
    pattern:
      /(?<![A-Za-z0-9_-])(?<secret>sk-(?:(?:proj|svcacct|admin|None)-)?[A-Za-z0-9_-]{16,250}T3BlbkFJ[A-Za-z0-9_-]{16,250})(?![A-Za-z0-9_-])/dg,
    publicPrefixes: ['sk-proj-', 'sk-svcacct-', 'sk-admin-', 'sk-None-', 'sk-'],
  },
  {
    name: 'anthropic-api-key',
    title: 'Anthropic API key',
    help: rotate('Anthropic', 'the Anthropic Console (API keys)'),
    severity: 'high',
    keywords: ['sk-ant-api'],
    pattern:
      /(?<![A-Za-z0-9_-])(?<secret>sk-ant-api\d\d-[A-Za-z0-9_-]{80,120}AA)(?![A-Za-z0-9_-])/dg,
    publicPrefixes: ['sk-ant-api'],
  },
  {
    name: 'anthropic-admin-key',
    title: 'Anthropic Admin API key',
    help: rotate(
      'Anthropic',
      'the Anthropic Console (Admin keys); an admin key manages the whole organisation',
    ),
    severity: 'critical',
    keywords: ['sk-ant-admin'],
    pattern:
      /(?<![A-Za-z0-9_-])(?<secret>sk-ant-admin\d\d-[A-Za-z0-9_-]{80,120}AA)(?![A-Za-z0-9_-])/dg,
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
    pattern:
      /(?<![A-Za-z0-9_])(?<secret>lsv2_(?:pt|sk)_[a-f0-9]{32}_[a-f0-9]{10})(?![A-Za-z0-9_])/dg,
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
    pattern:
      /(?<![A-Za-z0-9_])(?<secret>pcsk_[A-Za-z0-9]{4,8}_[A-Za-z0-9]{40,90})(?![A-Za-z0-9_])/dg,
    publicPrefixes: ['pcsk_'],
  },
  {
    name: 'pinecone-legacy-api-key',
    title: 'Pinecone API key (legacy UUID form)',
    help: rotate('Pinecone', 'the Pinecone console (API keys)'),
    severity: 'high',
    keywords: ['pinecone'],
    pattern: keyed(
      String.raw`pinecone[_-]?(?:api[_-]?)?key`,
      String.raw`[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}`,
    ),
    allowUuid: true,
  },
  {
    name: 'fireworks-api-key',
    title: 'Fireworks AI API key',
    help: rotate('Fireworks AI', 'the Fireworks account settings (API keys)'),
    severity: 'high',
    keywords: ['fw_'],
    pattern:
      /(?<![A-Za-z0-9_])(?<secret>fw_(?=[a-z0-9]*[A-Z])(?=[A-Za-z]*[0-9])[A-Za-z0-9]{24})(?![A-Za-z0-9_])/dg,
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
    pattern: keyed(String.raw`together[_-]?(?:ai[_-]?)?(?:api[_-]?)?key`, '[a-f0-9]{64}'),
    allowHex: true,
  },
  {
    name: 'cohere-api-key',
    title: 'Cohere API key',
    help: rotate('Cohere', 'the Cohere dashboard (API keys)'),
    severity: 'high',
    keywords: ['cohere', 'co_api_key', 'co-api-key'],
    pattern: keyed(
      String.raw`cohere[_-]?(?:api[_-]?)?(?:key|token)|\bco[_-]api[_-]key|cohere\.(?:Async)?Client(?:V2)?\(\s*(?:api_key\s*=\s*)?`,
      '[A-Za-z0-9]{40}',
    ),
    minEntropy: 3.5,
  },
  {
    name: 'mistral-api-key',
    title: 'Mistral AI API key',
    help: rotate('Mistral AI', 'the Mistral console (API keys)'),
    severity: 'high',
    keywords: ['mistral'],
    pattern: keyed(
      String.raw`mistral[_-]?(?:ai[_-]?)?(?:api[_-]?)?(?:key|token)|\bMistral\(\s*api_key\s*=\s*`,
      '[A-Za-z0-9]{32}',
    ),
    minEntropy: 3.5,
  },
  {
    name: 'wandb-api-key',
    title: 'Weights & Biases API key',
    help: rotate('Weights & Biases', 'wandb.ai user settings (API keys)'),
    severity: 'high',
    keywords: ['wandb'],
    pattern: keyed(
      String.raw`wandb[_-]?(?:api[_-]?)?key|wandb\s+login(?:\s+--relogin)?|wandb\.login\(\s*key\s*=\s*`,
      '(?:local-)?[a-f0-9]{40}',
    ),
    allowHex: true,
    minEntropy: 3.2,
  },
  {
    name: 'deepseek-api-key',
    title: 'DeepSeek API key',
    help: rotate('DeepSeek', 'the DeepSeek platform (API keys)'),
    severity: 'high',
    keywords: ['deepseek'],
    pattern: keyed(String.raw`deepseek[_-]?(?:api[_-]?)?(?:key|token)`, 'sk-[a-f0-9]{32}'),
    allowHex: true,
    publicPrefixes: ['sk-'],
  },
];

export const aiProviders = patternRule('@pipeguard/secretlint-rule-ai-providers', DOCS, patterns);
