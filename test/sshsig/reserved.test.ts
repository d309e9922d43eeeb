/**
 * SSHSIG's reserved field, checked against real `ssh-keygen -Y verify`: OpenSSH signs and verifies
 * over an EMPTY reserved string whatever the blob holds. pipeguard verifies over the same bytes and
 * refuses a non-empty field outright, so nothing it accepts is refused by ssh-keygen.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, readFileSync } from 'node:fs';
import { createHash, createPrivateKey, sign as cryptoSign, type KeyObject } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  armor,
  parseSshsig,
  splitArmoredBlocks,
  verifySshsig,
} from '../../src/sshsig/signature.js';
import { SshFormatError, WireReader, sshString } from '../../src/sshsig/wire.js';
import { generateKey, sshSign, sshVerify, tempDir, type TestKey } from './ssh.js';

const NS = 'pipeguard-exception';
const PRINCIPAL = 'signer@test';
const message = Buffer.from('id: EXC-1\nmodel: demo\n');
let tmp: ReturnType<typeof tempDir>;
let ecdsa: TestKey;
let ecdsaPrivate: KeyObject;
const realBlobs: Array<{ key: TestKey; blob: Buffer }> = [];

beforeAll(() => {
  tmp = tempDir();
  ecdsa = generateKey(tmp.dir, 'ecdsa-256', 'ecdsa');
  // A PEM copy of the same ssh-keygen key, so node:crypto can sign with it too.
  const pem = `${ecdsa.file}.pem`;
  copyFileSync(ecdsa.file, pem);
  execFileSync('ssh-keygen', ['-q', '-p', '-P', '', '-N', '', '-m', 'PEM', '-f', pem]);
  ecdsaPrivate = createPrivateKey(readFileSync(pem));
  for (const key of [ecdsa, generateKey(tmp.dir, 'ed25519'), generateKey(tmp.dir, 'rsa')]) {
    realBlobs.push({ key, blob: splitArmoredBlocks(sshSign(key, message, NS))[0]!.blob! });
  }
});
afterAll(() => tmp.cleanup());

interface SshsigFields {
  version: number;
  key: Buffer;
  namespace: Buffer;
  reserved: Buffer;
  hash: Buffer;
  signature: Buffer;
}

function fieldsOf(blob: Buffer): SshsigFields {
  const reader = new WireReader(blob);
  reader.raw(6, 'magic');
  return {
    version: reader.uint32('version'),
    key: reader.string('key'),
    namespace: reader.string('namespace'),
    reserved: reader.string('reserved'),
    hash: reader.string('hash'),
    signature: reader.string('signature'),
  };
}

function blobOf(f: SshsigFields): Buffer {
  const version = Buffer.alloc(4);
  version.writeUInt32BE(f.version);
  return Buffer.concat([
    Buffer.from('SSHSIG'),
    version,
    sshString(f.key),
    sshString(f.namespace),
    sshString(f.reserved),
    sshString(f.hash),
    sshString(f.signature),
  ]);
}

/** What ssh-keygen -Y verify says about a blob, with the key listed for PRINCIPAL. */
function sshKeygenAccepts(key: TestKey, blob: Buffer): boolean {
  return sshVerify({
    dir: tmp.dir,
    allowedSigners: `${PRINCIPAL} ${key.publicText}\n`,
    principal: PRINCIPAL,
    namespace: NS,
    signature: armor(blob),
    message,
  }).ok;
}

/** pipeguard's verdict: undefined when the blob verifies, else why not. */
function pipeguardRefusal(blob: Buffer): string | undefined {
  try {
    return verifySshsig(parseSshsig(blob), message, NS);
  } catch (error) {
    if (error instanceof SshFormatError) return error.message;
    throw error;
  }
}

/** The bytes SSHSIG signs, with `reserved` in place of OpenSSH's empty string. */
function dataToSign(f: SshsigFields, reserved: Buffer): Buffer {
  return Buffer.concat([
    Buffer.from('SSHSIG'),
    sshString(f.namespace),
    sshString(reserved),
    sshString(f.hash),
    sshString(createHash(f.hash.toString()).update(message).digest()),
  ]);
}

/** ECDSA P-256 signature by the ssh-keygen key over `data`, in SSH wire form. */
function ecdsaSignature(data: Buffer): Buffer {
  const p1363 = cryptoSign('sha256', data, { key: ecdsaPrivate, dsaEncoding: 'ieee-p1363' });
  const mpint = (bytes: Buffer) => {
    let start = 0;
    while (start < bytes.length - 1 && bytes[start] === 0) start++;
    const trimmed = bytes.subarray(start);
    return sshString(trimmed[0]! & 0x80 ? Buffer.concat([Buffer.from([0]), trimmed]) : trimmed);
  };
  return Buffer.concat([
    sshString('ecdsa-sha2-nistp256'),
    sshString(Buffer.concat([mpint(p1363.subarray(0, 32)), mpint(p1363.subarray(32))])),
  ]);
}

describe('SSHSIG reserved field, as ssh-keygen -Y verify sees it', () => {
  it('a signature made over a non-empty reserved field: ssh-keygen refuses it, so does pipeguard', () => {
    const real = fieldsOf(realBlobs[0]!.blob);
    const reserved = Buffer.from('x');
    // Signed over the blob's own reserved field, as the old verifier checked it.
    const crafted = blobOf({
      ...real,
      reserved,
      signature: ecdsaSignature(dataToSign(real, reserved)),
    });
    expect(sshKeygenAccepts(ecdsa, crafted)).toBe(false);
    expect(pipeguardRefusal(crafted)).toBe(
      'reserved field is not empty (ssh-keygen writes it empty)',
    );
    // The same key and method over OpenSSH's signed data (empty reserved) is accepted by both:
    // the crafted signature is refused for its reserved field, not for how it was made.
    const honest = blobOf({
      ...real,
      signature: ecdsaSignature(dataToSign(real, Buffer.alloc(0))),
    });
    expect(sshKeygenAccepts(ecdsa, honest)).toBe(true);
    expect(pipeguardRefusal(honest)).toBeUndefined();
  });

  it('a real signature with bytes added to its reserved field is refused (ssh-keygen ignores them)', () => {
    const { key, blob } = realBlobs[0]!;
    const padded = blobOf({ ...fieldsOf(blob), reserved: Buffer.from('anything') });
    // OpenSSH reads the field and discards it; pipeguard is deliberately stricter here.
    expect(sshKeygenAccepts(key, padded)).toBe(true);
    expect(pipeguardRefusal(padded)).toMatch(/reserved field is not empty/);
  });

  it('never accepts a mutated blob that ssh-keygen refuses; differs only where deliberately stricter', () => {
    // Refusals where pipeguard is stricter than OpenSSH on purpose (fail closed).
    const STRICTER = [/reserved field is not empty/, /SSHSIG version \d+ is not supported/];
    const mutation = fc.oneof(
      fc.constant({ kind: 'none' as const }),
      fc.record({
        kind: fc.constant('flip' as const),
        at: fc.nat(),
        xor: fc.integer({ min: 1, max: 255 }),
      }),
      fc.record({
        kind: fc.constant('reserved' as const),
        bytes: fc.uint8Array({ minLength: 1, maxLength: 8 }),
      }),
      fc.record({ kind: fc.constant('version' as const), version: fc.integer({ min: 0, max: 3 }) }),
      fc.record({ kind: fc.constant('truncate' as const), cut: fc.integer({ min: 1, max: 40 }) }),
      fc.record({ kind: fc.constant('hash' as const) }),
      fc.record({
        kind: fc.constant('resigned' as const),
        bytes: fc.uint8Array({ minLength: 1, maxLength: 8 }),
      }),
    );
    let agreedAccept = 0;
    fc.assert(
      fc.property(fc.nat(), mutation, (which, m) => {
        // A re-signed blob needs the private key node:crypto holds: the ECDSA one.
        const { key, blob } = realBlobs[m.kind === 'resigned' ? 0 : which % realBlobs.length]!;
        const f = fieldsOf(blob);
        let mutated: Buffer;
        if (m.kind === 'none') mutated = blob;
        else if (m.kind === 'flip') {
          mutated = Buffer.from(blob);
          mutated[m.at % blob.length] = mutated[m.at % blob.length]! ^ m.xor;
        } else if (m.kind === 'reserved')
          mutated = blobOf({ ...f, reserved: Buffer.from(m.bytes) });
        else if (m.kind === 'version') mutated = blobOf({ ...f, version: m.version });
        else if (m.kind === 'resigned') {
          const reserved = Buffer.from(m.bytes);
          mutated = blobOf({ ...f, reserved, signature: ecdsaSignature(dataToSign(f, reserved)) });
        } else if (m.kind === 'truncate') mutated = blob.subarray(0, blob.length - m.cut);
        else {
          const other = f.hash.toString() === 'sha512' ? 'sha256' : 'sha512';
          mutated = blobOf({ ...f, hash: Buffer.from(other) });
        }
        const refusal = pipeguardRefusal(mutated);
        const reference = sshKeygenAccepts(key, mutated);
        if (refusal === undefined) {
          expect(reference, `pipeguard accepted a ${m.kind} mutation ssh-keygen refuses`).toBe(
            true,
          );
          agreedAccept++;
        } else if (reference) {
          expect(
            STRICTER.some((reason) => reason.test(refusal)),
            refusal,
          ).toBe(true);
        }
      }),
      { numRuns: 30, seed: 13 },
    );
    expect(agreedAccept).toBeGreaterThan(0);
  });
});
