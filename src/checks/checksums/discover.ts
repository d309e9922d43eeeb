/** Find checksum files and artifact directories by the config's globs, never leaving the root. */
import type { Dirent } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import picomatch from 'picomatch';
import { InputError } from '../../util/errors.js';
import { compareUtf8 } from '../../util/order.js';

/** Directories a glob never descends into. */
const PRUNED = new Set(['.git', 'node_modules']);

export interface GlobMatches {
  files: string[];
  directories: string[];
}

/**
 * Root-relative `/` paths of the files and directories matching any glob, sorted. Symlinked
 * directories are not descended; a glob that is absolute or climbs with `..` is refused (label
 * names the config it came from).
 */
export async function matchGlobs(
  root: string,
  globs: string[],
  label: string,
): Promise<GlobMatches> {
  for (const glob of globs) {
    if (path.isAbsolute(glob) || glob.split('/').includes('..')) {
      throw new InputError(`glob "${glob}" must be relative to the root, without ".."`, label);
    }
  }
  const isMatch = picomatch(globs, { dot: true });
  const bases = [...new Set(globs.map((g) => picomatch.scan(g).base.replace(/\/+$/, '')))];
  const files = new Set<string>();
  const directories = new Set<string>();
  const seen = new Set<string>();
  for (const base of bases) {
    const pending = [base];
    while (pending.length > 0) {
      const rel = pending.pop() ?? '';
      if (seen.has(rel)) continue;
      seen.add(rel);
      let entries: Dirent[];
      try {
        entries = await readdir(path.join(root, rel), { withFileTypes: true });
      } catch {
        continue; // a base that does not exist simply matches nothing
      }
      for (const entry of entries) {
        const child = rel === '' ? entry.name : `${rel}/${entry.name}`;
        if (entry.isDirectory()) {
          if (PRUNED.has(entry.name)) continue;
          if (isMatch(child)) directories.add(child);
          pending.push(child);
        } else if (entry.isFile() && isMatch(child)) {
          files.add(child);
        }
      }
    }
  }
  return { files: [...files].sort(compareUtf8), directories: [...directories].sort(compareUtf8) };
}
