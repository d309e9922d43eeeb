/**
 * CODEOWNERS as GitHub reads it: the first of `.github/CODEOWNERS`, `CODEOWNERS`,
 * `docs/CODEOWNERS`; one rule per line (pattern, then owners); gitignore-style patterns without
 * `!` negation or `[ ]` ranges (GitHub skips such lines, and lines with an owner it cannot read);
 * the LAST matching rule decides, and a rule without owners leaves its paths unowned.
 */

export const CODEOWNERS_LOCATIONS = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS'];
/** GitHub ignores a CODEOWNERS file larger than this. */
export const CODEOWNERS_MAX_BYTES = 3 * 1024 * 1024;

export interface CodeownersRule {
  pattern: string;
  owners: string[];
  line: number;
  matches: (path: string) => boolean;
}

export interface ParsedCodeowners {
  rules: CodeownersRule[];
  /** Lines GitHub would skip, with the reason. */
  skipped: Array<{ line: number; reason: string }>;
}

// @user, @org/team (GitHub's login and team slug characters), or an e-mail address.
const OWNER =
  /^(?:@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\/[A-Za-z0-9][A-Za-z0-9_.-]*)?|[^@\s]+@[^@\s]+\.[^@\s]+)$/;

export function parseCodeowners(text: string): ParsedCodeowners {
  const rules: CodeownersRule[] = [];
  const skipped: ParsedCodeowners['skipped'] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    const tokens = raw.trim().split(/\s+/).filter(Boolean);
    const comment = tokens.findIndex((t) => t.startsWith('#'));
    if (comment >= 0) tokens.length = comment;
    if (tokens.length === 0) return;
    const [pattern, ...owners] = tokens as [string, ...string[]];
    const problem = patternProblem(pattern) ?? owners.find((o) => !OWNER.test(o));
    if (problem !== undefined) {
      skipped.push({
        line,
        reason: owners.includes(problem)
          ? `owner ${problem} is not @user, @org/team or an e-mail`
          : problem,
      });
      return;
    }
    rules.push({ pattern, owners, line, matches: codeownersMatcher(pattern) });
  });
  return { rules, skipped };
}

function patternProblem(pattern: string): string | undefined {
  if (pattern.startsWith('!'))
    return `pattern ${pattern}: negation (!) is not supported in CODEOWNERS`;
  if (/[[\]]/.test(pattern))
    return `pattern ${pattern}: character ranges ([ ]) are not supported in CODEOWNERS`;
  if (pattern.startsWith('\\#'))
    return `pattern ${pattern}: escaping # is not supported in CODEOWNERS`;
  if (pattern === '/') return 'pattern / matches nothing';
  return undefined;
}

/**
 * A pattern as a test over repository paths (`/` separators, no leading slash): gitignore rules —
 * a pattern with a slash at its start or middle is anchored at the root, else it matches at any
 * depth; a trailing slash matches only a directory's contents; `**` spans directories, `*` and `?`
 * stay within one; a pattern naming a directory owns everything below it, except that a last
 * segment `*` (`docs/*`) owns only the directory's direct files, as GitHub documents.
 */
export function codeownersMatcher(pattern: string): (path: string) => boolean {
  const dirOnly = pattern.endsWith('/');
  const trimmed = pattern.replace(/^\//, '').replace(/\/$/, '');
  const anchored = pattern.startsWith('/') || trimmed.includes('/');
  let body = '';
  const segments = trimmed.split('/');
  segments.forEach((segment, i) => {
    const last = i === segments.length - 1;
    if (segment === '**') {
      // `**/` at the start or middle: zero or more directories; a trailing `/**`: everything inside.
      body += last ? (i === 0 ? '.*' : '.*') : '(?:[^/]+/)*';
      return;
    }
    body += segment
      .split('')
      .map((c) => (c === '*' ? '[^/]*' : c === '?' ? '[^/]' : c.replace(/[.+^${}()|\\]/g, '\\$&')))
      .join('')
      .replace(/(?:\[\^\/\]\*){2,}/g, '[^/]*');
    if (!last) body += '/';
  });
  const lastSegment = segments.at(-1)!;
  const suffix = dirOnly
    ? '/.*'
    : lastSegment === '**'
      ? ''
      : lastSegment === '*' && segments.length > 1
        ? ''
        : '(?:/.*)?';
  const regex = new RegExp(`^${anchored ? '' : '(?:[^/]+/)*'}${body}${suffix}$`, 's');
  return (path: string) => regex.test(path);
}

/** The owners of a path: the last matching rule's (an empty list when it names none), else undefined. */
export function ownersOf(rules: readonly CodeownersRule[], path: string): string[] | undefined {
  for (let i = rules.length - 1; i >= 0; i--) if (rules[i]!.matches(path)) return rules[i]!.owners;
  return undefined;
}
