/**
 * The models parsers on hostile input: the opcode walker, the .npy literal parser, the
 * safetensors header check, the ONNX protobuf walk and the zip reader never throw anything but
 * their own problem type, and always terminate; plus the walker's exact behaviour on streams
 * built opcode by opcode (memo tricks, joblib arrays, limits).
 */
import { writeFileSync, openSync, closeSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { judgeGlobal } from '../../src/checks/models/globals.js';
import { parsePyLiteral, readNpyHeader, NpyProblem } from '../../src/checks/models/npy.js';
import { OnnxProblem, readOnnxExternalData } from '../../src/checks/models/onnx.js';
import { walkPickles } from '../../src/checks/models/pickle.js';
import { checkSafetensors } from '../../src/checks/models/safetensors.js';
import { externalDataEscape } from '../../src/checks/models/scan.js';
import { BufferSource } from '../../src/checks/models/source.js';
import { openZip, ZipProblem } from '../../src/checks/models/zip.js';
import { tempDir } from '../helpers/repo.js';

const scratch = tempDir('pipeguard-models-parsers-');
afterAll(() => scratch.cleanup());

const bytes = (...parts: Array<string | number[]>): Uint8Array =>
  Buffer.concat(
    parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))),
  );

/** Bytes that are mostly pickle opcodes, so the walker gets deep rather than failing at byte 0. */
const opcodeSoup = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        ...'(NtlduaesR]})0gh2.b\x85\x86\x87\x88\x89\x8c\x93\x94\x81\x92KJMqjr'.split(''),
        'cos\nsystem\n',
        '\x8c\x02os',
        'h\x00',
        'q\x00',
        '\x80\x04',
        'X\x01\x00\x00\x00a',
      ),
      fc.uint8Array({ maxLength: 4 }).map((b) => Buffer.from(b).toString('latin1')),
    ),
    { maxLength: 200 },
  )
  .map((parts) => Buffer.from(parts.join(''), 'latin1'));

describe('pickle walker', () => {
  it('never throws and always ends, on arbitrary bytes and on opcode soup', () => {
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 512 }), opcodeSoup), (input) => {
        const scan = walkPickles(new BufferSource(input), {
          limits: { maxOpcodes: 10_000, maxStack: 1000, maxMemo: 1000, maxRetained: 1000 },
        });
        expect(scan.end).toBeLessThanOrEqual(input.length);
        expect(scan.opcodes).toBeLessThanOrEqual(10_001);
      }),
      { numRuns: 2000 },
    );
  });

  it('every import in the soup is found or the stream is reported', () => {
    fc.assert(
      fc.property(opcodeSoup, (input) => {
        const scan = walkPickles(new BufferSource(input));
        const text = Buffer.from(input).toString('latin1');
        // A GLOBAL that the walker reached is listed; one it did not reach sits after a problem.
        if (text.startsWith('cos\nsystem\n')) expect(scan.globals[0]?.module).toBe('os');
      }),
    );
  });

  it('resolves STACK_GLOBAL through the memo and every string opcode', () => {
    const memo = walkPickles(
      new BufferSource(bytes('\x80\x04\x8c\x02os\x94\x8c\x06system\x94h\x00h\x01\x93N\x85R.')),
    );
    expect(memo.globals.map((g) => `${g.module}.${g.name}`)).toEqual(['os.system']);
    expect(memo.globals[0]).toMatchObject({ offset: 20, opcode: 'STACK_GLOBAL', called: true });
    const unicode = walkPickles(new BufferSource(bytes('V\\u006fs\nVsys\\u0074em\n\x93.')));
    expect(unicode.globals[0]).toMatchObject({ module: 'os', name: 'system' });
    const escaped = walkPickles(new BufferSource(bytes("S'o\\x73'\nS'sys\\164em'\n\x93.")));
    expect(escaped.globals[0]).toMatchObject({ module: 'os', name: 'system' });
  });

  it('reports hidden imports, memo reads before writes, and truncation', () => {
    expect(walkPickles(new BufferSource(bytes('\x80\x04N\x8c\x01x\x93.'))).problems[0]?.kind).toBe(
      'unresolved-global',
    );
    expect(walkPickles(new BufferSource(bytes('\x80\x04h\x05.'))).problems[0]?.kind).toBe(
      'malformed',
    );
    expect(walkPickles(new BufferSource(bytes('\x80\x04\x8c\x10ab'))).problems[0]?.kind).toBe(
      'truncated',
    );
    expect(walkPickles(new BufferSource(bytes('\x80\x06N.'))).problems[0]?.message).toMatch(
      /protocol 6/,
    );
  });

  it('stops at its limits with a problem instead of running on', () => {
    const many = Buffer.alloc(100_001, 'N'.charCodeAt(0));
    const scan = walkPickles(new BufferSource(many), { limits: { maxStack: 1000 } });
    expect(scan.problems[0]).toMatchObject({ kind: 'limit' });
  });

  it('skips a joblib array by its shape and dtype to find what follows', () => {
    const wrapper =
      '\x80\x04\x8c\x13joblib.numpy_pickle\x8c\x11NumpyArrayWrapper\x93)\x81}(' +
      '\x8c\x05shapeK\x03\x85\x8c\x05dtype\x8c\x05numpy\x8c\x05dtype\x93\x8c\x02f8\x89\x88\x87R' +
      '(K\x03\x8c\x01<NNNJ\xff\xff\xff\xffJ\xff\xff\xff\xffK\x00t' +
      'b\x8c\x1bnumpy_array_alignment_bytesK\x10ub';
    const payload = Buffer.concat([
      Buffer.from(wrapper, 'latin1'),
      Buffer.from([2, 0xff, 0xff]),
      Buffer.alloc(24, 0x63),
      Buffer.from('0cos\nsystem\n.', 'latin1'),
    ]);
    const scan = walkPickles(new BufferSource(payload));
    expect(scan.problems).toEqual([]);
    expect(scan.skippedArrays).toBe(1);
    expect(scan.skippedBytes).toBe(24);
    expect(scan.globals.map((g) => g.module)).toContain('os');
  });
});

describe('joblib arrays cannot hide opcodes from plain pickle.load', () => {
  const wrapper = (alignment: string) =>
    '\x80\x04\x8c\x13joblib.numpy_pickle\x8c\x11NumpyArrayWrapper\x93)\x81}(' +
    '\x8c\x05shapeK\x02\x85\x8c\x05dtype\x8c\x05numpy\x8c\x05dtype\x93\x8c\x02f8\x89\x88\x87R' +
    '(K\x03\x8c\x01<NNNJ\xff\xff\xff\xffJ\xff\xff\xff\xffK\x00tb' +
    alignment +
    'ub';

  it('reads the "array bytes" of a wrapper without padding as pickle.load would', () => {
    // 16 bytes of "array" that are really GLOBAL os.system: joblib skips them, pickle.load runs them.
    const hidden = Buffer.from('0cos\nsystem\n)R.', 'latin1');
    const stream = Buffer.concat([Buffer.from(wrapper(''), 'latin1'), hidden, Buffer.from('.')]);
    const scan = walkPickles(new BufferSource(stream));
    expect(scan.globals.map((g) => `${g.module}.${g.name}`)).toContain('os.system');
  });

  it('refuses a padding length that is no padding', () => {
    const stream = Buffer.concat([
      Buffer.from(wrapper('\x8c\x1bnumpy_array_alignment_bytesK\x10'), 'latin1'),
      Buffer.from('c', 'latin1'),
      Buffer.alloc(200),
    ]);
    expect(walkPickles(new BufferSource(stream)).problems[0]?.message).toMatch(/padding length 99/);
  });
});

describe('global judgement', () => {
  it.each([
    ['os', 'system', 'critical'],
    ['posix', 'system', 'critical'],
    ['__builtin__', 'eval', 'critical'],
    ['builtins', 'getattr', 'critical'],
    ['subprocess', 'Popen', 'critical'],
    ['torch._utils', '_rebuild_tensor_v2.__globals__', 'critical'],
    ['numpy', 'os.system', 'critical'],
    ['torch', 'load', 'critical'],
    ['torch._utils', '_rebuild_tensor_v2', 'allowed'],
    ['collections', 'OrderedDict', 'allowed'],
    ['sklearn.linear_model._logistic', 'LogisticRegression', 'allowed'],
    ['sklearn.utils', 'some_function', 'unknown'],
    ['mypackage.layers', 'Custom', 'unknown'],
  ])('%s.%s is %s', (module, name, verdict) => {
    expect(judgeGlobal(module, name).verdict).toBe(verdict);
  });

  it('never throws on arbitrary names', () => {
    fc.assert(fc.property(fc.string(), fc.string(), (m, n) => void judgeGlobal(m, n)));
  });
});

describe('.npy headers', () => {
  it('parses the literals numpy writes', () => {
    expect(parsePyLiteral("{'descr': '<f8', 'fortran_order': False, 'shape': (3, 4), }")).toEqual({
      descr: '<f8',
      fortran_order: false,
      shape: [3, 4],
    });
    const header =
      "{'descr': [('a', '<i4'), ('b', '|O')], 'fortran_order': False, 'shape': (1,), }";
    const npy = Buffer.concat([
      Buffer.from('\x93NUMPY\x01\x00', 'latin1'),
      Buffer.from([header.length, 0]),
      Buffer.from(header),
    ]);
    expect(readNpyHeader(new BufferSource(npy)).objectDtype).toBe(true);
  });

  it('the literal parser and the header reader throw only their own errors', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        try {
          parsePyLiteral(text);
        } catch (error) {
          expect(error).toBeInstanceOf(Error);
        }
      }),
    );
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (tail) => {
        const input = Buffer.concat([Buffer.from('\x93NUMPY', 'latin1'), tail]);
        try {
          readNpyHeader(new BufferSource(input));
        } catch (error) {
          expect(error).toBeInstanceOf(NpyProblem);
        }
      }),
    );
  });
});

describe('safetensors headers', () => {
  const file = (header: unknown, data: number): Uint8Array => {
    const json = Buffer.from(JSON.stringify(header));
    const length = Buffer.alloc(8);
    length.writeBigUInt64LE(BigInt(json.length));
    return Buffer.concat([length, json, Buffer.alloc(data)]);
  };

  it('accepts a well-formed file and names each problem of a bad one', () => {
    expect(
      checkSafetensors(
        new BufferSource(
          file(
            {
              w: { dtype: 'F32', shape: [2, 2], data_offsets: [0, 16] },
              __metadata__: { format: 'pt' },
            },
            16,
          ),
        ),
      ).problems,
    ).toEqual([]);
    const bad = checkSafetensors(
      new BufferSource(
        file(
          {
            a: { dtype: 'F32', shape: [2], data_offsets: [0, 8] },
            b: { dtype: 'F32', shape: [2], data_offsets: [4, 12] },
            c: { dtype: 'Q9', shape: [1], data_offsets: [12, 13] },
            d: { dtype: 'F16', shape: [4], data_offsets: [13, 99] },
          },
          20,
        ),
      ),
    ).problems.join('\n');
    expect(bad).toMatch(/overlaps/);
    expect(bad).toMatch(/unknown dtype "Q9"/);
    expect(bad).toMatch(/past the data region/);
    expect(bad).toMatch(/shape × dtype size is 8 bytes but data_offsets span 86/);
    const huge = Buffer.alloc(16);
    huge.writeBigUInt64LE(1n << 62n);
    expect(checkSafetensors(new BufferSource(huge)).problems[0]).toMatch(/exceeds/);
  });

  it('never throws on arbitrary headers and bytes', () => {
    const header = fc.dictionary(
      fc.string({ maxLength: 8 }),
      fc.record({
        dtype: fc.oneof(fc.constantFrom('F32', 'BF16', 'I64', 'F4', 'BOOL'), fc.string()),
        shape: fc.array(fc.oneof(fc.nat(64), fc.integer(), fc.double()), { maxLength: 4 }),
        data_offsets: fc.array(fc.oneof(fc.nat(512), fc.integer()), { maxLength: 3 }),
      }),
      { maxKeys: 6 },
    );
    fc.assert(
      fc.property(
        header,
        fc.nat(600),
        (h, data) => void checkSafetensors(new BufferSource(file(h, data))),
      ),
    );
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 200 }),
        (raw) => void checkSafetensors(new BufferSource(raw)),
      ),
    );
  });
});

describe('ONNX external data', () => {
  it('flags paths that leave the model directory', () => {
    expect(externalDataEscape('weights.bin')).toBeUndefined();
    expect(externalDataEscape('sub/weights.bin')).toBeUndefined();
    expect(externalDataEscape('/etc/passwd')).toMatch(/absolute/);
    expect(externalDataEscape('C:\\x')).toMatch(/absolute/);
    expect(externalDataEscape('..\\..\\x')).toMatch(/\.\./);
    expect(externalDataEscape('a/../../x')).toMatch(/\.\./);
  });

  it('the protobuf walk throws only OnnxProblem, on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (raw) => {
        try {
          readOnnxExternalData(new BufferSource(raw));
        } catch (error) {
          expect(error).toBeInstanceOf(OnnxProblem);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('zip reader', () => {
  it('throws only ZipProblem on arbitrary and mangled archives', async () => {
    const base = Buffer.from(
      'UEsDBBQAAAAIAKsqgl3jNMTHEwAAABEAAAAQAAAAYXJjaGl2ZS9kYXRhLnBrbGtgqi1kiGBkYGBILGT0ZizWAwBQSwMEFAAAAAgAqyqCXTZjjXUGAAAAQAAAAA4AAABhcmNoaXZlL2RhdGEvMGNgoAwAAFBLAQIUAxQAAAAIAKsqgl3jNMTHEwAAABEAAAAQAAAAAAAAAAAAAACAAQAAAABhcmNoaXZlL2RhdGEucGtsUEsBAhQDFAAAAAgAqyqCXTZjjXUGAAAAQAAAAA4AAAAAAAAAAAAAAIABQQAAAGFyY2hpdmUvZGF0YS8wUEsFBgAAAAACAAIAegAAAHMAAAAAAA==',
      'base64',
    );
    let n = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc
            .uint8Array({ maxLength: 200 })
            .map((b) => Buffer.concat([Buffer.from('PK\x03\x04'), b])),
          fc
            .tuple(fc.nat(base.length - 1), fc.uint8Array({ minLength: 1, maxLength: 8 }))
            .map(([at, patch]) => {
              const copy = Buffer.from(base);
              Buffer.from(patch).copy(copy, at);
              return copy;
            }),
        ),
        async (input) => {
          const file = path.join(scratch.dir, `z${n++}.zip`);
          writeFileSync(file, input);
          const fd = openSync(file, 'r');
          try {
            const zip = await openZip(fd);
            for (const member of zip.members)
              await zip
                .read(member, 1024)
                .catch((e: unknown) => expect(e).toBeInstanceOf(ZipProblem));
          } catch (error) {
            expect(error).toBeInstanceOf(ZipProblem);
          } finally {
            closeSync(fd);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
