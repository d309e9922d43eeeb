import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { parseSize } from '../../src/checks/secrets/index.js';
import { parsePatch, quote, unquote } from '../../src/checks/secrets/patch.js';
import { parseRange } from '../../src/checks/secrets/ranges.js';
import { cleanupTemps, tempDir } from './helpers.js';

afterAll(cleanupTemps);

describe('patch parser', () => {
  it('unquote inverts git quoting for any path (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }), (p) => {
        expect(unquote(quote(p))).toBe(p);
      }),
    );
  });

  it('recovers exactly the added lines and their new line numbers from real git diffs (property)', () => {
    const dir = tempDir();
    const lineArb = fc.constantFrom(
      'alpha',
      'beta',
      'gamma',
      '+plus',
      '-minus',
      '++ x',
      '--- y',
      '@@ z',
      '\\ back',
      '',
    );
    fc.assert(
      fc.property(
        fc.array(lineArb, { maxLength: 25 }),
        fc.array(lineArb, { maxLength: 25 }),
        fc.boolean(),
        (before, after, trailingNewline) => {
          const a = path.join(dir, 'old file');
          const b = path.join(dir, 'new file');
          writeFileSync(a, before.join('\n') + (before.length ? '\n' : ''));
          const content = after.join('\n') + (after.length && trailingNewline ? '\n' : '');
          writeFileSync(b, content);
          const newLines = content === '' ? [] : content.replace(/\n$/, '').split('\n');
          let out = '';
          try {
            execFileSync(
              'git',
              ['diff', '--no-index', '-U0', '--no-color', 'old file', 'new file'],
              { cwd: dir, encoding: 'utf8' },
            );
          } catch (error) {
            out = (error as { stdout: string }).stdout;
          }
          const files = parsePatch(out);
          const added = files.flatMap((f) => f.lineNumbers.map((n, i) => [n, f.lines[i]] as const));
          // Every reported line is really that line of the new file.
          for (const [n, text] of added) expect(newLines[n - 1]).toBe(text);
          // And every line that is not in the old file is reported.
          const newOnly = newLines.filter((l) => !(before as string[]).includes(l));
          for (const line of newOnly) expect(added.map(([, t]) => t)).toContain(line);
          if (added.length) expect(files[0]!.path).toBe('new file');
        },
      ),
      { numRuns: 60 },
    );
  });

  it('handles binary markers, renames, quoted names and log commit marks', () => {
    const text = [
      '\0commit 1111111111111111111111111111111111111111',
      'diff --git "a/t\\303\\274b.txt" "b/t\\303\\274b.txt"',
      'new file mode 100644',
      '--- /dev/null',
      '+++ "b/t\\303\\274b.txt"',
      '@@ -0,0 +1,2 @@',
      '+one',
      '+two',
      'diff --git a/img.png b/img.png',
      'Binary files /dev/null and b/img.png differ',
      '\0commit 2222222222222222222222222222222222222222',
      'diff --git a/old.txt b/new.txt',
      'similarity index 90%',
      'rename from old.txt',
      'rename to new.txt',
      '--- a/old.txt',
      '+++ b/new.txt',
      '@@ -3 +3 @@',
      '-was',
      '+now',
    ].join('\n');
    expect(parsePatch(text)).toEqual([
      {
        path: 'tüb.txt',
        commit: '1111111111111111111111111111111111111111',
        lines: ['one', 'two'],
        lineNumbers: [1, 2],
      },
      {
        path: 'img.png',
        commit: '1111111111111111111111111111111111111111',
        lines: [],
        lineNumbers: [],
        binary: true,
      },
      {
        path: 'new.txt',
        commit: '2222222222222222222222222222222222222222',
        lines: ['now'],
        lineNumbers: [3],
      },
    ]);
  });
});

describe('ranges and sizes', () => {
  it('parses ranges', () => {
    expect(parseRange('a...b')).toEqual({ base: 'a', head: 'b', threeDot: true });
    expect(parseRange('a..b')).toEqual({ base: 'a', head: 'b', threeDot: false });
    expect(parseRange('main')).toEqual({ base: 'main', head: 'HEAD', threeDot: true });
    expect(() => parseRange(' ')).toThrow();
  });

  it('parses sizes or refuses them with InputError (property)', () => {
    expect(parseSize('10MB', 1)).toBe(10 * 1024 * 1024);
    expect(parseSize('512k', 1)).toBe(512 * 1024);
    expect(parseSize(undefined, 7)).toBe(7);
    fc.assert(
      fc.property(fc.string(), (s) => {
        try {
          expect(parseSize(s, 1)).toBeGreaterThan(0);
        } catch (error) {
          expect((error as Error).name).toBe('InputError');
        }
      }),
    );
  });
});
