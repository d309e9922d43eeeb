/**
 * SSHSIG (openssh PROTOCOL.sshsig), the format `ssh-keygen -Y sign` writes: parse the armored
 * blocks, parse each blob strictly (magic, version 1, empty reserved field, no trailing bytes,
 * algorithm consistent with the key), and verify it over a message with node:crypto alone, over
 * the same signed data as OpenSSH's sshsig_wrap_verify.
 */
import { createHash, verify as cryptoVerify, constants } from 'node:crypto';
import {
  CURVES,
  decodeBase64Strict,
  fingerprintOfBlob,
  parsePublicKeyBlob,
  type SshPublicKey,
} from './keys.js';
import { SshFormatError, WireReader, sshString } from './wire.js';

const MAGIC = Buffer.from('SSHSIG', 'latin1');
const BEGIN = '-----BEGIN SSH SIGNATURE-----';
const END = '-----END SSH SIGNATURE-----';
/** A signature blob is a few hundred bytes (RSA 16384: ~4 KiB); anything far larger is not one. */
const MAX_BLOB_BYTES = 16 * 1024;
/** More signatures than this in one `.sig` file is not a sign-off, it is noise (and search cost). */
export const MAX_SIGNATURE_BLOCKS = 64;
/**
 * The largest `.sig` file worth reading: MAX_SIGNATURE_BLOCKS blocks of the largest blob, armored
 * (~22 KiB each), with room for CRLF and blank lines. Checked before the file is read.
 */
export const MAX_SIGNATURE_FILE_BYTES = MAX_SIGNATURE_BLOCKS * 32 * 1024;
/** Base64 characters of the largest blob: a longer block is refused before it is decoded. */
const MAX_BLOCK_BASE64 = Math.ceil(MAX_BLOB_BYTES / 3) * 4;

export type HashAlgorithm = 'sha256' | 'sha512';

export interface Sshsig {
  publicKey: SshPublicKey;
  namespace: string;
  hashAlgorithm: HashAlgorithm;
  /** `ssh-ed25519`, `ecdsa-sha2-nistp256`, `rsa-sha2-512` … */
  signatureAlgorithm: string;
  /** In the encoding node:crypto verifies: raw 64 bytes, IEEE P1363 r‖s, or RSA padded to the modulus. */
  signature: Buffer;
}

export interface ArmoredBlock {
  /** 1-based line of the BEGIN marker. */
  line: number;
  /** The decoded blob, or why the block's content is not one. */
  blob?: Buffer;
  error?: string;
}

/** Text outside armored blocks in a `.sig` file: the file is corrupt, not merely unsigned. */
export class ArmorError extends SshFormatError {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
    this.name = 'ArmorError';
  }
}

/**
 * Split a `.sig` file into its armored blocks. Blank lines between blocks are fine; any other text
 * outside a block, a block without its END line, or more than MAX_SIGNATURE_BLOCKS blocks throws
 * ArmorError. The whole file's structure, block count and block sizes are checked before any
 * block is decoded, so a huge file of copies costs a line scan, not a decode or a verification
 * per copy. A block whose content is not base64 is returned with `error`, so one damaged signature
 * does not hide the others.
 */
export function splitArmoredBlocks(text: string): ArmoredBlock[] {
  return scanArmor(text).map(({ line, base64 }): ArmoredBlock => {
    if (base64.length > MAX_BLOCK_BASE64) {
      return { line, error: 'signature block is too large to be an SSH signature' };
    }
    try {
      return { line, blob: decodeBase64Strict(base64, 'signature') };
    } catch (error) {
      return { line, error: (error as Error).message };
    }
  });
}

/** The armor's structure alone: each block's line and its base64 text, nothing decoded. */
function scanArmor(text: string): Array<{ line: number; base64: string }> {
  const lines = text.split('\n').map((l) => l.replace(/\r$/, ''));
  const blocks: Array<{ line: number; base64: string }> = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '') continue;
    if (line !== BEGIN) throw new ArmorError(`unexpected text outside an "${BEGIN}" block`, i + 1);
    if (blocks.length === MAX_SIGNATURE_BLOCKS) {
      throw new ArmorError(
        `more than ${MAX_SIGNATURE_BLOCKS} signature blocks (one per signer is expected)`,
        i + 1,
      );
    }
    const start = i;
    const body: string[] = [];
    let length = 0;
    for (i++; i < lines.length && lines[i]!.trim() !== END; i++) {
      const content = lines[i]!.trim();
      if (content === BEGIN) throw new ArmorError('signature block has no END line', start + 1);
      // Keep at most one character past the limit: enough to refuse the block, no more.
      if (length <= MAX_BLOCK_BASE64) body.push(content);
      length += content.length;
    }
    if (i >= lines.length) throw new ArmorError('signature block has no END line', start + 1);
    blocks.push({ line: start + 1, base64: body.join('') });
  }
  return blocks;
}

/** The armored form ssh-keygen writes (base64 wrapped at 70 columns). */
export function armor(blob: Buffer): string {
  const base64 = blob.toString('base64');
  const lines = base64.match(/.{1,70}/g) ?? [];
  return `${BEGIN}\n${lines.join('\n')}\n${END}\n`;
}

/** Parse one SSHSIG blob. Throws SshFormatError naming what is wrong. */
export function parseSshsig(blob: Buffer): Sshsig {
  if (blob.length > MAX_BLOB_BYTES) throw new SshFormatError('signature blob is too large');
  const reader = new WireReader(blob);
  if (!reader.raw(MAGIC.length, 'magic').equals(MAGIC))
    throw new SshFormatError('not an SSHSIG blob (bad magic)');
  const version = reader.uint32('version');
  if (version !== 1)
    throw new SshFormatError(`SSHSIG version ${version} is not supported (only 1)`);
  const keyBlob = reader.string('public key');
  const namespace = reader.text('namespace');
  const reserved = reader.string('reserved field');
  const hashName = reader.text('hash algorithm');
  const signatureBlob = reader.string('signature');
  reader.end('the signature');
  if (namespace === '') throw new SshFormatError('namespace is empty');
  // OpenSSH writes the reserved field empty and verifies over an empty one whatever the blob holds;
  // content there was put by something other than ssh-keygen, so it is refused (fail closed).
  if (reserved.length !== 0)
    throw new SshFormatError('reserved field is not empty (ssh-keygen writes it empty)');
  if (hashName !== 'sha256' && hashName !== 'sha512') {
    throw new SshFormatError(`hash algorithm ${hashName} is not allowed (sha256 or sha512)`);
  }
  let publicKey: SshPublicKey;
  try {
    publicKey = parsePublicKeyBlob(keyBlob);
  } catch (error) {
    throw new SshFormatError(
      `signing key ${fingerprintOfBlob(keyBlob)}: ${(error as Error).message}`,
    );
  }
  const { algorithm, signature } = parseSignatureBlob(signatureBlob, publicKey);
  return {
    publicKey,
    namespace,
    hashAlgorithm: hashName,
    signatureAlgorithm: algorithm,
    signature,
  };
}

function parseSignatureBlob(
  blob: Buffer,
  key: SshPublicKey,
): { algorithm: string; signature: Buffer } {
  const reader = new WireReader(blob);
  const algorithm = reader.text('signature algorithm');
  const bytes = reader.string('signature bytes');
  reader.end('the signature bytes');
  if (key.type === 'ssh-ed25519') {
    if (algorithm !== 'ssh-ed25519')
      throw new SshFormatError(`${algorithm} signature from an ed25519 key`);
    if (bytes.length !== 64) throw new SshFormatError('ed25519 signature is not 64 bytes');
    return { algorithm, signature: Buffer.from(bytes) };
  }
  if (key.type === 'ssh-rsa') {
    if (algorithm === 'ssh-rsa')
      throw new SshFormatError('ssh-rsa (SHA-1) signatures are refused; use rsa-sha2-512');
    if (algorithm !== 'rsa-sha2-256' && algorithm !== 'rsa-sha2-512') {
      throw new SshFormatError(`${algorithm} signature from an RSA key`);
    }
    const modulusBytes = Math.ceil(key.bits / 8);
    if (bytes.length === 0 || bytes.length > modulusBytes)
      throw new SshFormatError('RSA signature length does not fit the key');
    // OpenSSH left-pads a short signature to the modulus size; OpenSSL wants it padded.
    const padded = Buffer.alloc(modulusBytes);
    bytes.copy(padded, modulusBytes - bytes.length);
    return { algorithm, signature: padded };
  }
  const curve = CURVES[key.type]!;
  if (algorithm !== key.type)
    throw new SshFormatError(`${algorithm} signature from an ${key.type} key`);
  const inner = new WireReader(bytes);
  const r = inner.mpintPositive('ECDSA r');
  const s = inner.mpintPositive('ECDSA s');
  inner.end('the ECDSA signature');
  if (
    r.length === 0 ||
    s.length === 0 ||
    r.length > curve.fieldBytes ||
    s.length > curve.fieldBytes
  ) {
    throw new SshFormatError('ECDSA signature values are out of range');
  }
  const signature = Buffer.alloc(curve.fieldBytes * 2);
  r.copy(signature, curve.fieldBytes - r.length);
  s.copy(signature, curve.fieldBytes * 2 - s.length);
  return { algorithm, signature };
}

/**
 * The bytes an SSHSIG signature covers: magic, namespace, an empty reserved string, hash name,
 * H(message). The reserved string is always empty here, as in OpenSSH's sshsig_wrap_verify, never
 * taken from the blob: what verifies here is what `ssh-keygen -Y verify` verifies.
 */
export function signedData(
  sig: Pick<Sshsig, 'namespace' | 'hashAlgorithm'>,
  message: Buffer,
): Buffer {
  const digest = createHash(sig.hashAlgorithm).update(message).digest();
  return Buffer.concat([
    MAGIC,
    sshString(sig.namespace),
    sshString(''),
    sshString(sig.hashAlgorithm),
    sshString(digest),
  ]);
}

/**
 * Verify a parsed signature over `message` for `namespace`. Returns undefined when it holds, else
 * the reason it does not. The namespace is pinned: a signature made for git commits or files never
 * counts as an exception approval.
 */
export function verifySshsig(sig: Sshsig, message: Buffer, namespace: string): string | undefined {
  if (sig.namespace !== namespace) {
    return `signed for namespace "${sig.namespace}", not "${namespace}"`;
  }
  const data = signedData(sig, message);
  const key = sig.publicKey;
  let ok: boolean;
  try {
    if (key.type === 'ssh-ed25519') {
      ok = cryptoVerify(null, data, key.key, sig.signature);
    } else if (key.type === 'ssh-rsa') {
      const hash = sig.signatureAlgorithm === 'rsa-sha2-256' ? 'sha256' : 'sha512';
      ok = cryptoVerify(
        hash,
        data,
        { key: key.key, padding: constants.RSA_PKCS1_PADDING },
        sig.signature,
      );
    } else {
      ok = cryptoVerify(
        CURVES[key.type]!.hash,
        data,
        { key: key.key, dsaEncoding: 'ieee-p1363' },
        sig.signature,
      );
    }
  } catch {
    ok = false;
  }
  return ok
    ? undefined
    : 'signature does not match the file bytes (changed after signing, or signed a different file)';
}

export interface BlockVerdict {
  /** 1-based line of the block in the `.sig` file. */
  line: number;
  /** Present when the block parsed, whether or not it verified. */
  signature?: Sshsig;
  /** Why the block does not verify; undefined when it does. */
  error?: string;
}

/** Parse and verify every armored block of a `.sig` file over `message` (ArmorError on stray text). */
export function verifyArmoredSignatures(
  text: string,
  message: Buffer,
  namespace: string,
): BlockVerdict[] {
  return splitArmoredBlocks(text).map((block): BlockVerdict => {
    if (!block.blob)
      return { line: block.line, error: block.error ?? 'unreadable signature block' };
    let signature: Sshsig;
    try {
      signature = parseSshsig(block.blob);
    } catch (error) {
      return { line: block.line, error: (error as Error).message };
    }
    const error = verifySshsig(signature, message, namespace);
    return error ? { line: block.line, signature, error } : { line: block.line, signature };
  });
}
