// Re-signs the example project's dependency exceptions in a COPY of it, valid from `now`: fresh
// throwaway SSH keys for each role's first principal are added to the copy's allowed_signers, each
// exception's created / expires are moved to now − 1 h / now + `days`, and every role signs the new
// bytes with `pipeguard exception sign` (the built CLI, dist/cli/index.js). So `npm run example`
// and the tests that run `pipeguard check` on the example never depend on the calendar date; the
// committed exception
// (and its committed signatures) are checked at a fixed clock by test/deps/example.test.ts.
import { execFileSync } from 'node:child_process';
import {
  appendFileSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const CLI = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  'dist',
  'cli',
  'index.js',
);

/** @param {string} dir a copy of examples/ml-project  @param {{ now?: Date, days?: number }} [options] */
export function refreshDepsExceptions(dir, options = {}) {
  const now = options.now ?? new Date();
  const days = options.days ?? 14;
  const config = parse(readFileSync(path.join(dir, '.pipeguard.yml'), 'utf8'));
  const exceptionsDir = path.join(dir, config.deps?.['exceptions-dir'] ?? 'deps-exceptions');
  const signersFile = path.join(
    dir,
    config['eval-gate']?.['allowed-signers'] ?? '.github/allowed_signers',
  );
  const roles = Object.entries(config['eval-gate']?.roles ?? {});
  if (!existsSync(exceptionsDir)) return [];
  const keys = mkdtempSync(path.join(tmpdir(), 'pipeguard-example-keys-'));
  try {
    const signers = roles.map(([role, members]) => {
      const principal = members.principals[0];
      const key = path.join(keys, role);
      execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', role, '-f', key]);
      const pub = readFileSync(`${key}.pub`, 'utf8').split(' ').slice(0, 2).join(' ');
      appendFileSync(
        signersFile,
        `${principal} namespaces="pipeguard-exception" ${pub} ${role} (throwaway key of this copy)\n`,
      );
      return key;
    });
    const iso = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
    const files = readdirSync(exceptionsDir).filter((f) => /\.ya?ml$/.test(f));
    for (const name of files) {
      const file = path.join(exceptionsDir, name);
      const text = readFileSync(file, 'utf8')
        .replace(/^created: .*$/m, `created: ${iso(now.getTime() - 3_600_000)}`)
        .replace(/^expires: .*$/m, `expires: ${iso(now.getTime() + days * 86_400_000)}`);
      writeFileSync(file, text);
      rmSync(`${file}.sig`, { force: true });
      // Each role signs as a user would: `pipeguard exception sign` (the built CLI) appends to FILE.sig.
      for (const key of signers) {
        execFileSync(
          process.execPath,
          [CLI, 'exception', 'sign', path.relative(dir, file), '--key', key, '--root', dir],
          { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] },
        );
      }
    }
    return files.map((f) => path.join(exceptionsDir, f));
  } finally {
    rmSync(keys, { recursive: true, force: true });
  }
}
