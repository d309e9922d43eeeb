/**
 * ONNX external data: a bounded protobuf walk over the ModelProto that descends only into the
 * messages that can hold tensors (graphs, nodes, attributes, functions, training info) and reads
 * each TensorProto's `external_data` entries. Every other field, raw tensor data included, is
 * skipped by its length without being read. Field numbers are those of onnx/onnx.proto3.
 */
import type { ByteSource } from './source.js';

type MessageKind =
  | 'model'
  | 'graph'
  | 'node'
  | 'attribute'
  | 'function'
  | 'training'
  | 'tensor'
  | 'sparse'
  | 'entry';

/** Which length-delimited fields of each message are themselves messages worth entering. */
const CHILDREN: Record<MessageKind, Record<number, MessageKind>> = {
  model: { 7: 'graph', 20: 'training', 25: 'function' },
  training: { 1: 'graph', 2: 'graph' },
  graph: { 1: 'node', 5: 'tensor', 15: 'sparse' },
  function: { 7: 'node' },
  node: { 5: 'attribute' },
  attribute: { 5: 'tensor', 6: 'graph', 10: 'tensor', 11: 'graph', 22: 'sparse', 23: 'sparse' },
  sparse: { 1: 'tensor', 2: 'tensor' },
  tensor: { 13: 'entry' },
  entry: {},
};

export interface ExternalData {
  /** The tensor's name (field 8), when short. */
  tensor?: string;
  location?: string;
  /** Offset of the TensorProto in the file. */
  offset: number;
}

export class OnnxProblem extends Error {}

const MAX_DEPTH = 64;
const MAX_FIELDS = 5_000_000;
const MAX_STRING = 64 * 1024;

export function readOnnxExternalData(source: ByteSource): ExternalData[] {
  const found: ExternalData[] = [];
  let fields = 0;
  const decoder = new TextDecoder('utf-8');

  const varint = (pos: { at: number }, end: number): number => {
    let result = 0;
    let shift = 0;
    for (let i = 0; i < 10; i += 1) {
      if (pos.at >= end) throw new OnnxProblem('truncated varint');
      const b = source.read(pos.at, 1)[0];
      if (b === undefined) throw new OnnxProblem('truncated varint');
      pos.at += 1;
      result += (b & 0x7f) * 2 ** shift;
      if ((b & 0x80) === 0) return result;
      shift += 7;
    }
    throw new OnnxProblem('varint longer than 10 bytes');
  };

  const walk = (
    kind: MessageKind,
    start: number,
    end: number,
    depth: number,
  ): { strings: Map<number, string> } => {
    if (depth > MAX_DEPTH) throw new OnnxProblem(`messages nested deeper than ${MAX_DEPTH}`);
    const strings = new Map<number, string>();
    const pos = { at: start };
    const tensorEntries: Array<Map<number, string>> = [];
    while (pos.at < end) {
      if (++fields > MAX_FIELDS) throw new OnnxProblem(`more than ${MAX_FIELDS} protobuf fields`);
      const key = varint(pos, end);
      const field = Math.floor(key / 8);
      const wire = key % 8;
      if (field === 0) throw new OnnxProblem('field number 0');
      switch (wire) {
        case 0:
          varint(pos, end);
          break;
        case 1:
          pos.at += 8;
          break;
        case 5:
          pos.at += 4;
          break;
        case 2: {
          const length = varint(pos, end);
          const childStart = pos.at;
          const childEnd = childStart + length;
          if (childEnd > end) throw new OnnxProblem('a field runs past its message');
          const child = CHILDREN[kind][field];
          if (child) {
            const inner = walk(child, childStart, childEnd, depth + 1);
            if (kind === 'tensor' && child === 'entry') tensorEntries.push(inner.strings);
          } else if (
            (kind === 'entry' && (field === 1 || field === 2)) ||
            (kind === 'tensor' && field === 8)
          ) {
            if (length <= MAX_STRING)
              strings.set(field, decoder.decode(source.read(childStart, length)));
          }
          pos.at = childEnd;
          break;
        }
        default:
          throw new OnnxProblem(`wire type ${wire} is not valid protobuf`);
      }
      if (pos.at > end) throw new OnnxProblem('a field runs past its message');
    }
    if (kind === 'tensor') {
      for (const entry of tensorEntries) {
        if (entry.get(1) !== 'location') continue;
        const name = strings.get(8);
        found.push({
          offset: start,
          location: entry.get(2) ?? '',
          ...(name !== undefined ? { tensor: name.slice(0, 200) } : {}),
        });
      }
    }
    return { strings };
  };

  walk('model', 0, source.size, 0);
  return found;
}
