/**
 * allowed_signers, the file git (`gpg.ssh.allowedSignersFile`) and `ssh-keygen -Y verify` read:
 * `principals [options] keytype base64 [comment]`. Parsed as OpenSSH's sshsig.c parses it —
 * principals are a pattern-list (`*`, `?`, `!`), options are `cert-authority`, `namespaces="…"`,
 * `valid-after="…"`, `valid-before="…"` (quoted, keywords case-insensitive) — but stricter in one
 * way: any malformed line fails the whole file, where OpenSSH skips lines whose principals don't
 * match. A gate should not depend on which line a lookup happens to reach.
 */
import { fingerprintOfBlob, parsePublicKeyText, unsupportedKeyReason } from './keys.js';
import { SshFormatError } from './wire.js';

export interface AllowedSigner {
  /** 1-based line in the file. */
  line: number;
  /** The principals pattern-list as written (quotes removed). */
  principals: string;
  /** `cert-authority` lines vouch for certificates only; pipeguard verifies plain keys, so they never match. */
  certAuthority: boolean;
  /** Pattern-list of namespaces the key may sign for; undefined means any. */
  namespaces?: string;
  /** Seconds since the epoch, as OpenSSH computes them. */
  validAfter?: number;
  validBefore?: number;
  keyType: string;
  keyBlob: Buffer;
  fingerprint: string;
  /** Set when the key type is one pipeguard cannot verify (FIDO, certificates, DSA). */
  unsupported?: string;
}

export class AllowedSignersError extends SshFormatError {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
    this.name = 'AllowedSignersError';
  }
}

/** Parse the whole file; throws AllowedSignersError (with its line) on the first malformed line. */
export function parseAllowedSigners(text: string): AllowedSigner[] {
  const out: AllowedSigner[] = [];
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const raw = lines[index]!.replace(/\r$/, '');
    const body = raw.replace(/^[ \t]+/, '');
    if (body === '' || body.startsWith('#')) continue;
    try {
      out.push(parseLine(body, index + 1));
    } catch (error) {
      throw new AllowedSignersError((error as Error).message, index + 1);
    }
  }
  return out;
}

function parseLine(body: string, line: number): AllowedSigner {
  const { token: principals, rest: afterPrincipals } = takePrincipals(body);
  if (principals === '') throw new SshFormatError('empty principals');
  let rest = afterPrincipals;
  let options = '';
  if (!startsWithKey(rest)) {
    const end = endOfOptions(rest);
    options = rest.slice(0, end);
    rest = rest.slice(end).replace(/^[ \t]+/, '');
    if (rest === '') throw new SshFormatError('missing key');
  }
  const parsed = parseOptions(options);
  let key;
  try {
    key = parsePublicKeyText(rest);
  } catch (error) {
    throw new SshFormatError(`invalid key: ${(error as Error).message}`);
  }
  const unsupported = unsupportedKeyReason(key.type);
  return {
    line,
    principals,
    ...parsed,
    keyType: key.type,
    keyBlob: key.blob,
    fingerprint: fingerprintOfBlob(key.blob),
    ...(unsupported ? { unsupported } : {}),
  };
}

function takePrincipals(body: string): { token: string; rest: string } {
  if (body.startsWith('"')) {
    const close = body.indexOf('"', 1);
    if (close < 0) throw new SshFormatError('principals: missing end quote');
    return { token: body.slice(1, close), rest: body.slice(close + 1).replace(/^[ \t]+/, '') };
  }
  const match = /^([^ \t"]+)(?:[ \t]+|$)/.exec(body);
  if (!match) throw new SshFormatError('principals: unexpected quote');
  return { token: match[1]!, rest: body.slice(match[0].length) };
}

/**
 * True when the text at hand is `keytype base64…` rather than options: every SSH key type begins
 * `ssh-`, `ecdsa-` or `sk-`, and no option does.
 */
function startsWithKey(rest: string): boolean {
  return /^(ssh|ecdsa|sk)-/.test(rest);
}

/** Options end at the first space or tab outside double quotes. */
function endOfOptions(rest: string): number {
  let quoted = false;
  for (let i = 0; i < rest.length; i++) {
    const c = rest[i];
    if (c === '\\' && quoted && rest[i + 1] === '"') i++;
    else if (c === '"') quoted = !quoted;
    else if (!quoted && (c === ' ' || c === '\t')) return i;
  }
  if (quoted) throw new SshFormatError('options: missing end quote');
  return rest.length;
}

type ParsedOptions = Pick<
  AllowedSigner,
  'certAuthority' | 'namespaces' | 'validAfter' | 'validBefore'
>;

function parseOptions(options: string): ParsedOptions {
  const out: ParsedOptions = { certAuthority: false };
  let at = 0;
  const startsWithWord = (word: string): boolean =>
    options.slice(at, at + word.length).toLowerCase() === word;
  while (at < options.length) {
    if (startsWithWord('cert-authority')) {
      out.certAuthority = true;
      at += 'cert-authority'.length;
    } else {
      const name = (['namespaces', 'valid-after', 'valid-before'] as const).find((word) =>
        startsWithWord(`${word}=`),
      );
      if (!name) throw new SshFormatError(`unsupported option at "${options.slice(at, at + 20)}"`);
      at += name.length + 1;
      const { value, next } = dequote(options, at, name);
      at = next;
      if (name === 'namespaces') {
        if (out.namespaces !== undefined) throw new SshFormatError('multiple "namespaces" clauses');
        out.namespaces = value;
      } else {
        const field = name === 'valid-after' ? 'validAfter' : 'validBefore';
        if (out[field] !== undefined) throw new SshFormatError(`multiple "${name}" clauses`);
        const seconds = parseSshTime(value);
        if (seconds === undefined || seconds <= 0)
          throw new SshFormatError(`invalid "${name}" time "${value}"`);
        out[field] = seconds;
      }
    }
    if (at >= options.length) break;
    if (options[at] !== ',') throw new SshFormatError('unknown key option');
    at++;
    if (at >= options.length) throw new SshFormatError('unexpected end-of-options');
  }
  if (
    out.validAfter !== undefined &&
    out.validBefore !== undefined &&
    out.validBefore <= out.validAfter
  ) {
    throw new SshFormatError('"valid-before" time is before "valid-after"');
  }
  return out;
}

function dequote(options: string, at: number, name: string): { value: string; next: number } {
  if (options[at] !== '"')
    throw new SshFormatError(`${name}: missing start quote (write ${name}="…")`);
  let value = '';
  let i = at + 1;
  for (; i < options.length && options[i] !== '"'; i++) {
    if (options[i] === '\\' && options[i + 1] === '"') i++;
    value += options[i];
  }
  if (i >= options.length) throw new SshFormatError(`${name}: missing end quote`);
  return { value, next: i + 1 };
}

/**
 * `YYYYMMDD[Z]`, `YYYYMMDDHHMM[Z]` or `YYYYMMDDHHMMSS[Z]` (also `UTC` suffix) to epoch seconds, as
 * OpenSSH's parse_absolute_time reads it: UTC with the suffix, local time without. Impossible
 * calendar values are refused instead of being rolled over.
 */
export function parseSshTime(value: string): number | undefined {
  let text = value;
  let utc = false;
  if (/z$/i.test(text) && text.length > 1) {
    utc = true;
    text = text.slice(0, -1);
  } else if (/utc$/i.test(text) && text.length > 3) {
    utc = true;
    text = text.slice(0, -3);
  }
  if (!/^\d+$/.test(text) || ![8, 12, 14].includes(text.length)) return undefined;
  const part = (from: number, to: number): number =>
    text.length >= to ? Number(text.slice(from, to)) : 0;
  const [year, month, day, hour, minute, second] = [
    part(0, 4),
    part(4, 6),
    part(6, 8),
    part(8, 10),
    part(10, 12),
    part(12, 14),
  ] as [number, number, number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59)
    return undefined;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return undefined;
  const millis = utc
    ? Date.UTC(year, month - 1, day, hour, minute, second)
    : new Date(year, month - 1, day, hour, minute, second).getTime();
  return Math.floor(millis / 1000);
}

/** OpenSSH's match_pattern: `*` any run of characters, `?` exactly one; case-sensitive. */
export function matchPattern(text: string, pattern: string): boolean {
  // Iterative glob match with single-star backtracking: linear-ish, no regex from user input.
  let t = 0;
  let p = 0;
  let starP = -1;
  let starT = 0;
  while (t < text.length) {
    if (p < pattern.length && (pattern[p] === '?' || pattern[p] === text[t])) {
      t++;
      p++;
    } else if (p < pattern.length && pattern[p] === '*') {
      starP = p++;
      starT = t;
    } else if (starP >= 0) {
      p = starP + 1;
      t = ++starT;
    } else {
      return false;
    }
  }
  while (p < pattern.length && pattern[p] === '*') p++;
  return p === pattern.length;
}

/**
 * OpenSSH's match_pattern_list: 1 when some positive pattern matches and no negated (`!`) one does,
 * -1 when a negated pattern matches, 0 otherwise.
 */
export function matchPatternList(text: string, list: string): -1 | 0 | 1 {
  let positive = false;
  for (const raw of list.split(',')) {
    const negated = raw.startsWith('!');
    const pattern = negated ? raw.slice(1) : raw;
    if (pattern.length >= 1023) return 0;
    if (matchPattern(text, pattern)) {
      if (negated) return -1;
      positive = true;
    }
  }
  return positive ? 1 : 0;
}

export type Authorization = { ok: true; line: number } | { ok: false; reason: string };

/**
 * May the key with this blob sign for `principal` in `namespace` at `when`? Mirrors
 * `ssh-keygen -Y verify -I principal -n namespace -Overify-time=when`: the first line listing the
 * principal and the byte-equal key whose options allow it wins.
 */
export function authorize(
  signers: readonly AllowedSigner[],
  keyBlob: Buffer,
  principal: string,
  namespace: string,
  when: Date,
): Authorization {
  const seconds = Math.floor(when.getTime() / 1000);
  let refusal: string | undefined;
  let listedFor: string[] = [];
  for (const entry of signers) {
    if (entry.certAuthority || !entry.keyBlob.equals(keyBlob)) continue;
    if (matchPatternList(principal, entry.principals) !== 1) {
      listedFor.push(`"${entry.principals}" (line ${entry.line})`);
      continue;
    }
    if (entry.namespaces !== undefined && matchPatternList(namespace, entry.namespaces) !== 1) {
      refusal ??= `line ${entry.line} allows namespaces "${entry.namespaces}", not "${namespace}"`;
      continue;
    }
    if (entry.validAfter !== undefined && seconds < entry.validAfter) {
      refusal ??= `line ${entry.line}: key not valid before ${isoSeconds(entry.validAfter)} (checked at ${isoSeconds(seconds)})`;
      continue;
    }
    if (entry.validBefore !== undefined && seconds > entry.validBefore) {
      refusal ??= `line ${entry.line}: key expired at ${isoSeconds(entry.validBefore)} (valid-before; checked at ${isoSeconds(seconds)})`;
      continue;
    }
    return { ok: true, line: entry.line };
  }
  if (refusal) return { ok: false, reason: refusal };
  listedFor = [...new Set(listedFor)];
  if (listedFor.length > 0)
    return { ok: false, reason: `key is listed for ${listedFor.join(', ')}, not for ${principal}` };
  return { ok: false, reason: `key ${fingerprintOfBlob(keyBlob)} is not in allowed_signers` };
}

function isoSeconds(seconds: number): string {
  return new Date(seconds * 1000).toISOString().replace('.000Z', 'Z');
}
