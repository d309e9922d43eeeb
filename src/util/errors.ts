import path from 'node:path';

/**
 * A user's mistake (bad flag, unreadable file, malformed config or document): exit 2 with one
 * line naming the file and the problem, never a stack trace.
 */
export class InputError extends Error {
  /** Further problems of the same input (a config with several mistakes lists them all). */
  more: InputError[] = [];

  constructor(
    message: string,
    readonly file?: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(message);
    this.name = 'InputError';
  }

  /** The first problem, carrying the rest; undefined for none. */
  static all(problems: InputError[]): InputError | undefined {
    const [first, ...rest] = problems;
    if (first) first.more = rest;
    return first;
  }

  /** `file:line:col: message`, the form editors and pre-commit users click on. */
  toLine(): string {
    if (!this.file) return this.message;
    const where = [this.file, this.line, this.line !== undefined ? this.column : undefined]
      .filter((part) => part !== undefined)
      .join(':');
    return `${where}: ${this.message}`;
  }
}

/** The user-facing form of a thrown value when it is the user's problem (input or environment). */
export function asInputError(error: unknown): InputError | undefined {
  return error instanceof InputError ? error : inputErrorFromSystem(error);
}

/** Describe any thrown value in one line, without a stack. */
export function oneLine(error: unknown): string {
  if (error instanceof InputError) return error.toLine();
  if (error instanceof Error) return error.message.split('\n')[0] ?? String(error);
  return String(error);
}

/**
 * Node's system errors that carry a path (ENOSPC, EISDIR, EACCES, EROFS, … from fs or a spawn)
 * are the user's environment, not a pipeguard bug: one line naming the file and the problem,
 * exit 2. The engine's top-level handlers pass every thrown value through here.
 */
export function inputErrorFromSystem(error: unknown, cwd = process.cwd()): InputError | undefined {
  if (!isSystemError(error) || typeof error.path !== 'string') return undefined;
  const action = (error as SystemError & { action?: string }).action ?? actionOf(error.syscall);
  return new InputError(`cannot ${action} ${shownPath(error.path, cwd)}: ${problemOf(error)}`);
}

/**
 * The same failure, attributed to `file` (a writer's temp file or a directory it creates is an
 * implementation detail; the user knows the file they asked for) and to what was being done.
 */
export function withPath(error: unknown, file: string, action: string): unknown {
  if (!isSystemError(error)) return error;
  return Object.assign(new Error(`${error.code}: ${problemOf(error)}, ${action} '${file}'`), {
    code: error.code,
    errno: error.errno,
    syscall: error.syscall,
    path: file,
    action,
  });
}

type SystemError = NodeJS.ErrnoException & { code: string };

function isSystemError(error: unknown): error is SystemError {
  return (
    error instanceof Error &&
    typeof (error as NodeJS.ErrnoException).code === 'string' &&
    /^E[A-Z0-9]+$/.test((error as NodeJS.ErrnoException).code!) &&
    typeof (error as NodeJS.ErrnoException).syscall === 'string'
  );
}

/** Plain words for the codes users meet; libuv's own text for the rest. */
const PROBLEMS: Record<string, string> = {
  ENOSPC: 'no space left on device',
  EDQUOT: 'disk quota exceeded',
  EFBIG: 'file too large',
  EISDIR: 'is a directory',
  ENOTDIR: 'a parent of it is not a directory',
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'read-only file system',
  EEXIST: 'already exists',
  EIO: 'input/output error',
  ENAMETOOLONG: 'name too long',
  ELOOP: 'too many levels of symbolic links',
  EMFILE: 'too many open files',
  ENFILE: 'too many open files in the system',
  EBUSY: 'resource busy',
};

function problemOf(error: SystemError): string {
  return PROBLEMS[error.code] ?? /^E[A-Z0-9]+: ([^,]+)/.exec(error.message)?.[1] ?? error.code;
}

function actionOf(syscall: string | undefined): string {
  if (!syscall) return 'access';
  if (syscall.startsWith('spawn')) return 'run';
  if (/^(read|readdir|scandir|stat|lstat|fstat|realpath|readlink|access)$/.test(syscall))
    return 'read';
  if (
    /^(write|fsync|fdatasync|ftruncate|rename|unlink|rmdir|copyfile|chmod|utime|symlink|link)$/.test(
      syscall,
    )
  )
    return 'write';
  if (syscall === 'mkdir') return 'create directory';
  return syscall === 'open' ? 'open' : 'access';
}

/** Relative to the working directory when inside it (as the user typed it), else absolute. */
function shownPath(file: string, cwd: string): string {
  const rel = path.relative(cwd, file);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel)
    ? rel.split(path.sep).join('/')
    : file;
}
