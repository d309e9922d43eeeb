/** File-system rules that hold everywhere: stay inside the root, write atomically. */
import { randomBytes } from 'node:crypto';
import { realpathSync } from 'node:fs';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { InputError } from './errors.js';

/** `/`-separated path of `absolute` relative to `root`, for Findings and reports. */
export function relativeToRoot(root: string, absolute: string): string {
  return path.relative(root, absolute).split(path.sep).join('/');
}

/**
 * Resolve a user-given path against the root and refuse anything that lands outside it,
 * through `..` or through a symlink anywhere on the way.
 */
export function resolveInsideRoot(root: string, userPath: string, label = userPath): string {
  const candidate = path.resolve(root, userPath);
  if (!isInside(root, candidate)) {
    throw new InputError('path leaves the scanned root', label);
  }
  let real: string;
  try {
    real = realpathSync(candidate);
  } catch {
    // Not existing yet is fine for outputs; check the nearest existing parent instead.
    real = path.join(
      realpathSync(nearestExisting(path.dirname(candidate))),
      path.basename(candidate),
    );
  }
  if (!isInside(realpathSync(root), real)) {
    throw new InputError('path resolves outside the scanned root through a symlink', label);
  }
  return candidate;
}

export function isInside(root: string, candidate: string): boolean {
  const rel = path.relative(root, candidate);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

function nearestExisting(dir: string): string {
  let current = dir;
  for (;;) {
    try {
      realpathSync(current);
      return current;
    } catch {
      const parent = path.dirname(current);
      if (parent === current) return current;
      current = parent;
    }
  }
}

/**
 * Write via a temp file in the same directory, fsync, then rename: readers see the old file or the
 * new one, never half of one.
 */
export async function writeFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temp = path.join(
    path.dirname(file),
    `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`,
  );
  const handle = await open(temp, 'wx', 0o644);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
