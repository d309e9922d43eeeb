/**
 * DSSE envelopes (secure-systems-lab/dsse v1): signatures over PAE(payloadType, payload), never over
 * the JSON text, so re-serialising the envelope cannot change what was signed. Verification follows
 * the protocol's order: decode, verify over PAE, check the type, and only then hand back the payload.
 * Every signature is checked with node:crypto (sigstore's verifier looks at signatures[0] only).
 */
import { sign as cryptoSign, verify as cryptoVerify, type KeyObject } from 'node:crypto';
import { InputError } from '../../util/errors.js';
import type { SigningKey, VerificationKey } from './keys.js';

export const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';

export interface DsseSignature {
  keyid?: string;
  sig: string;
}

export interface DsseEnvelope {
  payloadType: string;
  payload: string;
  signatures: DsseSignature[];
}

/** Pre-Authentication Encoding: `DSSEv1 SP len(type) SP type SP len(body) SP body`. */
export function pae(payloadType: string, payload: Uint8Array): Buffer {
  const type = Buffer.from(payloadType, 'utf8');
  return Buffer.concat([
    Buffer.from(`DSSEv1 ${type.length} `, 'utf8'),
    type,
    Buffer.from(` ${payload.length} `, 'utf8'),
    payload,
  ]);
}

/**
 * The digest each key type signs with: Ed25519 none (it hashes internally), ECDSA the curve's own
 * hash (DER-encoded signature, as cosign and securesystemslib do), RSA SHA-256 with PKCS#1 v1.5.
 */
function algorithmFor(key: KeyObject): string | null {
  switch (key.asymmetricKeyType) {
    case 'ed25519':
      return null;
    case 'ec': {
      const curve = key.asymmetricKeyDetails?.namedCurve;
      return curve === 'secp384r1' ? 'sha384' : curve === 'secp521r1' ? 'sha512' : 'sha256';
    }
    default:
      return 'sha256';
  }
}

export function signEnvelope(
  payload: Uint8Array,
  payloadType: string,
  keys: SigningKey[],
): DsseEnvelope {
  const message = pae(payloadType, payload);
  return {
    payloadType,
    payload: Buffer.from(payload).toString('base64'),
    signatures: keys.map((key) => ({
      keyid: key.keyid,
      sig: cryptoSign(algorithmFor(key.privateKey), message, key.privateKey).toString('base64'),
    })),
  };
}

export interface KeyVerdict {
  key: VerificationKey;
  /** Index of the first signature this key verified, or undefined when none did. */
  signatureIndex?: number;
}

export interface EnvelopeVerification {
  payload: Buffer;
  payloadType: string;
  verdicts: KeyVerdict[];
}

/** For each trusted key, whether some signature in the envelope verifies under it. */
export function verifyEnvelope(
  envelope: DsseEnvelope,
  keys: VerificationKey[],
): EnvelopeVerification {
  const payload = decodeBase64(envelope.payload);
  const message = pae(envelope.payloadType, payload ?? Buffer.alloc(0));
  const signatures = envelope.signatures.map((s) => decodeBase64(s.sig));
  const verdicts = keys.map((key): KeyVerdict => {
    if (payload === undefined) return { key };
    const index = signatures.findIndex(
      (sig) => sig !== undefined && verifiesUnder(key.publicKey, message, sig),
    );
    return index >= 0 ? { key, signatureIndex: index } : { key };
  });
  return { payload: payload ?? Buffer.alloc(0), payloadType: envelope.payloadType, verdicts };
}

function verifiesUnder(key: KeyObject, message: Buffer, signature: Buffer): boolean {
  try {
    return cryptoVerify(algorithmFor(key), message, key, signature);
  } catch {
    return false; // a signature of another algorithm's shape is simply not a match
  }
}

/** Standard or URL-safe base64, strictly (junk characters are not silently skipped). */
export function decodeBase64(text: string): Buffer | undefined {
  const clean = text.replace(/=+$/, '');
  if (!/^[A-Za-z0-9+/]*$/.test(clean) && !/^[A-Za-z0-9_-]*$/.test(clean)) return undefined;
  if (clean.length % 4 === 1) return undefined;
  return Buffer.from(clean.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
}

/** Shape check of a parsed envelope; anything else is an input error naming the file. */
export function envelopeFrom(value: unknown, file: string): DsseEnvelope {
  const fail = (what: string): never => {
    throw new InputError(`not a DSSE envelope: ${what}`, file);
  };
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return fail('expected a JSON object');
  const record = value as Record<string, unknown>;
  if (typeof record.payloadType !== 'string' || record.payloadType === '')
    return fail('`payloadType` missing');
  if (typeof record.payload !== 'string') return fail('`payload` missing');
  if (decodeBase64(record.payload) === undefined) return fail('`payload` is not base64');
  if (!Array.isArray(record.signatures) || record.signatures.length === 0)
    return fail('no `signatures`');
  const signatures = record.signatures.map((s, i): DsseSignature => {
    if (typeof s !== 'object' || s === null || typeof (s as DsseSignature).sig !== 'string') {
      return fail(`signatures[${i}] has no \`sig\``);
    }
    const { keyid, sig } = s as DsseSignature;
    return typeof keyid === 'string' ? { keyid, sig } : { sig };
  });
  return { payloadType: record.payloadType, payload: record.payload, signatures };
}
