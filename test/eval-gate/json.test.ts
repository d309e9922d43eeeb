import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseJson } from '../../src/schema/document.js';
import { InputError } from '../../src/util/errors.js';

/** How the eval gate reads a metrics file: the shared JSON reader, NaN and Infinity allowed. */
const parseJsonWithPositions = (text: string, file: string) =>
  parseJson(text, file, { nonFinite: true });

describe('JSON with positions', () => {
  it('agrees with JSON.parse on any JSON value, however formatted', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(undefined, 1, 2, '\t'), (value, indent) => {
        const text = JSON.stringify(value, null, indent);
        expect(parseJsonWithPositions(text, 'f.json').value).toEqual(JSON.parse(text));
      }),
      { numRuns: 1000 },
    );
  });

  it('never crashes on random text: a value or one InputError with a position inside the file', () => {
    const noisy = fc.oneof(
      fc.string({ maxLength: 80 }),
      fc
        .jsonValue()
        .map((v) => JSON.stringify(v))
        .chain((t) =>
          fc.nat({ max: Math.max(0, t.length) }).map((cut) => t.slice(0, cut) + t.slice(cut + 1)),
        ),
      fc
        .array(
          fc.constantFrom(
            '{',
            '}',
            '[',
            ']',
            ',',
            ':',
            '"a"',
            '1',
            'NaN',
            '-Infinity',
            'nul',
            ' ',
            '\n',
            '"\\u12"',
          ),
          { maxLength: 20 },
        )
        .map((p) => p.join('')),
    );
    fc.assert(
      fc.property(noisy, (text) => {
        try {
          parseJsonWithPositions(text, 'f.json');
        } catch (error) {
          if (!(error instanceof InputError)) throw error;
          expect(error.line).toBeGreaterThan(0);
          expect(error.line).toBeLessThanOrEqual(text.split('\n').length);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('locates values by JSON Pointer', () => {
    const doc = parseJsonWithPositions(
      '{\n  "results": {\n    "t": {"acc,none": 0.5, "x/y": [1, 2]}\n  }\n}',
      'f.json',
    );
    expect(doc.locate('/results/t/acc,none')).toEqual({ line: 3, column: 23 });
    expect(doc.locate('/results/t/x~1y/1')).toEqual({ line: 3, column: 39 });
    expect(doc.locate('/missing')).toEqual({ line: 1, column: 1 });
  });

  it("reads Python's NaN and Infinity literals as numbers, and refuses the rest", () => {
    expect(parseJsonWithPositions('[NaN, Infinity, -Infinity, -0, 1e3]', 'f.json').value).toEqual([
      NaN,
      Infinity,
      -Infinity,
      -0,
      1000,
    ]);
    const refusals: Array<[string, RegExp, number?]> = [
      ['{"a": 1, "a": 2}', /duplicate key `a`/],
      ['{"a": 1,}', /expected a property name/],
      ['[1 2]', /expected `,` or `]`/],
      ['01', /after the JSON value/],
      ["{'a': 1}", /expected a property name/],
      ['"tab\there"', /control character inside a string/],
      ['{"a": 1}\n{"b": 2}', /after the JSON value/, 2],
      ['', /unexpected end of the input/],
      ['['.repeat(300), /nested deeper than 256 levels/],
      ['[NaN, nan]', /unexpected `n`/],
    ];
    for (const [text, reason, line] of refusals) {
      try {
        parseJsonWithPositions(text, 'f.json');
        expect.unreachable(text);
      } catch (error) {
        expect((error as Error).message, text).toMatch(reason);
        if (line) expect((error as InputError).line).toBe(line);
      }
    }
  });

  it('keeps __proto__ as an own key, never as the prototype', () => {
    const { value } = parseJsonWithPositions('{"__proto__": {"polluted": 1}}', 'f.json');
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.keys(value as object)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
