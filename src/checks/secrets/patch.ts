/**
 * Parse `git diff -U0` / `git log -p -U0` output into the lines each file gained, with their line
 * numbers in the new version. Streaming: feed lines, get a callback per finished file, so a long
 * history never sits in memory whole.
 */

export interface AddedLines {
  /** Root-relative path in the new version. */
  path: string;
  /** The commit that added them (history mode). */
  commit?: string;
  /** Added line texts, in order. */
  lines: string[];
  /** New-file line number (1-based) of each entry of `lines`. */
  lineNumbers: number[];
  /** git reported the file as binary: nothing to scan line by line. */
  binary?: boolean;
  /** Its added lines exceed the size cap: dropped, reported as a skip. */
  tooLarge?: boolean;
}

const HUNK = /^@@@* -[0-9,]+ (?:-[0-9,]+ )*\+(\d+)(?:,(\d+))? @@/;
/** Marks a commit header in `git log --format=%x00commit %H` output. */
export const COMMIT_MARK = '\0commit ';

export class PatchParser {
  private current: AddedLines | undefined;
  private nextLine = 0;
  private remaining = 0;
  private commit: string | undefined;
  private inHeader = false;
  private bytes = 0;

  constructor(
    private readonly emit: (file: AddedLines) => void,
    private readonly maxBytes = Number.POSITIVE_INFINITY,
  ) {}

  push(line: string): void {
    if (this.remaining > 0 && this.current) {
      // Inside a hunk: only `+`/`-`/`\` lines; a context line cannot occur with -U0.
      if (line.startsWith('+')) {
        this.remaining--;
        const lineNumber = this.nextLine++;
        if (this.current.tooLarge) return;
        this.bytes += line.length;
        if (this.bytes > this.maxBytes) {
          // Bounded memory: stop holding this file's lines; it is reported as skipped.
          this.current.tooLarge = true;
          this.current.lines = [];
          this.current.lineNumbers = [];
          return;
        }
        this.current.lines.push(line.slice(1));
        this.current.lineNumbers.push(lineNumber);
        return;
      }
      if (line.startsWith('-') || line.startsWith('\\')) return;
      this.remaining = 0;
    }
    if (line.startsWith(COMMIT_MARK)) {
      this.flush();
      this.commit = line.slice(COMMIT_MARK.length).trim();
      return;
    }
    if (
      line.startsWith('diff --git ') ||
      line.startsWith('diff --cc ') ||
      line.startsWith('diff --combined ')
    ) {
      this.flush();
      this.inHeader = true;
      this.bytes = 0;
      this.current = {
        path: pathFromDiffHeader(line),
        lines: [],
        lineNumbers: [],
        ...(this.commit ? { commit: this.commit } : {}),
      };
      return;
    }
    if (!this.current) return;
    if (this.inHeader) {
      if (line.startsWith('+++ ')) {
        const target = line.slice(4);
        if (target !== '/dev/null') this.current.path = stripPrefix(unquote(target));
        return;
      }
      if (line.startsWith('rename to ')) {
        this.current.path = unquote(line.slice('rename to '.length));
        return;
      }
      if (line.startsWith('Binary files ') || line === 'GIT binary patch') {
        this.current.binary = true;
        return;
      }
    }
    const hunk = HUNK.exec(line);
    if (hunk) {
      this.inHeader = false;
      this.nextLine = Number(hunk[1]);
      this.remaining = hunk[2] === undefined ? 1 : Number(hunk[2]);
    }
  }

  /** Emit the file in progress (call once more at end of input). */
  flush(): void {
    if (
      this.current &&
      (this.current.lines.length > 0 || this.current.binary || this.current.tooLarge)
    )
      this.emit(this.current);
    this.current = undefined;
    this.remaining = 0;
    this.inHeader = false;
  }
}

/** Parse a whole patch text (tests, small diffs). */
export function parsePatch(text: string): AddedLines[] {
  const out: AddedLines[] = [];
  const parser = new PatchParser((file) => out.push(file));
  for (const line of text.split('\n')) parser.push(line);
  parser.flush();
  return out;
}

/** `diff --git a/x b/x`: the new path, used until `+++`/`rename to` says better (also for binary files). */
function pathFromDiffHeader(line: string): string {
  const rest = line.replace(/^diff --(?:git|cc|combined) /, '');
  if (rest.startsWith('"')) {
    const paths = splitQuoted(rest);
    return stripPrefix(paths[paths.length - 1] ?? '');
  }
  if (!rest.startsWith('a/')) return rest;
  // Unquoted `a/P b/P`: when both sides are the same path, the split point is the middle.
  const half = (rest.length - 1) / 2;
  if (Number.isInteger(half) && rest.slice(2, half) === rest.slice(half + 3))
    return rest.slice(half + 3);
  const at = rest.lastIndexOf(' b/');
  return at >= 0 ? rest.slice(at + 3) : rest;
}

function splitQuoted(text: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < text.length) {
    if (text[i] === ' ') {
      i++;
      continue;
    }
    if (text[i] === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      out.push(unquote(text.slice(i, j + 1)));
      i = j + 1;
    } else {
      const j = text.indexOf(' ', i);
      out.push(text.slice(i, j < 0 ? text.length : j));
      i = j < 0 ? text.length : j;
    }
  }
  return out;
}

function stripPrefix(p: string): string {
  return p.replace(/^[abciow12]\//, '');
}

const ESCAPES: Record<string, number> = {
  a: 7,
  b: 8,
  t: 9,
  n: 10,
  v: 11,
  f: 12,
  r: 13,
  '"': 34,
  '\\': 92,
};

/** git's C-style quoting of paths with special or non-ASCII bytes (octal escapes are UTF-8 bytes). */
export function unquote(text: string): string {
  const value = text.endsWith('\t') ? text.slice(0, -1) : text;
  if (!value.startsWith('"') || !value.endsWith('"') || value.length < 2) return value;
  const bytes: number[] = [];
  const body = value.slice(1, -1);
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (ch !== '\\') {
      bytes.push(...Buffer.from(ch, 'utf8'));
      continue;
    }
    const next = body[i + 1] ?? '';
    if (/[0-7]/.test(next)) {
      bytes.push(parseInt(body.slice(i + 1, i + 4), 8));
      i += 3;
    } else {
      bytes.push(ESCAPES[next] ?? next.charCodeAt(0));
      i += 1;
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

/** The inverse of unquote, as git writes it (for tests). */
export function quote(path: string): string {
  const bytes = Buffer.from(path, 'utf8');
  let needs = false;
  let out = '';
  for (const byte of bytes) {
    const name = Object.keys(ESCAPES).find((k) => ESCAPES[k] === byte);
    if (name) {
      out += `\\${name}`;
      needs = true;
    } else if (byte < 0x20 || byte >= 0x7f) {
      out += `\\${byte.toString(8).padStart(3, '0')}`;
      needs = true;
    } else out += String.fromCharCode(byte);
  }
  return needs ? `"${out}"` : path;
}
