/**
 * The pickle opcode table, protocols 0–5, as Python's `pickletools` documents it (name, code byte,
 * argument encoding, protocol that introduced it). The walker (pickle.ts) reads arguments by these
 * encodings; an opcode byte not in this table is one `pickle.load` refuses too.
 */

/** How an opcode's argument is encoded in the stream (pickletools' ArgumentDescriptor names). */
export type ArgKind =
  | 'none'
  | 'uint1'
  | 'uint2'
  | 'uint4'
  | 'uint8'
  | 'int4'
  /** 1-byte length, then that many bytes (LONG1). */
  | 'long1'
  /** 4-byte signed length, then that many bytes (LONG4). */
  | 'long4'
  | 'string1'
  | 'string4'
  | 'bytes1'
  | 'bytes4'
  | 'bytes8'
  | 'unicodestring1'
  | 'unicodestring4'
  | 'unicodestring8'
  | 'bytearray8'
  | 'float8'
  /** Text up to a newline (INT, LONG, FLOAT, GET, PUT, PERSID). */
  | 'line'
  /** A quoted Python 2 string literal up to a newline (STRING). */
  | 'stringnl'
  /** raw-unicode-escape text up to a newline (UNICODE). */
  | 'unicodestringnl'
  /** Two newline-terminated lines: module, then name (GLOBAL, INST). */
  | 'linepair';

export interface Opcode {
  name: string;
  code: number;
  arg: ArgKind;
  proto: number;
}

const TABLE: Array<[string, string, ArgKind, number]> = [
  ['INT', 'I', 'line', 0],
  ['BININT', 'J', 'int4', 1],
  ['BININT1', 'K', 'uint1', 1],
  ['BININT2', 'M', 'uint2', 1],
  ['LONG', 'L', 'line', 0],
  ['LONG1', '\x8a', 'long1', 2],
  ['LONG4', '\x8b', 'long4', 2],
  ['STRING', 'S', 'stringnl', 0],
  ['BINSTRING', 'T', 'string4', 1],
  ['SHORT_BINSTRING', 'U', 'string1', 1],
  ['BINBYTES', 'B', 'bytes4', 3],
  ['SHORT_BINBYTES', 'C', 'bytes1', 3],
  ['BINBYTES8', '\x8e', 'bytes8', 4],
  ['BYTEARRAY8', '\x96', 'bytearray8', 5],
  ['NEXT_BUFFER', '\x97', 'none', 5],
  ['READONLY_BUFFER', '\x98', 'none', 5],
  ['NONE', 'N', 'none', 0],
  ['NEWTRUE', '\x88', 'none', 2],
  ['NEWFALSE', '\x89', 'none', 2],
  ['UNICODE', 'V', 'unicodestringnl', 0],
  ['SHORT_BINUNICODE', '\x8c', 'unicodestring1', 4],
  ['BINUNICODE', 'X', 'unicodestring4', 1],
  ['BINUNICODE8', '\x8d', 'unicodestring8', 4],
  ['FLOAT', 'F', 'line', 0],
  ['BINFLOAT', 'G', 'float8', 1],
  ['EMPTY_LIST', ']', 'none', 1],
  ['APPEND', 'a', 'none', 0],
  ['APPENDS', 'e', 'none', 1],
  ['LIST', 'l', 'none', 0],
  ['EMPTY_TUPLE', ')', 'none', 1],
  ['TUPLE', 't', 'none', 0],
  ['TUPLE1', '\x85', 'none', 2],
  ['TUPLE2', '\x86', 'none', 2],
  ['TUPLE3', '\x87', 'none', 2],
  ['EMPTY_DICT', '}', 'none', 1],
  ['DICT', 'd', 'none', 0],
  ['SETITEM', 's', 'none', 0],
  ['SETITEMS', 'u', 'none', 1],
  ['EMPTY_SET', '\x8f', 'none', 4],
  ['ADDITEMS', '\x90', 'none', 4],
  ['FROZENSET', '\x91', 'none', 4],
  ['POP', '0', 'none', 0],
  ['DUP', '2', 'none', 0],
  ['MARK', '(', 'none', 0],
  ['POP_MARK', '1', 'none', 1],
  ['GET', 'g', 'line', 0],
  ['BINGET', 'h', 'uint1', 1],
  ['LONG_BINGET', 'j', 'uint4', 1],
  ['PUT', 'p', 'line', 0],
  ['BINPUT', 'q', 'uint1', 1],
  ['LONG_BINPUT', 'r', 'uint4', 1],
  ['MEMOIZE', '\x94', 'none', 4],
  ['EXT1', '\x82', 'uint1', 2],
  ['EXT2', '\x83', 'uint2', 2],
  ['EXT4', '\x84', 'int4', 2],
  ['GLOBAL', 'c', 'linepair', 0],
  ['STACK_GLOBAL', '\x93', 'none', 4],
  ['REDUCE', 'R', 'none', 0],
  ['BUILD', 'b', 'none', 0],
  ['INST', 'i', 'linepair', 0],
  ['OBJ', 'o', 'none', 1],
  ['NEWOBJ', '\x81', 'none', 2],
  ['NEWOBJ_EX', '\x92', 'none', 4],
  ['PROTO', '\x80', 'uint1', 2],
  ['STOP', '.', 'none', 0],
  ['FRAME', '\x95', 'uint8', 4],
  ['PERSID', 'P', 'line', 0],
  ['BINPERSID', 'Q', 'none', 1],
];

/** Opcode by its byte; undefined for the 188 bytes that are no opcode. */
export const OPCODES: ReadonlyArray<Opcode | undefined> = (() => {
  const byCode: Array<Opcode | undefined> = new Array<Opcode | undefined>(256).fill(undefined);
  for (const [name, char, arg, proto] of TABLE) {
    const code = char.charCodeAt(0);
    byCode[code] = { name, code, arg, proto };
  }
  return byCode;
})();

/** The highest protocol `pickle.load` accepts (Python 3.8+). */
export const HIGHEST_PROTOCOL = 5;
