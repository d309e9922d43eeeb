/**
 * `npm ci` on the machine's Node 20 warns only where the README says it does: every locked package
 * accepts the oldest Node the README promises developers (20.19), even those only the bundled Node
 * 24 runs, except secretlint's 13.x rule packages. Those declare Node >= 22, yet their rules are
 * bundled into the CLI and found by it on Node 20 (test/secrets/preset-13.test.ts). npm prints
 * EBADENGINE for exactly these engines ranges.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import semver from 'semver';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/run.js';

const OLDEST_DEVELOPER_NODE = '20.19.0';
const BUNDLED_DESPITE_ENGINES =
  /^node_modules\/@secretlint\/(core|types|secretlint-rule-preset-recommend)$/;

describe('package-lock.json', () => {
  it(`has no package whose engines exclude Node ${OLDEST_DEVELOPER_NODE}`, () => {
    const lock = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { engines?: { node?: string } | string[] }>;
    };
    const excluding = Object.entries(lock.packages).flatMap(([name, entry]) => {
      const range = Array.isArray(entry.engines) ? undefined : entry.engines?.node;
      const excludes = range !== undefined && !semver.satisfies(OLDEST_DEVELOPER_NODE, range);
      return excludes && !BUNDLED_DESPITE_ENGINES.test(name) ? [`${name} ${range}`] : [];
    });
    expect(excluding).toEqual([]);
  });

  it('the README promises that Node to developers', () => {
    const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
    expect(readme).toContain('Developing needs Node ≥ 20.19');
    expect(readme).toContain('EBADENGINE for secretlint');
  });
});
