export const id = 645;
export const ids = [645];
export const modules = {

/***/ 4920:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _l: () => (/* binding */ FILTER_COMMENTS_ID),
  Vu: () => (/* binding */ RULE_MODULES),
  V7: () => (/* binding */ allRules),
  BD: () => (/* binding */ ruleById),
  sG: () => (/* binding */ ruleFor)
});

// EXTERNAL MODULE: ./node_modules/@secretlint/secretlint-rule-preset-recommend/module/index.js
var secretlint_rule_preset_recommend_module = __webpack_require__(1577);
// EXTERNAL MODULE: ./src/checks/secrets/rules/keywords.ts
var rules_keywords = __webpack_require__(8027);
// EXTERNAL MODULE: ./src/checks/secrets/rules/look-alikes.ts
var look_alikes = __webpack_require__(6320);
;// CONCATENATED MODULE: ./src/checks/secrets/rules/factory.ts


/**
 * A context-keyed pattern: the key or variable name, an assignment (`=`, `:`, `:=`, `=>`, a space
 * as in `--flag value`, or a call's opening parenthesis), an optional quote, then the value.
 * Case-insensitive.
 */
function keyed(name, value) {
    return new RegExp(String.raw `(?:${name})["'\]]?(?:\s*(?:=|:=|:|=>)\s*|\s+|(?<=\())["'\x60]?(?<secret>${value})(?![A-Za-z0-9_\-])`, 'gdi');
}
function patternRule(id, docsUrl, patterns) {
    const messages = {};
    for (const spec of patterns) {
        messages[spec.name] = {
            en: (props) => `found ${spec.title}: ${props?.SECRET ?? ''}`,
        };
    }
    const keywords = new rules_keywords/* KeywordSet */.a(patterns.flatMap((p) => p.keywords));
    const creator = {
        messages,
        meta: {
            id,
            recommended: true,
            type: 'scanner',
            supportedContentTypes: ['text'],
            docs: { url: docsUrl },
        },
        create(context, options) {
            const t = context.createTranslator(messages);
            const allows = (options?.allows ?? []).map(toMatcher);
            return {
                file(source) {
                    const content = source.content;
                    const present = options?.presentKeywords ?? keywords.present(content);
                    for (const spec of patterns) {
                        if (!spec.keywords.some((k) => present.has(k)))
                            continue;
                        spec.pattern.lastIndex = 0;
                        for (const match of content.matchAll(spec.pattern)) {
                            const secret = match.groups?.secret ?? match[0];
                            if (!acceptable(spec, secret, match))
                                continue;
                            if (allows.some((allow) => allow(secret)))
                                continue;
                            const start = (match.index ?? 0) + secretOffset(match, secret);
                            context.report({
                                message: t(spec.name, { SECRET: secret }),
                                range: [start, start + secret.length],
                            });
                        }
                    }
                },
            };
        },
    };
    return { creator, patterns };
}
function acceptable(spec, secret, match) {
    if ((0,look_alikes/* isLookAlike */.Qm)(secret, spec))
        return false;
    if (spec.minEntropy !== undefined && (0,look_alikes/* shannonEntropy */.ly)(secret) < spec.minEntropy)
        return false;
    return spec.accept ? spec.accept(secret, match) : true;
}
/** Offset of the `secret` group inside the whole match (`d` flag indices when present). */
function secretOffset(match, secret) {
    const indices = match.indices;
    const span = indices?.groups?.secret;
    if (span)
        return span[0] - (match.index ?? 0);
    const at = match[0].indexOf(secret);
    return at < 0 ? 0 : at;
}
function toMatcher(allow) {
    const literal = /^\/(.+)\/([a-z]*)$/s.exec(allow);
    if (literal?.[1]) {
        const re = new RegExp(literal[1], (literal[2] ?? '').replace(/[gy]/g, ''));
        return (value) => re.test(value);
    }
    return (value) => value === allow;
}

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
        pattern: /(?<![A-Za-z0-9_])(?<secret>pcsk_[A-Za-z0-9]{4,8}_[A-Za-z0-9]{40,90})(?![A-Za-z0-9_])/dg,
        publicPrefixes: ['pcsk_'],
    },
    {
        name: 'pinecone-legacy-api-key',
        title: 'Pinecone API key (legacy UUID form)',
        help: rotate('Pinecone', 'the Pinecone console (API keys)'),
        severity: 'high',
        keywords: ['pinecone'],
        pattern: keyed(String.raw `pinecone[_-]?(?:api[_-]?)?key`, String.raw `[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}`),
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
        pattern: keyed(String.raw `together[_-]?(?:ai[_-]?)?(?:api[_-]?)?key`, '[a-f0-9]{64}'),
        allowHex: true,
    },
    {
        name: 'cohere-api-key',
        title: 'Cohere API key',
        help: rotate('Cohere', 'the Cohere dashboard (API keys)'),
        severity: 'high',
        keywords: ['cohere', 'co_api_key', 'co-api-key'],
        pattern: keyed(String.raw `cohere[_-]?(?:api[_-]?)?(?:key|token)|\bco[_-]api[_-]key|cohere\.(?:Async)?Client(?:V2)?\(\s*(?:api_key\s*=\s*)?`, '[A-Za-z0-9]{40}'),
        minEntropy: 3.5,
    },
    {
        name: 'mistral-api-key',
        title: 'Mistral AI API key',
        help: rotate('Mistral AI', 'the Mistral console (API keys)'),
        severity: 'high',
        keywords: ['mistral'],
        pattern: keyed(String.raw `mistral[_-]?(?:ai[_-]?)?(?:api[_-]?)?(?:key|token)|\bMistral\(\s*api_key\s*=\s*`, '[A-Za-z0-9]{32}'),
        minEntropy: 3.5,
    },
    {
        name: 'wandb-api-key',
        title: 'Weights & Biases API key',
        help: rotate('Weights & Biases', 'wandb.ai user settings (API keys)'),
        severity: 'high',
        keywords: ['wandb'],
        pattern: keyed(String.raw `wandb[_-]?(?:api[_-]?)?key|wandb\s+login(?:\s+--relogin)?|wandb\.login\(\s*key\s*=\s*`, '(?:local-)?[a-f0-9]{40}'),
        allowHex: true,
        minEntropy: 3.2,
    },
    {
        name: 'deepseek-api-key',
        title: 'DeepSeek API key',
        help: rotate('DeepSeek', 'the DeepSeek platform (API keys)'),
        severity: 'high',
        keywords: ['deepseek'],
        pattern: keyed(String.raw `deepseek[_-]?(?:api[_-]?)?(?:key|token)`, 'sk-[a-f0-9]{32}'),
        allowHex: true,
        publicPrefixes: ['sk-'],
    },
];
const aiProviders = patternRule('@pipeguard/secretlint-rule-ai-providers', DOCS, patterns);

;// CONCATENATED MODULE: ./src/checks/secrets/rules/cloud.ts
/** Cloud providers: Google API keys, Azure storage / SAS / Entra client secrets, AWS, DigitalOcean. */

const cloud_DOCS = 'https://pipeguard.dev/docs/secrets#cloud';
/** AWS secret access keys are 40 chars of base64 alphabet with upper, lower and a digit or `/+`. */
const AWS_SECRET = String.raw `(?=[A-Za-z0-9/+]*[a-z])(?=[A-Za-z0-9/+]*[A-Z])(?=[A-Za-z0-9/+]*[0-9/+])[A-Za-z0-9/+]{40}`;
const cloud_patterns = [
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
        pattern: /(?:AccountKey\s*=|(?:storage|account)[_-]?(?:access[_-]?)?key["']?\s*(?:=|:)\s*["']?)\s*(?<secret>[A-Za-z0-9+/]{86}==)/dgi,
    },
    {
        name: 'azure-sas-token',
        title: 'Azure shared access signature',
        help: 'Revoke the SAS (rotate the key that signed it or its stored access policy) and issue short-lived SAS tokens at run time.',
        severity: 'high',
        keywords: ['sig='],
        pattern: /[?&;]sv=\d{4}-\d\d-\d\d[^\s"'<>]*?[&;]sig=(?<secret>[A-Za-z0-9%+/]{40,100}(?:%3D|=){0,2})/dg,
    },
    {
        name: 'azure-client-secret',
        title: 'Azure Entra ID (AAD) client secret',
        help: 'Delete the client secret in Entra ID (App registrations > Certificates & secrets) and prefer workload identity federation.',
        severity: 'high',
        keywords: ['q~'],
        pattern: /(?<![A-Za-z0-9_~.-])(?<secret>[A-Za-z0-9_~.-]{3}\dQ~[A-Za-z0-9_~.-]{31,34})(?![A-Za-z0-9_~.-])/dg,
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
        pattern: keyed(String.raw `aws[_-]?secret[_-]?(?:access[_-]?)?key(?:[_-]?id)?|secret[_-]?access[_-]?key|aws[_-]?secret`, AWS_SECRET),
        minEntropy: 4,
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
    },
];
const cloudProviders = patternRule('@pipeguard/secretlint-rule-cloud', cloud_DOCS, cloud_patterns);

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
const credentials = patternRule('@pipeguard/secretlint-rule-credentials', credentials_DOCS, credentials_patterns);

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
        pattern: keyed(String.raw `twilio[_-]?(?:auth[_-]?token|api[_-]?secret|secret)`, '[0-9a-f]{32}|[A-Za-z0-9]{32}'),
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
        name: 'slack-token',
        title: 'Slack token',
        help: 'Revoke the token (api.slack.com/apps > OAuth & Permissions, or auth.revoke) and reinstall the app.',
        severity: 'high',
        keywords: ['xoxe', 'xoxc-', 'xoxd-'],
        // Refresh (xoxe), client (xoxc) and session cookie (xoxd) tokens; the preset covers xoxb/xoxp/xapp/xoxa/xoxo/xoxr.
        pattern: /(?<![A-Za-z0-9_-])(?<secret>(?:xoxe(?:\.xox[bp])?-\d-[A-Za-z0-9-]{60,300}|xoxc-[0-9]{6,}-[0-9]{6,}-[0-9]{6,}-[a-f0-9]{32,64}|xoxd-[A-Za-z0-9%+/=]{40,300}))(?![A-Za-z0-9_-])/dg,
        publicPrefixes: ['xoxe.xoxb-', 'xoxe.xoxp-', 'xoxe-', 'xoxc-', 'xoxd-'],
    },
    {
        name: 'slack-webhook',
        title: 'Slack workflow or trigger webhook',
        help: 'Delete the workflow trigger in Slack and create a new one; keep the URL in a secret store.',
        severity: 'high',
        keywords: ['hooks.slack.com/'],
        pattern: /(?<secret>https:\/\/hooks\.slack\.com\/(?:workflows|triggers)\/T[A-Z0-9]{6,12}\/A?[A-Z0-9]{6,15}\/\d{6,20}\/[A-Za-z0-9]{20,40})/dg,
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
const serviceProviders = patternRule('@pipeguard/secretlint-rule-services', services_DOCS, services_patterns);

;// CONCATENATED MODULE: ./src/checks/secrets/rules/index.ts
/** pipeguard's own secretlint rule modules, in the order the engine registers them. */




const PIPEGUARD_RULES = [
    aiProviders,
    cloudProviders,
    serviceProviders,
    credentials,
];


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
    'filter-comments': { triggers: ['secretlint-'], messages: {} },
};
function entry(id, title, severity, help, publicPrefixes = []) {
    return { id, title, severity, help, publicPrefixes };
}
const entries = new Map();
const modules = [];
for (const creator of secretlint_rule_preset_recommend_module/* creator */.x.rules) {
    const short = creator.meta.id.slice(PRESET_PREFIX.length);
    const known = PRESET[short];
    // A preset rule this table does not know yet (a newer preset) still runs, on every file.
    modules.push({
        creator,
        triggers: known?.triggers ?? [''],
        extensions: known?.extensions,
        origin: 'secretlint',
    });
    for (const [messageId, rule] of Object.entries(known?.messages ?? {}))
        entries.set(`${creator.meta.id}#${messageId}`, rule);
}
for (const rule of PIPEGUARD_RULES) {
    modules.push({
        creator: rule.creator,
        triggers: [...new Set(rule.patterns.flatMap((p) => p.keywords))],
        origin: 'pipeguard',
    });
    for (const p of rule.patterns) {
        entries.set(`${rule.creator.meta.id}#${p.name}`, entry(p.name, p.title, p.severity, p.help, p.publicPrefixes));
    }
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


/***/ }),

/***/ 6692:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CU: () => (/* binding */ treeFiles),
/* harmony export */   G1: () => (/* binding */ unreadablePaths),
/* harmony export */   G9: () => (/* binding */ readCandidate),
/* harmony export */   Xg: () => (/* binding */ submodulePaths),
/* harmony export */   cf: () => (/* binding */ isCheckedOutSubmodule),
/* harmony export */   nf: () => (/* binding */ unreadablePathError)
/* harmony export */ });
/* unused harmony exports isBinary, decodeText */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17);
/* harmony import */ var _util_fs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1917);
/* harmony import */ var _git_stream_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8396);
/**
 * Which files a tree scan reads, and reading one safely: never through a symlink, never more than
 * the size cap, never a binary (except the key formats a rule understands); every file not read is
 * a reported skip, never a silent one.
 */





/** Binary formats some rule reads itself (GCP .p12). */
const BINARY_KEY_EXTENSIONS = new Set(['.p12']);
const SNIFF_BYTES = 8000;
async function readCandidate(root, rel, maxBytes) {
    const absolute = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, rel);
    let info;
    try {
        info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(absolute);
    }
    catch (error) {
        return skip(rel, 'unreadable', codeOf(error));
    }
    if (info.isSymbolicLink()) {
        // Never followed: a link's target is scanned where it lives inside the root, or not at all.
        let target;
        try {
            target = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(absolute);
        }
        catch {
            target = undefined;
        }
        const outside = target === undefined || !(0,_util_fs_js__WEBPACK_IMPORTED_MODULE_3__/* .isInside */ .FK)(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(root), target);
        return skip(rel, outside ? 'symlink-outside-root' : 'symlink');
    }
    if (info.isDirectory())
        return skip(rel, 'directory');
    if (!info.isFile())
        return skip(rel, 'not-a-file');
    if (info.size > maxBytes)
        return skip(rel, 'too-large', `${info.size} bytes > ${maxBytes}`);
    let buffer;
    try {
        const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(absolute, 'r');
        try {
            buffer = await handle.readFile();
        }
        finally {
            await handle.close();
        }
    }
    catch (error) {
        return skip(rel, 'unreadable', codeOf(error));
    }
    if (buffer.length > maxBytes)
        return skip(rel, 'too-large', `${buffer.length} bytes > ${maxBytes}`);
    if (isBinary(buffer)) {
        if (BINARY_KEY_EXTENSIONS.has(node_path__WEBPACK_IMPORTED_MODULE_1___default().extname(rel).toLowerCase()))
            return { kind: 'binary-key', text: '', bytes: buffer.length };
        return skip(rel, 'binary');
    }
    return decodeText(buffer);
}
/** A NUL byte in the first 8000 bytes, as git decides. */
function isBinary(buffer) {
    const end = Math.min(buffer.length, SNIFF_BYTES);
    for (let i = 0; i < end; i++)
        if (buffer[i] === 0)
            return true;
    return false;
}
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
/** UTF-8 text; bytes that are not UTF-8 become U+FFFD (ASCII secrets around them still match). */
function decodeText(buffer) {
    try {
        return { kind: 'text', text: strictUtf8.decode(buffer), bytes: buffer.length, nonUtf8: false };
    }
    catch {
        return { kind: 'text', text: buffer.toString('utf8'), bytes: buffer.length, nonUtf8: true };
    }
}
function skip(rel, reason, detail) {
    return { kind: 'skip', skip: { path: rel, reason, ...(detail ? { detail } : {}) } };
}
function codeOf(error) {
    return error.code ?? 'error';
}
/**
 * Files of the tree, root-relative: in a git work tree what git tracks plus untracked files that
 * are not ignored (so .gitignore is respected); elsewhere a walk that skips `.git`.
 */
async function* treeFiles(root, inGit, pathspecs) {
    if (inGit) {
        const args = [
            'ls-files',
            '-z',
            '--cached',
            '--others',
            '--exclude-standard',
            '--deduplicate',
            '--',
            ...(pathspecs.length ? pathspecs : ['.']),
        ];
        // -z output is one NUL-separated "line"; split it as it streams.
        // A newline inside a file name arrives as a line break: put it back.
        let rest;
        for await (const line of (0,_git_stream_js__WEBPACK_IMPORTED_MODULE_4__/* .gitLines */ .QS)(root, args, 'list the files to scan')) {
            const parts = (rest === undefined ? line : `${rest}\n${line}`).split('\0');
            rest = parts.pop() ?? '';
            for (const part of parts)
                if (part)
                    yield part;
        }
        if (rest)
            yield rest;
        return;
    }
    for (const spec of pathspecs.length ? pathspecs : ['.'])
        yield* walk(root, node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, spec));
}
async function* walk(root, start) {
    let info;
    try {
        info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(start);
    }
    catch {
        yield (0,_util_fs_js__WEBPACK_IMPORTED_MODULE_3__/* .relativeToRoot */ .yY)(root, start);
        return;
    }
    if (!info.isDirectory()) {
        yield (0,_util_fs_js__WEBPACK_IMPORTED_MODULE_3__/* .relativeToRoot */ .yY)(root, start);
        return;
    }
    const stack = [start];
    while (stack.length > 0) {
        const dir = stack.pop();
        let entries;
        try {
            entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir, { withFileTypes: true });
        }
        catch {
            yield (0,_util_fs_js__WEBPACK_IMPORTED_MODULE_3__/* .relativeToRoot */ .yY)(root, dir);
            continue;
        }
        entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        for (const entry of entries) {
            const full = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, entry.name);
            if (entry.isDirectory()) {
                if (entry.name !== '.git')
                    stack.push(full);
            }
            else
                yield (0,_util_fs_js__WEBPACK_IMPORTED_MODULE_3__/* .relativeToRoot */ .yY)(root, full);
        }
    }
}
/**
 * The paths a user named that cannot be read, each with the reason (`ENOENT`, `EACCES`, …): a
 * typo must stop the run rather than scan nothing and pass.
 */
async function unreadablePaths(root, given) {
    const out = [];
    for (const p of given) {
        try {
            const absolute = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root, p);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.access)(absolute, node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.constants.R_OK);
            // The walk never follows links, so a named link would scan nothing and pass.
            if (node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(root, absolute) !== '' && (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(absolute)).isSymbolicLink())
                out.push({ path: p, code: SYMLINK });
        }
        catch (error) {
            out.push({ path: p, code: codeOf(error) });
        }
    }
    return out;
}
const SYMLINK = 'SYMLINK';
function unreadablePathError(p, code) {
    const problem = code === 'ENOENT'
        ? 'no such file or directory'
        : code === SYMLINK
            ? 'is a symbolic link, which is never followed: name the path it points to'
            : `cannot be read (${code})`;
    return new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(problem, p);
}
/** Of the root-relative paths, those git records as submodules (gitlinks, mode 160000). */
async function submodulePaths(root, rels) {
    const wanted = new Set(rels.filter((r) => r !== '.' && r !== ''));
    if (wanted.size === 0)
        return new Set();
    const listed = await (0,_git_stream_js__WEBPACK_IMPORTED_MODULE_4__/* .gitOutput */ .oM)(root, ['ls-files', '-z', '--stage', '--', ...[...wanted].map((r) => `:(literal)${r}`)], 'list the named paths');
    const found = new Set();
    for (const entry of listed.split('\0')) {
        const tab = entry.indexOf('\t');
        if (entry.startsWith('160000 ') && wanted.has(entry.slice(tab + 1)))
            found.add(entry.slice(tab + 1));
    }
    return found;
}
/** A submodule's work tree is checked out when it has its own `.git` (a file or a directory). */
async function isCheckedOutSubmodule(root, rel) {
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, rel, '.git'));
        return true;
    }
    catch {
        return false;
    }
}


/***/ }),

/***/ 8396:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GN: () => (/* binding */ gitSucceeds),
/* harmony export */   QS: () => (/* binding */ gitLines),
/* harmony export */   oM: () => (/* binding */ gitOutput)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6193);
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_string_decoder__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17);
/**
 * git as a child process with streamed output: diffs and histories can be far larger than memory
 * should hold, and simple-git buffers whole outputs. Failures become one-line InputErrors.
 */



const GIT_ENV = {
    GIT_TERMINAL_PROMPT: '0',
    GIT_PAGER: 'cat',
    LC_ALL: 'C',
    GIT_OPTIONAL_LOCKS: '0',
};
const BASE_ARGS = [
    '-c',
    'core.quotePath=false',
    '-c',
    'diff.noprefix=false',
    '-c',
    'color.ui=never',
];
/** Run git and yield its stdout line by line; throws InputError naming `what` on a non-zero exit. */
async function* gitLines(root, args, what) {
    const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('git', [...BASE_ARGS, ...args], {
        cwd: root,
        env: { ...process.env, ...GIT_ENV },
        stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk) => {
        if (stderr.length < 4096)
            stderr += chunk;
    });
    const exited = new Promise((resolve, reject) => {
        child.on('error', reject);
        child.on('close', (code) => resolve(code ?? 1));
    });
    // Split chunks by hand: readline's per-line event machinery costs more than the scan of a diff.
    const decoder = new node_string_decoder__WEBPACK_IMPORTED_MODULE_1__.StringDecoder('utf8');
    let partial = '';
    try {
        for await (const chunk of child.stdout) {
            const lines = (partial + decoder.write(chunk)).split('\n');
            partial = lines.pop() ?? '';
            for (const line of lines)
                yield line.endsWith('\r') ? line.slice(0, -1) : line;
        }
        partial += decoder.end();
        if (partial !== '')
            yield partial;
    }
    finally {
        if (child.exitCode === null)
            child.kill();
    }
    const code = await exited.catch((error) => {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`git could not ${what}: ${error.message}`);
    });
    if (code !== 0)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`git could not ${what}: ${firstLine(stderr) || `exit code ${code}`}`);
}
/** Run git and return stdout (small outputs). */
async function gitOutput(root, args, what) {
    const out = [];
    for await (const line of gitLines(root, args, what))
        out.push(line);
    return out.join('\n');
}
/** Run git for its exit status only. */
async function gitSucceeds(root, args) {
    try {
        for await (const _ of gitLines(root, args, 'run'))
            void _;
        return true;
    }
    catch {
        return false;
    }
}
function firstLine(text) {
    return (text
        .split('\n')
        .map((l) => l.trim())
        .find((l) => l !== '') ?? '');
}


/***/ }),

/***/ 8027:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ KeywordSet)
/* harmony export */ });
/**
 * The keyword prefilter: which of many keywords occur in a text, in one native regex pass instead
 * of one `includes` per keyword. All-lowercase keywords match case-insensitively, keywords with an
 * uppercase letter exactly; a RegExp trigger is tested on its own. Once a keyword is found it is
 * dropped from the alternation, so a frequent keyword costs one match, not thousands.
 */
const MAX_CACHED = 2048;
class KeywordSet {
    folded;
    exact;
    patterns;
    cache = new Map();
    constructor(triggers) {
        const folded = new Set();
        const exact = new Set();
        const patterns = [];
        for (const trigger of triggers) {
            if (typeof trigger !== 'string')
                patterns.push(trigger);
            else if (trigger === '')
                continue;
            else if (trigger === trigger.toLowerCase())
                folded.add(trigger);
            else
                exact.add(trigger);
        }
        // Longest first, so a keyword is not hidden behind a shorter one that starts at the same place.
        this.folded = [...folded].sort((a, b) => b.length - a.length);
        this.exact = [...exact].sort((a, b) => b.length - a.length);
        this.patterns = patterns;
    }
    /** The triggers that occur in the text. */
    present(text) {
        const found = new Set();
        this.scan(text, this.folded, 'i', found);
        this.scan(text, this.exact, '', found);
        for (const pattern of this.patterns) {
            pattern.lastIndex = 0;
            if (pattern.test(text))
                found.add(pattern);
        }
        return found;
    }
    scan(text, keywords, flags, found) {
        let remaining = keywords;
        let from = 0;
        while (remaining.length > 0) {
            const re = this.alternation(remaining, flags);
            re.lastIndex = from;
            const match = re.exec(text);
            if (!match)
                return;
            const hit = flags ? match[0].toLowerCase() : match[0];
            for (const keyword of remaining)
                if (hit.includes(keyword))
                    found.add(keyword);
            remaining = remaining.filter((k) => !found.has(k));
            // Keywords may overlap (`xox` inside `xoxe`): resume one character later.
            from = match.index + 1;
        }
    }
    alternation(keywords, flags) {
        const key = `${flags}\0${keywords.join('\0')}`;
        let re = this.cache.get(key);
        if (!re) {
            if (this.cache.size >= MAX_CACHED)
                this.cache.clear();
            re = new RegExp(keywords.map(escape).join('|'), `g${flags}`);
            this.cache.set(key, re);
        }
        return re;
    }
}
function escape(keyword) {
    return keyword.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}


/***/ }),

/***/ 6320:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qm: () => (/* binding */ isLookAlike),
/* harmony export */   ly: () => (/* binding */ shannonEntropy)
/* harmony export */ });
/* unused harmony export isLowVariety */
/**
 * Values that look like secrets but are not: placeholders, documentation examples, references to
 * the environment or a secret store, digests, UUIDs, integrity hashes. Shared by pipeguard's own
 * rules and by the engine, which applies the same test to what secretlint's preset reports.
 */
/** Substrings that mark a documentation or template value (compared case-insensitively). */
const PLACEHOLDER_WORDS = [
    'example',
    'changeme',
    'change_me',
    'change-me',
    'placeholder',
    'redacted',
    'dummy',
    'sample',
    'your_',
    'your-',
    'yourkey',
    'yourtoken',
    'yoursecret',
    'yourpassword',
    'replace_me',
    'replaceme',
    'insert_',
    'xxxxxx',
    '******',
    '<your',
    'todo',
    'fixme',
];
/** `${VAR}`, `${{ secrets.X }}`, `{{ x }}`, `$(cmd)`, `%VAR%`, `@VAR@`, `$VAR`, `os.environ[…]`, `process.env.X`. */
const REFERENCE_PATTERNS = [
    /\$\{[^}]*\}?/,
    /\{\{[^}]*\}?\}?/,
    /\$\([^)]*\)?/,
    /%[A-Za-z_][A-Za-z0-9_]*%/,
    /@[A-Z_][A-Z0-9_]*@/,
    /^\$[A-Za-z_][A-Za-z0-9_]*$/,
    /\bos\.environ\b|\bos\.getenv\b|\bprocess\.env\b|\bgetenv\(|\bENV\[|\bSystem\.getenv\b/,
    /<[A-Za-z_][^<>]*>/,
];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const HEX_DIGEST = /^(?:[0-9a-f]{32}|[0-9a-f]{40}|[0-9a-f]{56}|[0-9a-f]{64}|[0-9a-f]{96}|[0-9a-f]{128})$/i;
const INTEGRITY = /^(?:sha1|sha256|sha384|sha512)-[A-Za-z0-9+/]+={0,2}$/;
/** True when the value is a placeholder, a reference, or a digest/UUID rather than a credential. */
function isLookAlike(value, options = {}) {
    if (value.length === 0)
        return true;
    if (value.includes('...') || value.includes('…'))
        return true;
    const lower = value.toLowerCase();
    if (PLACEHOLDER_WORDS.some((word) => lower.includes(word)))
        return true;
    if (REFERENCE_PATTERNS.some((pattern) => pattern.test(value)))
        return true;
    if (!options.allowUuid && UUID.test(value))
        return true;
    if (!options.allowHex && HEX_DIGEST.test(value))
        return true;
    if (INTEGRITY.test(value))
        return true;
    // Filler runs (`XXXX`, `0000`, `****`) in anything shorter than key material.
    if (value.length < 200 && /([xX0*#])\1{3,}/.test(value))
        return true;
    return isLowVariety(value);
}
/**
 * Runs of one character, sequences such as `abcdefgh` or `12345678`, and values with very few
 * distinct characters: what people type when they fill a field with something that is not a key.
 */
function isLowVariety(value) {
    const body = value.replace(/^[a-z0-9]{1,8}[-_]/i, '');
    if (body.length >= 8) {
        const distinct = new Set(body).size;
        if (distinct < Math.min(6, Math.ceil(body.length / 3)))
            return true;
    }
    return hasSequentialRun(value, 8);
}
function hasSequentialRun(value, length) {
    let ascending = 1;
    let descending = 1;
    for (let i = 1; i < value.length; i++) {
        const step = value.charCodeAt(i) - value.charCodeAt(i - 1);
        ascending = step === 1 ? ascending + 1 : 1;
        descending = step === -1 ? descending + 1 : 1;
        if (ascending >= length || descending >= length)
            return true;
    }
    return false;
}
/** Shannon entropy in bits per character. */
function shannonEntropy(value) {
    if (value.length === 0)
        return 0;
    const counts = new Map();
    for (const ch of value)
        counts.set(ch, (counts.get(ch) ?? 0) + 1);
    let entropy = 0;
    for (const count of counts.values()) {
        const p = count / value.length;
        entropy -= p * Math.log2(p);
    }
    return entropy;
}


/***/ }),

/***/ 3645:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  COMMIT_MARK: () => (/* reexport */ COMMIT_MARK),
  PATCH_ARGS: () => (/* binding */ PATCH_ARGS),
  scanPatch: () => (/* binding */ scanPatch),
  scanTree: () => (/* binding */ scanTree)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/util/worker-pool.ts
var worker_pool = __webpack_require__(9123);
// EXTERNAL MODULE: ./src/checks/secrets/files.ts
var files = __webpack_require__(6692);
// EXTERNAL MODULE: ./src/checks/secrets/git-stream.ts
var git_stream = __webpack_require__(8396);
;// CONCATENATED MODULE: ./src/checks/secrets/patch.ts
/**
 * Parse `git diff -U0` / `git log -p -U0` output into the lines each file gained, with their line
 * numbers in the new version. Streaming: feed lines, get a callback per finished file, so a long
 * history never sits in memory whole.
 */
const HUNK = /^@@@* -[0-9,]+ (?:-[0-9,]+ )*\+(\d+)(?:,(\d+))? @@/;
/** Marks a commit header in `git log --format=%x00commit %H` output. */
const COMMIT_MARK = '\0commit ';
class PatchParser {
    emit;
    maxBytes;
    current;
    nextLine = 0;
    remaining = 0;
    commit;
    inHeader = false;
    bytes = 0;
    constructor(emit, maxBytes = Number.POSITIVE_INFINITY) {
        this.emit = emit;
        this.maxBytes = maxBytes;
    }
    push(line) {
        if (this.remaining > 0 && this.current) {
            // Inside a hunk: only `+`/`-`/`\` lines; a context line cannot occur with -U0.
            if (line.startsWith('+')) {
                this.remaining--;
                const lineNumber = this.nextLine++;
                if (this.current.tooLarge)
                    return;
                this.bytes += line.length;
                if (this.bytes > this.maxBytes) {
                    // Bounded memory: stop holding this file's lines; it is reported as skipped.
                    this.current.tooLarge = true;
                    this.current.lines = [];
                    this.current.lineNumbers = [];
                    return;
                }
                this.current.lines.push(line.slice(1));
                this.current.lineNumbers.push(lineNumber);
                return;
            }
            if (line.startsWith('-') || line.startsWith('\\'))
                return;
            this.remaining = 0;
        }
        if (line.startsWith(COMMIT_MARK)) {
            this.flush();
            this.commit = line.slice(COMMIT_MARK.length).trim();
            return;
        }
        if (line.startsWith('diff --git ') ||
            line.startsWith('diff --cc ') ||
            line.startsWith('diff --combined ')) {
            this.flush();
            this.inHeader = true;
            this.bytes = 0;
            this.current = {
                path: pathFromDiffHeader(line),
                lines: [],
                lineNumbers: [],
                ...(this.commit ? { commit: this.commit } : {}),
            };
            return;
        }
        if (!this.current)
            return;
        if (this.inHeader) {
            if (line.startsWith('+++ ')) {
                const target = line.slice(4);
                if (target !== '/dev/null')
                    this.current.path = stripPrefix(unquote(target));
                return;
            }
            if (line.startsWith('rename to ')) {
                this.current.path = unquote(line.slice('rename to '.length));
                return;
            }
            if (line.startsWith('Binary files ') || line === 'GIT binary patch') {
                this.current.binary = true;
                return;
            }
        }
        const hunk = HUNK.exec(line);
        if (hunk) {
            this.inHeader = false;
            this.nextLine = Number(hunk[1]);
            this.remaining = hunk[2] === undefined ? 1 : Number(hunk[2]);
        }
    }
    /** Emit the file in progress (call once more at end of input). */
    flush() {
        if (this.current &&
            (this.current.lines.length > 0 || this.current.binary || this.current.tooLarge))
            this.emit(this.current);
        this.current = undefined;
        this.remaining = 0;
        this.inHeader = false;
    }
}
/** Parse a whole patch text (tests, small diffs). */
function parsePatch(text) {
    const out = [];
    const parser = new PatchParser((file) => out.push(file));
    for (const line of text.split('\n'))
        parser.push(line);
    parser.flush();
    return out;
}
/** `diff --git a/x b/x`: the new path, used until `+++`/`rename to` says better (also for binary files). */
function pathFromDiffHeader(line) {
    const rest = line.replace(/^diff --(?:git|cc|combined) /, '');
    if (rest.startsWith('"')) {
        const paths = splitQuoted(rest);
        return stripPrefix(paths[paths.length - 1] ?? '');
    }
    if (!rest.startsWith('a/'))
        return rest;
    // Unquoted `a/P b/P`: when both sides are the same path, the split point is the middle.
    const half = (rest.length - 1) / 2;
    if (Number.isInteger(half) && rest.slice(2, half) === rest.slice(half + 3))
        return rest.slice(half + 3);
    const at = rest.lastIndexOf(' b/');
    return at >= 0 ? rest.slice(at + 3) : rest;
}
function splitQuoted(text) {
    const out = [];
    let i = 0;
    while (i < text.length) {
        if (text[i] === ' ') {
            i++;
            continue;
        }
        if (text[i] === '"') {
            let j = i + 1;
            while (j < text.length && text[j] !== '"')
                j += text[j] === '\\' ? 2 : 1;
            out.push(unquote(text.slice(i, j + 1)));
            i = j + 1;
        }
        else {
            const j = text.indexOf(' ', i);
            out.push(text.slice(i, j < 0 ? text.length : j));
            i = j < 0 ? text.length : j;
        }
    }
    return out;
}
function stripPrefix(p) {
    return p.replace(/^[abciow12]\//, '');
}
const ESCAPES = {
    a: 7,
    b: 8,
    t: 9,
    n: 10,
    v: 11,
    f: 12,
    r: 13,
    '"': 34,
    '\\': 92,
};
/** git's C-style quoting of paths with special or non-ASCII bytes (octal escapes are UTF-8 bytes). */
function unquote(text) {
    const value = text.endsWith('\t') ? text.slice(0, -1) : text;
    if (!value.startsWith('"') || !value.endsWith('"') || value.length < 2)
        return value;
    const bytes = [];
    const body = value.slice(1, -1);
    for (let i = 0; i < body.length; i++) {
        const ch = body[i];
        if (ch !== '\\') {
            bytes.push(...Buffer.from(ch, 'utf8'));
            continue;
        }
        const next = body[i + 1] ?? '';
        if (/[0-7]/.test(next)) {
            bytes.push(parseInt(body.slice(i + 1, i + 4), 8));
            i += 3;
        }
        else {
            bytes.push(ESCAPES[next] ?? next.charCodeAt(0));
            i += 1;
        }
    }
    return Buffer.from(bytes).toString('utf8');
}
/** The inverse of unquote, as git writes it (for tests). */
function quote(path) {
    const bytes = Buffer.from(path, 'utf8');
    let needs = false;
    let out = '';
    for (const byte of bytes) {
        const name = Object.keys(ESCAPES).find((k) => ESCAPES[k] === byte);
        if (name) {
            out += `\\${name}`;
            needs = true;
        }
        else if (byte < 0x20 || byte >= 0x7f) {
            out += `\\${byte.toString(8).padStart(3, '0')}`;
            needs = true;
        }
        else
            out += String.fromCharCode(byte);
    }
    return needs ? `"${out}"` : path;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/checks/secrets/catalog.ts + 6 modules
var catalog = __webpack_require__(4920);
;// CONCATENATED MODULE: ./src/checks/secrets/rule-runner.ts
const ANY_RULE = '*';
/** Run the rules on the source; messages sorted by range, one per rule + message + range. */
async function runRules(rules, input) {
    const source = new SourceCode(input);
    const reported = new Map();
    const ignores = new Map();
    const handlers = rules.map(({ creator, options }) => {
        const ruleId = creator.meta.id;
        const context = {
            sharedOptions: {},
            createTranslator: translatorFor,
            report(descriptor) {
                const { message, messageId, data } = descriptor.message;
                const range = descriptor.range;
                const key = `${ruleId}\0${messageId}\0${range[0]}\0${range[1]}`;
                if (!reported.has(key))
                    reported.set(key, {
                        ruleId,
                        messageId,
                        message,
                        range,
                        ...(data ? { data: data } : {}),
                    });
            },
            ignore(descriptor) {
                const [start, end] = descriptor.range;
                // A range past the last line is NaN in secretlint too, and covers nothing there.
                if (!Number.isFinite(start) || !Number.isFinite(end))
                    return;
                const target = descriptor.targetRuleId || ANY_RULE;
                const list = ignores.get(target) ?? [];
                list.push({ start, end });
                ignores.set(target, list);
            },
        };
        return {
            creator,
            handler: creator.create(context, options ?? {}),
        };
    });
    await Promise.all(handlers
        .filter(({ creator }) => supports(creator, input.contentType))
        .map(({ handler }) => handler.file?.(source)));
    const covers = new Map([...ignores].map(([rule, ranges]) => [rule, new Coverage(ranges)]));
    const anyRule = covers.get(ANY_RULE);
    return [...reported.values()]
        .map((m) => ({
        ...m,
        ignored: Boolean(anyRule?.contains(m.range) || covers.get(m.ruleId)?.contains(m.range)),
    }))
        .sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
}
function supports(creator, contentType) {
    const types = creator.meta.supportedContentTypes;
    return types.includes('all') || types.includes(contentType);
}
/** secretlint's translator: a message is a function of the data, or per locale (English here). */
function translatorFor(messages) {
    return ((messageId, props) => {
        const handler = messages[messageId];
        const format = typeof handler === 'function' ? handler : handler?.en;
        if (!format)
            throw new Error(`secretlint rule message ${messageId} has no English text`);
        return {
            message: props && typeof props === 'object' ? format(props) : format(),
            messageId,
            data: props,
        };
    });
}
/**
 * Whether a range lies inside any of a set of inclusive ranges: starts sorted, with the furthest
 * end reached so far, so each question is one binary search.
 */
class Coverage {
    starts;
    reach;
    constructor(ranges) {
        const sorted = [...ranges].sort((a, b) => a.start - b.start);
        this.starts = sorted.map((r) => r.start);
        this.reach = [];
        let furthest = -Infinity;
        for (const r of sorted)
            this.reach.push((furthest = Math.max(furthest, r.end)));
    }
    contains([start, end]) {
        let lo = 0;
        let hi = this.starts.length;
        while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (this.starts[mid] <= start)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo > 0 && this.reach[lo - 1] >= end;
    }
}
/**
 * The source a rule sees, as `@secretlint/core` builds it: a BOM is stripped, lines break at
 * CR, LF, CRLF, U+2028 and U+2029, positions have 1-based lines and 0-based columns.
 */
class SourceCode {
    hasBOM;
    content;
    filePath;
    physicalFilePath;
    contentType;
    ext;
    lineStarts;
    constructor(input) {
        this.hasBOM = input.content.charCodeAt(0) === 0xfeff;
        this.content = this.hasBOM ? input.content.slice(1) : input.content;
        this.filePath = input.filePath;
        this.physicalFilePath = input.physicalFilePath;
        this.contentType = input.contentType;
        this.ext = input.ext;
    }
    getFilePath() {
        return this.filePath;
    }
    getPhysicalFilePath() {
        return this.physicalFilePath;
    }
    locationToRange(loc) {
        return [this.positionToIndex(loc.start), this.positionToIndex(loc.end)];
    }
    rangeToLocation(range) {
        return { start: this.indexToPosition(range[0]), end: this.indexToPosition(range[1]) };
    }
    positionToIndex(pos) {
        // Past the last line this is NaN, as in secretlint (a range that then covers nothing).
        return (this.starts()[pos.line - 1] ?? NaN) + pos.column;
    }
    indexToPosition(index) {
        const starts = this.starts();
        let lo = 0;
        let hi = starts.length;
        while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (starts[mid] <= index)
                lo = mid + 1;
            else
                hi = mid;
        }
        return { line: lo, column: index - starts[lo - 1] };
    }
    starts() {
        if (this.lineStarts)
            return this.lineStarts;
        const starts = [0];
        const text = this.content;
        const breaks = /\r\n?|[\n\u2028\u2029]/g;
        for (let m = breaks.exec(text); m; m = breaks.exec(text))
            starts.push(m.index + m[0].length);
        this.lineStarts = starts;
        return starts;
    }
}

// EXTERNAL MODULE: ./src/checks/secrets/rules/keywords.ts
var keywords = __webpack_require__(8027);
// EXTERNAL MODULE: ./src/checks/secrets/rules/look-alikes.ts
var look_alikes = __webpack_require__(6320);
;// CONCATENATED MODULE: ./src/checks/secrets/engine.ts
/**
 * The detection engine: secretlint's recommended preset and pipeguard's own rule modules, all
 * imported statically (bundled), run through secretlint's rule contract by `runRules` (not
 * `@secretlint/core`'s `lintSource`, whose duplicate filter is quadratic in the number of
 * findings), with a prefilter that hands a text only the rule modules whose triggers occur in it.
 * Returns raw hits (with the secret value, for fingerprinting and masking); they never leave the
 * check unmasked.
 */







const SECRET_DATA_KEYS = ['SECRET', 'TOKEN', 'KEY', 'ID', 'URI', 'URL', 'CREDENTIAL'];
const ALL_TRIGGERS = new keywords/* KeywordSet */.a(catalog/* RULE_MODULES */.Vu.flatMap((m) => m.triggers));
/** Which rule modules a text needs: the prefilter. */
function modulesFor(unit) {
    const present = ALL_TRIGGERS.present(unit.text);
    const ext = external_node_path_default().extname(unit.path).toLowerCase();
    const scanners = [];
    let comments = false;
    for (const module of catalog/* RULE_MODULES */.Vu) {
        const wanted = module.extensions?.includes(ext) || module.triggers.some((t) => t === '' || present.has(t));
        if (!wanted)
            continue;
        if (module.creator.meta.id === catalog/* FILTER_COMMENTS_ID */._l)
            comments = true;
        else
            scanners.push(module);
    }
    return { scanners, comments, present };
}
/** Scan one text with the rule modules its content calls for. */
async function detectSecrets(unit) {
    const { scanners, comments, present } = modulesFor(unit);
    if (scanners.length === 0)
        return [];
    // secretlint's disable-comment rule runs alongside: what it covers is reported as suppressed.
    const modules = comments ? [...scanners, commentFilter()] : scanners;
    const hits = [];
    for (const message of await lint(unit, modules, present)) {
        const hit = toHit(unit, message);
        if (!hit)
            continue;
        if (message.ignored)
            hit.disabledByComment = true;
        hits.push(hit);
    }
    return dedupe(hits);
}
function lint(unit, modules, present) {
    const binary = unit.physicalPath !== undefined && external_node_path_default().extname(unit.path).toLowerCase() === '.p12';
    return runRules(modules.map((m) => ({
        creator: m.creator,
        // pipeguard's own modules reuse the prefilter's result instead of searching again.
        options: m.origin === 'pipeguard' ? { presentKeywords: present } : {},
    })), {
        filePath: binary ? unit.physicalPath : unit.path,
        ...(binary ? { physicalFilePath: unit.physicalPath } : {}),
        content: unit.text,
        ext: external_node_path_default().extname(unit.path),
        contentType: binary ? 'binary' : 'text',
    });
}
function commentFilter() {
    const module = catalog/* RULE_MODULES */.Vu.find((m) => m.creator.meta.id === catalog/* FILTER_COMMENTS_ID */._l);
    if (!module)
        throw new Error('secretlint filter-comments rule missing from the preset');
    return module;
}
function toHit(unit, message) {
    const rule = (0,catalog/* ruleFor */.sG)(message.ruleId, message.messageId);
    if (message.messageId === 'PrivateKeyP12') {
        const bytes = unit.physicalPath
            ? (0,external_node_fs_.readFileSync)(unit.physicalPath)
            : Buffer.from(unit.text, 'latin1');
        return {
            rule: rule.id,
            secret: (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex'),
            start: 0,
            end: 0,
            binary: true,
        };
    }
    if (message.messageId === 'PrivateKeyJSON')
        return serviceAccountKeyHit(unit, rule.id);
    const [rangeStart, rangeEnd] = message.range;
    const secret = secretOf(message) ?? unit.text.slice(rangeStart, rangeEnd);
    if (secret.length === 0)
        return undefined;
    // Reported ranges are not always the secret's (the AWS rule points at the key name): find the value.
    const at = unit.text.indexOf(secret, rangeStart);
    const start = at >= 0 && at <= rangeEnd ? at : rangeStart;
    const end = at === start ? start + secret.length : rangeEnd;
    const fromPreset = !message.ruleId.startsWith('@pipeguard/');
    if (fromPreset && (0,look_alikes/* isLookAlike */.Qm)(secret, { allowHex: true, allowUuid: true }))
        return undefined;
    return { rule: rule.id, secret, start, end };
}
function secretOf(message) {
    const data = (message.data ?? {});
    for (const key of SECRET_DATA_KEYS) {
        const value = data[key];
        if (typeof value === 'string' && value.length > 0)
            return value;
    }
    return undefined;
}
/** A GCP service-account JSON: the secret is its private_key, the location the `private_key` member. */
function serviceAccountKeyHit(unit, rule) {
    let key;
    try {
        key = JSON.parse(unit.text).private_key;
    }
    catch {
        return undefined;
    }
    if (typeof key !== 'string')
        return undefined;
    const member = /"private_key"\s*:\s*"/.exec(unit.text);
    const start = member ? member.index : 0;
    const close = member ? unit.text.indexOf('"', start + member[0].length) : -1;
    return { rule, secret: key, start, end: close > start ? close + 1 : start };
}
/**
 * One hit per secret occurrence: the same rule (or the same value) found twice at overlapping
 * places. Hits are taken by start; a hit overlaps an earlier one exactly when it starts before
 * that one's reach, so the furthest-reaching earlier hit per rule and per value is all that must
 * be remembered (linear, whatever the number of hits).
 */
function dedupe(hits) {
    const sorted = [...hits].sort((a, b) => a.start - b.start || b.end - a.end);
    const kept = [];
    const furthestByRule = new Map();
    const furthestBySecret = new Map();
    for (const hit of sorted) {
        const twin = overlapping(furthestByRule.get(hit.rule), hit) ??
            overlapping(furthestBySecret.get(hit.secret), hit);
        if (twin) {
            if (hit.disabledByComment !== twin.disabledByComment)
                twin.disabledByComment = false;
            continue;
        }
        kept.push(hit);
        for (const [map, key] of [
            [furthestByRule, hit.rule],
            [furthestBySecret, hit.secret],
        ]) {
            const previous = map.get(key);
            if (!previous || reach(hit) > reach(previous))
                map.set(key, hit);
        }
    }
    return kept;
}
/** The end of a hit's span, an empty span counting as one character (binary hits). */
function reach(hit) {
    return Math.max(hit.end, hit.start + 1);
}
/** `earlier` (which starts no later than `hit`) if the two spans overlap. */
function overlapping(earlier, hit) {
    return earlier && hit.start < reach(earlier) ? earlier : undefined;
}

;// CONCATENATED MODULE: ./src/checks/secrets/decode.ts
/**
 * Encoded values worth a second look: base64 (Kubernetes Secret `data:`, `.dockerconfigjson`,
 * `_auth`, basic-auth headers) and URL-encoding. Each candidate is decoded once (and its decoded
 * text once more, for the base64-in-base64 of docker configs); only text-like results are kept.
 */
/** Characters of the base64 and base64url alphabets (padding handled separately). */
const ALPHABET = new Uint8Array(128);
for (const ch of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/_-')
    ALPHABET[ch.charCodeAt(0)] = 1;
const EQUALS = 61;
const MIN_RUN = 20;
const ESCAPE = /%[0-9A-Fa-f]{2}/g;
const URL_TOKEN_CHAR = /[A-Za-z0-9._~+%-]/;
const MAX_CANDIDATE = 64 * 1024;
const MAX_CANDIDATES_PER_TEXT = 5000;
/** Encoded spans of the text whose decoded form is readable text. */
function encodedSpans(text) {
    const spans = [];
    let seen = 0;
    // One pass over the characters finds alphabet runs: several times faster than a regex here.
    const length = text.length;
    let start = -1;
    for (let i = 0; i <= length; i++) {
        const c = i < length ? text.charCodeAt(i) : 0;
        if (c < 128 && ALPHABET[c] === 1) {
            if (start < 0)
                start = i;
            continue;
        }
        if (start < 0)
            continue;
        let end = i;
        while (end < length && end - i < 2 && text.charCodeAt(end) === EQUALS)
            end++;
        const runStart = start;
        start = -1;
        if (end - runStart < MIN_RUN || end - runStart > MAX_CANDIDATE)
            continue;
        const encoded = text.slice(runStart, end);
        if (!plausibleBase64(encoded))
            continue;
        if (++seen > MAX_CANDIDATES_PER_TEXT)
            break;
        const decoded = decodeBase64Text(encoded);
        if (decoded !== undefined)
            spans.push({ encoding: 'base64', start: runStart, end, decoded });
    }
    if (text.includes('%'))
        spans.push(...urlEncodedSpans(text));
    return spans;
}
/** Tokens holding at least two %XX escapes, found from the escapes outwards. */
function urlEncodedSpans(text) {
    const spans = [];
    ESCAPE.lastIndex = 0;
    for (let match = ESCAPE.exec(text); match; match = ESCAPE.exec(text)) {
        let start = match.index;
        while (start > 0 && URL_TOKEN_CHAR.test(text[start - 1]))
            start--;
        let end = match.index + 3;
        while (end < text.length && URL_TOKEN_CHAR.test(text[end]))
            end++;
        ESCAPE.lastIndex = end;
        const encoded = text.slice(start, end);
        if (encoded.length > MAX_CANDIDATE || (encoded.match(/%[0-9A-Fa-f]{2}/g)?.length ?? 0) < 2)
            continue;
        let decoded;
        try {
            decoded = decodeURIComponent(encoded.replace(/\+/g, ' '));
        }
        catch {
            continue;
        }
        if (decoded !== encoded)
            spans.push({ encoding: 'url', start, end, decoded });
    }
    return spans;
}
/**
 * Worth decoding: a whole number of base64 quanta (or unpadded base64url), a mixed alphabet, and
 * — since decoded text is ASCII — every quantum starting with a character worth less than 32.
 */
function plausibleBase64(value) {
    const body = value.replace(/=+$/, '');
    if (value.includes('=') ? value.length % 4 !== 0 : body.length % 4 === 1)
        return false;
    if (!mixedAlphabet(body))
        return false;
    for (let i = 0; i < body.length; i += 4) {
        const c = body.charCodeAt(i);
        // A-Z (0-25) and a-f (26-31) encode sextets below 32, i.e. bytes below 0x80.
        if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 102)))
            return false;
    }
    return true;
}
/** Identifiers and paths are base64-alphabet too; encoded data mixes cases and digits. */
function mixedAlphabet(value) {
    return (/[a-z]/.test(value) &&
        /[A-Z]/.test(value) &&
        /[0-9+/]/.test(value) &&
        !/^[A-Za-z]+(?:\/[A-Za-z]+)+$/.test(value));
}
/** base64 or base64url → UTF-8 text, or undefined when the bytes are not text. */
function decodeBase64Text(encoded) {
    const bytes = Buffer.from(encoded.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
    if (bytes.length < 12)
        return undefined;
    let printable = 0;
    for (const byte of bytes) {
        if (byte === 0)
            return undefined;
        if (byte >= 0x20 || byte === 9 || byte === 10 || byte === 13)
            printable++;
    }
    if (printable / bytes.length < 0.97)
        return undefined;
    const text = bytes.toString('utf8');
    // Mostly-ASCII: secrets and the configs that carry them are ASCII; binary that happens to be >0x20 is not.
    let ascii = 0;
    for (let i = 0; i < text.length; i++)
        if (text.charCodeAt(i) < 0x7f)
            ascii++;
    return ascii / text.length >= 0.9 ? text : undefined;
}

;// CONCATENATED MODULE: ./src/checks/secrets/scan-unit.ts
/**
 * One unit of scanning — a file's text, or the added lines of a file in a diff — turned into
 * located hits: engine hits plus hits inside decoded base64 / URL-encoded spans, with 1-based
 * line and column in the real file and the inline allow markers on their lines.
 */


const DECODE_DEPTH = 2;
async function scanUnit(unit, options) {
    const direct = await detectSecrets({
        path: unit.path,
        text: unit.text,
        physicalPath: unit.physicalPath,
    });
    const located = direct.map((hit) => ({ hit, start: hit.start, end: hit.end }));
    if (options.decode) {
        // A value found both raw and inside an encoded span is one finding: keep the raw one (and
        // of several encoded copies, the first).
        const seen = new Set(direct.map(ruleAndSecret));
        for (const found of await decodedHits(unit.path, unit.text, DECODE_DEPTH)) {
            const key = ruleAndSecret(found.hit);
            if (seen.has(key))
                continue;
            seen.add(key);
            located.push(found);
        }
    }
    if (located.length === 0)
        return [];
    const lines = new LineIndex(unit.text);
    return located.map(({ hit, start, end, encoded }) => {
        const from = lines.position(start);
        const to = lines.position(Math.max(start, end));
        const realLine = (index) => unit.lineNumbers?.[index] ?? index + 1;
        return {
            rule: hit.rule,
            secret: hit.secret,
            line: realLine(from.line),
            column: from.column + 1,
            endLine: realLine(to.line),
            endColumn: to.column + 1,
            ...(encoded ? { encoded } : {}),
            ...(allowedInline(lines, unit.text, from.line) ? { inlineAllowed: true } : {}),
            ...(hit.disabledByComment ? { disabledByComment: true } : {}),
            ...(hit.binary ? { binary: true } : {}),
            ...(unit.commit ? { commit: unit.commit } : {}),
        };
    });
}
async function decodedHits(path, text, depth) {
    const out = [];
    for (const span of encodedSpans(text)) {
        const encoded = { encoding: span.encoding, text: text.slice(span.start, span.end) };
        const inner = await detectSecrets({ path, text: span.decoded });
        for (const hit of inner)
            out.push({ hit, start: span.start, end: span.end, encoded });
        if (depth > 1) {
            const found = new Set(inner.map(ruleAndSecret));
            for (const nested of await decodedHits(path, span.decoded, depth - 1)) {
                if (found.has(ruleAndSecret(nested.hit)))
                    continue;
                out.push({ hit: nested.hit, start: span.start, end: span.end, encoded });
            }
        }
    }
    return out;
}
function ruleAndSecret(hit) {
    return `${hit.rule}\0${hit.secret}`;
}
const ALLOW_SAME_LINE = /pipeguard:allow\b|gitleaks:allow\b|pragma:\s*allowlist\s+secret|trufflehog:ignore\b/;
const ALLOW_NEXT_LINE = /pipeguard:allow-next-line\b|pragma:\s*allowlist\s+nextline\s+secret/;
function allowedInline(lines, text, lineIndex) {
    if (ALLOW_SAME_LINE.test(lines.text(text, lineIndex)) &&
        !ALLOW_NEXT_LINE.test(lines.text(text, lineIndex)))
        return true;
    return lineIndex > 0 && ALLOW_NEXT_LINE.test(lines.text(text, lineIndex - 1));
}
/** Offset → 0-based line/column, with the line-start table built once per text. */
class LineIndex {
    starts = [0];
    constructor(text) {
        for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1))
            this.starts.push(i + 1);
    }
    position(offset) {
        let lo = 0;
        let hi = this.starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (this.starts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return { line: lo, column: offset - this.starts[lo] };
    }
    text(text, line) {
        const start = this.starts[line] ?? text.length;
        const next = this.starts[line + 1];
        return text.slice(start, next === undefined ? text.length : next - 1);
    }
}

;// CONCATENATED MODULE: ./src/checks/secrets/scan.ts
/**
 * The scanning modes. Tree: the file list streams from git (or a walk) into batches that worker
 * threads read and scan, so no thread holds the tree and only small hit records come back.
 * Staged / diff / history: `git diff|log -U0` streams through the patch parser and only added
 * lines are scanned, one file at a time.
 */






const BATCH_FILES = 128;
/**
 * Bounded memory: a small young generation per worker (V8's default semi-spaces are sized for
 * throughput, not for three isolates under a 300 MB budget; at 4 MB the scan costs the same CPU)
 * and an old generation that collects before it grows past 64 MB. Measured on a 203 MiB tree
 * (bench/secrets, 2 workers): default heaps 340 MB peak RSS, 4 MB young 242-290 MB, plus 64 MB
 * old 196-206 MB, same wall time. A batch that needs more (a pathological 10 MB file) runs again
 * on the calling thread, whose heap is not capped (src/util/worker-pool.ts).
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 4, maxOldGenerationSizeMb: 64 };
/** Below this many batches, starting workers costs more than it saves. */
const MIN_BATCHES_FOR_WORKERS = 4;
const scanBatches = (0,worker_pool/* defineWorkerTask */.Zu)('secrets.scan-files', scanBatch);
async function scanBatch(input) {
    const out = { hits: [], skips: [], stats: { files: 0, bytes: 0, nonUtf8: 0 } };
    for (const rel of input.files) {
        const read = await (0,files/* readCandidate */.G9)(input.root, rel, input.maxFileSize);
        if (read.kind === 'skip') {
            out.skips.push(read.skip);
            continue;
        }
        out.stats.files++;
        out.stats.bytes += read.bytes;
        if (read.kind === 'text' && read.nonUtf8)
            out.stats.nonUtf8++;
        const unit = read.kind === 'binary-key'
            ? { path: rel, text: '', physicalPath: external_node_path_default().join(input.root, rel) }
            : { path: rel, text: read.text };
        for (const hit of await scanUnit(unit, { decode: input.decode && read.kind === 'text' }))
            out.hits.push({ ...hit, path: rel });
    }
    return out;
}
async function scanTree(root, inGit, pathspecs, settings) {
    const specs = pathspecs.map((p) => `:(literal)${p}`);
    let batches = inGit ? await batchesOf(root, (0,files/* treeFiles */.CU)(root, true, specs), settings) : [];
    // A root that git ignores (or an empty repository) lists nothing: walk it rather than pass empty.
    const listedByGit = batches.length > 0;
    if (!listedByGit)
        batches = await batchesOf(root, (0,files/* treeFiles */.CU)(root, false, pathspecs), settings);
    const out = merge(await runBatches(batches, settings));
    // git lists a submodule as one entry (a directory here): the files of a checked-out one are
    // scanned as part of the tree, nested ones too; one not checked out is reported, never passed.
    for (;;) {
        const directories = out.skips.filter((s) => s.reason === 'directory');
        if (directories.length === 0)
            return out;
        out.skips = out.skips.filter((s) => s.reason !== 'directory');
        const nested = [];
        for (const { path: dir } of directories) {
            if (!listedByGit) {
                // A walk lists a directory only when it could not read it.
                out.skips.push({ path: dir, reason: 'unreadable', detail: 'directory' });
            }
            else if (await (0,files/* isCheckedOutSubmodule */.cf)(root, dir)) {
                nested.push(...(await batchesOf(root, prefixed(dir, (0,files/* treeFiles */.CU)(external_node_path_default().join(root, dir), true, [])), settings)));
            }
            else {
                out.skips.push({ path: dir, reason: 'submodule-not-checked-out' });
            }
        }
        Object.assign(out, merge([out, ...(await runBatches(nested, settings))]));
    }
}
async function batchesOf(root, files, settings) {
    const batches = [];
    let current = [];
    for await (const rel of files) {
        current.push(rel);
        if (current.length < BATCH_FILES)
            continue;
        batches.push({
            root,
            files: current,
            maxFileSize: settings.maxFileSize,
            decode: settings.decode,
        });
        current = [];
    }
    if (current.length)
        batches.push({
            root,
            files: current,
            maxFileSize: settings.maxFileSize,
            decode: settings.decode,
        });
    return batches;
}
async function* prefixed(dir, files) {
    for await (const rel of files)
        yield `${dir}/${rel}`;
}
function runBatches(batches, settings) {
    return scanBatches(batches, {
        threads: settings.threads,
        minInputsForWorkers: MIN_BATCHES_FOR_WORKERS,
        resourceLimits: WORKER_LIMITS,
    });
}
function merge(results) {
    const out = { hits: [], skips: [], stats: { files: 0, bytes: 0, nonUtf8: 0 } };
    for (const r of results) {
        // One push per item: spreading a batch of 100,000+ hits would overflow the call stack.
        for (const hit of r.hits)
            out.hits.push(hit);
        for (const skip of r.skips)
            out.skips.push(skip);
        out.stats.files += r.stats.files;
        out.stats.bytes += r.stats.bytes;
        out.stats.nonUtf8 += r.stats.nonUtf8;
    }
    return out;
}
/** Base arguments for a patch that shows added lines only, without user diff drivers or colour. */
const PATCH_ARGS = [
    '-U0',
    '--no-color',
    '--no-ext-diff',
    '--no-textconv',
    '--diff-filter=d',
    '--find-renames',
];
/**
 * Scan the added lines of a `git diff` / `git log -p` run. `--format` for logs must be
 * `%x00commit %H` so commits can be told apart.
 */
async function scanPatch(root, gitArgs, what, settings) {
    const out = { hits: [], skips: [], stats: { files: 0, bytes: 0, nonUtf8: 0 } };
    const pending = [];
    const parser = new PatchParser((file) => pending.push(file), settings.maxFileSize);
    const drain = async () => {
        while (pending.length > 0) {
            const file = pending.shift();
            if (file.binary) {
                out.skips.push({
                    path: file.path,
                    reason: 'binary',
                    ...(file.commit ? { detail: `commit ${file.commit.slice(0, 12)}` } : {}),
                });
                continue;
            }
            if (file.tooLarge) {
                out.skips.push({
                    path: file.path,
                    reason: 'too-large',
                    detail: `added lines exceed ${settings.maxFileSize} bytes`,
                });
                continue;
            }
            const text = file.lines.join('\n');
            out.stats.files++;
            out.stats.bytes += Buffer.byteLength(text);
            const hits = await scanUnit({ path: file.path, text, lineNumbers: file.lineNumbers, commit: file.commit }, { decode: settings.decode });
            for (const hit of hits)
                out.hits.push({ ...hit, path: file.path });
        }
    };
    for await (const line of (0,git_stream/* gitLines */.QS)(root, gitArgs, what)) {
        parser.push(line);
        if (pending.length > 0)
            await drain();
    }
    parser.flush();
    await drain();
    return out;
}



/***/ })

};
