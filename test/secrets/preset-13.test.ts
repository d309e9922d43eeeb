/**
 * The rules secretlint's recommended preset gained in 13.1 (Cloudflare, Stripe, Tailscale) fire
 * through pipeguard: in a tree scan, under pipeguard rule ids, masked, one finding per key (the
 * preset's Stripe rule and pipeguard's own report one rule), and in the built CLI bundle on
 * Node 20 (pre-commit users) as on Node 24.
 */
import { crc32 } from 'node:zlib';
import { creator as recommendedPreset } from '@secretlint/secretlint-rule-preset-recommend';
import { afterAll, describe, expect, it } from 'vitest';
import { ruleFor } from '../../src/checks/secrets/catalog.js';
import { secretsCheck } from '../../src/checks/secrets/index.js';
import { node20Binary, runCli } from '../helpers/run.js';
import { Fake } from './fake-keys.js';
import { cleanupTemps, makeCtx, makeRepo } from './helpers.js';

afterAll(cleanupTemps);

const f = new Fake(1301);
const p = (...parts: string[]): string => parts.join('');
/** Cloudflare's prefixed format: 40 alphanumerics, then the CRC32 of the body as 8 hex digits. */
const cloudflare = (prefix: string): string => {
  const body = f.alnum(40);
  return p(prefix, '_', body, (crc32(body) >>> 0).toString(16).padStart(8, '0'));
};
const tailscale = (type: string): string =>
  p('tskey', '-', type, '-', 'k', f.alnum(11), 'CNTRL', '-', f.alnum(33));

const KEYS = {
  cfUser: cloudflare('cfut'),
  cfAccount: cloudflare('cfat'),
  cfGlobal: cloudflare('cfk'),
  stripeTest: p('sk', '_test_', '51', f.alnum(97)),
  stripeRestricted: p('rk', '_live_', '51', f.alnum(60)),
  tsAuth: tailscale('auth'),
  tsApi: tailscale('api'),
  tsClient: tailscale('client'),
};

const FILES: Record<string, string> = {
  'deploy/.env': `CLOUDFLARE_API_TOKEN=${KEYS.cfUser}\nCF_ACCOUNT_TOKEN=${KEYS.cfAccount}\n`,
  'deploy/wrangler.toml': `[vars]\nCF_API_KEY = "${KEYS.cfGlobal}"\n`,
  'billing/settings.py': `STRIPE_KEY = "${KEYS.stripeTest}"\nSTRIPE_RESTRICTED = '${KEYS.stripeRestricted}'\n`,
  'infra/tailscale.yaml': `authKey: ${KEYS.tsAuth}\napiKey: ${KEYS.tsApi}\nclient_secret: ${KEYS.tsClient}\n`,
};

const EXPECTED = [
  'billing/settings.py:1 stripe-secret-key',
  'billing/settings.py:2 stripe-secret-key',
  'deploy/.env:1 cloudflare-api-token',
  'deploy/.env:2 cloudflare-api-token',
  'deploy/wrangler.toml:2 cloudflare-global-api-key',
  'infra/tailscale.yaml:1 tailscale-key',
  'infra/tailscale.yaml:2 tailscale-key',
  'infra/tailscale.yaml:3 tailscale-key',
];

describe('secretlint preset 13.1 rules', () => {
  it('bundles the newest preset: the Cloudflare, Stripe and Tailscale rules are in it', () => {
    const ids = recommendedPreset.rules.map((r) => r.meta.id);
    for (const rule of ['cloudflare', 'stripe', 'tailscale'])
      expect(ids).toContain(`@secretlint/secretlint-rule-${rule}`);
  });

  it('names every message of the new rules (no fallback ids)', () => {
    for (const rule of recommendedPreset.rules.filter((r) =>
      /-(?:cloudflare|stripe|tailscale)$/.test(r.meta.id),
    )) {
      for (const messageId of Object.keys(rule.messages)) {
        const entry = ruleFor(rule.meta.id, messageId);
        // The fallback for an unknown message is titled `<rule>: <messageId>`.
        expect(entry.title, `${rule.meta.id}#${messageId}`).not.toContain(messageId);
      }
    }
  });

  it('fire in a tree scan, one masked finding per key', async () => {
    const repo = makeRepo();
    for (const [file, text] of Object.entries(FILES)) repo.write(file, text);
    const ctx = makeCtx(repo.root);
    const [result] = await secretsCheck.commands[0]!.run(ctx, { positionals: [], values: {} });
    const findings = result!.findings;
    expect(findings.map((x) => `${x.file}:${x.line} ${x.rule}`).sort()).toEqual(EXPECTED);
    const json = JSON.stringify(result);
    for (const key of Object.values(KEYS)) expect(json).not.toContain(key.slice(8));
    expect(ctx.registered).toEqual(expect.arrayContaining(Object.values(KEYS)));
    expect(findings.find((x) => x.rule === 'cloudflare-global-api-key')!.severity).toBe('critical');
  });

  it('leave look-alikes alone: wrong length, placeholders, wrong alphabet', async () => {
    const repo = makeRepo();
    repo.write(
      'docs/keys.md',
      [
        // One character short of Cloudflare's 40 + 8.
        `token: ${cloudflare('cfut').slice(0, -1)}`,
        // Checksum in upper case (Cloudflare writes lower-case hex).
        `token: ${p('cfat', '_', f.alnum(40), 'ABCDEF12')}`,
        `auth: ${p('tskey', '-auth-', 'x'.repeat(12), '-', 'x'.repeat(32))}`,
        `stripe: ${p('sk', '_test_', 'short1234')}`,
        `stripe: ${p('sk', '_live_', 'X'.repeat(28))}`,
      ].join('\n'),
    );
    const [result] = await secretsCheck.commands[0]!.run(makeCtx(repo.root), {
      positionals: [],
      values: {},
    });
    expect(result!.findings.map((x) => `${x.line} ${x.rule}`)).toEqual([]);
  });
});

describe.each([
  ['node 24', process.execPath],
  ['node 20', node20Binary()],
])('CLI bundle on %s', (_label, node) => {
  it.runIf(node)('finds the 13.1 preset families with secrets --tree', () => {
    const repo = makeRepo();
    for (const [file, text] of Object.entries(FILES)) repo.write(file, text);
    const run = runCli(['secrets', '--tree', '--format', 'json'], { cwd: repo.root, node });
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.code, run.stderr).toBe(1);
    const report = JSON.parse(run.stdout) as {
      findings: Array<{ file: string; line: number; rule: string }>;
    };
    expect(report.findings.map((x) => `${x.file}:${x.line} ${x.rule}`).sort()).toEqual(EXPECTED);
    for (const key of Object.values(KEYS)) expect(run.stdout + run.stderr).not.toContain(key);
  });
});
