/**
 * Signing and verification keys for DSSE envelopes, from the files people already have:
 * PEM (PKCS#8, PKCS#1, SEC1, SPKI; encrypted PKCS#8 with a passphrase) or OpenSSH
 * (`-----BEGIN OPENSSH PRIVATE KEY-----` and `ssh-ed25519 AAAA…` public lines). OpenSSH keys are
 * imported into node:crypto as JWKs, so signing stays offline and needs no ssh-agent.
 */
import { createHash, createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import { CURVES, parsePublicKeyBlob, parsePublicKeyText } from '../../sshsig/keys.js';
import { SshFormatError, WireReader } from '../../sshsig/wire.js';
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
// OpenSSH keys: the wire format and public keys are src/sshsig's; private keys per PROTOCOL.key.

const b64url = (bytes: Buffer): string => bytes.toString('base64url');

/** Runs an SSH parser; its reason becomes a one-line input error naming the key file. */
function parsedOrInputError<T>(label: string, parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    if (error instanceof SshFormatError)
      throw new InputError(`OpenSSH key refused: ${error.message}`, label);
    throw error;
  }
}

function padTo(bytes: Buffer, size: number, label: string): Buffer {
  if (bytes.length > size) throw new InputError('malformed ECDSA key: coordinate too long', label);
  return Buffer.concat([Buffer.alloc(size - bytes.length), bytes]);
}

function importPrivateJwk(jwk: Record<string, string>, label: string): KeyObject {
  try {
    return createPrivateKey({ key: jwk, format: 'jwk' });
  } catch (error) {
    throw new InputError(`the SSH key does not form a valid key (${firstLine(error)})`, label);
  }
}

/** `ssh-ed25519 AAAA… comment` (the `.pub` file or an allowed_signers-style key). */
function openSshPublicKey(line: string, label: string): KeyObject {
  if (!/^\S+\s+[A-Za-z0-9+/]+={0,2}(\s|$)/.test(line)) {
    throw new InputError(
      'not a public key: expected PEM or an OpenSSH `type base64 [comment]` line',
      label,
    );
  }
  return parsedOrInputError(label, () => parsePublicKeyBlob(parsePublicKeyText(line).blob).key);
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
  return parsedOrInputError(label, () => {
    const reader = new WireReader(bytes.subarray(OPENSSH_MAGIC.length));
    const cipher = reader.text('cipher name');
    const kdf = reader.text('KDF name');
    reader.string('KDF options');
    if (cipher !== 'none' || kdf !== 'none') {
      throw new InputError(
        'the OpenSSH private key is passphrase-protected; node:crypto cannot decrypt it (bcrypt KDF). ' +
          "Sign with an unencrypted copy kept in a CI secret (ssh-keygen -p -N '' -f COPY) or a PEM key with --key-passphrase-env",
        label,
      );
    }
    if (reader.uint32('key count') !== 1)
      throw new InputError('OpenSSH key files holding several keys are not supported', label);
    const publicKey = parsePublicKeyBlob(reader.string('public key'));
    const secret = new WireReader(reader.string('private section'));
    if (secret.uint32('check bytes') !== secret.uint32('check bytes'))
      throw new InputError('corrupt OpenSSH private key (check bytes differ)', label);
    if (secret.text('key type') !== publicKey.type)
      throw new InputError('the private section holds another key type than the file', label);
    const jwk = publicKey.key.export({ format: 'jwk' }) as Record<string, string>;
    let privateKey: KeyObject;
    if (publicKey.type === 'ssh-rsa') {
      privateKey = importPrivateJwk(rsaPrivateJwk(secret), label);
    } else if (publicKey.type === 'ssh-ed25519') {
      secret.string('ed25519 public key');
      const both = secret.string('ed25519 private key'); // seed ‖ public key
      if (both.length !== 64) throw new InputError('malformed ed25519 private key', label);
      privateKey = importPrivateJwk({ ...jwk, d: b64url(both.subarray(0, 32)) }, label);
    } else {
      const curve = CURVES[publicKey.type]!;
      secret.text('curve name');
      secret.string('EC point');
      const d = padTo(secret.mpintPositive('EC private key'), curve.fieldBytes, label);
      privateKey = importPrivateJwk({ ...jwk, d: b64url(d) }, label);
    }
    // The public half the file states must be the one the private key has.
    if (keyIdOf(createPublicKey(privateKey)) !== keyIdOf(publicKey.key))
      throw new InputError('the private key does not match the public key in the file', label);
    return privateKey;
  });
}

/** The ssh-rsa private section: n, e, d, iqmp, p, q (note: n before e, unlike the public blob). */
function rsaPrivateJwk(reader: WireReader): Record<string, string> {
  const [n, e, d, iqmp, p, q] = ['n', 'e', 'd', 'iqmp', 'p', 'q'].map((part) =>
    reader.mpintPositive(`RSA ${part}`),
  ) as [Buffer, Buffer, Buffer, Buffer, Buffer, Buffer];
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
