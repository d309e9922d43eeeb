// Rewrites the family table in docs/secrets.md from the rule catalog (the TypeScript sources, run
// through vitest like the test that checks it: test/secrets/family-table.test.ts).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const r = spawnSync(
  path.join(root, 'node_modules', '.bin', 'node'),
  [
    path.join(root, 'node_modules', 'vitest', 'vitest.mjs'),
    'run',
    'test/secrets/family-table.test.ts',
  ],
  { cwd: root, stdio: 'inherit', env: { ...process.env, PIPEGUARD_UPDATE_DOCS: '1' } },
);
process.exit(r.status ?? 1);
