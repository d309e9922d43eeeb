/**
 * A pickle opcode walker: reads the stream the way `pickle.load` would, without ever loading it.
 * It keeps a symbolic stack and memo (strings, numbers, tuples, dicts, imported globals, calls) so
 * that every import is found however the stream builds its operands: GLOBAL / INST lines,
 * STACK_GLOBAL over strings from any string opcode or the memo, EXT* registry codes. An import
 * whose name cannot be read statically is itself a problem. Several pickles in one file are
 * walked in turn (joblib's inline arrays and nested object-array pickles, legacy torch.save's five
 * pickles). Work is bounded: opcodes, stack, memo, retained items and nesting all have limits,
 * and a truncated or malformed stream ends the walk with a problem, never an exception.
 */
import { HIGHEST_PROTOCOL, OPCODES, type Opcode } from './opcodes.js';
import type { ByteSource } from './source.js';

export interface ImportedGlobal {
  module: string;
  name: string;
  /** Offset of the importing opcode in the stream (0-based, from the start of the source). */
  offset: number;
  opcode: 'GLOBAL' | 'STACK_GLOBAL' | 'INST';
  /** True once REDUCE / NEWOBJ / NEWOBJ_EX / OBJ / INST calls it. */
  called: boolean;
}

export type ProblemKind = 'malformed' | 'truncated' | 'unresolved-global' | 'limit';

export interface PickleProblem {
  kind: ProblemKind;
  message: string;
  offset: number;
}

export interface PickleScan {
  globals: ImportedGlobal[];
  problems: PickleProblem[];
  /** Pickles walked to their STOP. */
  pickles: number;
  /** Highest protocol a PROTO opcode announced (0 when none did). */
  protocol: number;
  opcodes: number;
  /** Where the walk ended. */
  end: number;
  /** joblib arrays whose payload was skipped, and their bytes. */
  skippedArrays: number;
  skippedBytes: number;
}

export interface WalkLimits {
  maxOpcodes: number;
  maxStack: number;
  maxMemo: number;
  /** Items kept across all lists, tuples and dicts (beyond it, collections stop remembering). */
  maxRetained: number;
  /** Nested pickles (joblib object arrays) inside one stream. */
  maxNesting: number;
}

export const DEFAULT_LIMITS: WalkLimits = {
  maxOpcodes: 20_000_000,
  maxStack: 1_000_000,
  maxMemo: 1_000_000,
  maxRetained: 1_000_000,
  maxNesting: 16,
};

export interface WalkOptions {
  /** Where the first pickle starts (a .npy header precedes it). */
  start?: number;
  limits?: Partial<WalkLimits>;
  /**
   * Bytes after the last STOP: `walk` tries them as more pickles (an application may call
   * pickle.load again), `ignore` leaves them (a format that defines what follows).
   */
  trailing?: 'walk' | 'ignore';
  /**
   * Also read what follows a joblib array without padding as plain pickle.load would (default
   * true). False for a stream plain pickle.load cannot read anyway (a compressed joblib file).
   */
  plainReading?: boolean;
}

/** Strings longer than this are tracked as "some string" (never a module or attribute name). */
const MAX_KEPT_STRING = 4096;
/** Legacy torch.save's first pickle: this magic number (torch/serialization.py). */
const TORCH_LEGACY_MAGIC = 0x1950a86a20f9469cfc6cn;

type Value =
  | { k: 'str'; s?: string }
  | { k: 'int'; n: number; big?: bigint }
  | { k: 'bytes' | 'none' | 'float' | 'set' | 'other' }
  | { k: 'bool'; b: boolean }
  | { k: 'tuple' | 'list'; items: Value[] }
  | { k: 'dict'; entries: Array<[Value, Value]> }
  | { k: 'global'; g: ImportedGlobal }
  | { k: 'call'; fn: Value; args: Value; state?: Value };

/** The state a pickle continues from (a plain reading that picks up mid-stream). */
interface Seed {
  stack: Value[];
  marks: number[];
  memo: Map<number, Value>;
}

class Stop extends Error {
  constructor(readonly problem: PickleProblem) {
    super(problem.message);
  }
}

const OTHER: Value = { k: 'other' };
const utf8 = new TextDecoder('utf-8');
const latin1 = new TextDecoder('latin1');

/** Walk every pickle in the source from `start`. Never throws for any input bytes. */
export function walkPickles(source: ByteSource, options: WalkOptions = {}): PickleScan {
  const walker = new Walker(source, { ...DEFAULT_LIMITS, ...options.limits });
  walker.plainReading = options.plainReading !== false;
  walker.run(options.start ?? 0, options.trailing ?? 'walk');
  return walker.result();
}

class Walker {
  private pos = 0;
  private opcodes = 0;
  private retained = 0;
  private depth = 0;
  private readonly globals: ImportedGlobal[] = [];
  private readonly problems: PickleProblem[] = [];
  private pickles = 0;
  private protocol = 0;
  private skippedArrays = 0;
  private skippedBytes = 0;
  /** Reading as plain pickle.load would: joblib's arrays are not skipped. */
  private plain = false;
  plainReading = true;

  constructor(
    private readonly src: ByteSource,
    private readonly limits: WalkLimits,
  ) {}

  result(): PickleScan {
    return {
      globals: this.globals,
      problems: this.problems,
      pickles: this.pickles,
      protocol: this.protocol,
      opcodes: this.opcodes,
      end: this.pos,
      skippedArrays: this.skippedArrays,
      skippedBytes: this.skippedBytes,
    };
  }

  run(start: number, trailing: 'walk' | 'ignore'): void {
    this.pos = start;
    let index = 0;
    let legacyTorch = false;
    while (this.pos < this.src.size) {
      const segmentStart = this.pos;
      const importsBefore = this.globals.length;
      try {
        const value = this.walkOne();
        if (index === 0 && value.k === 'int' && value.big === TORCH_LEGACY_MAGIC)
          legacyTorch = true;
      } catch (error) {
        if (!(error instanceof Stop)) throw error;
        const trailingJunk =
          index > 0 && this.globals.length === importsBefore && error.problem.kind !== 'limit';
        if (trailingJunk) {
          // Bytes after a complete pickle that are no pickle import nothing when loaded again.
          this.pos = segmentStart;
        } else {
          this.problems.push(error.problem);
        }
        return;
      }
      index += 1;
      // Legacy torch.save: magic, protocol, sys info, the object, the storage keys; then raw data.
      if (legacyTorch && index === 5) return;
      if (trailing === 'ignore' && !legacyTorch) return;
    }
  }

  /** One pickle, MARK/memo state fresh, to its STOP; returns the unpickled top value. */
  private walkOne(seed?: Seed): Value {
    const stack: Value[] = seed ? [...seed.stack] : [];
    const marks: number[] = seed ? [...seed.marks] : [];
    const memo = new Map<number, Value>(seed?.memo);
    const fence = (): number => marks[marks.length - 1] ?? 0;
    const push = (value: Value, at: number): void => {
      if (stack.length >= this.limits.maxStack)
        this.limit(`stack deeper than ${this.limits.maxStack}`, at);
      stack.push(value);
    };
    const pop = (at: number, what: string): Value => {
      if (stack.length <= fence()) this.malformed(`stack underflow at ${what}`, at);
      return stack.pop()!;
    };
    const top = (at: number, what: string): Value => {
      if (stack.length <= fence()) this.malformed(`stack underflow at ${what}`, at);
      return stack[stack.length - 1]!;
    };
    const popMark = (at: number, what: string): Value[] => {
      const mark = marks.pop();
      if (mark === undefined) this.malformed(`${what} without MARK`, at);
      const items = stack.splice(mark!);
      return items;
    };
    const memoGet = (key: number, at: number): Value => {
      const value = memo.get(key);
      if (!value) this.malformed(`memo key ${key} read before it was written`, at);
      return value!;
    };
    const memoPut = (key: number, at: number): void => {
      if (key < 0) this.malformed('negative memo key', at);
      if (!memo.has(key) && memo.size >= this.limits.maxMemo)
        this.limit(`memo larger than ${this.limits.maxMemo} entries`, at);
      memo.set(key, top(at, 'PUT'));
    };

    for (;;) {
      const at = this.pos;
      if (++this.opcodes > this.limits.maxOpcodes)
        this.limit(`more than ${this.limits.maxOpcodes} opcodes`, at);
      const code = this.byte(at, 'an opcode');
      const op: Opcode | undefined = OPCODES[code];
      if (!op)
        this.malformed(`byte 0x${code.toString(16).padStart(2, '0')} is no pickle opcode`, at);
      this.pos = at + 1;
      switch (op!.name) {
        case 'PROTO': {
          const proto = this.byte(this.pos, 'PROTO')!;
          this.pos += 1;
          if (proto > HIGHEST_PROTOCOL) this.malformed(`unsupported protocol ${proto}`, at);
          this.protocol = Math.max(this.protocol, proto);
          break;
        }
        case 'FRAME':
          this.uint(8, 'FRAME');
          break;
        case 'STOP': {
          const value = pop(at, 'STOP');
          if (stack.length > 0 || marks.length > 0) {
            // pickle.load returns here too; leftovers are legal but noted by nothing.
          }
          this.pickles += 1;
          return value;
        }
        case 'INT': {
          const text = this.line('INT').text;
          if (text === '01' || text === '00') push({ k: 'bool', b: text === '01' }, at);
          else
            push(
              intValue(text, () => this.malformed(`INT ${clip(text)} is no integer`, at)),
              at,
            );
          break;
        }
        case 'LONG': {
          const text = this.line('LONG').text;
          push(
            intValue(text?.replace(/L$/, ''), () =>
              this.malformed(`LONG ${clip(text)} is no integer`, at),
            ),
            at,
          );
          break;
        }
        case 'BININT':
          push({ k: 'int', n: this.int32('BININT') }, at);
          break;
        case 'BININT1':
          push({ k: 'int', n: this.uint(1, 'BININT1') }, at);
          break;
        case 'BININT2':
          push({ k: 'int', n: this.uint(2, 'BININT2') }, at);
          break;
        case 'LONG1':
        case 'LONG4': {
          const length = op!.name === 'LONG1' ? this.uint(1, 'LONG1') : this.int32('LONG4');
          if (length < 0) this.malformed('LONG4 with a negative length', at);
          push(this.longValue(length, op!.name), at);
          break;
        }
        case 'FLOAT': {
          const text = this.line('FLOAT').text;
          if (text !== undefined && Number.isNaN(Number(text)) && !/^-?(nan|inf)$/i.test(text))
            this.malformed(`FLOAT ${clip(text)} is no number`, at);
          push({ k: 'float' }, at);
          break;
        }
        case 'BINFLOAT':
          this.skip(8, 'BINFLOAT');
          push({ k: 'float' }, at);
          break;
        case 'STRING': {
          const { text } = this.line('STRING');
          push(
            {
              k: 'str',
              ...optional(
                text === undefined
                  ? undefined
                  : pythonStringLiteral(text, () =>
                      this.malformed('STRING is not a quoted string', at),
                    ),
              ),
            },
            at,
          );
          break;
        }
        case 'BINSTRING':
        case 'SHORT_BINSTRING': {
          const length =
            op!.name === 'BINSTRING' ? this.int32('BINSTRING') : this.uint(1, 'SHORT_BINSTRING');
          if (length < 0) this.malformed('BINSTRING with a negative length', at);
          push({ k: 'str', ...optional(this.text(length, latin1, op!.name)) }, at);
          break;
        }
        case 'UNICODE': {
          const { text } = this.line('UNICODE');
          push(
            { k: 'str', ...optional(text === undefined ? undefined : rawUnicodeEscape(text)) },
            at,
          );
          break;
        }
        case 'SHORT_BINUNICODE':
        case 'BINUNICODE':
        case 'BINUNICODE8': {
          const length =
            op!.name === 'SHORT_BINUNICODE'
              ? this.uint(1, op!.name)
              : op!.name === 'BINUNICODE'
                ? this.uint(4, op!.name)
                : this.uint(8, op!.name);
          push({ k: 'str', ...optional(this.text(length, utf8, op!.name)) }, at);
          break;
        }
        case 'BINBYTES':
        case 'SHORT_BINBYTES':
        case 'BINBYTES8':
        case 'BYTEARRAY8': {
          const size = op!.name === 'SHORT_BINBYTES' ? 1 : op!.name === 'BINBYTES' ? 4 : 8;
          const length = this.uint(size, op!.name);
          this.skip(length, op!.name);
          push({ k: 'bytes' }, at);
          break;
        }
        case 'NEXT_BUFFER':
          push(OTHER, at);
          break;
        case 'READONLY_BUFFER':
          top(at, 'READONLY_BUFFER');
          break;
        case 'NONE':
          push({ k: 'none' }, at);
          break;
        case 'NEWTRUE':
        case 'NEWFALSE':
          push({ k: 'bool', b: op!.name === 'NEWTRUE' }, at);
          break;
        case 'EMPTY_LIST':
          push({ k: 'list', items: [] }, at);
          break;
        case 'EMPTY_TUPLE':
          push({ k: 'tuple', items: [] }, at);
          break;
        case 'EMPTY_DICT':
          push({ k: 'dict', entries: [] }, at);
          break;
        case 'EMPTY_SET':
          push({ k: 'set' }, at);
          break;
        case 'APPEND': {
          const item = pop(at, 'APPEND');
          this.retain(top(at, 'APPEND'), [item]);
          break;
        }
        case 'APPENDS': {
          const items = popMark(at, 'APPENDS');
          this.retain(top(at, 'APPENDS'), items);
          break;
        }
        case 'LIST':
          push(this.collection('list', popMark(at, 'LIST')), at);
          break;
        case 'TUPLE':
          push(this.collection('tuple', popMark(at, 'TUPLE')), at);
          break;
        case 'TUPLE1':
        case 'TUPLE2':
        case 'TUPLE3': {
          const n = Number(op!.name.slice(-1));
          const items: Value[] = [];
          for (let i = 0; i < n; i += 1) items.unshift(pop(at, op!.name));
          push(this.collection('tuple', items), at);
          break;
        }
        case 'DICT': {
          const items = popMark(at, 'DICT');
          if (items.length % 2) this.malformed('DICT with an odd number of items', at);
          const dict: Value = { k: 'dict', entries: [] };
          this.retain(dict, items);
          push(dict, at);
          break;
        }
        case 'SETITEM': {
          const value = pop(at, 'SETITEM');
          const key = pop(at, 'SETITEM');
          this.retain(top(at, 'SETITEM'), [key, value]);
          break;
        }
        case 'SETITEMS': {
          const items = popMark(at, 'SETITEMS');
          if (items.length % 2) this.malformed('SETITEMS with an odd number of items', at);
          this.retain(top(at, 'SETITEMS'), items);
          break;
        }
        case 'ADDITEMS':
          popMark(at, 'ADDITEMS');
          top(at, 'ADDITEMS');
          break;
        case 'FROZENSET':
          popMark(at, 'FROZENSET');
          push({ k: 'set' }, at);
          break;
        case 'POP':
          if (stack.length > fence()) stack.pop();
          else if (marks.length > 0)
            marks.pop(); // pickle.py: POP of an empty frame pops the mark
          else this.malformed('stack underflow at POP', at);
          break;
        case 'DUP':
          push(top(at, 'DUP'), at);
          break;
        case 'MARK':
          if (marks.length >= this.limits.maxStack) this.limit('too many open MARKs', at);
          marks.push(stack.length);
          break;
        case 'POP_MARK':
          popMark(at, 'POP_MARK');
          break;
        case 'GET':
          push(memoGet(this.lineInt('GET', at), at), at);
          break;
        case 'BINGET':
          push(memoGet(this.uint(1, 'BINGET'), at), at);
          break;
        case 'LONG_BINGET':
          push(memoGet(this.uint(4, 'LONG_BINGET'), at), at);
          break;
        case 'PUT':
          memoPut(this.lineInt('PUT', at), at);
          break;
        case 'BINPUT':
          memoPut(this.uint(1, 'BINPUT'), at);
          break;
        case 'LONG_BINPUT':
          memoPut(this.uint(4, 'LONG_BINPUT'), at);
          break;
        case 'MEMOIZE':
          memoPut(memo.size, at);
          break;
        case 'EXT1':
        case 'EXT2':
        case 'EXT4': {
          const code =
            op!.name === 'EXT1'
              ? this.uint(1, 'EXT1')
              : op!.name === 'EXT2'
                ? this.uint(2, 'EXT2')
                : this.int32('EXT4');
          this.problems.push({
            kind: 'unresolved-global',
            message: `${op!.name} ${code} imports whatever the copyreg extension registry maps that code to; it cannot be known from the file`,
            offset: at,
          });
          push(OTHER, at);
          break;
        }
        case 'GLOBAL': {
          const g = this.importLines('GLOBAL', at);
          push({ k: 'global', g }, at);
          break;
        }
        case 'INST': {
          const g = this.importLines('INST', at);
          g.called = true;
          const args = popMark(at, 'INST');
          push({ k: 'call', fn: { k: 'global', g }, args: this.collection('tuple', args) }, at);
          break;
        }
        case 'STACK_GLOBAL': {
          const name = pop(at, 'STACK_GLOBAL');
          const module = pop(at, 'STACK_GLOBAL');
          if (
            module.k === 'str' &&
            name.k === 'str' &&
            module.s !== undefined &&
            name.s !== undefined
          ) {
            const g: ImportedGlobal = {
              module: module.s,
              name: name.s,
              offset: at,
              opcode: 'STACK_GLOBAL',
              called: false,
            };
            this.globals.push(g);
            push({ k: 'global', g }, at);
          } else {
            this.problems.push({
              kind: 'unresolved-global',
              message: `STACK_GLOBAL imports from operands that are not plain strings (${describe(module)}, ${describe(name)}): the import is hidden from static reading`,
              offset: at,
            });
            push(OTHER, at);
          }
          break;
        }
        case 'REDUCE': {
          const args = pop(at, 'REDUCE');
          const fn = pop(at, 'REDUCE');
          push(call(fn, args), at);
          break;
        }
        case 'NEWOBJ': {
          const args = pop(at, 'NEWOBJ');
          const cls = pop(at, 'NEWOBJ');
          push(call(cls, args), at);
          break;
        }
        case 'NEWOBJ_EX': {
          pop(at, 'NEWOBJ_EX');
          const args = pop(at, 'NEWOBJ_EX');
          const cls = pop(at, 'NEWOBJ_EX');
          push(call(cls, args), at);
          break;
        }
        case 'OBJ': {
          const items = popMark(at, 'OBJ');
          if (items.length === 0) this.malformed('OBJ without a class', at);
          push(call(items[0]!, this.collection('tuple', items.slice(1))), at);
          break;
        }
        case 'BUILD': {
          const state = pop(at, 'BUILD');
          const target = top(at, 'BUILD');
          if (target.k === 'call') target.state = state;
          if (!this.plain && isJoblibArray(target)) {
            stack[stack.length - 1] = OTHER;
            this.skipJoblibArray(state, at, { stack, marks, memo });
          }
          break;
        }
        case 'PERSID':
          this.line('PERSID');
          push(OTHER, at);
          break;
        case 'BINPERSID':
          pop(at, 'BINPERSID');
          push(OTHER, at);
          break;
        default:
          this.malformed(`opcode ${op!.name} is not handled`, at);
      }
    }
  }

  /** joblib writes a NumpyArrayWrapper, then the array's bytes (or a nested pickle) right after BUILD. */
  private skipJoblibArray(state: Value, at: number, seed: Seed): void {
    const field = (key: string): Value | undefined =>
      state.k === 'dict'
        ? state.entries.find(([k]) => k.k === 'str' && k.s === key)?.[1]
        : undefined;
    const dtype = dtypeOf(field('dtype'));
    const shape = field('shape');
    if (!dtype) this.unresolvable('the dtype of a joblib array', at);
    if (dtype!.object) {
      if (this.depth >= this.limits.maxNesting)
        this.limit(`joblib arrays nested deeper than ${this.limits.maxNesting}`, at);
      this.depth += 1;
      try {
        this.walkOne();
      } finally {
        this.depth -= 1;
      }
      this.skippedArrays += 1;
      return;
    }
    let count = 1;
    if (!shape || shape.k !== 'tuple') this.unresolvable('the shape of a joblib array', at);
    for (const dim of (shape as { items: Value[] }).items) {
      if (dim.k !== 'int' || dim.n < 0) this.unresolvable('a dimension of a joblib array', at);
      count *= (dim as { n: number }).n;
    }
    const alignment = field('numpy_array_alignment_bytes');
    if (alignment && alignment.k === 'int') {
      // The padding length byte is at most the alignment (16): never a pickle opcode, so plain
      // pickle.load stops right here and cannot run what the skipped bytes would hold.
      const padding = this.uint(1, 'joblib padding');
      if (padding > alignment.n || OPCODES[padding])
        this.malformed(`joblib padding length ${padding} exceeds the alignment ${alignment.n}`, at);
      this.skip(padding, 'joblib padding');
    } else if (this.plainReading) {
      this.shadowWalk(seed);
    }
    const bytes = count * dtype!.itemsize;
    if (!Number.isSafeInteger(bytes)) this.unresolvable('the size of a joblib array', at);
    this.skip(bytes, 'joblib array data');
    this.skippedArrays += 1;
    this.skippedBytes += bytes;
  }

  /**
   * Without a padding byte, plain pickle.load (not joblib's unpickler) would read the array bytes
   * as opcodes: walk them that way too, and keep any import that reading reaches.
   */
  private shadowWalk(seed: Seed): void {
    const shadow = new Walker(this.src, { ...this.limits, maxOpcodes: 100_000 });
    shadow.plain = true;
    shadow.pos = this.pos;
    try {
      shadow.walkOne(seed);
    } catch (error) {
      if (!(error instanceof Stop)) throw error;
    }
    this.globals.push(...shadow.globals);
    this.problems.push(...shadow.problems.filter((p) => p.kind === 'unresolved-global'));
  }

  private unresolvable(what: string, at: number): never {
    throw new Stop({
      kind: 'malformed',
      message: `${what} cannot be read statically, so the rest of the stream cannot be located`,
      offset: at,
    });
  }

  private importLines(opcode: 'GLOBAL' | 'INST', at: number): ImportedGlobal {
    const module = this.line(opcode, 1024).text;
    const name = this.line(opcode, 1024).text;
    if (module === undefined || name === undefined)
      this.malformed(`${opcode} names longer than 1024 bytes`, at);
    const g: ImportedGlobal = { module: module!, name: name!, offset: at, opcode, called: false };
    this.globals.push(g);
    return g;
  }

  private retain(target: Value, items: Value[]): void {
    if (target.k === 'list' || target.k === 'tuple') {
      for (const item of items) {
        if (this.retained >= this.limits.maxRetained) return;
        target.items.push(item);
        this.retained += 1;
      }
    } else if (target.k === 'dict') {
      for (let i = 0; i + 1 < items.length; i += 2) {
        if (this.retained >= this.limits.maxRetained) return;
        target.entries.push([items[i]!, items[i + 1]!]);
        this.retained += 2;
      }
    }
  }

  private collection(k: 'list' | 'tuple', items: Value[]): Value {
    const kept = items.slice(0, Math.max(0, this.limits.maxRetained - this.retained));
    this.retained += kept.length;
    return { k, items: kept };
  }

  private longValue(length: number, what: string): Value {
    if (length > 64) {
      this.skip(length, what);
      return { k: 'int', n: Number.NaN };
    }
    const bytes = this.bytes(length, what);
    let big = 0n;
    for (let i = bytes.length - 1; i >= 0; i -= 1) big = (big << 8n) | BigInt(bytes[i]!);
    if (length > 0 && bytes[length - 1]! & 0x80) big -= 1n << BigInt(8 * length);
    return { k: 'int', n: Number(big), big };
  }

  private byte(at: number, what: string): number {
    const got = this.src.read(at, 1);
    if (got.length < 1) this.truncated(what, at);
    return got[0]!;
  }

  private bytes(length: number, what: string): Uint8Array {
    const got = this.src.read(this.pos, length);
    if (got.length < length) this.truncated(what, this.pos);
    this.pos += length;
    return got;
  }

  private skip(length: number, what: string): void {
    if (length < 0 || this.pos + length > this.src.size) this.truncated(what, this.pos);
    this.pos += length;
  }

  private uint(size: 1 | 2 | 4 | 8, what: string): number {
    const b = this.bytes(size, what);
    let n = 0;
    for (let i = size - 1; i >= 0; i -= 1) n = n * 256 + b[i]!;
    return n;
  }

  private int32(what: string): number {
    const n = this.uint(4, what);
    return n >= 0x80000000 ? n - 0x100000000 : n;
  }

  /** A string argument: kept when short enough to be a name, else skipped unread. */
  private text(
    length: number,
    decoder: { decode(bytes: Uint8Array): string },
    what: string,
  ): string | undefined {
    if (length > MAX_KEPT_STRING) {
      this.skip(length, what);
      return undefined;
    }
    return decoder.decode(this.bytes(length, what));
  }

  /** A newline-terminated argument; text kept only up to `keep` bytes. */
  private line(what: string, keep = MAX_KEPT_STRING): { text?: string } {
    const start = this.pos;
    let scan = start;
    for (;;) {
      const chunk = this.src.read(scan, 64 * 1024);
      if (chunk.length === 0) this.truncated(`${what} (no newline)`, start);
      const nl = chunk.indexOf(0x0a);
      if (nl >= 0) {
        const end = scan + nl;
        this.pos = end + 1;
        if (end - start > keep) return {};
        return { text: utf8.decode(this.src.read(start, end - start)) };
      }
      scan += chunk.length;
    }
  }

  private lineInt(what: string, at: number): number {
    const text = this.line(what, 64).text;
    if (text === undefined || !/^\s*[-+]?\d+\s*$/.test(text))
      this.malformed(`${what} argument is no integer`, at);
    return Number(text);
  }

  private truncated(what: string, at: number): never {
    throw new Stop({ kind: 'truncated', message: `the stream ends inside ${what}`, offset: at });
  }

  private malformed(message: string, at: number): never {
    throw new Stop({ kind: 'malformed', message, offset: at });
  }

  private limit(message: string, at: number): never {
    throw new Stop({ kind: 'limit', message: `analysis stopped: ${message}`, offset: at });
  }
}

function call(fn: Value, args: Value): Value {
  if (fn.k === 'global') fn.g.called = true;
  return { k: 'call', fn, args };
}

function optional(s: string | undefined): { s?: string } {
  return s === undefined ? {} : { s };
}

function clip(text: string | undefined): string {
  return text === undefined ? '(long)' : JSON.stringify(text.slice(0, 40));
}

function intValue(text: string | undefined, fail: () => never): Value {
  if (text === undefined || !/^\s*[-+]?\d+\s*$/.test(text)) fail();
  const big = BigInt(text!.trim());
  return { k: 'int', n: Number(big), big };
}

function describe(value: Value): string {
  if (value.k === 'str') return value.s === undefined ? 'a very long string' : 'a string';
  if (value.k === 'call') return 'the result of a call';
  if (value.k === 'global') return `the global ${value.g.module}.${value.g.name}`;
  return `a ${value.k}`;
}

function isGlobal(value: Value | undefined, module: string, name: string): boolean {
  return value?.k === 'global' && value.g.module === module && value.g.name === name;
}

function isJoblibArray(value: Value): boolean {
  if (value.k !== 'call') return false;
  if (isGlobal(value.fn, 'joblib.numpy_pickle', 'NumpyArrayWrapper')) return true;
  if (isGlobal(value.fn, 'sklearn.externals.joblib.numpy_pickle', 'NumpyArrayWrapper')) return true;
  // Protocols 0 and 1: copyreg._reconstructor(NumpyArrayWrapper, object, None).
  if (
    (isGlobal(value.fn, 'copyreg', '_reconstructor') ||
      isGlobal(value.fn, 'copy_reg', '_reconstructor')) &&
    value.args.k === 'tuple'
  ) {
    return isJoblibArray({ k: 'call', fn: value.args.items[0] ?? OTHER, args: OTHER });
  }
  return false;
}

/** numpy.dtype(...) as pickled: its item size and whether it holds Python objects. */
function dtypeOf(value: Value | undefined): { itemsize: number; object: boolean } | undefined {
  if (!value || value.k !== 'call' || value.fn.k !== 'global' || value.fn.g.name !== 'dtype')
    return undefined;
  if (!/^numpy(\.core|\._core)?(\.multiarray)?$/.test(value.fn.g.module)) return undefined;
  const args = value.args.k === 'tuple' ? value.args.items : [];
  const spec = args[0];
  if (spec?.k !== 'str' || spec.s === undefined) return undefined;
  const match = /^[<>|=]?([a-zA-Z?])(\d*)$/.exec(spec.s);
  if (!match) return undefined;
  const kind = match[1]!;
  const state = value.state?.k === 'tuple' ? value.state.items : [];
  const object = kind === 'O' || hasObjectField(state[4]);
  const elsize = state[5];
  if (elsize?.k === 'int' && elsize.n > 0) return { itemsize: elsize.n, object };
  if (match[2] === '') return kind === '?' ? { itemsize: 1, object } : undefined;
  const digits = Number(match[2]);
  const itemsize = kind === 'U' ? digits * 4 : digits;
  return { itemsize, object };
}

function hasObjectField(fields: Value | undefined, depth = 0): boolean {
  if (!fields || depth > 16) return false;
  if (fields.k === 'call') {
    const args = fields.args.k === 'tuple' ? fields.args.items : [];
    if (args[0]?.k === 'str' && /^[<>|=]?O/.test(args[0].s ?? '')) return true;
    return hasObjectField(fields.state, depth + 1);
  }
  if (fields.k === 'dict') return fields.entries.some(([, v]) => hasObjectField(v, depth + 1));
  if (fields.k === 'tuple' || fields.k === 'list')
    return fields.items.some((v) => hasObjectField(v, depth + 1));
  return false;
}

/** A Python 2 `repr()` string literal as STRING writes it ('...' or "..."), escapes decoded. */
export function pythonStringLiteral(text: string, fail: () => never): string {
  const trimmed = text.replace(/\r$/, '');
  const quote = trimmed[0];
  if (
    trimmed.length < 2 ||
    (quote !== "'" && quote !== '"') ||
    trimmed[trimmed.length - 1] !== quote
  )
    fail();
  const body = trimmed.slice(1, -1);
  let out = '';
  for (let i = 0; i < body.length; i += 1) {
    const c = body[i]!;
    if (c !== '\\') {
      out += c;
      continue;
    }
    const next = body[i + 1];
    i += 1;
    switch (next) {
      case undefined:
        fail();
        break;
      case '\n':
        break;
      case 'n':
        out += '\n';
        break;
      case 't':
        out += '\t';
        break;
      case 'r':
        out += '\r';
        break;
      case 'a':
        out += '\x07';
        break;
      case 'b':
        out += '\b';
        break;
      case 'f':
        out += '\f';
        break;
      case 'v':
        out += '\v';
        break;
      case 'x': {
        const hex = body.slice(i + 1, i + 3);
        if (!/^[0-9a-fA-F]{2}$/.test(hex)) fail();
        out += String.fromCharCode(parseInt(hex, 16));
        i += 2;
        break;
      }
      default:
        if (/[0-7]/.test(next)) {
          const oct = /^[0-7]{1,3}/.exec(body.slice(i))![0];
          out += String.fromCharCode(parseInt(oct, 8) & 0xff);
          i += oct.length - 1;
        } else {
          out += `\\${next}`;
        }
    }
  }
  return out;
}

/** Python's raw-unicode-escape decoding (UNICODE opcode): \uXXXX and \UXXXXXXXX only. */
export function rawUnicodeEscape(text: string): string {
  return text.replace(
    /(\\+)(u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8}))/g,
    (whole, slashes: string, _e, u4?: string, u8?: string) => {
      if (slashes.length % 2 === 0) return whole;
      const code = parseInt(u4 ?? u8!, 16);
      const char = code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd';
      return slashes.slice(1) + char;
    },
  );
}
