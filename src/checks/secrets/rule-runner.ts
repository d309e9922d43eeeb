/**
 * Runs secretlint rule modules over one text through secretlint's rule contract
 * (`creator.create(context, options)` then `file(source)`, `context.report` / `context.ignore`),
 * as `@secretlint/core`'s `lintSource` does, without its post-processing: that compares every
 * message with every other (`filterDuplicatedMessages`, and every message with every
 * `secretlint-disable` range), so a file with 26,000 tokens took minutes. Here duplicates fall out
 * of a Map keyed by rule + message + range, and disable ranges are looked up in sorted tables:
 * the cost grows with n log n, not n².
 *
 * Messages a disable comment covers are kept and marked (`ignored`), so the caller can report
 * them as suppressed without a second run.
 */
import type {
  SecretLintRuleContext,
  SecretLintRuleCreator,
  SecretLintRuleIgnoreDescriptor,
  SecretLintRuleLocalizeMessages,
  SecretLintRuleMessageTranslate,
  SecretLintRuleReportDescriptor,
  SecretLintSourceCode,
} from '@secretlint/types';

export interface RuleToRun {
  creator: SecretLintRuleCreator<never> | SecretLintRuleCreator<Record<string, unknown>>;
  options: unknown;
}

export interface RuleSource {
  /** What rules see as the file path (extension checks); for binary sources the file to read. */
  filePath: string;
  content: string;
  ext: string;
  contentType: 'text' | 'binary';
  /** Rules may read the file itself (binary key formats). */
  physicalFilePath?: string;
}

export interface RuleMessage {
  ruleId: string;
  messageId: string;
  message: string;
  /** Offsets into the content (after a BOM, which secretlint strips). */
  range: readonly [number, number];
  data?: Record<string, unknown>;
  /** A `secretlint-disable` comment covers it. */
  ignored: boolean;
}

interface IgnoreRange {
  start: number;
  end: number;
}

const ANY_RULE = '*';

/** Run the rules on the source; messages sorted by range, one per rule + message + range. */
export async function runRules(rules: RuleToRun[], input: RuleSource): Promise<RuleMessage[]> {
  const source = new SourceCode(input);
  const reported = new Map<string, Omit<RuleMessage, 'ignored'>>();
  const ignores = new Map<string, IgnoreRange[]>();
  const handlers = rules.map(({ creator, options }) => {
    const ruleId = creator.meta.id;
    const context: SecretLintRuleContext = {
      sharedOptions: {},
      createTranslator: translatorFor as SecretLintRuleContext['createTranslator'],
      report(descriptor: SecretLintRuleReportDescriptor) {
        const { message, messageId, data } = descriptor.message;
        const range = descriptor.range;
        const key = `${ruleId}\0${messageId}\0${range[0]}\0${range[1]}`;
        if (!reported.has(key))
          reported.set(key, {
            ruleId,
            messageId,
            message,
            range,
            ...(data ? { data: data as Record<string, unknown> } : {}),
          });
      },
      ignore(descriptor: SecretLintRuleIgnoreDescriptor) {
        const [start, end] = descriptor.range;
        // A range past the last line is NaN in secretlint too, and covers nothing there.
        if (!Number.isFinite(start) || !Number.isFinite(end)) return;
        const target = descriptor.targetRuleId || ANY_RULE;
        const list = ignores.get(target) ?? [];
        list.push({ start, end });
        ignores.set(target, list);
      },
    };
    return {
      creator,
      handler: (creator.create as (c: SecretLintRuleContext, o: unknown) => RuleHandler)(
        context,
        options ?? {},
      ),
    };
  });
  await Promise.all(
    handlers
      .filter(({ creator }) => supports(creator, input.contentType))
      .map(({ handler }) => handler.file?.(source)),
  );
  const covers = new Map([...ignores].map(([rule, ranges]) => [rule, new Coverage(ranges)]));
  const anyRule = covers.get(ANY_RULE);
  return [...reported.values()]
    .map((m) => ({
      ...m,
      ignored: Boolean(anyRule?.contains(m.range) || covers.get(m.ruleId)?.contains(m.range)),
    }))
    .sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
}

interface RuleHandler {
  file?(source: SecretLintSourceCode): void | Promise<void>;
}

function supports(creator: RuleToRun['creator'], contentType: RuleSource['contentType']): boolean {
  const types = creator.meta.supportedContentTypes as string[];
  return types.includes('all') || types.includes(contentType);
}

/** secretlint's translator: a message is a function of the data, or per locale (English here). */
function translatorFor(
  messages: SecretLintRuleLocalizeMessages,
): SecretLintRuleMessageTranslate<SecretLintRuleLocalizeMessages> {
  return ((messageId: string, props?: Record<string, unknown>) => {
    const handler = messages[messageId] as
      ((p?: unknown) => string) | Record<string, ((p?: unknown) => string) | undefined> | undefined;
    const format = typeof handler === 'function' ? handler : handler?.en;
    if (!format) throw new Error(`secretlint rule message ${messageId} has no English text`);
    return {
      message: props && typeof props === 'object' ? format(props) : format(),
      messageId,
      data: props,
    };
  }) as SecretLintRuleMessageTranslate<SecretLintRuleLocalizeMessages>;
}

/**
 * Whether a range lies inside any of a set of inclusive ranges: starts sorted, with the furthest
 * end reached so far, so each question is one binary search.
 */
class Coverage {
  private readonly starts: number[];
  private readonly reach: number[];
  constructor(ranges: IgnoreRange[]) {
    const sorted = [...ranges].sort((a, b) => a.start - b.start);
    this.starts = sorted.map((r) => r.start);
    this.reach = [];
    let furthest = -Infinity;
    for (const r of sorted) this.reach.push((furthest = Math.max(furthest, r.end)));
  }
  contains([start, end]: readonly [number, number]): boolean {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid]! <= start) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && this.reach[lo - 1]! >= end;
  }
}

/**
 * The source a rule sees, as `@secretlint/core` builds it: a BOM is stripped, lines break at
 * CR, LF, CRLF, U+2028 and U+2029, positions have 1-based lines and 0-based columns.
 */
class SourceCode implements SecretLintSourceCode {
  readonly hasBOM: boolean;
  readonly content: string;
  readonly filePath: string;
  readonly physicalFilePath: string | undefined;
  readonly contentType: 'text' | 'binary';
  readonly ext: string;
  private lineStarts: number[] | undefined;

  constructor(input: RuleSource) {
    this.hasBOM = input.content.charCodeAt(0) === 0xfeff;
    this.content = this.hasBOM ? input.content.slice(1) : input.content;
    this.filePath = input.filePath;
    this.physicalFilePath = input.physicalFilePath;
    this.contentType = input.contentType;
    this.ext = input.ext;
  }

  getFilePath(): string {
    return this.filePath;
  }
  getPhysicalFilePath(): string | undefined {
    return this.physicalFilePath;
  }
  locationToRange(loc: {
    start: { line: number; column: number };
    end: { line: number; column: number };
  }): [number, number] {
    return [this.positionToIndex(loc.start), this.positionToIndex(loc.end)];
  }
  rangeToLocation(range: readonly [number, number]): {
    start: { line: number; column: number };
    end: { line: number; column: number };
  } {
    return { start: this.indexToPosition(range[0]), end: this.indexToPosition(range[1]) };
  }
  positionToIndex(pos: { line: number; column: number }): number {
    // Past the last line this is NaN, as in secretlint (a range that then covers nothing).
    return (this.starts()[pos.line - 1] ?? NaN) + pos.column;
  }
  indexToPosition(index: number): { line: number; column: number } {
    const starts = this.starts();
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! <= index) lo = mid + 1;
      else hi = mid;
    }
    return { line: lo, column: index - starts[lo - 1]! };
  }

  private starts(): number[] {
    if (this.lineStarts) return this.lineStarts;
    const starts = [0];
    const text = this.content;
    const breaks = /\r\n?|[\n\u2028\u2029]/g;
    for (let m = breaks.exec(text); m; m = breaks.exec(text)) starts.push(m.index + m[0].length);
    this.lineStarts = starts;
    return starts;
  }
}
