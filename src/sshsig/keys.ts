/**
 * SSH public keys (wire blobs and `type base64 [comment]` text) turned into Node KeyObjects via
 * JWK, with no dependency: ed25519, ECDSA P-256/384/521 and RSA. FIDO (`sk-*`) keys and
 * certificates are recognised and refused with a reason, since their signatures are computed
 * over different data that pipeguard does not verify.
 */
import { createHash, createPublicKey, type KeyObject } from 'node:crypto';
import { SshFormatError, WireReader } from './wire.js';

export const SUPPORTED_KEY_TYPES = [
  'ssh-ed25519',
  'ecdsa-sha2-nistp256',
  'ecdsa-sha2-nistp384',
  'ecdsa-sha2-nistp521',
  'ssh-rsa',
] as const;
export type SupportedKeyType = (typeof SUPPORTED_KEY_TYPES)[number];

/** RSA keys below this are refused (OpenSSH's own floor is 1024; NIST retired < 2048 in 2013). */
export const MIN_RSA_BITS = 2048;

export interface SshPublicKey {
  type: SupportedKeyType;
  /** The exact wire blob: keys are compared byte for byte, never by comment or hint. */
  blob: Buffer;
  key: KeyObject;
  /** `SHA256:` + unpadded base64, as `ssh-keygen -l` prints it. */
  fingerprint: string;
  /** ED25519, ECDSA, RSA — as ssh-keygen names them. */
  label: string;
  bits: number;
}

interface CurveInfo {
  name: 'nistp256' | 'nistp384' | 'nistp521';
  jwk: 'P-256' | 'P-384' | 'P-521';
  fieldBytes: number;
  hash: 'sha256' | 'sha384' | 'sha512';
}

export const CURVES: Record<string, CurveInfo> = {
  'ecdsa-sha2-nistp256': { name: 'nistp256', jwk: 'P-256', fieldBytes: 32, hash: 'sha256' },
  'ecdsa-sha2-nistp384': { name: 'nistp384', jwk: 'P-384', fieldBytes: 48, hash: 'sha384' },
  'ecdsa-sha2-nistp521': { name: 'nistp521', jwk: 'P-521', fieldBytes: 66, hash: 'sha512' },
};

export function fingerprintOfBlob(blob: Buffer): string {
  return `SHA256:${createHash('sha256').update(blob).digest('base64').replace(/=+$/, '')}`;
}

/** Why a key type that parses as SSH is still refused, or undefined when it is supported. */
export function unsupportedKeyReason(type: string): string | undefined {
  if ((SUPPORTED_KEY_TYPES as readonly string[]).includes(type)) return undefined;
  if (type.startsWith('sk-')) {
    return `FIDO security-key type ${type} is not supported (its signatures cover different data); sign with an ed25519, ECDSA or RSA key`;
  }
  if (type.includes('-cert-v0')) {
    return `certificate type ${type} is not supported; list the signer's plain public key in allowed_signers`;
  }
  if (type === 'ssh-dss') return 'DSA keys are not supported (removed from OpenSSH)';
  return `unknown key type ${JSON.stringify(type.slice(0, 60))}`;
}

/** Parse an SSH public key wire blob. Throws SshFormatError with the reason on anything else. */
export function parsePublicKeyBlob(blob: Buffer): SshPublicKey {
  const reader = new WireReader(blob);
  const type = reader.text('key type');
  const refused = unsupportedKeyReason(type);
  if (refused) throw new SshFormatError(refused);
  let key: KeyObject;
  let bits: number;
  let label: string;
  const b64u = (bytes: Buffer): string => bytes.toString('base64url');
  if (type === 'ssh-ed25519') {
    const point = reader.string('ed25519 public key');
    if (point.length !== 32) throw new SshFormatError('ed25519 public key is not 32 bytes');
    reader.end('the ed25519 key');
    key = importJwk({ kty: 'OKP', crv: 'Ed25519', x: b64u(point) });
    bits = 256;
    label = 'ED25519';
  } else if (type === 'ssh-rsa') {
    const e = reader.mpintPositive('RSA exponent');
    const n = reader.mpintPositive('RSA modulus');
    reader.end('the RSA key');
    if (e.length === 0 || n.length === 0)
      throw new SshFormatError('RSA key has an empty exponent or modulus');
    bits = bitLength(n);
    if (bits < MIN_RSA_BITS)
      throw new SshFormatError(`RSA key of ${bits} bits is below the ${MIN_RSA_BITS}-bit minimum`);
    if (bits > 16384)
      throw new SshFormatError(`RSA key of ${bits} bits is larger than OpenSSH accepts`);
    key = importJwk({ kty: 'RSA', n: b64u(n), e: b64u(e) });
    label = 'RSA';
  } else {
    const curve = CURVES[type]!;
    const curveName = reader.text('curve name');
    if (curveName !== curve.name)
      throw new SshFormatError(`key type ${type} names curve ${curveName}`);
    const point = reader.string('EC point');
    reader.end('the ECDSA key');
    if (point.length !== 1 + 2 * curve.fieldBytes || point[0] !== 0x04) {
      throw new SshFormatError(`EC point is not an uncompressed ${curve.jwk} point`);
    }
    const x = point.subarray(1, 1 + curve.fieldBytes);
    const y = point.subarray(1 + curve.fieldBytes);
    // createPublicKey checks the point lies on the curve.
    key = importJwk({ kty: 'EC', crv: curve.jwk, x: b64u(x), y: b64u(y) });
    bits = curve.fieldBytes === 66 ? 521 : curve.fieldBytes * 8;
    label = 'ECDSA';
  }
  return {
    type: type as SupportedKeyType,
    blob,
    key,
    fingerprint: fingerprintOfBlob(blob),
    label,
    bits,
  };
}

function importJwk(jwk: Record<string, string>): KeyObject {
  try {
    return createPublicKey({ key: jwk, format: 'jwk' });
  } catch (error) {
    throw new SshFormatError(
      `public key rejected by the crypto library (${(error as Error).message})`,
    );
  }
}

function bitLength(magnitude: Buffer): number {
  if (magnitude.length === 0) return 0;
  return (magnitude.length - 1) * 8 + (32 - Math.clz32(magnitude[0]!));
}

/** Strict standard base64 (padding only at the end), as OpenSSH's decoder accepts it. */
export function decodeBase64Strict(text: string, what: string): Buffer {
  if (text.length === 0 || text.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(text)) {
    throw new SshFormatError(`${what} is not valid base64`);
  }
  const bytes = Buffer.from(text, 'base64');
  if (bytes.toString('base64') !== text)
    throw new SshFormatError(`${what} is not canonical base64`);
  return bytes;
}

export interface PublicKeyText {
  /** The type written before the base64 field. */
  type: string;
  blob: Buffer;
  comment: string;
}

/** `type base64 [comment]` as in `id_ed25519.pub`; the written type must match the blob's. */
export function parsePublicKeyText(text: string): PublicKeyText {
  const match = /^\s*(\S+)\s+(\S+)(?:\s+(.*))?$/s.exec(text.trim());
  if (!match) throw new SshFormatError('expected "<key type> <base64 key> [comment]"');
  const type = match[1]!;
  const blob = decodeBase64Strict(match[2]!, 'key');
  const inner = new WireReader(blob).text('key type');
  if (inner !== type) throw new SshFormatError(`key says ${type} but its data is ${inner}`);
  return { type, blob, comment: (match[3] ?? '').trim() };
}
