// Part 1: one tree, secretlint 13 against pipeguard (and an older pipeguard build when given), with
// the read floor, alternating, median of TREE_RUNS each; the file set both tools see; the finding
// set's identity.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { TREE_RUNS, cli, fmt, mb, node24, oldCli, quick, root } from './common.mjs';
import {
  compareSets,
  compareWithSaved,
  describeDifference,
  findingSet,
  parseReport,
} from './findings.mjs';
import { alternate, measure } from './measure.mjs';
import { secretlintFileSet, secretlintFindings } from './peer.mjs';
import { walkFiles } from './read-floor.mjs';

const floorScript = path.join(path.dirname(fileURLToPath(import.meta.url)), 'read-floor.mjs');
/** A secretlint run longer than this (seconds) is stopped; the ratio is then an upper bound. */
const SECRETLINT_TIMEOUT = Number(process.env.BENCH_SECRETLINT_TIMEOUT ?? 1800);

/**
 * Returns `{ results: [{ label, ok }], failed, peerWall }` (failed: the comparison itself is not
 * sound; peerWall: secretlint's median, NaN when it was stopped).
 */
export async function treeScan(tree, letter, peer) {
  const files = walkFiles(tree.dir);
  const peerFiles = await secretlintFileSet(tree.dir);
  const sameSet = files.length === peerFiles.length && files.every((f, i) => f === peerFiles[i]);
  const floorRun = () =>
    measure('read floor', node24, [floorScript, tree.dir], tree.dir, { okStatus: [0] });
  // Unmeasured: brings the tree into the page cache, and gives its size.
  const { files: floorFiles, bytes } = JSON.parse(floorRun().stdout);
  console.log(
    `\n[1${letter}] ${tree.title}: ${path.relative(root, tree.dir)}, ${files.length} files, ${fmt(mb(bytes), 1)} MiB`,
  );
  if (tree.note) console.log(`  ${tree.note}`);
  console.log(
    `  file set: ${sameSet ? 'the same' : 'NOT the same'} ${files.length} files for the read floor's listing and for secretlint's own file search + text test (${peerFiles.length}); pipeguard's scanned-file count is checked against it on every run (no skips allowed)`,
  );
  if (!sameSet || floorFiles !== files.length) {
    const extra = files.filter((f) => !peerFiles.includes(f)).slice(0, 5);
    const missing = peerFiles.filter((f) => !files.includes(f)).slice(0, 5);
    console.log(
      `  not read by secretlint: ${extra.join(', ')}; only secretlint: ${missing.join(', ')}`,
    );
    return { results: [], failed: true };
  }

  const pipeguardRun = (label, build) => () => {
    const r = measure(label, node24, [build, 'secrets', '--tree', '--format', 'json'], tree.dir);
    const report = parseReport(label, r.stdout);
    const details = report.checks.find((c) => c.check === 'secrets')?.details ?? {};
    const skipped = Object.values(details.skipped ?? {}).reduce((n, v) => n + Number(v), 0);
    if (details.files !== files.length || skipped > 0) {
      console.log(
        `  ${label} scanned ${details.files} files (skipped ${JSON.stringify(details.skipped)}), not the ${files.length} of the set`,
      );
      r.wrongSet = true;
    }
    return { ...r, stdout: '', set: findingSet(report) };
  };
  const tools = [
    {
      name: 'secretlint',
      run: () => {
        const r = measure('secretlint', node24, peer.args, tree.dir, {
          timeoutSeconds: SECRETLINT_TIMEOUT,
        });
        return { ...r, stdout: '', found: secretlintFindings(r.stdout) };
      },
    },
    { name: 'pipeguard', run: pipeguardRun('pipeguard', cli) },
    ...(oldCli ? [{ name: 'pipeguard-old', run: pipeguardRun('pipeguard (older)', oldCli) }] : []),
    { name: 'floor', run: floorRun },
  ];
  console.log(
    `  ${TREE_RUNS} rounds of ${tools.map((t) => t.name).join(', ')} in turn; medians of wall (spawn to exit), CPU (user + system) and peak RSS (GNU time)`,
  );
  const m = alternate(tools, TREE_RUNS);
  const sl = m.secretlint;
  const pg = m.pipeguard;
  const runsOf = (t) => t.all.map((r) => fmt(r.wall)).join(' / ');
  const line = (label, t, extra = '') =>
    console.log(
      `  ${label.padEnd(18)} median ${fmt(t.wall)} s (${runsOf(t)})  CPU ${fmt(t.cpu)} s  peak RSS ${fmt(t.rssMb, 0)} MB${extra}`,
    );
  const slFound = sl.all.at(-1).found ?? [];
  const pgSet = pg.all[0].set;
  const rules = (set) => new Set(set.map((k) => k.split('\t')[0])).size;
  line(
    `secretlint ${peer.version}`,
    sl,
    sl.timedOut
      ? `  (stopped at ${SECRETLINT_TIMEOUT} s)`
      : `  ${slFound.length} findings in ${new Set(slFound.map((f) => f.file)).size} files`,
  );
  line('pipeguard', pg, `  ${pgSet.length} findings, ${rules(pgSet)} rule ids`);
  if (oldCli)
    line(
      'pipeguard (older)',
      m['pipeguard-old'],
      `  ${m['pipeguard-old'].all[0].set.length} findings`,
    );
  line('read floor', m.floor, '  (list + read every file once, one thread)');

  const ratio = pg.wall / sl.wall;
  const rss = pg.rssMb / sl.rssMb;
  const bound = sl.timedOut ? '<' : '=';
  console.log(
    `  wall ratio pipeguard/secretlint ${bound} ${fmt(ratio, 3)} (target <= 0.333) ${ratio <= 1 / 3 ? 'OK' : 'MISSED'}; CPU ratio ${fmt(pg.cpu / sl.cpu, 3)}`,
  );
  console.log(
    `  peak-RSS ratio pipeguard/secretlint = ${sl.timedOut ? 'n/a (secretlint stopped)' : fmt(rss, 3)} (target <= 1) ${rss <= 1 ? 'OK' : 'MISSED'}`,
  );
  console.log(
    `  pipeguard / read floor = ${fmt(pg.wall / m.floor.wall, 2)}x wall (floor ${fmt(m.floor.wall)} s)${oldCli ? `; pipeguard / older build = ${fmt(pg.wall / m['pipeguard-old'].wall, 3)}x wall` : ''}`,
  );

  // Finding-set identity: between this build's runs, then against the older build or saved set.
  let identical = true;
  const wrongSet = [...pg.all, ...(m['pipeguard-old']?.all ?? [])].some((r) => r.wrongSet);
  for (const r of pg.all.slice(1)) {
    const diff = compareSets(pgSet, r.set);
    if (!diff.identical) {
      identical = false;
      console.log('  finding set: runs of the same build DIFFER (not deterministic):');
      for (const l of describeDifference(diff, 'run 1', 'a later run')) console.log(`    ${l}`);
      break;
    }
  }
  if (oldCli) {
    const diff = compareSets(m['pipeguard-old'].all[0].set, pgSet);
    identical &&= diff.identical;
    console.log(
      `  finding set vs older build (${path.relative(root, oldCli)}): ${diff.identical ? `identical (${pgSet.length} findings)` : 'DIFFERENT'}`,
    );
    if (!diff.identical)
      for (const l of describeDifference(diff, 'older', 'new')) console.log(`    ${l}`);
  } else {
    const saved = compareWithSaved(`${tree.name}${quick ? '-quick' : ''}`, pgSet, cli);
    identical &&= saved.ok;
    console.log(`  finding set: ${saved.lines[0]}`);
    for (const l of saved.lines.slice(1)) console.log(`    ${l}`);
  }
  return {
    failed: !identical || wrongSet,
    peerWall: sl.timedOut ? Number.NaN : sl.wall,
    results: [
      { label: `${tree.name}: wall ratio <= 0.333`, ok: ratio <= 1 / 3 },
      { label: `${tree.name}: peak-RSS ratio <= 1`, ok: rss <= 1 },
    ],
  };
}
