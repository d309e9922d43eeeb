/**
 * A user's mistake (bad flag, unreadable file, malformed config or document): exit 2 with one
 * line naming the file and the problem, never a stack trace.
 */
export class InputError extends Error {
  constructor(
    message: string,
    readonly file?: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(message);
    this.name = 'InputError';
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

/** Describe any thrown value in one line, without a stack. */
export function oneLine(error: unknown): string {
  if (error instanceof InputError) return error.toLine();
  if (error instanceof Error) return error.message.split('\n')[0] ?? String(error);
  return String(error);
}
