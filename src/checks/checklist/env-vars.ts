/**
 * Environment variables code reads, and those a `.env.example` documents. Python:
 * `os.environ["X"]`, `os.environ.get("X")`, `os.getenv("X")` (and `environ[…]` / `getenv(…)`
 * imported from os); JavaScript / TypeScript: `process.env.X`, `process.env["X"]`,
 * `const { X, Y } = process.env`, `import.meta.env.X`. Names built at run time cannot be known
 * and are not guessed.
 */

import { LineIndex } from '../../util/text.js';

export interface EnvRead {
  name: string;
  /** 1-based. */
  line: number;
}

const NAME = '[A-Za-z_][A-Za-z0-9_]*';
const PYTHON = [
  new RegExp(`(?<![\\w.])(?:os\\.)?environ\\s*\\[\\s*(['"])(${NAME})\\1\\s*\\]`, 'g'),
  new RegExp(`(?<![\\w.])(?:os\\.)?environ\\.(?:get|setdefault|pop)\\(\\s*(['"])(${NAME})\\1`, 'g'),
  new RegExp(`(?<![\\w.])(?:os\\.)?getenv\\(\\s*(['"])(${NAME})\\1`, 'g'),
];
const JS = [
  new RegExp(`\\b(?:process|import\\.meta)\\.env(?:\\?\\.|\\.)(${NAME})\\b`, 'g'),
  new RegExp(
    `\\b(?:process|import\\.meta)\\.env(?:\\?\\.)?\\[\\s*(['"\`])(${NAME})\\1\\s*\\]`,
    'g',
  ),
];
const JS_DESTRUCTURE = /\{([^{}]{1,2000})\}\s*=\s*(?:process|import\.meta)\.env\b/g;

export const PYTHON_SOURCE = /\.py$/;
export const JS_SOURCE = /\.(?:js|mjs|cjs|jsx|ts|mts|cts|tsx)$/;

/**
 * Variables every process has, set by the platform rather than by the project's configuration:
 * not expected in `.env.example`.
 */
export const PLATFORM_VARIABLE =
  /^(?:PATH|HOME|USER|USERNAME|LOGNAME|SHELL|PWD|TERM|LANG|LC_[A-Z]+|TZ|TMPDIR|TEMP|TMP|HOSTNAME|CI|NODE_ENV|DEBUG|NO_COLOR|FORCE_COLOR|(?:GITHUB|RUNNER|ACTIONS)_[A-Z0-9_]+)$/;

/** Every variable a source file reads by a literal name, first read first, each once. */
export function envReads(file: string, text: string): EnvRead[] {
  const patterns = PYTHON_SOURCE.test(file) ? PYTHON : JS_SOURCE.test(file) ? JS : [];
  const found = new Map<string, number>();
  const lines = new LineIndex(text);
  const lineOf = (offset: number): number => lines.position(offset).line + 1;
  const note = (name: string, offset: number): void => {
    if (PLATFORM_VARIABLE.test(name)) return;
    const line = lineOf(offset);
    if (!found.has(name) || found.get(name)! > line) found.set(name, line);
  };
  for (const pattern of patterns)
    for (const m of text.matchAll(pattern)) note(m[m.length - 1]!, m.index);
  if (JS_SOURCE.test(file)) {
    for (const m of text.matchAll(JS_DESTRUCTURE)) {
      for (const part of m[1]!.split(',')) {
        const name = /^\s*(?:\.\.\.)?\s*([A-Za-z_][A-Za-z0-9_]*)/.exec(part)?.[1];
        if (name && !part.trim().startsWith('...')) note(name, m.index);
      }
    }
  }
  return [...found].map(([name, line]) => ({ name, line })).sort((a, b) => a.line - b.line);
}

/** Names a `.env.example` lists: `NAME=…`, `export NAME=…`, or commented out (`# NAME=…`). */
export function documentedNames(text: string): Set<string> {
  const names = new Set<string>();
  for (const line of text.split(/\r?\n/)) {
    const m = /^\s*(?:#\s*)?(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=/.exec(line);
    if (m) names.add(m[1]!);
  }
  return names;
}
