/**
 * The document parser and locator: property tests over generated JSON / YAML, the strict JSON
 * scanner against JSON.parse, and the bounded-error cases (duplicates, alias bombs, size, nesting).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify as toYaml } from 'yaml';
import {
  MAX_DOCUMENT_BYTES,
  parseDocuments,
  type SourceDocument,
} from '../../src/schema/document.js';
import {
  countKeysInText,
  countProperties,
  indexJson,
  JsonSourceError,
} from '../../src/schema/json-source.js';
import { LineIndex } from '../../src/util/text.js';
import { InputError } from '../../src/util/errors.js';

/** Every node of a value with its JSON Pointer. */
function* pointersOf(value: unknown, pointer = ''): Generator<[string, unknown]> {
  yield [pointer, value];
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) yield* pointersOf(value[i], `${pointer}/${i}`);
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      yield* pointersOf(v, `${pointer}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`);
    }
  }
}

function offsetOf(text: string, line: number, column: number): number {
  const lines = text.split('\n');
  let offset = 0;
  for (let i = 0; i < line - 1; i++) offset += lines[i]!.length + 1;
  return offset + column - 1;
}

function thrown(fn: () => unknown): InputError {
  try {
    fn();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError');
}

const only = (docs: SourceDocument[]): SourceDocument => {
  expect(docs).toHaveLength(1);
  return docs[0]!;
};

describe('JSON documents', () => {
  it('parse to what JSON.parse gives and locate every node and key (any indentation)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(0, 1, 2, 4, '\t'), (value, indent) => {
        const text = JSON.stringify(value, null, indent);
        const doc = only(parseDocuments(text, 'x.json', 'json'));
        expect(doc.value).toEqual(JSON.parse(text));
        for (const [pointer, node] of pointersOf(JSON.parse(text))) {
          const at = doc.locate(pointer);
          const firstLine = JSON.stringify(node, null, indent).split('\n')[0]!;
          expect(text.slice(offsetOf(text, at.line, at.column))).toMatch(
            new RegExp(`^${firstLine.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
          );
          if (node !== null && typeof node === 'object' && !Array.isArray(node)) {
            for (const key of Object.keys(node)) {
              const k = doc.locate(pointer, key);
              expect(
                text.slice(offsetOf(text, k.line, k.column)).startsWith(JSON.stringify(key)),
              ).toBe(true);
            }
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('indexJson accepts exactly what JSON.parse accepts, and says where it stops', () => {
    const alphabet = fc.constantFrom(...'{}[],:"\\ \n0123456789.eE+-tfnrulsaxu'.split(''));
    const mutated = fc
      .tuple(fc.jsonValue(), fc.array(fc.tuple(fc.nat(), fc.nat(2), alphabet), { maxLength: 3 }))
      .map(([value, edits]) => {
        let text = JSON.stringify(value);
        for (const [at, op, ch] of edits) {
          const i = text.length === 0 ? 0 : at % (text.length + 1);
          if (op === 0) text = text.slice(0, i) + ch + text.slice(i);
          else if (op === 1) text = text.slice(0, i) + text.slice(i + 1);
          else text = text.slice(0, i) + ch + text.slice(i + 1);
        }
        return text;
      });
    fc.assert(
      fc.property(mutated, (text) => {
        let parsed = true;
        try {
          JSON.parse(text);
        } catch {
          parsed = false;
        }
        let outcome: 'ok' | 'syntax' | 'duplicate' = 'ok';
        try {
          indexJson(text);
        } catch (error) {
          expect(error).toBeInstanceOf(JsonSourceError);
          expect((error as JsonSourceError).offset).toBeLessThanOrEqual(text.length);
          outcome = (error as JsonSourceError).duplicateKey !== undefined ? 'duplicate' : 'syntax';
        }
        // A duplicate key may be met before a later syntax error, so it proves nothing either way.
        if (outcome === 'ok') expect(parsed).toBe(true);
        if (outcome === 'syntax') expect(parsed).toBe(false);
        if (!parsed) expect(outcome).not.toBe('ok');
      }),
      { numRuns: 2000 },
    );
  });

  it('counts keys in the text as JSON.parse keeps them, unless a key repeats', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = JSON.stringify(value, null, 1);
        expect(countKeysInText(text)).toBe(countProperties(JSON.parse(text)));
      }),
      { numRuns: 300 },
    );
    expect(countKeysInText('{"a": 1, "b": {"a": 2, "a\\"": 3}, "c": ["x:", "\\\\"]}')).toBe(5);
    expect(countKeysInText('{"a": 1, "a" : 2}')).toBe(2);
    expect(countProperties(JSON.parse('{"a": 1, "a" : 2}'))).toBe(1);
  });

  it('refuses a duplicate key at the second occurrence, at any depth', () => {
    const text = '{\n  "run_id": "a",\n  "gateway": {\n    "id": "g",\n    "id": "h"\n  }\n}\n';
    const error = thrown(() => parseDocuments(text, 'p.json', 'json'));
    expect(error.toLine()).toBe('p.json:5:5: duplicate key `id`');
    const escaped = '{"a\\u0062": 1, "ab": 2}';
    expect(thrown(() => parseDocuments(escaped, 'e.json', 'json')).toLine()).toBe(
      'e.json:1:16: duplicate key `ab`',
    );
  });

  it('says where malformed JSON breaks, without echoing the text', () => {
    const cases: Array<[string, string]> = [
      [
        '{\n  "a": 1,\n}\n',
        'x.json:3:1: invalid JSON: expected a property name in double quotes, found `}`',
      ],
      [
        '{\n  "a" 1\n}',
        'x.json:2:7: invalid JSON: expected `:` after the property name, found `1`',
      ],
      ['', 'x.json:1:1: invalid JSON: unexpected end of the input, a value was expected'],
      ['{"token": sk-live-123}', 'x.json:1:11: invalid JSON: unexpected `s`, a value was expected'],
      ['[1, 2] [3]', 'x.json:1:8: invalid JSON: unexpected `[` after the JSON value'],
      [
        '{"a": "b\nc"}',
        'x.json:1:9: invalid JSON: control character inside a string (write it escaped)',
      ],
      ['{"a": tru}', 'x.json:1:7: invalid JSON: unexpected `t`, a value was expected'],
    ];
    for (const [text, line] of cases)
      expect(thrown(() => parseDocuments(text, 'x.json', 'json')).toLine()).toBe(line);
  });

  it('accepts a byte order mark without shifting columns', () => {
    const doc = only(parseDocuments('\ufeff{"a": [1, 2]}', 'b.json', 'json'));
    expect(doc.value).toEqual({ a: [1, 2] });
    expect(doc.locate('/a/1')).toEqual({ line: 1, column: 12 });
  });

  it('survives absurd nesting without a stack overflow', () => {
    const deep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
    let doc: SourceDocument | undefined;
    try {
      doc = only(parseDocuments(deep, 'deep.json', 'json'));
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      return;
    }
    expect(doc.locate('/0/0/0').line).toBe(1);
  });
});

describe('JSONL documents', () => {
  it('are one document per non-blank line, located on their own line', () => {
    const text = '{"a": 1}\n\n{"b": [true, {"c": null}]}\r\n   \n{"d": "x"}';
    const docs = parseDocuments(text, 'log.jsonl', 'jsonl');
    expect(docs.map((d) => d.value)).toEqual([{ a: 1 }, { b: [true, { c: null }] }, { d: 'x' }]);
    expect(docs.map((d) => d.index)).toEqual([0, 1, 2]);
    expect(docs[1]!.locate('/b/1/c')).toEqual({ line: 3, column: 20 });
    expect(docs[1]!.locate('/b/1', 'c')).toEqual({ line: 3, column: 15 });
    expect(docs[2]!.locate('')).toEqual({ line: 5, column: 1 });
  });

  it('name the line of a broken record and of a duplicate key', () => {
    expect(thrown(() => parseDocuments('{"a": 1}\n{"a": 1,}\n', 'l.jsonl', 'jsonl')).toLine()).toBe(
      'l.jsonl:2:9: invalid JSON: expected a property name in double quotes, found `}`',
    );
    expect(
      thrown(() => parseDocuments('{"a": 1}\n\n{"a": 1, "a": 2}\n', 'l.jsonl', 'jsonl')).toLine(),
    ).toBe('l.jsonl:3:10: duplicate key `a`');
  });

  it('locate every node of generated records', () => {
    fc.assert(
      fc.property(
        fc.array(fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 4 }), {
          minLength: 1,
          maxLength: 5,
        }),
        (records) => {
          const text = records.map((r) => JSON.stringify(r)).join('\n');
          const docs = parseDocuments(text, 'r.jsonl', 'jsonl');
          expect(docs.map((d) => d.value)).toEqual(
            records.map((r) => JSON.parse(JSON.stringify(r))),
          );
          docs.forEach((doc, i) => {
            for (const [pointer, node] of pointersOf(doc.value)) {
              const at = doc.locate(pointer);
              expect(at.line).toBe(i + 1);
              expect(
                text.slice(offsetOf(text, at.line, at.column)).startsWith(JSON.stringify(node)),
              ).toBe(true);
            }
          });
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('YAML documents', () => {
  const key = fc.stringMatching(/^[a-z][a-z0-9_]{0,8}$/);
  const scalar = fc.oneof(
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.stringMatching(/^[a-z][a-z0-9 .-]{0,12}$/),
  );
  const tree = fc.letrec((tie) => ({
    node: fc.oneof({ depthSize: 'small' }, scalar, tie('map'), tie('list')),
    map: fc.dictionary(key, tie('node'), { minKeys: 1, maxKeys: 4 }),
    list: fc.array(tie('node'), { minLength: 1, maxLength: 3 }),
  })).map;

  it('round-trip generated mappings and locate every key where it is written', () => {
    fc.assert(
      fc.property(tree, fc.constantFrom(2, 4), (value, indent) => {
        const text = toYaml(value, { indent });
        const doc = only(parseDocuments(text, 'x.yaml', 'yaml'));
        expect(doc.value).toEqual(value);
        for (const [pointer, node] of pointersOf(value)) {
          if (node === null || typeof node !== 'object' || Array.isArray(node)) continue;
          for (const k of Object.keys(node)) {
            const at = doc.locate(pointer, k);
            const line = text.split('\n')[at.line - 1]!;
            expect(line.slice(at.column - 1).startsWith(`${k}:`)).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('locate nodes in every document of a stream', () => {
    const text = 'a: 1\nlist:\n  - x\n  - y: 2\n---\nb: [1, {c: 3}]\n';
    const docs = parseDocuments(text, 's.yaml', 'yaml');
    expect(docs.map((d) => d.index)).toEqual([0, 1]);
    expect(docs[0]!.locate('/list/1/y')).toEqual({ line: 4, column: 8 });
    expect(docs[0]!.locate('/list/1', 'y')).toEqual({ line: 4, column: 5 });
    expect(docs[1]!.locate('/b/1/c')).toEqual({ line: 6, column: 12 });
    // A missing node falls back to its nearest existing parent, never to a same-named key elsewhere.
    expect(docs[0]!.locate('/nope', 'a')).toEqual({ line: 1, column: 1 });
  });

  it('refuses duplicate keys, alias bombs and syntax errors with a line', () => {
    expect(
      thrown(() => parseDocuments('a: 1\nb:\n  c: 1\n  c: 2\n', 'd.yaml', 'yaml')).toLine(),
    ).toBe('d.yaml:4:3: duplicate key `c`');
    const bomb = [
      'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
      'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
      'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
      'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
      'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
      'f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
      'g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]',
    ].join('\n');
    expect(thrown(() => parseDocuments(bomb, 'bomb.yaml', 'yaml')).message).toMatch(
      /^refused: .*alias/i,
    );
    const broken = thrown(() => parseDocuments('a: [1, 2\nb: 3\n', 'b.yaml', 'yaml'));
    expect(broken.file).toBe('b.yaml');
    expect(broken.line).toBeGreaterThan(0);
  });
});

describe('size cap', () => {
  it('refuses oversize text before parsing, in every format', () => {
    const big = `"${'x'.repeat(MAX_DOCUMENT_BYTES)}"`;
    for (const format of ['json', 'yaml', 'jsonl'] as const) {
      expect(thrown(() => parseDocuments(big, 'big', format)).toLine()).toBe(
        'big: larger than 8 MiB, not parsed',
      );
    }
    // Multi-byte characters count as bytes, not as characters.
    const wide = `"${'é'.repeat(MAX_DOCUMENT_BYTES / 2)}"`;
    expect(thrown(() => parseDocuments(wide, 'wide.json', 'json')).message).toMatch(/larger than/);
  });
});

describe('LineIndex', () => {
  it('maps offsets to 1-based lines and columns', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', '\n', 'b') }), fc.nat(), (text, n) => {
        const offset = text.length === 0 ? 0 : n % text.length;
        const at = new LineIndex(text).location(offset);
        expect(offsetOf(text, at.line, at.column)).toBe(offset);
      }),
    );
  });
});
