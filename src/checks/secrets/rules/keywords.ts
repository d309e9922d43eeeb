/**
 * The keyword prefilter: which of many keywords occur in a text, in one native regex pass instead
 * of one `includes` per keyword. All-lowercase keywords match case-insensitively, keywords with an
 * uppercase letter exactly; a RegExp trigger is tested on its own. The keywords form one regex
 * prefix tree, compiled once: a position costs one branch, not one try per keyword, and a frequent
 * keyword costs one cheap iteration per occurrence (rebuilding the regex without the keywords
 * found so far cost more, in compilations, than it saved).
 */

/** A keyword (see above) or a cheap regex (no `g` flag) that must match. */
export type Trigger = string | RegExp;

const MAX_CACHED = 2048;

/** One list of keywords searched in one pass: its prefix-tree regex and what each hit contains. */
interface KeywordList {
  keywords: string[];
  regex: RegExp;
  contained: Map<string, string[]>;
  /** Regexes of the list without keywords already found, by what they leave out. */
  narrowed: Map<string, RegExp>;
}

/**
 * Matches of keywords already found (a frequent `token`) tolerated before the scan goes on with a
 * regex without them; at most NARROWINGS per text, each compiled once per set left out.
 */
const IDLE_MATCHES = 256;
const NARROWINGS = 2;
const MAX_NARROWED = 64;

export class KeywordSet {
  private readonly folded: KeywordList;
  private readonly exact: KeywordList;
  private readonly patterns: RegExp[];

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
    this.folded = list([...folded]);
    this.exact = list([...exact]);
    this.patterns = patterns;
  }

  /** The triggers that occur in the text. */
  present(text: string): Set<Trigger> {
    const found = new Set<Trigger>();
    // Folded keywords are all lowercase: search the lowercased text case-sensitively (an `i`
    // regex of hundreds of keywords is several times slower).
    if (this.folded.keywords.length > 0) scan(text.toLowerCase(), this.folded, found);
    if (this.exact.keywords.length > 0) scan(text, this.exact, found);
    for (const pattern of this.patterns) {
      pattern.lastIndex = 0;
      if (pattern.test(text)) found.add(pattern);
    }
    return found;
  }
}

function list(keywords: string[]): KeywordList {
  return {
    keywords,
    regex: new RegExp(trie(keywords), 'g'),
    contained: new Map(),
    narrowed: new Map(),
  };
}

function scan(text: string, from: KeywordList, found: Set<Trigger>): void {
  let re = from.regex;
  let left = from.keywords.filter((k) => !found.has(k)).length;
  let idle = 0;
  let narrowings = 0;
  re.lastIndex = 0;
  for (let match = re.exec(text); match && left > 0; match = re.exec(text)) {
    let added = false;
    for (const keyword of containedIn(match[0], from)) {
      if (found.has(keyword)) continue;
      found.add(keyword);
      left--;
      added = true;
    }
    // Keywords may overlap (`xox` inside `xoxe`): resume one character later.
    const next = match.index + 1;
    idle = added ? 0 : idle + 1;
    if (idle >= IDLE_MATCHES && narrowings < NARROWINGS) {
      re = narrowed(from, found);
      narrowings++;
      idle = 0;
    }
    re.lastIndex = next;
  }
}

/** The list's regex without the keywords found so far (cached by what is left out). */
function narrowed(from: KeywordList, found: Set<Trigger>): RegExp {
  const out = from.keywords.filter((k) => found.has(k));
  const key = out.join('\0');
  let re = from.narrowed.get(key);
  if (!re) {
    if (from.narrowed.size >= MAX_NARROWED) from.narrowed.clear();
    const rest = from.keywords.filter((k) => !found.has(k));
    // Nothing left to find: a regex that never matches.
    re = new RegExp(rest.length > 0 ? trie(rest) : '(?!)', 'g');
    from.narrowed.set(key, re);
  }
  return re;
}

/** Every keyword a matched text contains: all occur in the text (memoised per matched text). */
function containedIn(hit: string, from: KeywordList): string[] {
  let contained = from.contained.get(hit);
  if (!contained) {
    if (from.contained.size >= MAX_CACHED) from.contained.clear();
    contained = from.keywords.filter((k) => hit.includes(k));
    from.contained.set(hit, contained);
  }
  return contained;
}

interface TrieNode {
  end: boolean;
  next: Map<string, TrieNode>;
}

/**
 * The keywords as one regex prefix tree (`acc(?:ess_key|ountkey)`): at each position the engine
 * follows one branch instead of trying hundreds of alternatives. Greedy optional tails make it
 * match the longest keyword that starts there, as a longest-first alternation would.
 */
export function trie(keywords: readonly string[]): string {
  const root: TrieNode = { end: false, next: new Map() };
  for (const keyword of keywords) {
    let node = root;
    for (const ch of keyword) {
      let child = node.next.get(ch);
      if (!child) node.next.set(ch, (child = { end: false, next: new Map() }));
      node = child;
    }
    node.end = true;
  }
  const emit = (node: TrieNode): string => {
    const parts = [...node.next].map(([ch, child]) => escape(ch) + emit(child));
    if (parts.length === 0) return '';
    if (node.end) return `(?:${parts.join('|')})?`;
    return parts.length === 1 ? parts[0]! : `(?:${parts.join('|')})`;
  };
  return emit(root);
}

function escape(keyword: string): string {
  return keyword.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}
