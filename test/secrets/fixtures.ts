/**
 * ok / ng fixtures per rule, in secretlint's spirit: every `ng` text must produce the rule (with
 * exactly the expected secret), every `ok` text — look-alikes: placeholders, documentation
 * examples, environment references, digests, UUIDs, public keys — must produce nothing at all.
 */
import { FAKE, Fake, fakePem } from './fake-keys.js';

export interface Case {
  name: string;
  /** Root-relative file name (extension matters to some rules). */
  file: string;
  text: string;
  /** The exact secret the rule must report (ng only; default: any). */
  secret?: string;
}

export interface RuleFixture {
  rule: string;
  ng: Case[];
  ok: Case[];
}

const g = new Fake(77);
const q = (...parts: string[]): string => parts.join('');
const env = (name: string, value: string): Case => ({
  name: `env ${name}`,
  file: '.env',
  text: `${name}=${value}\n`,
  secret: value,
});
const yaml = (key: string, value: string): Case => ({
  name: `yaml ${key}`,
  file: 'config.yml',
  text: `service:\n  ${key}: "${value}"\n`,
  secret: value,
});
const py = (code: string, secret: string): Case => ({
  name: 'python',
  file: 'app.py',
  text: `import os\n${code}\n`,
  secret,
});
const literal = (name: string, value: string, file = 'src/config.ts'): Case => ({
  name,
  file,
  text: `export const key = '${value}';\n`,
  secret: value,
});
const ok = (name: string, text: string, file = 'src/config.ts'): Case => ({ name, file, text });

/** Placeholders and references every context-keyed rule must ignore. */
function contextLookAlikes(variable: string): Case[] {
  return [
    ok('env reference', `${variable}=\${${variable}}\n`, '.env'),
    ok(
      'actions secret',
      `env:\n  ${variable}: \${{ secrets.${variable} }}\n`,
      '.github/workflows/ci.yml',
    ),
    ok('template', `${variable}: "{{ vault_${variable.toLowerCase()} }}"\n`, 'values.yml'),
    ok('os.environ', `key = os.environ["${variable}"]\n`, 'app.py'),
    ok('process.env', `const key = process.env.${variable};\n`),
    ok('placeholder', `${variable}=<your-api-key>\n`, '.env.example'),
    ok('changeme', `${variable}=changeme\n`, '.env.example'),
    ok('ellipsis', `${variable}="..."\n`, '.env.example'),
  ];
}

/** A token in an env file (ng) and the usual references to the same variable (ok). */
function envFixture(rule: string, variable: string, value: string): RuleFixture {
  return { rule, ng: [env(variable, value)], ok: contextLookAlikes(variable) };
}

export const FIXTURES: RuleFixture[] = [
  {
    rule: 'openai-api-key',
    ng: [literal('project key', FAKE.openai), env('OPENAI_API_KEY', FAKE.openaiLegacy)],
    ok: [
      ok('prefix only', `const k = 'sk-proj-';\n`),
      ok('truncated doc', `OPENAI_API_KEY=sk-proj-...\n`, 'README.md'),
      ...contextLookAlikes('OPENAI_API_KEY'),
    ],
  },
  {
    rule: 'anthropic-api-key',
    ng: [env('ANTHROPIC_API_KEY', FAKE.anthropic)],
    ok: [
      ok('docs form', 'ANTHROPIC_API_KEY=sk-ant-api03-xxxxxxxxxxxxxxxx\n', 'README.md'),
      ...contextLookAlikes('ANTHROPIC_API_KEY'),
    ],
  },
  {
    rule: 'anthropic-admin-key',
    ng: [yaml('anthropic_admin_key', FAKE.anthropicAdmin)],
    ok: [
      ok('docs', 'Admin keys start with `sk-ant-admin01-` and are shown once.\n', 'docs/keys.md'),
    ],
  },
  {
    rule: 'huggingface-token',
    ng: [
      env('HF_TOKEN', FAKE.hfUser),
      literal('with digits', q('hf', '_', g.letters(10), '7', g.letters(23))),
    ],
    ok: [
      ok('word', 'const hf_model_name_for_the_tokenizer = 1;\n'),
      ...contextLookAlikes('HF_TOKEN'),
    ],
  },
  {
    rule: 'huggingface-org-token',
    ng: [py(`HfApi(token="${FAKE.hfOrg}")`, FAKE.hfOrg)],
    ok: [ok('short', "api_org_name = 'acme'\n", 'app.py')],
  },
  envFixture('groq-api-key', 'GROQ_API_KEY', FAKE.groq),
  {
    rule: 'replicate-api-token',
    ng: [env('REPLICATE_API_TOKEN', FAKE.replicate)],
    ok: [ok('short', "r8_ = 'x'\n", 'a.py'), ...contextLookAlikes('REPLICATE_API_TOKEN')],
  },
  {
    rule: 'perplexity-api-key',
    ng: [yaml('perplexity_key', FAKE.perplexity)],
    ok: [ok('prose', 'Perplexity keys look like pplx-xxxx.\n', 'README.md')],
  },
  {
    rule: 'xai-api-key',
    ng: [env('XAI_API_KEY', FAKE.xai)],
    ok: [
      ok('css class', '<div class="xai-card xai-card--wide">\n', 'index.html'),
      ...contextLookAlikes('XAI_API_KEY'),
    ],
  },
  {
    rule: 'openrouter-api-key',
    ng: [literal('literal', FAKE.openrouter)],
    ok: [ok('docs', 'OPENROUTER_API_KEY=sk-or-v1-<key>\n', 'README.md')],
  },
  envFixture('langsmith-api-key', 'LANGSMITH_API_KEY', FAKE.langsmith),
  {
    rule: 'tavily-api-key',
    ng: [env('TAVILY_API_KEY', FAKE.tavily)],
    ok: [ok('placeholder', 'TAVILY_API_KEY=tvly-YOUR_API_KEY\n', '.env.example')],
  },
  envFixture('pinecone-api-key', 'PINECONE_API_KEY', FAKE.pinecone),
  {
    rule: 'pinecone-legacy-api-key',
    ng: [env('PINECONE_API_KEY', FAKE.pineconeLegacy)],
    ok: [ok('uuid without context', `request_id = "${FAKE.pineconeLegacy}"\n`, 'app.py')],
  },
  {
    rule: 'fireworks-api-key',
    ng: [env('FIREWORKS_API_KEY', FAKE.fireworks)],
    ok: [ok('identifier', 'const fw_config_value_settings_ab = 1;\n')],
  },
  envFixture('together-api-key', 'TOGETHER_API_KEY', FAKE.together),
  {
    rule: 'together-legacy-api-key',
    ng: [env('TOGETHER_API_KEY', FAKE.togetherLegacy)],
    ok: [ok('sha256 digest', `sha256: ${FAKE.togetherLegacy}\n`, 'checksums.yml')],
  },
  {
    rule: 'cohere-api-key',
    ng: [
      env('COHERE_API_KEY', FAKE.cohere),
      py(`co = cohere.ClientV2("${FAKE.cohere}")`, FAKE.cohere),
    ],
    ok: [
      ok('git sha', `commit: ${g.hex(40)}\n`, 'meta.yml'),
      ...contextLookAlikes('COHERE_API_KEY'),
    ],
  },
  {
    rule: 'mistral-api-key',
    ng: [yaml('mistral_api_key', FAKE.mistral)],
    ok: [
      ok('model name', 'model: mistral-large-latest-2024-instruct\n', 'cfg.yml'),
      ...contextLookAlikes('MISTRAL_API_KEY'),
    ],
  },
  {
    rule: 'wandb-api-key',
    ng: [
      env('WANDB_API_KEY', FAKE.wandb),
      { name: 'cli', file: 'train.sh', text: `wandb login ${FAKE.wandb}\n`, secret: FAKE.wandb },
    ],
    ok: [
      ok('run id', 'wandb_run_id: 3k2j1h\n', 'cfg.yml'),
      ok('digest elsewhere', `sha1 = "${g.hex(40)}"\n`, 'a.py'),
      ...contextLookAlikes('WANDB_API_KEY'),
    ],
  },
  envFixture('deepseek-api-key', 'DEEPSEEK_API_KEY', FAKE.deepseek),
  {
    rule: 'google-api-key',
    ng: [
      literal('literal', FAKE.google),
      {
        name: 'html',
        file: 'index.html',
        text: `<script src="https://maps.googleapis.com/maps/api/js?key=${FAKE.google}"></script>\n`,
        secret: FAKE.google,
      },
    ],
    ok: [
      ok('placeholder', 'GOOGLE_API_KEY=AIzaXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX\n', '.env.example'),
    ],
  },
  {
    rule: 'azure-storage-account-key',
    ng: [
      {
        name: 'connection string',
        file: 'appsettings.json',
        text: `{"Storage": "DefaultEndpointsProtocol=https;AccountName=acmedata;AccountKey=${FAKE.azureStorage};EndpointSuffix=core.windows.net"}\n`,
        secret: FAKE.azureStorage,
      },
    ],
    ok: [
      ok('dev storage docs', 'AccountKey=<storage-account-key>\n', 'README.md'),
      ok('integrity', `"integrity": "sha512-${g.b64(86)}=="\n`, 'package-lock.json'),
    ],
  },
  {
    rule: 'azure-sas-token',
    ng: [
      {
        name: 'blob url',
        file: 'deploy.sh',
        text: `curl "https://acme.blob.core.windows.net/models/m.bin?sv=2022-11-02&ss=b&srt=o&sp=r&se=2031-01-01T00:00:00Z&sig=${FAKE.azureSas}"\n`,
        secret: FAKE.azureSas,
      },
    ],
    ok: [
      ok(
        'no sig',
        'https://acme.blob.core.windows.net/models/m.bin?sv=2022-11-02&sp=r\n',
        'deploy.sh',
      ),
    ],
  },
  {
    rule: 'azure-client-secret',
    ng: [env('AZURE_CLIENT_SECRET', FAKE.azureClientSecret)],
    ok: [ok('prose', 'Q~ marks are fine in prose.\n', 'README.md')],
  },
  {
    rule: 'aws-access-key-id',
    ng: [literal('key id', FAKE.awsKeyId)],
    ok: [
      ok('AWS doc example', 'aws_access_key_id = AKIAIOSFODNN7EXAMPLE\n', 'docs/aws.md'),
      ok('lowercase', 'const akia = "akia";\n'),
      ok(
        'presigned S3 URL',
        `url: "https://b.s3.amazonaws.com/f.tgz?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=${FAKE.awsKeyId}%2F20260101%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Signature=${g.hex(64)}"\n`,
        'fixtures.json',
      ),
    ],
  },
  {
    rule: 'aws-secret-access-key',
    ng: [
      env('AWS_SECRET_ACCESS_KEY', FAKE.awsSecret),
      {
        name: 'credentials file',
        file: 'credentials',
        text: `[default]\naws_access_key_id = ${FAKE.awsKeyId}\naws_secret_access_key = ${FAKE.awsSecret}\n`,
        secret: FAKE.awsSecret,
      },
      {
        name: 'pair in json',
        file: 'creds.json',
        text: `{"id": "${FAKE.awsKeyId}", "s": "${FAKE.awsSecret}"}\n`,
        secret: FAKE.awsSecret,
      },
    ],
    ok: [
      ok(
        'AWS doc example',
        'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n',
        'docs/aws.md',
      ),
      ok('hex digest', `secret_access_key_sha1: ${g.hex(40)}\n`, 'x.yml'),
      ...contextLookAlikes('AWS_SECRET_ACCESS_KEY'),
    ],
  },
  envFixture('digitalocean-token', 'DIGITALOCEAN_TOKEN', FAKE.digitalocean),
  {
    rule: 'pypi-token',
    ng: [
      {
        name: 'pypirc',
        file: '.pypirc',
        text: `[pypi]\nusername = __token__\npassword = ${FAKE.pypi}\n`,
        secret: FAKE.pypi,
      },
    ],
    ok: [ok('prefix only', 'password = pypi-AgEIcHlwaS5vcmc...\n', 'docs/release.md')],
  },
  envFixture('npm-access-token', 'NPM_TOKEN', FAKE.npmToken),
  {
    rule: 'npm-auth-token',
    ng: [
      {
        name: 'npmrc',
        file: '.npmrc',
        text: `//registry.npmjs.org/:_authToken=${FAKE.npmLegacy}\n`,
        secret: FAKE.npmLegacy,
      },
      {
        name: 'in a Dockerfile',
        file: 'Dockerfile',
        text: `RUN echo "//npm.acme.dev/:_authToken=${FAKE.npmLegacy}" > .npmrc\n`,
        secret: FAKE.npmLegacy,
      },
    ],
    ok: [
      ok('env reference', '//registry.npmjs.org/:_authToken=${NPM_TOKEN}\n', '.npmrc'),
      ok('actions', '//registry.npmjs.org/:_authToken={{ secrets.NPM }}\n', 'x.yml'),
    ],
  },
  {
    rule: 'twilio-api-key',
    ng: [literal('sid', FAKE.twilioSid)],
    ok: [ok('word', 'const SKIP_LIST = ["a"];\n')],
  },
  envFixture('twilio-auth-token', 'TWILIO_AUTH_TOKEN', FAKE.twilioAuth),
  {
    rule: 'sendgrid-api-key',
    ng: [env('SENDGRID_API_KEY', FAKE.sendgrid)],
    ok: [ok('docs', 'SENDGRID_API_KEY=SG.xxxxx.yyyyy\n', 'README.md')],
  },
  {
    rule: 'slack-token',
    ng: [env('SLACK_BOT_TOKEN', FAKE.slackBot), env('SLACK_REFRESH_TOKEN', FAKE.slackRefresh)],
    ok: [
      ok('docs', 'SLACK_BOT_TOKEN=xoxb-your-token\n', 'README.md'),
      ...contextLookAlikes('SLACK_BOT_TOKEN'),
    ],
  },
  {
    rule: 'slack-webhook',
    ng: [yaml('webhook', FAKE.slackWebhook), yaml('workflow_webhook', FAKE.slackWorkflow)],
    ok: [ok('docs', 'url: https://hooks.slack.com/services/T000/B000/XXXX\n', 'README.md')],
  },
  {
    rule: 'stripe-secret-key',
    ng: [env('STRIPE_SECRET_KEY', FAKE.stripe)],
    ok: [
      ok('publishable key docs', 'STRIPE_SECRET_KEY=sk_live_...\n', 'README.md'),
      ok('sequence', 'sk_test_1111111111111111111111111\n', 'README.md'),
    ],
  },
  envFixture('shopify-token', 'SHOPIFY_ACCESS_TOKEN', FAKE.shopify),
  envFixture('databricks-token', 'DATABRICKS_TOKEN', FAKE.databricks),
  envFixture('github-token', 'GH_TOKEN', FAKE.github),
  {
    rule: 'private-key',
    ng: [
      { name: 'pkcs1', file: 'id_rsa', text: fakePem('RSA PRIVATE KEY', 1600) + '\n' },
      {
        name: 'short pkcs8 (ed25519 size)',
        file: 'key.pem',
        text: fakePem('PRIVATE KEY', 64) + '\n',
      },
      {
        name: 'encrypted pkcs8',
        file: 'key.pem',
        text: fakePem('ENCRYPTED PRIVATE KEY', 200) + '\n',
      },
      {
        name: 'json-escaped',
        file: 'secret.json',
        text: `{"key": "${fakePem('EC PRIVATE KEY', 160).replace(/\n/g, '\\n')}\\n"}\n`,
      },
    ],
    ok: [
      ok(
        'placeholder',
        '-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----\n',
        'README.md',
      ),
      ok('public key', fakePem('PUBLIC KEY', 300), 'key.pub'),
      ok('certificate', fakePem('CERTIFICATE', 800), 'cert.pem'),
      ok(
        'ssh public key',
        `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${g.b64(43)} me@host\n`,
        'id_ed25519.pub',
      ),
      ok('markers in code', 'const BEGIN = "-----BEGIN PRIVATE KEY-----";\n'),
      ok(
        'random filler, not key bytes',
        `-----BEGIN PRIVATE KEY-----\nzz${g.b64(62)}\n-----END PRIVATE KEY-----\n`,
        'fixture.pem',
      ),
    ],
  },
  {
    rule: 'putty-private-key',
    ng: [
      {
        name: 'ppk',
        file: 'server.ppk',
        text: `PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: test\nPublic-Lines: 2\n${g.b64(64)}\n${g.b64(4)}\nPrivate-Lines: 1\n${g.b64(44)}\nPrivate-MAC: ${g.hex(64)}\n`,
      },
    ],
    ok: [ok('docs', 'Convert the PuTTY-User-Key-File with puttygen.\n', 'README.md')],
  },
  {
    rule: 'database-url-password',
    ng: [
      env('DATABASE_URL', q('postgres', '://app:', FAKE.dbPassword, '@db.internal:5432/app')),
      env('REDIS_URL', q('redis', '://default:', FAKE.dbPassword, '@cache.internal:6379/0')),
      env(
        'SQLALCHEMY_URL',
        q('postgresql+psycopg2', '://ml:', FAKE.dbPassword, '@pg.internal/features'),
      ),
    ].map((c) => ({ ...c, secret: undefined })),
    ok: [
      ok('env ref', 'DATABASE_URL=postgres://app:${DB_PASSWORD}@db:5432/app\n', '.env'),
      ok('no password', 'REDIS_URL=redis://cache.internal:6379/0\n', '.env'),
      ok('placeholder', 'REDIS_URL=redis://user:password@localhost:6379\n', '.env.example'),
      ok(
        'doc host',
        'DATABASE_URL=postgresql+psycopg2://user:Zq8hP2mX@db.example.com/app\n',
        'README.md',
      ),
    ],
  },
  {
    rule: 'connection-string-password',
    ng: [
      {
        name: 'ado.net',
        file: 'appsettings.json',
        text: `{"Db": "Server=tcp:acme.database.windows.net,1433;Database=ml;User ID=svc;Password=${FAKE.dbPassword};Encrypt=true"}\n`,
        secret: FAKE.dbPassword,
      },
    ],
    ok: [
      ok(
        'placeholder',
        '"Server=tcp:x;Database=ml;User ID=svc;Password=<password>;"\n',
        'README.md',
      ),
    ],
  },
  {
    rule: 'gcp-service-account-key',
    ng: [
      {
        name: 'service account json',
        file: 'sa.json',
        text: JSON.stringify(
          {
            type: 'service_account',
            project_id: 'acme-ml',
            private_key_id: g.hex(40),
            private_key: fakePem('PRIVATE KEY', 1600) + '\n',
            client_email: 'x@acme-ml.iam.gserviceaccount.com',
          },
          null,
          2,
        ),
      },
    ],
    ok: [ok('no key', JSON.stringify({ type: 'service_account', private_key_id: '' }), 'sa.json')],
  },
];

/** 1Password service-account tokens are `ops_` + base64 of a JSON object (ending `fQ`). */
function onePasswordToken(): string {
  let json = JSON.stringify({
    signInAddress: 'my.1password.com',
    userAuth: { method: 'SRPg-4096', alg: 'PBES2g-HS256', iterations: 650000, salt: g.urlsafe(22) },
    email: `${g.letters(12).toLowerCase()}@1passwordserviceaccounts.com`,
    srpX: g.hex(64),
    muk: {
      alg: 'A256GCM',
      ext: true,
      k: g.urlsafe(43),
      key_ops: ['encrypt', 'decrypt'],
      kty: 'oct',
      kid: 'mp',
    },
    secretKey: `A3-${g.upperDigits(6)}-${g.upperDigits(11)}-${g.upperDigits(5)}-${g.upperDigits(5)}-${g.upperDigits(5)}`,
    throttleSecret: { seed: g.hex(64), uuid: g.upperDigits(26) },
    deviceUuid: g.alnum(26).toLowerCase(),
  });
  while (!Buffer.from(json).toString('base64').endsWith('fQ==')) json = json.replace(/^\{/, '{ ');
  return q('ops', '_', Buffer.from(json).toString('base64'));
}

const MORE: RuleFixture[] = [
  {
    rule: 'github-oauth-url-token',
    ng: [
      {
        name: 'package.json dependency',
        file: 'package.json',
        text: `{"dependencies": {"lib": "git+https://${g.hex(40)}:x-oauth-basic@github.com/acme/lib.git"}}\n`,
      },
    ],
    ok: [
      ok(
        'plain url',
        '{"dependencies": {"lib": "git+https://github.com/acme/lib.git"}}\n',
        'package.json',
      ),
    ],
  },
  {
    rule: 'url-basic-auth',
    ng: [
      {
        name: 'registry url',
        file: 'deploy.sh',
        text: `docker login https://deploy:${FAKE.dbPassword}@registry.acme.io/v2\n`,
      },
    ],
    ok: [
      ok('placeholder', 'curl https://user:password@registry.acme.io/v2\n', 'README.md'),
      ok('env ref', 'curl https://deploy:${REGISTRY_TOKEN}@registry.acme.io/v2\n', 'deploy.sh'),
    ],
  },
  envFixture('gitlab-token', 'GITLAB_TOKEN', FAKE.gitlab),
  envFixture('grafana-cloud-api-token', 'GRAFANA_CLOUD_TOKEN', q('gl', 'c_', g.b64(120))),
  envFixture(
    'grafana-service-account-token',
    'GRAFANA_SA_TOKEN',
    q('gl', 'sa_', g.alnum(32), '_', g.hex(8)),
  ),
  envFixture('linear-api-key', 'LINEAR_API_KEY', q('lin', '_api_', g.alnum(40))),
  envFixture('notion-token', 'NOTION_TOKEN', q('nt', 'n_', g.from('0123456789', 11), g.alnum(35))),
  envFixture('onepassword-service-account-token', 'OP_SERVICE_ACCOUNT_TOKEN', onePasswordToken()),
  {
    rule: 'hashicorp-vault-token',
    ng: [env('VAULT_TOKEN', FAKE.vault)],
    ok: [ok('dev root token', 'VAULT_TOKEN=root\n', '.env'), ...contextLookAlikes('VAULT_TOKEN')],
  },
  envFixture('vercel-token', 'VERCEL_TOKEN', q('vc', 'p_', g.alnum(24))),
  envFixture('docker-hub-token', 'DOCKERHUB_TOKEN', FAKE.docker),
  envFixture('figma-token', 'FIGMA_TOKEN', q('fi', 'gd_', g.urlsafe(40))),
  {
    rule: 'npm-basic-auth',
    ng: [
      {
        name: 'npmrc _auth',
        file: '.npmrc',
        text: `registry=https://npm.acme.io/\n_auth=${Buffer.from(`ci-bot:${FAKE.dbPassword}`).toString('base64')}\n`,
      },
    ],
    ok: [
      ok('env ref', '_auth=${NPM_AUTH}\n', '.npmrc'),
      ok(
        'not a credential',
        `_auth=${Buffer.from('just some words here').toString('base64')}\n`,
        '.npmrc',
      ),
    ],
  },
];

FIXTURES.push(...MORE);
