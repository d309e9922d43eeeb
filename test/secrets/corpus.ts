/**
 * The accuracy corpus: for every rule family, true cases (`ng`) in several file types (.env, .py,
 * .yaml, .json, .ts, .xml, shell, …) and look-alikes (`ok`): documentation ellipses, placeholders,
 * environment / secret-store references, truncated values, over-long values and the same value
 * format beside a name that is not a secret. Values follow each issuer's documented format and are
 * generated from a seeded PRNG (no real-looking token is a literal in the repository: prefixes are
 * assembled by concatenation). Also the false alarms seen in an outside comparison (Slack
 * placeholders, `-xoxo-` in an image name, Pinecone keys too short or too long, Azure SAS URLs
 * with invalid `sp` / `sip`) and a general look-alike set for the generic rule.
 *
 * Used by test/secrets/accuracy.test.ts (per-family recall / precision floors) and by
 * bench/secrets-accuracy (the figures).
 */
import { Fake } from './fake-keys.js';

export interface CorpusCase {
  /** The rule whose format the case is written for (its family is what recall is measured on). */
  rule: string;
  kind: 'ng' | 'ok';
  name: string;
  file: string;
  text: string;
  /** ng: the secret the family's rules must report. */
  secret?: string;
  /** ng: other true secrets in the text (hits on them are not false alarms). */
  also?: string[];
}

interface Sample {
  rule: string;
  /** One fresh value in the issuer's format. */
  make: () => string;
  /** The variable name it is assigned to (default: the rule id in UPPER_SNAKE). */
  v?: string;
  /** The literal issuer prefix (for the placeholder and truncated look-alikes). */
  prefix?: string;
  /** Fixed length: three extra characters make it a look-alike. */
  exact?: boolean;
  /**
   * Contexts instead of the default assignment in six file types; optionally the secret the
   * context holds (default: the value) and other true secrets in it (a key's ID beside it).
   */
  ng?: (value: string) => [file: string, text: string, secret?: string, also?: string[]][];
  /** The secret a context reports when it is not the whole value. */
  secretOf?: (value: string) => string;
  /** Family-specific look-alikes. */
  ok?: () => [file: string, text: string][];
  /** The default look-alikes do not apply (custom contexts only). */
  customOnly?: boolean;
  /** A format found by its shape (no name needed): the value beside another name still counts. */
  formatOnly?: boolean;
}

const f = new Fake(15_2026);
/**
 * Values of samples added later draw on their own generator: a new sample must not change the
 * values every sample after it gets from `f`.
 */
const g = new Fake(15_2027);
const A2 = (n: number): string => g.alnum(n);
const D2 = (n: number): string => g.from('123456789', 1) + g.from(DIGITS, n - 1);
const p = (...parts: string[]): string => parts.join('');
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const DIGITS = '0123456789';
const LOWERNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';
const H = (n: number): string => f.hex(n);
const A = (n: number): string => f.alnum(n);
const U = (n: number): string => f.urlsafe(n);
const L = (n: number): string => f.from(LOWERNUM, n);
const UD = (n: number): string => f.from(UPPER + DIGITS, n);
const D = (n: number): string => f.from('123456789', 1) + f.from(DIGITS, n - 1);
const B64 = (n: number): string => f.b64(n);
const uuid = (): string => [H(8), H(4), '4' + H(3), f.from('89ab', 1) + H(3), H(12)].join('-');
const b64 = (value: string): string => Buffer.from(value).toString('base64');
const b64url = (value: unknown): string =>
  Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');

let turn = 0;
/** Alternates between forms of one family (the first form first). */
const alternate =
  (...forms: (() => string)[]): (() => string) =>
  () =>
    forms[turn++ % forms.length]!();

function jwt(payload: Record<string, unknown>): string {
  return [b64url({ alg: 'HS256', typ: 'JWT' }), b64url(payload), U(43)].join('.');
}

const camel = (v: string): string =>
  v.toLowerCase().replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());

/** The default contexts: one assignment per file type. */
function contexts(v: string, t: string): [string, string][] {
  return [
    ['.env', `${v}=${t}\n`],
    ['app/settings.py', `import os\n\n${v.toLowerCase()} = "${t}"\n`],
    ['deploy/values.yaml', `service:\n  ${v.toLowerCase()}: ${t}\n`],
    ['config/secrets.json', `{\n  "${v.toLowerCase()}": "${t}"\n}\n`],
    ['src/config.ts', `export const config = {\n  ${camel(v)}: '${t}',\n};\n`],
    ['Web.config', `<appSettings>\n  <add key="${v}" value="${t}" />\n</appSettings>\n`],
  ];
}

const SAMPLES: Sample[] = [
  // ---------- AI / ML ----------
  {
    rule: 'openai-api-key',
    make: () => p('sk', '-proj-', U(74), 'T3Blb', 'kFJ', U(74)),
    prefix: 'sk-proj-',
  },
  {
    rule: 'anthropic-api-key',
    make: () => p('sk', '-ant-', 'api03-', U(93), 'AA'),
    prefix: 'sk-ant-api03-',
    exact: true,
  },
  {
    rule: 'anthropic-admin-key',
    make: () => p('sk', '-ant-', 'admin01-', U(93), 'AA'),
    prefix: 'sk-ant-admin01-',
    exact: true,
  },
  {
    rule: 'huggingface-token',
    make: () => p('hf', '_', f.letters(34)),
    prefix: 'hf_',
    exact: true,
  },
  {
    rule: 'huggingface-org-token',
    make: () => p('api', '_org_', f.letters(34)),
    prefix: 'api_org_',
    exact: true,
  },
  { rule: 'groq-api-key', make: () => p('gsk', '_', A(52)), prefix: 'gsk_', exact: true },
  { rule: 'replicate-api-token', make: () => p('r8', '_', A(37)), prefix: 'r8_', exact: true },
  { rule: 'perplexity-api-key', make: () => p('pplx', '-', A(48)), prefix: 'pplx-', exact: true },
  { rule: 'xai-api-key', make: () => p('xai', '-', A(80)), prefix: 'xai-', exact: true },
  {
    rule: 'openrouter-api-key',
    make: () => p('sk-', 'or-v1-', H(64)),
    prefix: 'sk-or-v1-',
    exact: true,
  },
  {
    rule: 'langsmith-api-key',
    make: () => p('lsv2', '_pt_', H(32), '_', H(10)),
    prefix: 'lsv2_pt_',
    exact: true,
  },
  { rule: 'tavily-api-key', make: () => p('tvly', '-dev-', A(32)), prefix: 'tvly-', exact: true },
  {
    rule: 'pinecone-api-key',
    make: () => p('pcsk', '_', A(6), '_', A(63)),
    prefix: 'pcsk_',
    ok: () => [
      ['.env', `PINECONE_API_KEY=${p('pcsk', '_', A(6), '_', A(30))}\n`],
      ['.env', `PINECONE_API_KEY=${p('pcsk', '_', A(6), '_', A(63), A(12))}\n`],
      ['app.py', `pc = Pinecone(api_key="${p('pcsk', '_', A(6), '_', A(20))}")\n`],
    ],
  },
  {
    rule: 'pinecone-legacy-api-key',
    make: uuid,
    v: 'PINECONE_API_KEY',
    exact: true,
  },
  {
    rule: 'fireworks-api-key',
    make: () => p('fw', '_', 'Q7', A(22)),
    prefix: 'fw_',
    exact: true,
  },
  { rule: 'together-api-key', make: () => p('tgp', '_v1_', U(43)), prefix: 'tgp_v1_', exact: true },
  { rule: 'together-legacy-api-key', make: () => H(64), v: 'TOGETHER_API_KEY', exact: true },
  { rule: 'cohere-api-key', make: () => A(40), v: 'COHERE_API_KEY', exact: true },
  { rule: 'mistral-api-key', make: () => A(32), v: 'MISTRAL_API_KEY', exact: true },
  { rule: 'wandb-api-key', make: () => H(40), v: 'WANDB_API_KEY', exact: true },
  {
    rule: 'deepseek-api-key',
    make: () => p('sk-', H(32)),
    v: 'DEEPSEEK_API_KEY',
    exact: true,
  },
  {
    rule: 'elevenlabs-api-key',
    formatOnly: true,
    make: alternate(
      () => p('sk', '_', H(48)),
      () => H(32),
    ),
    v: 'ELEVENLABS_API_KEY',
    exact: true,
  },
  { rule: 'assemblyai-api-key', make: () => H(32), v: 'ASSEMBLYAI_API_KEY', exact: true },
  { rule: 'deepgram-api-key', make: () => H(40), v: 'DEEPGRAM_API_KEY', exact: true },
  {
    rule: 'voyage-api-key',
    make: () => p('pa', '-', 'Kq7', U(40)),
    v: 'VOYAGE_API_KEY',
    prefix: 'pa-',
    exact: true,
  },
  {
    rule: 'langfuse-secret-key',
    make: () => p('sk', '-lf-', uuid()),
    prefix: 'sk-lf-',
    exact: true,
  },
  { rule: 'nvidia-api-key', make: () => p('nv', 'api-', U(64)), prefix: 'nvapi-', exact: true },
  { rule: 'privateai-api-key', make: () => A(32), v: 'PRIVATE_AI_API_KEY', exact: true },
  // ---------- cloud ----------
  { rule: 'google-api-key', make: () => p('AI', 'za', 'Sy', U(33)), prefix: 'AIza', exact: true },
  {
    rule: 'azure-storage-account-key',
    make: () => p(B64(86), '=='),
    customOnly: true,
    ng: (t) => [
      [
        'appsettings.json',
        `{"Storage": "DefaultEndpointsProtocol=https;AccountName=acme;AccountKey=${t};EndpointSuffix=core.windows.net"}\n`,
      ],
      ['Program.cs', `var cred = new StorageSharedKeyCredential("acme", "${t}");\n`],
      ['Web.config', `<add key="StorageAccountKey" value="${t}" />\n`],
      ['config.php', `<?php\nreturn ['AccountKey' => '${t}'];\n`],
      ['upload.ts', `const client = connect({ accountName: 'acme', accountKey: '${t}' });\n`],
      ['deploy.sh', `az storage blob upload --account-name acme --account-key "${t}" -f m.bin\n`],
    ],
    ok: () => [
      ['README.md', 'AccountKey=<storage-account-key>\n'],
      ['package-lock.json', `"integrity": "sha512-${B64(86)}=="\n`],
      ['.env', 'AZURE_STORAGE_KEY=${AZURE_STORAGE_KEY}\n'],
      ['deploy.sh', 'az storage blob upload --account-name acme --account-key "$KEY" -f m.bin\n'],
      ['data.json', `{"thumbnail": "${B64(86)}=="}\n`],
    ],
  },
  {
    rule: 'azure-sas-token',
    make: () => p(A(30), '%2B', A(12), '%3D'),
    customOnly: true,
    ng: (t) =>
      [
        [
          'deploy.sh',
          `curl "https://acme.blob.core.windows.net/m/a.bin?sv=2022-11-02&ss=b&srt=o&sp=r&se=2031-01-01&sig=${t}"\n`,
        ],
        [
          '.env',
          `MODEL_URL=https://acme.blob.core.windows.net/m?sp=racwdl&st=2025-01-01T00:00:00Z&se=2031-01-01T00:00:00Z&spr=https&sv=2022-11-02&sr=c&sig=${t}\n`,
        ],
        [
          'config.yaml',
          `blob: "https://acme.blob.core.windows.net/d/x.csv?sv=2021-08-06&sp=r&sip=10.0.0.1-10.0.0.255&sig=${t}"\n`,
        ],
        [
          'app.py',
          `URL = "https://acme.file.core.windows.net/s/f?sv=2020-08-04&ss=f&sp=rl&sig=${t}"\n`,
        ],
        [
          'settings.json',
          `{"queue": "https://acme.queue.core.windows.net/q?sv=2019-12-12&sp=raup&sig=${t}"}\n`,
        ],
      ] as [string, string][],
    ok: () => [
      [
        'README.md',
        `https://acme.blob.core.windows.net/m?sv=2022-11-02&sp=<permissions>&sig=${A(40)}%3D\n`,
      ],
      [
        'README.md',
        `https://acme.blob.core.windows.net/m?sv=2022-11-02&sp=racwdlz&sig=${A(40)}%3D\n`,
      ],
      ['docs.md', `https://acme.blob.core.windows.net/m?sv=2022-11-02&sp=rr&sig=${A(40)}%3D\n`],
      [
        'docs.md',
        `https://acme.blob.core.windows.net/m?sv=2022-11-02&sp=r&sip=300.1.1.1&sig=${A(40)}%3D\n`,
      ],
      [
        'docs.md',
        `https://acme.blob.core.windows.net/m?sv=2022-11-02&sp=r&sip=10.0.0.9-10.0.0.1&sig=${A(40)}%3D\n`,
      ],
      ['docs.md', 'https://acme.blob.core.windows.net/m?sv=2022-11-02&sp=r\n'],
    ],
  },
  {
    rule: 'azure-client-secret',
    formatOnly: true,
    make: () => p(A(3), '8', 'Q~', U(31)),
    v: 'AZURE_CLIENT_SECRET',
  },
  { rule: 'azure-openai-api-key', make: () => H(32), v: 'AZURE_OPENAI_API_KEY', exact: true },
  {
    rule: 'azure-devops-pat',
    make: () => f.from('abcdefghijklmnopqrstuvwxyz234567', 52),
    v: 'AZURE_DEVOPS_PAT',
    exact: true,
  },
  {
    rule: 'azure-entra-refresh-token',
    make: () => p('0.A', 'VYA', U(700)),
    v: 'ENTRA_REFRESH_TOKEN',
    prefix: '0.A',
  },
  {
    rule: 'aws-access-key-id',
    make: () => p('AK', 'IA', f.upperDigits(16)),
    prefix: 'AKIA',
    exact: true,
  },
  {
    rule: 'aws-secret-access-key',
    make: () => p(A(18), '/', A(10), '+', A(10)),
    v: 'AWS_SECRET_ACCESS_KEY',
    exact: true,
  },
  {
    rule: 'aws-bedrock-api-key',
    make: () =>
      p('AB', 'SK', Buffer.from(`BedrockAPIKey-${L(4)}-at-${D(12)}:${B64(40)}`).toString('base64')),
    prefix: 'ABSK',
  },
  {
    rule: 'aws-bedrock-short-term-key',
    make: () =>
      p(
        'bedrock-api-key-',
        Buffer.from(
          `bedrock.amazonaws.com/?Action=CallWithBearerToken&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AS${'IA'}${UD(16)}%2F20260101%2Fus-east-1%2Fbedrock%2Faws4_request&X-Amz-Date=20260101T000000Z&X-Amz-Expires=43200&X-Amz-Security-Token=${B64(300)}&X-Amz-Signature=${H(64)}&Version=1`,
        ).toString('base64'),
      ),
    prefix: 'bedrock-api-key-',
  },
  { rule: 'aws-appsync-api-key', make: () => p('da', '2-', L(26)), prefix: 'da2-', exact: true },
  {
    rule: 'aws-session-token',
    make: () => p('IQoJb3JpZ2luX2Vj', B64(340)),
    v: 'AWS_SESSION_TOKEN',
  },
  {
    rule: 'google-oauth-client-secret',
    make: () => p('GOC', 'SPX-', U(28)),
    prefix: 'GOCSPX-',
    exact: true,
  },
  {
    rule: 'google-oauth-access-token',
    make: () => p('ya', '29.', 'a0Af', U(150)),
    prefix: 'ya29.',
  },
  {
    rule: 'google-oauth-refresh-token',
    make: () => p('1//0', 'g', U(100)),
    v: 'GOOGLE_REFRESH_TOKEN',
    prefix: '1//0',
  },
  {
    rule: 'gcp-authorized-user',
    make: () => p('1//0', 'e', U(100)),
    customOnly: true,
    ng: (t) =>
      [
        'application_default_credentials.json',
        'adc.json',
        'creds/gcloud.json',
        'user.json',
        'ci/adc.json',
      ].map((file, i) => {
        // The OAuth client's secret sits beside the refresh token: a true secret too.
        const clientSecret = p('d-', U(22));
        return [
          file,
          JSON.stringify(
            {
              account: '',
              client_id: `${D(12)}-${L(32)}.apps.googleusercontent.com`,
              client_secret: clientSecret,
              quota_project_id: `acme-ml-${i}`,
              refresh_token: t,
              type: 'authorized_user',
              universe_domain: 'googleapis.com',
            },
            null,
            i % 2 ? 2 : undefined,
          ),
          t,
          [clientSecret],
        ];
      }),
    ok: () => [
      ['adc.json', JSON.stringify({ type: 'authorized_user', refresh_token: '<refresh-token>' })],
      [
        'adc.json',
        JSON.stringify({
          type: 'service_account',
          refresh_token_url: 'https://oauth2.googleapis.com/token',
        }),
      ],
      ['adc.json', JSON.stringify({ type: 'authorized_user', refresh_token: '${REFRESH_TOKEN}' })],
      [
        'README.md',
        'Run `gcloud auth application-default login`; it writes an authorized_user JSON.\n',
      ],
      ['adc.json', JSON.stringify({ type: 'authorized_user', refresh_token: '1//0...' })],
    ],
  },
  {
    rule: 'digitalocean-token',
    make: () => p('dop', '_v1_', H(64)),
    prefix: 'dop_v1_',
    exact: true,
  },
  // ---------- registries, services ----------
  {
    rule: 'pypi-token',
    make: () => p('pypi', '-AgEIcHlwaS5vcmc', U(120)),
    prefix: 'pypi-AgEIcHlwaS5vcmc',
  },
  { rule: 'npm-access-token', make: () => p('npm', '_', A(36)), prefix: 'npm_', exact: true },
  { rule: 'npm-legacy-token', make: uuid, v: 'NPM_TOKEN', exact: true },
  {
    rule: 'npm-auth-token',
    make: uuid,
    customOnly: true,
    ng: (t) => [
      ['.npmrc', `//registry.npmjs.org/:_authToken=${t}\n`],
      ['Dockerfile', `RUN echo "//npm.acme.dev/:_authToken=${t}" > .npmrc\n`],
      ['ci/publish.sh', `echo "//registry.npmjs.org/:_authToken=${t}" >> ~/.npmrc\n`],
      [
        'packages/a/.npmrc',
        `@acme:registry=https://npm.acme.dev/\n//npm.acme.dev/:_authToken="${t}"\n`,
      ],
      [
        '.github/workflows/release.yml',
        `      - run: echo "//registry.npmjs.org/:_authToken=${t}" > .npmrc\n`,
      ],
    ],
    ok: () => [
      ['.npmrc', '//registry.npmjs.org/:_authToken=${NPM_TOKEN}\n'],
      ['x.yml', '//registry.npmjs.org/:_authToken={{ secrets.NPM }}\n'],
      ['README.md', '//registry.npmjs.org/:_authToken=<token>\n'],
      ['.npmrc', '//registry.npmjs.org/:_authToken=...\n'],
      ['.npmrc', '//registry.npmjs.org/:_authToken=$NPM_TOKEN\n'],
    ],
  },
  { rule: 'twilio-api-key', make: () => p('S', 'K', H(32)), prefix: 'SK', exact: true },
  { rule: 'twilio-auth-token', make: () => H(32), v: 'TWILIO_AUTH_TOKEN', exact: true },
  {
    rule: 'twilio-api-key-secret',
    make: () => p('Qa7', A(29)),
    customOnly: true,
    ng: (t) => {
      const sid = p('S', 'K', H(32));
      const cases: [string, string][] = [
        ['twilio.json', `{"sid": "${sid}", "value": "${t}"}\n`],
        ['notify.py', `client = Client("${sid}", "${t}", account_sid)\n`],
        ['sms.ts', `const client = twilio('${sid}', '${t}', { accountSid });\n`],
        ['.env', `TW_KEY=${sid}\nTW_VALUE=${t}\n`],
        ['config.yaml', `twilio:\n  key: ${sid}\n  value: ${t}\n`],
      ];
      return cases.map(([file, text]) => [file, text, t, [sid]]);
    },
    ok: () => [
      ['twilio.json', `{"sid": "SK<api-key-sid>", "value": "<api-key-secret>"}\n`],
      ['notify.py', 'client = Client(os.environ["TWILIO_SID"], os.environ["TWILIO_SECRET"])\n'],
      ['notes.md', `SK${'x'.repeat(32)} then the secret\n`],
      ['a.ts', `const sid = process.env.TWILIO_SID; const secret = process.env.TWILIO_SECRET;\n`],
      ['b.yaml', 'twilio:\n  key: ${TWILIO_KEY}\n  region: us1\n'],
    ],
  },
  {
    rule: 'sendgrid-api-key',
    make: () => p('S', 'G.', U(22), '.', U(43)),
    prefix: 'SG.',
    exact: true,
  },
  { rule: 'stripe-secret-key', make: () => p('sk', '_live_', A(99)), prefix: 'sk_live_' },
  { rule: 'stripe-webhook-secret', make: () => p('wh', 'sec_', A(32)), prefix: 'whsec_' },
  // ---------- dev tools ----------
  {
    rule: 'gitlab-token',
    make: alternate(
      () => p('gl', 'pat-', U(20)),
      () => p('gl', 'pat-', U(38), '.01.', L(9)),
    ),
    prefix: 'glpat-',
  },
  {
    rule: 'gitlab-oauth-app-secret',
    make: () => p('gl', 'oas-', H(64)),
    prefix: 'gloas-',
    exact: true,
  },
  { rule: 'gitlab-deploy-token', make: () => p('gl', 'dt-', U(20)), prefix: 'gldt-', exact: true },
  { rule: 'gitlab-runner-token', make: () => p('gl', 'rt-', U(20)), prefix: 'glrt-' },
  {
    rule: 'gitlab-runner-registration-token',
    make: () => p('GR1348', '941', U(20)),
    prefix: 'GR1348941',
    exact: true,
  },
  {
    rule: 'gitlab-ci-job-token',
    make: () => p('gl', 'cbt-', '64_', U(20)),
    prefix: 'glcbt-',
    exact: true,
  },
  {
    rule: 'gitlab-pipeline-trigger-token',
    make: () => p('gl', 'ptt-', H(40)),
    prefix: 'glptt-',
    exact: true,
  },
  { rule: 'gitlab-feed-token', make: () => p('gl', 'ft-', U(20)), prefix: 'glft-', exact: true },
  {
    rule: 'gitlab-incoming-mail-token',
    make: () => p('gl', 'imt-', L(25)),
    prefix: 'glimt-',
    exact: true,
  },
  {
    rule: 'gitlab-agent-token',
    make: () => p('gl', 'agent-', U(50)),
    prefix: 'glagent-',
    exact: true,
  },
  {
    rule: 'gitlab-scim-token',
    make: () => p('gl', 'soat-', U(20)),
    prefix: 'glsoat-',
    exact: true,
  },
  {
    rule: 'gitlab-feature-flag-token',
    make: () => p('gl', 'ffct-', U(20)),
    prefix: 'glffct-',
    exact: true,
  },
  {
    rule: 'gitlab-session-cookie',
    make: () => p('_gitlab', '_session=', H(32)),
    prefix: '_gitlab_session=',
    exact: true,
  },
  { rule: 'github-oauth-client-secret', make: () => H(40), v: 'GITHUB_CLIENT_SECRET', exact: true },
  { rule: 'github-token', make: () => p('gh', 'p_', A(36)), prefix: 'ghp_', exact: true },
  { rule: 'atlassian-api-token', make: () => p('ATA', 'TT3', U(183)), prefix: 'ATATT' },
  { rule: 'bitbucket-app-password', make: () => p('AT', 'BB', A(32)), prefix: 'ATBB' },
  { rule: 'atlassian-legacy-api-token', make: () => A(24), v: 'JIRA_API_TOKEN', exact: true },
  { rule: 'bitbucket-client-secret', make: () => U(32), v: 'BITBUCKET_CLIENT_SECRET', exact: true },
  { rule: 'docker-hub-token', make: () => p('dckr', '_pat_', U(27)), prefix: 'dckr_pat_' },
  { rule: 'docker-hub-legacy-token', make: uuid, v: 'DOCKERHUB_TOKEN', exact: true },
  { rule: 'clojars-token', make: () => p('CLOJARS', '_', L(60)), prefix: 'CLOJARS_', exact: true },
  {
    rule: 'rubygems-api-key',
    make: () => p('rubygems', '_', H(48)),
    prefix: 'rubygems_',
    exact: true,
  },
  { rule: 'nuget-api-key', make: () => p('oy', '2', L(43)), prefix: 'oy2', exact: true },
  {
    rule: 'nuget-config-password',
    make: () => p(A(14), '#', A(4)),
    customOnly: true,
    ng: (t) =>
      [
        'NuGet.config',
        'nuget.config',
        'src/NuGet.Config',
        '.nuget/NuGet.Config',
        'build/nuget.config',
      ].map((file) => [
        file,
        `<configuration>\n  <packageSourceCredentials>\n    <acme>\n      <add key="Username" value="ci" />\n      <add key="ClearTextPassword" value="${t}" />\n    </acme>\n  </packageSourceCredentials>\n</configuration>\n`,
      ]),
    ok: () =>
      ['%NUGET_PASSWORD%', '$(NuGetPassword)', '<password>', '${NUGET_PAT}', '...'].map((v) => [
        'NuGet.config',
        `<add key="ClearTextPassword" value="${v}" />\n`,
      ]),
  },
  { rule: 'jfrog-api-key', make: () => p('AK', 'Cp', A(69)), prefix: 'AKCp' },
  {
    rule: 'jfrog-reference-token',
    make: () => p('cmVmdG', 'tu', A(56)),
    prefix: 'cmVmdGtu',
    exact: true,
  },
  { rule: 'sonar-token', make: () => p('sq', 'p_', H(40)), prefix: 'sqp_', exact: true },
  { rule: 'sonar-legacy-token', make: () => H(40), v: 'SONAR_TOKEN', exact: true },
  { rule: 'snyk-token', make: uuid, v: 'SNYK_TOKEN', exact: true },
  { rule: 'codecov-token', make: uuid, v: 'CODECOV_TOKEN', exact: true },
  { rule: 'travis-ci-token', make: () => U(22), v: 'TRAVIS_API_TOKEN', exact: true },
  { rule: 'drone-ci-token', make: () => A(32), v: 'DRONE_TOKEN', exact: true },
  { rule: 'sourcegraph-token', make: () => p('sg', 'p_', H(40)), prefix: 'sgp_', exact: true },
  {
    rule: 'postman-api-key',
    make: () => p('PM', 'AK-', H(24), '-', H(34)),
    prefix: 'PMAK-',
    exact: true,
  },
  { rule: 'terraform-cloud-token', formatOnly: true, make: () => p(A(14), '.atlas', 'v1.', U(67)) },
  { rule: 'pulumi-access-token', make: () => p('pul', '-', H(40)), prefix: 'pul-', exact: true },
  { rule: 'doppler-token', make: () => p('dp', '.pt.', A(43)), prefix: 'dp.pt.' },
  {
    rule: 'vault-legacy-token',
    make: () => p('s', '.', A(24)),
    v: 'VAULT_TOKEN',
    prefix: 's.',
    exact: true,
  },
  { rule: 'hashicorp-vault-token', make: () => p('hv', 's.', U(95)), prefix: 'hvs.' },
  { rule: 'prefect-api-key', make: () => p('pn', 'u_', A(36)), prefix: 'pnu_', exact: true },
  { rule: 'infracost-api-key', make: () => p('ico', '-', A(32)), prefix: 'ico-', exact: true },
  { rule: 'octopus-deploy-api-key', make: () => p('API', '-', '7', UD(25)), prefix: 'API-' },
  {
    rule: 'harness-api-key',
    make: () => p('pat', '.', U(22), '.', H(24), '.', A(20)),
    prefix: 'pat.',
    exact: true,
  },
  {
    rule: 'launchdarkly-key',
    make: () => p('api-', uuid()),
    v: 'LAUNCHDARKLY_API_KEY',
    exact: true,
  },
  {
    rule: 'openshift-user-token',
    make: () => p('sha256', '~', U(43)),
    prefix: 'sha256~',
    exact: true,
  },
  // ---------- platforms ----------
  {
    rule: 'heroku-api-key',
    formatOnly: true,
    make: alternate(
      () => p('HR', 'KU-AA', U(58)),
      () => uuid(),
    ),
    v: 'HEROKU_API_KEY',
    exact: true,
    ok: () => [
      ['.env', `HEROKU_APP_ID=${uuid()}\n`],
      ['app.json', `{"heroku_app_id": "${uuid()}"}\n`],
    ],
  },
  { rule: 'flyio-access-token', make: () => p('fo', '1_', U(43)), prefix: 'fo1_', exact: true },
  { rule: 'vercel-token', make: () => A(24), v: 'VERCEL_TOKEN', exact: true },
  {
    rule: 'netlify-access-token',
    formatOnly: true,
    make: alternate(
      () => p('nf', 'p_', A(36)),
      () => U(43),
    ),
    v: 'NETLIFY_AUTH_TOKEN',
  },
  { rule: 'supabase-access-token', make: () => p('sb', 'p_', H(40)), prefix: 'sbp_', exact: true },
  { rule: 'supabase-secret-key', make: () => p('sb', '_secret_', U(40)), prefix: 'sb_secret_' },
  {
    rule: 'cloudflare-origin-ca-key',
    make: () => p('v1', '.0-', H(24), '-', H(146)),
    prefix: 'v1.0-',
    exact: true,
  },
  { rule: 'cloudflare-api-token', make: () => U(40), v: 'CLOUDFLARE_API_TOKEN', exact: true },
  { rule: 'scalingo-api-token', make: () => p('tk', '-us-', U(48)), prefix: 'tk-us-', exact: true },
  { rule: 'alibaba-access-key-id', make: () => p('LT', 'AI', A(20)), prefix: 'LTAI', exact: true },
  {
    rule: 'alibaba-access-key-secret',
    make: () => A(30),
    v: 'ALIBABA_CLOUD_ACCESS_KEY_SECRET',
    exact: true,
  },
  { rule: 'yandex-api-key', make: () => p('AQ', 'VN', U(38)), prefix: 'AQVN', exact: true },
  {
    rule: 'yandex-iam-token',
    make: () => p('t1', '.', U(60), '.', U(86)),
    prefix: 't1.',
    exact: true,
  },
  {
    rule: 'yandex-access-key',
    make: () => p('Y', 'C', U(38)),
    v: 'YANDEX_SECRET_KEY',
    exact: true,
  },
  { rule: 'planetscale-token', make: () => p('pscale', '_tkn_', U(43)), prefix: 'pscale_tkn_' },
  {
    rule: 'clickhouse-cloud-api-secret',
    make: () => p('4b', '1d', A(38)),
    prefix: '4b1d',
    exact: true,
  },
  {
    rule: 'databricks-oauth-secret',
    make: () => p('do', 'se', H(32)),
    prefix: 'dose',
    exact: true,
  },
  { rule: 'databricks-token', make: () => p('dap', 'i', H(32)), prefix: 'dapi' },
  { rule: 'fastly-api-token', make: () => U(32), v: 'FASTLY_API_TOKEN', exact: true },
  { rule: 'snowflake-password', make: () => p(A(18), '!', A(3)), v: 'SNOWFLAKE_PASSWORD' },
  // ---------- observability ----------
  {
    rule: 'sentry-user-token',
    make: () => p('sntry', 'u_', H(64)),
    prefix: 'sntryu_',
    exact: true,
  },
  {
    rule: 'sentry-org-token',
    make: () =>
      p(
        'sntry',
        's_',
        b64url({
          iat: 1767225600,
          url: 'https://sentry.io',
          region_url: 'https://us.sentry.io',
          org: 'acme',
        }).replace(/[-_]/g, 'A'),
        '_',
        B64(43),
      ),
    prefix: 'sntrys_',
  },
  { rule: 'sentry-access-token', make: () => H(64), v: 'SENTRY_AUTH_TOKEN', exact: true },
  {
    rule: 'grafana-api-key',
    make: () => p('eyJr', 'Ijoi', B64(100)),
    prefix: 'eyJrIjoi',
  },
  {
    rule: 'new-relic-user-api-key',
    make: () => p('NR', 'AK-', UD(27)),
    prefix: 'NRAK-',
    exact: true,
  },
  {
    rule: 'new-relic-browser-api-token',
    make: () => p('NR', 'JS-', H(19)),
    prefix: 'NRJS-',
    exact: true,
  },
  { rule: 'new-relic-insert-key', make: () => p('NR', 'II-', U(32)), prefix: 'NRII-', exact: true },
  { rule: 'new-relic-admin-key', make: () => p('NR', 'AA-', H(27)), prefix: 'NRAA-', exact: true },
  {
    rule: 'new-relic-license-key',
    formatOnly: true,
    make: () => p(H(36), 'NR', 'AL'),
    v: 'NEW_RELIC_LICENSE_KEY',
    exact: true,
  },
  { rule: 'datadog-api-key', make: () => H(32), v: 'DD_API_KEY', exact: true },
  { rule: 'datadog-app-key', make: () => H(40), v: 'DD_APP_KEY', exact: true },
  { rule: 'pagerduty-api-key', make: () => p('u+', U(18)), v: 'PAGERDUTY_API_KEY', exact: true },
  {
    rule: 'pagerduty-integration-key',
    make: () => H(32),
    v: 'PAGERDUTY_INTEGRATION_KEY',
    exact: true,
  },
  {
    rule: 'dynatrace-api-token',
    make: () => p('dt0', 'c01.', UD(24), '.', UD(64)),
    prefix: 'dt0c01.',
    exact: true,
  },
  { rule: 'sumologic-access-key', make: () => A(64), v: 'SUMO_ACCESS_KEY', exact: true },
  { rule: 'sumologic-access-id', make: () => p('su', A(12)), v: 'SUMO_ACCESS_ID', exact: true },
  // ---------- messaging ----------
  {
    rule: 'slack-token',
    formatOnly: true,
    make: alternate(
      () => p('xo', 'xb-', D(12), '-', D(13), '-', A(24)),
      () => p('xo', 'xp-', D(12), '-', D(12), '-', D(13), '-', H(32)),
      () => p('xa', 'pp-1-', 'A0', UD(9), '-', D(13), '-', H(64)),
      () => p('xo', 'xe-1-', A(140)),
      () => p('xo', 'xe.xoxp-1-', A(150)),
      () => p('xo', 'xs-', D(12), '-', D(12), '-', D(13), '-', H(64)),
    ),
    v: 'SLACK_TOKEN',
    ok: () => [
      ['.env', 'SLACK_BOT_TOKEN=xoxb-my-bot-token\n'],
      ['README.md', 'SLACK_TOKEN=xoxp-1234-1234-1234-…\n'],
      ['README.md', 'SLACK_REFRESH_TOKEN=xoxe.xoxp-1-TokenHere\n'],
      ['config.yaml', 'slack_token: xoxb-RANDOMSTRINGHERE\n'],
      ['index.html', '<img src="https://cdn.acme.io/img/hugs-xoxo-2024-banner-final-v2.png">\n'],
      ['.env', 'SLACK_BOT_TOKEN=xoxb-0000000000-0000000000-abcdefghijklmnopqrstuvwx\n'],
    ],
  },
  {
    rule: 'slack-webhook',
    make: () => p('https://hooks.', 'slack.com/services/', 'T', UD(8), '/B', UD(10), '/', A(24)),
    v: 'SLACK_WEBHOOK_URL',
    ok: () => [
      ['README.md', 'url: https://hooks.slack.com/services/T000/B000/XXXX\n'],
      [
        '.env',
        'SLACK_WEBHOOK_URL=https://hooks.slack.com/services/TXXXXXXXX/BXXXXXXXX/XXXXXXXXXXXXXXXXXXXXXXXX\n',
      ],
      ['README.md', 'SLACK_WEBHOOK_URL=https://hooks.slack.com/services/...\n'],
      ['x.yml', 'url: ${{ secrets.SLACK_WEBHOOK }}\n'],
      ['docs.md', 'Post to https://hooks.slack.com/services/<team>/<channel>/<token>\n'],
    ],
    customOnly: true,
    ng: (t) => [
      ['.env', `SLACK_WEBHOOK_URL=${t}\n`],
      ['notify.py', `requests.post("${t}", json=msg)\n`],
      ['alerts.yaml', `receivers:\n  - slack_configs:\n      - api_url: ${t}\n`],
      [
        'hooks.json',
        `{"webhook": "${t.replace('https:', 'http:')}"}\n`,
        t.replace('https:', 'http:'),
      ],
      ['notify.ts', `await fetch('${t}', { method: 'POST' });\n`],
    ],
  },
  {
    rule: 'discord-bot-token',
    formatOnly: true,
    make: () => p('M', A(25), '.', U(6), '.', U(38)),
    v: 'DISCORD_BOT_TOKEN',
  },
  {
    rule: 'discord-webhook',
    formatOnly: true,
    make: () => p('https://discord.com', '/api/webhooks/', D(19), '/', U(68)),
    v: 'DISCORD_WEBHOOK_URL',
  },
  { rule: 'discord-client-secret', make: () => U(32), v: 'DISCORD_CLIENT_SECRET', exact: true },
  {
    rule: 'telegram-bot-token',
    formatOnly: true,
    make: () => p(D(10), ':A', 'A', U(33)),
    v: 'TELEGRAM_BOT_TOKEN',
    exact: true,
  },
  {
    rule: 'microsoft-teams-webhook',
    formatOnly: true,
    make: () =>
      p(
        'https://acme.webhook.',
        'office.com/webhookb2/',
        uuid(),
        '@',
        uuid(),
        '/IncomingWebhook/',
        H(32),
        '/',
        uuid(),
        '/V2',
        U(43),
      ),
    v: 'TEAMS_WEBHOOK_URL',
  },
  {
    rule: 'mailgun-api-key',
    formatOnly: true,
    make: () => p('key', '-', H(32)),
    v: 'MAILGUN_API_KEY',
    exact: true,
  },
  {
    rule: 'mailgun-public-key',
    make: () => p('pub', 'key-', H(32)),
    prefix: 'pubkey-',
    exact: true,
  },
  {
    rule: 'mailgun-webhook-signing-key',
    make: () => H(32),
    v: 'MAILGUN_WEBHOOK_SIGNING_KEY',
    exact: true,
  },
  {
    rule: 'mailchimp-api-key',
    formatOnly: true,
    make: () => p(H(32), '-us', '14'),
    v: 'MAILCHIMP_API_KEY',
    exact: true,
  },
  {
    rule: 'brevo-api-key',
    make: () => p('xkey', 'sib-', H(64), '-', A(16)),
    prefix: 'xkeysib-',
    exact: true,
  },
  { rule: 'messagebird-api-key', make: () => A(25), v: 'MESSAGEBIRD_API_KEY', exact: true },
  { rule: 'sendbird-api-token', make: () => H(40), v: 'SENDBIRD_API_TOKEN', exact: true },
  { rule: 'intercom-access-token', make: () => p('dG9rOj', B64(54)), v: 'INTERCOM_ACCESS_TOKEN' },
  { rule: 'mattermost-access-token', make: () => L(26), v: 'MATTERMOST_ACCESS_TOKEN', exact: true },
  { rule: 'gitter-access-token', make: () => H(40), v: 'GITTER_TOKEN', exact: true },
  { rule: 'postmark-server-token', make: uuid, v: 'POSTMARK_SERVER_TOKEN', exact: true },
  // ---------- commerce ----------
  { rule: 'square-access-token', make: () => p('EA', 'AA', U(60)), prefix: 'EAAA', exact: true },
  {
    rule: 'square-application-secret',
    make: () => p('sq0', 'csp-', U(43)),
    prefix: 'sq0csp-',
    exact: true,
  },
  {
    rule: 'plaid-access-token',
    make: () => p('access-', 'sandbox-', uuid()),
    prefix: 'access-sandbox-',
    exact: true,
  },
  { rule: 'plaid-secret', make: () => H(30), v: 'PLAID_SECRET', exact: true },
  {
    rule: 'flutterwave-secret-key',
    make: () => p('FLWSECK', '_TEST-', H(32), '-X'),
    prefix: 'FLWSECK_TEST-',
    exact: true,
  },
  {
    rule: 'gocardless-access-token',
    make: () => p('live_', U(40)),
    v: 'GOCARDLESS_ACCESS_TOKEN',
    exact: true,
  },
  {
    rule: 'braintree-access-token',
    make: () => p('access_token', '$production$', L(16), '$', H(32)),
    prefix: 'access_token$production$',
    exact: true,
  },
  { rule: 'razorpay-key-secret', make: () => A(24), v: 'RAZORPAY_KEY_SECRET', exact: true },
  { rule: 'easypost-api-key', make: () => p('EZ', 'AK', H(54)), prefix: 'EZAK', exact: true },
  {
    rule: 'shippo-api-token',
    make: () => p('shippo', '_live_', H(40)),
    prefix: 'shippo_live_',
    exact: true,
  },
  {
    rule: 'duffel-api-token',
    make: () => p('duffel', '_test_', U(43)),
    prefix: 'duffel_test_',
    exact: true,
  },
  { rule: 'lob-api-key', make: () => p('live_', H(35)), v: 'LOB_API_KEY', exact: true },
  { rule: 'finicity-client-secret', make: () => A(20), v: 'FINICITY_APP_SECRET', exact: true },
  { rule: 'finnhub-api-key', make: () => L(20), v: 'FINNHUB_API_KEY', exact: true },
  { rule: 'coinbase-api-secret', make: () => U(64), v: 'COINBASE_API_SECRET', exact: true },
  { rule: 'kraken-api-secret', make: () => p(B64(86), '=='), v: 'KRAKEN_API_SECRET' },
  { rule: 'kucoin-api-secret', make: uuid, v: 'KUCOIN_API_SECRET', exact: true },
  { rule: 'bittrex-api-key', make: () => H(32), v: 'BITTREX_API_SECRET', exact: true },
  // ---------- SaaS ----------
  { rule: 'okta-api-token', make: () => p('00', U(40)), v: 'OKTA_API_TOKEN', exact: true },
  {
    rule: 'onepassword-secret-key',
    make: () => p('A3', '-', UD(6), '-', UD(11), '-', UD(5), '-', UD(5), '-', UD(5)),
    prefix: 'A3-',
    exact: true,
  },
  {
    rule: 'authress-access-key',
    make: () => p('sc', '_', A(12), '.', L(5), '.acc', '_', L(16), '.', B64(60)),
    prefix: 'sc_',
  },
  { rule: 'facebook-access-token', make: () => p('EA', 'AB', A(150)), prefix: 'EAAB' },
  { rule: 'facebook-app-secret', make: () => H(32), v: 'FACEBOOK_APP_SECRET', exact: true },
  {
    rule: 'twitter-bearer-token',
    make: () => p('AAAAAAAAAA', 'AAAAAAAAAAA', A(20), '%3D', A(50)),
    prefix: 'AAAAAAAAAAAAAAAAAAAAA',
  },
  { rule: 'twitter-api-secret', make: () => A(50), v: 'TWITTER_API_SECRET', exact: true },
  // X's Keys and tokens page: API key (consumer key) 25 characters, API key secret 50, access
  // token `<user id>-…` with a 45-character secret; apps name them TWITTER_* or X_*.
  { rule: 'twitter-api-key', make: () => A2(25), v: 'TWITTER_API_KEY', exact: true },
  {
    rule: 'twitter-api-key',
    make: () => A2(25),
    ng: (t) => [
      ['.env', `X_API_KEY=${t}\n`],
      ['bot/settings.py', `TWITTER_CONSUMER_KEY = "${t}"\n`],
      ['deploy/values.yaml', `bot:\n  x_consumer_key: ${t}\n`],
      ['config/x.json', `{\n  "x-api-key": "${t}"\n}\n`],
      ['src/client.ts', `const twitterAppKey = '${t}';\n`],
    ],
    ok: () => [
      ['bot/settings.py', 'TWITTER_HANDLE = "acme_ml_bot"\n'],
      ['.env', 'X_API_KEY=${X_API_KEY}\n'],
      ['README.md', 'twitter_api_key: "<your-api-key>"\n'],
      // The consumer key of X's own OAuth 1.0a walkthrough (22 characters, a docs example).
      ['docs/oauth.md', 'oauth_consumer_key="xvz1evFS4wEEPTGEFPHBog"\n'],
      ['src/limits.ts', `export const MAX_API_KEY_LENGTH = 25;\nconst header = 'x-api-key';\n`],
      ['.env', `TWITTER_API_KEY_ID=${D2(19)}\n`],
    ],
  },
  {
    rule: 'twitter-api-secret',
    make: () => A2(50),
    ng: (t) => [
      ['.env', `X_API_SECRET=${t}\n`],
      ['bot/settings.py', `TWITTER_CONSUMER_SECRET = "${t}"\n`],
      ['deploy/values.yaml', `bot:\n  x_api_key_secret: ${t}\n`],
      ['config/x.json', `{"x_consumer_secret": "${t}"}\n`],
      ['Web.config', `<add key="X_APP_SECRET" value="${t}" />\n`],
    ],
    ok: () => [
      ['.env', 'X_API_SECRET=${{ secrets.X_API_SECRET }}\n'],
      ['bot/settings.py', 'TWITTER_CONSUMER_SECRET = os.environ["TWITTER_CONSUMER_SECRET"]\n'],
      ['README.md', 'X_API_SECRET=your-api-secret-from-the-developer-portal\n'],
      ['.env', `X_API_SECRET=${A2(20)}...\n`],
      ['src/x.ts', `// ${A2(50)}: a consumer secret is 50 characters like this\n`],
    ],
  },
  {
    rule: 'twitter-api-secret',
    make: () => A2(45),
    ng: (t) => [
      ['.env', `X_ACCESS_TOKEN_SECRET=${t}\n`],
      ['bot/settings.py', `twitter_access_secret = "${t}"\n`],
      ['deploy/values.yaml', `x:\n  x-access-token-secret: ${t}\n`],
      ['config/x.json', `{"TWITTER_ACCESS_TOKEN_SECRET": "${t}"}\n`],
      ['scripts/post.sh', `export X_ACCESS_SECRET='${t}'\n`],
    ],
    ok: () => [
      ['.env', 'X_ACCESS_TOKEN_SECRET=\n'],
      ['README.md', 'X_ACCESS_TOKEN_SECRET=<access token secret>\n'],
      ['scripts/post.sh', 'export X_ACCESS_SECRET="$(vault read -field=secret x/bot)"\n'],
      ['.env', `X_ACCESS_TOKEN_SECRET=${A2(12)}\n`],
      ['bot/settings.py', `x_access_token_secret = env("X_ACCESS_TOKEN_SECRET")\n`],
    ],
  },
  {
    rule: 'twitter-access-token',
    make: () => p(D(19), '-', A(40)),
    v: 'TWITTER_ACCESS_TOKEN',
    exact: true,
  },
  { rule: 'linkedin-client-secret', make: () => A(16), v: 'LINKEDIN_CLIENT_SECRET', exact: true },
  { rule: 'twitch-api-token', make: () => L(30), v: 'TWITCH_CLIENT_SECRET', exact: true },
  { rule: 'etsy-access-token', make: () => L(24), v: 'ETSY_API_KEY', exact: true },
  { rule: 'flickr-access-token', make: () => H(32), v: 'FLICKR_API_KEY', exact: true },
  { rule: 'nytimes-access-token', make: () => U(32), v: 'NYTIMES_API_KEY', exact: true },
  { rule: 'dropbox-api-token', make: () => p('sl', '.', U(140)), prefix: 'sl.' },
  { rule: 'dropbox-long-lived-token', make: () => U(64), v: 'DROPBOX_ACCESS_TOKEN', exact: true },
  {
    rule: 'asana-access-token',
    formatOnly: true,
    make: () => p('2/', D(16), '/', D(16), ':', H(32)),
    v: 'ASANA_TOKEN',
    exact: true,
  },
  { rule: 'asana-client-secret', make: () => A(32), v: 'ASANA_CLIENT_SECRET', exact: true },
  {
    rule: 'airtable-access-token',
    make: () => p('pat', A(14), '.', H(64)),
    prefix: 'pat',
    exact: true,
  },
  { rule: 'airtable-api-key', make: () => p('key', A(14)), v: 'AIRTABLE_API_KEY', exact: true },
  {
    rule: 'notion-token',
    make: () => p('secret', '_', A(43)),
    v: 'NOTION_TOKEN',
    prefix: 'secret_',
    exact: true,
  },
  {
    rule: 'linear-api-key',
    make: () => p('lin', '_oauth_', H(64)),
    prefix: 'lin_oauth_',
    exact: true,
  },
  { rule: 'linear-client-secret', make: () => H(32), v: 'LINEAR_CLIENT_SECRET', exact: true },
  { rule: 'typeform-api-token', make: () => p('tf', 'p_', U(59)), prefix: 'tfp_', exact: true },
  {
    rule: 'contentful-access-token',
    make: () => p('CFP', 'AT-', U(43)),
    prefix: 'CFPAT-',
    exact: true,
  },
  {
    rule: 'contentful-delivery-token',
    make: () => U(43),
    v: 'CONTENTFUL_DELIVERY_TOKEN',
    exact: true,
  },
  {
    rule: 'hubspot-private-app-token',
    make: () => p('pat', '-na1-', uuid()),
    prefix: 'pat-na1-',
    exact: true,
  },
  { rule: 'hubspot-api-key', make: uuid, v: 'HUBSPOT_API_KEY', exact: true },
  { rule: 'zendesk-api-token', make: () => A(40), v: 'ZENDESK_API_TOKEN', exact: true },
  { rule: 'freshbooks-access-token', make: () => H(64), v: 'FRESHBOOKS_ACCESS_TOKEN', exact: true },
  { rule: 'readme-api-key', make: () => p('rd', 'me_', L(70)), prefix: 'rdme_', exact: true },
  { rule: 'rapidapi-key', make: () => U(50), v: 'RAPIDAPI_KEY', exact: true },
  {
    rule: 'mapbox-secret-token',
    make: () => p('sk', '.eyJ', U(80), '.', U(22)),
    prefix: 'sk.eyJ',
  },
  { rule: 'algolia-admin-key', make: () => H(32), v: 'ALGOLIA_ADMIN_KEY', exact: true },
  { rule: 'adafruit-io-key', make: () => p('ai', 'o_', A(28)), prefix: 'aio_', exact: true },
  { rule: 'adobe-client-secret', make: () => p('p8', 'e-', U(32)), prefix: 'p8e-', exact: true },
  { rule: 'frameio-api-token', make: () => p('fio', '-u-', U(64)), prefix: 'fio-u-', exact: true },
  {
    rule: 'maxmind-license-key',
    formatOnly: true,
    make: () => p(A(6), '_', A(29), '_m', 'mk'),
    v: 'MAXMIND_LICENSE_KEY',
    exact: true,
  },
  { rule: 'looker-client-secret', make: () => A(24), v: 'LOOKER_CLIENT_SECRET', exact: true },
  {
    rule: 'intra42-client-secret',
    make: () => p('s-s4t2', 'ud-', H(64)),
    prefix: 's-s4t2ud-',
    exact: true,
  },
  { rule: 'settlemint-token', make: () => p('sm', '_pat_', A(16)), prefix: 'sm_pat_', exact: true },
  {
    rule: 'defined-networking-api-token',
    make: () => p('dn', 'key-', L(26), '-', L(52)),
    prefix: 'dnkey-',
    exact: true,
  },
  { rule: 'cisco-meraki-api-key', make: () => H(40), v: 'MERAKI_API_KEY', exact: true },
  { rule: 'squarespace-access-token', make: uuid, v: 'SQUARESPACE_API_KEY', exact: true },
  { rule: 'confluent-api-secret', make: () => B64(64), v: 'CONFLUENT_API_SECRET', exact: true },
  { rule: 'beamer-api-token', make: () => p('b_', U(44)), v: 'BEAMER_API_KEY', exact: true },
  {
    rule: 'freemius-secret-key',
    make: () => p('sk', '_', A(29)),
    customOnly: true,
    ng: (t) =>
      [
        'freemius.php',
        'includes/fs-init.php',
        'plugin.php',
        'wp/freemius-config.php',
        'src/fs.php',
      ].map((file, i) => [
        file,
        `<?php\n$fs = fs_dynamic_init( array(\n  'id' => '${D(4)}',\n  'public_key' => 'pk_${A(29)}',\n  ${i % 2 ? '"secret_key"' : "'secret_key'"} => '${t}',\n) );\n`,
      ]),
    ok: () =>
      [
        "'secret_key' => ''",
        "'secret_key' => 'sk_...'",
        "'secret_key' => FS_SECRET",
        "'secret_key' => getenv('FS_SECRET')",
        "'public_key' => 'pk_" + A(29) + "'",
      ].map((line) => ['freemius.php', `<?php\n$fs = fs_dynamic_init( array( ${line} ) );\n`]),
  },
  {
    rule: 'sidekiq-secret',
    make: () => p(H(8), ':', H(8)),
    customOnly: true,
    ng: (t) => [
      ['.env', `BUNDLE_ENTERPRISE__CONTRIBSYS__COM=${t}\n`],
      [
        'Gemfile',
        `source "https://${t}@enterprise.contribsys.com/" do\n  gem "sidekiq-ent"\nend\n`,
      ],
      ['.bundle/config', `---\nBUNDLE_GEMS__CONTRIBSYS__COM: "${t}"\n`],
      ['Dockerfile', `ENV BUNDLE_GEMS__CONTRIBSYS__COM=${t}\n`],
      ['ci.yml', `env:\n  BUNDLE_ENTERPRISE__CONTRIBSYS__COM: ${t}\n`],
    ],
    ok: () => [
      ['.env', 'BUNDLE_ENTERPRISE__CONTRIBSYS__COM=${SIDEKIQ_CREDS}\n'],
      ['Gemfile', 'source "https://gems.contribsys.com/" do\nend\n'],
      ['README.md', 'BUNDLE_GEMS__CONTRIBSYS__COM=xxxxxxxx:xxxxxxxx\n'],
      ['ci.yml', 'env:\n  BUNDLE_GEMS__CONTRIBSYS__COM: ${{ secrets.SIDEKIQ }}\n'],
      ['Gemfile', 'source "https://enterprise.contribsys.com/" do\nend\n'],
    ],
  },
  // ---------- tokens ----------
  {
    rule: 'jwt',
    make: () => jwt({ sub: D(8), iat: 1767225600, exp: 1767229200, scope: 'read' }),
    v: 'SESSION_JWT',
    prefix: 'eyJ',
    ok: () => [
      [
        'a.ts',
        `const t = '${[b64url({ alg: 'none' }), b64url({ sub: '1' }), U(20)].join('.')}';\n`,
      ],
      ['a.ts', `const t = '${p('eyJ', U(30), '.eyJ', U(40), '.', U(30))}';\n`],
      ['README.md', 'Authorization: Bearer eyJhbGciOi...\n'],
      ['a.json', `{"token": "${[b64url({ alg: 'HS256' }), b64url([1, 2]), U(30)].join('.')}"}\n`],
    ],
  },
  {
    rule: 'jwt-long-lived',
    make: alternate(
      () =>
        jwt({
          iss: 'supabase',
          ref: L(20),
          role: 'service_role',
          iat: 1767225600,
          exp: 2082758400,
        }),
      () => jwt({ sub: `svc-${L(6)}`, iat: 1767225600 }),
    ),
    v: 'SUPABASE_SERVICE_ROLE_KEY',
    prefix: 'eyJ',
  },
  {
    rule: 'curl-auth-header',
    make: () => A(40),
    customOnly: true,
    ng: (t) => [
      ['deploy.sh', `curl -sS -H "Authorization: Bearer ${t}" https://api.acme.io/v1/deploy\n`],
      [
        'Makefile',
        `release:\n\tcurl -X POST --header 'Authorization: Token ${t}' https://ci.acme.io/hooks\n`,
      ],
      ['README.md', `\`\`\`sh\ncurl https://api.acme.io/models -H "X-API-Key: ${t}"\n\`\`\`\n`],
      [
        '.github/workflows/ci.yml',
        `      - run: curl -fsSL -H "PRIVATE-TOKEN: ${t}" https://git.acme.io/api/v4/projects\n`,
      ],
      [
        'scripts/fetch.py',
        `os.system("curl -H 'Authorization: Bearer ${t}' https://api.acme.io")\n`,
      ],
    ],
    ok: () => [
      ['deploy.sh', 'curl -H "Authorization: Bearer $TOKEN" https://api.acme.io\n'],
      ['deploy.sh', 'curl -H "Authorization: Bearer ${{ secrets.TOKEN }}" https://api.acme.io\n'],
      ['README.md', 'curl -H "Authorization: Bearer <your-token>" https://api.acme.io\n'],
      [
        'README.md',
        'curl -H "Authorization: Bearer YOUR_API_TOKEN_GOES_HERE" https://api.acme.io\n',
      ],
      ['deploy.sh', 'curl -H "Content-Type: application/json" https://api.acme.io\n'],
    ],
  },
  {
    rule: 'curl-auth-user',
    make: () => p(A(12), '!', A(4)),
    customOnly: true,
    ng: (t) => [
      ['deploy.sh', `curl -u deploy:${t} https://nexus.acme.io/repository/raw/m.bin\n`],
      ['Makefile', `upload:\n\tcurl --user ci:${t} -T dist.tgz https://repo.acme.io/\n`],
      ['README.md', `curl -u "admin:${t}" https://es.acme.io:9200/_cat/indices\n`],
      ['ci.yml', `      - run: curl -fsS -u bot:${t} https://artifacts.acme.io/upload\n`],
      ['backup.sh', `curl -s --user "svc-backup:${t}" https://dav.acme.io/backups/\n`],
    ],
    ok: () => [
      ['deploy.sh', 'curl -u deploy:$PASSWORD https://nexus.acme.io/\n'],
      ['README.md', 'curl -u user:password https://nexus.acme.io/\n'],
      ['README.md', 'curl -u admin:changeme https://es.local:9200/\n'],
      ['deploy.sh', 'curl -u "$USER:$PASS" https://nexus.acme.io/\n'],
      ['README.md', 'curl -u <user>:<password> https://nexus.acme.io/\n'],
    ],
  },
  {
    rule: 'age-secret-key',
    make: () => p('AGE-SECRET-', 'KEY-1', f.from('QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L', 58)),
    prefix: 'AGE-SECRET-KEY-1',
    exact: true,
  },
  // ---------- Kubernetes Secret manifests ----------
  // As kubernetes.io documents a Secret: `stringData:` plain values, `data:` base64 values.
  {
    rule: 'kubernetes-secret-string-data',
    make: () => p(A2(10), '#', A2(4), '-', A2(6)),
    customOnly: true,
    ng: (t) => [
      [
        'k8s/db-secret.yaml',
        `apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\ntype: Opaque\nstringData:\n  POSTGRES_USER: app\n  POSTGRES_PASSWORD: "${t}"\n`,
      ],
      [
        'deploy/app.yml',
        `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\n---\napiVersion: v1\nkind: Secret\nmetadata:\n  name: api\nstringData:\n  api-token: ${t}\n`,
      ],
      [
        'manifests/list.yaml',
        `apiVersion: v1\nkind: List\nitems:\n  - apiVersion: v1\n    kind: Secret\n    metadata:\n      name: cache\n    stringData:\n      redis-password: '${t}'\n`,
      ],
      [
        'rendered/chart.yaml',
        `---\n# Source: app/templates/secret.yaml\napiVersion: v1\nkind: Secret\nmetadata:\n  name: app\nstringData:\n  # rotated monthly\n  SESSION_SECRET: ${t} # set by ops\n`,
      ],
      [
        'k8s/windows.yaml',
        `apiVersion: v1\r\nkind: Secret\r\nmetadata:\r\n  name: smtp\r\nstringData:\r\n  smtp_password: "${t}"\r\n`,
      ],
    ],
    ok: () => [
      ['k8s/a.yaml', 'kind: Secret\nstringData:\n  password: changeme\n'],
      [
        'chart/templates/s.yaml',
        'kind: Secret\nstringData:\n  password: {{ .Values.db.password | quote }}\n',
      ],
      [
        'chart/templates/t.yaml',
        'kind: Secret\nstringData:\n  password: "{{ required "pw" .Values.pw }}"\n',
      ],
      ['k8s/b.yaml', 'kind: Secret\nstringData:\n  password: ${DB_PASSWORD}\n  token: ""\n'],
      [
        'k8s/c.yaml',
        'kind: Secret\nstringData:\n  token-ttl: 3600s\n  password-file: /etc/app/pw\n  username: svc-app-01\n',
      ],
      ['k8s/d.yaml', `kind: ConfigMap\ndata:\n  password-policy: "min-length=12,upper=1"\n`],
      [
        'k8s/e.yaml',
        'kind: Secret\nstringData:\n  password: password\n  api-key: <your-api-key>\n',
      ],
      ['k8s/f.yaml', 'kind: Secret\nstringData:\n  DB_PASSWORD: vault:secret/data/db#password\n'],
    ],
  },
  {
    rule: 'kubernetes-secret-data',
    make: () => p(A2(9), '_', A2(5), '!', A2(3)),
    customOnly: true,
    secretOf: (t) => b64(t),
    ng: (t) => [
      [
        'k8s/db-secret.yaml',
        `apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\ntype: Opaque\ndata:\n  username: ${b64('app')}\n  password: ${b64(t)}\n`,
      ],
      [
        'k8s/basic-auth.yml',
        `apiVersion: v1\nkind: Secret\nmetadata:\n  name: registry\ntype: kubernetes.io/basic-auth\ndata:\n  password: "${b64(`${t}\n`)}"\n  username: ${b64('ci')}\n`,
        b64(`${t}\n`),
      ],
      [
        'deploy/all.yaml',
        `apiVersion: v1\nkind: Service\nmetadata:\n  name: api\n---\napiVersion: v1\ndata:\n  JWT_SECRET: ${b64(t)}\nkind: Secret\nmetadata:\n  name: api\n`,
      ],
      [
        'manifests/list.yaml',
        `apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: Secret\n  metadata:\n    name: mq\n  data:\n    rabbitmq-password: ${b64(t)}\n`,
      ],
      [
        'overlays/prod/secret.yaml',
        `apiVersion: v1\nkind: Secret\nmetadata:\n  name: sign\ndata:\n  signing-key: '${b64(t)}'\n`,
      ],
    ],
    ok: () => [
      ['k8s/a.yaml', `kind: Secret\ndata:\n  password: ${b64('changeme')}\n`],
      [
        'k8s/b.yaml',
        `kind: Secret\ndata:\n  password: ${b64('REPLACE_ME_WITH_THE_REAL_PASSWORD')}\n`,
      ],
      [
        'k8s/c.yaml',
        'kind: Secret\ndata:\n  password: ""\n  token: {{ .Values.token | b64enc }}\n',
      ],
      [
        'k8s/d.yaml',
        `kind: Secret\ndata:\n  username: ${b64(`svc-${A2(12)}`)}\n  host: ${b64('db.internal.acme.io')}\n`,
      ],
      ['k8s/e.yaml', `kind: ConfigMap\ndata:\n  token-url: https://auth.acme.io/token\n`],
      [
        'k8s/f.yaml',
        `kind: Secret\ndata:\n  password: ${b64('password')}\n  token: ${b64('${API_TOKEN}')}\n`,
      ],
      ['k8s/g.yaml', `kind: Secret\ndata:\n  password: not-base64-at-all!\n`],
    ],
  },
  // ---------- generic ----------
  {
    rule: 'generic-secret',
    make: () => p(A(20), '7', A(11)),
    customOnly: true,
    ng: (t) => [
      ['.env', `APP_SECRET=${t}\n`],
      ['settings.py', `DB_PASSWORD = "${t}"\n`],
      ['config.yaml', `auth:\n  internal_api_key: "${t}"\n`],
      ['config.json', `{"signing": {"client_secret": "${t}"}}\n`],
      ['src/client.ts', `const serviceToken = '${t}';\n`],
      ['application.properties', `spring.datasource.password=${t}\n`],
    ],
    ok: () => [
      ['config.yaml', 'password: hunter2\n'],
      ['config.yaml', 'token_url: https://auth.acme.io/oauth/token\n'],
      ['config.yaml', 'api_key: ${API_KEY}\n'],
      ['config.json', '{"password": "correct-horse-battery-staple"}\n'],
      ['.env', 'AUTH_TOKEN=test-token-1234567890\n'],
      ['k8s.yaml', 'secretName: tls-cert-prod-2024-acme\n'],
      ['config.yaml', 'token: projects/acme/secrets/db-password/versions/3\n'],
      ['app.py', 'max_tokens = 4096\n'],
      ['config.yaml', 'publishable_key: pk_live_51H8aQz7KpLmN3vXr\n'],
      ['.env', `SECRET_KEY_BASE=${H(64)}\n`],
      ['config.yaml', `client_secret: ${uuid()}\n`],
      ['app.ts', 'const password = process.env.DB_PASSWORD ?? "";\n'],
      ['settings.py', 'PASSWORD_HASHERS = ["django.contrib.auth.hashers.Argon2PasswordHasher"]\n'],
      ['a.env', 'TOKEN_PATH=/var/run/secrets/kubernetes.io/serviceaccount/token\n'],
      ['config.yaml', 'csrf_token: Zq8hP2mXa7LkR4tW9cVb\n'],
      // Public values and identifiers beside issuers' names.
      ['.env', `ALGOLIA_SEARCH_KEY=${H(32)}\n`],
      ['.env', `SENTRY_DSN=https://${H(32)}@o${D(6)}.ingest.sentry.io/${D(7)}\n`],
      ['.env', `TWILIO_ACCOUNT_SID=AC${H(32)}\n`],
      ['.env', `STRIPE_PUBLISHABLE_KEY=${p('pk', '_live_', A(99))}\n`],
      ['.env', `GOOGLE_CLIENT_ID=${D(12)}-${L(32)}.apps.googleusercontent.com\n`],
      ['.env', `LANGFUSE_PUBLIC_KEY=${p('pk', '-lf-', uuid())}\n`],
      ['.env', `MAPBOX_TOKEN=${p('pk', '.eyJ', U(60), '.', U(22))}\n`],
      ['.env', `GITHUB_SHA=${H(40)}\n`],
      ['.env', `HEROKU_APP_NAME=acme-ml-staging-${L(5)}\n`],
      ['.env', `DATADOG_SITE=datadoghq.eu\n`],
      ['deploy.yaml', `image: ghcr.io/acme/app@sha256:${H(64)}\n`],
      ['src/http.ts', 'export const API_KEY_HEADER = "X-API-Key";\n'],
      ['.env', `SUPABASE_URL=https://${L(20)}.supabase.co\n`],
      ['settings.py', `REQUEST_ID = "${uuid()}"\n`],
      ['.env', 'AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\n'],
      // Code after a secret word: a ternary's branch and a member chain in an object literal.
      [
        'parser.js',
        'var message = this.lookahead.value ? m1.Messages.UnexpectedToken : m1.Messages.MissingFromClause2;\n',
      ],
      [
        'spec.ts',
        'const c = { secret: __vite_ssr_import_0__.FAKE.wandb2, token: cfg.auth.v2Token };\n',
      ],
    ],
  },
];

/** Look-alikes every sample gets (they must not fire, for any rule). */
function defaultLookAlikes(s: Sample, v: string, t: string): [string, string][] {
  const head = s.prefix ?? '';
  const out: [string, string][] = [
    ['.env.example', `${v}=${t.slice(0, Math.min(head.length + 6, t.length - 4))}...\n`],
    ['README.md', `${v}=${head}YOUR_TOKEN_HERE\n`],
    ['.github/workflows/ci.yml', `env:\n  ${v}: \${{ secrets.${v} }}\n`],
    ['src/env.ts', `export const token = process.env.${v} ?? '';\n`],
    ['.env', `${v}=${t.slice(0, head.length + 6)}\n`],
  ];
  // Over-long by three characters: for prefixed formats only (a keyed value of another length
  // is still a secret-named value, which the generic rule rightly reports).
  if (s.exact && s.prefix) out.push(['.env', `${v}=${t}Qz7\n`]);
  if (!s.prefix && !s.formatOnly) {
    // The same value format beside a name of the issuer that is not a secret.
    out.push(['.env', `${v.split('_')[0]}_RESOURCE_ID=${t}\n`]);
  } else
    out.push(['docs/tokens.md', `Tokens start with \`${head}\` followed by random characters.\n`]);
  return out;
}

/** The whole corpus, in a stable order. */
export function buildCorpus(): CorpusCase[] {
  const cases: CorpusCase[] = [];
  for (const s of SAMPLES) {
    const v = s.v ?? s.rule.toUpperCase().replace(/-/g, '_');
    const ngContexts = s.ng
      ? (() => {
          const t = s.make();
          return s.ng(t).map(([file, text, secret, also]) => ({
            file,
            text,
            secret: secret ?? s.secretOf?.(t) ?? t,
            ...(also ? { also } : {}),
          }));
        })()
      : contexts(v, '').map(([file], i) => {
          const t = s.make();
          return { file, text: contexts(v, t)[i]![1], secret: s.secretOf?.(t) ?? t };
        });
    ngContexts.forEach((c, i) =>
      cases.push({ rule: s.rule, kind: 'ng', name: `${s.rule} ng ${i} ${c.file}`, ...c }),
    );
    const lookAlikes = [
      ...(s.customOnly ? [] : defaultLookAlikes(s, v, s.make())),
      ...(s.ok?.() ?? []),
    ];
    lookAlikes.forEach(([file, text], i) =>
      cases.push({ rule: s.rule, kind: 'ok', name: `${s.rule} ok ${i} ${file}`, file, text }),
    );
  }
  return cases;
}

/** Rule ids the corpus has samples for. */
export const CORPUS_RULES: readonly string[] = SAMPLES.map((s) => s.rule);
