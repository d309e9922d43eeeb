/**
 * The one way provenance opens the files it reads — meta.json, statements, envelopes, policies,
 * manifests, keys, the audit log: resolved inside the root (no `..`, no symlink leaving it on any
 * component, the file itself included), a regular file, under a size cap. Otherwise a file outside
 * the root could be copied into a stamped record or stand in for the one being verified.
 * A path the user typed on the command line that lies outside the root is its own root (the
 * design's rule for command-line paths); inside the root, the root's rule holds for it too.
 */
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import path from 'node:path';
import { InputError } from '../../util/errors.js';
import { isInside, relativeToRoot, resolveInsideRoot } from '../../util/fs.js';

/** Nothing provenance reads is larger than this (a statement of 100k subjects is ~20 MiB). */
export const MAX_PROVENANCE_INPUT_BYTES = 64 * 1024 * 1024;

export interface LocatedInput {
  absolute: string;
  /** Root-relative with `/`, or the absolute path of a command-line file outside the root. */
  shown: string;
}

export interface LocateOptions {
  /** Named on the command line: outside the root it is taken as given. */
  commandLine?: boolean;
}

/** Where `file` (absolute, or relative to the root) is, refused if it leaves the root. */
export function locateInput(root: string, file: string, options: LocateOptions = {}): LocatedInput {
  const absolute = path.resolve(root, file);
  const outside = !isInside(root, absolute);
  const shown = outside ? absolute : relativeToRoot(root, absolute) || '.';
  if (outside && options.commandLine) return { absolute, shown };
  return { absolute: resolveInsideRoot(root, absolute, shown), shown };
}

export interface ReadOptions extends LocateOptions {
  maxBytes?: number;
}

/** The file's bytes, or undefined when it does not exist. Anything else wrong → InputError. */
export async function readOptionalInput(
  root: string,
  file: string,
  what: string,
  options: ReadOptions = {},
): Promise<(LocatedInput & { bytes: Buffer }) | undefined> {
  const located = locateInput(root, file, options);
  const maxBytes = options.maxBytes ?? MAX_PROVENANCE_INPUT_BYTES;
  let handle;
  try {
    // Non-blocking, so a FIFO planted under the name is refused below instead of hanging the read.
    handle = await open(located.absolute, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    throw new InputError(`${what} cannot be read (${code ?? 'error'})`, located.shown);
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new InputError(`${what} is not a regular file`, located.shown);
    if (info.size > maxBytes) {
      throw new InputError(`${what} is larger than ${maxBytes >> 20} MiB`, located.shown);
    }
    return { ...located, bytes: await handle.readFile() };
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(`${what} cannot be read (${code ?? 'error'})`, located.shown);
  } finally {
    await handle.close();
  }
}

/** The file's bytes; a missing file is an InputError naming it. */
export async function readInput(
  root: string,
  file: string,
  what: string,
  options: ReadOptions = {},
): Promise<LocatedInput & { bytes: Buffer }> {
  const read = await readOptionalInput(root, file, what, options);
  if (!read) throw new InputError(`${what} not found`, locateInput(root, file, options).shown);
  return read;
}
