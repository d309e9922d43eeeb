/**
 * pip requirements files: is every requirement pinned to one exact version (`==` / `===`)?
 * Handles comments, `\` continuations, environment markers, extras, hashes and option lines.
 */

export interface RequirementProblem {
  line: number;
  /** The requirement as written (names and specifiers only: requirements files hold no secrets). */
  requirement: string;
  reason: 'unpinned' | 'range' | 'url' | 'editable';
}

const OPTION_LINE =
  /^-(r|c|-requirement|-constraint|i|-index-url|-extra-index-url|f|-find-links|-trusted-host|-prefer-binary|-only-binary|-no-binary|-pre|-require-hashes)\b/;

export function unpinnedRequirements(text: string): RequirementProblem[] {
  const problems: RequirementProblem[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const startLine = i + 1;
    let logical = lines[i]!;
    // Join `\` continuations (hash lines are usually continued).
    while (/\\\s*$/.test(logical) && i + 1 < lines.length) {
      logical = logical.replace(/\\\s*$/, ' ') + lines[++i]!;
    }
    const content = stripComment(logical).trim();
    if (content === '' || OPTION_LINE.test(content)) continue;
    if (/^(-e|--editable)\b/.test(content)) {
      problems.push({ line: startLine, requirement: content, reason: 'editable' });
      continue;
    }
    const requirement = content.replace(/\s--hash[=\s]\S+/g, '').trim();
    const [spec = ''] = requirement.split(';');
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(spec) || /\s@\s/.test(spec)) {
      // Direct URL: pinned only when it names an immutable commit or a hashed archive.
      if (!/@[0-9a-f]{40}\b/i.test(spec) && !/--hash/.test(content) && !/#sha256=/.test(spec)) {
        problems.push({ line: startLine, requirement: spec.trim(), reason: 'url' });
      }
      continue;
    }
    const match = /^([A-Za-z0-9][A-Za-z0-9._-]*)\s*(\[[^\]]*\])?\s*(.*)$/.exec(spec.trim());
    if (!match) continue;
    const specifiers = (match[3] ?? '').trim();
    if (specifiers === '')
      problems.push({ line: startLine, requirement: spec.trim(), reason: 'unpinned' });
    else if (!/^===?\s*[^\s,*]+$/.test(specifiers))
      problems.push({ line: startLine, requirement: spec.trim(), reason: 'range' });
  }
  return problems;
}

/** `#` starts a comment at line start or after whitespace (a URL fragment `#egg=` is not one). */
function stripComment(line: string): string {
  const at = line.search(/(^|\s)#/);
  return at === -1 ? line : line.slice(0, at);
}
