// `npm run example`: pipeguard's main job on the bundled example ML project, as a pipeline runs it.
// The example is copied into a fresh git repository (what a CI checkout holds), the training run is
// stamped with provenance, then `pipeguard check` runs every configured check. The copy keeps the
// repository's own examples/ untouched.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { refreshDepsExceptions } from './example-exceptions.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'dist', 'cli', 'index.js');
const work = mkdtempSync(path.join(tmpdir(), 'pipeguard-example-'));
const run = 'runs/run-2026-11-20-baseline';

function git(...args) {
  execFileSync(
    'git',
    ['-c', 'user.name=ml-bot', '-c', 'user.email=ml-bot@example.invalid', ...args],
    {
      cwd: work,
      stdio: 'ignore',
    },
  );
}

function pipeguard(...args) {
  console.log(`\n$ pipeguard ${args.join(' ')}`);
  return spawnSync(process.execPath, [cli, ...args], { cwd: work, stdio: 'inherit' }).status ?? 2;
}

let code = 0;
try {
  cpSync(path.join(root, 'examples', 'ml-project'), work, { recursive: true });
  // The dependency exception is re-signed valid from today, so the example never expires.
  refreshDepsExceptions(work);
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '-m', 'ml-project');
  console.log(`example project copied to ${work} (a fresh git repository)`);
  code ||= pipeguard('provenance', 'stamp', run, '--policy', 'policies/automation-policy.yaml');
  code ||= pipeguard('provenance', 'verify', run, 'deployments/embedded');
  code ||= pipeguard('check');
} finally {
  rmSync(work, { recursive: true, force: true });
}
process.exitCode = code;
