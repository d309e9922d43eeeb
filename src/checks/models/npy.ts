/**
 * NumPy `.npy` headers (format 1.0, 2.0, 3.0): magic, version, header length, then a Python dict
 * literal `{'descr': …, 'fortran_order': …, 'shape': (…)}`. An object dtype anywhere in `descr`
 * means the data that follows is a pickle (np.load(allow_pickle=True) unpickles it); any other
 * dtype is raw numbers and is never read.
 */
import type { ByteSource } from './source.js';

export const NPY_MAGIC = Uint8Array.from([0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59]); // \x93NUMPY
/** numpy itself refuses headers past 10 000 bytes unless told otherwise (max_header_size). */
const MAX_HEADER = 1024 * 1024;

export type PyLiteral =
  string | number | boolean | null | PyLiteral[] | { [key: string]: PyLiteral };

export interface NpyHeader {
  version: string;
  /** Offset of the array data (or the pickle) in the source. */
  dataOffset: number;
  descr: PyLiteral;
  /** True when the dtype holds Python objects: the data is a pickle. */
  objectDtype: boolean;
}

export class NpyProblem extends Error {}

export function isNpy(head: Uint8Array): boolean {
  return NPY_MAGIC.every((b, i) => head[i] === b);
}

/** Read the header at `start`; throws NpyProblem when it is not a well-formed .npy header. */
export function readNpyHeader(source: ByteSource, start = 0): NpyHeader {
  const fixed = source.read(start, 12);
  if (fixed.length < 10 || !isNpy(fixed)) throw new NpyProblem('no .npy magic');
  const major = fixed[6]!;
  const minor = fixed[7]!;
  let length: number;
  let headerStart: number;
  if (major === 1) {
    length = fixed[8]! | (fixed[9]! << 8);
    headerStart = start + 10;
  } else if (major === 2 || major === 3) {
    if (fixed.length < 12) throw new NpyProblem('truncated .npy header');
    length = (fixed[8]! | (fixed[9]! << 8) | (fixed[10]! << 16)) + fixed[11]! * 0x1000000;
    headerStart = start + 12;
  } else {
    throw new NpyProblem(`unknown .npy format version ${major}.${minor}`);
  }
  if (length > MAX_HEADER)
    throw new NpyProblem(`.npy header of ${length} bytes (at most ${MAX_HEADER})`);
  const bytes = source.read(headerStart, length);
  if (bytes.length < length) throw new NpyProblem('truncated .npy header');
  const text = new TextDecoder(major === 3 ? 'utf-8' : 'latin1').decode(bytes);
  let parsed: PyLiteral;
  try {
    parsed = parsePyLiteral(text);
  } catch (error) {
    throw new NpyProblem(`the .npy header is not a Python literal: ${(error as Error).message}`);
  }
  if (
    typeof parsed !== 'object' ||
    parsed === null ||
    Array.isArray(parsed) ||
    !('descr' in parsed)
  ) {
    throw new NpyProblem("the .npy header has no 'descr'");
  }
  const descr = parsed.descr!;
  return {
    version: `${major}.${minor}`,
    dataOffset: headerStart + length,
    descr,
    objectDtype: hasObjectDtype(descr),
  };
}

/** A typestring (`|O`, `<f8`) or a structured descr list holding an object type anywhere. */
function hasObjectDtype(descr: PyLiteral, depth = 0): boolean {
  if (depth > 32) return true;
  if (typeof descr === 'string') return /^[<>|=]?O/.test(descr);
  if (Array.isArray(descr)) {
    // [(name, type[, shape]), …]: the type is the second item of each field.
    return descr.some((field) =>
      Array.isArray(field)
        ? field.length > 1 && hasObjectDtype(field[1]!, depth + 1)
        : hasObjectDtype(field, depth + 1),
    );
  }
  return false;
}

/**
 * A Python literal of the subset `repr()` writes in .npy headers: strings, integers, floats,
 * True / False / None, tuples, lists and dicts with string keys. Throws on anything else.
 */
export function parsePyLiteral(text: string): PyLiteral {
  let i = 0;
  let depth = 0;
  const ws = (): void => {
    while (i < text.length && /\s/.test(text[i]!)) i += 1;
  };
  const fail = (what: string): never => {
    throw new Error(`${what} at ${i}`);
  };
  const value = (): PyLiteral => {
    ws();
    const c = text[i];
    if (c === undefined) return fail('unexpected end');
    if (c === "'" || c === '"') return str();
    if (c === '(' || c === '[') return seq(c === '(' ? ')' : ']');
    if (c === '{') return dict();
    const word = /^(True|False|None|[-+]?(\d+\.?\d*([eE][-+]?\d+)?|\.\d+)L?)/.exec(
      text.slice(i, i + 64),
    );
    if (!word) return fail('unexpected character');
    i += word[0].length;
    if (word[0] === 'True') return true;
    if (word[0] === 'False') return false;
    if (word[0] === 'None') return null;
    return Number(word[0].replace(/L$/, ''));
  };
  const str = (): string => {
    const quote = text[i]!;
    i += 1;
    let out = '';
    while (i < text.length && text[i] !== quote) {
      if (text[i] === '\\') {
        const next = text[i + 1];
        if (next === undefined) fail('unterminated escape');
        out += next === 'n' ? '\n' : next === 't' ? '\t' : next;
        i += 2;
      } else {
        out += text[i];
        i += 1;
      }
    }
    if (i >= text.length) fail('unterminated string');
    i += 1;
    return out;
  };
  const enter = (): void => {
    depth += 1;
    if (depth > 64) fail('nesting too deep');
  };
  const seq = (close: string): PyLiteral[] => {
    enter();
    i += 1;
    const items: PyLiteral[] = [];
    for (;;) {
      ws();
      if (text[i] === close) break;
      items.push(value());
      ws();
      if (text[i] === ',') i += 1;
      else if (text[i] !== close) fail(`expected , or ${close}`);
    }
    i += 1;
    depth -= 1;
    return items;
  };
  const dict = (): { [key: string]: PyLiteral } => {
    enter();
    i += 1;
    const out: { [key: string]: PyLiteral } = Object.create(null) as { [key: string]: PyLiteral };
    for (;;) {
      ws();
      if (text[i] === '}') break;
      const key = value();
      if (typeof key !== 'string') fail('dict key is not a string');
      ws();
      if (text[i] !== ':') fail('expected :');
      i += 1;
      out[key as string] = value();
      ws();
      if (text[i] === ',') i += 1;
      else if (text[i] !== '}') fail('expected , or }');
    }
    i += 1;
    depth -= 1;
    return out;
  };
  const result = value();
  ws();
  if (i < text.length) fail('trailing characters');
  return result;
}
