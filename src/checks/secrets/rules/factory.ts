/**
 * pipeguard's own rules are ordinary secretlint rule modules (a `creator` with meta, messages and
 * `create(context, options)`), so they run under plain secretlint as well as under pipeguard's
 * engine. This factory builds one from declarative patterns: each pattern names the secret with a
 * `secret` named group (or the whole match), the keywords that must occur for it to be worth
 * running, and the look-alike filter that keeps placeholders out.
 */
import type { SecretLintRuleCreator, SecretLintRuleLocalizeMessages } from '@secretlint/types';
import type { Severity } from '../../../report/model.js';
import { KeywordSet, type Trigger } from './keywords.js';
import { isLookAlike, shannonEntropy, type LookAlikeOptions } from './look-alikes.js';

export type { Trigger } from './keywords.js';

/** Other scanners, for the family table in docs/secrets.md. */
export type Peer = 'gitleaks' | 'secretlint' | 'trufflehog';

export interface SecretPattern extends LookAlikeOptions {
  /** pipeguard rule id (kebab-case); also the secretlint messageId. Stable: fingerprints use it. */
  name: string;
  /** Short human title, e.g. "Replicate API token". */
  title: string;
  /** What it grants and how to fix a leak. */
  help: string;
  severity: Severity;
  /** Global regex; the secret is the `secret` named group, else the whole match. */
  pattern: RegExp;
  /**
   * At least one must occur for the pattern to run. All-lowercase keywords match case-insensitively;
   * a keyword with an uppercase letter matches exactly.
   */
  keywords: Trigger[];
  /** Minimum Shannon entropy (bits/char) of the secret; guards context-keyed rules. */
  minEntropy?: number;
  /** Extra validation of the secret and its match. */
  accept?: (secret: string, match: RegExpMatchArray) => boolean;
  /** The issuer's fixed prefixes (literal, e.g. `sk-proj-`): all a masked form may show. */
  publicPrefixes?: readonly string[];
  /** The issuer or product (the row of the family table), e.g. "GitLab". */
  family?: string;
  /** The formats the pattern knows, in words (`glpat-` + 20 chars; routable `glpat-….01.…`). */
  formats?: string;
  /** Which other scanners detect the same family (their default configuration). */
  peers?: readonly Peer[];
  /** The preset's rule of the same id is dropped: this pattern covers its formats, strictly. */
  supersedesPreset?: boolean;
}

export interface PatternRuleOptions {
  /** secretlint's conventional allow-list: regex-like strings (`/re/flags`) or literals. */
  allows?: string[];
  /**
   * The keywords already known to occur in the text (pipeguard's engine has just computed them
   * for all rules in one pass); plain secretlint omits it and the rule finds them itself.
   */
  presentKeywords?: ReadonlySet<Trigger>;
}

export interface PatternRule {
  creator: SecretLintRuleCreator<PatternRuleOptions>;
  patterns: SecretPattern[];
}

/**
 * A context-keyed pattern: the key or variable name, an assignment (`=`, `:`, `:=`, `?=`, `=>`, a
 * comma as in `setenv("NAME", "value")`, a space
 * as in `--flag value`, an XML element's `>` or an appSettings `key="…" value="…"`, or a call's
 * opening parenthesis), an optional quote, then the value.
 * Case-insensitive.
 */
export function keyed(name: string, value: string): RegExp {
  return new RegExp(
    String.raw`(?:${name})["'\]]?(?:\s*(?:=|:=|::=|\?=|:|=>|,)\s*|\s+(?:value\s*=\s*)?|>|(?<=\())["'\x60]?(?!value\s*=)(?<secret>${value})(?![A-Za-z0-9_\-])`,
    'gdi',
  );
}

export function patternRule(id: string, docsUrl: string, patterns: SecretPattern[]): PatternRule {
  const messages: SecretLintRuleLocalizeMessages = {};
  for (const spec of patterns) {
    messages[spec.name] = {
      en: (props?: { SECRET?: string }) => `found ${spec.title}: ${props?.SECRET ?? ''}`,
    };
  }
  // Only plain secretlint needs the module's own prefilter: built on first use.
  let keywords: KeywordSet | undefined;
  const byTrigger = patternsByTrigger(patterns);
  const creator: SecretLintRuleCreator<PatternRuleOptions> = {
    messages,
    meta: {
      id,
      recommended: true,
      type: 'scanner',
      supportedContentTypes: ['text'],
      docs: { url: docsUrl },
    },
    create(context, options) {
      const t = context.createTranslator(messages);
      const allows = (options?.allows ?? []).map(toMatcher);
      return {
        file(source) {
          const content = source.content;
          const present =
            options?.presentKeywords ??
            (keywords ??= new KeywordSet(patterns.flatMap((p) => p.keywords))).present(content);
          for (const index of wantedPatterns(byTrigger, present, patterns.length)) {
            const spec = patterns[index]!;
            for (const match of allMatches(spec.pattern, content)) {
              const secret = match.groups?.secret ?? match[0];
              if (!acceptable(spec, secret, match)) continue;
              if (allows.some((allow) => allow(secret))) continue;
              const start = (match.index ?? 0) + secretOffset(match, secret);
              context.report({
                message: t(spec.name, { SECRET: secret }),
                range: [start, start + secret.length],
              });
            }
          }
        },
      };
    },
  };
  return { creator, patterns };
}

/** Each trigger → the indexes of the patterns it enables. */
function patternsByTrigger(patterns: readonly SecretPattern[]): Map<Trigger, number[]> {
  const map = new Map<Trigger, number[]>();
  patterns.forEach((spec, index) => {
    for (const trigger of spec.keywords) {
      const list = map.get(trigger) ?? [];
      if (list.at(-1) !== index) list.push(index);
      map.set(trigger, list);
    }
  });
  return map;
}

/**
 * The patterns whose keywords occur, in catalog order (the order findings are reported in): found
 * from the keywords present, so a file costs what it contains, not the module's pattern count.
 */
function wantedPatterns(
  byTrigger: ReadonlyMap<Trigger, number[]>,
  present: ReadonlySet<Trigger>,
  count: number,
): number[] {
  const wanted = new Uint8Array(count);
  let any = false;
  const mark = (indexes: readonly number[]): void => {
    any = true;
    for (const index of indexes) wanted[index] = 1;
  };
  // The triggers both sides share, walking the smaller side: a text dense with keywords has more
  // of them present than a module has triggers (this loop took 1.4 % of a scan of such a tree).
  if (present.size <= byTrigger.size) {
    for (const trigger of present) {
      const indexes = byTrigger.get(trigger);
      if (indexes) mark(indexes);
    }
  } else {
    for (const [trigger, indexes] of byTrigger) if (present.has(trigger)) mark(indexes);
  }
  if (!any) return [];
  const out: number[] = [];
  for (let index = 0; index < count; index++) if (wanted[index] === 1) out.push(index);
  return out;
}

/**
 * Every match of a global pattern, as `matchAll` gives them, without the copy of the regex that
 * `matchAll` makes per call (the pattern is not shared while this runs: it is synchronous).
 */
function* allMatches(pattern: RegExp, content: string): Generator<RegExpExecArray> {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(content); match; match = pattern.exec(content)) {
    if (match[0] === '') pattern.lastIndex++;
    yield match;
  }
}

function acceptable(spec: SecretPattern, secret: string, match: RegExpMatchArray): boolean {
  if (isLookAlike(secret, spec)) return false;
  if (spec.minEntropy !== undefined && shannonEntropy(secret) < spec.minEntropy) return false;
  return spec.accept ? spec.accept(secret, match) : true;
}

/** Offset of the `secret` group inside the whole match (`d` flag indices when present). */
function secretOffset(match: RegExpMatchArray, secret: string): number {
  const indices = (
    match as RegExpMatchArray & { indices?: { groups?: Record<string, [number, number]> } }
  ).indices;
  const span = indices?.groups?.secret;
  if (span) return span[0] - (match.index ?? 0);
  const at = match[0].indexOf(secret);
  return at < 0 ? 0 : at;
}

function toMatcher(allow: string): (value: string) => boolean {
  const literal = /^\/(.+)\/([a-z]*)$/s.exec(allow);
  if (literal?.[1]) {
    const re = new RegExp(literal[1], (literal[2] ?? '').replace(/[gy]/g, ''));
    return (value) => re.test(value);
  }
  return (value) => value === allow;
}
