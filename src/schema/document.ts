/**
 * Parse JSON, YAML (multi-document) and JSONL into values that remember where each node came from,
 * so every schema error can point at file:line:col. JSON takes a fast path (JSON.parse, a cheap
 * duplicate-key and depth count, positions built lazily by json-source.ts); YAML goes through the
 * `yaml` package's AST, which keeps ranges and reports duplicate keys. Both refuse nesting deeper
 * than MAX_NESTING_DEPTH (nesting.ts).
 */
import {
  Composer,
  LineCounter,
  Parser,
  isMap,
  isPair,
  isScalar,
  isSeq,
  visit,
  type Document,
  type Node,
} from 'yaml';
import { InputError } from '../util/errors.js';
import { LineIndex } from '../util/text.js';
import {
  JsonSourceError,
  countKeysInText,
  indexJson,
  nodeAt,
  shapeOf,
  valueOf,
  type JsonNode,
  type JsonReadOptions,
} from './json-source.js';
import {
  MAX_NESTING_DEPTH,
  aliasNestingProblem,
  yamlTokenNesting,
  type NestingProblem,
} from './nesting.js';

export type DocumentFormat = 'json' | 'yaml' | 'jsonl';

export interface Position {
  line: number;
  column: number;
}

export interface SourceDocument {
  /** Display path, relative to the root. */
  file: string;
  /** 0-based index of the document within its file (YAML stream entry or JSONL line). */
  index: number;
  /** How it was written (a JSONL line is `json`). */
  format?: 'json' | 'yaml';
  value: unknown;
  /**
   * Where the node at a JSON Pointer starts. With `key`, where that property's key is written in
   * the object at `pointer` (for `additionalProperties`); falls back to the nearest existing parent.
   */
  locate(pointer: string, key?: string): Position;
}

/** Bigger documents are refused, not parsed: a policy or envelope is never this large. */
export const MAX_DOCUMENT_BYTES = 8 * 1024 * 1024;
/** Alias expansions allowed per document: the billion-laughs guard. */
const MAX_ALIAS_COUNT = 100;

export function formatOf(file: string): DocumentFormat | undefined {
  const lower = file.toLowerCase();
  if (lower.endsWith('.json')) return 'json';
  if (lower.endsWith('.jsonl') || lower.endsWith('.ndjson')) return 'jsonl';
  if (lower.endsWith('.yaml') || lower.endsWith('.yml')) return 'yaml';
  return undefined;
}

export function decodePointer(pointer: string): string[] {
  if (pointer === '' || pointer === '/') return pointer === '/' ? [''] : [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

export function encodePointerSegment(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

/**
 * JSONL read line by line: every well-formed line is a document, every malformed one an error,
 * so one broken line never hides the others' problems. Other formats as parseDocuments.
 */
export function parseDocumentsPerLine(
  text: string,
  file: string,
  format: DocumentFormat,
): { docs: SourceDocument[]; errors: InputError[] } {
  if (format !== 'jsonl' || isOversize(text))
    return { docs: parseDocuments(text, file, format), errors: [] };
  const errors: InputError[] = [];
  try {
    return { docs: new JsonText(text, file).lines(errors), errors };
  } catch (error) {
    if (error instanceof InputError) throw error;
    const message = error instanceof Error ? firstLine(error.message) : String(error);
    throw new InputError(`could not be parsed: ${message}`, file);
  }
}

/**
 * Parse a file's text into its documents. Throws InputError (file:line:col) for malformed text,
 * a duplicate key, an alias bomb or an oversize file: nothing half-parsed is ever returned.
 */
export function parseDocuments(
  text: string,
  file: string,
  format: DocumentFormat,
): SourceDocument[] {
  if (isOversize(text)) {
    throw new InputError(`larger than ${MAX_DOCUMENT_BYTES / 1024 / 1024} MiB, not parsed`, file);
  }
  try {
    if (format === 'yaml') return parseYaml(text, file);
    const source = new JsonText(text, file);
    return format === 'json' ? [source.document(0, text.length, 0)] : source.lines();
  } catch (error) {
    if (error instanceof InputError) throw error;
    // Anything else (a parser's own stack overflow on absurd nesting) is still the input's fault.
    const message = error instanceof Error ? firstLine(error.message) : String(error);
    throw new InputError(`could not be parsed: ${message}`, file);
  }
}

/**
 * One JSON text as a document, without the size cap (the caller bounds what it reads, e.g. the
 * eval gate's multi-megabyte metrics). Throws InputError at file:line:col like parseDocuments.
 */
export function parseJson(
  text: string,
  file: string,
  options: JsonReadOptions = {},
): SourceDocument {
  return new JsonText(text, file, options).document(0, text.length, 0);
}

export function isOversize(text: string): boolean {
  // Cheap bounds first: UTF-8 needs 1 to 3 bytes per UTF-16 code unit.
  if (text.length > MAX_DOCUMENT_BYTES) return true;
  if (text.length * 3 <= MAX_DOCUMENT_BYTES) return false;
  return Buffer.byteLength(text) > MAX_DOCUMENT_BYTES;
}

/**
 * JSON and JSONL: JSON.parse is the fast path; positions (and the reason a text is rejected) come
 * from indexJson, built only when first needed.
 */
class JsonText {
  private lineIndex: LineIndex | undefined;

  constructor(
    private readonly text: string,
    private readonly file: string,
    private readonly options: JsonReadOptions = {},
  ) {}

  /**
   * One document per non-blank line. With `errors`, a malformed line is recorded there and the
   * other lines are still read (their indices count the good lines only); without, it throws.
   */
  lines(errors?: InputError[]): SourceDocument[] {
    const { text } = this;
    const out: SourceDocument[] = [];
    let start = 0;
    while (start < text.length) {
      let end = text.indexOf('\n', start);
      if (end === -1) end = text.length;
      const lineEnd = text.charCodeAt(end - 1) === 0x0d ? end - 1 : end;
      if (text.slice(start, lineEnd).trim() !== '') {
        try {
          out.push(this.document(start, lineEnd, out.length));
        } catch (error) {
          if (!errors || !(error instanceof InputError)) throw error;
          errors.push(error);
        }
      }
      start = end + 1;
    }
    return out;
  }

  document(from: number, to: number, index: number): SourceDocument {
    const { text, file } = this;
    // A UTF-8 byte order mark is not JSON whitespace; skip it without shifting columns.
    if (from === 0 && text.charCodeAt(0) === 0xfeff) from = 1;
    const slice = from === 0 && to === text.length ? text : text.slice(from, to);
    let value: unknown;
    let tree: JsonNode | undefined;
    try {
      value = JSON.parse(slice);
    } catch {
      // Malformed (the index says where), or NaN / Infinity that only `nonFinite` accepts.
      tree = this.index(from, to);
      value = valueOf(tree, text);
    }
    if (!tree && value !== null && typeof value === 'object') {
      const shape = shapeOf(value);
      if (shape.depth > MAX_NESTING_DEPTH || countKeysInText(slice) !== shape.properties) {
        // Too deep, or some object writes a key twice (JSON.parse kept the last): the index says
        // where.
        throw this.syntaxError(from, to);
      }
    }
    let broken = false;
    return {
      file,
      index,
      format: 'json',
      value,
      locate: (pointer, key) => {
        if (!tree && !broken) {
          try {
            tree = indexJson(text, from, to, this.options);
          } catch {
            broken = true;
          }
        }
        if (!tree) return this.position(from);
        const found = nodeAt(tree, decodePointer(pointer));
        if (
          key !== undefined &&
          found.node.kind === 'object' &&
          found.depth === decodePointer(pointer).length
        ) {
          const entry = found.node.entries.get(key);
          if (entry) return this.position(entry.keyStart);
        }
        return this.position(found.node.start);
      },
    };
  }

  private position(offset: number): Position {
    this.lineIndex ??= new LineIndex(this.text);
    return this.lineIndex.location(offset);
  }

  /** The node tree of `text[from, to)`, or the InputError saying where and why it is refused. */
  private index(from: number, to: number): JsonNode {
    try {
      return indexJson(this.text, from, to, this.options);
    } catch (error) {
      if (!(error instanceof JsonSourceError)) throw error;
      const at = this.position(error.offset);
      const message =
        error.kind === 'duplicate-key'
          ? error.message
          : error.kind === 'too-deep'
            ? `refused: ${error.message}`
            : `invalid JSON: ${error.message}`;
      throw new InputError(message, this.file, at.line, at.column);
    }
  }

  private syntaxError(from: number, to: number): InputError {
    try {
      this.index(from, to);
    } catch (error) {
      if (error instanceof InputError) return error;
      throw error;
    }
    const at = this.position(from);
    return new InputError('invalid JSON', this.file, at.line, at.column);
  }
}

function parseYaml(text: string, file: string): SourceDocument[] {
  const lineCounter = new LineCounter();
  // parseAllDocuments in two steps: the token tree is built without recursion, so its depth is
  // checked before the composer (recursive, once per level) and toJS ever see it.
  const tokens = [...new Parser(lineCounter.addNewLine).parse(text)];
  let aliases = false;
  for (const token of tokens) {
    const nesting = yamlTokenNesting(token);
    if (nesting.problem) throw nestingError(nesting.problem, file, lineCounter);
    aliases ||= nesting.aliases;
  }
  const docs = [...new Composer({ uniqueKeys: true }).compose(tokens)];
  return docs.map((doc, index) => toSourceDocument(doc, index, file, lineCounter, aliases));
}

function nestingError(problem: NestingProblem, file: string, lineCounter: LineCounter): InputError {
  const at = lineCounter.linePos(problem.offset);
  return new InputError(`refused: ${problem.message}`, file, at.line, at.col);
}

function toSourceDocument(
  doc: Document.Parsed,
  index: number,
  file: string,
  lineCounter: LineCounter,
  aliases: boolean,
): SourceDocument {
  const problem = doc.errors[0];
  if (problem) {
    const at = lineCounter.linePos(problem.pos[0]);
    const what =
      problem.code === 'DUPLICATE_KEY'
        ? duplicateKeyMessage(doc, problem.pos[0])
        : firstLine(problem.message);
    throw new InputError(what, file, at.line, at.col);
  }
  const tooDeep = aliases ? aliasNestingProblem(doc.contents) : undefined;
  if (tooDeep) throw nestingError(tooDeep, file, lineCounter);
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    const message = error instanceof Error ? firstLine(error.message) : String(error);
    const at = lineCounter.linePos(doc.range[0]);
    throw new InputError(`refused: ${message}`, file, at.line, at.col);
  }
  const position = (offset: number): Position => {
    const at = lineCounter.linePos(offset);
    return { line: at.line, column: at.col };
  };
  const start = doc.contents?.range?.[0] ?? 0;
  return {
    file,
    index,
    format: 'yaml',
    value,
    locate(pointer, key) {
      let node: unknown = doc.contents;
      let offset = start;
      let complete = true;
      for (const segment of decodePointer(pointer)) {
        const next = childOf(node, segment);
        if (!next) {
          complete = false;
          break;
        }
        node = next.value;
        offset = next.offset;
      }
      if (key !== undefined && complete) {
        const keyed = childOf(node, key);
        if (keyed) return position(keyed.keyOffset ?? keyed.offset);
      }
      return position(offset);
    },
  };
}

function childOf(
  node: unknown,
  segment: string,
): { value: unknown; offset: number; keyOffset?: number } | undefined {
  if (isMap(node)) {
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
      if (key !== segment) continue;
      const keyNode = pair.key as Node;
      const valueNode = pair.value as Node | null;
      const keyOffset = keyNode.range?.[0];
      return {
        value: valueNode,
        offset: valueNode?.range?.[0] ?? keyOffset ?? 0,
        keyOffset,
      };
    }
    return undefined;
  }
  if (isSeq(node)) {
    const item = node.items[Number(segment)] as Node | undefined;
    if (!/^\d+$/.test(segment) || !item) return undefined;
    return { value: item, offset: item.range?.[0] ?? 0 };
  }
  return undefined;
}

/** Name the key written twice: the second pair whose key starts at the error's offset. */
function duplicateKeyMessage(doc: Document.Parsed, offset: number): string {
  let name: string | undefined;
  visit(doc, {
    Pair(_, pair) {
      const key = pair.key as Node | null;
      if (key && isScalar(key) && key.range?.[0] === offset) {
        name = String(key.value);
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return name === undefined ? 'duplicate key' : `duplicate key \`${name}\``;
}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '').trim();
}
