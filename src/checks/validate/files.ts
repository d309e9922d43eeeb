/**
 * Which files to validate: the paths given (files, or directories walked for JSON / YAML / JSONL),
 * or — with none given — the repository's files the schema map covers. Nothing outside the root
 * is ever read: given paths go through resolveInsideRoot and walks do not follow symlinks.
 */
import { lstatSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { formatOf } from '../../schema/document.js';
import { InputError } from '../../util/errors.js';
import { relativeToRoot, resolveInsideRoot } from '../../util/fs.js';
import type { FileToValidate } from './engine.js';

/** Directories a walk never enters: VCS data and dependency trees are not the user's documents. */
const SKIPPED_DIRECTORIES = new Set([
  '.git',
  'node_modules',
  '.hg',
  '.svn',
  '.venv',
  '__pycache__',
]);

/** Which file names a walk collects: by default the documents validate reads. */
export type NameFilter = (name: string) => boolean;
const isDocument: NameFilter = (name) => formatOf(name) !== undefined;

export function expandPaths(
  root: string,
  paths: readonly string[],
  accept: NameFilter = isDocument,
): FileToValidate[] {
  const out: FileToValidate[] = [];
  for (const given of paths) {
    const absolute = resolveInsideRoot(root, given);
    let stat;
    try {
      stat = statSync(absolute);
    } catch {
      throw new InputError('no such file or directory', given);
    }
    if (stat.isDirectory()) {
      out.push(...walk(root, absolute, accept));
    } else {
      out.push({ absolute, relative: relativeToRoot(root, absolute) });
    }
  }
  if (paths.length < 2) return out;
  // Overlapping paths (a file and its directory) name a file once.
  const seen = new Set<string>();
  return out.filter((file) => !seen.has(file.relative) && seen.add(file.relative));
}

/** Every file `accept` names under a directory (no symlinks followed, skipped dirs pruned). */
function walk(root: string, directory: string, accept: NameFilter): FileToValidate[] {
  const out: FileToValidate[] = [];
  // Paths are built by concatenation: path.join/relative per file cost more than reading it.
  const pending: Array<[absolute: string, relative: string]> = [
    [directory, relativeToRoot(root, directory)],
  ];
  while (pending.length > 0) {
    const [dir, rel] = pending.pop()!;
    const prefix = rel === '' ? '' : `${rel}/`;
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      throw new InputError(
        `cannot list directory (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
        rel || '.',
      );
    }
    for (const entry of entries) {
      const name = entry.name;
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRECTORIES.has(name))
          pending.push([`${dir}${path.sep}${name}`, `${prefix}${name}`]);
      } else if (entry.isFile() && accept(name)) {
        out.push({ absolute: `${dir}${path.sep}${name}`, relative: `${prefix}${name}` });
      }
    }
  }
  return out;
}

/**
 * The repository's candidate files with no paths given: in a git work tree, tracked files plus
 * untracked ones git does not ignore (so generated run directories count once they are not
 * ignored); elsewhere a walk of the root.
 */
export async function discoverFiles(
  root: string,
  inScope: (relative: string) => boolean,
  accept: NameFilter = isDocument,
): Promise<FileToValidate[]> {
  let candidates: string[];
  // Loaded here only: git (simple-git, child_process) costs start-up time that runs given paths
  // (the pre-commit hook) never need.
  const { isGitRepo, runGit } = await import('../../util/git.js');
  if (await isGitRepo(root)) {
    const listed = await runGit(
      root,
      ['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--', '.'],
      'list the repository files',
    );
    // Paths come relative to the root (git runs there); deleted-but-tracked files and symlinks drop out.
    candidates = [...new Set(listed.split('\0').filter(Boolean))].filter(inScope).filter((file) => {
      try {
        return lstatSync(path.join(root, file)).isFile();
      } catch {
        return false;
      }
    });
  } else {
    candidates = walk(root, root, accept)
      .map((f) => f.relative)
      .filter(inScope);
  }
  return candidates.map((relative) => ({ absolute: path.join(root, relative), relative }));
}
