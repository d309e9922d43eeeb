/**
 * Signing and verification keys for DSSE envelopes, from the files people already have:
 * PEM (PKCS#8, PKCS#1, SEC1, SPKI; encrypted PKCS#8 with a passphrase) or OpenSSH
 * (`-----BEGIN OPENSSH PRIVATE KEY-----` and `ssh-ed25519 AAAA…` public lines). OpenSSH keys are
 * imported into node:crypto as JWKs, so signing stays offline and needs no ssh-agent.
 */
import { createHash, createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import { InputError } from '../../util/errors.js';

export interface SigningKey {
  privateKey: KeyObject;
  publicKey: KeyObject;
  /** A hint only (DSSE `keyid` carries no security meaning): `sha256:` + hex of the SPKI DER. */
  keyid: string;
}

export interface VerificationKey {
  publicKey: KeyObject;
  keyid: string;
  /** Where the key came from, for messages. */
  label: string;
}

const EC_CURVES: Record<string, { jwk: string; size: number }> = {
  nistp256: { jwk: 'P-256', size: 32 },
  nistp384: { jwk: 'P-384', size: 48 },
  nistp521: { jwk: 'P-521', size: 66 },
};

/** `sha256:<hex>` of the DER SubjectPublicKeyInfo: the same key gets the same id in PEM or SSH form. */
export function keyIdOf(publicKey: KeyObject): string {
  return `sha256:${createHash('sha256')
    .update(publicKey.export({ type: 'spki', format: 'der' }))
    .digest('hex')}`;
}

export function loadSigningKey(text: string, label: string, passphrase?: string): SigningKey {
  let privateKey: KeyObject;
  if (text.includes('-----BEGIN OPENSSH PRIVATE KEY-----')) {
    privateKey = openSshPrivateKey(text, label);
  } else if (/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(text)) {
    try {
      privateKey = createPrivateKey({
        key: text,
        format: 'pem',
        ...(passphrase ? { passphrase } : {}),
      });
    } catch (error) {
      const encrypted = text.includes('ENCRYPTED');
      throw new InputError(
        encrypted && !passphrase
          ? 'the PEM private key is encrypted: give its passphrase through --key-passphrase-env'
          : `not a usable PEM private key (${firstLine(error)})`,
        label,
      );
    }
  } else {
    throw new InputError('not a private key: expected PEM or OpenSSH private key text', label);
  }
  assertSupported(privateKey, label);
  const publicKey = createPublicKey(privateKey);
  return { privateKey, publicKey, keyid: keyIdOf(publicKey) };
}

export function loadVerificationKey(text: string, label: string): VerificationKey {
  const trimmed = text.trim();
  let publicKey: KeyObject;
  if (/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(trimmed)) {
    // A private key handed to a verifier usually means key material is being copied around.
    throw new InputError('this is a private key; verify with the public key only', label);
  } else if (trimmed.startsWith('-----BEGIN')) {
    try {
      publicKey = createPublicKey({ key: trimmed, format: 'pem' });
    } catch (error) {
      throw new InputError(`not a usable PEM public key (${firstLine(error)})`, label);
    }
  } else {
    publicKey = openSshPublicKey(trimmed, label);
  }
  assertSupported(publicKey, label);
  return { publicKey, keyid: keyIdOf(publicKey), label };
}

function assertSupported(key: KeyObject, label: string): void {
  const type = key.asymmetricKeyType;
  if (type !== 'ed25519' && type !== 'ec' && type !== 'rsa' && type !== 'rsa-pss') {
    throw new InputError(
      `unsupported key type ${type ?? 'unknown'}: use ed25519, ECDSA (P-256/384/521) or RSA`,
      label,
    );
  }
  if (
    type === 'ec' &&
    !['prime256v1', 'secp384r1', 'secp521r1'].includes(key.asymmetricKeyDetails?.namedCurve ?? '')
  ) {
    throw new InputError(
      `unsupported ECDSA curve ${key.asymmetricKeyDetails?.namedCurve ?? 'unknown'}`,
      label,
    );
  }
  if (
    (type === 'rsa' || type === 'rsa-pss') &&
    (key.asymmetricKeyDetails?.modulusLength ?? 0) < 2048
  ) {
    throw new InputError('RSA keys shorter than 2048 bits are refused', label);
  }
}

// ---------------------------------------------------------------------------------------------
// OpenSSH wire format (RFC 4253 strings and mpints; PROTOCOL.key for private keys)

class WireReader {
  private offset = 0;
  constructor(
    private readonly bytes: Buffer,
    private readonly label: string,
  ) {}

  get done(): boolean {
    return this.offset >= this.bytes.length;
  }

  uint32(): number {
    if (this.offset + 4 > this.bytes.length) this.fail();
    const value = this.bytes.readUInt32BE(this.offset);
    this.offset += 4;
    return value;
  }

  raw(length: number): Buffer {
    if (length > this.bytes.length - this.offset) this.fail();
    const out = this.bytes.subarray(this.offset, this.offset + length);
    this.offset += length;
    return out;
  }

  string(): Buffer {
    return this.raw(this.uint32());
  }

  text(): string {
    return this.string().toString('latin1');
  }

  /** An mpint as unsigned big-endian bytes without leading zeros. */
  mpint(): Buffer {
    const bytes = this.string();
    let start = 0;
    while (start < bytes.length - 1 && bytes[start] === 0) start++;
    return bytes.subarray(start);
  }

  private fail(): never {
    throw new InputError('truncated or malformed OpenSSH key data', this.label);
  }
}

const b64url = (bytes: Buffer): string => bytes.toString('base64url');

function padTo(bytes: Buffer, size: number, label: string): Buffer {
  if (bytes.length > size) throw new InputError('malformed ECDSA key: coordinate too long', label);
  return Buffer.concat([Buffer.alloc(size - bytes.length), bytes]);
}

interface PublicJwkParts {
  type: string;
  jwk: Record<string, string>;
}

/** The public half of an SSH key blob as a JWK (the key type already read). */
function readPublicFields(type: string, reader: WireReader, label: string): PublicJwkParts {
  if (type === 'ssh-ed25519') {
    const x = reader.string();
    if (x.length !== 32) throw new InputError('malformed ed25519 key', label);
    return { type, jwk: { kty: 'OKP', crv: 'Ed25519', x: b64url(x) } };
  }
  const ec = /^ecdsa-sha2-(nistp256|nistp384|nistp521)$/.exec(type);
  if (ec) {
    const curve = EC_CURVES[ec[1]!]!;
    if (reader.text() !== ec[1])
      throw new InputError('malformed ECDSA key: curve name mismatch', label);
    const point = reader.string();
    if (point.length !== 1 + 2 * curve.size || point[0] !== 4) {
      throw new InputError('malformed ECDSA key: expected an uncompressed point', label);
    }
    return {
      type,
      jwk: {
        kty: 'EC',
        crv: curve.jwk,
        x: b64url(point.subarray(1, 1 + curve.size)),
        y: b64url(point.subarray(1 + curve.size)),
      },
    };
  }
  if (type === 'ssh-rsa') {
    const e = reader.mpint();
    const n = reader.mpint();
    return { type, jwk: { kty: 'RSA', n: b64url(n), e: b64url(e) } };
  }
  if (type.startsWith('sk-')) {
    throw new InputError(`security-key (${type}) keys cannot sign offline; use a file key`, label);
  }
  throw new InputError(`unsupported SSH key type ${type || '(empty)'}`, label);
}

function importJwk(
  jwk: Record<string, string>,
  kind: 'public' | 'private',
  label: string,
): KeyObject {
  try {
    return kind === 'public'
      ? createPublicKey({ key: jwk, format: 'jwk' })
      : createPrivateKey({ key: jwk, format: 'jwk' });
  } catch (error) {
    throw new InputError(`the SSH key does not form a valid key (${firstLine(error)})`, label);
  }
}

/** `ssh-ed25519 AAAA… comment` (the `.pub` file or an allowed_signers-style key). */
function openSshPublicKey(line: string, label: string): KeyObject {
  const fields = line.split(/\s+/);
  const blobText = fields[1];
  if (!fields[0] || !blobText || !/^[A-Za-z0-9+/]+={0,2}$/.test(blobText)) {
    throw new InputError(
      'not a public key: expected PEM or an OpenSSH `type base64 [comment]` line',
      label,
    );
  }
  const reader = new WireReader(Buffer.from(blobText, 'base64'), label);
  const parts = readPublicFields(reader.text(), reader, label);
  if (parts.type !== fields[0])
    throw new InputError(`key type ${fields[0]} does not match its data`, label);
  if (!reader.done) throw new InputError('trailing bytes after the public key', label);
  return importJwk(parts.jwk, 'public', label);
}

const OPENSSH_MAGIC = Buffer.from('openssh-key-v1\0', 'latin1');

/** An unencrypted `openssh-key-v1` private key (PROTOCOL.key). */
function openSshPrivateKey(text: string, label: string): KeyObject {
  const body =
    /-----BEGIN OPENSSH PRIVATE KEY-----([\s\S]*?)-----END OPENSSH PRIVATE KEY-----/.exec(
      text,
    )?.[1];
  if (body === undefined)
    throw new InputError('truncated OpenSSH private key (no END line)', label);
  const bytes = Buffer.from(body.replace(/\s+/g, ''), 'base64');
  if (!bytes.subarray(0, OPENSSH_MAGIC.length).equals(OPENSSH_MAGIC)) {
    throw new InputError('not an openssh-key-v1 private key', label);
  }
  const reader = new WireReader(bytes.subarray(OPENSSH_MAGIC.length), label);
  const cipher = reader.text();
  const kdf = reader.text();
  reader.string(); // kdf options
  if (cipher !== 'none' || kdf !== 'none') {
    throw new InputError(
      'the OpenSSH private key is passphrase-protected; node:crypto cannot decrypt it (bcrypt KDF). ' +
        "Sign with an unencrypted copy kept in a CI secret (ssh-keygen -p -N '' -f COPY) or a PEM key with --key-passphrase-env",
      label,
    );
  }
  if (reader.uint32() !== 1)
    throw new InputError('OpenSSH key files holding several keys are not supported', label);
  reader.string(); // public key blob, repeated inside the private section
  const secret = new WireReader(reader.string(), label);
  if (secret.uint32() !== secret.uint32())
    throw new InputError('corrupt OpenSSH private key (check bytes differ)', label);
  const type = secret.text();
  if (type === 'ssh-rsa') return importJwk(rsaPrivateJwk(secret), 'private', label);
  const parts = readPublicFields(type, secret, label);
  const jwk = { ...parts.jwk };
  if (parts.type === 'ssh-ed25519') {
    const both = secret.string(); // seed ‖ public key
    if (both.length !== 64) throw new InputError('malformed ed25519 private key', label);
    jwk.d = b64url(both.subarray(0, 32));
  } else {
    const curve = EC_CURVES[parts.type.slice('ecdsa-sha2-'.length)]!;
    jwk.d = b64url(padTo(secret.mpint(), curve.size, label));
  }
  return importJwk(jwk, 'private', label);
}

/** The ssh-rsa private section: n, e, d, iqmp, p, q (note: n before e, unlike the public blob). */
function rsaPrivateJwk(reader: WireReader): Record<string, string> {
  const [n, e, d, iqmp, p, q] = [
    reader.mpint(),
    reader.mpint(),
    reader.mpint(),
    reader.mpint(),
    reader.mpint(),
    reader.mpint(),
  ];
  const dBig = toBigInt(d);
  return {
    kty: 'RSA',
    n: b64url(n),
    e: b64url(e),
    d: b64url(d),
    p: b64url(p),
    q: b64url(q),
    dp: b64url(fromBigInt(dBig % (toBigInt(p) - 1n))),
    dq: b64url(fromBigInt(dBig % (toBigInt(q) - 1n))),
    qi: b64url(iqmp),
  };
}

function toBigInt(bytes: Buffer): bigint {
  return bytes.length === 0 ? 0n : BigInt(`0x${bytes.toString('hex')}`);
}

function fromBigInt(value: bigint): Buffer {
  let hex = value.toString(16);
  if (hex.length % 2) hex = `0${hex}`;
  return Buffer.from(hex, 'hex');
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0] ?? message;
}
