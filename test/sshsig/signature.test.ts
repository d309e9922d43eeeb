import { generateKeyPairSync, sign as cryptoSign, type KeyObject } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ArmorError,
  armor,
  parseSshsig,
  signedData,
  splitArmoredBlocks,
  verifyArmoredSignatures,
  verifySshsig,
} from '../../src/sshsig/signature.js';
import { parsePublicKeyText } from '../../src/sshsig/keys.js';
import { sshString } from '../../src/sshsig/wire.js';
import { KEY_SPECS, generateKey, sshSign, sshVerify, tempDir, type TestKey } from './ssh.js';

const NS = 'pipeguard-exception';
const message = Buffer.from('id: EXC-1\nmodel: demo\n');
let tmp: ReturnType<typeof tempDir>;
const keys = new Map<string, TestKey>();

beforeAll(() => {
  tmp = tempDir();
  for (const spec of KEY_SPECS) keys.set(spec, generateKey(tmp.dir, spec));
});
afterAll(() => tmp.cleanup());

function only(text: string) {
  const blocks = splitArmoredBlocks(text);
  expect(blocks).toHaveLength(1);
  return parseSshsig(blocks[0]!.blob!);
}

describe('SSHSIG from ssh-keygen -Y sign', () => {
  for (const spec of KEY_SPECS) {
    for (const hashalg of ['sha512', 'sha256'] as const) {
      it(`verifies a ${spec} signature (${hashalg}) and refuses tampering`, () => {
        const key = keys.get(spec)!;
        const sig = only(sshSign(key, message, NS, hashalg));
        expect(sig.hashAlgorithm).toBe(hashalg);
        expect(sig.namespace).toBe(NS);
        expect(sig.publicKey.fingerprint).toBe(key.fingerprint);
        expect(sig.publicKey.blob.equals(parsePublicKeyText(key.publicText).blob)).toBe(true);
        if (spec === 'rsa') expect(sig.signatureAlgorithm).toBe('rsa-sha2-512');
        expect(verifySshsig(sig, message, NS)).toBeUndefined();

        const changed = Buffer.from(message);
        changed[3] = changed[3]! ^ 1;
        expect(verifySshsig(sig, changed, NS)).toMatch(/does not match the file bytes/);
        expect(verifySshsig(sig, Buffer.concat([message, Buffer.from('\n')]), NS)).toMatch(
          /does not match/,
        );
      });
    }
  }

  it('pins the namespace: a git-commit or file signature never counts', () => {
    const key = keys.get('ed25519')!;
    for (const other of ['git', 'file', 'pipeguard-exceptions']) {
      const sig = only(sshSign(key, message, other));
      expect(verifySshsig(sig, message, NS)).toBe(`signed for namespace "${other}", not "${NS}"`);
    }
  });

  it('reads several blocks from one .sig file, each on its own line', () => {
    const a = sshSign(keys.get('ed25519')!, message);
    const b = sshSign(keys.get('ecdsa-384')!, message);
    const text = `${a}\n\n${b}`;
    const verdicts = verifyArmoredSignatures(text, message, NS);
    expect(verdicts.map((v) => [v.line, v.error])).toEqual([
      [1, undefined],
      [a.split('\n').length + 2, undefined],
    ]);
    expect(verdicts[1]!.signature!.publicKey.label).toBe('ECDSA');
  });

  it('refuses stray text and unterminated blocks with the line', () => {
    const a = sshSign(keys.get('ed25519')!, message);
    expect(() => splitArmoredBlocks(`${a}junk\n`)).toThrow(ArmorError);
    try {
      splitArmoredBlocks(`${a}junk\n`);
    } catch (error) {
      expect((error as ArmorError).line).toBe(a.split('\n').length);
    }
    expect(() => splitArmoredBlocks(a.replace('-----END SSH SIGNATURE-----', ''))).toThrow(
      /no END line/,
    );
  });

  it('counts blocks before decoding any: a 65th block is refused at its line', () => {
    const good = sshSign(keys.get('ed25519')!, message);
    const lines = good.split('\n').length - 1;
    expect(splitArmoredBlocks(good.repeat(64))).toHaveLength(64);
    for (const text of [good.repeat(65), good.repeat(100_000)]) {
      expect(() => verifyArmoredSignatures(text, message, NS)).toThrow(
        new ArmorError(
          'more than 64 signature blocks (one per signer is expected)',
          64 * lines + 1,
        ),
      );
    }
    // Not base64 at all: still refused by count, since nothing is decoded before counting.
    const junk = '-----BEGIN SSH SIGNATURE-----\n!!!!\n-----END SSH SIGNATURE-----\n';
    expect(() => splitArmoredBlocks(junk.repeat(65))).toThrow(/more than 64 signature blocks/);
  });

  it('reports a damaged block without hiding the good ones', () => {
    const good = sshSign(keys.get('ed25519')!, message);
    const bad = good.replace(/\n[A-Za-z0-9+/]{10}/, '\n!!!!!!!!!!');
    const verdicts = verifyArmoredSignatures(`${bad}${good}`, message, NS);
    expect(verdicts[0]!.error).toMatch(/base64/);
    expect(verdicts[1]!.error).toBeUndefined();
  });

  it('round-trips the armor ssh-keygen writes', () => {
    const text = sshSign(keys.get('rsa')!, message);
    const blob = splitArmoredBlocks(text)[0]!.blob!;
    expect(armor(blob)).toBe(text);
  });

  it('refuses trailing bytes, other versions and bad magic', () => {
    const blob = splitArmoredBlocks(sshSign(keys.get('ed25519')!, message))[0]!.blob!;
    expect(() => parseSshsig(Buffer.concat([blob, Buffer.from([0])]))).toThrow(/trailing/);
    const v2 = Buffer.from(blob);
    v2.writeUInt32BE(2, 6);
    expect(() => parseSshsig(v2)).toThrow(/version 2/);
    const magic = Buffer.from(blob);
    magic[0] = 0x54;
    expect(() => parseSshsig(magic)).toThrow(/magic/);
    expect(() => parseSshsig(blob.subarray(0, blob.length - 1))).toThrow(/truncated/);
  });
});

/** A signer built from node:crypto, to reach algorithms ssh-keygen does not emit by default. */
function rsaBlob(key: KeyObject): Buffer {
  const jwk = key.export({ format: 'jwk' });
  const mpint = (b64: string) => {
    const bytes = Buffer.from(b64, 'base64url');
    return sshString(bytes[0]! & 0x80 ? Buffer.concat([Buffer.from([0]), bytes]) : bytes);
  };
  return Buffer.concat([sshString('ssh-rsa'), mpint(jwk.e!), mpint(jwk.n!)]);
}

/** An SSHSIG blob assembled by hand (namespace pinned, empty reserved, sha512). */
function sshsigBlob(keyBlob: Buffer, algorithm: string, signature: Buffer): Buffer {
  return Buffer.concat([
    Buffer.from('SSHSIG'),
    Buffer.from([0, 0, 0, 1]),
    sshString(keyBlob),
    sshString(NS),
    sshString(''),
    sshString('sha512'),
    sshString(Buffer.concat([sshString(algorithm), sshString(signature)])),
  ]);
}

function handMadeRsaSignature(algorithm: 'rsa-sha2-256' | 'ssh-rsa') {
  const pair = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const keyBlob = rsaBlob(pair.publicKey);
  const fields = { namespace: NS, hashAlgorithm: 'sha512' as const };
  const raw = cryptoSign(
    algorithm === 'ssh-rsa' ? 'sha1' : 'sha256',
    signedData(fields, message),
    pair.privateKey,
  );
  const blob = sshsigBlob(keyBlob, algorithm, raw);
  return { blob, publicText: `ssh-rsa ${keyBlob.toString('base64')} made-by-node` };
}

describe('RSA signature algorithms', () => {
  it('accepts rsa-sha2-256, as ssh-keygen -Y verify does', () => {
    const { blob, publicText } = handMadeRsaSignature('rsa-sha2-256');
    const sig = parseSshsig(blob);
    expect(sig.signatureAlgorithm).toBe('rsa-sha2-256');
    expect(verifySshsig(sig, message, NS)).toBeUndefined();
    const reference = sshVerify({
      dir: tmp.dir,
      allowedSigners: `node@test ${publicText}\n`,
      principal: 'node@test',
      namespace: NS,
      signature: armor(blob),
      message,
    });
    expect(reference.ok).toBe(true);
  });

  it('refuses ssh-rsa (SHA-1) before any crypto', () => {
    const { blob } = handMadeRsaSignature('ssh-rsa');
    expect(() => parseSshsig(blob)).toThrow(/SHA-1/);
  });
});

describe('keys pipeguard refuses', () => {
  it('refuses FIDO sk- keys and certificates by name', () => {
    const sk = Buffer.concat([
      sshString('sk-ssh-ed25519@openssh.com'),
      sshString(Buffer.alloc(32)),
      sshString('ssh:'),
    ]);
    const blob = sshsigBlob(sk, 'sk-ssh-ed25519@openssh.com', Buffer.alloc(64));
    expect(() => parseSshsig(blob)).toThrow(
      /FIDO security-key type sk-ssh-ed25519@openssh.com is not supported/,
    );
  });

  it('refuses an ed25519 signature under an ECDSA key header', () => {
    const edSig = splitArmoredBlocks(sshSign(keys.get('ed25519')!, message))[0]!.blob!;
    const ecKey = parsePublicKeyText(keys.get('ecdsa-256')!.publicText).blob;
    // Rebuild the blob with the ECDSA key but the ed25519 signature bytes.
    const sig = parseSshsig(edSig);
    const forged = sshsigBlob(ecKey, 'ssh-ed25519', sig.signature);
    expect(() => parseSshsig(forged)).toThrow(
      /ssh-ed25519 signature from an ecdsa-sha2-nistp256 key/,
    );
  });
});
