/** Properties of what approval signatures cover and of the FILE:LINE target the signer reads. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  parseRecordTarget,
  replaceLine,
  splitLines,
} from '../../src/checks/validate/approval-sign.js';
import { signedBytesOf } from '../../src/checks/validate/rules/approval-proof.js';

const NOWHERE = '/nonexistent-pipeguard-root';
const json = fc.jsonValue({ maxDepth: 3 });
const record = fc.dictionary(
  fc.string({ maxLength: 12 }).filter((k) => k !== 'ssh_signature'),
  json,
  { maxKeys: 8 },
);

const bytes = (value: Record<string, unknown>): string => {
  const out = signedBytesOf(value);
  if (!Buffer.isBuffer(out)) throw new Error(out.problem);
  return out.toString('utf8');
};

describe('signedBytesOf', () => {
  it('is the record without ssh_signature: same bytes whatever the key order or signature', () => {
    fc.assert(
      fc.property(record, fc.option(fc.string()), (value, signature) => {
        const shuffled = Object.fromEntries(Object.entries(value).reverse());
        const withSig = signature === null ? shuffled : { ...shuffled, ssh_signature: signature };
        expect(bytes(withSig)).toBe(bytes(value));
        // It reads back as the same values (JSON, nothing lost).
        expect(JSON.parse(bytes(value))).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });

  it('changes when any field changes, so a signature cannot be moved to another record', () => {
    fc.assert(
      fc.property(
        record.filter((v) => Object.keys(v).length > 0),
        fc.nat(),
        json,
        (value, pick, replacement) => {
          const keys = Object.keys(value);
          const key = keys[pick % keys.length]!;
          fc.pre(JSON.stringify(value[key]) !== JSON.stringify(replacement));
          expect(bytes({ ...value, [key]: replacement })).not.toBe(bytes(value));
        },
      ),
    );
  });

  it('refuses values JSON cannot hold, wherever they are', () => {
    fc.assert(
      fc.property(
        record,
        fc.constantFrom(Number.NaN, Infinity, -Infinity),
        fc.string({ maxLength: 5 }),
        (value, bad, key) => {
          const out = signedBytesOf({ ...value, details: { [key]: [bad] } });
          expect(Buffer.isBuffer(out)).toBe(false);
        },
      ),
    );
  });
});

describe('parseRecordTarget', () => {
  it('splits FILE:LINE, and leaves any other text a file name', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 40 }),
        fc.integer({ min: 1, max: 99_999_999 }),
        (file, line) => {
          expect(parseRecordTarget(NOWHERE, `${file}:${line}`)).toEqual({ file, line });
        },
      ),
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (text) => {
        fc.pre(!/^.+:[1-9][0-9]{0,8}$/.test(text));
        expect(parseRecordTarget(NOWHERE, text)).toEqual({ file: text, line: undefined });
      }),
    );
  });

  it('an existing file whose name ends in :N is that file', () => {
    expect(parseRecordTarget(process.cwd(), 'package.json')).toEqual({
      file: 'package.json',
      line: undefined,
    });
    expect(parseRecordTarget(process.cwd(), 'x:0')).toEqual({ file: 'x:0', line: undefined });
  });
});

describe('splitLines / replaceLine', () => {
  const text = fc
    .array(fc.tuple(fc.string({ maxLength: 20 }), fc.constantFrom('\n', '\r\n', '')), {
      maxLength: 8,
    })
    .map((parts) => parts.map(([line, end]) => line.replace(/\n/g, '') + end).join(''));

  it('split lines join back to the text, and a replacement touches its line only', () => {
    fc.assert(
      fc.property(
        text,
        fc.nat(),
        fc.string({ minLength: 1, maxLength: 20 }),
        (t, pick, content) => {
          const lines = splitLines(t);
          expect(lines.join('')).toBe(t);
          fc.pre(lines.length > 0 && !content.includes('\n'));
          const index = pick % lines.length;
          const out = splitLines(replaceLine(lines, index, content));
          expect(out).toHaveLength(lines.length);
          out.forEach((line, i) => {
            if (i !== index) expect(line).toBe(lines[i]);
          });
          expect(out[index]!.startsWith(content)).toBe(true);
        },
      ),
    );
  });
});
