import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  decodeBase64,
  envelopeFrom,
  pae,
  signEnvelope,
  verifyEnvelope,
} from '../../src/checks/provenance/dsse.js';
import { loadSigningKey, loadVerificationKey } from '../../src/checks/provenance/keys.js';
import { InputError } from '../../src/util/errors.js';
import { tempDir, type TempRepo } from '../helpers/repo.js';
import { RUN, runProvenance, runRepo } from './helpers.js';

const keys = tempDir('pipeguard-keys-');
afterAll(() => keys.cleanup());
const k = (name: string): string => path.join(keys.dir, name);

/** Real keys from ssh-keygen and openssl: file name → public key file. */
const KEYS: Record<string, { private: string; public: string }> = {};

beforeAll(() => {
  const ssh = (name: string, ...args: string[]): void => {
    execFileSync('ssh-keygen', ['-q', '-N', '', '-C', name, '-f', k(name), ...args]);
    KEYS[name] = { private: k(name), public: k(`${name}.pub`) };
  };
  ssh('ssh-ed25519', '-t', 'ed25519');
  ssh('ssh-p256', '-t', 'ecdsa', '-b', '256');
  ssh('ssh-p384', '-t', 'ecdsa', '-b', '384');
  ssh('ssh-p521', '-t', 'ecdsa', '-b', '521');
  ssh('ssh-rsa', '-t', 'rsa', '-b', '3072');
  const pem = (name: string, ...args: string[]): void => {
    execFileSync('openssl', ['genpkey', ...args, '-out', k(name)]);
    execFileSync('openssl', [
      'pkey',
      '-in',
      k(name),
      '-passin',
      'pass:correct horse',
      '-pubout',
      '-out',
      k(`${name}.pub.pem`),
    ]);
    KEYS[name] = { private: k(name), public: k(`${name}.pub.pem`) };
  };
  pem('pem-ed25519', '-algorithm', 'ed25519');
  pem('pem-p256', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256');
  pem('pem-rsa', '-algorithm', 'RSA', '-pkeyopt', 'rsa_keygen_bits:2048');
  pem('pem-encrypted', '-algorithm', 'ed25519', '-aes-256-cbc', '-pass', 'pass:correct horse');
});

let repo: TempRepo | undefined;
afterEach(() => repo?.cleanup());

describe('DSSE', () => {
  it('encodes PAE as the spec test vector', () => {
    expect(pae('http://example.com/HelloWorld', Buffer.from('hello world')).toString()).toBe(
      'DSSEv1 29 http://example.com/HelloWorld 11 hello world',
    );
  });

  it.each([
    'ssh-ed25519',
    'ssh-p256',
    'ssh-p384',
    'ssh-p521',
    'ssh-rsa',
    'pem-ed25519',
    'pem-p256',
    'pem-rsa',
  ])('signs with a %s key and verifies with its public key; a changed payload fails', (name) => {
    const signer = loadSigningKey(readFileSync(KEYS[name]!.private, 'utf8'), name);
    const verifier = loadVerificationKey(readFileSync(KEYS[name]!.public, 'utf8'), `${name}.pub`);
    expect(verifier.keyid).toBe(signer.keyid);
    const envelope = signEnvelope(Buffer.from('{"a":1}'), 'application/vnd.in-toto+json', [signer]);
    expect(verifyEnvelope(envelope, [verifier]).verdicts[0]!.signatureIndex).toBe(0);
    const tampered = { ...envelope, payload: Buffer.from('{"a":2}').toString('base64') };
    expect(verifyEnvelope(tampered, [verifier]).verdicts[0]!.signatureIndex).toBeUndefined();
    const retyped = { ...envelope, payloadType: 'application/json' };
    expect(verifyEnvelope(retyped, [verifier]).verdicts[0]!.signatureIndex).toBeUndefined();
  });

  it('produces signatures openssl verifies over the PAE bytes', () => {
    const signer = loadSigningKey(readFileSync(KEYS['pem-p256']!.private, 'utf8'), 'p256');
    const envelope = signEnvelope(Buffer.from('payload'), 'application/vnd.in-toto+json', [signer]);
    writeFileSync(k('pae.bin'), pae(envelope.payloadType, Buffer.from('payload')));
    writeFileSync(k('sig.der'), Buffer.from(envelope.signatures[0]!.sig, 'base64'));
    const out = execFileSync(
      'openssl',
      [
        'dgst',
        '-sha256',
        '-verify',
        KEYS['pem-p256']!.public,
        '-signature',
        k('sig.der'),
        k('pae.bin'),
      ],
      { encoding: 'utf8' },
    );
    expect(out.trim()).toBe('Verified OK');
  });

  it('verifies an ssh-keygen ECDSA key through its PKCS#8 export (same key, other format)', () => {
    const pkcs8 = execFileSync(
      'ssh-keygen',
      ['-e', '-m', 'PKCS8', '-f', KEYS['ssh-p384']!.public],
      { encoding: 'utf8' },
    );
    const signer = loadSigningKey(readFileSync(KEYS['ssh-p384']!.private, 'utf8'), 'p384');
    const envelope = signEnvelope(Buffer.from('x'), 't', [signer]);
    expect(
      verifyEnvelope(envelope, [loadVerificationKey(pkcs8, 'pkcs8')]).verdicts[0]!.signatureIndex,
    ).toBe(0);
  });

  it('refuses what it cannot use safely, in one line', () => {
    expect(() =>
      loadSigningKey(readFileSync(KEYS['pem-encrypted']!.private, 'utf8'), 'enc.pem'),
    ).toThrow(/encrypted.*--key-passphrase-env/);
    expect(
      loadSigningKey(
        readFileSync(KEYS['pem-encrypted']!.private, 'utf8'),
        'enc.pem',
        'correct horse',
      ).keyid,
    ).toMatch(/^sha256:/);
    execFileSync('ssh-keygen', ['-q', '-N', 'secret', '-t', 'ed25519', '-f', k('ssh-encrypted')]);
    expect(() => loadSigningKey(readFileSync(k('ssh-encrypted'), 'utf8'), 'enc')).toThrow(
      /passphrase-protected/,
    );
    expect(() =>
      loadVerificationKey(readFileSync(KEYS['ssh-ed25519']!.private, 'utf8'), 'id'),
    ).toThrow(/private key/);
    execFileSync('openssl', [
      'genpkey',
      '-algorithm',
      'RSA',
      '-pkeyopt',
      'rsa_keygen_bits:1024',
      '-out',
      k('weak.pem'),
    ]);
    expect(() => loadSigningKey(readFileSync(k('weak.pem'), 'utf8'), 'weak.pem')).toThrow(
      /shorter than 2048/,
    );
  });

  it('refuses an OpenSSH private key file whose stated public key is another key', () => {
    const bodyOf = (file: string): Buffer =>
      Buffer.from(readFileSync(file, 'utf8').split('\n').slice(1, -2).join(''), 'base64');
    const blobOf = (file: string): Buffer =>
      Buffer.from(readFileSync(file, 'utf8').split(' ')[1]!, 'base64');
    execFileSync('ssh-keygen', ['-q', '-N', '', '-t', 'ed25519', '-f', k('ssh-other')]);
    const own = blobOf(KEYS['ssh-ed25519']!.public);
    const body = bodyOf(KEYS['ssh-ed25519']!.private);
    // The first copy of the public key is the file's own statement; the second is in the private part.
    const at = body.indexOf(own);
    expect(at).toBeGreaterThan(0);
    const swapped = Buffer.concat([
      body.subarray(0, at),
      blobOf(`${k('ssh-other')}.pub`),
      body.subarray(at + own.length),
    ]);
    const text = `-----BEGIN OPENSSH PRIVATE KEY-----\n${swapped.toString('base64')}\n-----END OPENSSH PRIVATE KEY-----\n`;
    expect(() => loadSigningKey(text, 'swapped')).toThrow(
      /does not match the public key in the file/,
    );
  });

  it('never crashes on garbage keys: InputError or a key (property)', () => {
    const armor = (b: Uint8Array): string =>
      `-----BEGIN OPENSSH PRIVATE KEY-----\n${Buffer.from(b).toString('base64')}\n-----END OPENSSH PRIVATE KEY-----\n`;
    const realBlob = Buffer.from(
      readFileSync(KEYS['ssh-ed25519']!.private, 'utf8').split('\n').slice(1, -2).join(''),
      'base64',
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 400 }).map(armor),
          // Real key bytes with one byte flipped or cut short: the paths a corrupt file takes.
          fc
            .tuple(fc.nat(realBlob.length - 1), fc.integer({ min: 1, max: 255 }), fc.boolean())
            .map(([i, x, cut]) => {
              const copy = Buffer.from(realBlob);
              copy[i] = copy[i]! ^ x;
              return armor(cut ? copy.subarray(0, i) : copy);
            }),
        ),
        (text) => {
          try {
            loadSigningKey(text, 'k');
          } catch (error) {
            expect(error).toBeInstanceOf(InputError);
          }
        },
      ),
      { numRuns: 400 },
    );
    const realPublic = readFileSync(KEYS['ssh-p256']!.public, 'utf8').split(' ')[1]!;
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc
            .uint8Array({ maxLength: 200 })
            .map((b) => `ecdsa-sha2-nistp256 ${Buffer.from(b).toString('base64')}`),
          fc.nat(realPublic.length - 1).map((i) => `ecdsa-sha2-nistp256 ${realPublic.slice(0, i)}`),
        ),
        (text) => {
          try {
            loadVerificationKey(text, 'k.pub');
          } catch (error) {
            expect(error).toBeInstanceOf(InputError);
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it('parses only well-formed envelopes, and base64 strictly (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        try {
          envelopeFrom(value, 'e.json');
        } catch (error) {
          expect(error).toBeInstanceOf(InputError);
        }
      }),
    );
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        const b = Buffer.from(bytes);
        expect(decodeBase64(b.toString('base64'))?.equals(b)).toBe(true);
        expect(decodeBase64(b.toString('base64url'))?.equals(b)).toBe(true);
      }),
    );
    expect(decodeBase64('ab$d')).toBeUndefined();
  });
});

describe('signed provenance, end to end', () => {
  const envelopeFile = (): string => path.join(repo!.dir, RUN, 'provenance.intoto.dsse.json');

  it('stamps a signed envelope and verifies it with the public key', async () => {
    repo = runRepo();
    const stamped = await runProvenance(repo.dir, 'stamp', [RUN], {
      'sign-key': KEYS['ssh-ed25519']!.private,
    });
    expect(stamped.result.status, stamped.result.summary).toBe('pass');
    expect(stamped.result.outputs?.['envelope-file']).toBe(`${RUN}/provenance.intoto.dsse.json`);
    const envelope = JSON.parse(readFileSync(envelopeFile(), 'utf8'));
    expect(envelope.payloadType).toBe('application/vnd.in-toto+json');
    expect(Buffer.from(envelope.payload, 'base64').toString()).toBe(
      readFileSync(path.join(repo.dir, RUN, 'provenance.intoto.json'), 'utf8'),
    );
    // The private key's material is masked in the Action's log.
    const keyLines = readFileSync(KEYS['ssh-ed25519']!.private, 'utf8')
      .split('\n')
      .filter((l) => l && !l.startsWith('-----'));
    expect(stamped.secrets).toEqual(expect.arrayContaining(keyLines));

    const ok = await runProvenance(repo.dir, 'verify', [RUN], {
      'public-key': [KEYS['ssh-ed25519']!.public],
    });
    expect(ok.result.status, JSON.stringify(ok.result.findings)).toBe('pass');

    const wrongKey = await runProvenance(repo.dir, 'verify', [RUN], {
      'public-key': [KEYS['pem-ed25519']!.public],
    });
    expect(wrongKey.result.findings.map((f) => f.rule)).toEqual(['signature-invalid']);

    const noKey = await runProvenance(repo.dir, 'verify', [RUN]);
    expect(noKey.result.findings.map((f) => f.rule)).toEqual(['signature-unverified']);
  });

  it('requires every given key to have signed (security AND ml-owner)', async () => {
    repo = runRepo();
    const both = [KEYS['ssh-p256']!, KEYS['pem-rsa']!];
    await runProvenance(
      repo.dir,
      'stamp',
      [RUN],
      { 'sign-key': both[0]!.private },
      { PROVENANCE_KEY: readFileSync(both[1]!.private, 'utf8') },
    );
    let verify = await runProvenance(repo.dir, 'verify', [RUN], {
      'public-key': both.map((b) => b.public),
    });
    expect(verify.result.findings.map((f) => [f.rule, f.message.includes('pem-rsa')])).toEqual([
      ['signature-invalid', true],
    ]);
    const signed = await runProvenance(
      repo.dir,
      'stamp',
      [RUN],
      { 'sign-key': both[0]!.private, 'sign-key-env': 'PROVENANCE_KEY' },
      { PROVENANCE_KEY: readFileSync(both[1]!.private, 'utf8') },
    );
    expect(signed.result.summary).toContain('signed by 2 keys');
    verify = await runProvenance(repo.dir, 'verify', [RUN], {
      'public-key': both.map((b) => b.public),
    });
    expect(verify.result.status, JSON.stringify(verify.result.findings)).toBe('pass');
  });

  it('detects a tampered envelope payload, an edited plain statement, and a missing signature', async () => {
    repo = runRepo();
    await runProvenance(repo.dir, 'stamp', [RUN], { 'sign-key': KEYS['pem-p256']!.private });
    const key = { 'public-key': [KEYS['pem-p256']!.public] };

    // The plain statement edited: the signed payload still verifies and is what counts.
    const plain = path.join(repo.dir, RUN, 'provenance.intoto.json');
    const original = readFileSync(plain, 'utf8');
    writeFileSync(
      plain,
      original.replace(/"sha256": "[0-9a-f]{64}"/, `"sha256": "${'1'.repeat(64)}"`),
    );
    let verify = await runProvenance(repo.dir, 'verify', [RUN], key);
    expect(verify.result.findings.map((f) => [f.rule, f.file])).toEqual([
      ['statement-mismatch', `${RUN}/provenance.intoto.json`],
    ]);
    writeFileSync(plain, original);

    // The payload edited inside the envelope: the signature no longer verifies.
    const envelope = JSON.parse(readFileSync(envelopeFile(), 'utf8'));
    const payload = Buffer.from(envelope.payload, 'base64')
      .toString()
      .replace(/"sha256": "[0-9a-f]{64}"/, `"sha256": "${'1'.repeat(64)}"`);
    writeFileSync(
      envelopeFile(),
      JSON.stringify({ ...envelope, payload: Buffer.from(payload).toString('base64') }),
    );
    verify = await runProvenance(repo.dir, 'verify', [RUN], key);
    expect(verify.result.findings.map((f) => f.rule)).toEqual(
      expect.arrayContaining(['signature-invalid', 'statement-mismatch', 'subject-mismatch']),
    );

    // A truncated envelope: one line, exit 2.
    writeFileSync(envelopeFile(), '{"payloadType": "application/vnd.in-toto+json", "payl');
    verify = await runProvenance(repo.dir, 'verify', [RUN], key);
    expect(verify.result.status).toBe('error');
    expect(verify.result.summary).toMatch(
      new RegExp(`^${RUN}/provenance\\.intoto\\.dsse\\.json:1:\\d+: `),
    );

    // Re-stamped unsigned: the stale envelope is removed, and a required signature is missing.
    await runProvenance(repo.dir, 'stamp', [RUN]);
    verify = await runProvenance(repo.dir, 'verify', [RUN], key);
    expect(verify.result.findings.map((f) => f.rule)).toEqual(['unsigned']);
  });
});
