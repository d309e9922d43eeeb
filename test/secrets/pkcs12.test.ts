/**
 * PKCS#12 key stores (`.p12` / `.pfx`, gitleaks' `pkcs12-file`): real key stores written by
 * `openssl pkcs12 -export` (RSA and EC keys, AES and legacy 3DES/RC2 encryption, with and without
 * a MAC) are findings whose secret is the file's SHA-256; files that only carry the name (a Git
 * LFS pointer, an empty placeholder, a certificate, a Java key store, noise) are not. A GCP
 * service-account `.p12` stays the preset rule's single finding.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { detectSecrets } from '../../src/checks/secrets/engine.js';
import { secretsCheck } from '../../src/checks/secrets/index.js';
import { isPkcs12 } from '../../src/checks/secrets/rules/pkcs12.js';
import { rng } from './fake-keys.js';
import { cleanupTemps, makeCtx, makeRepo, tempDir } from './helpers.js';

afterAll(cleanupTemps);

let dir: string;
const stores = new Map<string, Buffer>();

function openssl(...args: string[]): void {
  execFileSync('openssl', args, { stdio: 'ignore' });
}

/** Key stores as `openssl pkcs12 -export` writes them (each with a fresh key). */
beforeAll(() => {
  dir = tempDir('pg-pkcs12-');
  const at = (name: string): string => path.join(dir, name);
  openssl(
    'genpkey',
    '-algorithm',
    'RSA',
    '-pkeyopt',
    'rsa_keygen_bits:1024',
    '-out',
    at('rsa.key'),
  );
  openssl(
    'genpkey',
    '-algorithm',
    'EC',
    '-pkeyopt',
    'ec_paramgen_curve:P-256',
    '-out',
    at('ec.key'),
  );
  for (const key of ['rsa', 'ec'])
    openssl(
      'req',
      '-x509',
      '-key',
      at(`${key}.key`),
      '-subj',
      '/CN=svc',
      '-days',
      '1',
      '-out',
      at(`${key}.crt`),
    );
  const variants: Record<string, string[]> = {
    'rsa-aes': ['-inkey', at('rsa.key'), '-in', at('rsa.crt'), '-passout', 'pass:s3cret-pw'],
    'ec-aes': ['-inkey', at('ec.key'), '-in', at('ec.crt'), '-passout', 'pass:another-pw'],
    'rsa-legacy': ['-legacy', '-inkey', at('rsa.key'), '-in', at('rsa.crt'), '-passout', 'pass:x'],
    'rsa-nomac': ['-nomac', '-inkey', at('rsa.key'), '-in', at('rsa.crt'), '-passout', 'pass:y'],
    'ec-sha1-mac': [
      '-macalg',
      'sha1',
      '-inkey',
      at('ec.key'),
      '-in',
      at('ec.crt'),
      '-passout',
      'pass:',
    ],
    'gcp-style': ['-inkey', at('rsa.key'), '-in', at('rsa.crt'), '-passout', 'pass:notasecret'],
  };
  for (const [name, args] of Object.entries(variants)) {
    openssl('pkcs12', '-export', ...args, '-out', at(`${name}.p12`));
    stores.set(name, readFileSync(at(`${name}.p12`)));
  }
  openssl('x509', '-in', at('rsa.crt'), '-outform', 'DER', '-out', at('rsa.der'));
});

const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

/** Scan one file through the engine the way a tree scan does (a binary key file read by path). */
async function rulesOn(name: string, bytes: Buffer): Promise<Array<[string, string]>> {
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  const binary = name.toLowerCase().endsWith('.p12');
  const hits = await detectSecrets(
    binary
      ? { path: `certs/${name}`, text: '', physicalPath: file }
      : { path: `certs/${name}`, text: bytes.toString('latin1') },
  );
  return hits.map((h) => [h.rule, h.secret]);
}

describe('PKCS#12 key stores are findings', () => {
  for (const name of ['rsa-aes', 'ec-aes', 'rsa-legacy', 'rsa-nomac', 'ec-sha1-mac']) {
    it(`${name}.p12 (read from disk)`, async () => {
      const bytes = stores.get(name)!;
      expect(await rulesOn(`${name}.p12`, bytes)).toEqual([['pkcs12-file', sha256(bytes)]]);
    });
    it(`${name}.pfx (the same bytes under the Windows name, read as text)`, async () => {
      const bytes = stores.get(name)!;
      expect(await rulesOn(`${name}.PFX`, bytes)).toEqual([['pkcs12-file', sha256(bytes)]]);
    });
  }

  it('a GCP service-account .p12 (password notasecret) is one finding: the preset’s', async () => {
    const bytes = stores.get('gcp-style')!;
    expect(await rulesOn('sa.p12', bytes)).toEqual([['gcp-service-account-p12', sha256(bytes)]]);
  });

  it('BER indefinite lengths (as some Windows and Java tools write) are PKCS#12 too', () => {
    const oidData = [0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07, 0x01];
    expect(isPkcs12(Buffer.from([0x30, 0x80, 0x02, 0x01, 0x03, 0x30, 0x80, ...oidData]))).toBe(
      true,
    );
    expect(
      isPkcs12(
        Buffer.from([0x30, 0x82, 0x0a, 0x00, 0x02, 0x01, 0x03, 0x30, 0x82, 0x09, 0xc0, ...oidData]),
      ),
    ).toBe(true);
  });

  it('in a repository scan: a finding for the file, binary, masked', async () => {
    const repo = makeRepo();
    repo.write('deploy/client.p12', stores.get('rsa-aes')!);
    repo.write('deploy/sa.p12', stores.get('gcp-style')!);
    const [result] = await secretsCheck.commands[0]!.run(makeCtx(repo.root), {
      positionals: [],
      values: {},
    });
    expect(result!.findings.map((f) => `${f.rule}@${f.file}`).sort()).toEqual([
      'gcp-service-account-p12@deploy/sa.p12',
      'pkcs12-file@deploy/client.p12',
    ]);
    const finding = result!.findings.find((f) => f.rule === 'pkcs12-file')!;
    expect(finding.severity).toBe('high');
    expect(finding.message).toContain('binary key file');
    expect(JSON.stringify(result)).not.toContain(sha256(stores.get('rsa-aes')!));
  });
});

describe('files that only carry the name are not', () => {
  const next = rng(15_4);
  const noise = (n: number): Buffer =>
    Buffer.from(Array.from({ length: n }, () => Math.floor(next() * 256)));

  const lookAlikes: Array<[string, () => Buffer]> = [
    [
      'lfs.p12',
      () =>
        Buffer.from(
          `version https://git-lfs.github.com/spec/v1\noid sha256:${'5e'.repeat(32)}\nsize 2461\n`,
        ),
    ],
    ['empty.pfx', () => Buffer.alloc(0)],
    ['cert.p12', () => readFileSync(path.join(dir, 'rsa.der'))],
    ['keystore.p12', () => Buffer.concat([Buffer.from([0xfe, 0xed, 0xfe, 0xed]), noise(400)])],
    ['noise.pfx', () => noise(1200)],
    [
      'README.p12',
      () => Buffer.from('Put the client certificate (client.p12) here; never commit it.\n'),
    ],
    // Version 2, and a truncated header.
    ['v2.p12', () => Buffer.from([0x30, 0x82, 0x01, 0x00, 0x02, 0x01, 0x02, 0x30, 0x0b])],
    ['cut.pfx', () => stores.get('rsa-aes')!.subarray(0, 6)],
  ];
  for (const [name, bytes] of lookAlikes) {
    it(name, async () => {
      expect(await rulesOn(name, bytes())).toEqual([]);
    });
  }

  it('a real key store under another name is not this rule’s', async () => {
    expect(await rulesOn('client.bin', stores.get('rsa-aes')!)).toEqual([]);
  });

  it('isPkcs12 never throws, and a key store’s prefixes are refused until the ContentInfo type', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 80 }), (bytes) => {
        expect(typeof isPkcs12(bytes)).toBe('boolean');
      }),
      { numRuns: 500 },
    );
    const store = stores.get('ec-aes')!;
    const accepted = Array.from({ length: 40 }, (_, n) => isPkcs12(store.subarray(0, n)));
    const first = accepted.indexOf(true);
    expect(first).toBeGreaterThan(10);
    expect(accepted.slice(first).every(Boolean)).toBe(true);
  });
});
