/**
 * The one JSON reader (validate, configs, provenance records, the eval gate's metrics with their
 * NaN / Infinity): values as JSON.parse gives them, every node located, duplicate keys refused at
 * the second occurrence, and the same limits and messages whichever way it is called.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocuments, parseJson, type SourceDocument } from '../../src/schema/document.js';
import { InputError } from '../../src/util/errors.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** The ways a JSON text reaches the reader. */
const READERS: Array<[string, (text: string) => SourceDocument]> = [
  ['validate (parseDocuments)', (text) => parseDocuments(text, 'x.json', 'json')[0]!],
  ['eval gate (parseJson, nonFinite)', (text) => parseJson(text, 'x.json', { nonFinite: true })],
];

/** JSON values, numbers possibly NaN or ±Infinity (as Python's json module writes them). */
const value: fc.Arbitrary<Json> = fc.letrec<{ node: Json }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small' },
    fc.constant(null),
    fc.boolean(),
    fc.double().map((d) => (Object.is(d, -0) ? 0 : d)),
    fc.string(),
    fc.array(tie('node'), { maxLength: 4 }),
    fc.dictionary(fc.string(), tie('node'), { maxKeys: 4 }),
  ),
})).node;

/**
 * Serialise like JSON.stringify (NaN → `NaN`, not `null`), remembering where each node starts
 * and where each key is written, by JSON Pointer. `duplicate` (an object's preorder index) writes
 * that object's first key a second time, at its end.
 */
function serialise(
  root: Json,
  options: { indent?: string; duplicate?: number } = {},
): {
  text: string;
  starts: Map<string, number>;
  keys: Map<string, number>;
  objects: number;
  duplicate?: { key: string; at: number };
} {
  const starts = new Map<string, number>();
  const keys = new Map<string, number>();
  let text = '';
  let objects = 0;
  let duplicate: { key: string; at: number } | undefined;
  const indent = options.indent ?? '';
  const newline = (level: number): string => (indent ? `\n${indent.repeat(level)}` : '');
  const write = (node: Json, pointer: string, level: number): void => {
    starts.set(pointer, text.length);
    if (typeof node === 'number') {
      text += Number.isFinite(node) ? JSON.stringify(node) : String(node);
    } else if (node === null || typeof node !== 'object') {
      text += JSON.stringify(node);
    } else if (Array.isArray(node)) {
      text += '[';
      node.forEach((item, i) => {
        text += `${i ? ',' : ''}${newline(level + 1)}`;
        write(item, `${pointer}/${i}`, level + 1);
      });
      text += `${node.length ? newline(level) : ''}]`;
    } else {
      const entries = Object.entries(node);
      const index = objects++;
      text += '{';
      entries.forEach(([key, item], i) => {
        text += `${i ? ',' : ''}${newline(level + 1)}`;
        const child = `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
        keys.set(child, text.length);
        text += `${JSON.stringify(key)}:${indent ? ' ' : ''}`;
        write(item, child, level + 1);
      });
      if (index === options.duplicate && entries.length > 0) {
        text += `,${newline(level + 1)}`;
        duplicate = { key: entries[0]![0], at: text.length };
        text += `${JSON.stringify(entries[0]![0])}: 0`;
      }
      text += `${entries.length ? newline(level) : ''}}`;
    }
  };
  write(root, '', 0);
  return { text, starts, keys, objects, duplicate };
}

function positionOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
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

const hasNonFinite = (node: Json): boolean =>
  typeof node === 'number'
    ? !Number.isFinite(node)
    : node !== null && typeof node === 'object'
      ? Object.values(node).some(hasNonFinite)
      : false;

describe('the shared JSON reader', () => {
  it('gives JSON.parse values and locates every node and key, in both modes', () => {
    fc.assert(
      fc.property(value, fc.constantFrom('', '  ', '\t'), (root, indent) => {
        const { text, starts, keys } = serialise(root, { indent });
        for (const [, read] of READERS) {
          if (read === READERS[0]![1] && hasNonFinite(root)) {
            // Strict JSON: NaN is a syntax error, where it is written.
            expect(thrown(() => read(text)).message).toMatch(/^invalid JSON: unexpected `[-NI]`/);
            continue;
          }
          const doc = read(text);
          expect(doc.value).toEqual(hasNonFinite(root) ? root : (JSON.parse(text) as unknown));
          for (const [pointer, offset] of starts)
            expect(doc.locate(pointer), pointer).toEqual(positionOf(text, offset));
          for (const [pointer, offset] of keys) {
            const slash = pointer.lastIndexOf('/');
            const key = pointer
              .slice(slash + 1)
              .replace(/~1/g, '/')
              .replace(/~0/g, '~');
            expect(doc.locate(pointer.slice(0, slash), key)).toEqual(positionOf(text, offset));
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it('refuses a key written twice at its second occurrence, the same way in both modes', () => {
    fc.assert(
      fc.property(value, fc.nat(), fc.constantFrom('', '  '), (root, pick, indent) => {
        const { objects } = serialise(root);
        fc.pre(objects > 0);
        const { text, duplicate } = serialise(root, { indent, duplicate: pick % objects });
        fc.pre(duplicate !== undefined);
        const { key } = duplicate!;
        const at = positionOf(text, duplicate!.at);
        for (const [name, read] of READERS) {
          if (read === READERS[0]![1] && hasNonFinite(root)) continue;
          const error = thrown(() => read(text));
          expect(error.message, name).toBe(`duplicate key \`${key}\``);
          expect({ line: error.line, column: error.column }, name).toEqual(at);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('keeps __proto__ an own key in both modes', () => {
    for (const [, read] of READERS) {
      const { value: parsed } = read('{"__proto__": {"polluted": 1}, "n": 1}');
      expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
      expect(Object.keys(parsed as object)).toEqual(['__proto__', 'n']);
    }
    const withNaN = parseJson('{"__proto__": {"polluted": NaN}}', 'x.json', { nonFinite: true });
    expect(Object.keys(withNaN.value as object)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
