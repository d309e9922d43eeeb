/**
 * The checksum-file grammar `sha256sum -c` reads, parsed strictly and without ever throwing:
 * every line becomes an entry or a located problem.
 *
 *   GNU text        `<64 hex>  <name>`            (what `sha256sum` and pipeguard write)
 *   GNU binary      `<64 hex> *<name>`            (`sha256sum -b`)
 *   reversed BSD    `<64 hex> <name>`             (one space or tab; never mixed with the two above)
 *   BSD tag         `SHA256 (<name>) = <64 hex>`  (`sha256sum --tag`)
 *   escaped name    a leading `\` on any form: `\\` → `\`, `\n` → LF, `\r` → CR in the name
 *   `#` comments and empty lines are skipped; CRLF endings are accepted; hex may be upper case.
 * Like GNU, leading blanks before the digest are allowed and a whitespace-only line is malformed.
 */
import { UTF16_NOT_SUPPORTED, utf16ByteOrder } from '../../util/text.js';

export type LineFormat = 'text' | 'binary' | 'reversed' | 'tag';

export interface ParsedEntry {
  /** 1-based line in the checksum file. */
  line: number;
  /** The name exactly as listed (unescaped), before any path checks. */
  name: string;
  /** Lowercase hex. */
  sha256: string;
  format: LineFormat;
}

export interface LineProblem {
  line: number;
  message: string;
  /** The line's bytes (decoded leniently): what a fingerprint keys on, stable across moves. */
  text: string;
}

export interface ParsedChecksumFile {
  entries: ParsedEntry[];
  problems: LineProblem[];
  /** Lines read, counting blank and comment lines. */
  lineCount: number;
}

export const SHA256_HEX_LENGTH = 64;
const HEX = /^[0-9a-fA-F]+$/;
const utf8 = new TextDecoder('utf-8', { fatal: true });

type LineResult =
  | { kind: 'skip' }
  | { kind: 'entry'; name: string; sha256: string; format: LineFormat }
  | { kind: 'problem'; message: string };

/** Parse the raw bytes of a checksum file. Never throws. */
export function parseChecksumFile(bytes: Uint8Array): ParsedChecksumFile {
  const entries: ParsedEntry[] = [];
  const problems: LineProblem[] = [];
  // GNU refuses to mix `hex  name` with `hex name` in one file: a renamed file with a leading
  // space could otherwise be read either way.
  let layout: 'standard' | 'reversed' | undefined;
  if (utf16ByteOrder(bytes)) {
    // Every line would fail on its own (NUL bytes); the file as a whole is the problem.
    problems.push({ line: 1, message: UTF16_NOT_SUPPORTED, text: '' });
    return { entries, problems, lineCount: 1 };
  }
  let start = 0;
  let line = 0;
  while (start < bytes.length) {
    let end = bytes.indexOf(0x0a, start);
    if (end === -1) end = bytes.length;
    line += 1;
    let stop = end;
    if (stop > start && bytes[stop - 1] === 0x0d) stop -= 1;
    if (line === 1 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
      // Editors on Windows add it; sha256sum rejects the line too.
      problems.push({
        line,
        message: 'starts with a UTF-8 byte-order mark (BOM); save the file without one',
        text: Buffer.from(bytes.subarray(start, stop)).toString('utf8'),
      });
      start = end + 1;
      continue;
    }
    const raw = bytes.subarray(start, stop);
    const result = parseLine(raw);
    start = end + 1;
    if (result.kind === 'skip') continue;
    const text = (): string => Buffer.from(raw).toString('utf8');
    if (result.kind === 'problem') {
      problems.push({ line, message: result.message, text: text() });
      continue;
    }
    if (result.format !== 'tag') {
      const thisLayout = result.format === 'reversed' ? 'reversed' : 'standard';
      if (layout === undefined) layout = thisLayout;
      else if (layout !== thisLayout) {
        problems.push({
          line,
          text: text(),
          message:
            thisLayout === 'reversed'
              ? 'one space between digest and name, but earlier lines use two (or " *"): ambiguous, rewrite the file'
              : 'two spaces (or " *") between digest and name, but earlier lines use one: ambiguous, rewrite the file',
        });
        continue;
      }
    }
    entries.push({ line, name: result.name, sha256: result.sha256, format: result.format });
  }
  return { entries, problems, lineCount: line };
}

function parseLine(raw: Uint8Array): LineResult {
  if (raw.length === 0) return { kind: 'skip' };
  if (raw[0] === 0x23 /* # */) return { kind: 'skip' };
  let text: string;
  try {
    text = utf8.decode(raw);
  } catch {
    return { kind: 'problem', message: 'line is not valid UTF-8' };
  }
  if (text.includes('\0')) return { kind: 'problem', message: 'line contains a NUL byte' };
  let i = 0;
  while (text[i] === ' ' || text[i] === '\t') i += 1;
  if (i === text.length) return { kind: 'problem', message: 'line holds only whitespace' };
  let escaped = false;
  if (text[i] === '\\') {
    escaped = true;
    i += 1;
  }
  const rest = text.slice(i);
  const tag = /^([A-Za-z][A-Za-z0-9-]*) ?\(/.exec(rest);
  if (tag && !isFullDigest(rest.slice(0, SHA256_HEX_LENGTH)))
    return parseTagLine(rest, tag[1] ?? '', escaped);
  return parseGnuLine(rest, escaped);
}

function parseTagLine(rest: string, algorithm: string, escaped: boolean): LineResult {
  if (algorithm !== 'SHA256') {
    return { kind: 'problem', message: `BSD tag line for ${algorithm}, expected SHA256` };
  }
  // BSD tools do not escape names, so the name ends at the LAST `)` (as GNU reads it).
  const match = /^SHA256 ?\((.*)\)[ \t]*=[ \t]*(.*)$/s.exec(rest);
  if (!match)
    return {
      kind: 'problem',
      message: 'malformed BSD tag line, expected "SHA256 (name) = <64 hex>"',
    };
  const digestProblem = describeDigestProblem(match[2] ?? '');
  if (digestProblem) return { kind: 'problem', message: digestProblem };
  return finishEntry(match[1] ?? '', (match[2] ?? '').toLowerCase(), 'tag', escaped);
}

function parseGnuLine(rest: string, escaped: boolean): LineResult {
  const gap = rest.search(/[ \t]/);
  if (gap === -1) {
    const digestProblem = describeDigestProblem(rest);
    return {
      kind: 'problem',
      message: digestProblem
        ? `${digestProblem}, and no file name`
        : 'no file name after the digest',
    };
  }
  const digest = rest.slice(0, gap);
  const digestProblem = describeDigestProblem(digest);
  if (digestProblem) return { kind: 'problem', message: digestProblem };
  const afterGap = rest.slice(gap + 1);
  const flag = afterGap[0];
  if (rest[gap] === ' ' && afterGap.length > 1 && (flag === ' ' || flag === '*')) {
    return finishEntry(
      afterGap.slice(1),
      digest.toLowerCase(),
      flag === '*' ? 'binary' : 'text',
      escaped,
    );
  }
  return finishEntry(afterGap, digest.toLowerCase(), 'reversed', escaped);
}

function finishEntry(
  rawName: string,
  sha256: string,
  format: LineFormat,
  escaped: boolean,
): LineResult {
  let name = rawName;
  if (escaped) {
    const unescaped = unescapeName(rawName);
    if (unescaped === undefined) {
      return {
        kind: 'problem',
        message: 'invalid escape in name (only \\\\, \\n and \\r are defined)',
      };
    }
    name = unescaped;
  }
  if (name === '') return { kind: 'problem', message: 'no file name after the digest' };
  return { kind: 'entry', name, sha256, format };
}

function isFullDigest(text: string): boolean {
  return text.length === SHA256_HEX_LENGTH && HEX.test(text);
}

/** Undefined when `text` is a well-formed SHA-256 hex digest, else why not. */
export function describeDigestProblem(text: string): string | undefined {
  if (text === '') return 'no digest';
  if (!HEX.test(text)) return `digest "${clip(text)}" has non-hex characters`;
  if (text.length < SHA256_HEX_LENGTH) {
    return `digest is ${text.length} hex digits, SHA-256 needs ${SHA256_HEX_LENGTH} (truncated?)`;
  }
  if (text.length > SHA256_HEX_LENGTH) {
    const algorithm = text.length === 128 ? ' (that is a SHA-512 length)' : '';
    return `digest is ${text.length} hex digits, SHA-256 needs ${SHA256_HEX_LENGTH}${algorithm}`;
  }
  return undefined;
}

function clip(text: string): string {
  return text.length > 24 ? `${text.slice(0, 24)}…` : text;
}

/** GNU's name escapes: `\\`, `\n`, `\r`. Anything else is malformed. */
function unescapeName(text: string): string | undefined {
  let out = '';
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (c !== '\\') {
      out += c;
      continue;
    }
    const next = text[i + 1];
    if (next === '\\') out += '\\';
    else if (next === 'n') out += '\n';
    else if (next === 'r') out += '\r';
    else return undefined;
    i += 1;
  }
  return out;
}

/**
 * Why GNU `sha256sum` would have to escape (or could misread) this relative path, or undefined
 * when it can be written verbatim as `<hex>  <path>` and read back identically by `sha256sum -c`,
 * `shasum -a 256 -c` and actions/attest's `subject-checksums`.
 */
export function unwritableNameReason(relativePath: string): string | undefined {
  if (relativePath.includes('\\')) return 'contains a backslash, which sha256sum would escape';
  if (relativePath.includes('\n')) return 'contains a newline, which sha256sum would escape';
  if (relativePath.includes('\r'))
    return 'contains a carriage return, which sha256sum would escape';
  if (relativePath.startsWith('*'))
    return 'starts with "*", which readers take for the binary-mode flag';
  if (relativePath.startsWith(' ')) return 'starts with a space, which readers strip or misread';
  if (relativePath === '-') return 'is "-", which sha256sum -c reads as standard input';
  return undefined;
}

export type ListedPath =
  | { kind: 'relative'; path: string }
  | { kind: 'absolute' }
  | { kind: 'traversal' }
  | { kind: 'directory' };

/**
 * Classify a listed name: absolute paths and `..` segments are refused outright (both `/` and `\`
 * count as separators for this, so a Windows-style `..\x` is refused too); `./` and doubled
 * slashes are normalised away.
 */
export function classifyListedPath(name: string): ListedPath {
  if (name.startsWith('/') || name.startsWith('\\') || /^[A-Za-z]:/.test(name))
    return { kind: 'absolute' };
  const parts = name.split(/[\\/]/);
  if (parts.includes('..')) return { kind: 'traversal' };
  const kept = name.split('/').filter((part) => part !== '' && part !== '.');
  if (kept.length === 0) return { kind: 'directory' };
  return { kind: 'relative', path: kept.join('/') };
}

/** One GNU text line, as pipeguard writes it (names must pass `unwritableNameReason`). */
export function formatGnuLine(sha256: string, relativePath: string): string {
  return `${sha256}  ${relativePath}\n`;
}

/** A run id names one directory under runs/: no separators or blanks, no dot-only names. */
export function isSafeRunId(runId: string): boolean {
  return /^[^/\\\s]+$/.test(runId) && runId !== '..' && runId !== '.';
}
