import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { verifyChecksums, writeChecksumFile } from '../../src/checks/checksums/index.js';
import { cleanupRoots, tempRoot, writeTree } from './helpers.js';

afterAll(cleanupRoots);

function dirWith(files: Record<string, string>): { root: string; dir: string } {
  const root = tempRoot();
  const dir = path.join(root, 'artifact');
  writeTree(dir, files);
  return { root, dir };
}

describe('writeChecksumFile', () => {
  it('sorts by UTF-8 bytes (LC_ALL=C order), uses / paths, never lists itself, leaves no temp file', async () => {
    const { root, dir } = dirWith({
      'b.bin': 'b',
      'B.bin': 'B',
      'a/z.txt': 'z',
      'é.txt': 'e',
      'a.txt': 'a',
    });
    const first = await writeChecksumFile(dir, { root });
    const second = await writeChecksumFile(dir, { root }); // rewriting must not list the old file
    expect(second.manifestDigest).toBe(first.manifestDigest);
    expect(second.entries.map((e) => e.path)).toEqual([
      'B.bin',
      'a.txt',
      'a/z.txt',
      'b.bin',
      'é.txt',
    ]);
    const sorted = execFileSync('sort', {
      input: second.entries.map((e) => e.path).join('\n') + '\n',
      env: { LC_ALL: 'C' },
    })
      .toString()
      .trim()
      .split('\n');
    expect(second.entries.map((e) => e.path)).toEqual(sorted);
    expect(readdirSync(dir).sort()).toEqual([
      'B.bin',
      'a',
      'a.txt',
      'b.bin',
      'checksum.sha256',
      'é.txt',
    ]);
    expect(second.entries.find((e) => e.path === 'a.txt')).toEqual({
      path: 'a.txt',
      sha256: 'ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb',
      size: 1,
    });
  });

  it('records a run id as a comment sha256sum skips', async () => {
    const { root, dir } = dirWith({ 'model.onnx': 'm' });
    const written = await writeChecksumFile(dir, { root, runId: 'run-7' });
    expect(readFileSync(written.file, 'utf8').split('\n')[0]).toBe('# run_id: run-7');
    expect(
      execFileSync('sha256sum', ['-c', '--strict', 'checksum.sha256'], { cwd: dir }).toString(),
    ).toBe('model.onnx: OK\n');
    await expect(writeChecksumFile(dir, { root, runId: '../x' })).rejects.toThrow(
      /one path segment/,
    );
  });

  it.each([
    ['a backslash', 'back\\slash.bin', /backslash/],
    ['a newline', 'new\nline.bin', /newline/],
    ['a leading "*"', '*star.bin', /binary-mode flag/],
    ['a leading space', ' space.bin', /starts with a space/],
    ['the name "-"', '-', /standard input/],
  ])('refuses a name with %s', async (_label, name, reason) => {
    const { root, dir } = dirWith({ 'ok.bin': 'ok', [name]: 'x' });
    await expect(writeChecksumFile(dir, { root })).rejects.toThrow(reason);
    expect(readdirSync(dir)).not.toContain('checksum.sha256');
  });

  it('refuses symlinks leaving the directory, symlinked directories and FIFOs; lists symlinks to files inside', async () => {
    const { root, dir } = dirWith({ 'model.bin': 'm' });
    symlinkSync('model.bin', path.join(dir, 'alias.bin'));
    const written = await writeChecksumFile(dir, { root });
    expect(written.entries.map((e) => [e.path, e.size])).toEqual([
      ['alias.bin', 1],
      ['model.bin', 1],
    ]);

    symlinkSync('/etc/passwd', path.join(dir, 'passwd'));
    await expect(writeChecksumFile(dir, { root })).rejects.toThrow(
      /passwd: symlink to \/etc\/passwd, outside the directory/,
    );

    const other = dirWith({ 'sub/a.bin': 'a' });
    symlinkSync('sub', path.join(other.dir, 'linked'));
    await expect(writeChecksumFile(other.dir, { root: other.root })).rejects.toThrow(
      /linked: symlink to a directory/,
    );

    const fifo = dirWith({ 'a.bin': 'a' });
    execFileSync('mkfifo', [path.join(fifo.dir, 'pipe')]);
    await expect(writeChecksumFile(fifo.dir, { root: fifo.root })).rejects.toThrow(
      /pipe: not a regular file/,
    );
  });

  it('refuses an empty directory, a file, and a directory outside the root', async () => {
    const root = tempRoot();
    mkdirSync(path.join(root, 'empty'));
    await expect(writeChecksumFile(path.join(root, 'empty'), { root })).rejects.toThrow(
      /directory is empty/,
    );
    writeFileSync(path.join(root, 'file'), 'x');
    await expect(writeChecksumFile(path.join(root, 'file'), { root })).rejects.toThrow(
      /not a directory/,
    );
    await expect(writeChecksumFile('/etc', { root })).rejects.toThrow(/leaves the scanned root/);
  });

  it('what it writes verifies clean, including nested directories and empty files', async () => {
    const { root, dir } = dirWith({ 'deep/er/still/x.bin': 'x', 'zero.bin': '' });
    const written = await writeChecksumFile(dir, { root });
    const verified = await verifyChecksums(dir, { root });
    expect(verified.findings).toEqual([]);
    expect(verified.manifestDigest).toBe(written.manifestDigest);
    expect(verified.entries).toEqual(
      written.entries.map(({ path: p, sha256 }) => ({ path: p, sha256 })),
    );
  });
});
