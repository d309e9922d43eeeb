// Finding sets: what "detection results are identical" means here — every finding's rule id, file,
// line, column and fingerprint (from `--format json`), as a sorted list (a finding reported twice
// counts twice). Compared between an older build and this one, between the runs of one build, and
// with the set the previous bench run saved.
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { root, work } from './common.mjs';

/** A `--format json` report from a run's output; a clear one-line stop when it is not one. */
export function parseReport(label, text) {
  try {
    const report = JSON.parse(text);
    if (Array.isArray(report.findings) && Array.isArray(report.checks)) return report;
  } catch {
    // reported below
  }
  console.error(`${label}: the output is not a pipeguard JSON report (${text.length} characters)`);
  process.exit(1);
}

/** The parsed `--format json` report → its finding set (sorted keys). */
export function findingSet(report) {
  return report.findings
    .map((f) => [f.rule, f.file, f.line ?? '', f.column ?? '', f.fingerprint].join('\t'))
    .sort();
}

/** `{ identical, onlyA, onlyB }`: what one set holds more of than the other (multiset). */
export function compareSets(a, b) {
  const counts = new Map();
  for (const key of a) counts.set(key, (counts.get(key) ?? 0) + 1);
  for (const key of b) counts.set(key, (counts.get(key) ?? 0) - 1);
  const onlyA = [];
  const onlyB = [];
  for (const [key, n] of counts) {
    for (let i = 0; i < n; i++) onlyA.push(key);
    for (let i = 0; i < -n; i++) onlyB.push(key);
  }
  return { identical: onlyA.length === 0 && onlyB.length === 0, onlyA, onlyB };
}

const show = (key) => {
  const [rule, file, line, column, fingerprint] = key.split('\t');
  return `${file}:${line}:${column} ${rule} ${fingerprint}`;
};

/** Printable lines for a difference: counts, then the first few entries on each side. */
export function describeDifference(diff, labelA, labelB, limit = 8) {
  const lines = [
    `${diff.onlyA.length} finding(s) only in ${labelA}, ${diff.onlyB.length} only in ${labelB}; first:`,
  ];
  for (const key of diff.onlyA.sort().slice(0, limit)) lines.push(`  only ${labelA}: ${show(key)}`);
  for (const key of diff.onlyB.sort().slice(0, limit)) lines.push(`  only ${labelB}: ${show(key)}`);
  return lines;
}

/**
 * Without an older build to run: compare with the set the previous run saved for this tree, then
 * save this one. A difference keeps the previous set and writes this one beside it (`.new.json`),
 * so the next run still compares with the accepted set: rename the file to accept the change.
 * Returns `{ ok, lines }`.
 */
export function compareWithSaved(treeKey, set, cliPath) {
  const file = path.join(work, `${treeKey}.json`);
  const current = {
    cli: path.relative(root, cliPath),
    cliBuilt: statSync(cliPath).mtime.toISOString(),
    saved: new Date().toISOString(),
    count: set.length,
    findings: set,
  };
  const where = path.relative(root, file);
  if (!existsSync(file)) {
    writeFileSync(file, JSON.stringify(current));
    return { ok: true, lines: [`no saved set yet: saved ${set.length} findings to ${where}`] };
  }
  const previous = JSON.parse(readFileSync(file, 'utf8'));
  const diff = compareSets(previous.findings, set);
  const from = `${where} (${previous.count} findings of ${previous.cli} built ${previous.cliBuilt}, saved ${previous.saved})`;
  if (diff.identical) {
    writeFileSync(file, JSON.stringify(current));
    return { ok: true, lines: [`identical to the saved set ${from}`] };
  }
  const newFile = file.replace(/\.json$/, '.new.json');
  writeFileSync(newFile, JSON.stringify(current));
  return {
    ok: false,
    lines: [
      `DIFFERENT from the saved set ${from}:`,
      ...describeDifference(diff, 'saved', 'now'),
      `  this run's set: ${path.relative(root, newFile)} (rename it to ${path.basename(file)} to accept)`,
    ],
  };
}
