// PII benchmark: precision and recall of `pipeguard pii` (the built CLI) on the look-alike corpus
// (bench/pii/corpus.mjs), per rule, and its wall time on a large log. No PII scanner runs here
// offline (presidio and the like need models and network), so the comparison is the naive
// patterns teams grep with (an e-mail, a 13–16 digit run, NNN-NN-NNNN, a +digits phone), scored on
// the same lines: what checksums, network ranges and placeholder lists buy in precision.
// BENCH_PII_LINES (default 20000) sets the corpus size; the log for timing repeats its
// look-alike lines to ~50 MB (a clean log: what CI scans day to day).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCorpus } from './corpus.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const work = path.join(root, '.bench-work', 'pii');
const node24 = path.join(root, 'node_modules', '.bin', 'node');
const cli = path.join(root, 'dist', 'cli', 'index.js');
const size = Number(process.env.BENCH_PII_LINES ?? 20000);

const NAIVE = {
  'pii-email': /[\w.+-]+@[\w-]+\.[\w.-]+/,
  'pii-payment-card': /\b(?:\d[ -]*?){13,16}\b/,
  'pii-us-ssn': /\b\d{3}-\d{2}-\d{4}\b/,
  'pii-phone': /(?:\+\d{1,3}[ .-]?)?\(?\d{3}\)?[ .-]?\d{3}[ .-]?\d{4}\b/,
  'pii-iban': /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,4})?\b/,
};

function score(lines, found) {
  const stats = {};
  const of = (rule) => (stats[rule] ??= { tp: 0, fp: 0, fn: 0 });
  lines.forEach((line, i) => {
    const rules = found.get(i + 1) ?? new Set();
    for (const rule of rules) {
      if (line.rule === rule) of(rule).tp++;
      else of(rule).fp++;
    }
    if (line.rule && !rules.has(line.rule)) of(line.rule).fn++;
  });
  return stats;
}

function table(title, stats) {
  console.log(`\n${title}`);
  console.log('rule                 precision  recall   TP    FP    FN');
  const total = { tp: 0, fp: 0, fn: 0 };
  for (const [rule, s] of Object.entries(stats).sort()) {
    for (const k of ['tp', 'fp', 'fn']) total[k] += s[k];
    console.log(row(rule, s));
  }
  console.log(row('all', total));
}

function row(rule, s) {
  const p = s.tp + s.fp ? s.tp / (s.tp + s.fp) : 1;
  const r = s.tp + s.fn ? s.tp / (s.tp + s.fn) : 1;
  return `${rule.padEnd(20)} ${p.toFixed(4).padStart(9)} ${r.toFixed(4).padStart(7)} ${String(s.tp).padStart(5)} ${String(s.fp).padStart(5)} ${String(s.fn).padStart(5)}`;
}

rmSync(work, { recursive: true, force: true });
mkdirSync(path.join(work, 'logs'), { recursive: true });
execFileSync('git', ['init', '-q'], { cwd: work });
const lines = buildCorpus(size, 17);
writeFileSync(path.join(work, 'logs', 'corpus.log'), lines.map((l) => l.text).join('\n') + '\n');
console.log(
  `corpus: ${lines.length} lines, ${lines.filter((l) => l.rule).length} with one identifier each, the rest look-alikes`,
);

const started = process.hrtime.bigint();
const run = spawnSync(node24, [cli, 'pii', '--format', 'json', '--output', 'report.json'], {
  cwd: work,
  encoding: 'utf8',
  stdio: ['ignore', 'ignore', 'pipe'],
});
const ms = Number(process.hrtime.bigint() - started) / 1e6;
if (run.status !== 1) {
  console.error(run.status, run.stderr);
  process.exit(1);
}
const report = JSON.parse(readFileSync(path.join(work, 'report.json'), 'utf8'));
const found = new Map();
for (const f of report.findings) {
  if (!found.has(f.line)) found.set(f.line, new Set());
  found.get(f.line).add(f.rule);
}
table(`pipeguard pii (built CLI, ${ms.toFixed(0)} ms for the corpus)`, score(lines, found));

const naive = new Map();
lines.forEach((line, i) => {
  const rules = new Set(
    Object.entries(NAIVE)
      .filter(([, re]) => re.test(line.text))
      .map(([rule]) => rule),
  );
  naive.set(i + 1, rules);
});
table('naive patterns (same lines; no rules for NINO, tax id, Aadhaar)', score(lines, naive));

// Throughput: the look-alike lines (a clean log that keeps every validator busy) to ~50 MB.
const text =
  lines
    .filter((l) => !l.rule)
    .map((l) => l.text)
    .join('\n') + '\n';
const copies = Math.max(1, Math.round((50 * 1024 * 1024) / text.length));
writeFileSync(path.join(work, 'logs', 'corpus.log'), text.repeat(copies));
const t0 = process.hrtime.bigint();
spawnSync(
  node24,
  [cli, 'pii', '--format', 'json', '--output', 'report.json', '--max-file-size', '100MB'],
  { cwd: work },
);
const bigMs = Number(process.hrtime.bigint() - t0) / 1e6;
console.log(
  `\nthroughput: ${((text.length * copies) / 1024 / 1024).toFixed(0)} MB log in ${(bigMs / 1000).toFixed(1)} s (${((text.length * copies) / 1024 / 1024 / (bigMs / 1000)).toFixed(1)} MB/s)`,
);
rmSync(work, { recursive: true, force: true });
