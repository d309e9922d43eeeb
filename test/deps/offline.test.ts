/**
 * deps offline: OSV export archives built here with Python's zipfile (a real zip writer), the
 * unpacked-folder form, and the bounds on what an archive may make us read.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runDeps } from '../../src/checks/deps/index.js';
import { LIMITS, loadOsvDatabases, packageKey } from '../../src/checks/deps/osv-db.js';
import { createContext } from '../../src/engine.js';
import { tempDir, tempRepo, type TempRepo } from '../helpers/repo.js';
import { RECORDS } from './api.test.js';

const quiet = { info: () => undefined, warn: () => undefined, debug: () => undefined };

/** Write `members` (name → text or a byte count of zeros) into a zip with Python's zipfile. */
export function buildZip(file: string, members: Record<string, string | number>): void {
  mkdirSync(path.dirname(file), { recursive: true });
  execFileSync(
    'python3',
    [
      '-c',
      `import json, sys, zipfile
spec = json.load(sys.stdin)
with zipfile.ZipFile(sys.argv[1], 'w', zipfile.ZIP_DEFLATED) as z:
    for name, content in spec.items():
        z.writestr(name, b'\\0' * content if isinstance(content, int) else content.encode())`,
      file,
    ],
    { input: JSON.stringify(members) },
  );
}

export function exportArchive(file: string, records = RECORDS): void {
  buildZip(
    file,
    Object.fromEntries(records.map((r) => [`${r.id}.json`, JSON.stringify(r, null, 2)])),
  );
}

let repo: TempRepo | undefined;
afterEach(() => {
  repo?.cleanup();
  repo = undefined;
});

async function project(files: Record<string, string> = {}) {
  repo = tempRepo({
    '.pipeguard.yml': 'version: 1\ndeps:\n  osv-db: [osv/PyPI/all.zip, osv/npm]\n',
    'requirements.txt': 'jinja2==3.1.5\npyyaml==6.0.2\n',
    'package-lock.json': JSON.stringify({
      lockfileVersion: 3,
      packages: { 'node_modules/lodash': { version: '4.17.20', resolved: 'https://r/l.tgz' } },
    }),
    ...files,
  });
  exportArchive(
    path.join(repo.dir, 'osv/PyPI/all.zip'),
    RECORDS.filter((r) => r.affected?.[0]?.package?.ecosystem === 'PyPI'),
  );
  mkdirSync(path.join(repo.dir, 'osv/npm'), { recursive: true });
  for (const r of RECORDS.filter((x) => x.affected?.[0]?.package?.ecosystem === 'npm'))
    writeFileSync(path.join(repo.dir, 'osv/npm', `${r.id}.json`), JSON.stringify(r));
  return createContext({ root: repo.dir, env: {}, log: quiet });
}

describe('deps with offline OSV data', () => {
  it('an export archive and a folder of records give the same findings the API would', async () => {
    const ctx = await project();
    const result = await runDeps(ctx, { positionals: [], values: {} }, { reportUnpinned: true });
    expect(result.findings.map((f) => [f.file, f.line, f.rule, f.severity])).toEqual([
      ['package-lock.json', 1, 'vulnerable-dependency', 'high'],
      ['requirements.txt', 1, 'vulnerable-dependency', 'medium'],
    ]);
    expect(result.summary).toMatch(/offline OSV data \(osv\/PyPI\/all.zip, osv\/npm\)/);
  });

  it('a package name with terminal escapes reaches no message raw', async () => {
    const ctx = await project({
      'package-lock.json': JSON.stringify({
        lockfileVersion: 3,
        packages: {
          'node_modules/lodash': {
            name: 'lodash',
            version: '4.17.20',
            resolved: 'https://r/l.tgz',
          },
          'node_modules/x': { version: 'git', resolved: 'git+https://h/\u001b[2J.git' },
          'node_modules/\u001b[31mevil': { version: '1.0.0', resolved: 'git+ssh://h/e.git' },
        },
      }),
    });
    const result = await runDeps(ctx, { positionals: [], values: {} }, { reportUnpinned: true });
    expect(result.findings.length).toBeGreaterThan(1);
    for (const f of result.findings) expect(f.message).not.toMatch(/\u001b/);
  });

  it('--osv-db wins over the config; a missing database is an input error', async () => {
    const ctx = await project();
    await expect(
      runDeps(
        ctx,
        { positionals: [], values: { 'osv-db': ['nope.zip'] } },
        { reportUnpinned: true },
      ),
    ).rejects.toThrow(/OSV database not found/);
  });

  it('a corrupt archive, a non-JSON record or a record without an id is refused', async () => {
    const ctx = await project();
    const db = path.join(repo!.dir, 'osv/PyPI/all.zip');
    writeFileSync(db, readFileSync(db).subarray(0, 40));
    await expect(
      runDeps(ctx, { positionals: [], values: {} }, { reportUnpinned: true }),
    ).rejects.toThrow(/not a readable zip archive/);
    buildZip(db, { 'X.json': '{"id": ' });
    await expect(
      runDeps(ctx, { positionals: [], values: {} }, { reportUnpinned: true }),
    ).rejects.toMatchObject({
      message: 'OSV record is not valid JSON',
      file: 'osv/PyPI/all.zip:X.json',
    });
    buildZip(db, { 'X.json': '{"affected": []}' });
    await expect(
      runDeps(ctx, { positionals: [], values: {} }, { reportUnpinned: true }),
    ).rejects.toThrow(/OSV record has no valid `id`/);
  });

  it('a database behind a symlink leaving the root is refused', async () => {
    const outside = tempDir();
    try {
      exportArchive(path.join(outside.dir, 'all.zip'));
      const ctx = await project();
      symlinkSync(path.join(outside.dir, 'all.zip'), path.join(repo!.dir, 'linked.zip'));
      await expect(
        runDeps(
          ctx,
          { positionals: [], values: { 'osv-db': ['linked.zip'] } },
          { reportUnpinned: true },
        ),
      ).rejects.toThrow(/outside the scanned root/);
    } finally {
      outside.cleanup();
    }
  });
});

describe('bounded reads of an archive', () => {
  const wanted = new Set([packageKey('PyPI', 'jinja2')]);

  it('a member larger than the cap is refused before it is inflated', async () => {
    const dir = tempDir();
    try {
      buildZip(path.join(dir.dir, 'all.zip'), { 'BIG.json': 2 * 1024 * 1024 });
      await expect(
        loadOsvDatabases(dir.dir, ['all.zip'], wanted, { ...LIMITS, memberBytes: 1024 * 1024 }),
      ).rejects.toThrow(/member is larger than 1048576 bytes/);
    } finally {
      dir.cleanup();
    }
  });

  it('an archive that inflates far beyond its size (a zip bomb) is refused', async () => {
    const dir = tempDir();
    try {
      buildZip(
        path.join(dir.dir, 'all.zip'),
        Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`Z${i}.json`, 1024 * 1024])),
      );
      await expect(loadOsvDatabases(dir.dir, ['all.zip'], wanted)).rejects.toThrow(
        /member inflates too far/,
      );
    } finally {
      dir.cleanup();
    }
  });

  it.each([
    ['in memory', LIMITS],
    ['streamed', { ...LIMITS, inMemoryBytes: 0 }],
  ])(
    'a member whose header understates its size is caught as it inflates (%s)',
    async (_mode, limits) => {
      const dir = tempDir();
      try {
        const file = path.join(dir.dir, 'all.zip');
        buildZip(file, { 'LIE.json': 200_000 });
        // Patch both headers' uncompressed size (local at 22, central at 24) to 100 bytes.
        const bytes = readFileSync(file);
        bytes.writeUInt32LE(100, 22);
        const central = bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
        bytes.writeUInt32LE(100, central + 24);
        writeFileSync(file, bytes);
        await expect(loadOsvDatabases(dir.dir, ['all.zip'], wanted, limits)).rejects.toThrow(
          /OSV archive cannot be read|cannot be inflated/,
        );
      } finally {
        dir.cleanup();
      }
    },
  );

  it('more members than the cap is refused from the central directory', async () => {
    const dir = tempDir();
    try {
      buildZip(path.join(dir.dir, 'all.zip'), { 'A.json': '{}', 'B.json': '{}', 'C.json': '{}' });
      await expect(
        loadOsvDatabases(dir.dir, ['all.zip'], wanted, { ...LIMITS, members: 2 }),
      ).rejects.toThrow(/more than 2 members/);
    } finally {
      dir.cleanup();
    }
  });

  it.each([
    ['in memory', LIMITS],
    ['streamed', { ...LIMITS, inMemoryBytes: 0 }],
  ])('records for packages nobody pins are not kept (%s)', async (_mode, limits) => {
    const dir = tempDir();
    try {
      exportArchive(path.join(dir.dir, 'all.zip'));
      const index = await loadOsvDatabases(dir.dir, ['all.zip'], wanted, limits);
      expect(index.records).toBe(RECORDS.length);
      expect([...index.byPackage.keys()]).toEqual([packageKey('PyPI', 'jinja2')]);
    } finally {
      dir.cleanup();
    }
  });
});
