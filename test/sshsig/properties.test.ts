/** Property tests: random and mutated input never crashes a parser and never verifies. */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AllowedSignersError,
  authorize,
  matchPattern,
  matchPatternList,
  parseAllowedSigners,
} from '../../src/sshsig/allowed-signers.js';
import { parsePublicKeyBlob } from '../../src/sshsig/keys.js';
import {
  ArmorError,
  armor,
  parseSshsig,
  splitArmoredBlocks,
  verifyArmoredSignatures,
  verifySshsig,
} from '../../src/sshsig/signature.js';
import { SshFormatError } from '../../src/sshsig/wire.js';
import { KEY_SPECS, generateKey, sshSign, tempDir, type TestKey } from './ssh.js';

const NS = 'pipeguard-exception';
const message = Buffer.from('model: m\nartifact_digest: sha256:00\n');
let tmp: ReturnType<typeof tempDir>;
const blobs: Buffer[] = [];
const keys: TestKey[] = [];

beforeAll(() => {
  tmp = tempDir();
  for (const spec of KEY_SPECS) {
    const key = generateKey(tmp.dir, spec);
    keys.push(key);
    blobs.push(splitArmoredBlocks(sshSign(key, message))[0]!.blob!);
  }
});
afterAll(() => tmp.cleanup());

/** Only the parser's own error type may escape: anything else is a crash. */
function onlyFormatErrors(run: () => unknown): void {
  try {
    run();
  } catch (error) {
    if (!(error instanceof SshFormatError)) throw error;
  }
}

describe('SSHSIG parser properties', () => {
  it('random bytes never crash and never verify', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => {
        onlyFormatErrors(() => {
          const sig = parseSshsig(Buffer.from(bytes));
          expect(verifySshsig(sig, message, NS)).toBeDefined();
        });
        onlyFormatErrors(() => parsePublicKeyBlob(Buffer.from(bytes)));
      }),
      { numRuns: 2000 },
    );
  });

  it('random bytes after a valid SSHSIG prefix never crash and never verify', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), fc.nat(), (tail, cut) => {
        const base = blobs[cut % blobs.length]!;
        const prefix = base.subarray(0, cut % base.length);
        onlyFormatErrors(() => {
          const sig = parseSshsig(Buffer.concat([prefix, Buffer.from(tail)]));
          expect(verifySshsig(sig, message, NS)).toBeDefined();
        });
      }),
      { numRuns: 1000 },
    );
  });

  it('changing any byte of a real signature never verifies', () => {
    fc.assert(
      fc.property(fc.nat(), fc.nat(), fc.integer({ min: 1, max: 255 }), (which, position, xor) => {
        const base = blobs[which % blobs.length]!;
        const mutated = Buffer.from(base);
        const at = position % mutated.length;
        mutated[at] = mutated[at]! ^ xor;
        onlyFormatErrors(() => {
          const sig = parseSshsig(mutated);
          expect(verifySshsig(sig, message, NS)).toBeDefined();
        });
      }),
      { numRuns: 1500 },
    );
  });

  it('a real signature never verifies any other message', () => {
    fc.assert(
      fc.property(fc.nat(), fc.uint8Array({ maxLength: 200 }), (which, other) => {
        fc.pre(!Buffer.from(other).equals(message));
        const sig = parseSshsig(blobs[which % blobs.length]!);
        expect(verifySshsig(sig, Buffer.from(other), NS)).toBeDefined();
      }),
      { numRuns: 300 },
    );
  });

  it('random .sig text never crashes: ArmorError or per-block verdicts, none valid', () => {
    const armoredish = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc
        .tuple(fc.string({ maxLength: 80 }), fc.base64String({ maxLength: 200 }))
        .map(
          ([junk, b64]) =>
            `-----BEGIN SSH SIGNATURE-----\n${b64}\n${junk}\n-----END SSH SIGNATURE-----\n`,
        ),
      fc.uint8Array({ maxLength: 300 }).map((bytes) => armor(Buffer.from(bytes))),
    );
    fc.assert(
      fc.property(armoredish, (text) => {
        try {
          for (const verdict of verifyArmoredSignatures(text, message, NS))
            expect(verdict.error).toBeDefined();
        } catch (error) {
          if (!(error instanceof ArmorError)) throw error;
        }
      }),
      { numRuns: 1500 },
    );
  });
});

describe('allowed_signers parser properties', () => {
  const keyBlobs = () => blobs.map((b) => parseSshsig(b).publicKey.blob);

  it('random text never crashes: entries or one AllowedSignersError with a line', () => {
    const lines = fc.array(
      fc.oneof(
        fc.string({ maxLength: 120 }),
        fc
          .tuple(
            fc.string({ maxLength: 20 }),
            fc.constantFrom(
              '',
              'cert-authority ',
              'namespaces="x" ',
              'valid-after="2024" ',
              'valid-before="20240101Z" ',
            ),
            fc.constantFrom(
              ...['ssh-ed25519', 'ecdsa-sha2-nistp256', 'ssh-rsa', 'sk-ssh-ed25519@openssh.com'],
            ),
            fc.base64String({ maxLength: 120 }),
          )
          .map(([p, o, t, b]) => `${p} ${o}${t} ${b}`),
      ),
      { maxLength: 8 },
    );
    fc.assert(
      fc.property(lines, (list) => {
        const text = list.join('\n');
        try {
          const entries = parseAllowedSigners(text);
          for (const entry of entries) {
            expect(entry.line).toBeGreaterThan(0);
            // Random entries never authorize a real signer's key.
            for (const blob of keyBlobs())
              expect(authorize(entries, blob, 'alice@x', NS, new Date()).ok).toBe(false);
          }
        } catch (error) {
          if (!(error instanceof AllowedSignersError)) throw error;
          expect(error.line).toBeGreaterThan(0);
          expect(error.line).toBeLessThanOrEqual(list.join('\n').split('\n').length);
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('a written line parses back to what was written', () => {
    const principal = fc.stringMatching(/^[a-z*?!][a-z0-9@.*?_-]{0,15}$/);
    fc.assert(
      fc.property(
        fc.array(principal, { minLength: 1, maxLength: 3 }),
        fc.option(fc.stringMatching(/^[a-z*,-]{1,20}$/), { nil: undefined }),
        fc.boolean(),
        fc.nat(),
        (principals, namespaces, quoted, which) => {
          const key = keys[which % keys.length]!;
          const list = principals.join(',');
          const options = namespaces === undefined ? '' : `namespaces="${namespaces}" `;
          const text = `${quoted ? `"${list}"` : list} ${options}${key.publicText}\n`;
          const [entry] = parseAllowedSigners(text);
          expect(entry!.principals).toBe(list);
          expect(entry!.namespaces).toBe(namespaces);
          expect(entry!.fingerprint).toBe(key.fingerprint);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('pattern matching agrees with a regular-expression model', () => {
    const alphabet = fc.constantFrom('a', 'b', '@', '.');
    const text = fc.array(alphabet, { maxLength: 10 }).map((c) => c.join(''));
    const pattern = fc
      .array(fc.constantFrom('a', 'b', '@', '.', '*', '?'), { maxLength: 8 })
      .map((c) => c.join(''));
    const model = (t: string, p: string) =>
      new RegExp(
        `^${p
          .replace(/[.@]/g, (c) => `\\${c}`)
          .replace(/\*/g, '.*')
          .replace(/\?/g, '.')}$`,
        's',
      ).test(t);
    fc.assert(
      fc.property(text, pattern, (t, p) => {
        expect(matchPattern(t, p)).toBe(model(t, p));
      }),
      { numRuns: 3000 },
    );
    fc.assert(
      fc.property(text, fc.array(fc.tuple(fc.boolean(), pattern), { maxLength: 4 }), (t, parts) => {
        const list = parts.map(([neg, p]) => `${neg ? '!' : ''}${p}`).join(',');
        const negated = parts.some(([neg, p]) => neg && model(t, p));
        const positive = parts.some(([neg, p]) => !neg && model(t, p));
        const expected = parts.length === 0 ? (t === '' ? 1 : 0) : negated ? -1 : positive ? 1 : 0;
        expect(matchPatternList(t, list)).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });
});
