/** Debian's pre-commit running the pipeguard-checksums hook from this repository (try-repo). */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeChecksumFile } from '../../src/checks/checksums/index.js';
import { tryRepo } from '../helpers/precommit.js';
import { tempRepo, type TempRepo } from '../helpers/repo.js';

let repo: TempRepo | undefined;
afterEach(() => repo?.cleanup());

describe('pipeguard-checksums hook', () => {
  // One try-repo run: each installs the hook's node environment (about a minute and a half here).
  // The findings prove the wiring: with file names passed, verify would read them as checksum files.
  it(
    'verifies the configured checksum files and fails on an extra file and a changed model',
    { timeout: 600_000 },
    async () => {
      repo = tempRepo({
        'runs/r1/artifact/model.onnx': 'weights',
        'runs/r1/artifact/labels.json': '[]',
        'runs/r2/artifact/model.onnx': 'other run',
      });
      await writeChecksumFile(path.join(repo.dir, 'runs/r1/artifact'), { root: repo.dir });
      await writeChecksumFile(path.join(repo.dir, 'runs/r2/artifact'), { root: repo.dir });
      writeFileSync(path.join(repo.dir, 'runs/r1/artifact/extra.pkl'), 'payload');
      writeFileSync(path.join(repo.dir, 'runs/r1/artifact/model.onnx'), 'tampered weights');
      repo.commitAll('artifacts');

      const result = tryRepo(repo.dir, 'pipeguard-checksums', ['--all-files']);
      expect(result.code, result.stdout + result.stderr).toBe(1);
      expect(result.stdout).toMatch(/pipeguard checksums\.+Failed/);
      expect(result.stdout).toContain('model.onnx: SHA-256 mismatch');
      expect(result.stdout).toContain('extra.pkl: present but not listed');
      expect(result.stdout).toContain('2 checksum file(s)');
    },
  );
});
