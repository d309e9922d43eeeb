/**
 * A committed PKCS#12 key store (`.p12` / `.pfx`, as gitleaks' `pkcs12-file`): it holds a
 * private key, protected at best by a password that usually sits beside it. Unlike gitleaks,
 * which goes by the file name alone, the file must start as a PKCS#12 PFX does (RFC 7292: a DER
 * or BER SEQUENCE, version 3, then a `data` or `signedData` ContentInfo), so a Git LFS pointer, an
 * empty placeholder or a certificate saved under that name is not a finding. The secret is the
 * file's SHA-256 (the engine's binary key handling, as for GCP `.p12` keys: messageId
 * `PrivateKeyP12`); a GCP service-account `.p12` stays the preset's finding.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import path from 'node:path';
import type { SecretLintRuleCreator, SecretLintSourceCode } from '@secretlint/types';
import { help, peers } from './shapes.js';

/** File extensions of PKCS#12 key stores (lowercase). */
export const PKCS12_EXTENSIONS: readonly string[] = ['.p12', '.pfx'];

export const PKCS12_RULE = {
  id: 'pkcs12-file',
  title: 'PKCS#12 key store file (.p12 / .pfx)',
  help: help(
    'the certificate authority or service that issued the key (revoke the certificate, issue a new key pair, and keep key stores in a secret store)',
  ),
  severity: 'high' as const,
  family: 'PKCS#12 key store',
  formats: '`.p12` / `.pfx` file holding a PKCS#12 PFX (version 3), binary',
  peers: peers('g'),
};

/** The message id the engine treats as a binary key file (the secret is the file's SHA-256). */
const MESSAGE_ID = 'PrivateKeyP12';
const messages = {
  [MESSAGE_ID]: {
    en: (props?: { FILE_NAME?: string }) => `found a PKCS#12 key store: ${props?.FILE_NAME ?? ''}`,
  },
};

/** Bytes of the head read: the PFX header and the first ContentInfo's type. */
const HEAD_BYTES = 64;
const OID_DATA = [0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07, 0x01];
const OID_SIGNED_DATA = [0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07, 0x02];

export const pkcs12Rule: SecretLintRuleCreator<Record<string, unknown>> = {
  messages,
  meta: {
    id: '@pipeguard/secretlint-rule-pkcs12',
    recommended: true,
    type: 'scanner',
    supportedContentTypes: ['all'],
    docs: { url: 'https://pipeguard.dev/docs/secrets#pkcs12' },
  },
  create(context) {
    const t = context.createTranslator(messages);
    return {
      file(source: SecretLintSourceCode) {
        if (!PKCS12_EXTENSIONS.includes(source.ext.toLowerCase())) return;
        if (!isPkcs12(headOf(source))) return;
        const name = path.basename(source.filePath ?? '');
        context.report({
          message: t(MESSAGE_ID, { FILE_NAME: name }),
          // Just past the content: a GCP service-account key's preset finding on the same file
          // (same range start, same secret) sorts first and is the one the engine keeps.
          range: [0, source.content.length + 1],
        });
      },
    };
  },
};

/** The first HEAD_BYTES of the file: read from disk for a binary source, else the text's bytes. */
function headOf(source: SecretLintSourceCode): Uint8Array {
  const file = source.contentType === 'binary' ? source.getPhysicalFilePath() : undefined;
  if (!file) return Buffer.from(source.content.slice(0, HEAD_BYTES), 'latin1');
  const head = Buffer.alloc(HEAD_BYTES);
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    return head.subarray(0, readSync(fd, head, 0, HEAD_BYTES, 0));
  } catch {
    return new Uint8Array(0);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * `PFX ::= SEQUENCE { version INTEGER {v3(3)}, authSafe ContentInfo, macData MacData OPTIONAL }`
 * with authSafe's contentType `data` (password integrity) or `signedData` (public-key integrity).
 * Lengths may be definite (DER) or indefinite (BER, as some Windows and Java tools write).
 */
export function isPkcs12(bytes: Uint8Array): boolean {
  let at = 0;
  const header = (tag: number): boolean => {
    if (bytes[at] !== tag) return false;
    const first = bytes[at + 1];
    if (first === undefined) return false;
    // Short form, indefinite (0x80), or long form with 1-4 length bytes.
    const extra = first < 0x80 ? 0 : first === 0x80 ? 0 : first - 0x80;
    if (extra > 4) return false;
    at += 2 + extra;
    return at <= bytes.length;
  };
  if (!header(0x30)) return false;
  if (bytes[at] !== 0x02 || bytes[at + 1] !== 0x01 || bytes[at + 2] !== 0x03) return false;
  at += 3;
  if (!header(0x30)) return false;
  const oid = bytes.subarray(at, at + OID_DATA.length);
  const same = (want: number[]): boolean =>
    oid.length === want.length && want.every((b, i) => oid[i] === b);
  return same(OID_DATA) || same(OID_SIGNED_DATA);
}
