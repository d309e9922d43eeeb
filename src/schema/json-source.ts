/**
 * The one JSON reader with positions (validate, the eval gate, configs' JSON, provenance records).
 * The fast path is JSON.parse plus one walk that counts keys and depth (`shapeOf`, compared with
 * `countKeysInText`); the full index below runs only for documents that have errors, a duplicate
 * key, nesting beyond MAX_NESTING_DEPTH, that JSON.parse rejected (then it finds where and why,
 * since V8's messages carry no position for most errors), or whose positions are asked for.
 * With `nonFinite`, the literals Python's json module writes (NaN, Infinity, -Infinity) are read
 * as numbers, so a NaN metric fails as "not a finite number" instead of making a file unreadable.
 */
import { MAX_NESTING_DEPTH, NESTED_TOO_DEEP } from './nesting.js';

export type JsonNode = JsonObjectNode | JsonArrayNode | JsonScalarNode;

export interface JsonObjectNode {
  kind: 'object';
  start: number;
  end: number;
  entries: Map<string, { keyStart: number; value: JsonNode }>;
}

export interface JsonArrayNode {
  kind: 'array';
  start: number;
  end: number;
  items: JsonNode[];
}

export interface JsonScalarNode {
  kind: 'scalar';
  start: number;
  end: number;
}

export interface JsonReadOptions {
  /** Read NaN, Infinity and -Infinity as numbers (metrics files written by Python). */
  nonFinite?: boolean;
}

/**
 * Malformed JSON, a key written twice in one object, or nesting beyond MAX_NESTING_DEPTH: where,
 * and what a person should read.
 */
export class JsonSourceError extends Error {
  constructor(
    message: string,
    readonly offset: number,
    readonly kind: 'syntax' | 'duplicate-key' | 'too-deep' = 'syntax',
    /** The key written twice, for a duplicate-key error. */
    readonly duplicateKey?: string,
  ) {
    super(message);
    this.name = 'JsonSourceError';
  }
}

const SPACE = 0x20;
const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COLON = 0x3a;
const COMMA = 0x2c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

function isSpace(code: number): boolean {
  return code === SPACE || code === LF || code === CR || code === TAB;
}

/**
 * How many property keys the text writes, duplicates included. Valid JSON only (call it after
 * JSON.parse succeeded): a string followed by `:` is a key. Cheap: one native indexOf per string.
 */
export function countKeysInText(text: string): number {
  let keys = 0;
  let open = text.indexOf('"');
  while (open !== -1) {
    let close = text.indexOf('"', open + 1);
    while (close !== -1 && isEscaped(text, close)) close = text.indexOf('"', close + 1);
    if (close === -1) return keys;
    let next = close + 1;
    let code = text.charCodeAt(next);
    while (isSpace(code)) code = text.charCodeAt(++next);
    if (code === COLON) keys++;
    open = text.indexOf('"', next);
  }
  return keys;
}

function isEscaped(text: string, quote: number): boolean {
  let backslashes = 0;
  for (let i = quote - 1; text.charCodeAt(i) === BACKSLASH; i--) backslashes++;
  return backslashes % 2 === 1;
}

/**
 * How many own keys all objects in a parsed value hold, and how deeply its arrays and objects nest
 * (a scalar is depth 0, `[]` is 1). Iterative: deep nesting cannot overflow the stack.
 */
export function shapeOf(value: unknown): { properties: number; depth: number } {
  let properties = 0;
  let depth = 0;
  const pending: unknown[] = [value];
  const levels: number[] = [1];
  while (pending.length > 0) {
    const node = pending.pop();
    const level = levels.pop()!;
    if (node === null || typeof node !== 'object') continue;
    if (level > depth) depth = level;
    if (Array.isArray(node)) {
      for (const item of node) {
        if (item !== null && typeof item === 'object') {
          pending.push(item);
          levels.push(level + 1);
        }
      }
      continue;
    }
    for (const key in node) {
      properties++;
      const child = (node as Record<string, unknown>)[key];
      if (child !== null && typeof child === 'object') {
        pending.push(child);
        levels.push(level + 1);
      }
    }
  }
  return { properties, depth };
}

/** How many own keys all objects in a parsed value hold. */
export function countProperties(value: unknown): number {
  return shapeOf(value).properties;
}

interface Frame {
  node: JsonObjectNode | JsonArrayNode;
  key?: string;
  keyStart?: number;
}

/**
 * Strict JSON (RFC 8259) over `text[from, to)`, returning the node tree with offsets. Throws
 * JsonSourceError at the first syntax error, duplicate key, or array/object that opens nesting
 * level MAX_NESTING_DEPTH + 1. Iterative, so the call stack never limits it.
 */
export function indexJson(
  text: string,
  from = 0,
  to = text.length,
  options: JsonReadOptions = {},
): JsonNode {
  const stack: Frame[] = [];
  const describeAt = (pos: number): string =>
    pos >= to ? 'the end of the input' : `\`${text[pos] === '`' ? "'`'" : text[pos]}\``;
  const skip = (pos: number): number => {
    while (pos < to && isSpace(text.charCodeAt(pos))) pos++;
    return pos;
  };
  const fail = (pos: number, message: string): never => {
    throw new JsonSourceError(message, Math.min(pos, to));
  };
  const scanString = (start: number): number => {
    let pos = start + 1;
    while (pos < to) {
      const code = text.charCodeAt(pos);
      if (code === QUOTE) return pos + 1;
      if (code < 0x20) fail(pos, 'control character inside a string (write it escaped)');
      if (code === BACKSLASH) {
        const escape = text[pos + 1];
        if (escape === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(pos + 2, pos + 6)) || pos + 6 > to) {
            fail(pos, 'invalid \\u escape in a string (four hex digits expected)');
          }
          pos += 6;
          continue;
        }
        if (escape === undefined || pos + 1 >= to || !'"\\/bfnrt'.includes(escape)) {
          fail(pos, 'invalid escape in a string');
        }
        pos += 2;
        continue;
      }
      pos++;
    }
    return fail(start, 'string is never closed');
  };
  const readKey = (frame: Frame, pos: number): number => {
    if (text.charCodeAt(pos) !== QUOTE)
      fail(pos, `expected a property name in double quotes, found ${describeAt(pos)}`);
    const end = scanString(pos);
    const raw = text.slice(pos + 1, end - 1);
    frame.key = raw.includes('\\') ? (JSON.parse(text.slice(pos, end)) as string) : raw;
    frame.keyStart = pos;
    const colon = skip(end);
    if (text.charCodeAt(colon) !== COLON)
      fail(colon, `expected \`:\` after the property name, found ${describeAt(colon)}`);
    return skip(colon + 1);
  };

  let pos = skip(from);
  for (;;) {
    // Read one value at `pos`; containers push a frame and read their first member first.
    let value: JsonNode;
    const code = text.charCodeAt(pos);
    if (pos >= to) return fail(pos, 'unexpected end of the input, a value was expected');
    if ((code === OPEN_BRACE || code === OPEN_BRACKET) && stack.length >= MAX_NESTING_DEPTH) {
      throw new JsonSourceError(NESTED_TOO_DEEP, pos, 'too-deep');
    }
    if (code === OPEN_BRACE) {
      const node: JsonObjectNode = { kind: 'object', start: pos, end: -1, entries: new Map() };
      const inner = skip(pos + 1);
      if (text.charCodeAt(inner) === CLOSE_BRACE) {
        node.end = inner + 1;
        value = node;
        pos = inner + 1;
      } else {
        const frame: Frame = { node };
        pos = readKey(frame, inner);
        stack.push(frame);
        continue;
      }
    } else if (code === OPEN_BRACKET) {
      const node: JsonArrayNode = { kind: 'array', start: pos, end: -1, items: [] };
      const inner = skip(pos + 1);
      if (text.charCodeAt(inner) === CLOSE_BRACKET) {
        node.end = inner + 1;
        value = node;
        pos = inner + 1;
      } else {
        stack.push({ node });
        pos = inner;
        continue;
      }
    } else if (code === QUOTE) {
      const end = scanString(pos);
      value = { kind: 'scalar', start: pos, end };
      pos = end;
    } else {
      const end = scanLiteral(text, pos, to, options.nonFinite === true);
      if (end === pos) fail(pos, `unexpected ${describeAt(pos)}, a value was expected`);
      value = { kind: 'scalar', start: pos, end };
      pos = end;
    }

    // Attach the value to its container; close containers as their closers come.
    for (;;) {
      const frame = stack[stack.length - 1];
      if (!frame) {
        const after = skip(pos);
        if (after < to) fail(after, `unexpected ${describeAt(after)} after the JSON value`);
        return value;
      }
      const container = frame.node;
      if (container.kind === 'object') {
        const key = frame.key!;
        if (container.entries.has(key)) {
          throw new JsonSourceError(
            `duplicate key \`${key}\``,
            frame.keyStart!,
            'duplicate-key',
            key,
          );
        }
        container.entries.set(key, { keyStart: frame.keyStart!, value });
      } else {
        container.items.push(value);
      }
      pos = skip(pos);
      const next = text.charCodeAt(pos);
      const closer = container.kind === 'object' ? CLOSE_BRACE : CLOSE_BRACKET;
      if (pos < to && next === COMMA) {
        pos = skip(pos + 1);
        if (container.kind === 'object') pos = readKey(frame, pos);
        break;
      }
      if (pos < to && next === closer) {
        container.end = pos + 1;
        pos++;
        stack.pop();
        value = container;
        continue;
      }
      const expected = container.kind === 'object' ? '`,` or `}`' : '`,` or `]`';
      return fail(pos, `expected ${expected}, found ${describeAt(pos)}`);
    }
  }
}

const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;

const WORDS = ['true', 'false', 'null'];
const NON_FINITE_WORDS = [...WORDS, 'NaN', 'Infinity', '-Infinity'];

/** End of a number or a literal word at `pos`, or `pos` when there is none. */
function scanLiteral(text: string, pos: number, to: number, nonFinite: boolean): number {
  for (const word of nonFinite ? NON_FINITE_WORDS : WORDS) {
    if (text.startsWith(word, pos) && pos + word.length <= to) return pos + word.length;
  }
  NUMBER.lastIndex = pos;
  const match = NUMBER.exec(text);
  if (!match) return pos;
  const end = pos + match[0].length;
  return end <= to ? end : pos;
}

/**
 * The value a node tree stands for, as JSON.parse would build it (plus NaN and ±Infinity when the
 * tree was read with `nonFinite`). Recursive: indexJson bounded the depth.
 */
export function valueOf(node: JsonNode, text: string): unknown {
  if (node.kind === 'array') return node.items.map((item) => valueOf(item, text));
  if (node.kind === 'object') {
    const object: Record<string, unknown> = {};
    for (const [key, entry] of node.entries) {
      // `__proto__` must stay an own property, as JSON.parse keeps it.
      Object.defineProperty(object, key, {
        value: valueOf(entry.value, text),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return object;
  }
  const source = text.slice(node.start, node.end);
  switch (source) {
    case 'NaN':
      return Number.NaN;
    case 'Infinity':
      return Number.POSITIVE_INFINITY;
    case '-Infinity':
      return Number.NEGATIVE_INFINITY;
    default:
      return JSON.parse(source) as unknown;
  }
}

/** The node at a decoded JSON Pointer, with the key offset when the last step was a property. */
export function nodeAt(
  root: JsonNode,
  segments: readonly string[],
): { node: JsonNode; keyStart?: number; depth: number } {
  let node = root;
  let keyStart: number | undefined;
  let depth = 0;
  for (const segment of segments) {
    if (node.kind === 'object') {
      const entry = node.entries.get(segment);
      if (!entry) break;
      node = entry.value;
      keyStart = entry.keyStart;
    } else if (node.kind === 'array') {
      if (!/^(0|[1-9][0-9]*)$/.test(segment)) break;
      const item = node.items[Number(segment)];
      if (!item) break;
      node = item;
      keyStart = undefined;
    } else {
      break;
    }
    depth++;
  }
  return { node, keyStart, depth };
}
