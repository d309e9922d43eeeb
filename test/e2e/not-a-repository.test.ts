/**
 * Every mode that needs git, outside a git repository: one line saying so, exit 2, not git's own
 * confusion (`unknown option 'cached'`, a missing commit). One check: requireGitWorkTree.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run.js';

const dir = mkdtempSync(path.join(tmpdir(), 'pipeguard-nogit-'));
writeFileSync(path.join(dir, 'app.env'), 'NAME=value\n');
mkdirSync(path.join(dir, 'runs/r1/artifact'), { recursive: true });
writeFileSync(path.join(dir, 'runs/r1/artifact/model.onnx'), 'weights');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('outside a git repository', () => {
  it.each([
    [['secrets', '--staged'], 'not a git repository: --staged needs one'],
    [['secrets', '--diff', 'HEAD~1'], 'not a git repository: --diff needs one'],
    [['secrets', '--history', 'HEAD~3..HEAD'], 'not a git repository: --history needs one'],
    [['checklist'], 'not a git repository: the checklist needs git'],
    [['provenance', 'stamp', 'runs/r1'], 'not a git repository: provenance records the commit'],
  ])('pipeguard %j says so in one line, exit 2', (args, message) => {
    // GIT_CEILING_DIRECTORIES: the temp dir's parents are never taken for a repository.
    const result = runCli(args, {
      cwd: dir,
      env: { GIT_CEILING_DIRECTORIES: path.dirname(dir) },
    });
    expect(result.code).toBe(2);
    expect(result.stdout).toContain(message);
    expect(result.stdout + result.stderr).not.toMatch(/cached|commit .* is not|internal error/);
  });
});
