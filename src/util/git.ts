/** git through simple-git, with failures turned into one-line input errors. */
import { simpleGit, type SimpleGit } from 'simple-git';
import { InputError } from './errors.js';

export function gitAt(root: string): SimpleGit {
  return simpleGit({ baseDir: root, maxConcurrentProcesses: 4, trimmed: false });
}

/** True when `root` is inside a git work tree. */
export async function isGitRepo(root: string): Promise<boolean> {
  try {
    return (await gitAt(root).revparse(['--is-inside-work-tree'])).trim() === 'true';
  } catch {
    return false;
  }
}

/**
 * Refuse, in one line, a root that is not a git work tree, before any mode that needs git runs
 * git (outside a repository `git diff --cached` says "unknown option 'cached'" and a range says
 * its commit is missing). `needs` says why git is needed; git's own reason is kept when it is
 * something else (dubious ownership, git missing).
 */
export async function requireGitWorkTree(root: string, needs: string): Promise<void> {
  let answer: string;
  try {
    answer = (await gitAt(root).revparse(['--is-inside-work-tree'])).trim();
  } catch (error) {
    const said = (error instanceof Error ? error.message : String(error))
      .split('\n')
      .map((line) => line.replace(/^(fatal|error): /, '').trim())
      .find(Boolean);
    const why = !said || /not a git repository/i.test(said) ? '' : ` (git: ${said})`;
    throw new InputError(`not a git repository${why}: ${needs}`, root);
  }
  if (answer !== 'true')
    throw new InputError(`not a git repository work tree (inside .git?): ${needs}`, root);
}

/** Paths git tracks under `root`, `/`-separated and relative to it. */
export async function trackedFiles(root: string): Promise<string[]> {
  const out = await runGit(
    root,
    ['ls-files', '-z', '--full-name', '--', '.'],
    'list tracked files',
  );
  const prefix = (
    await runGit(root, ['rev-parse', '--show-prefix'], 'find the repository root')
  ).trim();
  return out
    .split('\0')
    .filter(Boolean)
    .map((p) => (prefix && p.startsWith(prefix) ? p.slice(prefix.length) : p));
}

/** Of the given root-relative paths, those git would ignore. */
export async function ignoredPaths(root: string, paths: string[]): Promise<Set<string>> {
  if (paths.length === 0) return new Set();
  try {
    // Without -z (which needs --stdin): fine for the plain probe paths callers pass.
    const out = await gitAt(root).raw(['check-ignore', '--no-index', '--', ...paths]);
    return new Set(out.split('\n').filter(Boolean));
  } catch (error) {
    // check-ignore exits 1 when nothing is ignored; simple-git reports that as an error with no output.
    const message = error instanceof Error ? error.message : String(error);
    if (message.trim() === '') return new Set();
    throw new InputError(`git check-ignore failed: ${message.split('\n')[0]}`);
  }
}

export async function runGit(root: string, args: string[], what: string): Promise<string> {
  try {
    return await gitAt(root).raw(args);
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new InputError(`git could not ${what}: ${message}`);
  }
}

/** The top level of the work tree `dir` is in, or undefined outside any. */
export async function workTreeTop(dir: string): Promise<string | undefined> {
  try {
    const top = (await gitAt(dir).revparse(['--show-toplevel'])).trim();
    return top || undefined;
  } catch {
    return undefined;
  }
}
