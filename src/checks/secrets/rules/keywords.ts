/**
 * The keyword prefilter: which of several hundred keywords occur in a text, in one pass over its
 * UTF-8 bytes. All-lowercase keywords match case-insensitively (ASCII case), keywords with an
 * uppercase letter exactly; a RegExp trigger is tested on its own.
 *
 * The keywords form one Aho-Corasick automaton over their lowercased forms, compiled to a dense
 * transition table (a deterministic automaton: one table lookup per byte, whatever the number
 * of keywords). An exact keyword's hit is confirmed against the original bytes. This replaced a
 * prefix-tree regex over the lowercased text, which cost 38 % of a one-thread scan of a dependency
 * tree (bench/secrets profile): the regex tried a branch at every position and the lowercased
 * copy doubled the bytes touched. The automaton reads bytes, not characters: a file's bytes are
 * at hand already, and a typed-array load per byte took half the time of `charCodeAt` per
 * character (bench/secrets profile of the dependency tree).
 *
 * Bytes find what characters would: UTF-8 writes each ASCII character as that one byte, in order,
 * and every other character with bytes of 0x80 and above only. Those all share one symbol that no
 * keyword holds, so a run of them leaves the automaton at its root, as one such character does.
 */

/** A keyword (see above) or a cheap regex (no `g` flag) that must match. */
export type Trigger = string | RegExp;

/** Bytes outside the keywords' alphabet (and every non-ASCII one) share symbol 0. */
const OTHER = 0;
const ASCII = 128;

export class KeywordSet {
  private readonly keywords: string[];
  /** Per keyword: it must match exactly (it has an uppercase letter). */
  private readonly exact: boolean[];
  /** Byte → symbol (case folded; OTHER from 0x80 up). */
  private readonly symbols = new Uint8Array(256);
  /** Symbols per state row, a power of two: a state's row starts at `state << shift`. */
  private readonly shift: number;
  /**
   * Row start of a state + symbol → row start of the next state, bitwise-negated (negative) when
   * keywords end at that state: the scan's one load tells both where to go and whether to look.
   */
  private readonly delta: Int32Array;
  /**
   * Per state: the number of the scan in which all its keywords were found (a state then costs
   * nothing more in that scan). Numbering scans spares a per-text copy of `accepting`.
   */
  private readonly settledIn: Uint32Array;
  private scans = 0;
  /** Keywords ending at each state (its own and its suffix states'), as indexes into `keywords`. */
  private readonly outputs: Array<number[] | undefined>;
  private readonly patterns: PatternTrigger[];

  constructor(triggers: Iterable<Trigger>) {
    const keywords = new Set<string>();
    const patterns: PatternTrigger[] = [];
    for (const trigger of triggers) {
      if (typeof trigger !== 'string') patterns.push(patternTrigger(trigger));
      else if (trigger !== '') keywords.add(trigger);
    }
    this.keywords = [...keywords];
    this.exact = this.keywords.map((k) => k !== k.toLowerCase());
    this.patterns = patterns;
    let alphabet = 1;
    for (const keyword of this.keywords) {
      for (const ch of keyword.toLowerCase()) {
        const code = ch.charCodeAt(0);
        if (ch.length !== 1 || code >= ASCII)
          throw new Error(`secret rule keyword "${keyword}" is not ASCII`);
        if (this.symbols[code] === OTHER) this.symbols[code] = alphabet++;
      }
    }
    for (let code = 65; code <= 90; code++) this.symbols[code] = this.symbols[code + 32]!;
    this.shift = Math.max(1, Math.ceil(Math.log2(alphabet)));
    const { delta, outputs } = compile(this.keywords, this.symbols, this.shift);
    this.delta = delta;
    this.outputs = outputs;
    this.settledIn = new Uint32Array(outputs.length);
  }

  /**
   * The triggers that occur in the text. `utf8`, when given, holds the UTF-8 bytes the text was
   * decoded from (a file's own bytes, a leading BOM allowed): it spares encoding the text again.
   */
  present(text: string, utf8?: Uint8Array): Set<Trigger> {
    const found = new Set<Trigger>();
    if (this.keywords.length > 0) this.scan(utf8 ?? Buffer.from(text, 'utf8'), found);
    for (const trigger of this.patterns) if (matches(trigger, text)) found.add(trigger.pattern);
    return found;
  }

  private scan(bytes: Uint8Array, found: Set<Trigger>): void {
    const { symbols, delta, shift, settledIn } = this;
    // Scan numbers are never 0 (the table's initial value); on wrap-around, start afresh.
    if (++this.scans === 0xffffffff) {
      settledIn.fill(0);
      this.scans = 1;
    }
    const scan = this.scans;
    const left = { count: this.keywords.length };
    let row = 0;
    for (
      let at = nextAccepting(delta, symbols, bytes, 0, row);
      at >= 0;
      at = nextAccepting(delta, symbols, bytes, at + 1, row)
    ) {
      row = reachedRow;
      const state = row >>> shift;
      if (settledIn[state] === scan) continue;
      if (this.take(bytes, at, state, found, left)) settledIn[state] = scan;
      if (left.count === 0) return;
    }
  }

  /** Record the keywords ending at `end`; true when all of the state's keywords are found. */
  private take(
    bytes: Uint8Array,
    end: number,
    state: number,
    found: Set<Trigger>,
    left: { count: number },
  ): boolean {
    let settled = true;
    for (const k of this.outputs[state]!) {
      const keyword = this.keywords[k]!;
      if (found.has(keyword)) continue;
      if (this.exact[k] && !endsAt(bytes, end, keyword)) {
        settled = false;
        continue;
      }
      found.add(keyword);
      left.count--;
    }
    return settled;
  }
}

/** The row the last nextAccepting call reached: its second result (a pair would be allocated). */
let reachedRow = 0;

/**
 * From byte `from`, in the state whose row starts at `row`: the index of the next byte whose
 * transition reaches a state where keywords end (-1: none before the end), that state's row in
 * reachedRow. Only this loop runs per byte; with the keyword bookkeeping in the same function it
 * ran about 1.5 ns a byte slower (4.7-6.3 against 2.8-3.8 ns, the deps tree, warm).
 */
function nextAccepting(
  delta: Int32Array,
  symbols: Uint8Array,
  bytes: Uint8Array,
  from: number,
  row: number,
): number {
  for (let i = from; i < bytes.length; i++) {
    row = delta[row + symbols[bytes[i]!]!]!;
    if (row < 0) {
      reachedRow = ~row;
      return i;
    }
  }
  reachedRow = row;
  return -1;
}

/** A regex trigger, and the literal each of its matches starts with when its source shows one. */
interface PatternTrigger {
  pattern: RegExp;
  literal?: string;
  /** The pattern, sticky: tried only where the literal occurs. */
  sticky?: RegExp;
}

function patternTrigger(pattern: RegExp): PatternTrigger {
  const literal = leadingLiteral(pattern);
  if (literal === undefined) return { pattern };
  const sticky = new RegExp(pattern.source, `${pattern.flags.replace(/[gy]/g, '')}y`);
  return { pattern, literal, sticky };
}

/**
 * Whether the trigger matches the text. A pattern that starts with a literal is tried only where
 * indexOf (a native scan) finds it: the URL-credential triggers (`://` …) cost 1-1.5 ns per byte
 * of every text as regex searches, on a dependency tree full of `:`.
 */
function matches({ pattern, literal, sticky }: PatternTrigger, text: string): boolean {
  if (literal === undefined || sticky === undefined) {
    pattern.lastIndex = 0;
    return pattern.test(text);
  }
  for (let at = text.indexOf(literal); at >= 0; at = text.indexOf(literal, at + 1)) {
    sticky.lastIndex = at;
    if (sticky.test(text)) return true;
  }
  return false;
}

const REGEX_SYNTAX = new Set('^$\\.*+?()[]{}|');
const QUANTIFIERS = new Set('*+?{');

/**
 * The ASCII literal, two characters at least, that every match of the pattern starts with, when
 * its source shows one plainly: a pattern with an alternation anywhere, or that folds case, has
 * none here. The literal ends before the first syntax character or quantified character.
 */
export function leadingLiteral(pattern: RegExp): string | undefined {
  const { source, flags } = pattern;
  if (flags.includes('i') || source.includes('|')) return undefined;
  let literal = '';
  for (let i = 0; i < source.length;) {
    let ch = source[i]!;
    let width = 1;
    if (ch === '\\') {
      // `\/`, `\.` are the character; `\d`, `\b`, `\1`, `\u…` are classes, assertions, references.
      const escaped = source[i + 1];
      if (escaped === undefined || /[A-Za-z0-9]/.test(escaped)) break;
      ch = escaped;
      width = 2;
    } else if (REGEX_SYNTAX.has(ch)) {
      break;
    }
    if (ch.charCodeAt(0) >= 128) break;
    // A quantified character may occur zero times (or is repeated): the literal ends before it.
    const next = source[i + width];
    if (next !== undefined && QUANTIFIERS.has(next)) break;
    literal += ch;
    i += width;
  }
  return literal.length >= 2 ? literal : undefined;
}

/** Whether the ASCII `keyword` ends at byte `end`, exactly (case included). */
function endsAt(bytes: Uint8Array, end: number, keyword: string): boolean {
  const start = end + 1 - keyword.length;
  if (start < 0) return false;
  for (let j = 0; j < keyword.length; j++)
    if (bytes[start + j] !== keyword.charCodeAt(j)) return false;
  return true;
}

/**
 * The automaton: a trie of the lowercased keywords, failure links by breadth-first order, and the
 * full transition function, so the scan never backs up. A state's row starts as a copy of its
 * failure state's row (complete already, in breadth-first order), then takes its own edges.
 */
function compile(
  keywords: readonly string[],
  symbols: Uint8Array,
  shift: number,
): { delta: Int32Array; outputs: Array<number[] | undefined> } {
  const edges: Array<Map<number, number>> = [new Map()];
  const ends: number[][] = [[]];
  keywords.forEach((keyword, k) => {
    let state = 0;
    for (const ch of keyword.toLowerCase()) {
      const symbol = symbols[ch.charCodeAt(0)]!;
      let next = edges[state]!.get(symbol);
      if (next === undefined) {
        next = edges.length;
        edges.push(new Map());
        ends.push([]);
        edges[state]!.set(symbol, next);
      }
      state = next;
    }
    ends[state]!.push(k);
  });
  // Rows hold row starts (state << shift), so the scan needs no multiplication.
  const delta = new Int32Array(edges.length << shift);
  const fail = new Uint32Array(edges.length);
  const outputs: Array<number[] | undefined> = new Array(edges.length);
  const queue: number[] = [];
  for (const [symbol, next] of edges[0]!) {
    delta[symbol] = next << shift;
    queue.push(next);
  }
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head]!;
    const failure = fail[state]!;
    const own = ends[state]!;
    const inherited = outputs[failure];
    if (own.length > 0 || inherited) outputs[state] = [...own, ...(inherited ?? [])];
    const row = state << shift;
    delta.copyWithin(row, failure << shift, (failure + 1) << shift);
    for (const [symbol, next] of edges[state]!) {
      fail[next] = delta[(failure << shift) + symbol]! >>> shift;
      delta[row + symbol] = next << shift;
      queue.push(next);
    }
  }
  // Accepting targets are marked once every row is complete (rows are copied while building).
  for (let at = 0; at < delta.length; at++)
    if (outputs[delta[at]! >>> shift]) delta[at] = ~delta[at]!;
  return { delta, outputs };
}
