/**
 * The keyword prefilter: which of many keywords occur in a text, in one native regex pass instead
 * of one `includes` per keyword. All-lowercase keywords match case-insensitively, keywords with an
 * uppercase letter exactly; a RegExp trigger is tested on its own. Once a keyword is found it is
 * dropped from the alternation, so a frequent keyword costs one match, not thousands.
 */

/** A keyword (see above) or a cheap regex (no `g` flag) that must match. */
export type Trigger = string | RegExp;

const MAX_CACHED = 2048;

export class KeywordSet {
  private readonly folded: string[];
  private readonly exact: string[];
  private readonly patterns: RegExp[];
  private readonly cache = new Map<string, RegExp>();

  constructor(triggers: Iterable<Trigger>) {
    const folded = new Set<string>();
    const exact = new Set<string>();
    const patterns: RegExp[] = [];
    for (const trigger of triggers) {
      if (typeof trigger !== 'string') patterns.push(trigger);
      else if (trigger === '') continue;
      else if (trigger === trigger.toLowerCase()) folded.add(trigger);
      else exact.add(trigger);
    }
    // Longest first, so a keyword is not hidden behind a shorter one that starts at the same place.
    this.folded = [...folded].sort((a, b) => b.length - a.length);
    this.exact = [...exact].sort((a, b) => b.length - a.length);
    this.patterns = patterns;
  }

  /** The triggers that occur in the text. */
  present(text: string): Set<Trigger> {
    const found = new Set<Trigger>();
    this.scan(text, this.folded, 'i', found);
    this.scan(text, this.exact, '', found);
    for (const pattern of this.patterns) {
      pattern.lastIndex = 0;
      if (pattern.test(text)) found.add(pattern);
    }
    return found;
  }

  private scan(text: string, keywords: string[], flags: string, found: Set<Trigger>): void {
    let remaining = keywords;
    let from = 0;
    while (remaining.length > 0) {
      const re = this.alternation(remaining, flags);
      re.lastIndex = from;
      const match = re.exec(text);
      if (!match) return;
      const hit = flags ? match[0].toLowerCase() : match[0];
      for (const keyword of remaining) if (hit.includes(keyword)) found.add(keyword);
      remaining = remaining.filter((k) => !found.has(k));
      // Keywords may overlap (`xox` inside `xoxe`): resume one character later.
      from = match.index + 1;
    }
  }

  private alternation(keywords: string[], flags: string): RegExp {
    const key = `${flags}\0${keywords.join('\0')}`;
    let re = this.cache.get(key);
    if (!re) {
      if (this.cache.size >= MAX_CACHED) this.cache.clear();
      re = new RegExp(keywords.map(escape).join('|'), `g${flags}`);
      this.cache.set(key, re);
    }
    return re;
  }
}

function escape(keyword: string): string {
  return keyword.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}
