/** One conversion of Node's system errors into input-error lines, and pipeguard's temp names. */
import { mkdtempSync, rmSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { asInputError, InputError, inputErrorFromSystem, withPath } from '../../src/util/errors.js';
import { isPipeguardTempName, tempNameFor } from '../../src/util/fs.js';

const dir = mkdtempSync(path.join(tmpdir(), 'pipeguard-errors-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function thrown(run: () => Promise<unknown>): Promise<unknown> {
  try {
    await run();
  } catch (error) {
    return error;
  }
  throw new Error('did not throw');
}

describe('inputErrorFromSystem', () => {
  it('names the file (relative to the working directory when inside it) and the problem', async () => {
    const error = await thrown(() => readFile(path.join(dir, 'missing.json')));
    expect(inputErrorFromSystem(error, dir)?.toLine()).toBe(
      'cannot open missing.json: no such file or directory',
    );
    expect(inputErrorFromSystem(error, '/elsewhere')?.toLine()).toBe(
      `cannot open ${path.join(dir, 'missing.json')}: no such file or directory`,
    );
  });

  it('reads EISDIR as "is a directory" and keeps the action a writer names', async () => {
    const error = await thrown(() => writeFile(dir, 'x'));
    expect(inputErrorFromSystem(error, dir)?.toLine()).toMatch(/^cannot open .*: is a directory$/);
    const attributed = withPath(error, path.join(dir, 'runs/checksum.sha256'), 'write');
    expect(inputErrorFromSystem(attributed, dir)?.toLine()).toBe(
      'cannot write runs/checksum.sha256: is a directory',
    );
  });

  it('leaves everything else alone: our bugs stay internal errors', () => {
    expect(inputErrorFromSystem(new TypeError('x is undefined'))).toBeUndefined();
    expect(inputErrorFromSystem(Object.assign(new Error('no path'), { code: 'ENOSPC' }))).toBe(
      undefined,
    );
    expect(asInputError('a string')).toBeUndefined();
    const input = new InputError('bad', 'f.yml', 3);
    expect(asInputError(input)).toBe(input);
  });
});

describe('temp names', () => {
  it('every name tempNameFor makes is recognised; names without the marker never are', () => {
    const segment = fc.string({ minLength: 1, maxLength: 40 }).filter((s) => !/[/\\\0]/.test(s));
    fc.assert(
      fc.property(segment, (name) => {
        expect(isPipeguardTempName(tempNameFor(path.join(dir, name)))).toBe(true);
      }),
    );
    fc.assert(
      fc.property(fc.string(), (name) => {
        if (!name.includes('.pipeguard-')) expect(isPipeguardTempName(name)).toBe(false);
      }),
    );
  });
});
