/**
 * The public checksum API other checks build on (provenance binds `manifestDigest`, the eval gate
 * binds exceptions to it):
 *   writeChecksumFile(dir)        → GNU text `checksum.sha256`, sorted, LF, written atomically
 *   verifyChecksums(dir | file)   → Findings for everything sha256sum -c misses or tolerates
 *   manifestDigestOf(file)        → sha256 hex of the checksum file's bytes
 */
import { existsSync } from 'node:fs';
import { open, readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Finding } from '../../report/model.js';
import { InputError } from '../../util/errors.js';
import {
  isPipeguardTempName,
  relativeToRoot,
  resolveInsideRoot,
  writeFileAtomic,
} from '../../util/fs.js';
import { compareUtf8 } from '../../util/order.js';
import { hashFiles, type HashJob, type HashOutcome } from './hash.js';
import {
  classifyListedPath,
  formatGnuLine,
  isSafeRunId,
  parseChecksumFile,
  type ParsedChecksumFile,
  unwritableNameReason,
} from './parse.js';
import { checksumFinding, type FindingSpec } from './rules.js';
import { ListedPathResolver, walkArtifactDir, type Resolved, type WalkProblem } from './walk.js';
import { sha256Hex } from '../../util/sha256.js';

export const CHECKSUM_FILE_NAME = 'checksum.sha256';
/** A checksum file larger than this is not a checksum file (about a million lines). */
const MAX_CHECKSUM_FILE_BYTES = 128 * 1024 * 1024;

export interface ManifestEntry {
  /** Relative to the checksum file's directory, `/` separators. */
  path: string;
  /** Lowercase hex. */
  sha256: string;
}

export interface WriteOptions {
  /** When given, DIR must lie inside it (no `..`, no symlink out). */
  root?: string;
  /** Name of the checksum file inside DIR (default `checksum.sha256`). */
  fileName?: string;
  /** Hashing threads, the calling one included (default: available cores). */
  threads?: number;
  /**
   * Record `# run_id: <id>` as the first line (sha256sum skips comments), so a copy under
   * deployments/ is matched to its run. actions/attest's subject-checksums reads no comments.
   */
  runId?: string;
}

export interface WrittenChecksumFile {
  /** Absolute path of the checksum file written. */
  file: string;
  manifestDigest: string;
  entries: Array<ManifestEntry & { size: number }>;
}

export interface VerifyOptions {
  /** Scanned root: the target must lie inside it; Findings name files relative to it. */
  root: string;
  /** Do not report files present in the directory but absent from the checksum file. */
  allowUnlisted?: boolean;
  threads?: number;
}

export interface VerifyResult {
  findings: Finding[];
  manifestDigest: string;
  /** The well-formed, unique, relative entries, in file order. */
  entries: ManifestEntry[];
  /** Absolute path of the checksum file verified. */
  file: string;
  /** The checksum file relative to the root (what Findings name). */
  manifest: string;
  /** Files whose digest matched. */
  verified: number;
  /** Bytes hashed. */
  bytes: number;
  /** Files hashed by worker threads (0 when everything ran on the calling thread). */
  hashedInWorkers: number;
}

/**
 * What a checksum file never lists and verify never calls unlisted: the checksum file itself and
 * pipeguard's own temp files (an atomic write in flight, or the leftover of a killed one).
 */
function notAnArtifact(checksumName: string): (rel: string) => boolean {
  return (rel) => rel === checksumName || isPipeguardTempName(path.posix.basename(rel));
}

/** sha256 hex of the checksum file's bytes: the value provenance and exceptions bind to. */
export async function manifestDigestOf(checksumFile: string): Promise<string> {
  return sha256Hex(await readFile(checksumFile));
}

/**
 * List every regular file under `dir` in `<checksum file>` (default `checksum.sha256`): sorted by
 * UTF-8 bytes, `/` paths relative to `dir`, `<64 lowercase hex>  <path>` + LF, written atomically.
 * Refuses (InputError) names GNU would escape, symlinks leaving `dir`, symlinked directories,
 * devices/FIFOs/sockets, and an empty directory. The checksum file itself is never listed.
 */
export async function writeChecksumFile(
  dir: string,
  options: WriteOptions = {},
): Promise<WrittenChecksumFile> {
  const fileName = options.fileName ?? CHECKSUM_FILE_NAME;
  if (
    fileName.includes('/') ||
    fileName.includes(path.sep) ||
    fileName === '' ||
    fileName.startsWith('.')
  ) {
    throw new InputError(`checksum file name must be a plain file name, got "${fileName}"`);
  }
  const dirAbs = options.root ? resolveInsideRoot(options.root, dir) : path.resolve(dir);
  const shown = options.root ? relativeToRoot(options.root, dirAbs) || '.' : dir;
  const realDir = await realDirectory(dirAbs, shown);
  const { files, problems } = walkArtifactDir(realDir, notAnArtifact(fileName));
  const first = problems[0];
  if (first) {
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
    throw new InputError(
      `refusing to write a checksum for ${first.path}: ${first.detail}${more}`,
      shown,
    );
  }
  for (const file of files) {
    const reason = unwritableNameReason(file.path);
    if (reason)
      throw new InputError(`refusing to list "${file.path}": its name ${reason}; rename it`, shown);
  }
  if (files.length === 0) throw new InputError('no files to list: the directory is empty', shown);

  const { outcomes } = await hashFiles(
    files.map((f): HashJob => ({ file: f.real, size: f.size })),
    options.threads !== undefined ? { threads: options.threads } : {},
  );
  const entries = files.map((f, i) => {
    const outcome = outcomes[i];
    if (!outcome?.ok)
      throw new InputError(`cannot read ${f.path}: ${outcome?.error ?? 'not hashed'}`, shown);
    return { path: f.path, sha256: outcome.sha256, size: outcome.size };
  });
  if (options.runId !== undefined && !isSafeRunId(options.runId)) {
    throw new InputError(`run id "${options.runId}" must be one path segment without spaces`);
  }
  const header = options.runId !== undefined ? `# run_id: ${options.runId}\n` : '';
  const text = header + entries.map((e) => formatGnuLine(e.sha256, e.path)).join('');
  const file = path.join(dirAbs, fileName);
  await writeFileAtomic(file, text);
  return { file, manifestDigest: sha256Hex(text), entries };
}

/**
 * Verify a checksum file (or DIR/checksum.sha256) strictly: every listed file present, regular,
 * inside the directory and matching; no malformed, duplicate, absolute or `..` line; no file in
 * the directory left unlisted (unless `allowUnlisted`); no symlink leading out. Names resolve
 * against the checksum file's directory. Problems are Findings naming the checksum file and line;
 * an unreadable or absent checksum file is an InputError.
 */
export async function verifyChecksums(
  target: string,
  options: VerifyOptions,
): Promise<VerifyResult> {
  const [result] = await verifyChecksumFiles([target], options);
  return result!;
}

/**
 * `verifyChecksums` for several targets with ONE hashing pass over all their files, so the
 * workers start once (not once per checksum file) and keep every core busy to the end.
 * Results come back in the targets' order.
 */
export async function verifyChecksumFiles(
  targets: string[],
  options: VerifyOptions,
): Promise<VerifyResult[]> {
  const prepared: PreparedVerification[] = [];
  for (const target of targets) prepared.push(await prepareVerification(target, options));
  const jobs = prepared.flatMap((p) => p.jobs);
  const { outcomes, hashedInWorkers } = await hashFiles(
    jobs,
    options.threads !== undefined ? { threads: options.threads } : {},
  );
  let offset = 0;
  return prepared.map((p) => {
    const mine = outcomes.slice(offset, offset + p.jobs.length);
    offset += p.jobs.length;
    // Worker counts are per pass; each result reports the pass it shared.
    return p.finish(mine, hashedInWorkers);
  });
}

interface PreparedVerification {
  jobs: Array<HashJob & { path: string; line: number; expected: string }>;
  finish(outcomes: HashOutcome[], hashedInWorkers: number): VerifyResult;
}

/** Everything but the hashing: parse, resolve, look for unlisted files. */
async function prepareVerification(
  target: string,
  options: VerifyOptions,
): Promise<PreparedVerification> {
  const { root } = options;
  const targetAbs = resolveInsideRoot(root, target);
  const targetInfo = await stat(targetAbs).catch(() => {
    throw new InputError('no such file or directory', relativeToRoot(root, targetAbs) || '.');
  });
  const file = targetInfo.isDirectory() ? path.join(targetAbs, CHECKSUM_FILE_NAME) : targetAbs;
  const manifest = relativeToRoot(root, file);
  const bytes = await readChecksumFile(file, manifest);
  const manifestDigest = sha256Hex(bytes);
  const realDir = await realpath(path.dirname(file));
  const findings: Finding[] = [];
  const report = (spec: Omit<FindingSpec, 'file'>): void => {
    findings.push(checksumFinding({ ...spec, file: manifest }));
  };

  const parsed = parseChecksumFile(bytes);
  for (const problem of parsed.problems) {
    report({
      rule: 'malformed-line',
      line: problem.line,
      message: problem.message,
      subject: `line:${problem.text}`,
    });
  }
  if (parsed.entries.length === 0) {
    report({
      rule: 'empty-manifest',
      message:
        parsed.problems.length > 0
          ? `${manifest} has no valid checksum line (${parsed.problems.length} malformed)`
          : `${manifest} lists no files`,
    });
  }

  const { entries, listed } = usableEntries(parsed, manifest, report);

  // One walk of the directory serves both questions: where each listed path leads (most are
  // plain files it has already seen) and what is present but unlisted.
  const checksumName = path.basename(file);
  const walked = walkArtifactDir(realDir, notAnArtifact(checksumName));
  const walkedFiles = new Map(walked.files.map((f) => [f.path, f]));
  const resolver = new ListedPathResolver(realDir);

  // Resolve each listed path; only regular files inside the directory get hashed.
  const jobs: Array<HashJob & { path: string; line: number; expected: string }> = [];
  for (const entry of entries) {
    const line = listed.get(entry.path)?.line ?? 0;
    const where = { line, subject: entry.path };
    const seen = walkedFiles.get(entry.path);
    const resolved: Resolved = seen
      ? { kind: 'file', real: seen.real, size: seen.size }
      : resolver.resolve(entry.path);
    if (resolved.kind === 'file') {
      jobs.push({
        file: resolved.real,
        size: resolved.size,
        path: entry.path,
        line,
        expected: entry.sha256,
      });
    } else if (resolved.kind === 'missing') {
      // A common slip: sha256sum run from another directory lists root-relative paths.
      const elsewhere = existsSync(path.join(root, entry.path)) && path.dirname(file) !== root;
      report({
        ...where,
        rule: 'missing-file',
        message: `${entry.path}: listed but missing`,
        remedy: elsewhere
          ? `names resolve against ${relativeToRoot(root, path.dirname(file))}/, but ${entry.path} exists relative to the root: rewrite it with \`pipeguard checksums write ${relativeToRoot(root, path.dirname(file))}\``
          : 'copy the complete artifact directory again',
      });
    } else if (resolved.kind === 'symlink-escape') {
      report({ ...where, rule: 'symlink-escape', message: `${entry.path}: ${resolved.detail}` });
    } else {
      report({ ...where, rule: 'not-regular-file', message: `${entry.path}: ${resolved.detail}` });
    }
  }
  // Findings in order: the list's own problems, then the hashing's, then what is unlisted.
  const before = findings.splice(0);
  // What the directory holds beyond the list: the gap sha256sum -c leaves open.
  const present: Array<{ path: string; problem?: WalkProblem }> = [
    ...walked.files.map((f) => ({ path: f.path })),
    ...walked.problems.map((p) => ({ path: p.path, problem: p })),
  ].sort((a, b) => compareUtf8(a.path, b.path));
  // A symlinked directory on the way to listed files was judged with those files already.
  const ancestors = new Set(
    [...listed.keys()].flatMap((p) =>
      p
        .split('/')
        .slice(0, -1)
        .map((_, i, parts) => parts.slice(0, i + 1).join('/')),
    ),
  );
  for (const item of present) {
    if (listed.has(item.path) || (item.problem && ancestors.has(item.path))) continue;
    if (item.problem?.kind === 'symlink-escape') {
      // Reported even with allowUnlisted: a loader globbing the directory would follow it.
      report({
        subject: item.path,
        rule: 'symlink-escape',
        message: `${item.path}: ${item.problem.detail} (not listed)`,
      });
    } else if (!options.allowUnlisted) {
      const what = item.problem ? ` (${item.problem.detail})` : '';
      report({
        subject: item.path,
        rule: 'unlisted-file',
        message: `${item.path}: present but not listed in ${manifest}${what}`,
      });
    }
  }

  const after = findings.splice(0);
  return {
    jobs,
    finish(outcomes, hashedInWorkers) {
      let verified = 0;
      let hashedBytes = 0;
      jobs.forEach((job, i) => {
        const outcome = outcomes[i];
        const where = { line: job.line, subject: job.path };
        if (!outcome?.ok) {
          const rule = outcome?.notRegular ? 'not-regular-file' : 'unreadable';
          report({ ...where, rule, message: `${job.path}: ${outcome?.error ?? 'not hashed'}` });
          return;
        }
        hashedBytes += outcome.size;
        if (outcome.sha256 === job.expected) verified += 1;
        else {
          report({
            ...where,
            rule: 'mismatch',
            message: `${job.path}: SHA-256 mismatch (listed ${job.expected}, actual ${outcome.sha256})`,
          });
        }
      });
      return {
        findings: [...before, ...findings.splice(0), ...after],
        manifestDigest,
        entries,
        file,
        manifest,
        verified,
        bytes: hashedBytes,
        hashedInWorkers,
      };
    },
  };
}

async function readChecksumFile(file: string, shown: string): Promise<Buffer> {
  let handle;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError('checksum file not found', shown);
    throw new InputError(`cannot read checksum file (${code ?? 'error'})`, shown);
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new InputError('checksum file is not a regular file', shown);
    if (info.size > MAX_CHECKSUM_FILE_BYTES) {
      throw new InputError(
        `checksum file is ${info.size} bytes, over the ${MAX_CHECKSUM_FILE_BYTES}-byte limit`,
        shown,
      );
    }
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

async function realDirectory(dirAbs: string, shown: string): Promise<string> {
  let real: string;
  try {
    real = await realpath(dirAbs);
  } catch {
    throw new InputError('no such directory', shown);
  }
  if (!(await stat(real)).isDirectory()) throw new InputError('not a directory', shown);
  return real;
}

type Report = (spec: Omit<FindingSpec, 'file'>) => void;

/** The lines that name a usable path (first occurrence wins); the others are reported. */
function usableEntries(
  parsed: ParsedChecksumFile,
  manifest: string,
  report: Report,
): { entries: ManifestEntry[]; listed: Map<string, { line: number; sha256: string }> } {
  const listed = new Map<string, { line: number; sha256: string }>();
  const entries: ManifestEntry[] = [];
  for (const entry of parsed.entries) {
    const where = { line: entry.line, subject: entry.name };
    const kind = classifyListedPath(entry.name);
    if (kind.kind === 'absolute') {
      report({
        ...where,
        rule: 'absolute-path',
        message: `${entry.name}: absolute path; names must be relative to ${manifest}'s directory`,
      });
    } else if (kind.kind === 'traversal') {
      report({
        ...where,
        rule: 'path-traversal',
        message: `${entry.name}: ".." leaves ${manifest}'s directory`,
      });
    } else if (kind.kind === 'directory') {
      report({
        ...where,
        rule: 'not-regular-file',
        message: `${entry.name}: names the directory itself, not a file`,
      });
    } else {
      const earlier = listed.get(kind.path);
      if (earlier) {
        const same = earlier.sha256 === entry.sha256 ? 'same digest' : 'a different digest';
        report({
          ...where,
          subject: kind.path,
          rule: 'duplicate-entry',
          message: `${kind.path}: listed again (first on line ${earlier.line}, ${same})`,
        });
      } else {
        listed.set(kind.path, { line: entry.line, sha256: entry.sha256 });
        entries.push({ path: kind.path, sha256: entry.sha256 });
      }
    }
  }

  return { entries, listed };
}

/**
 * A checksum file's usable entries as listed, nothing hashed: what a shard compares a deployment
 * with when the run's checksum file is another shard's to verify (and report).
 */
export async function listedManifest(
  root: string,
  manifest: string,
): Promise<{ manifest: string; file: string; entries: ManifestEntry[]; manifestDigest: string }> {
  const file = resolveInsideRoot(root, manifest);
  const bytes = await readChecksumFile(file, manifest);
  const { entries } = usableEntries(parseChecksumFile(bytes), manifest, () => undefined);
  return { manifest, file, entries, manifestDigest: sha256Hex(bytes) };
}
