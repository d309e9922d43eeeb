/**
 * Fake credentials in each provider's FORMAT, generated at run time from a seeded PRNG: nothing
 * here is a real key, and no literal in the repository looks like one (prefixes are assembled by
 * concatenation so push protection and other scanners do not trip on the test sources).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const DIGITS = '0123456789';
const ALNUM = UPPER + LOWER + DIGITS;
const HEX = '0123456789abcdef';
const B64 = ALNUM + '+/';
const URLSAFE = ALNUM + '-_';

/** mulberry32: small, seeded, good enough for test data. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Fake {
  private readonly next: () => number;
  constructor(seed = 1) {
    this.next = rng(seed);
  }
  from(alphabet: string, n: number): string {
    let out = '';
    for (let i = 0; i < n; i++) out += alphabet[Math.floor(this.next() * alphabet.length)];
    // Keep generated values clear of the look-alike filter (words, runs) by construction.
    return /example|todo|fixme|dummy|sample|xxxx|your|0123|1234|abcd|(.)\1\1\1/i.test(out)
      ? this.from(alphabet, n)
      : out;
  }
  alnum(n: number): string {
    return this.from(ALNUM, n);
  }
  letters(n: number): string {
    return this.from(UPPER + LOWER, n);
  }
  hex(n: number): string {
    return this.from(HEX, n);
  }
  b64(n: number): string {
    return this.from(B64, n);
  }
  urlsafe(n: number): string {
    return this.from(URLSAFE, n);
  }
  upperDigits(n: number, digits = '234567'): string {
    return this.from(UPPER + digits, n);
  }
}

const f = new Fake(20240611);
const p = (...parts: string[]): string => parts.join('');

/** One fake value per format, stable across runs (seeded). */
export const FAKE = {
  openai: p('sk', '-proj-', f.urlsafe(74), 'T3Blb', 'kFJ', f.urlsafe(74)),
  openaiLegacy: p('sk', '-', f.alnum(20), 'T3Blb', 'kFJ', f.alnum(20)),
  anthropic: p('sk', '-ant-', 'api03-', f.urlsafe(93), 'AA'),
  anthropicAdmin: p('sk', '-ant-', 'admin01-', f.urlsafe(93), 'AA'),
  hfUser: p('hf', '_', f.letters(34)),
  hfOrg: p('api', '_org_', f.letters(34)),
  groq: p('gsk', '_', f.alnum(52)),
  replicate: p('r8', '_', f.alnum(37)),
  perplexity: p('pplx', '-', f.alnum(48)),
  xai: p('xai', '-', f.alnum(80)),
  openrouter: p('sk-', 'or-v1-', f.hex(64)),
  langsmith: p('lsv2', '_pt_', f.hex(32), '_', f.hex(10)),
  tavily: p('tvly', '-', f.alnum(32)),
  pinecone: p('pcsk', '_', f.alnum(5), '_', f.alnum(63)),
  pineconeLegacy: [f.hex(8), f.hex(4), '4' + f.hex(3), 'a' + f.hex(3), f.hex(12)].join('-'),
  fireworks: p('fw', '_', 'Q7', f.alnum(22)),
  together: p('tgp', '_v1_', f.urlsafe(43)),
  togetherLegacy: f.hex(64),
  cohere: f.alnum(40),
  mistral: f.alnum(32),
  wandb: f.hex(40),
  deepseek: p('sk-', f.hex(32)),
  google: p('AI', 'za', 'Sy', f.urlsafe(33)),
  azureStorage: p(f.b64(86), '=='),
  azureSas: p(f.alnum(30), '%2B', f.alnum(12), '%3D'),
  azureClientSecret: p(f.alnum(3), '8', 'Q~', f.urlsafe(31)),
  awsKeyId: p('AK', 'IA', f.upperDigits(16)),
  awsSecret: p(f.alnum(18), '/', f.alnum(10), '+', f.alnum(10)),
  digitalocean: p('dop', '_v1_', f.hex(64)),
  pypi: p('pypi', '-AgEIcHlwaS5vcmc', f.urlsafe(120)),
  npmToken: p('npm', '_', f.alnum(36)),
  npmLegacy: [f.hex(8), f.hex(4), '4' + f.hex(3), 'b' + f.hex(3), f.hex(12)].join('-'),
  twilioSid: p('S', 'K', f.hex(32)),
  twilioAuth: f.hex(32),
  sendgrid: p('S', 'G.', f.urlsafe(22), '.', f.urlsafe(43)),
  slackBot: p('xo', 'xb-', f.from(DIGITS, 12), '-', f.from(DIGITS, 13), '-', f.alnum(24)),
  slackRefresh: p('xo', 'xe-1-', f.alnum(140)),
  slackWebhook: p(
    'https://hooks.',
    'slack.com/services/',
    'T',
    f.upperDigits(8, DIGITS),
    '/B',
    f.upperDigits(10, DIGITS),
    '/',
    f.alnum(24),
  ),
  slackWorkflow: p(
    'https://hooks.',
    'slack.com/workflows/',
    'T',
    f.upperDigits(9, DIGITS),
    '/A',
    f.upperDigits(10, DIGITS),
    '/',
    f.from(DIGITS, 18),
    '/',
    f.alnum(32),
  ),
  stripe: p('sk', '_live_', f.alnum(99)),
  shopify: p('shp', 'at_', f.hex(32)),
  databricks: p('dap', 'i', f.hex(32)),
  github: p('gh', 'p_', f.alnum(36)),
  gitlab: p('gl', 'pat-', f.urlsafe(20)),
  vault: p('hv', 's.', f.urlsafe(95)),
  docker: p('dckr', '_pat_', f.urlsafe(27)),
  dbPassword: p('Zq', f.alnum(14)),
};

/** A PEM block with a body of `n` base64 characters wrapped at 64. */
export function fakePem(label: string, n: number): string {
  // DER: a SEQUENCE with a two-byte length (`MII…`) for long bodies, a short one (`MC…`) otherwise.
  const body = (n > 100 ? 'MIIE' : 'MC4C') + f.b64(n - 4);
  const lines = body.match(/.{1,64}/g) ?? [];
  return [`-----BEGIN ${label}-----`, ...lines, `-----END ${label}-----`].join('\n');
}

/** Real key material from real tools (ssh-keygen, openssl), generated into a temp dir. */
export function realKey(
  kind: 'ed25519-pkcs8' | 'rsa-pkcs8' | 'openssh-ed25519' | 'ec-sec1',
): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'pg-key-'));
  try {
    const file = path.join(dir, 'key');
    if (kind === 'openssh-ed25519') {
      execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', 'test', '-f', file]);
    } else if (kind === 'ed25519-pkcs8') {
      execFileSync('openssl', ['genpkey', '-algorithm', 'ed25519', '-out', file]);
    } else if (kind === 'rsa-pkcs8') {
      execFileSync('openssl', [
        'genpkey',
        '-algorithm',
        'RSA',
        '-pkeyopt',
        'rsa_keygen_bits:1024',
        '-out',
        file,
      ]);
    } else {
      execFileSync('openssl', [
        'ecparam',
        '-name',
        'prime256v1',
        '-genkey',
        '-noout',
        '-out',
        file,
      ]);
    }
    return readFileSync(file, 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
