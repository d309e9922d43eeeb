import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AllowedSignersError,
  authorize,
  matchPatternList,
  parseAllowedSigners,
  parseSshTime,
} from '../../src/sshsig/allowed-signers.js';
import { parseSshsig, splitArmoredBlocks } from '../../src/sshsig/signature.js';
import { generateKey, sshSign, sshVerify, tempDir, type TestKey } from './ssh.js';

const NS = 'pipeguard-exception';
const message = Buffer.from('exception bytes\n');
let tmp: ReturnType<typeof tempDir>;
let alice: TestKey;
let bob: TestKey;
let aliceSig: string;

beforeAll(() => {
  tmp = tempDir();
  alice = generateKey(tmp.dir, 'ed25519', 'alice');
  bob = generateKey(tmp.dir, 'ecdsa-256', 'bob');
  aliceSig = sshSign(alice, message);
});
afterAll(() => tmp.cleanup());

/** ssh-keygen's -Overify-time value for a Date: YYYYMMDDHHMMSSZ. */
function sshTime(date: Date): string {
  return `${date.toISOString().replace(/[-:T]/g, '').slice(0, 14)}Z`;
}

describe('allowed_signers agrees with ssh-keygen -Y verify', () => {
  const when = new Date('2025-06-15T12:00:00Z');
  const cases: Array<{
    name: string;
    lines: (a: string, b: string) => string;
    principal: string;
    ok: boolean;
  }> = [
    { name: 'exact principal', lines: (a) => `alice@x ${a}`, principal: 'alice@x', ok: true },
    { name: 'other principal', lines: (a) => `alice@x ${a}`, principal: 'bob@x', ok: false },
    { name: 'wildcard', lines: (a) => `*@x ${a}`, principal: 'carol@x', ok: true },
    { name: 'question mark', lines: (a) => `a?ice@x ${a}`, principal: 'alice@x', ok: true },
    { name: 'negation wins', lines: (a) => `!alice@x,*@x ${a}`, principal: 'alice@x', ok: false },
    {
      name: 'negation leaves others',
      lines: (a) => `!alice@x,*@x ${a}`,
      principal: 'dave@x',
      ok: true,
    },
    { name: 'quoted list', lines: (a) => `"alice@x,ops@x" ${a}`, principal: 'ops@x', ok: true },
    {
      name: 'namespace allowed',
      lines: (a) => `alice@x namespaces="pipeguard-*,git" ${a}`,
      principal: 'alice@x',
      ok: true,
    },
    {
      name: 'namespace refused',
      lines: (a) => `alice@x namespaces="git,file" ${a}`,
      principal: 'alice@x',
      ok: false,
    },
    {
      name: 'keyword case',
      lines: (a) => `alice@x NameSpaces="${NS}" ${a}`,
      principal: 'alice@x',
      ok: true,
    },
    {
      name: 'valid window',
      lines: (a) => `alice@x valid-after="20250101Z",valid-before="20260101Z" ${a}`,
      principal: 'alice@x',
      ok: true,
    },
    {
      name: 'not yet valid',
      lines: (a) => `alice@x valid-after="20250616Z" ${a}`,
      principal: 'alice@x',
      ok: false,
    },
    {
      name: 'expired',
      lines: (a) => `alice@x valid-before="20250615115959Z" ${a}`,
      principal: 'alice@x',
      ok: false,
    },
    {
      name: 'boundary is inclusive',
      lines: (a) => `alice@x valid-before="20250615120000Z" ${a}`,
      principal: 'alice@x',
      ok: true,
    },
    {
      name: 'cert-authority never matches a plain key',
      lines: (a) => `alice@x cert-authority ${a}`,
      principal: 'alice@x',
      ok: false,
    },
    { name: 'other key listed', lines: (_a, b) => `alice@x ${b}`, principal: 'alice@x', ok: false },
    {
      name: 'later line rescues an expired one',
      lines: (a) => `alice@x valid-before="20200101Z" ${a}\nalice@x ${a}`,
      principal: 'alice@x',
      ok: true,
    },
    {
      name: 'comments and blanks',
      lines: (a) => `# team keys\n\n   alice@x ${a} laptop key`,
      principal: 'alice@x',
      ok: true,
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const text = `${c.lines(alice.publicText, bob.publicText)}\n`;
      const reference = sshVerify({
        dir: tmp.dir,
        allowedSigners: text,
        principal: c.principal,
        namespace: NS,
        signature: aliceSig,
        message,
        verifyTime: sshTime(when),
      });
      expect(reference.ok, reference.stderr).toBe(c.ok);
      const signers = parseAllowedSigners(text);
      const key = parseSshsig(splitArmoredBlocks(aliceSig)[0]!.blob!).publicKey.blob;
      const verdict = authorize(signers, key, c.principal, NS, when);
      expect(verdict.ok, JSON.stringify(verdict)).toBe(c.ok);
    });
  }

  it('explains each refusal', () => {
    const key = parseSshsig(splitArmoredBlocks(aliceSig)[0]!.blob!).publicKey.blob;
    const at = new Date('2025-06-15T12:00:00Z');
    const explain = (text: string, principal = 'alice@x') => {
      const verdict = authorize(parseAllowedSigners(text), key, principal, NS, at);
      return verdict.ok ? 'ok' : verdict.reason;
    };
    expect(explain(`alice@x ${bob.publicText}`)).toMatch(
      /^key SHA256:\S+ is not in allowed_signers$/,
    );
    expect(explain(`alice@x ${alice.publicText}`, 'mallory@x')).toBe(
      'key is listed for "alice@x" (line 1), not for mallory@x',
    );
    expect(explain(`alice@x valid-before="20250101Z" ${alice.publicText}`)).toBe(
      'line 1: key expired at 2025-01-01T00:00:00Z (valid-before; checked at 2025-06-15T12:00:00Z)',
    );
    expect(explain(`alice@x valid-after="20260101Z" ${alice.publicText}`)).toMatch(
      /not valid before 2026-01-01/,
    );
    expect(explain(`alice@x namespaces="git" ${alice.publicText}`)).toBe(
      'line 1 allows namespaces "git", not "pipeguard-exception"',
    );
  });
});

describe('allowed_signers parser', () => {
  it('reads options, quoted principals and comments', () => {
    const [entry] = parseAllowedSigners(
      `"a@x,b@x" cert-authority,namespaces="p,q",valid-after="20240101",valid-before="202501011200Z" ${alice.publicText}\n`,
    );
    expect(entry).toMatchObject({
      line: 1,
      principals: 'a@x,b@x',
      certAuthority: true,
      namespaces: 'p,q',
      validBefore: Date.UTC(2025, 0, 1, 12, 0) / 1000,
      validAfter: new Date(2024, 0, 1).getTime() / 1000,
      keyType: 'ssh-ed25519',
      fingerprint: alice.fingerprint,
    });
  });

  it('keeps unsupported key types, marked, so a shared git file still loads', () => {
    const sk = `sk-ssh-ed25519@openssh.com ${Buffer.concat([
      Buffer.from([0, 0, 0, 26]),
      Buffer.from('sk-ssh-ed25519@openssh.com'),
      Buffer.from([0, 0, 0, 32]),
      Buffer.alloc(32, 1),
      Buffer.from([0, 0, 0, 4]),
      Buffer.from('ssh:'),
    ]).toString('base64')}`;
    const [entry] = parseAllowedSigners(`yubi@x ${sk}\n`);
    expect(entry!.unsupported).toMatch(/FIDO/);
  });

  const refusals: Array<[string, RegExp]> = [
    ['alice@x valid-after=20240101 KEY', /missing start quote/],
    ['alice@x namespaces="a KEY', /missing end quote/],
    ['alice@x namespaces="a",namespaces="b" KEY', /multiple "namespaces"/],
    ['alice@x valid-after="20240101",valid-after="20240102" KEY', /multiple "valid-after"/],
    ['alice@x valid-after="20250101",valid-before="20240101" KEY', /before "valid-after"/],
    ['alice@x valid-after="20240230" KEY', /invalid "valid-after" time/],
    ['alice@x valid-after="2024" KEY', /invalid "valid-after" time/],
    ['alice@x no-touch-required KEY', /unsupported option/],
    ['alice@x namespaces="a", KEY', /unexpected end-of-options/],
    ['alice@x namespaces="a"x KEY', /unknown key option/],
    ['alice@x', /missing key|invalid key/],
    ['alice@x ssh-ed25519 AAAA', /invalid key/],
    ['alice@x ssh-rsa KEYBODY', /invalid key: key says ssh-rsa but its data is ssh-ed25519/],
    ['"alice@x KEY', /missing end quote/],
  ];
  for (const [line, reason] of refusals) {
    it(`refuses ${line.replace('KEY', '<key>')}`, () => {
      const text = `# header\n${line.replace('KEYBODY', alice.publicText.split(' ')[1]!).replace('KEY', alice.publicText)}\n`;
      expect(() => parseAllowedSigners(text)).toThrow(AllowedSignersError);
      try {
        parseAllowedSigners(text);
      } catch (error) {
        expect((error as AllowedSignersError).line).toBe(2);
        expect((error as Error).message).toMatch(reason);
      }
    });
  }

  it('reads times as OpenSSH does (UTC with Z or UTC, local otherwise)', () => {
    expect(parseSshTime('20250102Z')).toBe(Date.UTC(2025, 0, 2) / 1000);
    expect(parseSshTime('202501020304UTC')).toBe(Date.UTC(2025, 0, 2, 3, 4) / 1000);
    expect(parseSshTime('20250102030405z')).toBe(Date.UTC(2025, 0, 2, 3, 4, 5) / 1000);
    expect(parseSshTime('20250102')).toBe(new Date(2025, 0, 2).getTime() / 1000);
    for (const bad of [
      '2025010',
      '20251301',
      '20250132',
      '202501022460Z',
      'Z',
      '2025-01-02',
      '20250229',
    ]) {
      expect(parseSshTime(bad), bad).toBeUndefined();
    }
    expect(parseSshTime('20240229Z')).toBe(Date.UTC(2024, 1, 29) / 1000);
  });

  it('matches pattern-lists as OpenSSH does', () => {
    expect(matchPatternList('alice@x', 'alice@x')).toBe(1);
    expect(matchPatternList('alice@x', 'ALICE@x')).toBe(0);
    expect(matchPatternList('alice@x', 'bob@x,*')).toBe(1);
    expect(matchPatternList('alice@x', '*,!alice@x')).toBe(-1);
    expect(matchPatternList('', '')).toBe(1);
    expect(matchPatternList('a', '')).toBe(0);
    expect(matchPatternList('abc', 'a*c*')).toBe(1);
    expect(matchPatternList('abc', '??')).toBe(0);
  });
});
