/**
 * What an artifact directory holds, as the writer lists it and the verifier compares it:
 * regular files (and symlinks to regular files that stay inside the directory), everything else
 * reported as a problem the caller decides about. Metadata calls are synchronous on purpose: an
 * async lstat is a thread-pool round trip, which made 20 000 small files take seconds.
 */
import {
  lstatSync,
  readdirSync,
  readlinkSync,
  realpathSync,
  statSync,
  type Dirent,
  type Stats,
} from 'node:fs';
import path from 'node:path';
import { isInside } from '../../util/fs.js';
import { compareUtf8 } from '../../util/order.js';

export interface WalkedFile {
  /** Relative to the walked directory, `/` separators. */
  path: string;
  /** Real path to open for hashing. */
  real: string;
  size: number;
}

export type WalkProblemKind =
  | 'symlink-escape'
  | 'dangling-symlink'
  | 'symlinked-directory'
  | 'not-regular'
  | 'not-utf8'
  | 'unreadable-directory';

export interface WalkProblem {
  path: string;
  kind: WalkProblemKind;
  detail: string;
}

export interface WalkResult {
  files: WalkedFile[];
  problems: WalkProblem[];
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Walk `realDir` (already a real path). `skip(rel)` leaves out paths such as the checksum file.
 * Symlinked directories are never descended: their files would be listed twice or from outside.
 */
export function walkArtifactDir(realDir: string, skip: (rel: string) => boolean): WalkResult {
  const files: WalkedFile[] = [];
  const problems: WalkProblem[] = [];
  const pending: string[] = [''];
  while (pending.length > 0) {
    const relDir = pending.pop() ?? '';
    let entries: Array<Dirent<Buffer>>;
    try {
      entries = readdirSync(path.join(realDir, relDir), {
        withFileTypes: true,
        encoding: 'buffer',
      }) as unknown as Array<Dirent<Buffer>>;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'error';
      problems.push({
        path: relDir || '.',
        kind: 'unreadable-directory',
        detail: `directory cannot be read (${code})`,
      });
      continue;
    }
    for (const entry of entries) {
      let name: string;
      try {
        name = utf8.decode(entry.name);
      } catch {
        const shown = entry.name.toString('utf8');
        problems.push({
          path: join(relDir, shown),
          kind: 'not-utf8',
          detail: 'name is not valid UTF-8',
        });
        continue;
      }
      const rel = join(relDir, name);
      if (skip(rel)) continue;
      const absolute = path.join(realDir, rel);
      if (entry.isDirectory()) {
        pending.push(rel);
      } else if (entry.isFile()) {
        files.push({ path: rel, real: absolute, size: lstatSync(absolute).size });
      } else if (entry.isSymbolicLink()) {
        const outcome = followLink(realDir, absolute);
        if ('file' in outcome) files.push({ path: rel, real: outcome.file, size: outcome.size });
        else problems.push({ path: rel, kind: outcome.kind, detail: outcome.detail });
      } else {
        problems.push({
          path: rel,
          kind: 'not-regular',
          detail: 'not a regular file (device, FIFO or socket)',
        });
      }
    }
  }
  files.sort((a, b) => compareUtf8(a.path, b.path));
  problems.sort((a, b) => compareUtf8(a.path, b.path));
  return { files, problems };
}

type LinkOutcome = { file: string; size: number } | { kind: WalkProblemKind; detail: string };

/** Where a symlink inside the directory leads, judged against the directory's real path. */
export function followLink(realDir: string, absolute: string): LinkOutcome {
  let target: string;
  try {
    target = realpathSync(absolute);
  } catch {
    let link = '?';
    try {
      link = readlinkSync(absolute);
    } catch {
      // vanished meanwhile: judged as dangling below
    }
    const resolved = path.resolve(path.dirname(absolute), link);
    if (!isInside(realDir, resolved)) {
      return { kind: 'symlink-escape', detail: `symlink to ${link}, outside the directory` };
    }
    return { kind: 'dangling-symlink', detail: `symlink to ${link}, which does not exist` };
  }
  if (!isInside(realDir, target)) {
    return { kind: 'symlink-escape', detail: `symlink to ${target}, outside the directory` };
  }
  const info = statSync(target);
  if (info.isDirectory()) return { kind: 'symlinked-directory', detail: 'symlink to a directory' };
  if (!info.isFile())
    return { kind: 'not-regular', detail: 'symlink to something that is not a regular file' };
  return { file: target, size: info.size };
}

function join(relDir: string, name: string): string {
  return relDir === '' ? name : `${relDir}/${name}`;
}

export type Resolved =
  | { kind: 'file'; real: string; size: number }
  | { kind: 'missing' }
  | { kind: 'symlink-escape' | 'not-regular'; detail: string };

/**
 * Where listed relative paths lead, never following one out of the directory. Every component is
 * checked, so a symlinked parent (`sub -> /etc`, listed `sub/passwd`) is caught too; directories
 * already judged are cached, so N files in one folder cost N lstat calls, not N × depth.
 */
export class ListedPathResolver {
  private readonly dirs = new Map<string, { real: string } | { failed: Resolved }>();

  constructor(private readonly realDir: string) {}

  resolve(rel: string): Resolved {
    const parts = rel.split('/');
    let current = this.realDir;
    for (let i = 0; i < parts.length - 1; i += 1) {
      const prefix = parts.slice(0, i + 1).join('/');
      let judged = this.dirs.get(prefix);
      if (!judged) {
        judged = this.judgeDirectory(path.join(current, parts[i] ?? ''), prefix);
        this.dirs.set(prefix, judged);
      }
      if ('failed' in judged) return judged.failed;
      current = judged.real;
    }
    return this.judgeFile(path.join(current, parts[parts.length - 1] ?? ''));
  }

  private judgeDirectory(
    absolute: string,
    prefix: string,
  ): { real: string } | { failed: Resolved } {
    const info = lstatOrUndefined(absolute);
    if (!info) return { failed: { kind: 'missing' } };
    if (info.isDirectory()) return { real: absolute };
    if (!info.isSymbolicLink()) return { failed: { kind: 'missing' } };
    const outcome = followLink(this.realDir, absolute);
    if ('file' in outcome) {
      return { failed: { kind: 'not-regular', detail: `${prefix} is a symlink to a file` } };
    }
    if (outcome.kind === 'symlinked-directory') return { real: realpathSync(absolute) };
    if (outcome.kind === 'symlink-escape')
      return { failed: { kind: 'symlink-escape', detail: outcome.detail } };
    if (outcome.kind === 'dangling-symlink') return { failed: { kind: 'missing' } };
    return { failed: { kind: 'not-regular', detail: outcome.detail } };
  }

  private judgeFile(absolute: string): Resolved {
    const info = lstatOrUndefined(absolute);
    if (!info) return { kind: 'missing' };
    if (info.isSymbolicLink()) {
      const outcome = followLink(this.realDir, absolute);
      if ('file' in outcome) return { kind: 'file', real: outcome.file, size: outcome.size };
      if (outcome.kind === 'symlink-escape')
        return { kind: 'symlink-escape', detail: outcome.detail };
      if (outcome.kind === 'dangling-symlink') return { kind: 'missing' };
      return { kind: 'not-regular', detail: outcome.detail };
    }
    if (info.isFile()) return { kind: 'file', real: absolute, size: info.size };
    return {
      kind: 'not-regular',
      detail: info.isDirectory() ? 'is a directory' : 'not a regular file (device, FIFO or socket)',
    };
  }
}

function lstatOrUndefined(absolute: string): Stats | undefined {
  try {
    return lstatSync(absolute);
  } catch {
    return undefined;
  }
}
