/**
 * One nesting limit for every reader: JSON, JSONL, the eval gate's JSON and YAML (flow, block,
 * aliases expanded). At or under MAX_NESTING_DEPTH a document parses; past it, one InputError
 * saying so at the line and column where the limit was crossed, never a stack overflow.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocuments, parseJson } from '../../src/schema/document.js';
import { MAX_NESTING_DEPTH } from '../../src/schema/nesting.js';
import { InputError } from '../../src/util/errors.js';

const REFUSED = `refused: nested deeper than ${MAX_NESTING_DEPTH} levels`;

function outcome(parse: () => unknown): { line: number; column: number; message: string } | 'ok' {
  try {
    parse();
    return 'ok';
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return { line: error.line!, column: error.column!, message: error.message };
  }
}

function positionOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

/** Levels around the limit, and far past it. */
const levels = fc.oneof(
  fc.integer({ min: 1, max: MAX_NESTING_DEPTH + 10 }),
  fc.integer({ min: MAX_NESTING_DEPTH - 3, max: MAX_NESTING_DEPTH + 3 }),
  fc.integer({ min: 1000, max: 20_000 }),
);

/** `levels` nested arrays / objects, each level chosen by `kinds`; where each level opens. */
function nestedJson(count: number, kinds: boolean[]): { text: string; opens: number[] } {
  let text = '';
  const opens: number[] = [];
  const closers: string[] = [];
  for (let i = 0; i < count; i++) {
    const object = kinds[i % kinds.length]!;
    text += i === 0 ? '' : ' ';
    opens.push(text.length);
    text += object ? '{"k":' : '[1,';
    closers.push(object ? '}' : ']');
  }
  return { text: text + ' null' + closers.reverse().join(''), opens };
}

describe('nesting limit', () => {
  it('JSON: parsed up to the limit, refused past it where the extra level opens (every reader)', () => {
    fc.assert(
      fc.property(levels, fc.array(fc.boolean(), { minLength: 1, maxLength: 4 }), (n, kinds) => {
        const { text, opens } = nestedJson(n, kinds);
        const expected =
          n <= MAX_NESTING_DEPTH
            ? 'ok'
            : { ...positionOf(text, opens[MAX_NESTING_DEPTH]!), message: REFUSED };
        expect(outcome(() => parseDocuments(text, 'd.json', 'json'))).toEqual(expected);
        expect(outcome(() => parseJson(text, 'd.json', { nonFinite: true }))).toEqual(expected);
        const line = outcome(() => parseDocuments(`{}\n${text}\n`, 'd.jsonl', 'jsonl'));
        expect(line).toEqual(expected === 'ok' ? 'ok' : { ...expected, line: expected.line + 1 });
      }),
      { numRuns: 150 },
    );
  });

  it('YAML flow and block nesting: parsed up to the limit, refused past it where it is crossed', () => {
    // Each style: the text for n levels, and where level `k` (1-based) opens.
    type Where = { line: number; column: number };
    const styles: Array<[string, (n: number) => string, (k: number) => Where]> = [
      [
        'flow sequences',
        (n) => `${'['.repeat(n)}${']'.repeat(n)}\n`,
        (k) => ({ line: 1, column: k }),
      ],
      [
        'flow mappings',
        (n) => `${'{a: '.repeat(n)}1${'}'.repeat(n)}\n`,
        (k) => ({ line: 1, column: 4 * (k - 1) + 1 }),
      ],
      ['compact sequences', (n) => `${'- '.repeat(n)}1\n`, (k) => ({ line: 1, column: 2 * k - 1 })],
      [
        'block mappings',
        (n) => Array.from({ length: n }, (_, i) => `${' '.repeat(i)}k:`).join('\n') + ' v\n',
        (k) => ({ line: k, column: k }),
      ],
    ];
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer({ min: 1, max: MAX_NESTING_DEPTH + 5 }),
          fc.integer({ min: MAX_NESTING_DEPTH - 2, max: MAX_NESTING_DEPTH + 2 }),
          fc.integer({ min: 600, max: 3000 }),
        ),
        fc.constantFrom(...styles),
        (n, [, make, opensAt]) => {
          const text = make(n);
          const expected =
            n <= MAX_NESTING_DEPTH ? 'ok' : { ...opensAt(MAX_NESTING_DEPTH + 1), message: REFUSED };
          expect(outcome(() => parseDocuments(text, 'd.yaml', 'yaml'))).toEqual(expected);
        },
      ),
      { numRuns: 120 },
    );
  });

  it('YAML aliases count as the node they repeat, wherever they are written', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: MAX_NESTING_DEPTH - 1 }),
        fc.integer({ min: 0, max: MAX_NESTING_DEPTH - 1 }),
        (anchored, around) => {
          // `a` (level 1) holds the anchored node (levels 2 …); `b` holds the alias `around` deep.
          const text =
            `a: &x ${'['.repeat(anchored)}${']'.repeat(anchored)}\n` +
            `b: ${'['.repeat(around)}*x${']'.repeat(around)}\n`;
          const total = 1 + around + anchored;
          const expected =
            total <= MAX_NESTING_DEPTH
              ? 'ok'
              : {
                  ...positionOf(text, text.indexOf('*x')),
                  message: `${REFUSED} (alias *x expands there)`,
                };
          expect(outcome(() => parseDocuments(text, 'a.yaml', 'yaml'))).toEqual(expected);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('a chain of aliases, each adding levels, is measured expanded', () => {
    // 30 anchors of 20 levels each, each holding the previous one: 600 levels once expanded.
    let text = `x0: &x0 ${'['.repeat(20)}${']'.repeat(20)}\n`;
    for (let i = 1; i < 30; i++)
      text += `x${i}: &x${i} ${'['.repeat(20)}*x${i - 1}${']'.repeat(20)}\n`;
    const result = outcome(() => parseDocuments(text, 'chain.yaml', 'yaml'));
    expect(result).not.toBe('ok');
    expect((result as { message: string }).message).toMatch(/^refused: nested deeper than 256/);
  });

  it('an alias to its own ancestor is refused, never built as a cycle', () => {
    for (const text of ['&a [*a]\n', 'a: &a\n  b: *a\n', 'a: &a {b: [1, {c: *a}]}\n']) {
      const result = outcome(() => parseDocuments(text, 'loop.yaml', 'yaml'));
      expect(result, text).toEqual({
        ...positionOf(text, text.indexOf('*a')),
        message: `${REFUSED} (alias *a repeats a node that contains it)`,
      });
    }
    // Redefined anchors resolve to the nearest one before the alias: no cycle here.
    expect(outcome(() => parseDocuments('a: &a [&a [1], *a]\n', 'ok.yaml', 'yaml'))).toBe('ok');
  });
});
