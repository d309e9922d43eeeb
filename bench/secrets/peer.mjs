// The peer a user installs today: the newest secretlint 13.x CLI and its recommended preset, in a
// bench-only prefix (BENCH_SECRETLINT_SPEC picks another version). Never a devDependency: its
// packages declare Node >= 22, and this project's `npm ci` must stay clean on Node 20.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { root } from './common.mjs';

export const peerDir = path.join(root, '.bench-work', 'peers', 'secretlint');
const SPEC = process.env.BENCH_SECRETLINT_SPEC ?? '13';
const modules = path.join(peerDir, 'node_modules');

/**
 * `{ bin, version, rc, args, argsFor(globs) }` (args: the whole tree), installing the peer on
 * first use.
 */
export function secretlintPeer() {
  const bin = path.join(modules, 'secretlint', 'bin', 'secretlint.js');
  if (!existsSync(bin)) {
    mkdirSync(peerDir, { recursive: true });
    execFileSync(
      'npm',
      [
        'install',
        '--prefix',
        peerDir,
        '--no-audit',
        '--no-fund',
        '--loglevel=error',
        `secretlint@${SPEC}`,
        `@secretlint/secretlint-rule-preset-recommend@${SPEC}`,
      ],
      { stdio: 'inherit' },
    );
  }
  const version = JSON.parse(
    readFileSync(path.join(modules, 'secretlint', 'package.json'), 'utf8'),
  ).version;
  // Beside the peer's node_modules, so secretlint resolves the preset it was installed with.
  const rc = path.join(peerDir, 'secretlintrc.json');
  writeFileSync(
    rc,
    JSON.stringify({ rules: [{ id: '@secretlint/secretlint-rule-preset-recommend' }] }),
  );
  // `compact`: one line per finding (`json` would embed every file's full text in the output).
  const argsFor = (globs) => [bin, ...globs, '--secretlintrc', rc, '--format', 'compact'];
  return { bin, version, rc, args: argsFor(['**/*']), argsFor };
}

/** Files with a finding in secretlint's compact output. */
export function secretlintFindings(stdout) {
  return (stdout ?? '')
    .split('\n')
    .map((l) => /^(.+?): line (\d+), col (\d+), /.exec(l))
    .filter(Boolean)
    .map((m) => ({ file: m[1], line: Number(m[2]) }));
}

/**
 * The files secretlint's CLI would lint in `dir` with `**\/*`, by its own code: its file search
 * (`@secretlint/walker`, with its default ignores and .gitignore handling) and the text / binary
 * decision its source reader makes (`istextorbinary`). Root-relative, sorted.
 */
export async function secretlintFileSet(dir) {
  const { searchFiles } = await import(
    pathToFileURL(path.join(modules, 'secretlint', 'module', 'search.js')).href
  );
  const isBinary = peerIsBinary();
  const found = await searchFiles(['**/*'], { cwd: dir });
  const files = [];
  for (const item of found.items) {
    const full = path.isAbsolute(item) ? item : path.join(dir, item);
    if (!isBinary(full, readFileSync(full))) files.push(path.relative(dir, full));
  }
  return files.sort();
}

/** secretlint's own text test, for the tree builders (a file both tools read as text). */
export function peerIsBinary() {
  // Resolved from secretlint's source reader, so it is the copy (and version) the CLI uses.
  const require = createRequire(
    path.join(modules, '@secretlint', 'source-creator', 'package.json'),
  );
  return require('istextorbinary').isBinary;
}
