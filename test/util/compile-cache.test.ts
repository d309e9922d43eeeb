/** The CLI's compile cache: in the user's own cache directory, used on the next run, off on request. */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compileCacheDir } from '../../src/util/compile-cache.js';
import { runCli } from '../helpers/run.js';

const dir = mkdtempSync(path.join(tmpdir(), 'pipeguard-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function filesUnder(root: string): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => e.name);
}

describe('compile cache', () => {
  it('lives under XDG_CACHE_HOME, else ~/.cache; never a relative directory', () => {
    expect(compileCacheDir({ XDG_CACHE_HOME: '/var/cache/u1' })).toBe(
      '/var/cache/u1/pipeguard/compile-cache',
    );
    expect(compileCacheDir({})).toMatch(/\/\.cache\/pipeguard\/compile-cache$/);
    expect(compileCacheDir({ XDG_CACHE_HOME: 'relative/dir' })).toBe(compileCacheDir({}));
  });

  it('the CLI fills it on Node 24 and runs the same from it; NODE_DISABLE_COMPILE_CACHE writes none', () => {
    const artifacts = path.join(dir, 'artifacts');
    mkdirSync(artifacts);
    writeFileSync(path.join(artifacts, 'model.bin'), 'weights');
    // A command whose check loads as a chunk, after the cache is on.
    const verify = (env: Record<string, string>) =>
      runCli(['checksums', 'verify', '.', '--allow-unlisted'], { cwd: artifacts, env });
    expect(runCli(['checksums', 'write', '.'], { cwd: artifacts }).code).toBe(0);
    const cache = path.join(dir, 'xdg');
    const first = verify({ XDG_CACHE_HOME: cache });
    expect(first.code, first.stdout + first.stderr).toBe(0);
    expect(filesUnder(path.join(cache, 'pipeguard', 'compile-cache')).length).toBeGreaterThan(0);
    const second = verify({ XDG_CACHE_HOME: cache });
    expect(second).toEqual(first);

    const off = path.join(dir, 'off');
    const disabled = verify({ XDG_CACHE_HOME: off, NODE_DISABLE_COMPILE_CACHE: '1' });
    expect(disabled.stdout).toBe(first.stdout);
    expect(filesUnder(off)).toEqual([]);
  });
});
