// Part 1, continued: a tree's steady state. Copies of the tree in one repository, scanned 1, 2 and
// 4 at a time (pathspecs), alternating, by both tools: a least-squares line through the medians,
// wall(k) = fixed + k × per-copy, splits each tool's time into what a run pays once (Node start-up,
// listing, worker boot, JIT warm-up, report) and what one more copy of the tree costs once both
// cores run warm code. The per-copy ratio is where the wall ratio tends on ever larger trees of
// the same kind; pipeguard's per-copy time alone is what no cut in start-up or warm-up goes below.
// With BENCH_QUICK the source slice (350 files) is below the 512 files that get worker threads: its
// one-copy run scans on one thread, the others on workers, so its line mixes two modes.
import { TREE_RUNS, cli, fmt, node24 } from './common.mjs';
import { parseReport } from './findings.mjs';
import { alternate, measure } from './measure.mjs';
import { secretlintFindings } from './peer.mjs';
import { copiesTree } from './trees.mjs';

const COPIES = [1, 2, 4];

/**
 * `target`: pipeguard's wall-time target for one copy (a third of secretlint's median on the tree).
 * Returns false when a run did not scan k times the files or report k times the findings.
 */
export async function steadyState(tree, peer, target) {
  const copies = await copiesTree(tree, COPIES.at(-1));
  const dirs = (k) => Array.from({ length: k }, (_, i) => `c${i + 1}`);
  const pipeguard = (k) => () => {
    const r = measure(
      `pipeguard on ${k} copies`,
      node24,
      [cli, 'secrets', '--tree', '--format', 'json', ...dirs(k)],
      copies.dir,
    );
    const report = parseReport(`pipeguard on ${k} copies`, r.stdout);
    const details = report.checks.find((c) => c.check === 'secrets')?.details ?? {};
    return { ...r, stdout: '', files: details.files, findings: report.findings.length };
  };
  const secretlint = (k) => () => {
    const r = measure(
      `secretlint on ${k} copies`,
      node24,
      peer.argsFor(dirs(k).map((d) => `${d}/**/*`)),
      copies.dir,
    );
    return { ...r, stdout: '', findings: secretlintFindings(r.stdout).length };
  };
  const tools = COPIES.flatMap((k) => [
    { name: `secretlint ${k}`, run: secretlint(k) },
    { name: `pipeguard ${k}`, run: pipeguard(k) },
  ]);
  console.log(
    `  steady state: ${COPIES.at(-1)} hard-linked copies of the tree in one repository (${copies.dir.split('/').pop()}), each tool on ${COPIES.join(', ')} of them, ${TREE_RUNS} rounds in turn; a least-squares line through the medians`,
  );
  const m = alternate(tools, TREE_RUNS);

  // Each run must see k whole copies: k times the files and the findings of one.
  let sound = true;
  for (const name of ['pipeguard', 'secretlint']) {
    const one = m[`${name} 1`].all[0];
    for (const k of COPIES)
      for (const r of m[`${name} ${k}`].all)
        if (
          r.findings !== k * one.findings ||
          (name === 'pipeguard' && r.files !== k * one.files)
        ) {
          console.log(
            `  ${name} on ${k} copies: ${r.files ?? '?'} files, ${r.findings} findings — not ${k} × (${one.files ?? '?'}, ${one.findings})`,
          );
          sound = false;
        }
  }
  const fits = {};
  for (const name of ['secretlint', 'pipeguard']) {
    const walls = COPIES.map((k) => m[`${name} ${k}`].wall);
    fits[name] = leastSquares(COPIES, walls);
    console.log(
      `  ${name.padEnd(10)} ${walls.map((w) => `${fmt(w)} s`).join(' / ')} → per copy ${fmt(fits[name].slope, 3)} s, fixed ${fmt(fits[name].intercept, 3)} s`,
    );
  }
  const perCopy = fits.pipeguard.slope;
  console.log(
    `  per-copy ratio pipeguard/secretlint = ${fmt(perCopy / fits.secretlint.slope, 3)} (the wall ratio on ever larger trees of this kind)`,
  );
  console.log(
    `  pipeguard's per-copy time alone = ${fmt(perCopy / target, 2)} × the target of ${fmt(target, 3)} s for one copy${perCopy >= target ? ': no cut in fixed costs reaches it' : `, leaving ${fmt(target - perCopy, 3)} s for its fixed costs (today ${fmt(fits.pipeguard.intercept, 3)} s)`}`,
  );
  return sound;
}

/** `{ slope, intercept }` of the least-squares line through (xs[i], ys[i]). */
function leastSquares(xs, ys) {
  const n = xs.length;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < n; i++) {
    sxy += (xs[i] - mx) * (ys[i] - my);
    sxx += (xs[i] - mx) ** 2;
  }
  const slope = sxy / sxx;
  return { slope, intercept: my - slope * mx };
}
