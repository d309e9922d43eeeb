// Secrets accuracy: recall and precision per family and overall on pipeguard's own corpus
// (test/secrets/corpus.ts: every family's documented formats in .env / .py / .yaml / .json / .ts /
// .xml / shell files, and look-alikes). The corpus and the scoring are TypeScript shared with
// test/secrets/accuracy.test.ts, which asserts the floors; this runs that test with the report on.
// The figures measured outside the project (other scanners' test formats) are the real target.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const node24 = path.join(root, 'node_modules', '.bin', 'node');
const vitest = path.join(root, 'node_modules', 'vitest', 'vitest.mjs');
const r = spawnSync(
  node24,
  [vitest, 'run', 'test/secrets/accuracy.test.ts', '--reporter', 'dot', '--silent=false'],
  {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, PIPEGUARD_ACCURACY_REPORT: '1' },
  },
);
const out = `${r.stdout ?? ''}${r.stderr ?? ''}`;
const table = out
  .split('\n')
  .filter((l) => / \| /.test(l))
  .join('\n');
console.log('secrets accuracy on the project corpus (recall / precision by family)\n');
console.log(table || out);
if (r.status !== 0) {
  console.error(`\naccuracy floors not met (exit ${r.status}); see test/secrets/accuracy.test.ts`);
  process.exit(1);
}
