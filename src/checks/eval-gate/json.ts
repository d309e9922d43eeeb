/**
 * JSON with positions, fast enough for multi-megabyte eval outputs (the YAML-based document parser
 * spends seconds on them). Strict JSON plus the three literals Python's json module writes —
 * NaN, Infinity, -Infinity — so a NaN metric fails as "not a finite number" instead of making the
 * whole file unreadable. Duplicate keys are refused (which value would a reviewer have seen?),
 * nesting is bounded, and every value's offset is kept for file:line:col in findings.
 */
import type { Position } from '../../schema/document.js';
import { decodePointer } from '../../schema/document.js';
import { InputError } from '../../util/errors.js';

const MAX_DEPTH = 256;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

export interface PositionedJson {
  value: unknown;
  locate(pointer: string): Position;
}

export function parseJsonWithPositions(text: string, file: string): PositionedJson {
  const offsets = new WeakMap<object, Map<string, number>>();
  let at = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let lineStarts: number[] | undefined;

  const position = (offset: number): Position => {
    lineStarts ??= [0, ...[...text.matchAll(/\n/g)].map((m) => m.index! + 1)];
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - lineStarts[lo]! + 1 };
  };
  const fail = (message: string, offset = at): never => {
    const where = position(Math.min(offset, text.length));
    throw new InputError(message, file, where.line, where.column);
  };
  const space = (): void => {
    for (;;) {
      const c = text.charCodeAt(at);
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) at++;
      else return;
    }
  };
  const string = (): string => {
    const start = at;
    at++;
    for (;;) {
      const c = text.charCodeAt(at);
      if (Number.isNaN(c)) fail('unterminated string', start);
      if (c === 0x5c) at += 2;
      else if (c === 0x22) break;
      else at++;
    }
    at++;
    try {
      return JSON.parse(text.slice(start, at)) as string;
    } catch {
      return fail('invalid string (control character or bad escape)', start);
    }
  };
  const literal = (word: string, value: unknown): unknown => {
    if (!text.startsWith(word, at)) fail(`unexpected ${describe(at)}`);
    at += word.length;
    return value;
  };
  const value = (depth: number): unknown => {
    if (depth > MAX_DEPTH) fail(`nested deeper than ${MAX_DEPTH} levels`);
    space();
    const c = text[at];
    if (c === '{') {
      const object: Record<string, unknown> = {};
      const keys = new Map<string, number>();
      offsets.set(object, keys);
      at++;
      space();
      if (text[at] === '}') {
        at++;
        return object;
      }
      for (;;) {
        space();
        if (text[at] !== '"') fail(`expected a key, found ${describe(at)}`);
        const keyAt = at;
        const key = string();
        if (keys.has(key)) fail(`duplicate key ${JSON.stringify(key)}`, keyAt);
        space();
        if (text[at] !== ':') fail(`expected ":", found ${describe(at)}`);
        at++;
        space();
        keys.set(key, at);
        const item = value(depth + 1);
        // `__proto__` must stay an own property, as JSON.parse keeps it.
        if (key === '__proto__')
          Object.defineProperty(object, key, {
            value: item,
            enumerable: true,
            writable: true,
            configurable: true,
          });
        else object[key] = item;
        space();
        if (text[at] === ',') at++;
        else if (text[at] === '}') {
          at++;
          return object;
        } else fail(`expected "," or "}", found ${describe(at)}`);
      }
    }
    if (c === '[') {
      const array: unknown[] = [];
      const items = new Map<string, number>();
      offsets.set(array, items);
      at++;
      space();
      if (text[at] === ']') {
        at++;
        return array;
      }
      for (;;) {
        space();
        items.set(String(array.length), at);
        array.push(value(depth + 1));
        space();
        if (text[at] === ',') at++;
        else if (text[at] === ']') {
          at++;
          return array;
        } else fail(`expected "," or "]", found ${describe(at)}`);
      }
    }
    if (c === '"') return string();
    if (c === 't') return literal('true', true);
    if (c === 'f') return literal('false', false);
    if (c === 'n') return literal('null', null);
    if (c === 'N') return literal('NaN', Number.NaN);
    if (c === 'I') return literal('Infinity', Number.POSITIVE_INFINITY);
    if (c === '-' && text.startsWith('-Infinity', at))
      return literal('-Infinity', Number.NEGATIVE_INFINITY);
    NUMBER.lastIndex = at;
    const match = NUMBER.exec(text);
    if (!match) return fail(`unexpected ${describe(at)}`);
    at += match[0].length;
    return Number(match[0]);
  };
  function describe(offset: number): string {
    return offset >= text.length ? 'end of file' : JSON.stringify(text.slice(offset, offset + 12));
  }

  const root = value(0);
  space();
  if (at < text.length) fail(`unexpected ${describe(at)} after the JSON value`);
  return {
    value: root,
    locate(pointer) {
      let node: unknown = root;
      let offset = 0;
      for (const segment of decodePointer(pointer)) {
        const known =
          node !== null && typeof node === 'object' ? offsets.get(node)?.get(segment) : undefined;
        if (known === undefined) break;
        offset = known;
        node = (node as Record<string, unknown>)[segment];
      }
      return position(offset);
    },
  };
}
