// Secrets benchmark (`npm run bench -- secrets`): `pipeguard secrets` (the built CLI) against the
// newest `secretlint` 13.x CLI with its recommended preset, both on the same Node 24
// (node_modules/.bin/node), in one run:
//  1. two trees (trees.mjs): (a) a large clean dependency tree, (b) a source tree dense with test
//     secrets. Per tree: TREE_RUNS (>= 3) runs of each tool, alternating, and of the read floor
//     (read-floor.mjs); median wall time, CPU and peak RSS (GNU time); the ratios
//     pipeguard/secretlint (targets: wall <= 1/3, peak RSS <= 1) and pipeguard/floor; the file set
//     both tools see (checked, see tree-scan.mjs) and the finding set's identity (findings.mjs);
//     then the steady state (steady-state.mjs): both tools on 1, 2 and 4 copies of the tree, which
//     splits each one's time into a fixed part and a per-copy part;
//  2. diff and staged modes on 1,000 added lines, start-up included (target < 300 ms);
//  3. one file with 26,000 findings (target < 5 s);
//  4. peak RSS on a >= 200 MiB tree (target < 300 MB).
// Environment:
//  BENCH_QUICK=1                a small slice of each tree, for development on a shared machine;
//                               the figures to quote come from a full run
//  BENCH_PIPEGUARD_CLI=PATH     an older build (a saved copy of dist/cli, or its index.js) run
//                               beside this one on both trees: the finding sets must be identical
//                               (otherwise each tree's set is compared with the one the previous
//                               run saved under .bench-work/secrets/<tree>.json)
//  BENCH_CLI=PATH               measure another build instead of dist/cli/index.js
//  BENCH_RUNS, BENCH_MODE_RUNS  runs per tool and tree (>= 3) / per mode (>= 5)
//  BENCH_SECRETS_PARTS          any of tree,steady,modes,many,rss (default: all; steady needs tree)
//  BENCH_SECRETLINT_TIMEOUT     seconds before a secretlint run is stopped (default 1800; the
//                               ratio is then an upper bound)
//  BENCH_SECRETLINT_SPEC        the secretlint version to install (default 13)
// Exit status: 1 when a finding set differs (older build, another run, or the saved set) or the
// tools did not see the same files (or a run on copies not whole copies); missed speed targets are
// printed, not failed.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { cli, ensureWork, node24, oldCli, quick, root } from './common.mjs';
import { TIME } from './measure.mjs';
import { manyFindings, modes, rss } from './modes.mjs';
import { peerDir, secretlintPeer } from './peer.mjs';
import { steadyState } from './steady-state.mjs';
import { treeScan } from './tree-scan.mjs';
import { buildTrees } from './trees.mjs';

for (const build of [cli, oldCli].filter(Boolean)) {
  if (!existsSync(build)) {
    console.error(`${path.relative(root, build)} is missing: run \`npm run build\` first`);
    process.exit(2);
  }
}
ensureWork();
const parts = (process.env.BENCH_SECRETS_PARTS ?? 'tree,steady,modes,many,rss').split(',');
const peer = secretlintPeer();
console.log(
  `secrets benchmark — Node ${execFileSync(node24, ['--version'], { encoding: 'utf8' }).trim()}, ${quick ? 'QUICK (small slices)' : 'full trees'}, pipeguard ${path.relative(root, cli)}${oldCli ? ` vs older ${path.relative(root, oldCli)}` : ''}, secretlint ${peer.version} + preset-recommend (${path.relative(root, peerDir)})${TIME ? '' : ' (no /usr/bin/time: no CPU or RSS figures)'}`,
);
/** The machine's load (other jobs share its cores): figures from a loaded machine are noisy. */
const load = () =>
  `load average ${loadavg()
    .map((n) => n.toFixed(2))
    .join(' ')}`;
console.log(`start: ${load()}`);

const results = [];
let failed = false;
if (parts.includes('tree')) {
  const trees = await buildTrees();
  for (const [i, tree] of trees.entries()) {
    const r = await treeScan(tree, 'ab'[i], peer);
    results.push(...r.results);
    failed ||= r.failed;
    if (parts.includes('steady') && !r.failed && Number.isFinite(r.peerWall))
      failed ||= !(await steadyState(tree, peer, r.peerWall / 3));
  }
}
if (parts.includes('modes')) results.push(...(await modes()));
if (parts.includes('many')) results.push(...(await manyFindings()));
if (parts.includes('rss')) results.push(...rss());

console.log(
  `\n${load()}\nsummary: ${results.filter((r) => r.ok).length}/${results.length} targets met${
    results.some((r) => !r.ok)
      ? ` (missed: ${results
          .filter((r) => !r.ok)
          .map((r) => r.label)
          .join('; ')})`
      : ''
  }`,
);
if (failed) {
  console.log(
    'FAILED: finding sets differ, the tools did not see the same files, or a run on copies did not see whole copies (see above)',
  );
  process.exit(1);
}
