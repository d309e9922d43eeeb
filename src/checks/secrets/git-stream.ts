/**
 * git as a child process with streamed output: diffs and histories can be far larger than memory
 * should hold, and simple-git buffers whole outputs. Failures become one-line InputErrors.
 */
import { spawn } from 'node:child_process';
import { StringDecoder } from 'node:string_decoder';
import { InputError } from '../../util/errors.js';

const GIT_ENV = {
  GIT_TERMINAL_PROMPT: '0',
  GIT_PAGER: 'cat',
  LC_ALL: 'C',
  GIT_OPTIONAL_LOCKS: '0',
};
const BASE_ARGS = [
  '-c',
  'core.quotePath=false',
  '-c',
  'diff.noprefix=false',
  '-c',
  'color.ui=never',
];

/** Run git and yield its stdout line by line; throws InputError naming `what` on a non-zero exit. */
export async function* gitLines(
  root: string,
  args: string[],
  what: string,
  /** Written to git's standard input (e.g. the commits of `--stdin`); none when absent. */
  input?: string,
): AsyncGenerator<string> {
  const child = spawn('git', [...BASE_ARGS, ...args], {
    cwd: root,
    env: { ...process.env, ...GIT_ENV },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  // A git that exits early closes the pipe: its exit code says what went wrong, not EPIPE.
  child.stdin.on('error', () => undefined);
  child.stdin.end(input ?? '');
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => {
    if (stderr.length < 4096) stderr += chunk;
  });
  const exited = new Promise<number>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve(code ?? 1));
  });
  // Split chunks by hand: readline's per-line event machinery costs more than the scan of a diff.
  const decoder = new StringDecoder('utf8');
  let partial = '';
  try {
    for await (const chunk of child.stdout as AsyncIterable<Buffer>) {
      const lines = (partial + decoder.write(chunk)).split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) yield line.endsWith('\r') ? line.slice(0, -1) : line;
    }
    partial += decoder.end();
    if (partial !== '') yield partial;
  } finally {
    if (child.exitCode === null) child.kill();
  }
  const code = await exited.catch((error: Error) => {
    throw new InputError(`git could not ${what}: ${error.message}`);
  });
  if (code !== 0)
    throw new InputError(`git could not ${what}: ${firstLine(stderr) || `exit code ${code}`}`);
}

/** Run git and return stdout (small outputs). */
export async function gitOutput(root: string, args: string[], what: string): Promise<string> {
  const out: string[] = [];
  for await (const line of gitLines(root, args, what)) out.push(line);
  return out.join('\n');
}

/** Run git for its exit status only. */
export async function gitSucceeds(root: string, args: string[]): Promise<boolean> {
  try {
    for await (const _ of gitLines(root, args, 'run')) void _;
    return true;
  } catch {
    return false;
  }
}

function firstLine(text: string): string {
  return (
    text
      .split('\n')
      .map((l) => l.trim())
      .find((l) => l !== '') ?? ''
  );
}
