/**
 * Which files a tree scan reads, and reading one safely: never through a symlink, never more than
 * the size cap, never a binary (except the key formats a rule understands); every file not read is
 * a reported skip, never a silent one.
 */
import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readdirSync,
  readSync,
  realpathSync,
} from 'node:fs';
import { access, lstat } from 'node:fs/promises';
import path from 'node:path';
import { InputError } from '../../util/errors.js';
import { isInside, relativeToRoot } from '../../util/fs.js';
import { gitLines, gitOutput } from './git-stream.js';
import { PKCS12_EXTENSIONS } from './rules/pkcs12.js';

export type SkipReason =
  | 'binary'
  | 'too-large'
  | 'symlink'
  | 'symlink-outside-root'
  | 'unreadable'
  | 'not-a-file'
  /** A directory where a file was listed: in a git tree a submodule (gitlink). */
  | 'directory'
  /** A submodule whose work tree is not checked out: nothing of it can be read. */
  | 'submodule-not-checked-out';

export interface Skip {
  path: string;
  reason: SkipReason;
  detail?: string;
}

export type ReadResult =
  | {
      kind: 'text';
      text: string;
      bytes: number;
      nonUtf8: boolean;
      /** The bytes `text` was decoded from, when they are UTF-8 (the keyword prefilter reads them). */
      utf8?: Uint8Array;
    }
  | { kind: 'binary-key'; text: string; bytes: number }
  | { kind: 'skip'; skip: Skip };

/** Binary formats some rule reads itself (PKCS#12 key stores: GCP .p12, any .p12 / .pfx). */
const BINARY_KEY_EXTENSIONS = new Set(PKCS12_EXTENSIONS);
const SNIFF_BYTES = 8000;

export const DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;

/** `10MB`, `512k`, `1048576` → bytes. */
export function parseSize(value: string | number | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  if (typeof value === 'number') {
    if (!Number.isInteger(value) || value <= 0)
      throw new InputError(`max-file-size must be a positive number of bytes, not ${value}`);
    return value;
  }
  const match = /^\s*(\d+(?:\.\d+)?)\s*(b|k|kb|kib|m|mb|mib|g|gb|gib)?\s*$/i.exec(value);
  if (!match)
    throw new InputError(`max-file-size must look like 10MB, 512k or 1048576, not "${value}"`);
  const unit = (match[2] ?? 'b').toLowerCase()[0]!;
  const factor = unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1;
  const bytes = Math.floor(Number(match[1]) * factor);
  if (bytes <= 0) throw new InputError(`max-file-size must be positive, not "${value}"`);
  return bytes;
}

/**
 * Read one listed file for scanning, with four system calls (open, fstat, read, close) and no
 * thread-pool round trips (the callers scan what they read at once, on a thread of their own or in
 * a command doing nothing else meanwhile): on a tree of small files the
 * asynchronous lstat / open / fstat / read / read-to-EOF / close sequence left them idle about a
 * fifth of the time (bench/secrets profile). `O_NOFOLLOW` refuses a symlink at open, so a link is
 * never read through (its target is scanned where it lives inside the root, or not at all);
 * `O_NONBLOCK` keeps a FIFO in a walked tree from blocking the scan.
 */
export function readCandidateSync(root: string, rel: string, maxBytes: number): ReadResult {
  const absolute = path.join(root, rel);
  let fd: number;
  try {
    const refused = linkRefusal(absolute);
    if (refused) throw refused;
    fd = openSync(absolute, OPEN_FLAGS);
  } catch (error) {
    return openFailure(root, rel, absolute, error);
  }
  try {
    const info = fstatSync(fd);
    if (info.isDirectory()) return skip(rel, 'directory');
    if (!info.isFile()) return skip(rel, 'not-a-file');
    if (info.size > maxBytes) return skip(rel, 'too-large', `${info.size} bytes > ${maxBytes}`);
    const buffer = Buffer.allocUnsafe(info.size);
    let length = 0;
    // One read returns the whole file in practice; a short read (a file shrinking) ends it.
    while (length < buffer.length) {
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
    }
    return classify(rel, buffer.subarray(0, length));
  } catch (error) {
    return skip(rel, 'unreadable', codeOf(error));
  } finally {
    closeSync(fd);
  }
}

/**
 * Where the platform has no `O_NOFOLLOW` (Windows), an lstat before the open refuses links
 * instead (`undefined` flags would otherwise silently drop out of the mask).
 */
const NOFOLLOW: number | undefined = constants.O_NOFOLLOW;
const OPEN_FLAGS = constants.O_RDONLY | (NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);
const LOOP = 'ELOOP';

/** Without `O_NOFOLLOW`: the error an open of a symlink would have given, else undefined. */
function linkRefusal(absolute: string): NodeJS.ErrnoException | undefined {
  if (NOFOLLOW !== undefined) return undefined;
  try {
    if (!lstatSync(absolute).isSymbolicLink()) return undefined;
  } catch {
    return undefined;
  }
  return Object.assign(new Error('symbolic link'), { code: LOOP });
}

/** Why a listed path could not be opened: a symlink (inside or leaving the root), else its error. */
function openFailure(root: string, rel: string, absolute: string, error: unknown): ReadResult {
  const code = codeOf(error);
  if (code !== LOOP) return skip(rel, 'unreadable', code);
  let target: string | undefined;
  try {
    target = realpathSync(absolute);
  } catch {
    target = undefined;
  }
  const outside = target === undefined || !isInside(realpathSync(root), target);
  return skip(rel, outside ? 'symlink-outside-root' : 'symlink');
}

function classify(rel: string, buffer: Buffer): ReadResult {
  if (isBinary(buffer)) {
    if (BINARY_KEY_EXTENSIONS.has(path.extname(rel).toLowerCase()))
      return { kind: 'binary-key', text: '', bytes: buffer.length };
    return skip(rel, 'binary');
  }
  return decodeText(buffer);
}

/** A NUL byte in the first 8000 bytes, as git decides. */
export function isBinary(buffer: Uint8Array): boolean {
  return buffer.subarray(0, SNIFF_BYTES).indexOf(0) !== -1;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** UTF-8 text; bytes that are not UTF-8 become U+FFFD (ASCII secrets around them still match). */
export function decodeText(buffer: Buffer): ReadResult {
  try {
    const text = strictUtf8.decode(buffer);
    return { kind: 'text', text, bytes: buffer.length, nonUtf8: false, utf8: buffer };
  } catch {
    return { kind: 'text', text: buffer.toString('utf8'), bytes: buffer.length, nonUtf8: true };
  }
}

function skip(rel: string, reason: SkipReason, detail?: string): ReadResult {
  return { kind: 'skip', skip: { path: rel, reason, ...(detail ? { detail } : {}) } };
}

function codeOf(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? 'error';
}

/**
 * Files of the tree, root-relative: in a git work tree what git tracks plus untracked files that
 * are not ignored (so .gitignore is respected); elsewhere a walk that skips `.git`.
 */
export async function* treeFiles(
  root: string,
  inGit: boolean,
  pathspecs: string[],
): AsyncGenerator<string> {
  if (inGit) {
    const specs = ['--', ...(pathspecs.length ? pathspecs : ['.'])];
    // Two listings side by side, tracked files yielded first: git prints those at once from its
    // index, while finding the untracked ones walks the whole directory first (68 ms of an 80 ms
    // listing of a 3,500-file tree), so the scan starts that much sooner. The two sets are
    // disjoint: an untracked file is one the index does not hold.
    const untracked = collect(
      gitPaths(root, ['ls-files', '-z', '--others', '--exclude-standard', ...specs]),
    );
    // Its failure is thrown where it is awaited below, not as an unhandled rejection meanwhile.
    untracked.catch(() => undefined);
    yield* gitPaths(root, ['ls-files', '-z', '--cached', '--deduplicate', ...specs]);
    yield* await untracked;
    return;
  }
  for (const spec of pathspecs.length ? pathspecs : ['.']) yield* walk(root, path.join(root, spec));
}

/** Every item of an async iterable (`Array.fromAsync`, which Node 20 lacks). */
async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

/** The NUL-separated paths a `git ls-files -z` prints, as they stream. */
async function* gitPaths(root: string, args: string[]): AsyncGenerator<string> {
  // -z output is one NUL-separated "line"; split it as it streams.
  // A newline inside a file name arrives as a line break: put it back.
  let rest: string | undefined;
  for await (const line of gitLines(root, args, 'list the files to scan')) {
    const parts = (rest === undefined ? line : `${rest}\n${line}`).split('\0');
    rest = parts.pop() ?? '';
    for (const part of parts) if (part) yield part;
  }
  if (rest) yield rest;
}

/**
 * Synchronous reads of each directory: the listing is all this thread does meanwhile (workers boot
 * on their own threads), and a thread-pool round trip per directory made the walk of the bench's
 * 8,000-file tree take as long as a worker's start.
 */
async function* walk(root: string, start: string): AsyncGenerator<string> {
  let info;
  try {
    info = lstatSync(start);
  } catch {
    yield relativeToRoot(root, start);
    return;
  }
  if (!info.isDirectory()) {
    yield relativeToRoot(root, start);
    return;
  }
  const stack = [start];
  while (stack.length > 0) {
    const dir = stack.pop()!;
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      yield relativeToRoot(root, dir);
      continue;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== '.git') stack.push(full);
      } else yield relativeToRoot(root, full);
    }
  }
}

/**
 * The paths a user named that cannot be read, each with the reason (`ENOENT`, `EACCES`, …): a
 * typo must stop the run rather than scan nothing and pass.
 */
export async function unreadablePaths(
  root: string,
  given: readonly string[],
): Promise<Array<{ path: string; code: string }>> {
  const out: Array<{ path: string; code: string }> = [];
  for (const p of given) {
    try {
      const absolute = path.resolve(root, p);
      await access(absolute, constants.R_OK);
      // The walk never follows links, so a named link would scan nothing and pass.
      if (path.relative(root, absolute) !== '' && (await lstat(absolute)).isSymbolicLink())
        out.push({ path: p, code: SYMLINK });
    } catch (error) {
      out.push({ path: p, code: codeOf(error) });
    }
  }
  return out;
}

const SYMLINK = 'SYMLINK';

export function unreadablePathError(p: string, code: string): InputError {
  const problem =
    code === 'ENOENT'
      ? 'no such file or directory'
      : code === SYMLINK
        ? 'is a symbolic link, which is never followed: name the path it points to'
        : `cannot be read (${code})`;
  return new InputError(problem, p);
}

/** Of the root-relative paths, those git records as submodules (gitlinks, mode 160000). */
export async function submodulePaths(root: string, rels: readonly string[]): Promise<Set<string>> {
  const wanted = new Set(rels.filter((r) => r !== '.' && r !== ''));
  if (wanted.size === 0) return new Set();
  const listed = await gitOutput(
    root,
    ['ls-files', '-z', '--stage', '--', ...[...wanted].map((r) => `:(literal)${r}`)],
    'list the named paths',
  );
  const found = new Set<string>();
  for (const entry of listed.split('\0')) {
    const tab = entry.indexOf('\t');
    if (entry.startsWith('160000 ') && wanted.has(entry.slice(tab + 1)))
      found.add(entry.slice(tab + 1));
  }
  return found;
}

/** A submodule's work tree is checked out when it has its own `.git` (a file or a directory). */
export async function isCheckedOutSubmodule(root: string, rel: string): Promise<boolean> {
  try {
    await lstat(path.join(root, rel, '.git'));
    return true;
  } catch {
    return false;
  }
}
