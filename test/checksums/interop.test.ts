/** Both directions with the real tools: sha256sum/shasum read what pipeguard writes, and back. */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  manifestDigestOf,
  verifyChecksums,
  writeChecksumFile,
} from '../../src/checks/checksums/index.js';
import { cleanupRoots, run, sha256sum, tempRoot, writeTree } from './helpers.js';

afterAll(cleanupRoots);

const ARTIFACT = {
  'model.pkl': Buffer.from(Array.from({ length: 70_000 }, (_, i) => (i * 31) % 251)),
  'labels.json': '{"0":"neg","1":"pos"}\n',
  'tokenizer/vocab.txt': 'a\nb\nc\n',
  'sub dir/weights (1).bin': 'weights',
  'ünïcode/naïve.json': '{}',
  'empty.txt': '',
};

function artifactRoot(): { root: string; dir: string } {
  const root = tempRoot();
  const dir = path.join(root, 'runs', 'r1', 'artifact');
  writeTree(dir, ARTIFACT);
  return { root, dir };
}

describe('pipeguard writes → sha256sum and shasum verify', () => {
  it('passes sha256sum -c --strict and shasum -a 256 -c unchanged, byte-identical to sha256sum output', async () => {
    const { root, dir } = artifactRoot();
    const written = await writeChecksumFile(dir, { root });
    expect(written.file).toBe(path.join(dir, 'checksum.sha256'));
    const text = readFileSync(written.file, 'utf8');
    expect(text.endsWith('\n')).toBe(true);
    expect(text).not.toContain('\r');

    const gnu = run('sha256sum', ['-c', '--strict', 'checksum.sha256'], dir);
    expect(gnu.stderr).toBe('');
    expect(gnu.status).toBe(0);
    expect(gnu.stdout.trim().split('\n')).toHaveLength(Object.keys(ARTIFACT).length);
    const perl = run('shasum', ['-a', '256', '-c', 'checksum.sha256'], dir);
    expect(perl.status).toBe(0);

    // The same lines sha256sum itself prints for the same names in the same (byte) order.
    const names = written.entries.map((e) => e.path);
    expect(names).toEqual(
      [...names].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b))),
    );
    expect(text).toBe(sha256sum(['--', ...names], dir));
    expect(written.manifestDigest).toBe(await manifestDigestOf(written.file));
    expect(written.manifestDigest).toBe(sha256sum(['checksum.sha256'], dir).slice(0, 64));
  });

  it('reads back the same subjects under actions/attest subject-checksums parsing rules', async () => {
    // actions/attest src/subject.ts: split lines, hex before the first space, strip one leading
    // "*" or space from the name, length 64 → sha256, throw on non-hex; no unescaping, no tags.
    const attestSubjects = (text: string) =>
      text
        .split('\n')
        .filter(Boolean)
        .map((line) => {
          const space = line.indexOf(' ');
          const digest = line.slice(0, space);
          if (!/^[0-9a-f]+$/i.test(digest)) throw new Error(`non-hex digest in "${line}"`);
          const rest = line.slice(space + 1);
          const name = rest.startsWith('*') || rest.startsWith(' ') ? rest.slice(1) : rest;
          return { name, digest: { [digest.length === 64 ? 'sha256' : 'sha512']: digest } };
        });
    const { root, dir } = artifactRoot();
    const written = await writeChecksumFile(dir, { root });
    expect(attestSubjects(readFileSync(written.file, 'utf8'))).toEqual(
      written.entries.map((e) => ({ name: e.path, digest: { sha256: e.sha256 } })),
    );
  });

  it('a tampered artifact fails both the real tools and pipeguard', async () => {
    const { root, dir } = artifactRoot();
    await writeChecksumFile(dir, { root });
    writeFileSync(path.join(dir, 'labels.json'), '{"0":"pos","1":"neg"}\n');
    expect(run('sha256sum', ['-c', '--strict', 'checksum.sha256'], dir).status).toBe(1);
    const result = await verifyChecksums('runs/r1/artifact', { root });
    expect(result.findings.map((f) => f.rule)).toEqual(['mismatch']);
  });
});

describe('sha256sum writes → pipeguard verifies', () => {
  it.each([
    ['text mode', [] as string[]],
    ['binary mode (-b)', ['-b']],
    ['BSD tags (--tag)', ['--tag']],
  ])('%s', async (_label, flags) => {
    const { root, dir } = artifactRoot();
    const names = Object.keys(ARTIFACT);
    writeFileSync(path.join(dir, 'checksum.sha256'), sha256sum([...flags, '--', ...names], dir));
    const result = await verifyChecksums('runs/r1/artifact/checksum.sha256', { root });
    expect(result.findings).toEqual([]);
    expect(result.verified).toBe(names.length);
    expect(result.manifestDigest).toBe(sha256sum(['checksum.sha256'], dir).slice(0, 64));
  });

  it('names sha256sum escapes (backslash, newline) and ./ prefixes from `find`', async () => {
    const root = tempRoot();
    const dir = path.join(root, 'art');
    writeTree(dir, { 'back\\slash.bin': 'b', 'new\nline.bin': 'n', 'plain.bin': 'p' });
    const listed = run(
      'sh',
      ['-c', 'find . -type f ! -name checksum.sha256 -print0 | sort -z | xargs -0 sha256sum'],
      dir,
    ).stdout;
    expect(listed).toContain('\\'); // escaped lines start with a backslash
    writeFileSync(path.join(dir, 'checksum.sha256'), listed);
    expect(run('sha256sum', ['-c', '--strict', 'checksum.sha256'], dir).status).toBe(0);
    const result = await verifyChecksums('art', { root });
    expect(result.findings).toEqual([]);
    expect(result.entries.map((e) => e.path).sort()).toEqual([
      'back\\slash.bin',
      'new\nline.bin',
      'plain.bin',
    ]);
  });

  it('CRLF line endings (a checksum file that went through Windows)', async () => {
    const { root, dir } = artifactRoot();
    const text = sha256sum(['--', ...Object.keys(ARTIFACT)], dir).replace(/\n/g, '\r\n');
    writeFileSync(path.join(dir, 'checksum.sha256'), text);
    expect(run('sha256sum', ['-c', '--strict', 'checksum.sha256'], dir).status).toBe(0);
    expect((await verifyChecksums('runs/r1/artifact', { root })).findings).toEqual([]);
  });
});
