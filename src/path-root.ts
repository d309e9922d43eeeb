/**
 * Paths given on the command line outside the working directory (`pipeguard secrets /abs/dir`,
 * `validate ../other/x.yaml`): without `--root` they are checked as their own root, the work tree
 * they are in (or the directory itself, or a file's directory, outside git), like gitleaks and
 * sha256sum take any path. Every rule that holds inside a root holds there.
 */
import { realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { InputError } from './util/errors.js';
import { isInside } from './util/fs.js';

export interface PathsAtRoot {
  root: string;
  /** The same paths, relative to `root`. */
  paths: string[];
}

/** The root for `paths` (relative to `cwd`) when any lies outside `cwd`; undefined otherwise. */
export async function rootForOutsidePaths(
  cwd: string,
  paths: readonly string[],
): Promise<PathsAtRoot | undefined> {
  const resolved = paths.map((p) => (p === '-' ? p : path.resolve(cwd, p)));
  if (resolved.every((p) => p === '-' || isInside(cwd, p))) return undefined;
  // A named path is taken where it really is: a symlink to a directory is checked as that
  // directory, inside its own work tree (the root itself is never a link to somewhere else).
  const absolute = resolved.map((p) => (p === '-' ? p : realOrAsIs(p)));
  const outside = absolute.filter((p) => p !== '-' && !isInside(cwd, p));
  const roots = new Set<string>(outside.length === 0 ? [cwd] : []);
  for (const file of outside) roots.add(await ownRoot(file));
  const [root] = roots;
  const inside = absolute.filter((p) => p !== '-' && !isInside(root!, p));
  if (roots.size > 1 || inside.length > 0) {
    if (inside.length > 0) roots.add(cwd);
    throw new InputError(
      `these paths are in different roots (${[...roots].join(', ')}): run once per root, or give --root`,
    );
  }
  return {
    root: root!,
    paths: absolute.map((p) => (p === '-' ? p : path.relative(root!, p) || '.')),
  };
}

function realOrAsIs(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return file;
  }
}

async function ownRoot(file: string): Promise<string> {
  // A missing path is reported by the check itself, from the nearest directory that exists.
  let dir = file;
  for (;;) {
    try {
      if (!statSync(dir).isDirectory()) dir = path.dirname(dir);
      break;
    } catch {
      if (path.dirname(dir) === dir) break;
      dir = path.dirname(dir);
    }
  }
  const { workTreeTop } = await import('./util/git.js');
  const top = await workTreeTop(dir);
  return top && isInside(top, file) ? top : dir;
}
