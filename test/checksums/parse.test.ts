import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  classifyListedPath,
  formatGnuLine,
  parseChecksumFile,
  unwritableNameReason,
} from '../../src/checks/checksums/parse.js';
import { compareUtf8 } from '../../src/util/order.js';

const HEX_A = 'a'.repeat(64);
const HEX_B = '0123456789abcdef'.repeat(4);
const bytes = (text: string): Buffer => Buffer.from(text, 'utf8');

describe('parseChecksumFile: the forms sha256sum -c reads', () => {
  it('reads GNU text, binary, BSD tag and escaped lines; skips comments and blank lines; accepts CRLF', () => {
    const text = [
      '# written by hand',
      `${HEX_A}  model.pkl`,
      '',
      `${HEX_B} *weights/part 1.bin`,
      `SHA256 (tok(en).json) = ${HEX_A.toUpperCase()}`,
      `\\${HEX_B}  back\\\\slash\\nnew`,
      `\\SHA256 (cr\\rname) = ${HEX_B}`,
    ].join('\r\n');
    const parsed = parseChecksumFile(bytes(`${text}\r\n`));
    expect(parsed.problems).toEqual([]);
    expect(parsed.entries).toEqual([
      { line: 2, name: 'model.pkl', sha256: HEX_A, format: 'text' },
      { line: 4, name: 'weights/part 1.bin', sha256: HEX_B, format: 'binary' },
      { line: 5, name: 'tok(en).json', sha256: HEX_A, format: 'tag' },
      { line: 6, name: 'back\\slash\nnew', sha256: HEX_B, format: 'text' },
      { line: 7, name: 'cr\rname', sha256: HEX_B, format: 'tag' },
    ]);
  });

  it('keeps a trailing space in a name and reads a last line without LF', () => {
    const parsed = parseChecksumFile(bytes(`${HEX_A}  name `));
    expect(parsed.entries).toEqual([{ line: 1, name: 'name ', sha256: HEX_A, format: 'text' }]);
  });

  it.each([
    ['truncated hex', `${HEX_A.slice(0, 63)}  model.pkl`, /63 hex digits.*truncated/],
    ['non-hex digest', `${'g'.repeat(64)}  model.pkl`, /non-hex/],
    ['SHA-512 length digest', `${'a'.repeat(128)}  model.pkl`, /SHA-512/],
    ['digest without name', HEX_A, /no file name/],
    ['whitespace-only line', '   ', /only whitespace/],
    ['other algorithm tag', `MD5 (model.pkl) = ${'a'.repeat(32)}`, /MD5, expected SHA256/],
    ['tag without digest', 'SHA256 (model.pkl) = ', /no digest/],
    ['bad escape', `\\${HEX_A}  a\\tb`, /invalid escape/],
    ['garbage', 'hello world', /non-hex/],
  ])('reports %s as a located problem', (_label, line, message) => {
    const parsed = parseChecksumFile(bytes(`${HEX_B}  ok\n${line}\n`));
    expect(parsed.entries).toHaveLength(1);
    expect(parsed.problems).toHaveLength(1);
    expect(parsed.problems[0]?.line).toBe(2);
    expect(parsed.problems[0]?.message).toMatch(message);
  });

  it('refuses to mix the two-space and one-space layouts (GNU does too)', () => {
    const parsed = parseChecksumFile(bytes(`${HEX_A}  a\n${HEX_B} b\n`));
    expect(parsed.entries.map((e) => e.name)).toEqual(['a']);
    expect(parsed.problems[0]).toMatchObject({
      line: 2,
      message: expect.stringMatching(/ambiguous/),
    });
  });

  it('reads invalid UTF-8 and NUL bytes as problems, not crashes', () => {
    const parsed = parseChecksumFile(
      Buffer.concat([
        bytes(`${HEX_A}  `),
        Buffer.from([0xff, 0xfe, 0x0a]),
        bytes(`${HEX_A}  a\0b\n`),
      ]),
    );
    expect(parsed.problems.map((p) => p.message)).toEqual([
      'line is not valid UTF-8',
      'line contains a NUL byte',
    ]);
  });
});

describe('parseChecksumFile: a byte-order mark', () => {
  it('is reported on line 1 instead of a confusing digest error', () => {
    const parsed = parseChecksumFile(
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes(`${HEX_A}  a\n${HEX_B}  b\n`)]),
    );
    expect(parsed.problems).toEqual([
      { line: 1, message: expect.stringMatching(/byte-order mark/), text: `\uFEFF${HEX_A}  a` },
    ]);
    expect(parsed.entries.map((e) => e.name)).toEqual(['b']);
  });
});

describe('classifyListedPath', () => {
  it.each([
    ['/etc/passwd', 'absolute'],
    ['C:/Windows/x', 'absolute'],
    ['\\\\server\\share', 'absolute'],
    ['../outside', 'traversal'],
    ['a/../../b', 'traversal'],
    ['a\\..\\b', 'traversal'],
    ['.', 'directory'],
    ['./', 'directory'],
  ])('%s is %s', (name, kind) => {
    expect(classifyListedPath(name).kind).toBe(kind);
  });

  it('normalises ./ prefixes and doubled slashes', () => {
    expect(classifyListedPath('./sub//model.pkl')).toEqual({
      kind: 'relative',
      path: 'sub/model.pkl',
    });
  });
});

describe('unwritableNameReason: what the writer refuses', () => {
  it.each(['a\\b', 'a\nb', 'a\rb', '*star', ' lead', '-'])('refuses %j', (name) => {
    expect(unwritableNameReason(name)).toBeDefined();
  });
  it.each(['model.pkl', 'sub dir/weights (1).bin', 'trailing ', 'ünï/cödé.json', 'a*b'])(
    'accepts %j',
    (name) => {
      expect(unwritableNameReason(name)).toBeUndefined();
    },
  );
});

// Path segments the writer can emit: no separators, escapes, control line breaks or NUL.
const segment = fc
  .string({ unit: 'grapheme', minLength: 1, maxLength: 12 })
  .filter((s) => !/[/\\\r\n\0]/.test(s) && s !== '.' && s !== '..');
const writableName = fc
  .array(segment, { minLength: 1, maxLength: 4 })
  .map((parts) => parts.join('/'))
  .filter((name) => unwritableNameReason(name) === undefined);
const hex = fc.stringMatching(/^[0-9a-f]{64}$/);

describe('parser properties', () => {
  it('never throws on arbitrary bytes, and every line is accounted for at most once', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (input) => {
        const parsed = parseChecksumFile(input);
        const lines = [...parsed.entries.map((e) => e.line), ...parsed.problems.map((p) => p.line)];
        expect(new Set(lines).size).toBe(lines.length);
        for (const entry of parsed.entries) expect(entry.sha256).toMatch(/^[0-9a-f]{64}$/);
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on line-shaped random text (digests, flags, tags, escapes)', () => {
    const piece = fc.constantFrom(
      '\\',
      ' ',
      '  ',
      ' *',
      '*',
      '#',
      'SHA256 (',
      ') = ',
      '\r',
      '\n',
      'a',
      '..',
      '/',
      HEX_A,
      '(',
      ')',
      '\t',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        const parsed = parseChecksumFile(bytes(parts.join('')));
        for (const entry of parsed.entries) expect(entry.name.length).toBeGreaterThan(0);
      }),
      { numRuns: 2000 },
    );
  });

  it('round-trips: what the writer formats parses back to the same entries, LF or CRLF', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(writableName, hex), {
          selector: ([name]) => name,
          minLength: 1,
          maxLength: 20,
        }),
        fc.boolean(),
        (pairs, crlf) => {
          const sorted = [...pairs].sort(([a], [b]) => compareUtf8(a, b));
          let text = sorted.map(([name, sha]) => formatGnuLine(sha, name)).join('');
          if (crlf) text = text.replace(/\n/g, '\r\n');
          const parsed = parseChecksumFile(bytes(text));
          expect(parsed.problems).toEqual([]);
          expect(parsed.entries.map((e) => [e.name, e.sha256])).toEqual(sorted);
          expect(parsed.entries.every((e) => e.format === 'text')).toBe(true);
        },
      ),
    );
  });

  it('round-trips GNU-escaped and BSD-tag lines for any name, including \\, LF and CR', () => {
    const anyName = fc.string({ minLength: 1, maxLength: 20 }).filter((s) => !s.includes('\0'));
    fc.assert(
      fc.property(anyName, hex, fc.boolean(), (name, sha, tag) => {
        const needsEscape = /[\\\n\r]/.test(name);
        const shown = name.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
        const prefix = needsEscape ? '\\' : '';
        // A name that starts with a space only survives in the text form (as in GNU).
        const line = tag ? `${prefix}SHA256 (${shown}) = ${sha}\n` : `${prefix}${sha}  ${shown}\n`;
        const parsed = parseChecksumFile(bytes(line));
        expect(parsed.problems).toEqual([]);
        expect(parsed.entries).toEqual([
          { line: 1, name, sha256: sha, format: tag ? 'tag' : 'text' },
        ]);
      }),
    );
  });
});
