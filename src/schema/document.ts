/**
 * Parse JSON, YAML (multi-document) and JSONL into values that remember where each node came from,
 * so every schema error can point at file:line:col. JSON is parsed by the YAML 1.2 parser too:
 * it is valid flow YAML, and unlike JSON.parse it reports duplicate keys.
 */
import {
  LineCounter,
  isMap,
  isPair,
  isScalar,
  isSeq,
  parseAllDocuments,
  type Document,
  type Node,
} from 'yaml';
import { InputError } from '../util/errors.js';

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

export function parseDocuments(
  text: string,
  file: string,
  format: DocumentFormat,
): SourceDocument[] {
  if (Buffer.byteLength(text) > MAX_DOCUMENT_BYTES) {
    throw new InputError(`larger than ${MAX_DOCUMENT_BYTES / 1024 / 1024} MiB, not parsed`, file);
  }
  if (format === 'jsonl') return parseJsonLines(text, file);
  const lineCounter = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const list = Array.isArray(docs) ? docs : [];
  if (!Array.isArray(docs)) {
    // An empty stream parses to an EmptyStream with no documents.
    return [];
  }
  if (format === 'json' && list.length > 1) {
    const second = list[1]!;
    const at = lineCounter.linePos(second.range[0]);
    throw new InputError('more than one JSON value in the file', file, at.line, at.col);
  }
  return list.map((doc, index) => toSourceDocument(doc, index, file, lineCounter, 0));
}

function parseJsonLines(text: string, file: string): SourceDocument[] {
  const out: SourceDocument[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.replace(/\r$/, '');
    if (line.trim() === '') continue;
    const lineCounter = new LineCounter();
    const docs = parseAllDocuments(line, { lineCounter, prettyErrors: false, uniqueKeys: true });
    if (!Array.isArray(docs) || docs.length !== 1) {
      throw new InputError('each line must hold exactly one JSON value', file, i + 1, 1);
    }
    out.push(toSourceDocument(docs[0]!, out.length, file, lineCounter, i));
  }
  return out;
}

function toSourceDocument(
  doc: Document.Parsed,
  index: number,
  file: string,
  lineCounter: LineCounter,
  lineOffset: number,
): SourceDocument {
  const problem = doc.errors[0];
  if (problem) {
    const at = lineCounter.linePos(problem.pos[0]);
    const what = problem.code === 'DUPLICATE_KEY' ? 'duplicate key' : firstLine(problem.message);
    throw new InputError(what, file, at.line + lineOffset, at.col);
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    const message = error instanceof Error ? firstLine(error.message) : String(error);
    throw new InputError(`refused: ${message}`, file, lineOffset + 1, 1);
  }
  const position = (offset: number): Position => {
    const at = lineCounter.linePos(offset);
    return { line: at.line + lineOffset, column: at.col };
  };
  const start = doc.contents?.range?.[0] ?? 0;
  return {
    file,
    index,
    value,
    locate(pointer, key) {
      let node: unknown = doc.contents;
      let offset = start;
      for (const segment of decodePointer(pointer)) {
        const next = childOf(node, segment);
        if (!next) break;
        node = next.value;
        offset = next.offset;
      }
      if (key !== undefined) {
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

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '').trim();
}
