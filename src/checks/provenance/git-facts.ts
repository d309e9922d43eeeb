/**
 * What the code of a run was: the commit (the PR head on pull_request, never GitHub's merge commit),
 * the branch, a credential-free repository URL and whether the work tree differed from the commit.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import type { CiContext } from '../../github/context.js';
import { InputError } from '../../util/errors.js';
import { requireGitWorkTree, runGit } from '../../util/git.js';
import type { Logger } from '../types.js';

export interface GitFacts {
  /** The commit provenance records. */
  commit: string;
  /** What is checked out (HEAD), which differs from `commit` on a pull_request merge checkout. */
  checkedOut: string;
  branch: string | null;
  repoUrl: string | null;
  dirty: boolean;
  diffSha256: string | null;
}

export interface GitFactsInput {
  root: string;
  ci: CiContext;
  env: Readonly<Record<string, string | undefined>>;
  /** Root-relative paths left out of the dirty check (the run directory being stamped). */
  exclude: string[];
  log: Logger;
  registerSecret(value: string): void;
}

const OBJECT_ID = /^[0-9a-f]{40}([0-9a-f]{24})?$/;

export async function collectGitFacts(input: GitFactsInput): Promise<GitFacts> {
  const { root, ci, env, log } = input;
  await requireGitWorkTree(root, 'provenance records the commit a run came from');
  const checkedOut = await headCommit(root);
  let commit = checkedOut;
  if (ci.pullRequest) {
    // GITHUB_SHA is the merge commit of refs/pull/N/merge; what was reviewed is the head.
    commit = ci.pullRequest.headSha.toLowerCase();
    if (!OBJECT_ID.test(commit)) {
      throw new InputError(
        'the event payload holds no valid pull_request.head.sha',
        env.GITHUB_EVENT_PATH,
      );
    }
    if (checkedOut !== commit && checkedOut !== ci.sha) {
      log.warn(
        `checked-out commit ${checkedOut} is neither the PR head ${commit} nor its merge commit ${ci.sha ?? '?'}`,
      );
    }
  } else if (ci.sha && ci.sha !== checkedOut) {
    log.warn(
      `GITHUB_SHA ${ci.sha} differs from the checked-out commit ${checkedOut}; recording the checkout`,
    );
  }
  const [branch, repoUrl, diff] = await Promise.all([
    branchOf(root, ci, env),
    repositoryUrl(root, ci, input.registerSecret),
    diffDigest(root, input.exclude),
  ]);
  return { commit, checkedOut, branch, repoUrl, dirty: diff !== null, diffSha256: diff };
}

async function headCommit(root: string): Promise<string> {
  try {
    return (
      await runGit(root, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'], 'resolve HEAD')
    ).trim();
  } catch {
    throw new InputError(
      'the repository has no commit yet: commit the code before stamping a run',
      root,
    );
  }
}

async function branchOf(
  root: string,
  ci: CiContext,
  env: GitFactsInput['env'],
): Promise<string | null> {
  if (ci.pullRequest?.headRef) return ci.pullRequest.headRef;
  if (env.GITHUB_HEAD_REF) return env.GITHUB_HEAD_REF;
  if (ci.isGitHubActions && ci.ref?.startsWith('refs/heads/'))
    return ci.ref.slice('refs/heads/'.length);
  try {
    const name = (
      await runGit(root, ['symbolic-ref', '--quiet', '--short', 'HEAD'], 'read the branch')
    ).trim();
    return name || null;
  } catch {
    return null; // detached HEAD
  }
}

async function repositoryUrl(
  root: string,
  ci: CiContext,
  registerSecret: (value: string) => void,
): Promise<string | null> {
  if (ci.isGitHubActions && ci.repository) return `${ci.serverUrl}/${ci.repository}`;
  let remote = '';
  try {
    remote = (
      await runGit(root, ['config', '--get', 'remote.origin.url'], 'read the origin URL')
    ).trim();
  } catch {
    const names = (await runGit(root, ['remote'], 'list remotes')).split('\n').filter(Boolean);
    if (names[0])
      remote = (await runGit(root, ['remote', 'get-url', names[0]], 'read a remote URL')).trim();
  }
  return remote ? publicRepositoryUrl(remote, registerSecret) : null;
}

/**
 * A remote URL as a credential-free web URL: `git@host:o/r.git` and `ssh://git@host/o/r.git` become
 * `https://host/o/r`; user names, passwords and tokens are dropped (and handed to `registerSecret`
 * so the Action masks them); query, fragment and `.git` are removed. Local paths become `file://`.
 */
export function publicRepositoryUrl(
  remote: string,
  registerSecret: (value: string) => void = () => {},
): string | null {
  const text = remote.trim();
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(text) && !/^[A-Za-z]:[\\/]/.test(text)) {
    // scp-like `[user@]host:path`: the user is an SSH login, never a secret, and is dropped.
    const scp = /^(?:[^@/\s:]+@)?([A-Za-z0-9.-]+):(?!\/)([^\s?#]+)$/.exec(text);
    if (scp) return `https://${scp[1]!.toLowerCase()}/${trimRepoPath(scp[2]!)}`;
    if (!text.startsWith('/')) return null;
  }
  if (text.startsWith('/')) {
    return /^[^\s?#]+$/.test(text) ? `file:///${trimRepoPath(text)}` : null;
  }
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  // The password is a credential; a user name only when it stands alone over http(s)
  // (`https://TOKEN@host/...`): masking `git` or `oauth2` would blank every log line.
  if (url.password) registerSecret(safeDecode(url.password));
  else if (url.username && /^https?:$/.test(url.protocol)) registerSecret(safeDecode(url.username));
  const path = trimRepoPath(url.pathname);
  switch (url.protocol) {
    case 'https:':
    case 'http:':
      return `${url.protocol}//${url.host}/${path}`;
    case 'ssh:':
    case 'git:':
    case 'git+ssh:':
    case 'ssh+git:':
      // The web URL of an SSH remote: same host, https, no SSH port.
      return `https://${url.hostname}/${path}`;
    case 'file:':
      return `file:///${path}`;
    default:
      return null;
  }
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function trimRepoPath(path: string): string {
  return path
    .replace(/^\/+/, '')
    .replace(/\/+$/, '')
    .replace(/\.git$/, '');
}

/**
 * SHA-256 of `git diff HEAD --binary` over the whole repository (tracked files, staged or not),
 * leaving out the run directory itself; null when there is no difference. Streamed: a large diff
 * is never held in memory.
 */
export async function diffDigest(root: string, exclude: string[]): Promise<string | null> {
  const args = [
    '-c',
    'core.quotepath=off',
    'diff',
    'HEAD',
    '--binary',
    '--no-color',
    '--no-ext-diff',
    '--no-textconv',
    '--',
    ':/',
    ...exclude.map((p) => `:(exclude)${p}`),
  ];
  const hash = createHash('sha256');
  let bytes = 0;
  await new Promise<void>((resolve, reject) => {
    const child = spawn('git', args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      bytes += chunk.length;
      hash.update(chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      if (stderr.length < 2000) stderr += chunk.toString();
    });
    child.on('error', (error) =>
      reject(new InputError(`git could not diff the work tree: ${error.message}`)),
    );
    child.on('close', (code) => {
      if (code === 0) resolve();
      else
        reject(
          new InputError(
            `git could not diff the work tree: ${stderr.split('\n')[0] ?? `exit ${code}`}`,
          ),
        );
    });
  });
  return bytes === 0 ? null : hash.digest('hex');
}

/** True when the repository at `root` holds `commit` as a commit object (`git cat-file -e`). */
export async function commitExists(root: string, commit: string): Promise<boolean> {
  if (!OBJECT_ID.test(commit)) return false;
  try {
    await runGit(root, ['cat-file', '-e', `${commit}^{commit}`], 'look up the commit');
    return true;
  } catch {
    return false;
  }
}
