/**
 * What an artifact directory holds, as the writer lists it and the verifier compares it:
 * regular files (and symlinks to regular files that stay inside the directory), everything else
 * reported as a problem the caller decides about.
 */
import type { Dirent } from 'node:fs';
import { lstat, readdir, readlink, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { isInside } from '../../util/fs.js';
import { compareUtf8 } from './parse.js';

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
  | 'not-utf8';

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
export async function walkArtifactDir(realDir: string, skip: (rel: string) => boolean): Promise<WalkResult> {
  const files: WalkedFile[] = [];
  const problems: WalkProblem[] = [];
  const pending: string[] = [''];
  while (pending.length > 0) {
    const relDir = pending.pop() ?? '';
    const entries = (await readdir(path.join(realDir, relDir), {
      withFileTypes: true,
      encoding: 'buffer',
    })) as unknown as Array<Dirent<Buffer>>;
    for (const entry of entries) {
      let name: string;
      try {
        name = utf8.decode(entry.name);
      } catch {
        const shown = entry.name.toString('utf8');
        problems.push({ path: join(relDir, shown), kind: 'not-utf8', detail: 'name is not valid UTF-8' });
        continue;
      }
      const rel = join(relDir, name);
      if (skip(rel)) continue;
      const absolute = path.join(realDir, rel);
      if (entry.isDirectory()) {
        pending.push(rel);
      } else if (entry.isFile()) {
        files.push({ path: rel, real: absolute, size: (await lstat(absolute)).size });
      } else if (entry.isSymbolicLink()) {
        const outcome = await followLink(realDir, absolute);
        if ('file' in outcome) files.push({ path: rel, real: outcome.file, size: outcome.size });
        else problems.push({ path: rel, kind: outcome.kind, detail: outcome.detail });
      } else {
        problems.push({ path: rel, kind: 'not-regular', detail: 'not a regular file (device, FIFO or socket)' });
      }
    }
  }
  files.sort((a, b) => compareUtf8(a.path, b.path));
  problems.sort((a, b) => compareUtf8(a.path, b.path));
  return { files, problems };
}

type LinkOutcome = { file: string; size: number } | { kind: WalkProblemKind; detail: string };

/** Where a symlink inside the directory leads, judged against the directory's real path. */
export async function followLink(realDir: string, absolute: string): Promise<LinkOutcome> {
  let target: string;
  try {
    target = await realpath(absolute);
  } catch {
    const link = await readlink(absolute).catch(() => '?');
    const resolved = path.resolve(path.dirname(absolute), link);
    if (!isInside(realDir, resolved)) {
      return { kind: 'symlink-escape', detail: `symlink to ${link}, outside the directory` };
    }
    return { kind: 'dangling-symlink', detail: `symlink to ${link}, which does not exist` };
  }
  if (!isInside(realDir, target)) {
    return { kind: 'symlink-escape', detail: `symlink to ${target}, outside the directory` };
  }
  const info = await stat(target);
  if (info.isDirectory()) return { kind: 'symlinked-directory', detail: 'symlink to a directory' };
  if (!info.isFile()) return { kind: 'not-regular', detail: 'symlink to something that is not a regular file' };
  return { file: target, size: info.size };
}

function join(relDir: string, name: string): string {
  return relDir === '' ? name : `${relDir}/${name}`;
}
