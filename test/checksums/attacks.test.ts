/**
 * The attack table: each tampering of an artifact directory or its checksum file is rejected with
 * its own rule, naming the checksum file (and line where there is one). Where `sha256sum -c
 * --strict` lets the attack through, the test shows that too.
 */
import { appendFileSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  verifyChecksumFiles,
  verifyChecksums,
  writeChecksumFile,
} from '../../src/checks/checksums/index.js';
import { cleanupRoots, run, tempRoot, writeTree } from './helpers.js';

afterAll(cleanupRoots);

const MANIFEST = 'runs/r1/artifact/checksum.sha256';

interface Attack {
  name: string;
  /** Tamper with the artifact dir (and its root) after a clean checksum file was written. */
  tamper: (dir: string, root: string) => void;
  rule: string;
  /** Line of the checksum file the finding points at (undefined: the file as a whole). */
  line?: number;
  message: RegExp;
  /** Does `sha256sum -c --strict` (run in the directory) notice? */
  gnuNotices: boolean;
}

const manifestOf = (dir: string): string => path.join(dir, 'checksum.sha256');
const lines = (dir: string): string[] =>
  readFileSync(manifestOf(dir), 'utf8').split('\n').filter(Boolean);
const rewrite = (dir: string, newLines: string[]): void =>
  writeFileSync(manifestOf(dir), `${newLines.join('\n')}\n`);

const ATTACKS: Attack[] = [
  {
    name: 'swap one byte of the model',
    tamper: (dir) => {
      const file = path.join(dir, 'model.pkl');
      const data = readFileSync(file);
      data[1000] = (data[1000] ?? 0) ^ 0x01;
      writeFileSync(file, data);
    },
    rule: 'mismatch',
    line: 2,
    message: /^model\.pkl: SHA-256 mismatch \(listed [0-9a-f]{64}, actual [0-9a-f]{64}\)$/,
    gnuNotices: true,
  },
  {
    name: 'drop extra.pkl beside the model',
    tamper: (dir) => writeFileSync(path.join(dir, 'extra.pkl'), 'cos\nsystem\n(S"id"\ntR.'),
    rule: 'unlisted-file',
    message: /^extra\.pkl: present but not listed/,
    gnuNotices: false,
  },
  {
    name: 'list ../outside',
    tamper: (dir, root) => {
      writeFileSync(path.join(dir, '..', 'outside'), 'x');
      const hash = execFileSync('sha256sum', ['outside'], { cwd: path.join(dir, '..') })
        .toString()
        .slice(0, 64);
      appendFileSync(manifestOf(dir), `${hash}  ../outside\n`);
      void root;
    },
    rule: 'path-traversal',
    line: 4,
    message: /^\.\.\/outside: "\.\." leaves/,
    gnuNotices: false,
  },
  {
    name: 'list an absolute path',
    tamper: (dir) => {
      const hash = execFileSync('sha256sum', ['/etc/hostname']).toString().slice(0, 64);
      appendFileSync(manifestOf(dir), `${hash}  /etc/hostname\n`);
    },
    rule: 'absolute-path',
    line: 4,
    message: /^\/etc\/hostname: absolute path/,
    gnuNotices: false,
  },
  {
    name: 'replace the model with a symlink to /etc/passwd (and list it)',
    tamper: (dir) => {
      const passwd = execFileSync('sha256sum', ['/etc/passwd']).toString().slice(0, 64);
      symlinkSync('/etc/passwd', path.join(dir, 'passwd'));
      appendFileSync(manifestOf(dir), `${passwd}  passwd\n`);
    },
    rule: 'symlink-escape',
    line: 4,
    message: /^passwd: symlink to \/etc\/passwd, outside the directory$/,
    gnuNotices: false,
  },
  {
    name: 'add an unlisted symlink to /etc/passwd',
    tamper: (dir) => symlinkSync('/etc/passwd', path.join(dir, 'config.json')),
    rule: 'symlink-escape',
    message: /^config\.json: symlink to \/etc\/passwd, outside the directory \(not listed\)$/,
    gnuNotices: false,
  },
  {
    name: 'duplicate a line (a stale digest hiding behind a fresh one)',
    tamper: (dir) => {
      const all = lines(dir);
      rewrite(dir, [...all, all[1] ?? '']);
    },
    rule: 'duplicate-entry',
    line: 4,
    message: /^model\.pkl: listed again \(first on line 2, same digest\)$/,
    gnuNotices: false,
  },
  {
    name: 'truncate a digest',
    tamper: (dir) => {
      const all = lines(dir);
      rewrite(dir, [
        all[0] ?? '',
        (all[1] ?? '').slice(0, 40) + (all[1] ?? '').slice(64),
        all[2] ?? '',
      ]);
    },
    rule: 'malformed-line',
    line: 2,
    message: /^digest is 40 hex digits, SHA-256 needs 64 \(truncated\?\)$/,
    gnuNotices: true,
  },
  {
    name: 'empty the checksum file',
    tamper: (dir) => writeFileSync(manifestOf(dir), ''),
    rule: 'empty-manifest',
    message: /lists no files$/,
    gnuNotices: true,
  },
  {
    name: 'delete a listed file',
    tamper: (dir) => execFileSync('rm', [path.join(dir, 'labels.json')]),
    rule: 'missing-file',
    line: 1,
    message: /^labels\.json: listed but missing$/,
    gnuNotices: true,
  },
  {
    name: 'point a listed directory symlink out of the tree',
    tamper: (dir) => {
      execFileSync('rm', ['-r', path.join(dir, 'tokenizer')]);
      symlinkSync('/etc', path.join(dir, 'tokenizer'));
    },
    rule: 'symlink-escape',
    line: 3,
    message: /^tokenizer\/vocab\.txt: symlink to \/etc, outside the directory$/,
    gnuNotices: true,
  },
];

function cleanArtifact(): { root: string; dir: string } {
  const root = tempRoot();
  const dir = path.join(root, 'runs', 'r1', 'artifact');
  writeTree(dir, {
    'labels.json': '{"0":"neg"}\n',
    'model.pkl': Buffer.alloc(5000, 7),
    'tokenizer/vocab.txt': 'a\nb\n',
  });
  return { root, dir };
}

describe('attack table', () => {
  it.each(ATTACKS)('$name → $rule', async (attack) => {
    const { root, dir } = cleanArtifact();
    await writeChecksumFile(dir, { root });
    expect((await verifyChecksums('runs/r1/artifact', { root })).findings).toEqual([]);

    attack.tamper(dir, root);
    const result = await verifyChecksums('runs/r1/artifact', { root });
    const hits = result.findings.filter((f) => f.rule === attack.rule);
    expect(hits, JSON.stringify(result.findings)).toHaveLength(1);
    const [finding] = hits;
    expect(finding?.file).toBe(MANIFEST);
    expect(finding?.line).toBe(attack.line);
    expect(finding?.message).toMatch(attack.message);
    expect(finding?.severity).toMatch(/high|critical/);
    expect(finding?.fingerprint).toMatch(/^[0-9a-f]{32}$/);

    const gnu = run('sha256sum', ['-c', '--strict', 'checksum.sha256'], dir);
    expect(gnu.status !== 0).toBe(attack.gnuNotices);
  });

  it('every finding of a multi-attack directory is reported, not just the first', async () => {
    const { root, dir } = cleanArtifact();
    await writeChecksumFile(dir, { root });
    for (const name of [
      'swap one byte of the model',
      'drop extra.pkl beside the model',
      'list ../outside',
    ]) {
      ATTACKS.find((a) => a.name === name)?.tamper(dir, root);
    }
    const rules = (await verifyChecksums('runs/r1/artifact', { root })).findings
      .map((f) => f.rule)
      .sort();
    expect(rules).toEqual(['mismatch', 'path-traversal', 'unlisted-file']);
  });

  it('several checksum files share one hashing pass; each keeps its own findings, in line order', async () => {
    const { root, dir } = cleanArtifact();
    await writeChecksumFile(dir, { root });
    const other = path.join(root, 'runs', 'r2', 'artifact');
    writeTree(other, { 'model.pkl': 'second model', 'notes.txt': 'n' });
    await writeChecksumFile(other, { root });
    writeFileSync(path.join(other, 'model.pkl'), 'swapped');
    writeFileSync(path.join(other, 'extra.pkl'), 'x');
    appendFileSync(manifestOf(other), 'not a checksum line\n');
    const [first, second] = await verifyChecksumFiles(['runs/r1/artifact', 'runs/r2/artifact'], {
      root,
    });
    expect(first?.findings).toEqual([]);
    expect(first?.verified).toBe(3);
    expect(second?.manifest).toBe('runs/r2/artifact/checksum.sha256');
    expect(second?.findings.map((f) => [f.rule, f.line])).toEqual([
      ['malformed-line', 3],
      ['mismatch', 1],
      ['unlisted-file', undefined],
    ]);
  });

  it('--allow-unlisted accepts extra files but never an escaping symlink', async () => {
    const { root, dir } = cleanArtifact();
    await writeChecksumFile(dir, { root });
    writeFileSync(path.join(dir, 'README.md'), 'notes');
    symlinkSync('/etc/passwd', path.join(dir, 'pw'));
    const result = await verifyChecksums('runs/r1/artifact', { root, allowUnlisted: true });
    expect(result.findings.map((f) => f.rule)).toEqual(['symlink-escape']);
  });

  it('a checksum file written from the repository root gets a remedy naming the slip', async () => {
    const { root, dir } = cleanArtifact();
    const listed = execFileSync('sha256sum', ['runs/r1/artifact/labels.json'], {
      cwd: root,
    }).toString();
    writeFileSync(manifestOf(dir), listed);
    const result = await verifyChecksums('runs/r1/artifact', { root, allowUnlisted: true });
    expect(result.findings.map((f) => f.rule)).toEqual(['missing-file']);
    expect(result.findings[0]?.remedy).toMatch(
      /names resolve against runs\/r1\/artifact\/.*pipeguard checksums write runs\/r1\/artifact/,
    );
  });

  it('a FIFO named like an artifact is reported, never read (no hang)', async () => {
    const { root, dir } = cleanArtifact();
    await writeChecksumFile(dir, { root });
    execFileSync('rm', [path.join(dir, 'model.pkl')]);
    execFileSync('mkfifo', [path.join(dir, 'model.pkl')]);
    const result = await verifyChecksums('runs/r1/artifact', { root });
    expect(result.findings.map((f) => [f.rule, f.line])).toEqual([['not-regular-file', 2]]);
  });

  it('a target outside the root, or a missing checksum file, is an input error (exit 2), not a pass', async () => {
    const { root } = cleanArtifact();
    await expect(verifyChecksums('../..', { root })).rejects.toThrow(/leaves the scanned root/);
    mkdirSync(path.join(root, 'empty'));
    await expect(verifyChecksums('empty', { root })).rejects.toThrow(/checksum file not found/);
  });
});
